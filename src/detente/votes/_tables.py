"""The reviewed code tables of ``src/detente/data/votes/``, read once per process."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pyarrow as pa

#: Issue codes of the roll calls (Voeten's dummies, the ``short_name`` of ``unvotes``).
ISSUES: dict[str, str] = {
    "me": "Palestinian conflict",
    "nu": "Nuclear weapons and nuclear material",
    "di": "Arms control and disarmament",
    "hr": "Human rights",
    "co": "Colonialism",
    "ec": "Economic development",
}

#: A UN session opens in September of this year plus its number (session 74 → 2019).
SESSION_YEAR_OFFSET = 1945


@dataclass(frozen=True, slots=True)
class Succession:
    """A stored seat code read as another code from a UN year on (YUG → SRB from 2006)."""

    code: str
    successor: str
    from_year: int


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("detente").joinpath("data", "votes", name).read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def country_table() -> pa.Table:
    """Columns ``iso3, iso2, cow, unvotes_name`` (empty cells as nulls) for SQL joins."""
    rows = _read_csv("countries.csv")
    return pa.table(
        {
            "iso3": [r["iso3"] for r in rows],
            "iso2": [r["iso2"] or None for r in rows],
            "cow": pa.array([int(r["cow"]) if r["cow"] else None for r in rows], pa.int32()),
            "unvotes_name": [r["unvotes_name"] or None for r in rows],
        }
    )


@cache
def known_codes() -> frozenset[str]:
    """Every country code the vote tables can hold, including successors such as SRB."""
    codes = set(country_table().column("iso3").to_pylist())
    codes.update(s.successor for s in successions())
    return frozenset(codes)


@cache
def successions() -> tuple[Succession, ...]:
    """The seat codes that the measures read under a later code from a given year."""
    return tuple(
        Succession(r["code"], r["successor"], int(r["from_year"]))
        for r in _read_csv("successions.csv")
    )


def successions_sql() -> str:
    """The successions as an inline SQL ``VALUES`` list, so views need no registered table."""
    rows = ", ".join(f"('{s.code}', '{s.successor}', {s.from_year})" for s in successions())
    return f"(VALUES {rows}) AS s(code, successor, from_year)"
