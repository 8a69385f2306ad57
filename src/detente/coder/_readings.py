"""How a frame reads as a code: announced actions as intents, appeals as PLOVER REQUEST."""

from __future__ import annotations

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


#: CAMEO codes an announced action is coded as: "will provide aid" is an expressed intent
#: to provide aid (033), "will impose sanctions" a threat of sanctions (1312), "will
#: boycott the election" a threat of political dissent (133).
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


#: Mediation announced ("willing to mediate") is CAMEO's intent to mediate, not to meet.
MEDIATE, INTENT_TO_MEDIATE = "045", "039"

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
    """The frame's code, as CAMEO reads announced and refused actions.

    An announced action is an expressed intent (or, for conflict, a threat); a
    cooperative action announced as not going to happen is a rejection.
    """
    code = frame.entry.cameo
    if code[:2] == "02" and frame.own_act and frame.governed_root is not None:
        # "wants to help Israel" is an intent to help, "wants to attack" a threat.
        return INTENT_CODES.get(frame.governed_root, "030")
    if code[:2] == "03" and frame.governed_root in CONFLICT_ROOTS:
        # "pledged to impose sanctions" announces a conflict: a threat.
        return INTENT_CODES[frame.governed_root]
    if code == "130" and frame.governed_root in CONFLICT_ROOTS & INTENT_CODES.keys():
        # "warned that it would impose sanctions" names the threat (1312).
        return INTENT_CODES[frame.governed_root]
    if code == "030" and frame.governed_root in INTENT_CODES:
        # "vowed to deepen ties" is an intent to cooperate diplomatically (032).
        return INTENT_CODES[frame.governed_root]
    if frame.refused:
        return REFUSAL_CODES.get(code[:2], code)
    if frame.conditional_act and not frame.negated:
        # "will impose sanctions unless ...": a threat; "would meet him if ...": an offer.
        return INTENT_CODES.get(code[:2], code)
    if frame.future and not frame.negated and not frame.hypothetical:
        if code == MEDIATE:
            return INTENT_TO_MEDIATE  # "willing to mediate between India and Pakistan"
        return INTENT_CODES.get(code[:2], code)
    return code
