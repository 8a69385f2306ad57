"""The pieces of a brief or dashboard page, read from the store with the analysis measures.

Both the HTML brief and the dashboard show the same things (a dyad's series,
its events with evidence, a comparison, an alignment diagram), so both build
them here and only their templates differ.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import duckdb
from markupsafe import Markup

from detente.analysis import (
    Break,
    Comparison,
    MeasureOptions,
    Trend,
    alignment,
    change_points,
    compare,
    dyad_series,
    dyad_table,
    notes_of,
    trend,
)
from detente.dyads import Dyad
from detente.errors import DetenteError, UnknownCodeError
from detente.ontology import cameo
from detente.report._alignment import Diagram, diagram
from detente.report._charts import comparison_chart, series_chart

#: Rows of a dyad's event table shown on one page (the rest are counted, not hidden silently).
EVENT_LIMIT = 300
#: Document text shown in full up to this many characters; longer texts say they were cut.
DOCUMENT_TEXT_LIMIT = 20_000


@dataclass(frozen=True)
class Verdict:
    """A dyad in one line: where it stands and which way it is going."""

    dyad: str
    stance: str
    direction: str
    line: str
    mean_net_coop: float | None
    periods_with_data: int
    periods: int
    events: int


@dataclass(frozen=True)
class DyadSection:
    """Everything shown about one dyad."""

    dyad: Dyad
    series: list[dict[str, Any]]
    trend: Trend
    breaks: list[Break]
    verdict: Verdict
    chart: Markup
    events: list[dict[str, Any]]
    events_total: int
    notes: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON form for the dashboard's ``.json`` pages."""
        return {
            "dyad": self.dyad.label,
            "verdict": vars(self.verdict),
            "trend": self.trend.to_dict(),
            "breaks": [b.to_dict() for b in self.breaks],
            "series": [jsonable(r) for r in self.series],
            "events": [jsonable(r) for r in self.events],
            "events_total": self.events_total,
            "notes": self.notes,
        }


def jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """A row with dates as ISO strings."""
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}


def default_dyads(
    con: duckdb.DuckDBPyConnection, options: MeasureOptions, limit: int = 4
) -> list[Dyad]:
    """The dyads with the most counted events: what a brief shows when none are named."""
    totals: dict[str, int] = {}
    for row in dyad_table(con, options.replace(dyads=None)).to_pylist():
        totals[row["dyad"]] = totals.get(row["dyad"], 0) + int(row["events"])
    ranked = sorted(totals, key=lambda label: (-totals[label], label))
    return [Dyad.parse(label) for label in ranked[:limit]]


def dyad_overview(con: duckdb.DuckDBPyConnection, options: MeasureOptions) -> list[dict[str, Any]]:
    """One row per dyad: events, documents, periods and the span of dates."""
    rows: dict[str, dict[str, Any]] = {}
    for row in dyad_table(con, options.replace(dyads=None)).to_pylist():
        entry = rows.setdefault(
            row["dyad"],
            {"dyad": row["dyad"], "events": 0, "documents": 0, "periods": 0, "sparse_periods": 0,
             "first": row["period_start"], "last": row["period_start"]},
        )  # fmt: skip
        entry["events"] += int(row["events"])
        entry["documents"] = max(entry["documents"], int(row["documents"]))
        entry["periods"] += 1
        entry["sparse_periods"] += int(bool(row["sparse"]))
        entry["first"] = min(entry["first"], row["period_start"])
        entry["last"] = max(entry["last"], row["period_start"])
    return sorted(rows.values(), key=lambda r: (-r["events"], r["dyad"]))


