"""``detente ingest`` (event files into the store) and ``detente fetch gdelt`` (downloads)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from detente.cli._common import console, err_console, library_errors, parse_date_option
from detente.errors import InputError
from detente.sources import FORMATS, ColumnMapping, IngestReport, fetch_gdelt, ingest
from detente.store import DEFAULT_DB, Store

fetch_app = typer.Typer(
    help="Download event data (GDELT exports) for `detente ingest`.\n\n"
    "Example: detente fetch gdelt --from 2018-01-01 --to 2018-01-07 --version 1 --countries PAK,USA"
)


def _mapping(spec: str | None, date_format: str | None) -> ColumnMapping | None:
    if spec is None:
        return None
    path = Path(spec)
    if path.suffix.lower() in (".yaml", ".yml") and path.is_file():
        return ColumnMapping.from_yaml(path)
    return ColumnMapping.parse(spec, date_format)


def _summary(report: IngestReport) -> Table:
    table = Table(title="ingest")
    for column in ("file", "format", "loaded", "malformed", "filtered", "duplicates", "status"):
        table.add_column(column, justify="right" if column not in ("file", "status") else "left")
    for f in report.files:
        if f.error:
            status = f"[red]failed:[/red] {f.error}"
        elif f.already_loaded:
            status = "already loaded"
        else:
            status = "ok"
        table.add_row(
            Path(f.path).name,
            f.format or "",
            str(f.rows_loaded),
            str(f.rows_malformed),
            str(f.rows_filtered),
            str(f.rows_duplicate),
            status,
        )
    return table


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Event files, plain or .zip.")],
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")] = "auto",
    db: Annotated[Path, typer.Option(help="DuckDB store to write.")] = Path(DEFAULT_DB),
    root_only: Annotated[
        bool, typer.Option(help="GDELT: keep only events from a story's lead (IsRootEvent).")
    ] = False,
    dedupe: Annotated[
        bool,
        typer.Option(help="Drop exact duplicates by date, dyad, CAMEO code and source URL."),
    ] = False,
    countries: Annotated[
        str | None, typer.Option(help="Keep events involving these ISO-3 codes: PAK,USA,IND.")
    ] = None,
    mapping: Annotated[
        str | None,
        typer.Option(
            "--map",
            help="events-csv: field=Column pairs (date=EventDate,source_country=Src,...) "
            "or a YAML file with `columns:` and `date_format:`.",
        ),
    ] = None,
    date_format: Annotated[
        str | None, typer.Option(help="events-csv: strptime format of the date column.")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Exit 1 if any file failed.")] = False,
) -> None:
    """Load GDELT, ICEWS, POLECAT or your own event files into the store.

    Malformed rows are counted and listed by line; a file that cannot be read is
    reported and the others still load; a file with the same bytes is loaded once.

    Example: detente ingest 20160728.export.CSV.zip events.tab --db detente.duckdb
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not a format; choose one of {', '.join(FORMATS)}")
    with library_errors():
        column_mapping = _mapping(mapping, date_format)
        if column_mapping is None and fmt == "events-csv":
            raise InputError("--format events-csv needs --map field=Column,... (or a YAML file)")
        country_list = [c for c in (countries or "").split(",") if c.strip()]
        progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err_console,
        )
        with Store(db) as store, progress:
            task = progress.add_task("", total=len(paths))
            report = ingest(
                store,
                paths,
                fmt,
                root_only=root_only,
                dedupe=dedupe,
                countries=country_list or None,
                mapping=column_mapping,
                progress=lambda path, done, total: progress.update(
                    task, completed=done, description=path.name
                ),
            )
    console.print(_summary(report))
    for f in report.files:
        if f.layouts:
            layouts = ", ".join(
                f"{count} rows of {fields} fields" for fields, count in f.layouts.items()
            )
            console.print(f"{f.path}: {layouts}", highlight=False, soft_wrap=True)
        for problem in f.malformed:
            console.print(
                f"{f.path}:{problem.line}: {problem.reason}", highlight=False, soft_wrap=True
            )
        if f.rows_malformed > len(f.malformed):
            console.print(
                f"{f.path}: … and {f.rows_malformed - len(f.malformed)} more malformed lines"
            )
        for note in f.notes:
            console.print(f"{f.path}: {note}", highlight=False, soft_wrap=True)
    if not report.processed or (strict and report.failed):
        raise typer.Exit(1)


@fetch_app.command("gdelt")
def fetch_gdelt_command(
    start: Annotated[str, typer.Option("--from", help="First day (YYYY-MM-DD).")],
    end: Annotated[str, typer.Option("--to", help="Last day (YYYY-MM-DD).")],
    version: Annotated[int, typer.Option(help="GDELT 1 (daily files) or 2 (15-minute).")] = 2,
    countries: Annotated[
        str | None, typer.Option(help="Keep only rows involving these ISO-3 codes: PAK,USA.")
    ] = None,
    dest: Annotated[Path, typer.Option(help="Folder for the downloaded files.")] = Path("gdelt"),
    base_url: Annotated[
        str | None, typer.Option(help="Where GDELT's files and lists are (a mirror).")
    ] = None,
    workers: Annotated[int, typer.Option(help="Parallel downloads.")] = 4,
) -> None:
    """Download GDELT event exports for a date range, resume, verify MD5, filter by country.

    Example: detente fetch gdelt --from 2016-07-28 --to 2016-07-29 --countries PAK,USA,IND
    """
    first, last = parse_date_option(start, "--from"), parse_date_option(end, "--to")
    country_list = [c for c in (countries or "").split(",") if c.strip()] or None
    with library_errors():
        progress = Progress(
            TextColumn("[bold]fetch"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TextColumn("{task.description}"),
            console=err_console,
        )
        received: dict[str, int] = {}
        with progress:
            task = progress.add_task("", total=None)

            def on_progress(name: str, done: int, _expected: int) -> None:
                received[name] = done
                progress.update(task, completed=sum(received.values()), description=name)

            report = fetch_gdelt(
                first,
                last,
                version=version,
                countries=country_list,
                dest=dest,
                base_url=base_url,
                workers=workers,
                progress=on_progress,
            )
    table = Table(title=f"GDELT {version} files {first} – {last}")
    for column in ("file", "status", "rows kept", "detail"):
        table.add_column(column)
    for f in report.files:
        kept = "" if f.rows_kept is None else f"{f.rows_kept} of {f.rows_read}"
        table.add_row(Path(f.path or f.url).name, f.status, kept, f.error or "")
    console.print(table)
    if not report.files:
        err_console.print("no GDELT export in that date range")
    elif report.paths:
        console.print(f"ingest them with: detente ingest {dest}/* --db {DEFAULT_DB}")
    if report.failed and not report.paths:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add ``ingest`` and ``fetch`` to the app."""
    app.command("ingest")(ingest_command)
    app.add_typer(fetch_app, name="fetch")
