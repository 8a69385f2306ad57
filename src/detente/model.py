"""The plain records that every stage of detente exchanges.

Documents become sentences, sentences become events, events land in the store.
Every stage takes and returns these frozen dataclasses (or the Arrow table of the
same shape from :func:`events_to_arrow`), so the coder, the readers of external
event files and a distributed engine all speak one language.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

import pyarrow as pa


def content_hash(text: str) -> str:
    """Identify a text by what it says, so the same article never lands twice.

    Whitespace runs are collapsed first: re-saving a file with other line endings
    must not make it a new document.
    """
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Document:
    """One article or text, with the date that anchors its relative dates."""

    doc_id: str
    text: str
    date: dt.date | None = None
    #: How the date was found: front-matter, jsonl, html-meta, dateline, cli, or None.
    date_source: str | None = None
    title: str | None = None
    url: str | None = None
    source_path: str | None = None

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> Document:
        """Build a document whose id is the content hash of its text."""
        return cls(doc_id=content_hash(text), text=text, **fields)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with character offsets into its document's original text."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor: who, of which country, in which sector.

    ``country`` is an ISO-3 code for states (``USA``), a CAMEO-style code for
    international organisations (``IGOUNO``), or None when only the sector is known.
    """

    text: str
    country: str | None
    sector: str | None = None
    actor_id: str | None = None

    @property
    def code(self) -> str:
        """The CAMEO-style code: country then sector (``INDMIL``), ``---`` for an unknown
        country (``---REB``), as event data writes actors."""
        country, sector = self.country or "---", self.sector or ""
        # IGO and NGO actors carry their sector in the code already (IGOUNO, not IGOUNOIGO).
        return country if sector and country.startswith(sector) else country + sector


@dataclass(frozen=True, slots=True)
class Plover:
    """The PLOVER reading of an event: type, mode and context."""

    type: str | None = None
    mode: str | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Modality:
    """Whether the text asserts the event, denies it, supposes it or announces it."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported_by: str | None = None

    @property
    def asserted(self) -> bool:
        """True when the text says the event happened (reported speech counts)."""
        return not (self.negated or self.hypothetical or self.future)


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money named in the evidence, e.g. $300 million."""

    value: float
    currency: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words behind an event, with offsets into the document's original text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when: one event per source–target pair."""

    event_id: str
    doc_id: str
    sentence_index: int | None
    date: dt.date | None
    #: day, month or year: how much of ``date`` the text actually gave.
    date_precision: str | None
    source: Actor
    target: Actor
    cameo: str
    cameo_root: str
    quad: int
    goldstein: float
    plover: Plover = field(default_factory=Plover)
    modality: Modality = field(default_factory=Modality)
    amount: Amount | None = None
    evidence: Evidence | None = None
    confidence: float = 1.0
    #: Events coded together from one compound actor ("Islamabad and Washington") share it.
    group_id: str | None = None
    #: detente (coded text), gdelt1, gdelt2, icews, polecat or events-csv.
    origin: str = "detente"

    def to_dict(self) -> dict[str, Any]:
        """The event's JSON form (dates as ISO strings)."""
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data


