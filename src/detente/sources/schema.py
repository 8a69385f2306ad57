"""The store table for the fields of external event files that ``events`` has no column for.

GDELT's geography and DATEADDED, the raw CAMEO actor codes and ICEWS/POLECAT
places matter for checking evidence, but not to every measure, so they live
beside ``events`` in ``external_event_details``, one row per external event,
joined on ``event_id``.

The table itself is created by the store's migration ``0002_external_event_details``;
the column list here is what the readers fill, and a test checks the two agree.
"""

from __future__ import annotations

DETAILS_TABLE = "external_event_details"

#: (column, DuckDB type) of ``external_event_details``, in order.
DETAILS_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR"),
    ("file_id", "VARCHAR"),
    ("origin", "VARCHAR"),
    # Fields in the source row: 57 (GDELT 1.0 historical), 58 (1.0 daily), 61 (2.0), ...
    ("source_columns", "SMALLINT"),
    ("date_added", "TIMESTAMP"),
    ("actor1_code", "VARCHAR"),
    ("actor2_code", "VARCHAR"),
    ("event_base_code", "VARCHAR"),
    ("action_geo_type", "TINYINT"),
    ("action_geo_name", "VARCHAR"),
    # GDELT publishes FIPS 10-4 country codes for places; ICEWS and POLECAT country names.
    ("action_geo_fips", "VARCHAR"),
    ("action_geo_country", "VARCHAR"),
    ("action_geo_adm1", "VARCHAR"),
    ("action_geo_lat", "DOUBLE"),
    ("action_geo_long", "DOUBLE"),
    ("sentence_number", "INTEGER"),
    ("publisher", "VARCHAR"),
    ("intensity", "DOUBLE"),
)
