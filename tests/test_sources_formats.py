"""ICEWS, POLECAT and events-csv files written here in their published layouts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detente.errors import InputError
from detente.ontology import plover_type
from detente.sources import ColumnMapping, ingest
from detente.store import Store

ICEWS_HEADER = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t"
    "CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\t"
    "Sentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude"
)
POLECAT_HEADER = (
    "Event ID\tEvent Date\tEvent Type\tEvent Mode\tIntensity\tQuad Code\tContexts\tActor Name\t"
    "Actor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\t"
    "Wikipedia Actor ID\tRecipient Name\tRecipient Country\tRecipient COW\t"
    "Primary Recipient Sector\tRecipient Sectors\tRecipient Title\tRecipient Name Raw\t"
    "Wikipedia Recipient ID\tPlacename\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\t"
    "GeoNames ID\tRaw Placename\tFeature Type\tSource\tPublication Date\tStory People\t"
    "Story Organizations\tStory Locations\tLanguage\tVersion"
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "store.duckdb")
    yield db
    db.close()


def icews_row(event_id: str, code: str, **changes: str) -> str:
    fields = {
        "Event ID": event_id,
        "Event Date": "2018-08-14",
        "Source Name": "Shah Mehmood Qureshi",
        "Source Sectors": "Executive,Government,Foreign Ministry",
        "Source Country": "Pakistan",
        "Event Text": "Express intent to meet or negotiate",
        "CAMEO Code": code,
        "Intensity": "4.0",
        "Target Name": "Mike Pompeo",
        "Target Sectors": "Cabinet,Executive",
        "Target Country": "United States",
        "Story ID": "48392011",
        "Sentence Number": "2",
        "Publisher": "Dawn",
        "City": "Islamabad",
        "District": "",
        "Province": "Islamabad Capital Territory",
        "Country": "Pakistan",
        "Latitude": "33.72",
        "Longitude": "73.04",
    } | changes
    return "\t".join(fields[name] for name in ICEWS_HEADER.split("\t"))


def test_sources_icews_rows_map_names_sectors_and_intensity(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.2018.tab"
    lines = [
        ICEWS_HEADER,
        icews_row("101", "036"),
        icews_row("102", "13y"),
        icews_row("103", "112", **{"Source Country": "Russian Federation", "Intensity": "-2"}),
        icews_row("104", "042", **{"Target Country": "Atlantis"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ingest(store, [path]).files[0]
    assert (result.format, result.rows_loaded, result.rows_malformed) == ("icews", 3, 1)
    assert result.malformed[0].line == 3 and "'13y'" in result.malformed[0].reason
    assert any("'Atlantis'" in note and "line 5" in note for note in result.notes)
    rows = store.con.execute(
        "SELECT event_id, doc_id, date, source_country, source_sector, target_country, "
        "target_sector, cameo, cameo_root, quad, goldstein FROM events ORDER BY event_id"
    ).fetchall()
    assert rows[0] == (
        "icews:101", "48392011", dt.date(2018, 8, 14), "PAK", "GOV", "USA", "GOV",
        "036", "03", 1, 4.0,
    )  # fmt: skip
    assert rows[1][3] == "RUS" and rows[1][9:] == (3, -2.0)
    assert rows[2][5] is None  # Atlantis is no state detente knows
    place = store.con.execute(
        "SELECT action_geo_name, publisher, sentence_number FROM external_event_details "
        "WHERE event_id = 'icews:101'"
    ).fetchone()
    assert place == ("Islamabad, Islamabad Capital Territory, Pakistan", "Dawn", 2)


def polecat_row(event_id: str, event_type: str, actor: str = "USA", recipient: str = "PAK") -> str:
    values = dict.fromkeys(POLECAT_HEADER.split("\t"), "")
    values |= {
        "Event ID": event_id,
        "Event Date": "2023-01-05",
        "Event Type": event_type,
        "Event Mode": "",
        "Intensity": "-3.0",
        "Contexts": "military",
        "Actor Name": "Joe Biden",
        "Actor Country": actor,
        "Primary Actor Sector": "GOV",
        "Recipient Name": "Shehbaz Sharif",
        "Recipient Country": recipient,
        "Primary Recipient Sector": "Government",
        "Source": "Reuters",
        "Language": "en",
        "Version": "v1",
    }
    return "\t".join(values[name] for name in POLECAT_HEADER.split("\t"))


def score(plover: str) -> float:
    """The base score the project's ontology gives a PLOVER type."""
    return plover_type(plover).base_score


