"""A small store built in code for the brief, dashboard and claim tests.

Three dated articles carry events for PAK-USA (mostly conflict), IND-USA (mostly
cooperation) and CHN-PAK (cooperation) across eight months of 2018; a fourth,
undated article carries hostile markup in its title, text and evidence, which
every page must show as text. Other test modules import :func:`build_store`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from detente.model import EVENT_SCHEMA, Document, make_event_id
from detente.store import Store

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(2)>"

# (source, target, cameo, quad, goldstein, evidence) — sentences written for these tests.
_PAK_USA = [
    ("USA", "PAK", "112", 3, -2.0, "Washington accused Islamabad of sheltering militant networks."),
    ("USA", "PAK", "163", 4, -8.0, "The US withheld $300 million in coalition support funds."),
    ("PAK", "USA", "111", 3, -2.0, "Pakistan's foreign office criticised the American decision."),
    ("USA", "PAK", "130", 3, -4.4, "A US envoy warned Pakistan of further penalties."),
    ("PAK", "USA", "125", 3, -5.0, "Islamabad rejected the US demand to expel the group."),
    ("USA", "PAK", "040", 1, 1.0, "Officials from both capitals met briefly in Kabul."),
]
_PAK_USA_EARLY = ("PAK", "USA", "036", 1, 4.0, "Islamabad offered to host talks with Washington.")
_IND_USA = [
    ("USA", "IND", "057", 1, 8.0, "India and the US signed a defence communications pact."),
    ("IND", "USA", "036", 1, 4.0, "New Delhi expressed its wish to deepen ties with Washington."),
    ("USA", "IND", "061", 2, 6.4, "The two navies held joint exercises in the Indian Ocean."),
    ("USA", "IND", "042", 1, 1.9, "The US defence secretary visited New Delhi for talks."),
    ("IND", "USA", "051", 1, 3.4, "India praised American support on counter-terrorism."),
    ("USA", "IND", "111", 3, -2.0, "Washington criticised Indian tariffs on farm goods."),
]
_IND_USA_EARLY = ("IND", "USA", "111", 3, -2.0, "Delhi objected to new US visa rules.")
_CHN_PAK = [
    ("CHN", "PAK", "071", 2, 7.4, "Beijing extended a new loan for the corridor projects."),
    ("PAK", "CHN", "051", 1, 3.4, "Islamabad praised China's role in its economic growth."),
    ("CHN", "PAK", "061", 2, 6.4, "Chinese and Pakistani engineers opened a joint power plant."),
    ("CHN", "PAK", "042", 1, 1.9, "The Chinese foreign minister visited Islamabad."),
    ("PAK", "CHN", "057", 1, 8.0, "Pakistan and China signed a trade agreement."),
]

DOCUMENTS = [
    Document(
        doc_id="doc-dawn",
        text="An article on US-Pakistan tensions and the corridor projects.",
        date=dt.date(2018, 8, 30),
        date_source="front-matter",
        title="Aid cut deepens rift",
        url="https://example.org/news/aid-cut",
    ),
    Document(
        doc_id="doc-hindu",
        text="An article on the US-India defence dialogue.",
        date=dt.date(2018, 9, 7),
        date_source="front-matter",
        title="Delhi and Washington draw closer",
        source_path="corpus/hindu-2018-09-07.txt",
    ),
    Document(
        doc_id="doc-tribune",
        text="An article on Pakistan's ties with China and the United States.",
        date=dt.date(2018, 9, 9),
        date_source="dateline",
        title="Old friends, new strains",
        source_path="corpus/tribune-2018-09-09.txt",
    ),
    Document(
        doc_id="doc-hostile",
        text=f"Page text {HOSTILE_SCRIPT} with an image {HOSTILE_IMG} in it.",
        date=None,
        title=f"Hostile {HOSTILE_SCRIPT}",
        source_path="corpus/hostile.html",
    ),
]


def _month_events(dyad_events: list[tuple], early: tuple | None, month: int) -> list[tuple]:
    """One month of a dyad: its templates, plus early events that fade (a trend to find)."""
    if early is None:
        # CHN-PAK goes quiet in April: a sparse month that must not be drawn as zero.
        return dyad_events[:2] if month == 4 else dyad_events
    return dyad_events + [early] * max(0, 5 - month)


def _event_rows() -> list[dict[str, object]]:
    """Events for eight months: each dyad's templates cycled over the three articles."""
    rows: list[dict[str, object]] = []
    doc_ids = ["doc-dawn", "doc-hindu", "doc-tribune"]
    for dyad_events, early in (
        (_PAK_USA, _PAK_USA_EARLY),
        (_IND_USA, _IND_USA_EARLY),
        (_CHN_PAK, None),
    ):
        for month in range(1, 9):
            for index, (source, target, cameo, quad, goldstein, evidence) in enumerate(
                _month_events(dyad_events, early, month)
            ):
                doc_id = doc_ids[(month + index) % 3]
                day = 1 + (index * 4) % 27
                rows.append(
                    {
                        "event_id": make_event_id(doc_id, month, source, target, cameo, index),
                        "doc_id": doc_id,
                        "origin": "detente",
                        "sentence_index": index,
                        "date": dt.date(2018, month, day),
                        "date_precision": "day",
                        "source_text": source,
                        "source_country": source,
                        "source_sector": "GOV",
                        "target_text": target,
                        "target_country": target,
                        "target_sector": "GOV",
                        "cameo": cameo,
                        "cameo_root": cameo[:2],
                        "quad": quad,
                        "goldstein": goldstein,
                        "negated": False,
                        "hypothetical": month == 8 and index == 0,
                        "future": False,
                        "evidence_text": evidence,
                        "evidence_start": 0,
                        "evidence_end": len(evidence),
                        "confidence": 0.9,
                    }
                )
    rows.append(
        {
            "event_id": make_event_id("doc-hostile", "hostile"),
            "doc_id": "doc-hostile",
            "origin": "detente",
            "sentence_index": 0,
            "date": dt.date(2018, 5, 14),
            "date_precision": "day",
            "source_text": "Washington",
            "source_country": "USA",
            "target_text": "Islamabad",
            "target_country": "PAK",
            "cameo": "112",
            "cameo_root": "11",
            "quad": 3,
            "goldstein": -10.0,
            "negated": False,
            "hypothetical": False,
            "future": False,
            "evidence_text": f"Officials said {HOSTILE_SCRIPT} and {HOSTILE_IMG} loudly.",
            "evidence_start": 0,
            "evidence_end": 40,
            "confidence": 0.5,
        }
    )
    return rows


