"""The records the actor resolver hands to other stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Literal

from detente.model import Actor

MatchKind = Literal["exact", "alias", "title", "metonym", "place", "fuzzy", "ambiguous"]
MentionKind = Literal[
    "person", "title", "country", "demonym", "metonym", "place", "institution", "group", "igo"
]

MATCH_KINDS: tuple[str, ...] = (
    "exact",
    "alias",
    "title",
    "metonym",
    "place",
    "fuzzy",
    "ambiguous",
)
MENTION_KINDS: tuple[str, ...] = (
    "person",
    "title",
    "country",
    "demonym",
    "metonym",
    "place",
    "institution",
    "group",
    "igo",
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Who a piece of text names, valid on the date it was resolved for.

    ``actor_id`` is an ISO-3 code for states, a ``person_id`` for people,
    ``inst:``/``group:``/``igo:`` ids for organisations, and None when only the
    country and sector are known (a title without a known holder). An ambiguous
    name carries ``match="ambiguous"`` and the possible readings in ``candidates``.
    """

    text: str
    actor_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    role: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    match: str
    candidates: tuple[Resolution, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: dates as ISO strings, candidates nested the same way."""
        data = asdict(self)
        data["valid_from"] = self.valid_from.isoformat() if self.valid_from else None
        data["valid_to"] = self.valid_to.isoformat() if self.valid_to else None
        data["candidates"] = [c.to_dict() for c in self.candidates]
        return data

    def to_actor(self) -> Actor:
        """The resolution as the event record's :class:`~detente.model.Actor`."""
        return Actor(self.text, self.country, self.sector, self.actor_id)


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in a text, with character offsets into that text."""

    start: int
    end: int
    text: str
    resolution: Resolution
    kind: str
