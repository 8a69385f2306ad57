"""Turning people lists into overlay files: from a plain CSV or a Wikidata entity dump.

Both write ``people.csv`` and ``roles.csv`` into an overlay folder (merged with
what the folder already holds, same key = replaced), ready for
``ActorKB.load([folder])`` or ``DETENTE_ACTOR_OVERLAY``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.actors._tables import ActorDataError, Row, load_table, split_list, write_table
from detente.actors._text import slug
from detente.actors.kb import ROLE_KEYS, SECTORS
from detente.errors import InputError

#: Columns of the CSV that ``import_csv`` reads: one row per office spell.
IMPORT_CSV_COLUMNS: tuple[str, ...] = (
    "person_id",
    "name",
    "aliases",
    "country",
    "role",
    "title",
    "sector",
    "valid_from",
    "valid_to",
)
_REQUIRED_CSV = ("name", "country", "role", "valid_from")
_DEFAULT_SECTOR = {"army_chief": "MIL", "intelligence_chief": "SPY"}


@dataclass(slots=True)
class ImportReport:
    """What an import wrote and what it had to leave out, and why."""

    people: int = 0
    roles: int = 0
    skipped: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def _merge_into(folder: Path, people: list[Row], roles: list[Row], report: ImportReport) -> None:
    """Write the new rows over the folder's existing overlay files."""
    existing_people = _read_overlay(folder / "people.csv")
    existing_roles = _read_overlay(folder / "roles.csv")
    people_by_id = {r["person_id"]: r for r in existing_people}
    for row in people:
        people_by_id[row["person_id"]] = row
    role_key = ("person_id", "country", "role", "valid_from")
    roles_by_key = {tuple(r.get(k, "") for k in role_key): r for r in existing_roles}
    for row in roles:
        roles_by_key[tuple(row[k] for k in role_key)] = row
    report.people, report.roles = len(people), len(roles)
    report.files = [
        write_table("people", list(people_by_id.values()), folder),
        write_table("roles", list(roles_by_key.values()), folder),
    ]


def _read_overlay(path: Path) -> list[Row]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{k: (v or "") for k, v in row.items() if k} for row in csv.DictReader(handle)]


def _check_date(value: str, where: str) -> str:
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise InputError(f"{where}: {value!r} is not a date; write it as YYYY-MM-DD") from exc


def import_csv(path: Path, out: Path) -> ImportReport:
    """Read one office spell per row (columns :data:`IMPORT_CSV_COLUMNS`) into an overlay.

    ``person_id`` may be left empty (it is made from the name); rows of one person
    share their aliases; ``sector`` defaults by role (MIL for army chiefs, SPY for
    intelligence chiefs, GOV otherwise).
    """
    if not path.is_file():
        raise InputError(f"no file at {path}; give the CSV of people and offices to import")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _REQUIRED_CSV if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(
                f"{path} lacks the column(s) {', '.join(missing)}; the import CSV has the columns "
                f"{', '.join(IMPORT_CSV_COLUMNS)}"
            )
        raw_rows = list(reader)
    people: dict[str, Row] = {}
    roles: list[Row] = []
    report = ImportReport()
    for line_no, raw in enumerate(raw_rows, start=2):
        row = {k: (raw.get(k) or "").strip() for k in IMPORT_CSV_COLUMNS}
        where = f"{path} line {line_no}"
        if not row["name"]:
            report.skipped.append(f"{where}: no name")
            continue
        if row["role"] not in ROLE_KEYS:
            raise InputError(
                f"{where}: unknown role {row['role']!r}; use one of {', '.join(ROLE_KEYS)}"
            )
        sector = row["sector"] or _DEFAULT_SECTOR.get(row["role"], "GOV")
        if sector not in SECTORS:
            raise InputError(
                f"{where}: unknown sector {sector!r}; use one of {', '.join(sorted(SECTORS))}"
            )
        person_id = row["person_id"] or slug(row["name"])
        person = people.setdefault(
            person_id, {"person_id": person_id, "name": row["name"], "aliases": ""}
        )
        aliases = split_list(person["aliases"]) + split_list(row["aliases"])
        person["aliases"] = "|".join(dict.fromkeys(aliases))
        roles.append(
            {
                "person_id": person_id,
                "country": row["country"].upper(),
                "role": row["role"],
                "title": row["title"],
                "sector": sector,
                "valid_from": _check_date(row["valid_from"], where),
                "valid_to": _check_date(row["valid_to"], where),
            }
        )
    _merge_into(out, list(people.values()), roles, report)
    return report


