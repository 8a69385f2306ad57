"""The store table for the fields of external event files that ``events`` has no column for.

GDELT's geography and DATEADDED, the raw CAMEO actor codes and ICEWS/POLECAT
places matter for checking evidence, but not to every measure, so they live
beside ``events`` in ``external_event_details``, one row per external event,
joined on ``event_id``.

``EXTERNAL_DETAILS_MIGRATION`` is meant to be appended to ``detente.store.MIGRATIONS``.
Its statement is idempotent (``IF NOT EXISTS``), so :func:`ensure_details_table` can
create the table in stores made before that happens and the migration still applies
cleanly afterwards.
"""

from __future__ import annotations

import duckdb

from detente import store as store_module

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

EXTERNAL_DETAILS_MIGRATION: tuple[str, list[str]] = (
    "0002_external_event_details",
    [
        f"CREATE TABLE IF NOT EXISTS {DETAILS_TABLE} (\n    "
        + ",\n    ".join(f"{name} {kind}" for name, kind in DETAILS_COLUMNS)
        + "\n)"
    ],
)


def ensure_details_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``external_event_details`` if the store's own migrations did not.

    Needed only until the migration above is part of ``store.MIGRATIONS``; the
    statement is the migration's own, so both paths give the same table.
    """
    if EXTERNAL_DETAILS_MIGRATION[0] in {name for name, _ in store_module.MIGRATIONS}:
        return
    for statement in EXTERNAL_DETAILS_MIGRATION[1]:
        con.execute(statement)
