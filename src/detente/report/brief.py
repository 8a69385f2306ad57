"""The brief: one self-contained HTML file that answers "converging or diverging?" with evidence.

Verdicts first, then per dyad the series chart and events, the comparison, the
alignment diagrams, key events, claim checks and what went in. Charts are inline
SVG and the styles are inline, so the file opens offline and can be mailed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from detente import __version__
from detente.analysis import MeasureOptions, summary
from detente.analysis.claims import ClaimCheck, check_claims, find_claims
from detente.dyads import Dyad
from detente.errors import InputError
from detente.report.sections import (
    AlignmentView,
    DyadSection,
    alignment_section,
    comparison_section,
    default_dyads,
    documents_by_id,
    dyad_section,
    key_events,
    undated_documents,
)
from detente.store import Store

#: Stored documents scanned for claims when no claims text is given.
STORED_CLAIM_DOCUMENTS = 50


def template_environment() -> Environment:
    """The brief's templates, autoescaped: document text can never become markup."""
    return Environment(
        loader=PackageLoader("detente.report", "templates"),
        autoescape=select_autoescape(["html", "j2", "svg"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class ClaimsInput:
    """Opinion text whose claims the brief should test, with its publication date."""

    text: str
    date: dt.date | None = None
    name: str = "claims text"


def _stored_claim_checks(store: Store, options: MeasureOptions) -> list[ClaimCheck]:
    """Claims in the most recent dated documents of the store, tested against the store."""
    rows = store.con.execute(
        "SELECT doc_id, text, date FROM documents WHERE date IS NOT NULL "
        "ORDER BY date DESC, doc_id LIMIT ?",
        [STORED_CLAIM_DOCUMENTS],
    ).fetchall()
    claims = [
        claim
        for doc_id, text, date in rows
        for claim in find_claims(text or "", date, doc_id=doc_id)
    ]
    return check_claims(store.con, claims, options)


def brief_context(
    store: Store,
    dyads: list[Dyad] | None = None,
    options: MeasureOptions | None = None,
    claims: ClaimsInput | None = None,
    compare_pair: tuple[Dyad, Dyad] | None = None,
    bootstrap: int = 1000,
) -> dict[str, Any]:
    """Everything the brief template shows, computed with the analysis measures."""
    options = options or MeasureOptions()
    con = store.con
    chosen = list(dyads) if dyads else default_dyads(con, options)
    sections: list[DyadSection] = [dyad_section(con, d, options, bootstrap) for d in chosen]
    pair = compare_pair or (tuple(chosen[:2]) if len(chosen) >= 2 else None)
    comparison = chart = None
    if pair is not None:
        comparison, chart = comparison_section(con, pair[0], pair[1], options, bootstrap)
    actors = sorted({code for d in chosen for code in (d.a, d.b)})
    aligned: AlignmentView = alignment_section(con, actors, options)
    if claims is not None:
        claim_checks = check_claims(con, find_claims(claims.text, claims.date), options)
        claims_source = claims.name
    else:
        claim_checks = _stored_claim_checks(store, options)
        claims_source = "the dated documents in the store" if claim_checks else None
    timeline = key_events(sections)
    shown_docs = sorted(
        {row["doc_id"] for s in sections for row in s.events}
        | {c.claim.doc_id for c in claim_checks if c.claim.doc_id}
    )
    files = store.con.execute(
        "SELECT path, format, rows_loaded, rows_malformed, options, ingested_at FROM files "
        "ORDER BY ingested_at"
    ).fetchall()
    runs = store.con.execute(
        "SELECT command, options, detente_version, started_at, documents, events FROM runs "
        "ORDER BY started_at DESC LIMIT 5"
    ).fetchall()
    return {
        "title": "Relations brief: " + (", ".join(d.label for d in chosen) or "no dyads"),
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "store_path": store.path,
        "options": options.to_dict(),
        "summary": summary(con, options),
        "sections": sections,
        "comparison": comparison,
        "comparison_chart": chart,
        "alignment": aligned,
        "timeline": timeline,
        "claim_checks": claim_checks,
        "claims_source": claims_source,
        "documents": documents_by_id(con, shown_docs),
        "undated": undated_documents(con),
        "files": files,
        "runs": runs,
        "counts": store.counts(),
    }


def render_brief(context: dict[str, Any]) -> str:
    """The brief's HTML from :func:`brief_context`."""
    return template_environment().get_template("brief.html.j2").render(**context)


def build_brief(
    store: Store,
    out: Path,
    dyads: list[Dyad] | None = None,
    options: MeasureOptions | None = None,
    claims: ClaimsInput | None = None,
    compare_pair: tuple[Dyad, Dyad] | None = None,
    bootstrap: int = 1000,
) -> Path:
    """Write the brief for ``dyads`` (default: the busiest four) to ``out`` and return it.

    :param claims: opinion text to test; without it, claims found in the store's
        dated documents are tested.
    :param compare_pair: the two dyads to compare (default: the first two shown).
    """
    out = Path(out)
    if out.exists() and out.is_dir():
        raise InputError(f"{out} is a directory: give a file name such as brief.html")
    context = brief_context(store, dyads, options, claims, compare_pair, bootstrap)
    html = render_brief(context)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