def _entities(path: Path) -> Iterator[dict[str, Any]]:
    """Entities from a ``wbgetentities`` answer, a JSON array dump or JSON lines."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if isinstance(data, dict):
        if isinstance(data.get("entities"), dict):
            yield from data["entities"].values()
        else:
            yield data
        return
    if isinstance(data, list):
        yield from data
        return
    for line_no, line in enumerate(text.splitlines(), start=1):
        line = line.strip().rstrip(",")
        if line in ("", "[", "]"):
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path} line {line_no} is not a JSON entity ({exc.msg}); give a Wikidata "
                "wbgetentities answer, a JSON dump or one entity per line"
            ) from exc


def _snak_id(snak: dict[str, Any]) -> str | None:
    value = (snak.get("datavalue") or {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


def _snak_date(snaks: Sequence[dict[str, Any]]) -> str:
    """A Wikidata time value as an ISO date; month or year precision gives the 1st."""
    for snak in snaks:
        value = (snak.get("datavalue") or {}).get("value")
        if not isinstance(value, dict) or "time" not in value:
            continue
        year, month, day = value["time"].lstrip("+").split("T")[0].split("-")
        precision = int(value.get("precision", 11))
        month = month if precision >= 10 and month != "00" else "01"
        day = day if precision >= 11 and day != "00" else "01"
        return f"{int(year):04d}-{month}-{day}"
    return ""


def import_wikidata(path: Path, out: Path, overlays: Sequence[Path] = ()) -> ImportReport:
    """Read Wikidata person entities into an overlay.

    Each P39 (position held) claim whose position is in ``wikidata_positions.csv``
    becomes a role spell, dated by its P580 (start) and P582 (end) qualifiers. A
    position without a fixed country takes it from the person's P27 (citizenship)
    via ``wikidata_countries.csv``. Both tables can be extended by overlays.
    Positions the tables do not know, spells without a start and deprecated claims
    are listed in the report's ``skipped``.
    """
    if not path.is_file():
        raise InputError(f"no file at {path}; give a Wikidata JSON entity file to import")
    positions = {r["qid"]: r for r in load_table("wikidata_positions", overlays)}
    countries = {r["qid"]: r["iso3"] for r in load_table("wikidata_countries", overlays)}
    report = ImportReport()
    people: list[Row] = []
    roles: list[Row] = []
    for entity in _entities(path):
        qid = entity.get("id", "?")
        label = ((entity.get("labels") or {}).get("en") or {}).get("value")
        if not label:
            report.skipped.append(f"{qid}: no English label")
            continue
        claims = entity.get("claims") or {}
        citizenship = [
            countries[c]
            for c in (_snak_id(claim.get("mainsnak", {})) for claim in claims.get("P27", []))
            if c in countries
        ]
        person_id = slug(label)
        spells = []
        for claim in claims.get("P39", []):
            position = _snak_id(claim.get("mainsnak", {}))
            if claim.get("rank") == "deprecated" or position is None:
                continue
            known = positions.get(position)
            if known is None:
                report.skipped.append(f"{qid} {label}: position {position} is not in the table")
                continue
            qualifiers = claim.get("qualifiers") or {}
            start = _snak_date(qualifiers.get("P580", []))
            country = known["country"] or (citizenship[0] if citizenship else "")
            if not start or not country:
                why = "no start date (P580)" if not start else "no country (P27 unknown)"
                report.skipped.append(f"{qid} {label}: {position} has {why}")
                continue
            spells.append(
                {
                    "person_id": person_id,
                    "country": country,
                    "role": known["role"],
                    "title": known["title"] or known["label"],
                    "sector": known["sector"],
                    "valid_from": start,
                    "valid_to": _snak_date(qualifiers.get("P582", [])),
                }
            )
        if not spells:
            report.skipped.append(f"{qid} {label}: no position held that detente tracks")
            continue
        aliases = [a.get("value", "") for a in (entity.get("aliases") or {}).get("en", [])]
        people.append(
            {"person_id": person_id, "name": label, "aliases": "|".join(a for a in aliases if a)}
        )
        roles.extend(spells)
    if not people and not report.skipped:
        raise ActorDataError(f"{path} holds no Wikidata entities")
    _merge_into(out, people, roles, report)
    return report
