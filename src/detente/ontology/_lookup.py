"""Looking up CAMEO codes and PLOVER types: dict lookups, with helpful errors on a miss."""

from __future__ import annotations

import difflib

from detente.errors import UnknownCodeError
from detente.model import Plover
from detente.ontology._tables import CameoCode, PloverContext, PloverType, tables

CodeLike = str | int


def _as_code_text(code: CodeLike) -> str:
    """The code as CAMEO writes it.

    Strings are taken as written (stripped). Integers have lost their leading zero
    (043 read as a number is 43), so one is put back when the bare digits are no
    code; 10-20 therefore mean the roots, never 010-020.
    """
    if isinstance(code, bool) or not isinstance(code, str | int):
        raise UnknownCodeError(
            f"a CAMEO code must be a string such as '162' or an integer, not {code!r}"
        )
    if isinstance(code, str):
        return code.strip()
    text = str(code)
    codes = tables().codes
    if text not in codes and "0" + text in codes:
        return "0" + text
    return text


def _close_codes(text: str) -> list[CameoCode]:
    """Codes a user who typed ``text`` probably meant, best first."""
    codes = tables().codes
    if "0" + text in codes:
        return [codes["0" + text]]
    for length in range(min(len(text), 3), 1, -1):
        parent = codes.get(text[:length])
        if parent is not None:
            children = [
                c
                for c in tables().codes_by_root[parent.root]
                if len(c.code) == length + 1 and c.code.startswith(parent.code)
            ]
            return [parent, *children][:8]
    return [codes[c] for c in difflib.get_close_matches(text, list(codes), n=5, cutoff=0.5)]


def _unknown_code(code: CodeLike) -> UnknownCodeError:
    text = str(code).strip()
    close = _close_codes(text)
    hint = (
        "close codes: " + "; ".join(f"{c.code} {c.name}" for c in close)
        if close
        else "CAMEO codes are 2 to 4 digits, roots 01-20"
    )
    return UnknownCodeError(
        f"unknown CAMEO code {text!r}: {hint}. "
        "Run `detente ontology list` to see every code (`--root 16` for one family)."
    )


def is_valid_cameo(code: object) -> bool:
    """True when ``code`` is a CAMEO code; lets readers report junk such as '13y'."""
    if isinstance(code, bool) or not isinstance(code, str | int):
        return False
    return _as_code_text(code) in tables().codes


def cameo(code: CodeLike) -> CameoCode:
    """The CAMEO code ``code`` ('16', '162', '1621', or an int that lost its zero).

    :raises UnknownCodeError: when it is no CAMEO code; the message names close codes.
    """
    codes = tables().codes
    found = codes.get(code) if isinstance(code, str) else None
    if found is None:
        found = codes.get(_as_code_text(code))
    if found is None:
        raise _unknown_code(code)
    return found


def _as_root(root: CodeLike) -> str:
    text = _as_code_text(root)
    if isinstance(root, str) and len(text) == 1:
        text = "0" + text
    if text not in tables().codes_by_root:
        raise UnknownCodeError(
            f"unknown CAMEO root {str(root).strip()!r}: roots are the two-digit codes 01 to 20, "
            "the first two digits of a code (e.g. '16' for 1621)"
        )
    return text


def cameo_codes(root: CodeLike | None = None) -> list[CameoCode]:
    """Every CAMEO code in codebook order, or those of one root ('16' or 16)."""
    if root is None:
        return list(tables().codes.values())
    return list(tables().codes_by_root[_as_root(root)])


def quad_for_root(root: CodeLike) -> int:
    """The QuadClass (1-4) of a CAMEO root such as '16' or 16."""
    return tables().codes_by_root[_as_root(root)][0].quad


def goldstein(code: CodeLike) -> float:
    """The Goldstein score (-10..+10) of a CAMEO code, from GDELT's table."""
    return cameo(code).goldstein


def plover_for_cameo(code: CodeLike) -> Plover | None:
    """The PLOVER type, mode and context the 2021 crosswalk gives a CAMEO code.

    A 4-digit code without a row of its own takes its 3-digit parent's reading.
    Returns None for codes PLOVER does not map (roots 01 and 02).

    :raises UnknownCodeError: when the code is neither a CAMEO code nor a 4-digit
        code under a known 3-digit one.
    """
    crosswalk = tables().crosswalk
    found = crosswalk.get(code) if isinstance(code, str) else None
    if found is not None:
        return found
    text = _as_code_text(code)
    if text in crosswalk:
        return crosswalk[text]
    if text in tables().codes:
        return None
    if len(text) == 4 and text[:3] in tables().codes:
        return crosswalk.get(text[:3])
    raise _unknown_code(code)


def plover_types() -> list[PloverType]:
    """The 16 PLOVER event types, from AGREE (cooperation) to ASSAULT (violence)."""
    return list(tables().types.values())


def plover_type(name: str) -> PloverType:
    """A PLOVER type by name, in any letter case ('sanction' or 'SANCTION').

    :raises UnknownCodeError: naming the valid types and the closest one.
    """
    types = tables().types
    key = name.strip().upper()
    if key in types:
        return types[key]
    close = difflib.get_close_matches(key, list(types), n=1, cutoff=0.6)
    suggestion = f"did you mean {close[0]}? " if close else ""
    raise UnknownCodeError(
        f"unknown PLOVER type {name.strip()!r}: {suggestion}the types are {', '.join(types)}"
    )


def cameo_for_plover(name: str) -> list[CameoCode]:
    """The CAMEO codes the 2021 crosswalk maps to a PLOVER type, in codebook order."""
    wanted = plover_type(name).name
    return [c for c in tables().codes.values() if c.plover is not None and c.plover.type == wanted]


def plover_contexts() -> list[PloverContext]:
    """PLOVER's contexts, then those only the 2021 crosswalk uses."""
    return list(tables().contexts.values())


def plover_auxiliary_modes() -> dict[str, str]:
    """PLOVER's auxiliary modes (historical, future, hypothetical, negation) with meanings."""
    return dict(tables().auxiliary_modes)