def verdict_for(dyad: Dyad, series: list[dict[str, Any]], result: Trend, period: str) -> Verdict:
    """Stance from the mean of the periods with data, direction from the trend test."""
    values = [r["net_coop"] for r in series if not r["sparse"] and r["net_coop"] is not None]
    events = sum(int(r["events"]) for r in series)
    mean = sum(values) / len(values) if values else None
    if mean is None:
        stance = "not enough data"
    elif mean > 0.1:
        stance = "mostly cooperative"
    elif mean < -0.1:
        stance = "mostly conflictual"
    else:
        stance = "mixed"
    if result.direction == "not enough data":
        direction = "not enough data for a trend"
    elif not result.significant:
        direction = "no significant trend"
    else:
        direction = "improving" if result.direction == "increasing" else "worsening"
    parts = [f"{dyad.label}: {stance}"]
    if mean is not None:
        parts.append(f"mean net cooperation {mean:+.2f} over {len(values)} {period}s with data")
    parts.append(direction)
    if result.significant and result.slope is not None and result.p_value is not None:
        parts[-1] += f" (Sen's slope {result.slope:+.3f}/{period}, p={result.p_value:.3f})"
    return Verdict(
        dyad=dyad.label,
        stance=stance,
        direction=direction,
        line="; ".join(parts),
        mean_net_coop=mean,
        periods_with_data=len(values),
        periods=len(series),
        events=events,
    )


def dyad_section(
    con: duckdb.DuckDBPyConnection,
    dyad: Dyad,
    options: MeasureOptions,
    bootstrap: int = 1000,
    event_limit: int = EVENT_LIMIT,
) -> DyadSection:
    """A dyad's series with intervals, trend, change points, chart and events."""
    table = dyad_series(con, dyad, options, bootstrap=bootstrap)
    series = table.to_pylist()
    result = trend(table)
    breaks = change_points(table)
    verdict = verdict_for(dyad, series, result, options.period)
    events, total = dyad_events(con, dyad, options, event_limit)
    chart = series_chart(
        table, f"{dyad.label}: net cooperation per {options.period}", options.period, breaks
    )
    return DyadSection(dyad, series, result, breaks, verdict, chart, events, total, notes_of(table))


def _cameo_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        return cameo(code).name
    except UnknownCodeError:
        return "unknown code"


