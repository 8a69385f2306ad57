"""Offset-preserving text folding, shared by the matcher and the resolver.

Every key and every text is folded the same way before lookup: lower case,
accents dropped, curly quotes and dashes made plain. Each character maps to
exactly one character, so offsets found in the folded text are offsets in the
original.
"""

from __future__ import annotations

import unicodedata

_PUNCTUATION = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u0060": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\n": " ",
    "\r": " ",
    "\t": " ",
}


def _build_table() -> dict[int, str]:
    """Map accented Latin letters to their base letter, one character for one."""
    table = {ord(k): v for k, v in _PUNCTUATION.items()}
    for code in range(0x00C0, 0x0250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Lower-case, unaccented, plain-punctuation text of the same length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_TABLE)


def fold_keep_case(text: str) -> str:
    """Like :func:`fold` but keeps letter case, to compare acronyms exactly."""
    return text.translate(_TABLE)


def is_acronym(surface: str) -> bool:
    """Short keys with several capitals ("US", "U.S.", "LeT", "PML-N") must match case."""
    if " " in surface or len(surface) > 8:
        return False
    return sum(1 for c in surface if c.isupper()) >= 2


def case_fits(surface: str, found: str, case_insensitive: bool) -> bool:
    """Whether text found in a document may be read as the key written ``surface``.

    Acronyms match only in the same case (so the pronoun "us" is not the US);
    capitalised keys need a capital in the text ("turkey" is a bird; "iSrael" is a
    slip of the shift key, not a common word); titles may be written in lower case
    ("the prime minister").
    """
    if is_acronym(surface):
        return fold_keep_case(found).replace(" ", "") == fold_keep_case(surface).replace(" ", "")
    if case_insensitive:
        return True
    return not surface[:1].isupper() or any(c.isupper() for c in found)


def slug(text: str) -> str:
    """A lower-case ASCII id made from a name: "Shah Mehmood Qureshi" → shah_mehmood_qureshi."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "_".join(parts)
