"""The event ontology: CAMEO codes with Goldstein scores and QuadClasses, and PLOVER types.

Every other stage asks this package what a code means, so the facts live in
versioned data files (``detente/data/ontology/``) and lookups are dict lookups.
"""

from __future__ import annotations

from detente.ontology._lookup import (
    cameo,
    cameo_codes,
    cameo_for_plover,
    goldstein,
    is_valid_cameo,
    plover_auxiliary_modes,
    plover_contexts,
    plover_for_cameo,
    plover_type,
    plover_types,
    quad_for_root,
)
from detente.ontology._tables import QUAD_NAMES, CameoCode, PloverContext, PloverType

__all__ = [
    "QUAD_NAMES",
    "CameoCode",
    "PloverContext",
    "PloverType",
    "cameo",
    "cameo_codes",
    "cameo_for_plover",
    "goldstein",
    "is_valid_cameo",
    "plover_auxiliary_modes",
    "plover_contexts",
    "plover_for_cameo",
    "plover_type",
    "plover_types",
    "quad_for_root",
]
