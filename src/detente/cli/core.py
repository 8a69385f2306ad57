"""The main verbs: ``analyze`` (the whole job), ``code`` (no store), ``evaluate``, ``migrate``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from detente.cli._common import (
    console,
    err_console,
    library_errors,
    parse_date_option,
    print_records,
)
from detente.model import Document, Event
from detente.store import DEFAULT_DB

if TYPE_CHECKING:
    from detente.coder.engine import CodedDocument
    from detente.store import Store

CODE_FORMATS = ("table", "json", "jsonl", "csv", "parquet")


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )


def analyze(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders or globs (.txt .md .html .jsonl).")
    ],
    db: Annotated[Path, typer.Option(help="DuckDB store to write.")] = Path(DEFAULT_DB),
    report: Annotated[Path | None, typer.Option(help="Write the HTML brief here.")] = Path(
        "brief.html"
    ),
    date: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for undated documents.")
    ] = None,
    processes: Annotated[int, typer.Option("--processes", "-j", help="Coding processes.")] = 1,
    recode: Annotated[
        bool, typer.Option(help="Code documents already in the store again.")
    ] = False,
    strict: Annotated[bool, typer.Option(help="Exit non-zero if any input had a problem.")] = False,
) -> None:
    """Read documents, code them into events, store them, measure dyads, write the brief.

    Example: detente analyze examples/corpus --db detente.duckdb --report brief.html
    """
    from detente.analysis import MeasureOptions, dyad_table
    from detente.pipeline import analyze_paths
    from detente.store import Store

    default_date = parse_date_option(date)
    with library_errors(), Store(db) as store:
        with _progress() as progress:
            task = progress.add_task("coding", total=None, events=0)
            counted = {"events": 0}

            def advance(coded: CodedDocument) -> None:
                counted["events"] += len(coded.events)
                progress.update(task, advance=1, events=counted["events"])

            result = analyze_paths(
                paths,
                store,
                default_date=default_date,
                n_process=processes,
                recode=recode,
                on_document=advance,
            )
            progress.update(task, total=result.documents_coded)
        for problem in result.problems:
            err_console.print(f"[yellow]skipped[/yellow] {problem}", highlight=False)
        if result.documents_seen == 0:
            err_console.print("[red]error:[/red] no document could be read", highlight=False)
            raise typer.Exit(1)
        console.print(
            f"{result.documents_coded} documents coded, {result.documents_known} already in "
            f"{db}; {result.events} events stored."
        )
        if result.undated:
            console.print(
                f"[yellow]{len(result.undated)} documents have no date[/yellow] (use --date): "
                + ", ".join(result.undated[:5])
            )
        options = MeasureOptions(period="year", min_events=1)
        table = dyad_table(store.con, options).sort_by([("events", "descending")])
        _print_dyad_summary(store, table.to_pylist())
        if report is not None:
            from detente.report import build_brief

            # A corpus of articles is sparse by month: the brief reads it by quarter.
            build_brief(store, report, options=MeasureOptions(period="quarter", min_events=3))
            console.print(f"Brief written to {report}")
    if strict and result.problems:
        raise typer.Exit(1)


def _print_dyad_summary(store: Store, rows: list[dict[str, object]]) -> None:
    compact = [
        {
            "dyad": row["dyad"],
            "year": str(row["period_start"])[:4],
            "events": row["events"],
            "docs": row["documents"],
            "net coop": row["net_coop"],
            "goldstein": row["goldstein_mean"],
            "VC/MC/VK/MK": "/".join(str(int(row[q] or 0)) for q in ("q1", "q2", "q3", "q4")),
        }
        for row in rows
    ]
    print_records(
        compact,
        "table",
        title="Dyads: asserted events by year",
        number_format=lambda v: f"{v:+.2f}",
    )
    con = store.con
    shown: list[str] = []
    for row in rows:
        dyad = str(row["dyad"])
        if dyad in shown or len(shown) >= 4:
            continue
        shown.append(dyad)
        a, b = dyad.split("-")
        evidence = con.execute(
            """SELECT source_country || '>' || target_country AS direction, cameo,
                      evidence_text
               FROM events WHERE least(source_country, target_country) = ?
               AND greatest(source_country, target_country) = ?
               AND NOT coalesce(negated OR hypothetical OR future, false)
               AND evidence_text IS NOT NULL
               GROUP BY ALL
               ORDER BY max(abs(goldstein)) DESC, max(confidence) DESC LIMIT 3""",
            [a, b],
        ).fetchall()
        console.print(f"[bold]{dyad}[/bold] evidence:")
        for direction, cameo, text in evidence:
            console.print(f"  {direction} {cameo}: {text}", highlight=False, markup=False)


def code(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or globs to code.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="table, json, jsonl, csv or parquet.")
    ] = "table",
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")] = None,
    date: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for undated documents.")
    ] = None,
) -> None:
    """Code documents into events without a store.

    Example: detente code article.txt --date 2018-09-10 --format json
    """
    from detente.coder.engine import code_documents
    from detente.model import events_to_arrow
    from detente.text.reader import InputProblem, read_documents

    if format not in CODE_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(CODE_FORMATS)}")
    if format == "parquet" and out is None:
        raise typer.BadParameter("--format parquet needs --out FILE")
    default_date = parse_date_option(date)
    problems: list[InputProblem] = []
    read: list[str] = []

    def documents() -> Iterator[Document]:
        for item in read_documents(paths, default_date=default_date):
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                read.append(item.doc_id)
                yield item

    with library_errors():
        events = [e for coded in code_documents(documents()) for e in coded.events]
    for problem in problems:
        err_console.print(f"[yellow]skipped[/yellow] {problem}", highlight=False)
    if not read:
        err_console.print("[red]error:[/red] no document could be read", highlight=False)
        raise typer.Exit(1)
    if format == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(events_to_arrow(events), out)
        err_console.print(f"{len(events)} events written to {out}")
    elif out is not None:
        with open(out, "w", encoding="utf-8") as handle:
            old, sys.stdout = sys.stdout, handle
            try:
                _print_events(events, format)
            finally:
                sys.stdout = old
        err_console.print(f"{len(events)} events written to {out}")
    else:
        _print_events(events, format)


def _print_events(events: list[Event], fmt: str) -> None:
    if fmt in ("json", "jsonl"):
        print_records([e.to_dict() for e in events], fmt)
        return
    flat = [
        {
            "date": e.date,
            "source": e.source.code,
            "cameo": e.cameo,
            "target": e.target.code,
            "quad": e.quad,
            "goldstein": e.goldstein,
            "plover": e.plover.type,
            "modality": ",".join(
                name
                for name, flag in (
                    ("negated", e.modality.negated),
                    ("hypothetical", e.modality.hypothetical),
                    ("future", e.modality.future),
                )
                if flag
            ),
            "confidence": e.confidence,
            "evidence": e.evidence.text[:90] if e.evidence else "",
        }
        for e in events
    ]
    if fmt == "csv":
        print_records(flat, "csv")
    else:
        print_records(flat, "table", title=f"{len(flat)} events")


def evaluate(
    path: Annotated[Path, typer.Argument(help="A gold file of human-coded sentences.")],
    gold: Annotated[str, typer.Option(help="Gold format: petr2, plover-gsr or plv.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Score the coder against human-coded sentences (precision, recall, F1).

    Example: detente evaluate ../shared/data/gold/plv_train.tsv --gold plv --format json
    """
    from detente.coder.evaluate import evaluate_file

    with library_errors():
        result = evaluate_file(path, gold)
    if format == "json":
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    headline = {k: v for k, v in result.items() if not isinstance(v, dict)}
    print_records([headline], "table", title=f"{gold}: {path.name}")
    rows = [{"label": label, **scores} for label, scores in result["per_root"].items()]
    print_records(rows, "table", title="per label")
    if "per_marked_root" in result:
        marked = result["per_marked_root"].items()
        rows = [{"label": label, **scores} for label, scores in marked]
        print_records(rows, "table", title="per label, given the marked source and target")


def migrate(
    db: Annotated[Path, typer.Option(help="DuckDB store to upgrade.")] = Path(DEFAULT_DB),
) -> None:
    """Upgrade a store written by an earlier detente to the current schema.

    Example: detente migrate --db detente.duckdb
    """
    from detente.store import Store

    with library_errors(), Store(db) as store:
        counts = store.counts()
    console.print(f"{db} is up to date: " + json.dumps(counts))


def register(app: typer.Typer) -> None:
    """Add the main verbs."""
    app.command()(analyze)
    app.command()(code)
    app.command()(evaluate)
    app.command()(migrate)
