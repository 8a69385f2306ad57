"""How a frame reads as a code: announced actions as intents, appeals as PLOVER REQUEST."""

from __future__ import annotations

from typing import TypeVar

from detente.coder._words import CONFLICT_ROOTS
from detente.coder.frames import Frame
from detente.model import Plover
from detente.ontology import CameoCode


def plover_reading(info: CameoCode) -> Plover:
    """The PLOVER reading of a CAMEO code, counting appeals (02) as REQUEST.

    The 2021 crosswalk leaves CAMEO 02 unmapped, but PLOVER 2.0's REQUEST covers
    appeals as well as demands, and an unmapped appeal would vanish from PLOVER counts.
    """
    if info.plover is not None:
        return info.plover
    if info.root == "02":
        return Plover("REQUEST", None, None)
    return Plover()


#: CAMEO codes an announced action is coded as when the kind table below has no finer
#: one: "will impose sanctions" is a threat of sanctions (1312), "will boycott the
#: election" a threat of political dissent (133).
INTENT_CODES = {
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "14": "133",
    "16": "1312",
    "17": "137",
    "18": "138",
    "19": "138",
    "20": "138",
}

#: Threats of a named kind, parallel to the act threatened: to break off relations
#: (161) is 1313, to ban a party (1722) 1322, to blockade (191) 1381. Keys are code
#: prefixes, the longest that matches wins; other conflict roots fall back to
#: ``INTENT_CODES``.
THREAT_CODES = {
    "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "191": "1381", "192": "1382", "204": "1385",
}  # fmt: skip


T = TypeVar("T")


def _by_prefix(table: dict[str, T], code: str, lengths: tuple[int, ...]) -> T | None:
    """The entry of the longest of the code's prefixes (of the given lengths) in a table."""
    return next((table[code[:n]] for n in lengths if code[:n] in table), None)


def threat_code(act: str) -> str:
    """The threat CAMEO codes an announced act of conflict as ("will sever ties": 1313)."""
    return _by_prefix(THREAT_CODES, act, (4, 3, 2)) or INTENT_CODES.get(act[:2], act)


#: CAMEO's appeals (02), intents (03) and demands (10) are split by what is appealed
#: for, promised or demanded, in parallel: asking Belgium to extradite a suspect (063)
#: appeals for judicial cooperation (0213), promising humanitarian aid (073) is 0333,
#: demanding the release of hostages (0841) is 1053. Keys are the act's code prefix.
APPEAL, INTENT, DEMAND = 0, 1, 2
KIND_CODES: dict[str, tuple[str, str, str]] = {
    "04": ("026", "036", "106"),
    "045": ("028", "039", "108"),
    "05": ("022", "032", "102"),
    "06": ("021", "031", "101"),
    "061": ("0211", "0311", "1011"),
    "062": ("0212", "0312", "1012"),
    "063": ("0213", "0313", "1013"),
    "064": ("0214", "0314", "1014"),
    "07": ("023", "033", "103"),
    "071": ("0231", "0331", "1031"),
    "072": ("0232", "0332", "1032"),
    "073": ("0233", "0333", "1033"),
    "074": ("0234", "0334", "1034"),
    "08": ("025", "035", "105"),
    "081": ("0251", "0351", "1051"),
    "082": ("0252", "0352", "1052"),
    "083": ("024", "034", "104"),
    "084": ("0253", "0353", "1053"),
    "085": ("0254", "0354", "1054"),
    "086": ("0255", "0355", "1055"),
    "087": ("0256", "0356", "1056"),
}


def kind_code(family: int, act: str | None) -> str | None:
    """The appeal, intent or demand code for an act of the given code, if CAMEO has one."""
    kinds = _by_prefix(KIND_CODES, act, (3, 2)) if act is not None else None
    return kinds[family] if kinds is not None else None


#: CAMEO codes a refused cooperative action is coded as: "will not lift the ban" refuses
#: to yield (124), "will not begin talks" rejects a meeting (125).
REFUSAL_CODES = {
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "122",
    "08": "124",
}


def intent_code(frame: Frame) -> str:
    """The frame's code, as CAMEO reads announced, asked-for and refused actions.

    An announced action is an expressed intent (or, for conflict, a threat); an appeal
    or demand is of the kind of what it asks for; a cooperative action announced as not
    going to happen is a rejection.
    """
    code = frame.entry.cameo
    governed = frame.governed_code
    governed_root = governed[:2] if governed else None
    if code[:2] == "02" and frame.own_act and governed_root is not None:
        # "wants to help Israel" is an intent to help, "wants to attack" a threat.
        return kind_code(INTENT, governed) or INTENT_CODES.get(governed_root, "030")
    if code in ("020", "100") and (
        kind := kind_code(APPEAL if code == "020" else DEMAND, governed)
    ):
        # "asked Belgium to extradite him" (0213), "demanded the release of" (1053).
        return kind
    if code[:2] == "03" and governed is not None and governed_root in CONFLICT_ROOTS:
        # "pledged to impose sanctions" announces a conflict: a threat.
        return threat_code(governed)
    if (
        code == "130"
        and governed is not None
        and governed_root in CONFLICT_ROOTS & INTENT_CODES.keys()
    ):
        # "warned that it would impose sanctions" names the threat (1312).
        return threat_code(governed)
    if code[:2] == "03" and (kind := kind_code(INTENT, governed)) and kind.startswith(code):
        # "pledged $400 million in security assistance" (033): military aid (0332).
        return kind
    if code == "030" and governed_root in INTENT_CODES:
        # "vowed to deepen ties" is an intent to cooperate diplomatically (032).
        return kind_code(INTENT, governed) or INTENT_CODES[governed_root]
    if frame.refused:
        return REFUSAL_CODES.get(code[:2], code)
    if code[:2] in CONFLICT_ROOTS and (
        (frame.conditional_act and not frame.negated)
        or (frame.future and not frame.negated and not frame.hypothetical)
    ):
        # "will impose sanctions unless ...", "will sever ties with Taipei": threats.
        return threat_code(code)
    if frame.conditional_act and not frame.negated:
        # "would meet him if ...": an offer.
        return kind_code(INTENT, code) or INTENT_CODES.get(code[:2], code)
    if frame.future and not frame.negated and not frame.hypothetical:
        # "will send humanitarian aid" (0333); "willing to mediate" (039).
        return kind_code(INTENT, code) or INTENT_CODES.get(code[:2], code)
    return code
