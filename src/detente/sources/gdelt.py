"""GDELT 1.0 and 2.0 event exports: tab-separated, no header, one event per line.

GDELT 1.0 has two layouts that can sit in one file (the shared sample mixes
them): 57 fields in the historical backfile (no ``SOURCEURL``) and 58 in the
daily files. DuckDB reads every row with the 58 columns, pads short rows with
NULL, and each row's layout is decided by whether its 58th field exists at all.
GDELT 2.0 has 61 fields: an ``*_ADM2Code`` after each ``*_ADM1Code``.
"""

from __future__ import annotations

from pathlib import Path

from detente._sql_text import literal
from detente.sources._sql import (
    CAMEO_CODE_PATTERN,
    StagePlan,
    cameo_country,
    external_constants,
    ident,
    is_one_of,
    known_sector,
    nz,
    quad_from_root,
    quoted_value,
    read_tsv,
    whole_number_problem,
)
from detente.sources._tables import cameo_to_iso3, column_names, read_rows

GDELT1_COLUMNS = column_names("gdelt1_columns.txt")
GDELT2_COLUMNS = column_names("gdelt2_columns.txt")
#: Field counts that identify each layout when sniffing a file.
LAYOUT_FIELDS = {"gdelt1": (57, 58), "gdelt2": (61,)}


def _col(name: str) -> str:
    return f"raw.{ident(name)}"


def _actor_country(n: int) -> str:
    """ISO-3 of actor ``n``: its country code, else the country prefix of its full code.

    International organisations keep their CAMEO code (``IGOUNO``) as country.
    """
    code = _col(f"Actor{n}Code")
    return (
        f"coalesce({cameo_country(_col(f'Actor{n}CountryCode'))}, "
        f"{cameo_country(f'left({code}, 3)')}, "
        f"CASE WHEN {code} LIKE 'IGO%' AND length({code}) >= 6 THEN left({code}, 6) END)"
    )


def _actor_sector(n: int) -> str:
    """Sector of actor ``n``: its first type code, else the type part of its full code.

    The full code starts with a country or region when one is known (``PAKGOV``),
    and "POL" is both Poland and a party, so a prefix counts as a sector only when
    it is not a country or region code.
    """
    code = _col(f"Actor{n}Code")
    places = [*cameo_to_iso3(), *(r["cameo"] for r in read_rows("cameo_regions.csv"))]
    prefixed = is_one_of(places, f"left({code}, 3)")
    return (
        f"coalesce({nz(_col(f'Actor{n}Type1Code'))}, CASE WHEN {prefixed} "
        f"THEN {known_sector(f'substr({code}, 4, 3)')} ELSE {known_sector(f'left({code}, 3)')} END)"
    )


def plan(path: Path, version: int) -> StagePlan:
    """The staging query for a GDELT ``version`` (1 or 2) export at ``path``."""
    origin = f"gdelt{version}"
    columns = GDELT1_COLUMNS if version == 1 else GDELT2_COLUMNS
    event_code, root = _col("EventCode"), f"left({_col('EventCode')}, 2)"
    date_added = _col("DATEADDED")
    url = nz(_col("SOURCEURL"))
    if version == 1:
        # A row with a 58th field is a daily row; without one, historical (57 fields).
        fields = f"CASE WHEN {_col('SOURCEURL')} IS NULL THEN 57 ELSE 58 END"
        too_short = f"WHEN {date_added} IS NULL THEN 'fewer than 57 fields'"
        date_added_pattern = "[0-9]{8}([0-9]{6})?"
    else:
        fields = "61"
        too_short = f"WHEN {_col('SOURCEURL')} IS NULL THEN 'fewer than 61 fields'"
        date_added_pattern = "[0-9]{14}"
    problem = f"""CASE
        {too_short}
        WHEN try_cast({_col("GLOBALEVENTID")} AS BIGINT) IS NULL
            THEN 'GLOBALEVENTID ' || {quoted_value(_col("GLOBALEVENTID"))} || ' is not a number'
        WHEN try_strptime({_col("SQLDATE")}, '%Y%m%d') IS NULL
            THEN 'SQLDATE ' || {quoted_value(_col("SQLDATE"))} || ' is not a YYYYMMDD date'
        WHEN NOT regexp_full_match({event_code}, '{CAMEO_CODE_PATTERN}')
            THEN 'invalid CAMEO EventCode ' || {quoted_value(event_code)}
        WHEN NOT regexp_full_match({date_added}, '{date_added_pattern}')
            THEN 'DATEADDED ' || {quoted_value(date_added)}
                 || ' is not a date: the fields of this line are shifted'
        WHEN {_col("GoldsteinScale")} <> ''
             AND try_cast({_col("GoldsteinScale")} AS DOUBLE) IS NULL
            THEN 'GoldsteinScale ' || {quoted_value(_col("GoldsteinScale"))} || ' is not a number'
        {whole_number_problem(["NumMentions", "NumSources", "NumArticles"])}
    END"""
    quad = f"try_cast({_col('QuadClass')} AS TINYINT)"
    select = f"""
        {literal(origin)} || ':' || {_col("GLOBALEVENTID")} AS event_id,
        try_strptime({_col("SQLDATE")}, '%Y%m%d')::DATE AS date,
        {nz(_col("Actor1Name"))} AS source_text,
        {_actor_country(1)} AS source_country,
        {_actor_sector(1)} AS source_sector,
        {nz(_col("Actor2Name"))} AS target_text,
        {_actor_country(2)} AS target_country,
        {_actor_sector(2)} AS target_sector,
        {event_code} AS cameo,
        CASE WHEN {quad} BETWEEN 1 AND 4 THEN {quad} ELSE {quad_from_root(root)} END AS quad,
        try_cast({_col("GoldsteinScale")} AS DOUBLE) AS goldstein,
        try_cast({_col("NumMentions")} AS INTEGER) AS num_mentions,
        try_cast({_col("NumSources")} AS INTEGER) AS num_sources,
        try_cast({_col("NumArticles")} AS INTEGER) AS num_articles,
        try_cast({_col("AvgTone")} AS DOUBLE) AS avg_tone,
        {_col("IsRootEvent")} = '1' AS is_root,
        {url} AS source_url,
        {fields} AS source_columns,
        CASE length({date_added})
            WHEN 8 THEN try_strptime({date_added}, '%Y%m%d')
            WHEN 14 THEN try_strptime({date_added}, '%Y%m%d%H%M%S') END AS date_added,
        {nz(_col("Actor1Code"))} AS actor1_code,
        {nz(_col("Actor2Code"))} AS actor2_code,
        {nz(_col("EventBaseCode"))} AS event_base_code,
        try_cast({_col("ActionGeo_Type")} AS TINYINT) AS action_geo_type,
        {nz(_col("ActionGeo_FullName"))} AS action_geo_name,
        {nz(_col("ActionGeo_CountryCode"))} AS action_geo_fips,
        {nz(_col("ActionGeo_ADM1Code"))} AS action_geo_adm1,
        try_cast({_col("ActionGeo_Lat")} AS DOUBLE) AS action_geo_lat,
        try_cast({_col("ActionGeo_Long")} AS DOUBLE) AS action_geo_long,
        {problem} AS problem,
        NULL::VARCHAR AS skip_reason,
        NULL::VARCHAR AS note"""
    derived = {
        **external_constants(origin),
        "doc_id": "coalesce(md5(source_url), event_id)",
    }
    source = f"{read_tsv(path, columns)} AS raw"
    return StagePlan(select, source, derived=derived, raw_columns=columns)
