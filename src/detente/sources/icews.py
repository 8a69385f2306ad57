"""ICEWS yearly event files: 20 tab-separated columns under a header line.

Countries are names ("Russian Federation") mapped to ISO-3 through the reviewed
tables; sectors are lists of ICEWS sector names, of which the first one that
maps onto a CAMEO sector wins; ``Intensity`` is ICEWS's Goldstein-scale score.
"""

from __future__ import annotations

from pathlib import Path

from detente.errors import FormatError
from detente.sources._files import first_lines
from detente.sources._sql import (
    CAMEO_CODE_PATTERN,
    StagePlan,
    country_lookup,
    external_constants,
    first_sector,
    ident,
    nz,
    quad_from_root,
    quoted_value,
    read_tsv,
    unknown_country_note,
)
from detente.sources._tables import column_names

ICEWS_COLUMNS = column_names("icews_columns.txt")


def looks_like(first_line: str) -> bool:
    """True for the header line of an ICEWS file."""
    fields = first_line.lstrip("\ufeff").split("\t")
    return fields[:2] == list(ICEWS_COLUMNS[:2]) and "CAMEO Code" in fields


def _col(name: str) -> str:
    return f"raw.{ident(name)}"


def plan(path: Path) -> StagePlan:
    """The staging query for an ICEWS ``.tab`` file."""
    header = first_lines(path, 1)[0].lstrip("\ufeff").split("\t")
    if header != list(ICEWS_COLUMNS):
        missing = [c for c in ICEWS_COLUMNS if c not in header]
        raise FormatError(
            f"{path} has an ICEWS-like header but not the 20 ICEWS columns in order"
            + (f" (missing: {', '.join(missing)})" if missing else "")
            + "; convert it to the published layout or load it as events-csv with --map"
        )
    source_country = country_lookup(_col("Source Country"))
    target_country = country_lookup(_col("Target Country"))
    code = _col("CAMEO Code")
    root = f"left({code}, 2)"
    event_id = f"'icews:' || {_col('Event ID')}"
    problem = f"""CASE
        WHEN {_col("Longitude")} IS NULL THEN 'fewer than 20 fields'
        WHEN {nz(_col("Event ID"))} IS NULL THEN 'no Event ID'
        WHEN try_cast({_col("Event Date")} AS DATE) IS NULL
            THEN 'Event Date ' || {quoted_value(_col("Event Date"))} || ' is not a YYYY-MM-DD date'
        WHEN NOT regexp_full_match({code}, '{CAMEO_CODE_PATTERN}')
            THEN 'invalid CAMEO Code ' || {quoted_value(code)}
        WHEN {_col("Intensity")} <> '' AND try_cast({_col("Intensity")} AS DOUBLE) IS NULL
            THEN 'Intensity ' || {quoted_value(_col("Intensity"))} || ' is not a number'
    END"""
    select = f"""
        {event_id} AS event_id,
        coalesce({nz(_col("Story ID"))}, {event_id}) AS doc_id,
        try_cast({_col("Event Date")} AS DATE) AS date,
        {nz(_col("Source Name"))} AS source_text,
        {source_country} AS source_country,
        {first_sector(_col("Source Sectors"))} AS source_sector,
        {nz(_col("Target Name"))} AS target_text,
        {target_country} AS target_country,
        {first_sector(_col("Target Sectors"))} AS target_sector,
        {code} AS cameo,
        {quad_from_root(root)} AS quad,
        try_cast({_col("Intensity")} AS DOUBLE) AS goldstein,
        20 AS source_columns,
        try_cast({_col("Sentence Number")} AS INTEGER) AS sentence_number,
        {nz(_col("Publisher"))} AS publisher,
        try_cast({_col("Intensity")} AS DOUBLE) AS intensity,
        concat_ws(', ', {nz(_col("City"))}, {nz(_col("District"))}, {nz(_col("Province"))},
                  {nz(_col("Country"))}) AS action_geo_name,
        {nz(_col("Country"))} AS action_geo_country,
        try_cast({_col("Latitude")} AS DOUBLE) AS action_geo_lat,
        try_cast({_col("Longitude")} AS DOUBLE) AS action_geo_long,
        {problem} AS problem,
        NULL::VARCHAR AS skip_reason,
        coalesce({unknown_country_note(_col("Source Country"))},
                 {unknown_country_note(_col("Target Country"))}) AS note"""
    source = f"{read_tsv(path, ICEWS_COLUMNS, skip=1)} AS raw"
    derived = external_constants("icews")
    return StagePlan(select, source, derived=derived, raw_columns=ICEWS_COLUMNS, header_lines=1)
