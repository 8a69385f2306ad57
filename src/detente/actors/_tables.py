"""Reading the knowledge-base tables: the shipped CSV files plus user overlays.

An overlay is a folder holding any of the same files, as CSV or as YAML (a list
of mappings with the same field names; list fields may be YAML lists). A row
whose key equals a shipped row replaces it; other rows are added.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from detente.errors import DetenteError

Row = dict[str, str]


class ActorDataError(DetenteError):
    """An actor table (shipped or overlay) is missing columns or holds a bad value."""

    code = "D310"


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One knowledge-base table: its file stem, key columns and required columns."""

    stem: str
    key: tuple[str, ...]
    columns: tuple[str, ...]
    required: tuple[str, ...]


TABLES: dict[str, TableSpec] = {
    spec.stem: spec
    for spec in (
        TableSpec(
            "countries",
            ("iso3",),
            ("iso3", "name", "status", "aliases", "demonyms", "prefixes", "metonyms"),
            ("iso3", "name"),
        ),
        TableSpec(
            "institutions",
            ("id",),
            ("id", "name", "country", "sector", "aliases", "contexts"),
            ("id", "name", "sector"),
        ),
        TableSpec(
            "groups",
            ("id",),
            ("id", "name", "country", "sector", "aliases", "governing"),
            ("id", "name", "sector"),
        ),
        TableSpec(
            "igos",
            ("id",),
            ("id", "code", "name", "aliases", "code_source"),
            ("id", "code", "name"),
        ),
        TableSpec(
            "titles",
            ("title", "contexts"),
            ("title", "role", "sector", "country", "contexts", "office", "prefix_only"),
            ("title",),
        ),
        TableSpec(
            "people", ("person_id",), ("person_id", "name", "aliases"), ("person_id", "name")
        ),
        TableSpec(
            "roles",
            ("person_id", "country", "role", "valid_from"),
            ("person_id", "country", "role", "title", "sector", "valid_from", "valid_to"),
            ("person_id", "country", "role", "valid_from"),
        ),
        TableSpec("places", ("name",), ("name", "country", "kind", "aliases"), ("name", "country")),
        TableSpec(
            "peoples", ("id",), ("id", "name", "country", "aliases"), ("id", "name", "country")
        ),
        TableSpec("not_actors", ("phrase",), ("phrase",), ("phrase",)),
        TableSpec(
            "wikidata_positions",
            ("qid",),
            ("qid", "label", "country", "role", "title", "sector"),
            ("qid", "role", "sector"),
        ),
        TableSpec("wikidata_countries", ("qid",), ("qid", "iso3", "label"), ("qid", "iso3")),
    )
}


def split_list(cell: str | None) -> list[str]:
    """The items of a ``|``-separated cell, blanks dropped."""
    return [item.strip() for item in (cell or "").split("|") if item.strip()]


def _normalise(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return str(value).strip()


def _parse_csv(text: str, origin: str, spec: TableSpec) -> list[Row]:
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in spec.required if c not in header]
    if missing:
        raise ActorDataError(
            f"{origin} lacks the column(s) {', '.join(missing)}; a {spec.stem} table needs "
            f"{', '.join(spec.columns)} (see src/detente/data/actors/README.md)"
        )
    rows = []
    for line_no, raw in enumerate(reader, start=2):
        if None in raw:
            raise ActorDataError(
                f"{origin} line {line_no} has more cells than the header; quote cells that "
                "contain commas"
            )
        rows.append(_checked({c: _normalise(raw.get(c)) for c in spec.columns}, spec, origin))
    return rows


def _parse_yaml(text: str, origin: str, spec: TableSpec) -> list[Row]:
    data = yaml.safe_load(text) or []
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ActorDataError(
            f"{origin} must hold a YAML list of mappings with the fields {', '.join(spec.columns)}"
        )
    return [
        _checked({c: _normalise(item.get(c)) for c in spec.columns}, spec, origin) for item in data
    ]


def _checked(row: Row, spec: TableSpec, origin: str) -> Row:
    empty = [c for c in spec.required if not row[c]]
    if empty:
        raise ActorDataError(
            f"{origin}: a row has no value for {', '.join(empty)} ({row}); fill it or drop the row"
        )
    return row


def _shipped(spec: TableSpec) -> list[Row]:
    resource = resources.files("detente.data").joinpath("actors", f"{spec.stem}.csv")
    if not resource.is_file():
        return []
    return _parse_csv(
        resource.read_text(encoding="utf-8"), f"detente/data/actors/{spec.stem}.csv", spec
    )


def _overlay_rows(folder: Path, spec: TableSpec) -> list[Row]:
    rows: list[Row] = []
    for suffix in (".csv", ".yaml", ".yml"):
        path = folder / f"{spec.stem}{suffix}"
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8-sig")
        parse = _parse_csv if suffix == ".csv" else _parse_yaml
        rows.extend(parse(text, str(path), spec))
    return rows


def load_table(stem: str, overlays: Sequence[Path] = ()) -> list[Row]:
    """The rows of one table: shipped rows, then each overlay's rows in order.

    A later row with the same key replaces an earlier one in place, so the order
    of the shipped file is kept and overrides stay where reviewers expect them.
    """
    spec = TABLES[stem]
    merged: dict[tuple[str, ...], Row] = {}
    for row in _shipped(spec):
        merged[tuple(row[k] for k in spec.key)] = row
    for folder in overlays:
        folder = Path(folder)
        if not folder.is_dir():
            raise ActorDataError(
                f"actor overlay folder {folder} does not exist; create it or drop it from "
                "--overlay / DETENTE_ACTOR_OVERLAY"
            )
        for row in _overlay_rows(folder, spec):
            merged[tuple(row[k] for k in spec.key)] = row
    return list(merged.values())


def write_table(stem: str, rows: Sequence[Row], folder: Path) -> Path:
    """Write rows as ``folder/<stem>.csv`` with the table's columns, for overlays."""
    spec = TABLES[stem]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(spec.columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in spec.columns})
    return path
