"""What every CLI module shares: the console, error translation and output formats."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from detente.errors import DetenteError, DyadError, InputError

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)

T = TypeVar("T")


def parse_date_option(value: str | None, option: str = "--date") -> dt.date | None:
    """A YYYY-MM-DD option value as a date, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{option} {value!r} is not a date; write YYYY-MM-DD") from exc


@contextmanager
def library_errors() -> Iterator[None]:
    """Turn detente's named errors into a one-line message and exit status.

    Bad user values (dyads, unreadable input) exit 2 like a usage error; every
    other library error exits 1.
    """
    try:
        yield
    except (DyadError, InputError) as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    except DetenteError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from exc


def print_records(
    records: Sequence[dict[str, Any]],
    fmt: str,
    *,
    title: str | None = None,
    columns: Sequence[str] | None = None,
    number_format: Callable[[float], str] = lambda v: f"{v:.3f}",
) -> None:
    """Print records as a rich table, JSON, JSON lines or CSV on stdout."""
    cols = list(columns or (records[0].keys() if records else []))
    if fmt == "json":
        sys.stdout.write(json.dumps(list(records), indent=2, default=str) + "\n")
    elif fmt == "jsonl":
        for record in records:
            sys.stdout.write(json.dumps(record, default=str) + "\n")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow(record)
        sys.stdout.write(buffer.getvalue())
    else:
        table = Table(title=title)
        for col in cols:
            table.add_column(col)
        for record in records:
            cells = []
            for col in cols:
                value = record.get(col)
                if isinstance(value, float):
                    cells.append(number_format(value))
                else:
                    cells.append("" if value is None else str(value))
            table.add_row(*cells)
        console.print(table)
