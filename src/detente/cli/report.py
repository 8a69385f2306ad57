"""Verbs that show results: ``report`` (the HTML brief), ``serve`` (the dashboard), ``claims``."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from detente.analysis import MeasureOptions
from detente.analysis.claims import check_claims, find_claims
from detente.cli._common import console, library_errors, print_records
from detente.dyads import Dyad
from detente.errors import InputError
from detente.store import DEFAULT_DB, Store


class ClaimsFormat(StrEnum):
    table = "table"
    json = "json"


DbOption = Annotated[str, typer.Option("--db", help="The detente store to read.")]
DateOption = Annotated[
    dt.datetime | None,
    typer.Option(
        "--date",
        formats=["%Y-%m-%d"],
        help="Publication date of the text (YYYY-MM-DD); claims cover the 12 months before it.",
    ),
]


def _read_text(source: str) -> str:
    """A path's contents, or the argument itself when it is not a file."""
    path = Path(source)
    if len(source) < 4096 and "\n" not in source and path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path} is not UTF-8 text: convert it or pass the text") from exc
    return source


def _dyads(text: str | None) -> list[Dyad] | None:
    if not text:
        return None
    return [Dyad.parse(part) for part in text.split(",") if part.strip()]


def report(
    db: DbOption = DEFAULT_DB,
    dyads: Annotated[
        str | None, typer.Option("--dyads", help="Comma-separated dyads, e.g. PAK-USA,IND-USA.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Where to write the brief.")] = Path(
        "brief.html"
    ),
    claims_from: Annotated[
        Path | None,
        typer.Option("--claims-from", help="An opinion piece whose claims the brief tests."),
    ] = None,
    claims_date: Annotated[
        dt.datetime | None,
        typer.Option(
            "--claims-date", formats=["%Y-%m-%d"], help="Publication date of --claims-from."
        ),
    ] = None,
    compare: Annotated[
        str | None,
        typer.Option("--compare", help="The two dyads to compare, e.g. PAK-USA,IND-USA."),
    ] = None,
    period: Annotated[str, typer.Option("--period", help="week, month, quarter or year.")] = (
        "month"
    ),
    min_events: Annotated[
        int, typer.Option("--min-events", help="Periods with fewer events are sparse.")
    ] = 5,
    all_modalities: Annotated[
        bool, typer.Option("--all-modalities", help="Also count negated/hypothetical/future.")
    ] = False,
) -> None:
    """Write the HTML brief: verdicts, charts, events with evidence, claim checks.

    Example: detente report --db news.duckdb --dyads PAK-USA,IND-USA --out brief.html
    """
    from detente.report import ClaimsInput, build_brief

    with library_errors():
        options = MeasureOptions(
            period=period, min_events=min_events, include_modalities=all_modalities
        )
        claims = None
        if claims_from is not None:
            if not claims_from.is_file():
                raise InputError(f"no file {claims_from} to read claims from")
            claims = ClaimsInput(
                claims_from.read_text(encoding="utf-8"),
                claims_date.date() if claims_date else None,
                claims_from.name,
            )
        pair = _dyads(compare)
        if pair is not None and len(pair) != 2:
            raise InputError(f"--compare takes two dyads, e.g. PAK-USA,IND-USA; got {compare!r}")
        with Store(db, read_only=True) as store:
            written = build_brief(
                store,
                out,
                dyads=_dyads(dyads),
                options=options,
                claims=claims,
                compare_pair=(pair[0], pair[1]) if pair else None,
            )
    console.print(f"wrote {written}")


def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8001,
    get: Annotated[
        str | None,
        typer.Option("--get", help="Print one page (e.g. /dyad/PAK-USA.json) and exit."),
    ] = None,
) -> None:
    """Run the local dashboard over a store (read-only), or print one page with --get.

    Example: detente serve --db news.duckdb --get /dyad/PAK-USA.json
    """
    from detente.web import create_app, get_page

    with library_errors():
        app = create_app(db)
        if get is not None:
            status, _, body = get_page(app, get)
            sys.stdout.write(body if body.endswith("\n") else body + "\n")
            app.state.store.close()
            if status >= 400:
                raise typer.Exit(1)
            return
        import uvicorn

        console.print(f"detente dashboard on http://{host}:{port}/ (Ctrl+C to stop)")
        try:
            uvicorn.run(app, host=host, port=port, log_level="warning")
        finally:
            app.state.store.close()


def claims(
    source: Annotated[str, typer.Argument(help="A text file, or the text itself.")],
    date: DateOption = None,
    db: Annotated[
        str | None, typer.Option("--db", help="Test the claims against this store.")
    ] = None,
    fmt: Annotated[ClaimsFormat, typer.Option("--format", help="Output format.")] = (
        ClaimsFormat.table
    ),
) -> None:
    """Find claims about relations in an opinion piece; with --db, test them against the data.

    Example: detente claims op-ed.txt --date 2018-09-10 --db news.duckdb
    """
    with library_errors():
        text = _read_text(source)
        found = find_claims(text, date.date() if date else None)
        if db is None:
            records = [c.to_dict() for c in found]
            columns = ["dyad", "polarity", "trend", "date_from", "date_to", "text"]
        else:
            with Store(db, read_only=True) as store:
                checks = check_claims(store.con, found)
            records = [
                {**c.to_dict(), **c.claim.to_dict(), "caveats": "; ".join(c.caveats)}
                if fmt is ClaimsFormat.table
                else c.to_dict()
                for c in checks
            ]
            columns = ["dyad", "polarity", "trend", "text", "verdict", "net_coop", "events",
                       "documents", "caveats"]  # fmt: skip
        print_records(records, fmt.value, title="Claims", columns=columns)


def register(app: typer.Typer) -> None:
    """Add ``report``, ``serve`` and ``claims`` to the app."""
    app.command("report")(report)
    app.command("serve")(serve)
    app.command("claims")(claims)
