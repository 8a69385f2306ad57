"""Reading documents: formats, dates, leftovers and the errors a user sees."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from detente.text import InputProblem, content_spans, read_documents

ARTICLE = """---
title: Envoys meet in Kabul
date: 2019-03-02
---
KABUL: Pakistani and Afghan envoys met on Friday to discuss border trade.
"""


def _read(paths: list[Path], **kwargs: object) -> list[object]:
    return list(read_documents(paths, **kwargs))


def test_text_front_matter_gives_date_and_title(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = _read([path])
    assert doc.date == dt.date(2019, 3, 2)
    assert doc.date_source == "front-matter"
    assert doc.title == "Envoys meet in Kabul"
    assert doc.text.startswith("KABUL:")


def test_text_same_text_same_id_whatever_the_line_endings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One sentence.\nTwo sentences.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"One sentence.\r\nTwo sentences.\r\n")
    first, second = _read([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert first.doc_id == second.doc_id


def test_text_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "India and China held talks.", "date": "2018-04-28", "url": "u1"}),
        "{not json",
        json.dumps({"title": "no text"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read([path])
    assert items[0].date == dt.date(2018, 4, 28) and items[0].url == "u1"
    assert isinstance(items[1], InputProblem) and "invalid JSON" in items[1].reason
    assert items[1].path.endswith("feed.jsonl:2")
    assert isinstance(items[2], InputProblem) and "'text'" in items[2].reason


def test_text_html_through_extractor(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = " ".join(["The United States suspended security aid to Pakistan on Thursday."] * 4)
    path.write_text(
        "<html><head><title>Aid suspended</title>"
        '<meta property="article:published_time" content="2018-01-05"></head>'
        f"<body><nav>Home | World</nav><article><h1>Aid suspended</h1><p>{body}</p>"
        "</article><footer>Subscribe now</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = _read([path])
    assert "suspended security aid" in doc.text
    assert "Subscribe" not in doc.text
    assert doc.date == dt.date(2018, 1, 5)


def test_text_bad_inputs_are_named_and_others_still_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("China and Pakistan signed a deal.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    items = _read([tmp_path, tmp_path / "missing.txt"])
    problems = {Path(p.path).name: p.reason for p in items if isinstance(p, InputProblem)}
    assert problems["empty.txt"] == "file is empty"
    assert "binary" in problems["binary.txt"]
    assert "UTF-8" in problems["latin.txt"]
    assert problems["missing.txt"] == "no such file or folder"
    assert [d.text for d in items if not isinstance(d, InputProblem)] == [
        "China and Pakistan signed a deal."
    ]


def test_text_default_date_and_dateline(tmp_path: Path) -> None:
    (tmp_path / "dateline.txt").write_text(
        "ISLAMABAD, Sept 5, 2018 — Pompeo arrived for talks.", encoding="utf-8"
    )
    (tmp_path / "plain.txt").write_text("Pompeo arrived for talks.", encoding="utf-8")
    dated, plain = _read(
        [tmp_path / "dateline.txt", tmp_path / "plain.txt"], default_date=dt.date(2018, 9, 10)
    )
    assert (dated.date, dated.date_source) == (dt.date(2018, 9, 5), "dateline")
    assert (plain.date, plain.date_source) == (dt.date(2018, 9, 10), "cli")


def test_text_leftovers_are_skipped_with_offsets_kept() -> None:
    text = (
        "Talks resume\n\nThe two sides met in Doha.\n\n"
        "The writer is a former diplomat.\n\nThe writer is a former diplomat. Email:\n\n"
        "ePaper - Daily Example\nShare on Facebook\n"
    )
    spans = content_spans(text)
    kept = [text[s:e] for s, e in spans]
    assert kept == ["Talks resume", "The two sides met in Doha."]
