"""Event tables of the user's own: CSV or Parquet, with a mapping from their columns to ours.

The mapping names, for each detente field, the column that holds it
(``--map date=EventDate,source_country=Src,target_country=Tgt,cameo=Code``) or
comes from a small YAML file::

    columns: {date: EventDate, source_country: Src, target_country: Tgt, cameo: Code}
    date_format: "%d/%m/%Y"   # optional; ISO dates need none
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import yaml

from detente._sql_text import literal
from detente.errors import FormatError, InputError
from detente.sources._sql import (
    CAMEO_CODE_PATTERN,
    PADDING_NULL,
    REJECTS_SCAN,
    REJECTS_TABLE,
    StagePlan,
    country_lookup,
    external_constants,
    ident,
    nz,
    quad_from_root,
    quoted_value,
    unknown_country_note,
)

#: detente fields a mapping may fill; the first three are required.
MAPPABLE_FIELDS: tuple[str, ...] = (
    "date",
    "source_country",
    "target_country",
    "event_id",
    "doc_id",
    "source_text",
    "target_text",
    "source_sector",
    "target_sector",
    "cameo",
    "quad",
    "goldstein",
    "plover_type",
    "num_mentions",
    "num_sources",
    "num_articles",
    "avg_tone",
    "source_url",
)
REQUIRED_FIELDS = ("date", "source_country", "target_country")


@dataclass(frozen=True)
class ColumnMapping:
    """Which column of the user's file holds each detente field."""

    columns: dict[str, str] = field(default_factory=dict)
    #: strptime format of the date column; None reads ISO dates (YYYY-MM-DD).
    date_format: str | None = None

    def __post_init__(self) -> None:
        unknown = sorted(set(self.columns) - set(MAPPABLE_FIELDS))
        if unknown:
            raise InputError(
                f"cannot map {', '.join(unknown)}: the fields a mapping can fill are "
                f"{', '.join(MAPPABLE_FIELDS)}"
            )
        missing = [f for f in REQUIRED_FIELDS if f not in self.columns]
        if missing:
            raise InputError(
                f"the column mapping needs {', '.join(missing)} "
                "(e.g. --map date=EventDate,source_country=Src,target_country=Tgt)"
            )

    @classmethod
    def parse(cls, spec: str, date_format: str | None = None) -> ColumnMapping:
        """Read ``field=Column,field=Column`` as given to ``--map``."""
        columns: dict[str, str] = {}
        for part in spec.split(","):
            if not part.strip():
                continue
            name, sep, column = part.partition("=")
            if not sep or not name.strip() or not column.strip():
                raise InputError(f"--map item {part!r} is not of the form field=Column")
            columns[name.strip()] = column.strip()
        return cls(columns, date_format)

    @classmethod
    def from_yaml(cls, path: Path) -> ColumnMapping:
        """Read a mapping file with ``columns:`` and an optional ``date_format:``."""
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise InputError(f"cannot read the mapping file {path}: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
            raise InputError(f"{path} must hold a `columns:` mapping of field: Column")
        unknown = sorted(set(data) - {"columns", "date_format"})
        if unknown:
            raise InputError(
                f"{path}: unknown keys {', '.join(unknown)} (use columns, date_format)"
            )
        columns = {str(k): str(v) for k, v in data["columns"].items()}
        return cls(columns, data.get("date_format"))


def _read(path: Path, *, collect_rejects: bool = True) -> tuple[str, int]:
    """The scan of the file and how many header lines precede its rows."""
    if path.suffix.lower() == ".parquet":
        return f"read_parquet({literal(str(path))})", 0
    rejects = (
        f", store_rejects=true, rejects_table={literal(REJECTS_TABLE)}, "
        f"rejects_scan={literal(REJECTS_SCAN)}"
        if collect_rejects
        else ""
    )
    options = f"header=true, all_varchar=true, nullstr={literal(PADDING_NULL)}{rejects}"
    return f"read_csv({literal(str(path))}, {options})", 1


def plan(path: Path, file_id: str, mapping: ColumnMapping, file_columns: list[str]) -> StagePlan:
    """The staging query for a CSV or Parquet file read through ``mapping``."""
    absent = sorted(c for c in mapping.columns.values() if c not in file_columns)
    if absent:
        raise FormatError(
            f"{path} has no column {', '.join(absent)}; its columns are {', '.join(file_columns)}"
        )
    reader, header_lines = _read(path)

    def col(name: str) -> str:
        column = mapping.columns.get(name)
        return f"CAST(raw.{ident(column)} AS VARCHAR)" if column else "NULL::VARCHAR"

    date = (
        f"try_strptime({col('date')}, {literal(mapping.date_format)})::DATE"
        if mapping.date_format
        else f"try_cast({col('date')} AS DATE)"
    )
    source_country = country_lookup(col("source_country"))
    target_country = country_lookup(col("target_country"))
    code = nz(col("cameo"))
    root = f"left({code}, 2)"
    quad = f"try_cast({col('quad')} AS TINYINT)"
    event_id = (
        f"'events-csv:' || {col('event_id')}"
        if "event_id" in mapping.columns
        else f"'events-csv:' || {literal(file_id[:12])} || ':' || raw.row_ordinal"
    )
    numbers = [f for f in ("goldstein", "avg_tone") if f in mapping.columns]
    counts = [
        f for f in ("quad", "num_mentions", "num_sources", "num_articles") if f in mapping.columns
    ]
    number_checks = (
        "\n".join(
            f"WHEN {nz(col(f))} IS NOT NULL AND try_cast({col(f)} AS DOUBLE) IS NULL "
            f"THEN '{f} ' || {quoted_value(col(f))} || ' is not a number'"
            for f in numbers
        )
        + "\n"
        + "\n".join(
            f"WHEN {nz(col(f))} IS NOT NULL AND try_cast({col(f)} AS INTEGER) IS NULL "
            f"THEN '{f} ' || {quoted_value(col(f))} || ' is not a whole number'"
            for f in counts
        )
    )
    expected = f"in the format {mapping.date_format}" if mapping.date_format else "(YYYY-MM-DD)"
    problem = f"""CASE
        WHEN {date} IS NULL
            THEN 'date ' || {quoted_value(col("date"))} || {literal(" is not a date " + expected)}
        WHEN {code} IS NOT NULL AND NOT regexp_full_match({code}, '{CAMEO_CODE_PATTERN}')
            THEN 'invalid CAMEO code ' || {quoted_value(code)}
        WHEN {quad} IS NOT NULL AND {quad} NOT BETWEEN 1 AND 4
            THEN 'quad ' || {quoted_value(col("quad"))} || ' is not 1-4'
        {number_checks}
    END"""
    url = nz(col("source_url"))
    select = f"""
        raw.row_ordinal AS row_ordinal,
        {event_id} AS event_id,
        coalesce({nz(col("doc_id"))}, md5({url}), {event_id}) AS doc_id,
        {date} AS date,
        {nz(col("source_text"))} AS source_text,
        {source_country} AS source_country,
        {nz(f"upper(trim({col('source_sector')}))")} AS source_sector,
        {nz(col("target_text"))} AS target_text,
        {target_country} AS target_country,
        {nz(f"upper(trim({col('target_sector')}))")} AS target_sector,
        {code} AS cameo,
        coalesce({quad}, {quad_from_root(root)}) AS quad,
        try_cast({col("goldstein")} AS DOUBLE) AS goldstein,
        {nz(f"upper(trim({col('plover_type')}))")} AS plover_type,
        try_cast({col("num_mentions")} AS INTEGER) AS num_mentions,
        try_cast({col("num_sources")} AS INTEGER) AS num_sources,
        try_cast({col("num_articles")} AS INTEGER) AS num_articles,
        try_cast({col("avg_tone")} AS DOUBLE) AS avg_tone,
        {url} AS source_url,
        {len(file_columns)} AS source_columns,
        {problem} AS problem,
        NULL::VARCHAR AS skip_reason,
        coalesce({unknown_country_note(col("source_country"))},
                 {unknown_country_note(col("target_country"))}) AS note"""
    source = f"(SELECT row_number() OVER () AS row_ordinal, * FROM {reader}) AS raw"
    derived = external_constants("events-csv")
    return StagePlan(select, source, derived=derived, header_lines=header_lines)


def file_columns(con: duckdb.DuckDBPyConnection, path: Path) -> list[str]:
    """The column names of a CSV or Parquet file, as DuckDB sees them."""
    reader, _ = _read(path, collect_rejects=False)
    return [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {reader}").fetchall()]
