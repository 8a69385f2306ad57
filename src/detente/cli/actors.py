"""``detente actors``: look up who a phrase names, list actor mentions, import people."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from detente.actors import ActorKB, Resolution, default_kb, import_csv, import_wikidata
from detente.cli._common import err_console, library_errors, parse_date_option, print_records

RESOLUTION_COLUMNS = (
    "text",
    "actor_id",
    "name",
    "country",
    "sector",
    "role",
    "valid_from",
    "valid_to",
    "match",
)

actors_app = typer.Typer(
    help="Who a name, title, capital or group stands for, on a date.\n\n"
    'Example: detente actors resolve "Mike Pompeo" --date 2017-12-15',
    no_args_is_help=True,
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


class ImportFormat(StrEnum):
    csv = "csv"
    wikidata = "wikidata"


def _kb(overlays: list[Path] | None) -> ActorKB:
    return ActorKB.load(overlays) if overlays else default_kb()


def _record(resolution: Resolution) -> dict[str, object]:
    data = resolution.to_dict()
    return {column: data[column] for column in RESOLUTION_COLUMNS}


OverlayOption = typer.Option(
    None,
    "--overlay",
    help="Folder of extra or overriding actor tables (repeatable); "
    "DETENTE_ACTOR_OVERLAY is used when none is given.",
)


@actors_app.command("resolve")
def resolve_command(
    text: str = typer.Argument(..., help="The phrase to look up."),
    date: str | None = typer.Option(None, "--date", help="Date the phrase refers to (YYYY-MM-DD)."),
    country_context: str | None = typer.Option(
        None, "--country-context", help="ISO-3 code of the country the text is about."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json."),
    overlay: list[Path] | None = OverlayOption,
) -> None:
    """Say which actor a phrase names on a date.

    Example: detente actors resolve "Prime Minister" --date 2018-09-10 --country-context PAK
    """
    day = parse_date_option(date)
    with library_errors():
        found = _kb(overlay).resolve(
            text, day, country_context.upper() if country_context else None
        )
    if found is None:
        err_console.print(
            f"no actor matched {text!r}; check the spelling, or add it to an overlay "
            "(see `detente actors import --help`)",
            highlight=False,
        )
        raise typer.Exit(1)
    if fmt is OutputFormat.json:
        data = _record(found)
        if found.candidates:
            data["candidates"] = [_record(c) for c in found.candidates]
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    print_records([_record(found)], "table", title="actor", columns=RESOLUTION_COLUMNS)
    if found.candidates:
        err_console.print(
            f"{text!r} is ambiguous: give --date and --country-context to pick one of these",
            highlight=False,
        )
        print_records(
            [_record(c) for c in found.candidates],
            "table",
            title="candidates",
            columns=RESOLUTION_COLUMNS,
        )


@actors_app.command("mentions")
def mentions_command(
    text: str = typer.Argument(..., help="The text to scan; '-' reads standard input."),
    date: str | None = typer.Option(None, "--date", help="Date of the text (YYYY-MM-DD)."),
    country_context: str | None = typer.Option(
        None, "--country-context", help="ISO-3 code of the country the text is about."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json."),
    overlay: list[Path] | None = OverlayOption,
) -> None:
    """List every actor a text names, with character offsets.

    Example: detente actors mentions "FM Qureshi met Pompeo in Islamabad." --date 2018-09-05
    """
    day = parse_date_option(date)
    body = sys.stdin.read() if text == "-" else text
    with library_errors():
        found = _kb(overlay).find_mentions(
            body, day, country_context.upper() if country_context else None
        )
    records = [
        {"start": m.start, "end": m.end, "kind": m.kind, **_record(m.resolution)} for m in found
    ]
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(records, indent=2) + "\n")
        return
    print_records(
        records,
        "table",
        title="mentions",
        columns=("start", "end", "kind", *RESOLUTION_COLUMNS),
    )


@actors_app.command("import")
def import_command(
    file: Path = typer.Argument(..., help="CSV of office spells, or a Wikidata JSON entity file."),
    fmt: ImportFormat = typer.Option(ImportFormat.csv, "--format", help="csv or wikidata."),
    out: Path = typer.Option(..., "--out", help="Overlay folder to write people.csv/roles.csv to."),
    overlay: list[Path] | None = typer.Option(
        None,
        "--overlay",
        help="Folders with extra wikidata_positions.csv / wikidata_countries.csv tables.",
    ),
) -> None:
    """Turn a list of people and offices into an actor overlay folder.

    CSV columns: person_id (optional), name, aliases (a|b), country (ISO-3), role,
    title, sector (optional), valid_from, valid_to (YYYY-MM-DD).

    Example: detente actors import ministers.csv --format csv --out my_actors/
    Example: detente actors import entities.json --format wikidata --out my_actors/
    """
    with library_errors():
        if fmt is ImportFormat.csv:
            report = import_csv(file, out)
        else:
            report = import_wikidata(file, out, overlay or ())
    print(f"wrote {report.people} people and {report.roles} office spells to {out}")
    for reason in report.skipped:
        err_console.print(f"skipped {reason}", highlight=False)
    print(f"use it with --overlay {out} or DETENTE_ACTOR_OVERLAY={out}")


def register(app: typer.Typer) -> None:
    """Add the ``actors`` sub-commands to the app."""
    app.add_typer(actors_app, name="actors")
