"""``detente ontology``: look up what a CAMEO code or a PLOVER type means."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Any

import typer

from detente.cli._common import library_errors, print_records
from detente.ontology import (
    QUAD_NAMES,
    CameoCode,
    PloverType,
    cameo,
    cameo_codes,
    cameo_for_plover,
    plover_type,
    plover_types,
)


class ShowFormat(StrEnum):
    """Output formats of ``ontology show``."""

    table = "table"
    json = "json"


class ListFormat(StrEnum):
    """Output formats of ``ontology list``."""

    table = "table"
    json = "json"
    csv = "csv"


#: What the terminal table shows; JSON and CSV carry every column.
CODE_TABLE_COLUMNS = ("code", "name", "quad", "goldstein", "plover")
TYPE_TABLE_COLUMNS = ("name", "quad", "base_score", "modes", "description")


def _score(value: float) -> str:
    return f"{value:+.1f}"


ontology_app = typer.Typer(
    name="ontology",
    help="Look up CAMEO event codes and PLOVER event types.\n\n"
    "Example: detente ontology show SANCTION",
    no_args_is_help=True,
)


def _code_record(entry: CameoCode) -> dict[str, Any]:
    """A code with nested PLOVER fields, the shape of ``plover`` in event JSON."""
    plover = entry.plover
    return {
        "code": entry.code,
        "name": entry.name,
        "root": entry.root,
        "quad": entry.quad,
        "quad_name": QUAD_NAMES[entry.quad],
        "goldstein": entry.goldstein,
        "plover": (
            {"type": plover.type, "mode": plover.mode, "context": plover.context}
            if plover
            else None
        ),
    }


def _code_row(entry: CameoCode) -> dict[str, Any]:
    """A code as one flat row, with the PLOVER columns named as in the events table."""
    plover = entry.plover
    return {
        "code": entry.code,
        "name": entry.name,
        "root": entry.root,
        "quad": entry.quad,
        "goldstein": entry.goldstein,
        "plover_type": plover.type if plover else None,
        "plover_mode": plover.mode if plover else None,
        "plover_context": plover.context if plover else None,
    }


def _type_record(ptype: PloverType) -> dict[str, Any]:
    return {
        "name": ptype.name,
        "quad": ptype.quad,
        "quad_name": QUAD_NAMES[ptype.quad],
        "base_score": ptype.base_score,
        "modes": list(ptype.modes),
        "description": ptype.description,
    }


def _print_one(record: dict[str, Any], fmt: ShowFormat, title: str) -> None:
    if fmt is ShowFormat.json:
        sys.stdout.write(json.dumps(record, indent=2) + "\n")
        return
    rows = []
    for field, value in record.items():
        if isinstance(value, dict):
            value = " / ".join(str(v) for v in value.values() if v is not None)
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, float):
            value = _score(value)
        rows.append({"field": field, "value": value})
    print_records(rows, "table", title=title)


@ontology_app.command("show")
def show(
    code_or_type: str = typer.Argument(
        ..., metavar="CODE|TYPE", help="A CAMEO code (e.g. 1621) or a PLOVER type (e.g. SANCTION)."
    ),
    fmt: ShowFormat = typer.Option(ShowFormat.table, "--format", help="Output format."),
) -> None:
    """Show what a CAMEO code or a PLOVER type means.

    A code shows its name, root, QuadClass, Goldstein score and PLOVER reading; a
    type shows its QuadClass, base score, modes and the CAMEO codes mapped to it.

    Example: detente ontology show 1621 --format json
    """
    with library_errors():
        text = code_or_type.strip()
        if text.isalpha():
            ptype = plover_type(text)
            record = _type_record(ptype)
            record["cameo_codes"] = [c.code for c in cameo_for_plover(ptype.name)]
            _print_one(record, fmt, f"PLOVER {ptype.name}")
        else:
            entry = cameo(text)
            _print_one(_code_record(entry), fmt, f"CAMEO {entry.code}")


@ontology_app.command("list")
def list_(
    root: str | None = typer.Option(None, "--root", help="Only the codes of this root (01-20)."),
    plover: bool = typer.Option(
        False, "--plover", help="List the 16 PLOVER types instead of CAMEO codes."
    ),
    fmt: ListFormat = typer.Option(ListFormat.table, "--format", help="Output format."),
) -> None:
    """List CAMEO codes with their Goldstein score and PLOVER reading, or the PLOVER types.

    Example: detente ontology list --root 16 --format csv
    """
    with library_errors():
        if plover:
            if root is not None:
                raise typer.BadParameter("--root filters CAMEO codes; leave it out with --plover")
            records = [_type_record(t) for t in plover_types()]
            if fmt is not ListFormat.json:
                for record in records:
                    record["modes"] = " ".join(record["modes"])
            columns = TYPE_TABLE_COLUMNS if fmt is ListFormat.table else None
            print_records(
                records,
                fmt.value,
                title="PLOVER event types",
                columns=columns,
                number_format=_score,
            )
        else:
            rows = [_code_row(c) for c in cameo_codes(root)]
            columns = None
            if fmt is ListFormat.table:
                columns = CODE_TABLE_COLUMNS
                for row in rows:
                    parts = (row["plover_type"], row["plover_mode"], row["plover_context"])
                    row["plover"] = "/".join(p or "" for p in parts).rstrip("/")
            title = f"CAMEO root {rows[0]['root']}" if root is not None else "CAMEO codes"
            print_records(rows, fmt.value, title=title, columns=columns, number_format=_score)


def register(app: typer.Typer) -> None:
    """Add ``detente ontology show`` and ``detente ontology list`` to the app."""
    app.add_typer(ontology_app, name="ontology")
