"""The reference tables of ``detente.sources``, loaded once per process.

The tables are data (``src/detente/data/sources/``), so fixing a country code is a
one-line change to a reviewed file, never a code change.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

_DATA = "detente.data.sources"


def read_text(name: str) -> str:
    """One reference file's text."""
    return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")


def read_rows(name: str) -> list[dict[str, str]]:
    """The rows of a reference CSV file, as dicts keyed by its header."""
    return list(csv.DictReader(io.StringIO(read_text(name))))


@cache
def column_names(name: str) -> tuple[str, ...]:
    """Column names of a fixed-layout format, one per line in ``name``."""
    return tuple(line.strip() for line in read_text(name).splitlines() if line.strip())


@cache
def sector_codes() -> tuple[str, ...]:
    """CAMEO actor type codes that detente accepts as a sector."""
    return tuple(r["code"] for r in read_rows("cameo_sectors.csv"))


@cache
def cameo_to_iso3() -> dict[str, str]:
    """CAMEO country code → ISO-3, for states only (regions are not countries)."""
    return {r["cameo"]: r["iso3"] for r in read_rows("countries.csv")}


@cache
def country_names() -> dict[str, str]:
    """Lower-cased country name (official short names and known variants) → ISO-3."""
    names = {r["name"].lower(): r["iso3"] for r in read_rows("countries.csv")}
    names.update({r["name"].lower(): r["iso3"] for r in read_rows("country_names.csv")})
    return names


@cache
def icews_sectors() -> dict[str, str]:
    """Lower-cased ICEWS sector name → CAMEO sector code."""
    return {r["icews_sector"].lower(): r["cameo_sector"] for r in read_rows("icews_sectors.csv")}


def sql_list(values: tuple[str, ...] | list[str]) -> str:
    """A SQL list literal of strings, for ``IN (...)`` tests against small code sets."""
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)