def build_store(path: Path) -> Path:
    """Write the test store to ``path`` (a DuckDB file) and return the path."""
    rows = _event_rows()
    with Store(path) as store:
        for document in DOCUMENTS:
            mine = [r for r in rows if r["doc_id"] == document.doc_id]
            store.write_document(document, [], pa.Table.from_pylist(mine, schema=EVENT_SCHEMA))
    return path


def build_one_article_store(path: Path, text: str, date: dt.date | None) -> Path:
    """A store holding one article and two events from it: the thinnest useful input."""
    document = Document(doc_id="doc-only", text=text, date=date, title="The only article")
    events = [
        {
            "event_id": f"only-{i}",
            "doc_id": "doc-only",
            "origin": "detente",
            "date": date,
            "source_country": "USA",
            "target_country": "PAK",
            "source_text": "the US",
            "target_text": "Pakistan",
            "cameo": cameo,
            "cameo_root": cameo[:2],
            "quad": quad,
            "goldstein": goldstein,
            "evidence_text": evidence,
        }
        for i, (cameo, quad, goldstein, evidence) in enumerate(
            [
                ("163", 4, -8.0, "The US decided not to reimburse $300 million to Pakistan."),
                ("130", 3, -4.4, "The US warned Pakistan over militant safe havens."),
            ]
        )
    ]
    with Store(path) as store:
        store.write_document(document, [], pa.Table.from_pylist(events, schema=EVENT_SCHEMA))
    return path


@pytest.fixture
def brief_store(tmp_path: Path) -> Path:
    """The path of a freshly built test store."""
    return build_store(tmp_path / "brief.duckdb")


def test_fixture_store_holds_three_dyads_and_an_undated_document(brief_store: Path) -> None:
    with Store(brief_store, read_only=True) as store:
        dyads = store.con.execute(
            "SELECT DISTINCT least(source_country, target_country) || '-' || "
            "greatest(source_country, target_country) FROM events ORDER BY 1"
        ).fetchall()
        undated = store.con.execute("SELECT doc_id FROM documents WHERE date IS NULL").fetchall()
    assert [d[0] for d in dyads] == ["CHN-PAK", "IND-USA", "PAK-USA"]
    assert undated == [("doc-hostile",)]
