"""The DuckDB store: documents, sentences, events, actors, external files and UN votes.

One class wraps one DuckDB file. Writes are idempotent: documents are keyed by
content hash, the events of a document are replaced as a whole inside one
transaction, and an external file is keyed by the hash of its bytes, so running
the same job twice leaves the same rows and an interrupted job leaves whole
documents or nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from detente import __version__
from detente.errors import StoreVersionError
from detente.model import EVENT_SCHEMA, Document, Sentence

DEFAULT_DB = "detente.duckdb"

#: On-disk format of new stores: the oldest DuckDB that ``pyproject.toml`` allows
#: reads it, and from 1.3 on DuckDB compresses strings (dictionary and FSST in one)
#: for about a third less CPU than in its default, older format. An existing store
#: keeps the format it was made in.
STORAGE_VERSION = "v1.4.0"


def _event_columns_sql() -> str:
    duck_types = {
        pa.string(): "VARCHAR",
        pa.int32(): "INTEGER",
        pa.int8(): "TINYINT",
        pa.float64(): "DOUBLE",
        pa.bool_(): "BOOLEAN",
        pa.date32(): "DATE",
    }
    return ",\n    ".join(f"{f.name} {duck_types[f.type]}" for f in EVENT_SCHEMA)


#: Named migrations, applied in order and recorded in ``migrations``. Never edit a
#: released entry: add a new one, and the next version upgrades old stores itself.
MIGRATIONS: list[tuple[str, list[str]]] = [
    (
        "0001_initial",
        [
            """CREATE TABLE documents (
                doc_id VARCHAR PRIMARY KEY,
                source_path VARCHAR,
                url VARCHAR,
                title VARCHAR,
                date DATE,
                date_source VARCHAR,
                text VARCHAR,
                added_at TIMESTAMP DEFAULT current_timestamp
            )""",
            """CREATE TABLE sentences (
                doc_id VARCHAR,
                sentence_index INTEGER,
                start_char INTEGER,
                end_char INTEGER,
                text VARCHAR,
                PRIMARY KEY (doc_id, sentence_index)
            )""",
            f"CREATE TABLE events (\n    {_event_columns_sql()}\n)",
            """CREATE TABLE actors (
                actor_id VARCHAR PRIMARY KEY,
                name VARCHAR,
                country VARCHAR,
                sector VARCHAR,
                role VARCHAR,
                valid_from DATE,
                valid_to DATE
            )""",
            """CREATE TABLE files (
                file_id VARCHAR PRIMARY KEY,
                path VARCHAR,
                format VARCHAR,
                rows_loaded BIGINT,
                rows_malformed BIGINT,
                options VARCHAR,
                ingested_at TIMESTAMP DEFAULT current_timestamp
            )""",
            """CREATE TABLE runs (
                run_id VARCHAR PRIMARY KEY,
                command VARCHAR,
                options VARCHAR,
                detente_version VARCHAR,
                started_at TIMESTAMP,
                finished_at TIMESTAMP,
                documents INTEGER,
                events INTEGER
            )""",
            """CREATE TABLE un_rollcalls (
                rcid INTEGER PRIMARY KEY,
                session INTEGER,
                date DATE,
                unres VARCHAR,
                importantvote BOOLEAN,
                short VARCHAR,
                descr VARCHAR,
                issues VARCHAR[]
            )""",
            """CREATE TABLE un_votes (
                rcid INTEGER,
                country VARCHAR,
                vote VARCHAR,
                PRIMARY KEY (rcid, country)
            )""",
            """CREATE TABLE ideal_points (
                country VARCHAR,
                session INTEGER,
                year INTEGER,
                ideal DOUBLE,
                q05 DOUBLE,
                q50 DOUBLE,
                q95 DOUBLE,
                n_votes INTEGER,
                PRIMARY KEY (country, session)
            )""",
        ],
    ),
    (
        # Fields of external event files that ``events`` has no column for (GDELT
        # geography and DATEADDED, raw CAMEO actor codes, ICEWS/POLECAT places).
        "0002_external_event_details",
        [
            """CREATE TABLE IF NOT EXISTS external_event_details (
                event_id VARCHAR,
                file_id VARCHAR,
                origin VARCHAR,
                source_columns SMALLINT,
                date_added TIMESTAMP,
                actor1_code VARCHAR,
                actor2_code VARCHAR,
                event_base_code VARCHAR,
                action_geo_type TINYINT,
                action_geo_name VARCHAR,
                action_geo_fips VARCHAR,
                action_geo_country VARCHAR,
                action_geo_adm1 VARCHAR,
                action_geo_lat DOUBLE,
                action_geo_long DOUBLE,
                sentence_number INTEGER,
                publisher VARCHAR,
                intensity DOUBLE
            )"""
        ],
    ),
]


class Store:
    """A detente store in one DuckDB file (or in memory with ``":memory:"``).

    :param path: the database file; created with the current schema when missing.
    :param read_only: open without the right to write (for reports and the dashboard).
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        exists = self.path == ":memory:" or Path(self.path).exists()
        if read_only and not exists:
            raise StoreVersionError(
                f"no store at {self.path}: run `detente analyze` or `detente ingest` first"
            )
        self.con = duckdb.connect(
            self.path,
            read_only=read_only,
            config={"storage_compatibility_version": STORAGE_VERSION},
        )
        self._check_and_migrate(read_only)

    # -- lifecycle -------------------------------------------------------------
    def close(self) -> None:
        """Close the connection; the file stays consistent at every commit."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_and_migrate(self, read_only: bool) -> None:
        has_meta = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'migrations'"
        ).fetchone()
        applied: list[str] = []
        if has_meta and has_meta[0]:
            applied = [
                r[0]
                for r in self.con.execute("SELECT name FROM migrations ORDER BY name").fetchall()
            ]
        known = [name for name, _ in MIGRATIONS]
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StoreVersionError(
                f"the store {self.path} was written by a newer detente (migrations "
                f"{', '.join(unknown)}); upgrade detente (`pip install -U detente`) to read it"
            )
        pending = [(name, sql) for name, sql in MIGRATIONS if name not in applied]
        if not pending:
            return
        if read_only:
            raise StoreVersionError(
                f"the store {self.path} needs migrations {', '.join(n for n, _ in pending)}; "
                f"run `detente migrate --db {self.path}` once to upgrade it"
            )
        self.migrate(pending)

    def migrate(self, pending: Sequence[tuple[str, list[str]]]) -> None:
        """Apply named migrations, each in its own transaction."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, "
            "applied_at TIMESTAMP DEFAULT current_timestamp, detente_version VARCHAR)"
        )
        for name, statements in pending:
            self.con.execute("BEGIN TRANSACTION")
            try:
                for statement in statements:
                    self.con.execute(statement)
                self.con.execute(
                    "INSERT INTO migrations (name, detente_version) VALUES (?, ?)",
                    [name, __version__],
                )
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    # -- documents and events --------------------------------------------------
    def known_documents(self, doc_ids: Iterable[str]) -> set[str]:
        """The ids among ``doc_ids`` that the store already holds."""
        ids = list(doc_ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_document(
        self, document: Document, sentences: Sequence[Sentence], events: pa.Table
    ) -> None:
        """Store one document with its sentences and events, replacing any earlier coding.

        All three tables change in one transaction, so an interrupted run never
        leaves a document without its events or events without their document.
        """
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM events WHERE doc_id = ?", [document.doc_id])
            self.con.execute("DELETE FROM sentences WHERE doc_id = ?", [document.doc_id])
            self.con.execute("DELETE FROM documents WHERE doc_id = ?", [document.doc_id])
            self.con.execute(
                "INSERT INTO documents (doc_id, source_path, url, title, date, date_source, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    document.doc_id,
                    document.source_path,
                    document.url,
                    document.title,
                    document.date,
                    document.date_source,
                    document.text,
                ],
            )
            if sentences:
                self.con.executemany(
                    "INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                    [(s.doc_id, s.index, s.start, s.end, s.text) for s in sentences],
                )
            self.insert_events(events)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def insert_events(self, events: pa.Table) -> int:
        """Append an Arrow table of events (columns of ``EVENT_SCHEMA``, any subset)."""
        if events.num_rows == 0:
            return 0
        missing = [f.name for f in EVENT_SCHEMA if f.name not in events.column_names]
        for name in missing:
            events = events.append_column(
                name, pa.nulls(events.num_rows, EVENT_SCHEMA.field(name).type)
            )
        events = events.select(EVENT_SCHEMA.names).cast(EVENT_SCHEMA)
        self.con.register("_incoming_events", events)
        try:
            self.con.execute("INSERT INTO events SELECT * FROM _incoming_events")
        finally:
            self.con.unregister("_incoming_events")
        return events.num_rows

    def upsert_actors(self, rows: Iterable[dict[str, Any]]) -> None:
        """Record the actors that events refer to, so reports can name them."""
        records = [
            (
                r["actor_id"],
                r.get("name"),
                r.get("country"),
                r.get("sector"),
                r.get("role"),
                r.get("valid_from"),
                r.get("valid_to"),
            )
            for r in rows
            if r.get("actor_id")
        ]
        if records:
            self.con.executemany(
                "INSERT OR REPLACE INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)", records
            )

    # -- external files and runs ---------------------------------------------
    def file_loaded(self, file_id: str) -> bool:
        """True when a file with these bytes was ingested before."""
        row = self.con.execute("SELECT 1 FROM files WHERE file_id = ?", [file_id]).fetchone()
        return row is not None

    def record_file(
        self,
        file_id: str,
        path: str,
        fmt: str,
        rows_loaded: int,
        rows_malformed: int,
        options: dict[str, Any] | None = None,
    ) -> None:
        """Note that a file was ingested, with what it gave and the options used."""
        self.con.execute(
            "INSERT OR REPLACE INTO files (file_id, path, format, rows_loaded, rows_malformed,"
            " options) VALUES (?, ?, ?, ?, ?, ?)",
            [file_id, path, fmt, rows_loaded, rows_malformed, json.dumps(options or {})],
        )

    def record_run(
        self,
        run_id: str,
        command: str,
        options: dict[str, Any],
        started_at: dt.datetime,
        documents: int,
        events: int,
    ) -> None:
        """Keep what options produced what, so every measure can say how it was made."""
        self.con.execute(
            "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, current_timestamp, ?, ?)",
            [
                run_id,
                command,
                json.dumps(options, default=str),
                __version__,
                started_at,
                documents,
                events,
            ],
        )

    # -- reading ---------------------------------------------------------------
    def events(self, where: str = "TRUE", params: Sequence[Any] = ()) -> pa.Table:
        """Events as Arrow, filtered by a SQL condition on ``events`` columns."""
        return self.con.execute(
            f"SELECT * FROM events WHERE {where}", list(params)
        ).to_arrow_table()

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for summaries and tests."""
        tables = ("documents", "sentences", "events", "actors", "files", "un_votes")
        result = {}
        for table in tables:
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            result[table] = int(row[0]) if row else 0
        return result
