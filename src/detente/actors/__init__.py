"""Who the text names: states, offices, people, institutions, armed groups and IGOs.

``default_kb()`` gives the shipped knowledge base (plus overlays named in
``DETENTE_ACTOR_OVERLAY``); ``ActorKB.load(overlays)`` builds one with explicit
overlay folders. Tables and their formats: ``src/detente/data/actors/README.md``.
"""

from detente.actors._records import MATCH_KINDS, MENTION_KINDS, Mention, Resolution
from detente.actors._tables import ActorDataError
from detente.actors.importer import ImportReport, import_csv, import_wikidata
from detente.actors.kb import ROLE_KEYS, SECTORS, ActorKB, default_kb

__all__ = [
    "MATCH_KINDS",
    "MENTION_KINDS",
    "ROLE_KEYS",
    "SECTORS",
    "ActorDataError",
    "ActorKB",
    "ImportReport",
    "Mention",
    "Resolution",
    "default_kb",
    "import_csv",
    "import_wikidata",
]
