"""How a CAMEO code reads in PLOVER, where the crosswalk is silent."""

from __future__ import annotations

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
