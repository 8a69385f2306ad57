"""GDELT 1.0/2.0 ingest on the real shared sample: layouts, mapping, problems, zips, options."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from detente.sources import _ingest, ingest
from detente.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "data" / "gdelt" / "gdelt1_events_sample.tsv"

pytestmark = pytest.mark.skipif(
    not SAMPLE.exists(), reason=f"the shared GDELT sample is not at {SAMPLE}"
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "store.duckdb")
    yield db
    db.close()


def sample_rows() -> list[list[str]]:
    return [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_sources_sample_rows_load_with_their_own_layout(store: Store) -> None:
    report = ingest(store, [SAMPLE])
    result = report.files[0]
    assert result.error is None
    assert result.format == "gdelt1"
    assert result.rows_loaded == 710
    assert result.rows_malformed == 0
    assert result.layouts == {57: 201, 58: 509}
    per_layout = store.con.execute(
        """SELECT d.source_columns, count(*),
                  count(*) FILTER (WHERE e.source_url LIKE 'http%'),
                  min(d.date_added)::DATE, max(d.date_added)::DATE
           FROM events e JOIN external_event_details d USING (event_id)
           GROUP BY 1 ORDER BY 1"""
    ).fetchall()
    assert [r[:3] for r in per_layout] == [(57, 201, 0), (58, 509, 509)]
    # Historical rows were added to GDELT in February 2013, daily rows on 2016-07-28.
    assert str(per_layout[0][3]).startswith("2013-02")
    assert str(per_layout[1][3]) == str(per_layout[1][4]) == "2016-07-28"


def test_sources_gdelt_fields_map_to_event_columns(store: Store) -> None:
    ingest(store, [SAMPLE])
    row = store.con.execute(
        "SELECT origin, doc_id, date, cameo, cameo_root, quad, goldstein, num_mentions, "
        "num_sources, num_articles, is_root, source_url, source_text, source_sector, "
        "negated, date_precision FROM events WHERE event_id = 'gdelt1:564111654'"
    ).fetchone()
    url = "http://www.dailyexcelsior.com/1-addl-tax-dropped-gst-bill/"
    assert row == (
        "gdelt1",
        hashlib.md5(url.encode()).hexdigest(),
        __import__("datetime").date(2015, 7, 29),
        "0834",  # leading zero kept
        "08",
        2,
        5.0,
        60,
        7,
        60,
        True,
        url,
        "CABINET",
        "GOV",
        False,
        "day",
    )
    countries = dict(
        store.con.execute(
            "SELECT event_id, source_country FROM events WHERE event_id IN "
            "('gdelt1:564111644', 'gdelt1:1552839')"
        ).fetchall()
    )
    assert countries == {"gdelt1:564111644": "USA", "gdelt1:1552839": "CAN"}


def test_sources_actor_codes_give_countries_igos_and_sectors(store: Store, tmp_path: Path) -> None:
    base = next(r for r in sample_rows() if len(r) == 58)

    def variant(event_id: str, code: str, country: str, type1: str = "") -> list[str]:
        row = list(base)
        row[0], row[5], row[7], row[12] = event_id, code, country, type1
        return row

    rows = [
        variant("1", "PAKGOV", ""),  # no country code: taken from the actor code
        variant("2", "IGOUNO", "", "IGO"),
        variant("3", "ROM", "ROM"),  # CAMEO's code for Romania
        variant("4", "EUR", "EUR"),  # a region, not a state
        variant("5", "POL", "POL"),  # Poland, not a political party
    ]
    ingest(store, [write_rows(tmp_path / "actors.tsv", rows)])
    found = store.con.execute(
        "SELECT event_id, source_country, source_sector FROM events ORDER BY event_id"
    ).fetchall()
    assert found == [
        ("gdelt1:1", "PAK", "GOV"),
        ("gdelt1:2", "IGOUNO", "IGO"),
        ("gdelt1:3", "ROU", None),
        ("gdelt1:4", None, None),
        ("gdelt1:5", "POL", None),
    ]


def to_gdelt2(row: list[str]) -> list[str]:
    """Insert the three ADM2 columns of GDELT 2.0 after each ADM1 column."""
    out = [*row[:39], "G1", *row[39:46], "G2", *row[46:53], "G3", *row[53:]]
    out[-2] = out[-2] + "120000"  # DATEADDED becomes YYYYMMDDHHMMSS
    return out


def test_sources_gdelt2_file_built_from_the_sample_loads(store: Store, tmp_path: Path) -> None:
    daily = [r for r in sample_rows() if len(r) == 58]
    path = write_rows(tmp_path / "20160728120000.export.CSV", [to_gdelt2(r) for r in daily])
    result = ingest(store, [path]).files[0]
    assert (result.format, result.rows_loaded, result.rows_malformed) == ("gdelt2", 509, 0)
    assert result.layouts == {61: 509}
    row = store.con.execute(
        "SELECT e.origin, e.source_url, d.action_geo_lat, d.action_geo_long, d.date_added "
        "FROM events e JOIN external_event_details d USING (event_id) "
        "WHERE event_id = 'gdelt2:564111644'"
    ).fetchone()
    assert row[:4] == (
        "gdelt2",
        "http://wtop.com/lifestyle/2016/07/deepest-darkest-secrets-now-display-national-postal-museum/",
        38.8973,
        -77.0083,
    )
    assert str(row[4]) == "2016-07-28 12:00:00"


def test_sources_malformed_lines_are_reported_by_line_number(store: Store, tmp_path: Path) -> None:
    rows = sample_rows()[:20]
    lines = ["\t".join(r) for r in rows]
    bad_code = list(rows[2])
    bad_code[26] = "13y"
    lines[2] = "\t".join(bad_code)  # line 3
    lines[4] = lines[4] + "\textra"  # line 5: one field too many for a daily row
    lines[6] = "\t".join(rows[6][:30])  # line 7: cut short
    bad_date = list(rows[8])
    bad_date[1] = "2016-07-28"
    lines[8] = "\t".join(bad_date)  # line 9
    lines.insert(9, "")  # line 10 is empty, so the rows below move down one line
    shifted = list(rows[10])
    shifted.insert(3, "oops")
    lines[11] = "\t".join(shifted[:58])  # line 12: fields shifted by one
    path = tmp_path / "bad.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ingest(store, [path]).files[0]
    assert result.error is None
    by_line = {p.line: p.reason for p in result.malformed}
    assert sorted(by_line) == [3, 5, 7, 9, 12]
    assert "invalid CAMEO EventCode '13y'" in by_line[3]
    assert "too many fields" in by_line[5]
    assert "fewer than 57 fields" in by_line[7]
    assert "SQLDATE '2016-07-28'" in by_line[9]
    assert result.rows_malformed == 5
    assert result.rows_loaded == 15
    assert store.counts()["events"] == 15
    recorded = store.con.execute("SELECT rows_loaded, rows_malformed FROM files").fetchone()
    assert recorded == (15, 5)


def make_zip(path: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
    return path


def test_sources_truncated_zip_fails_alone(store: Store, tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    good = make_zip(tmp_path / "20160728.export.CSV.zip", "20160728.export.CSV", data)
    whole = make_zip(tmp_path / "full.zip", "20160729.export.CSV", data[: len(data) // 2])
    broken = tmp_path / "20160729.export.CSV.zip"
    broken.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    report = ingest(store, [broken, good])
    failed, loaded = report.files
    assert failed.error is not None
    assert "not a complete zip archive" in failed.error and str(broken) in failed.error
    assert (loaded.error, loaded.rows_loaded) == (None, 710)
    assert store.counts()["files"] == 1


def test_sources_reingesting_the_same_bytes_adds_nothing(store: Store, tmp_path: Path) -> None:
    ingest(store, [SAMPLE])
    copy = tmp_path / "renamed.tsv"
    copy.write_bytes(SAMPLE.read_bytes())
    again = ingest(store, [SAMPLE, copy])
    assert [f.already_loaded for f in again.files] == [True, True]
    assert again.rows_loaded == 0
    assert store.counts()["events"] == 710
    assert store.con.execute("SELECT count(*) FROM external_event_details").fetchone() == (710,)


def test_sources_rerun_over_loaded_paths_scans_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(store, [SAMPLE])

    def scan(*_: object) -> None:
        raise AssertionError("a file loaded before under this path was scanned again")

    monkeypatch.setattr(_ingest, "_stage", scan)
    assert [f.already_loaded for f in ingest(store, [SAMPLE]).files] == [True]


def test_sources_options_filter_and_are_recorded(store: Store, tmp_path: Path) -> None:
    rows = sample_rows()
    roots = sum(1 for r in rows if r[25] == "1")
    result = ingest(store, [SAMPLE], root_only=True).files[0]
    assert result.rows_loaded == roots
    assert result.rows_filtered == 710 - roots
    options = json.loads(store.con.execute("SELECT options FROM files").fetchone()[0])
    assert options["root_only"] is True and options["format"] == "gdelt1"

    pak = tmp_path / "pak.tsv"
    pak.write_bytes(SAMPLE.read_bytes() + b"\n")  # other bytes: a new file
    ingest(store, [pak], countries=["pak"])
    pak_rows = store.con.execute(
        "SELECT count(*), count(*) FILTER (WHERE 'PAK' IN (source_country, target_country)) "
        "FROM events WHERE file_id = (SELECT file_id FROM files WHERE path = ?)",
        [str(pak)],
    ).fetchone()
    assert pak_rows[0] == pak_rows[1] > 0


def test_sources_dedupe_drops_exact_repeats(store: Store, tmp_path: Path) -> None:
    rows = [r for r in sample_rows() if len(r) == 58][:50]
    repeats = []
    for row in rows[:10]:
        copy = list(row)
        copy[0] = "9" + copy[0]  # another GDELT id, same event by the dedupe key
        repeats.append(copy)
    path = write_rows(tmp_path / "dupes.tsv", rows + repeats)
    result = ingest(store, [path], dedupe=True).files[0]
    distinct = len({(r[1], r[7], r[17], r[26], r[57]) for r in rows})
    assert result.rows_loaded == distinct
    assert result.rows_duplicate == 60 - distinct
    # The copy with the smaller GDELT id is the one kept, run after run.
    kept = {r[0] for (r,) in store.con.execute("SELECT event_id FROM events").fetchall()}
    assert not any(e.endswith(":9" + r[0]) for r in rows[:10] for e in kept)
    # Against the store, too: the same events in a new file add nothing.
    again = write_rows(tmp_path / "again.tsv", repeats)
    assert ingest(store, [again], dedupe=True).files[0].rows_loaded == 0


def test_sources_rejected_line_alone_is_reported(store: Store, tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:10]
    lines[3] += "\textra\tfields"  # line 4: more fields than any GDELT 1.0 layout
    path = tmp_path / "rejected.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ingest(store, [path]).files[0]
    assert [p.line for p in result.malformed] == [4]
    assert "too many fields" in result.malformed[0].reason
    assert (result.rows_loaded, result.rows_malformed) == (9, 1)


def test_sources_ingest_restores_settings_and_skips_missing_files(
    store: Store, tmp_path: Path
) -> None:
    query = (
        "SELECT current_setting('preserve_insertion_order'), "
        "current_setting('enable_optimistic_write')"
    )
    before = store.con.execute(query).fetchone()
    report = ingest(store, [tmp_path / "missing.export.CSV", SAMPLE])
    missing, loaded = report.files
    assert missing.error is not None and "no file at" in missing.error
    assert (loaded.error, loaded.rows_loaded) == (None, 710)
    assert store.con.execute(query).fetchone() == before
