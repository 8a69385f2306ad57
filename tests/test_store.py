"""The DuckDB store: schema versions, idempotent writes, whole-document transactions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from detente.errors import StoreVersionError
from detente.model import (
    Actor,
    Document,
    Event,
    Evidence,
    Modality,
    Sentence,
    event_from_row,
    events_to_arrow,
)
from detente.store import MIGRATIONS, STORAGE_VERSION, Store


def _document() -> tuple[Document, list[Sentence], list[Event]]:
    doc = Document.from_text("Washington cut aid to Islamabad.", date=dt.date(2018, 1, 4))
    sentence = Sentence(doc.doc_id, 0, 0, len(doc.text), doc.text)
    event = Event(
        event_id="e1",
        doc_id=doc.doc_id,
        sentence_index=0,
        date=doc.date,
        date_precision="day",
        source=Actor("Washington", "USA", "GOV", "country:USA"),
        target=Actor("Islamabad", "PAK", "GOV", "country:PAK"),
        cameo="162",
        cameo_root="16",
        quad=4,
        goldstein=-5.6,
        modality=Modality(reported_by="officials"),
        evidence=Evidence(doc.text, 0, len(doc.text)),
        confidence=0.9,
    )
    return doc, [sentence], [event]


def test_store_writing_a_document_twice_keeps_one_copy(store: Store) -> None:
    doc, sentences, events = _document()
    store.write_document(doc, sentences, events_to_arrow(events))
    store.write_document(doc, sentences, events_to_arrow(events))
    counts = store.counts()
    assert (counts["documents"], counts["sentences"], counts["events"]) == (1, 1, 1)


def test_store_events_round_trip_through_arrow(store: Store) -> None:
    doc, sentences, events = _document()
    store.write_document(doc, sentences, events_to_arrow(events))
    (row,) = store.events().to_pylist()
    assert event_from_row(row) == events[0]


def test_store_failed_write_leaves_no_half_document(store: Store) -> None:
    doc, sentences, _ = _document()
    bad_events = events_to_arrow([]).append_column("unexpected", [[]])  # schema mismatch
    broken = bad_events.drop_columns(["event_id"]).add_column(0, "event_id", [[]])
    store.write_document(doc, sentences, broken)  # zero rows: allowed
    duplicate = [Sentence(doc.doc_id, 0, 0, 1, "x"), Sentence(doc.doc_id, 0, 0, 1, "x")]
    with pytest.raises(duckdb.Error):
        store.write_document(doc, duplicate, events_to_arrow([]))
    # The earlier copy of the document survives the failed rewrite intact.
    assert store.counts()["documents"] == 1
    assert store.counts()["sentences"] == 1


def test_store_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    with Store(path) as store:
        store.con.execute("INSERT INTO migrations (name) VALUES ('9999_from_the_future')")
    with pytest.raises(StoreVersionError, match="newer detente"):
        Store(path)


def _storage_version(store: Store) -> str:
    row = store.con.execute(
        "SELECT tags['storage_version'] FROM duckdb_databases() WHERE path = ?", [store.path]
    ).fetchone()
    return str(row[0]) if row else ""


def test_store_new_files_use_the_storage_version_and_old_ones_keep_theirs(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "new.duckdb") as new:
        assert _storage_version(new) == f"{STORAGE_VERSION}+"
    old = tmp_path / "old.duckdb"
    duckdb.connect(str(old)).close()  # DuckDB's default, older format
    doc, sentences, events = _document()
    with Store(old) as store:
        before = _storage_version(store)
        assert before != f"{STORAGE_VERSION}+"
        store.write_document(doc, sentences, events_to_arrow(events))
    with Store(old, read_only=True) as reopened:
        assert _storage_version(reopened) == before
        assert reopened.counts()["events"] == 1


def test_store_read_only_asks_to_migrate_an_old_store(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.con.execute("DELETE FROM migrations WHERE name = ?", [MIGRATIONS[-1][0]])
    with pytest.raises(StoreVersionError, match="detente migrate"):
        Store(path, read_only=True)
    with Store(path) as upgraded:  # opening for writing applies the missing migration
        assert upgraded.counts()["documents"] == 0
    Store(path, read_only=True).close()
    with pytest.raises(StoreVersionError, match="no store"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_store_external_details_table_has_the_columns_readers_fill(store: Store) -> None:
    from detente.sources.schema import DETAILS_COLUMNS, DETAILS_TABLE

    rows = store.con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
        " ORDER BY ordinal_position",
        [DETAILS_TABLE],
    ).fetchall()
    assert [(name, kind) for name, kind in rows] == list(DETAILS_COLUMNS)
