"""POLECAT weekly event files: PLOVER-coded, tab-separated, under a header line.

Columns are found by header name (published weeks differ: ``Intensity`` or
``Event Intensity``, with or without ``Story ID``). Some weeks repeat the header
inside the file or carry extra tabs; repeated headers are skipped and reported,
and a row with more fields than the header is loaded when its fields up to the
header's width check out (the extra tabs sit in trailing free text), with a note.
PLOVER has no CAMEO code: ``cameo`` stays empty; ``quad`` and ``goldstein`` are the
quad class and base score of the PLOVER type in ``detente.ontology``.
"""

from __future__ import annotations

from pathlib import Path

from detente._sql_text import literal, map_literal
from detente.errors import FormatError
from detente.ontology import plover_types
from detente.sources._files import first_lines
from detente.sources._sql import (
    StagePlan,
    country_lookup,
    external_constants,
    first_sector,
    is_one_of,
    nz,
    quoted_value,
    read_tsv,
    unknown_country_note,
)
from detente.sources._tables import read_rows

#: Extra fields tolerated beyond the header before DuckDB rejects a row outright.
EXTRA_FIELDS = 16
REQUIRED = ("event_id", "date", "event_type")


def _header_names() -> dict[str, tuple[str, ...]]:
    return {
        r["field"]: tuple(r["header_names"].split("|")) for r in read_rows("polecat_columns.csv")
    }


def looks_like(first_line: str) -> bool:
    """True for the header line of a POLECAT file."""
    fields = set(first_line.lstrip("\ufeff").split("\t"))
    return {"Event ID", "Event Type", "Recipient Name"} <= fields


def plan(path: Path) -> StagePlan:
    """The staging query for a POLECAT weekly file."""
    header = first_lines(path, 1)[0].lstrip("\ufeff").split("\t")
    positions: dict[str, str] = {}
    for fieldname, names in _header_names().items():
        for name in names:
            if name in header:
                positions[fieldname] = f"raw.c{header.index(name)}"
                break
    missing = [f for f in REQUIRED if f not in positions]
    if missing:
        raise FormatError(
            f"{path} looks like POLECAT but its header has no column for "
            f"{', '.join(missing)} (expected names: "
            f"{'; '.join('/'.join(_header_names()[f]) for f in missing)})"
        )

    def col(fieldname: str) -> str:
        return positions.get(fieldname, "NULL::VARCHAR")

    width = len(header)
    raw_columns = [f"c{i}" for i in range(width + EXTRA_FIELDS)]
    source_country = country_lookup(col("actor_country"))
    target_country = country_lookup(col("recipient_country"))
    event_type = f"upper(trim({col('event_type')}))"
    event_id = f"'polecat:' || {col('event_id')}"
    date = f"try_cast(left({col('date')}, 10) AS DATE)"
    is_header = f"raw.c0 = {literal(header[0])} AND raw.c1 = {literal(header[1])}"
    extra = " OR ".join(f"raw.c{i} IS NOT NULL" for i in range(width, width + EXTRA_FIELDS))
    types = plover_types()
    known_type = is_one_of([t.name for t in types], event_type)
    quads = map_literal({t.name: str(t.quad) for t in types})
    scores = map_literal({t.name: t.base_score for t in types})
    extra_count = " + ".join(
        f"(raw.c{i} IS NOT NULL)::INTEGER" for i in range(width, width + EXTRA_FIELDS)
    )
    problem = f"""CASE
        WHEN raw.c{width - 1} IS NULL THEN 'fewer fields than the header''s {width}'
        WHEN {nz(col("event_id"))} IS NULL THEN 'no Event ID'
        WHEN {date} IS NULL
            THEN 'Event Date ' || {quoted_value(col("date"))} || ' is not a date'
        WHEN NOT {known_type}
            THEN 'unknown PLOVER event type ' || {quoted_value(col("event_type"))}
    END"""
    select = f"""
        {event_id} AS event_id,
        coalesce({nz(col("story_id"))}, {event_id}) AS doc_id,
        {date} AS date,
        {nz(col("actor_name"))} AS source_text,
        {source_country} AS source_country,
        {first_sector(col("actor_sector"))} AS source_sector,
        {nz(col("recipient_name"))} AS target_text,
        {target_country} AS target_country,
        {first_sector(col("recipient_sector"))} AS target_sector,
        NULL::VARCHAR AS cameo,
        {quads}[{event_type}]::TINYINT AS quad,
        {scores}[{event_type}] AS goldstein,
        CASE WHEN {known_type}
            THEN {event_type} END AS plover_type,
        {nz(f"lower(trim({col('event_mode')}))")} AS plover_mode,
        {nz(col("contexts"))} AS plover_context,
        {width} + {extra_count} AS source_columns,
        {nz(col("publisher"))} AS publisher,
        try_cast({col("intensity")} AS DOUBLE) AS intensity,
        {nz(col("placename"))} AS action_geo_name,
        {nz(col("geo_country"))} AS action_geo_country,
        try_cast({col("latitude")} AS DOUBLE) AS action_geo_lat,
        try_cast({col("longitude")} AS DOUBLE) AS action_geo_long,
        CASE WHEN {is_header} THEN NULL ELSE {problem} END AS problem,
        CASE WHEN {is_header} THEN 'repeated header line, skipped' END AS skip_reason,
        CASE WHEN {extra}
            THEN 'line with more tab-separated fields than the header (extra tabs), loaded'
            ELSE coalesce({unknown_country_note(col("actor_country"))},
                          {unknown_country_note(col("recipient_country"))}) END AS note"""
    source = f"{read_tsv(path, raw_columns, skip=1)} AS raw "
    return StagePlan(
        select,
        source,
        derived=external_constants("polecat"),
        raw_columns=raw_columns,
        header_lines=1,
    )