def make_event_id(*parts: object) -> str:
    """A stable id from the fields that make an event unique, so re-runs replace, not add."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]


#: The flat columns of the ``events`` table and of every events Arrow table.
#: External readers fill what their format has and leave the rest null.
EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("doc_id", pa.string()),
        ("origin", pa.string()),
        ("sentence_index", pa.int32()),
        ("group_id", pa.string()),
        ("date", pa.date32()),
        ("date_precision", pa.string()),
        ("source_text", pa.string()),
        ("source_country", pa.string()),
        ("source_sector", pa.string()),
        ("source_actor_id", pa.string()),
        ("target_text", pa.string()),
        ("target_country", pa.string()),
        ("target_sector", pa.string()),
        ("target_actor_id", pa.string()),
        ("cameo", pa.string()),
        ("cameo_root", pa.string()),
        ("quad", pa.int8()),
        ("goldstein", pa.float64()),
        ("plover_type", pa.string()),
        ("plover_mode", pa.string()),
        ("plover_context", pa.string()),
        ("negated", pa.bool_()),
        ("hypothetical", pa.bool_()),
        ("future", pa.bool_()),
        ("reported_by", pa.string()),
        ("amount_value", pa.float64()),
        ("amount_currency", pa.string()),
        ("evidence_text", pa.string()),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("confidence", pa.float64()),
        # Fields of the external datasets that users filter and weight on.
        ("num_mentions", pa.int32()),
        ("num_sources", pa.int32()),
        ("num_articles", pa.int32()),
        ("avg_tone", pa.float64()),
        ("is_root", pa.bool_()),
        ("source_url", pa.string()),
        ("file_id", pa.string()),
    ]
)


def event_row(event: Event) -> dict[str, Any]:
    """Flatten an event into the columns of :data:`EVENT_SCHEMA`."""
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "origin": event.origin,
        "sentence_index": event.sentence_index,
        "group_id": event.group_id,
        "date": event.date,
        "date_precision": event.date_precision,
        "source_text": event.source.text,
        "source_country": event.source.country,
        "source_sector": event.source.sector,
        "source_actor_id": event.source.actor_id,
        "target_text": event.target.text,
        "target_country": event.target.country,
        "target_sector": event.target.sector,
        "target_actor_id": event.target.actor_id,
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "quad": event.quad,
        "goldstein": event.goldstein,
        "plover_type": event.plover.type,
        "plover_mode": event.plover.mode,
        "plover_context": event.plover.context,
        "negated": event.modality.negated,
        "hypothetical": event.modality.hypothetical,
        "future": event.modality.future,
        "reported_by": event.modality.reported_by,
        "amount_value": event.amount.value if event.amount else None,
        "amount_currency": event.amount.currency if event.amount else None,
        "evidence_text": event.evidence.text if event.evidence else None,
        "evidence_start": event.evidence.start if event.evidence else None,
        "evidence_end": event.evidence.end if event.evidence else None,
        "confidence": event.confidence,
        "num_mentions": None,
        "num_sources": None,
        "num_articles": None,
        "avg_tone": None,
        "is_root": None,
        "source_url": None,
        "file_id": None,
    }


def events_to_arrow(events: list[Event]) -> pa.Table:
    """Events as an Arrow table with :data:`EVENT_SCHEMA`, ready for the store or Parquet."""
    return pa.Table.from_pylist([event_row(e) for e in events], schema=EVENT_SCHEMA)


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from a flat row (the inverse of :func:`event_row`)."""
    amount = (
        Amount(row["amount_value"], row["amount_currency"])
        if row.get("amount_value") is not None
        else None
    )
    evidence = (
        Evidence(row["evidence_text"], row["evidence_start"], row["evidence_end"])
        if row.get("evidence_text") is not None
        else None
    )
    return Event(
        event_id=row["event_id"],
        doc_id=row["doc_id"],
        sentence_index=row.get("sentence_index"),
        date=row.get("date"),
        date_precision=row.get("date_precision"),
        source=Actor(
            row.get("source_text") or "",
            row.get("source_country"),
            row.get("source_sector"),
            row.get("source_actor_id"),
        ),
        target=Actor(
            row.get("target_text") or "",
            row.get("target_country"),
            row.get("target_sector"),
            row.get("target_actor_id"),
        ),
        cameo=row["cameo"],
        cameo_root=row["cameo_root"],
        quad=row["quad"],
        goldstein=row["goldstein"],
        plover=Plover(row.get("plover_type"), row.get("plover_mode"), row.get("plover_context")),
        modality=Modality(
            bool(row.get("negated")),
            bool(row.get("hypothetical")),
            bool(row.get("future")),
            row.get("reported_by"),
        ),
        amount=amount,
        evidence=evidence,
        confidence=row.get("confidence") if row.get("confidence") is not None else 1.0,
        group_id=row.get("group_id"),
        origin=row.get("origin") or "detente",
    )
