"""SQL building blocks shared by the readers: quoting, DuckDB's CSV scan, common checks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from detente._sql_text import literal, map_literal
from detente.sources._tables import (
    cameo_to_iso3,
    country_names,
    icews_sectors,
    sector_codes,
    sql_list,
)

#: Fields that were absent from a short row come back as NULL; empty fields as ''.
#: DuckDB only tells them apart when its null string is one no file contains.
PADDING_NULL = "\x01"

REJECTS_TABLE = "_detente_reject_errors"
REJECTS_SCAN = "_detente_reject_scans"

#: A CAMEO event code: a root 01–20 and up to two more digits, leading zeros kept.
CAMEO_CODE_PATTERN = "(0[1-9]|1[0-9]|20)[0-9]{0,2}"


def ident(name: str) -> str:
    """A quoted SQL identifier (column names of external files have spaces)."""
    return '"' + name.replace('"', '""') + '"'


def nz(expression: str) -> str:
    """The expression with empty strings turned into NULL."""
    return f"NULLIF({expression}, '')"


def read_tsv(path: Path, columns: Sequence[str], *, skip: int = 0) -> str:
    """DuckDB's own parallel CSV scan of a tab-separated file, every field as text.

    No quoting (GDELT, ICEWS and POLECAT fields may contain quote characters),
    short rows padded with NULL so their layout can be judged per row, and rows
    DuckDB cannot split (too many fields, bad UTF-8) collected with their line
    numbers in the rejects table instead of failing the file.
    """
    spec = ", ".join(f"{literal(c)}: 'VARCHAR'" for c in columns)
    return (
        f"read_csv({literal(str(path))}, auto_detect=false, header=false, skip={skip}, "
        f"delim='\\t', quote='', escape='', comment='', columns={{{spec}}}, "
        f"null_padding=true, nullstr={literal(PADDING_NULL)}, "
        f"store_rejects=true, rejects_table={literal(REJECTS_TABLE)}, "
        f"rejects_scan={literal(REJECTS_SCAN)})"
    )


def quoted_value(expression: str) -> str:
    """SQL that shows a field's value in a problem message, cut to a readable length."""
    return f"'''' || left(coalesce({expression}, ''), 40) || ''''"


def whole_number_problem(columns: Sequence[str], table: str = "raw") -> str:
    """CASE branches naming the first non-empty column that is not a whole number."""
    checks = [
        f"WHEN {table}.{ident(c)} <> '' AND try_cast({table}.{ident(c)} AS BIGINT) IS NULL "
        f"THEN '{c} ' || {quoted_value(f'{table}.{ident(c)}')} || ' is not a whole number'"
        for c in columns
    ]
    return "\n".join(checks)


def quad_from_root(root: str) -> str:
    """SQL for the quad class of a two-digit CAMEO root (see docs/architecture.md)."""
    return (
        f"CASE WHEN {root} BETWEEN '01' AND '05' THEN 1 WHEN {root} BETWEEN '06' AND '08' "
        f"THEN 2 WHEN {root} BETWEEN '09' AND '13' THEN 3 WHEN {root} BETWEEN '14' AND '20' "
        "THEN 4 END"
    )


class StagePlan:
    """How one plain file becomes rows of the staging table.

    ``select`` yields the stage columns (event columns, detail columns, and
    ``problem`` / ``skip_reason`` / ``note``); ``source`` is the FROM clause, with the
    file's scan aliased ``raw``. ``derived`` holds the event and detail columns that are
    constants or cheap functions of stage columns (``origin``, ``cameo_root``, ...): the
    inserts compute them, so the stage does not store them, and ``file_id`` is added by
    the inserts too, so the scan need not wait for the file's hash. Flagged rows are
    traced back to their lines either by their text (``raw_columns``: the scanned
    columns, which rebuild a tab-separated line exactly) or, for quoted CSV, by a
    ``row_ordinal`` column in file order after ``header_lines`` lines.
    """

    __slots__ = ("derived", "header_lines", "raw_columns", "select", "source")

    def __init__(
        self,
        select: str,
        source: str,
        *,
        derived: Mapping[str, str],
        raw_columns: Sequence[str] | None = None,
        header_lines: int = 0,
    ) -> None:
        self.select = select
        self.source = source
        self.derived = dict(derived)
        self.raw_columns = tuple(raw_columns) if raw_columns is not None else None
        self.header_lines = header_lines


def external_constants(origin: str) -> dict[str, str]:
    """Derived columns every external file has alike: its origin, modality and CAMEO root."""
    return {
        "origin": literal(origin),
        "date_precision": "'day'",
        "negated": "false",
        "hypothetical": "false",
        "future": "false",
        "cameo_root": "left(cameo, 2)",
    }


def is_one_of(values: Iterable[str], expression: str) -> str:
    """SQL that is true when the expression is one of a fixed set of strings.

    A cast to an anonymous ENUM is one hash probe per row, where ``list_contains``
    or ``IN`` over a constant list compare against every entry. GDELT's actor fields
    take eight such tests per row; as ENUM casts, its row expressions cost a quarter less.
    Empty fields (a third of GDELT's actor country codes) skip the cast: a failed cast
    costs twice a successful one.
    """
    return (
        f"try_cast(NULLIF({expression}, '') AS ENUM({sql_list(sorted(set(values)))})) IS NOT NULL"
    )


def cameo_country(code: str) -> str:
    """SQL for the ISO-3 code of a CAMEO country code; NULL for regions and non-states."""
    table = cameo_to_iso3()
    renamed = " ".join(
        f"WHEN {literal(cameo)} THEN {literal(iso)}" for cameo, iso in table.items() if cameo != iso
    )
    return f"CASE WHEN {is_one_of(table, code)} THEN CASE {code} {renamed} ELSE {code} END END"


def known_sector(code: str) -> str:
    """SQL for a CAMEO sector code when it is one detente knows, else NULL."""
    return f"CASE WHEN {is_one_of(sector_codes(), code)} THEN {code} END"


def first_sector(sector_list: str) -> str:
    """SQL for the CAMEO sector of the first known name in a comma-separated sector list."""
    names = map_literal(icews_sectors() | {c.lower(): c for c in sector_codes()})
    return (
        f"list_filter(list_transform(string_split({sector_list}, ','), "
        f"s -> {names}[lower(trim(s))]), s -> s IS NOT NULL)[1]"
    )


def country_lookup(value: str) -> str:
    """SQL for the ISO-3 code of a field holding an ISO-3 code or a country name."""
    code = f"upper(trim({value}))"
    return (
        f"coalesce(CASE WHEN {is_one_of(cameo_to_iso3().values(), code)} THEN {code} END, "
        f"{map_literal(country_names())}[lower(trim({value}))])"
    )


def unknown_country_note(value: str) -> str:
    """SQL for a note when a non-empty country field matched no known state."""
    return (
        f"CASE WHEN {nz(value)} IS NOT NULL AND {country_lookup(value)} IS NULL "
        f"AND lower(trim({value})) NOT IN ('none', 'null', 'n/a') "
        f"THEN 'country ' || {quoted_value(value)} || ' not in countries.csv or "
        f"country_names.csv (left empty)' END"
    )