def dyad_events(
    con: duckdb.DuckDBPyConnection, dyad: Dyad, options: MeasureOptions, limit: int = EVENT_LIMIT
) -> tuple[list[dict[str, Any]], int]:
    """The dyad's events in date order (all modalities, flagged), with their documents.

    Returns the first ``limit`` rows and the total, so a page can say what it left out.
    """
    if dyad.directed:
        condition = "e.source_country = ? AND e.target_country = ?"
        params: list[Any] = [dyad.a, dyad.b]
    else:
        condition = (
            "(e.source_country = ? AND e.target_country = ? "
            "OR e.source_country = ? AND e.target_country = ?)"
        )
        params = [dyad.a, dyad.b, dyad.b, dyad.a]
    if options.date_from:
        condition += " AND e.date >= ?"
        params.append(options.date_from)
    if options.date_to:
        condition += " AND e.date <= ?"
        params.append(options.date_to)
    if options.origins:
        condition += " AND e.origin IN (SELECT unnest(?))"
        params.append(list(options.origins))
    total_row = con.execute(f"SELECT count(*) FROM events e WHERE {condition}", params).fetchone()
    cursor = con.execute(
        f"""SELECT e.event_id, e.doc_id, e.origin, e.date, e.source_text, e.source_country,
                   e.source_sector, e.target_text, e.target_country, e.target_sector, e.cameo,
                   e.quad, e.goldstein, e.negated, e.hypothetical, e.future, e.reported_by,
                   e.evidence_text, e.confidence, e.source_url,
                   d.title AS doc_title, d.url AS doc_url, d.source_path AS doc_path,
                   d.date AS doc_date
            FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id
            WHERE {condition}
            ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.event_id
            LIMIT ?""",
        [*params, limit],
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        row["cameo_name"] = _cameo_name(row["cameo"])
        row["asserted"] = not (row["negated"] or row["hypothetical"] or row["future"])
        row["link"] = safe_link(row["doc_url"] or row["source_url"])
    return rows, int(total_row[0]) if total_row else 0


def safe_link(url: str | None) -> str | None:
    """Only http(s) addresses become links; anything else (javascript:, data:) stays text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def key_events(sections: list[DyadSection], limit: int = 12) -> list[dict[str, Any]]:
    """The strongest asserted events across the dyads (by |Goldstein|), in date order.

    One event per document, dyad and CAMEO code, so a story told ten times is one entry.
    """
    seen: set[tuple[str, str, str]] = set()
    candidates = []
    for section in sections:
        for row in section.events:
            key = (section.dyad.label, row["doc_id"], row["cameo"])
            if not row["asserted"] or row["goldstein"] is None or key in seen:
                continue
            seen.add(key)
            candidates.append({**row, "dyad": section.dyad.label})
    strongest = sorted(candidates, key=lambda r: -abs(r["goldstein"]))[:limit]
    return sorted(strongest, key=lambda r: (r["date"] or dt.date.max, r["dyad"]))


def comparison_section(
    con: duckdb.DuckDBPyConnection,
    dyad_a: Dyad,
    dyad_b: Dyad,
    options: MeasureOptions,
    bootstrap: int = 1000,
) -> tuple[Comparison, Markup]:
    """The comparison of two dyads and its chart."""
    result = compare(con, dyad_a, dyad_b, options, bootstrap=bootstrap)
    return result, comparison_chart(result, options.period)


@dataclass(frozen=True)
class AlignmentView:
    """Alignment diagrams per period, or why there are none."""

    actors: tuple[str, ...]
    diagrams: list[Diagram]
    message: str | None
    data: dict[str, Any] | None


def alignment_section(
    con: duckdb.DuckDBPyConnection, actors: list[str], options: MeasureOptions, last: int = 6
) -> AlignmentView:
    """The signed network among ``actors`` per year (the last ``last`` years with data)."""
    codes = tuple(dict.fromkeys(a.strip().upper() for a in actors if a.strip()))
    if len(codes) < 3:
        return AlignmentView(
            codes, [], "alignment needs at least three actors; the dyads shown name fewer", None
        )
    try:
        result = alignment(con, list(codes), options.replace(period="year", dyads=None))
    except DetenteError as error:
        return AlignmentView(codes, [], error.message, None)
    periods = result.periods[-last:]
    diagrams = [diagram(p, result.actors, str(p.period_start.year)) for p in periods]
    message = None if diagrams else "no year has enough events between these actors"
    return AlignmentView(result.actors, diagrams, message, result.to_dict())


def documents_by_id(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> list[dict[str, Any]]:
    """The documents behind the events shown, with their text cut to a stated length."""
    if not doc_ids:
        return []
    cursor = con.execute(
        """SELECT doc_id, title, date, date_source, url, source_path, text
           FROM documents WHERE doc_id IN (SELECT unnest(?)) ORDER BY date NULLS LAST, doc_id""",
        [doc_ids],
    )
    names = [d[0] for d in cursor.description]
    documents = []
    for row in cursor.fetchall():
        document = dict(zip(names, row, strict=True))
        text = document["text"] or ""
        document["length"] = len(text)
        document["text"] = text[:DOCUMENT_TEXT_LIMIT]
        document["cut"] = len(text) > DOCUMENT_TEXT_LIMIT
        document["link"] = safe_link(document["url"])
        documents.append(document)
    return documents


def undated_documents(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Documents with no date: relative dates in them ("last August") had no anchor."""
    cursor = con.execute(
        """SELECT d.doc_id, d.title, d.source_path, d.url, count(e.event_id) AS events
           FROM documents d LEFT JOIN events e ON e.doc_id = d.doc_id
           WHERE d.date IS NULL GROUP BY ALL ORDER BY d.doc_id"""
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
