"""The options every measure takes, and the record of them that travels with each result."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from detente.dyads import Dyad
from detente.errors import DetenteError

PERIODS: tuple[str, ...] = ("week", "month", "quarter", "year")
WEIGHTS: tuple[str, ...] = ("events", "num_articles", "num_mentions")

_OPTIONS_KEY = b"detente.options"
_NOTES_KEY = b"detente.notes"
_SOURCE = re.compile(
    r"^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?"
    r"|(?:read_parquet|parquet_scan)\(\s*(?:'[^']*'|\[[^\]]*\])\s*(?:,[^()]*)?\))$"
)


class MeasureOptionError(DetenteError):
    """A measure was asked for with an option value it cannot use."""

    code = "D801"


@dataclass(frozen=True, slots=True)
class MeasureOptions:
    """How a measure was computed; returned with every result.

    :param dyads: the dyads to measure; None means every pair of countries.
        A directed dyad (``USA>PAK``) implies ``directed=True``.
    :param period: week, month, quarter or year.
    :param directed: keep ``USA>PAK`` and ``PAK>USA`` apart instead of pooling them.
    :param date_from: first day counted (inclusive); None for no limit.
    :param date_to: last day counted (inclusive); None for no limit.
    :param origins: only events from these origins (``detente``, ``gdelt2``, …).
    :param include_modalities: count negated, hypothetical and future events too
        (by default only asserted events count; NULL flags count as asserted).
    :param weight: ``events`` (each event 1), ``num_articles`` or ``num_mentions``
        (GDELT weighting; a NULL weight counts 1).
    :param root_only: only root events (GDELT ``IsRootEvent``); NULL counts as root.
    :param min_events: periods with fewer events are sparse: counts kept, values NULL.
    :param normalise: also divide by the volume of all events involving either
        actor in the period, so growing coverage is not read as changing relations.
    :param source: the relation to read: a table or view name, or a
        ``read_parquet('...')`` expression with the columns of ``EVENT_SCHEMA``.
    """

    dyads: tuple[Dyad, ...] | None = None
    period: str = "month"
    directed: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    origins: tuple[str, ...] | None = None
    include_modalities: bool = False
    weight: str = "events"
    root_only: bool = False
    min_events: int = 5
    normalise: bool = False
    source: str = "events"

    def __post_init__(self) -> None:
        if self.dyads is not None:
            dyads = tuple(Dyad.parse(d) if isinstance(d, str) else d for d in self.dyads)
            object.__setattr__(self, "dyads", dyads)
            if any(d.directed for d in dyads):
                object.__setattr__(self, "directed", True)
        if self.origins is not None:
            object.__setattr__(self, "origins", tuple(self.origins))
        if self.period not in PERIODS:
            raise MeasureOptionError(
                f"unknown period {self.period!r}: use one of {', '.join(PERIODS)}"
            )
        if self.weight not in WEIGHTS:
            raise MeasureOptionError(
                f"unknown weight {self.weight!r}: use one of {', '.join(WEIGHTS)}"
            )
        if self.min_events < 1:
            raise MeasureOptionError(f"min_events must be at least 1, not {self.min_events}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise MeasureOptionError(
                f"date_from {self.date_from} is after date_to {self.date_to}: swap them"
            )
        if not _SOURCE.match(self.source.strip()):
            raise MeasureOptionError(
                f"cannot read events from {self.source!r}: give a table or view name "
                "(events) or read_parquet('path/*.parquet')"
            )

    def replace(self, **changes: Any) -> MeasureOptions:
        """A copy with some options changed (the record stays truthful)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The options as JSON-ready values (dyads as ``PAK-USA`` / ``USA>PAK``)."""
        return {
            "dyads": [d.label for d in self.dyads] if self.dyads is not None else None,
            "period": self.period,
            "directed": self.directed,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "origins": list(self.origins) if self.origins is not None else None,
            "include_modalities": self.include_modalities,
            "counted": "all events" if self.include_modalities else "asserted events only",
            "weight": self.weight,
            "root_only": self.root_only,
            "min_events": self.min_events,
            "normalise": self.normalise,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeasureOptions:
        """Rebuild options from :meth:`to_dict` output."""
        fields = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in fields}
        if values.get("dyads") is not None:
            values["dyads"] = tuple(Dyad.parse(d) for d in values["dyads"])
        for key in ("date_from", "date_to"):
            if values.get(key):
                values[key] = dt.date.fromisoformat(values[key])
        return cls(**values)


def with_record(
    table: pa.Table, options: MeasureOptions, notes: dict[str, str] | None = None
) -> pa.Table:
    """Attach the options (and caveats) to a result table's schema metadata."""
    metadata = dict(table.schema.metadata or {})
    metadata[_OPTIONS_KEY] = json.dumps(options.to_dict()).encode()
    metadata[_NOTES_KEY] = json.dumps(notes or {}).encode()
    return table.replace_schema_metadata(metadata)


def options_of(table: pa.Table) -> MeasureOptions:
    """The options a result table was computed with."""
    metadata = table.schema.metadata or {}
    if _OPTIONS_KEY not in metadata:
        raise MeasureOptionError(
            "this table carries no measure options: it was not made by detente.analysis"
        )
    return MeasureOptions.from_dict(json.loads(metadata[_OPTIONS_KEY]))


def notes_of(table: pa.Table) -> dict[str, str]:
    """Caveats recorded with a result (e.g. which scale ``plover_score`` fell back to)."""
    metadata = table.schema.metadata or {}
    return json.loads(metadata.get(_NOTES_KEY, b"{}"))


def parse_dyads(texts: Sequence[str] | None) -> tuple[Dyad, ...] | None:
    """Dyads from their written forms; None or empty means all dyads."""
    if not texts:
        return None
    return tuple(Dyad.parse(t) for t in texts)