def test_sources_polecat_survives_stray_headers_and_extra_tabs(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "ngecEvents.20230108.txt"
    lines = [
        POLECAT_HEADER,
        polecat_row("e1", "ACCUSE"),
        POLECAT_HEADER,  # line 3: a stray header
        polecat_row("e2", "AID", "CHN", "PAK"),
        polecat_row("e3", "cooperate") + "\t\tleftover text",  # line 5: extra tabs
        polecat_row("e4", "DANCE"),  # line 6: not a PLOVER type
        POLECAT_HEADER,  # line 7
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = ingest(store, [path]).files[0]
    assert result.format == "polecat"
    assert (result.rows_loaded, result.rows_malformed) == (3, 1)
    assert result.malformed[0].line == 6 and "'DANCE'" in result.malformed[0].reason
    assert any("repeated header line" in n and "(line 3, 7)" in n for n in result.notes)
    assert any("extra tabs" in n and "(line 5)" in n for n in result.notes)
    rows = store.con.execute(
        "SELECT event_id, plover_type, cameo, quad, goldstein, source_country, target_country, "
        "source_sector, target_sector, plover_context FROM events ORDER BY event_id"
    ).fetchall()
    assert rows == [
        ("polecat:e1", "ACCUSE", None, 3, score("ACCUSE"), "USA", "PAK", "GOV", "GOV", "military"),
        ("polecat:e2", "AID", None, 2, score("AID"), "CHN", "PAK", "GOV", "GOV", "military"),
        ("polecat:e3", "COOPERATE", None, 2, score("COOPERATE"), "USA", "PAK", "GOV", "GOV",
         "military"),
    ]  # fmt: skip


def test_sources_events_csv_with_a_mapping(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "When,From,To,Code,Score,Link\n"
        "14/08/2018,PAK,USA,036,4.0,http://example.org/a\n"
        "15/08/2018,India,Pakistan,112,-2.0,http://example.org/b\n"
        "not a date,PAK,USA,036,4.0,http://example.org/c\n"
        '16/08/2018,USA,PAK,"0831",3.4,http://example.org/d\n',
        encoding="utf-8",
    )
    mapping = ColumnMapping.parse(
        "date=When,source_country=From,target_country=To,cameo=Code,goldstein=Score,source_url=Link",
        date_format="%d/%m/%Y",
    )
    result = ingest(store, [path], mapping=mapping).files[0]
    assert (result.format, result.rows_loaded, result.rows_malformed) == ("events-csv", 3, 1)
    assert result.malformed[0].line == 4 and "'not a date'" in result.malformed[0].reason
    rows = store.con.execute(
        "SELECT date, source_country, target_country, cameo, quad, goldstein FROM events "
        "ORDER BY date"
    ).fetchall()
    assert rows == [
        (dt.date(2018, 8, 14), "PAK", "USA", "036", 1, 4.0),
        (dt.date(2018, 8, 15), "IND", "PAK", "112", 3, -2.0),
        (dt.date(2018, 8, 16), "USA", "PAK", "0831", 2, 3.4),
    ]


def test_sources_events_parquet_with_a_yaml_mapping(store: Store, tmp_path: Path) -> None:
    table = pa.table(
        {"day": [dt.date(2020, 1, 2)], "a": ["CHN"], "b": ["IND"], "q": [4], "id": ["x9"]}
    )
    pq.write_table(table, tmp_path / "mine.parquet")
    config = tmp_path / "mapping.yaml"
    config.write_text(
        "columns: {date: day, source_country: a, target_country: b, quad: q, event_id: id}\n",
        encoding="utf-8",
    )
    mapping = ColumnMapping.from_yaml(config)
    result = ingest(store, [tmp_path / "mine.parquet"], mapping=mapping).files[0]
    assert result.rows_loaded == 1
    row = store.con.execute("SELECT event_id, date, quad, cameo FROM events").fetchone()
    assert row == ("events-csv:x9", dt.date(2020, 1, 2), 4, None)


def test_sources_mapping_errors_name_the_valid_fields() -> None:
    with pytest.raises(InputError, match="the fields a mapping can fill are date"):
        ColumnMapping.parse("date=a,source_country=b,target_country=c,colour=d")
    with pytest.raises(InputError, match="needs target_country"):
        ColumnMapping.parse("date=a,source_country=b")


def test_sources_unknown_layout_fails_alone(store: Store, tmp_path: Path) -> None:
    odd = tmp_path / "odd.tsv"
    odd.write_text("a\tb\tc\n", encoding="utf-8")
    good = tmp_path / "events.tab"
    good.write_text(ICEWS_HEADER + "\n" + icews_row("1", "036") + "\n", encoding="utf-8")
    report = ingest(store, [odd, good])
    assert report.files[0].error is not None and "3 tab-separated fields" in report.files[0].error
    assert report.files[1].rows_loaded == 1
