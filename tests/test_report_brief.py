"""The HTML brief built from a store made in code: content, escaping, thin data, CLI."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from typer.testing import CliRunner

from detente.analysis import MeasureOptions
from detente.dyads import Dyad
from detente.report import ClaimsInput, build_brief
from detente.store import Store
from test_report_fixture import (
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    build_one_article_store,
    build_store,
)

OP_ED = (
    "The growing Pakistan-US strategic divergence contrasts with the rapidly developing "
    "Indo-US strategic partnership."
)


def _brief(tmp_path: Path, **kwargs: object) -> str:
    path = build_store(tmp_path / "store.duckdb")
    with Store(path) as store:
        out = build_brief(store, tmp_path / "out" / "brief.html", bootstrap=200, **kwargs)
    return out.read_text(encoding="utf-8")


def test_report_brief_shows_verdicts_charts_events_and_inputs(tmp_path: Path) -> None:
    html = _brief(tmp_path, claims=ClaimsInput(OP_ED, dt.date(2018, 9, 10), "op-ed.txt"))
    # Verdicts come first, before any dyad section.
    assert html.index('id="verdicts"') < html.index('id="dyad-PAK-USA"')
    assert "mostly conflictual" in html and "mostly cooperative" in html
    assert "worsening" in html and "improving" in html
    # One chart per dyad plus the comparison, inline SVG with axis titles.
    assert len(re.findall(r"<svg[^>]*class=\"marks\"", html)) == 4
    assert "Net cooperation" in html and "Month (start)" in html
    # Alignment diagram drawn by hand, with bloc-coloured nodes.
    assert 'class="alignment"' in html and ">CHN</text>" in html
    # Events table with CAMEO names, evidence and a link to the document.
    assert "Provide economic aid" in html
    assert "The US withheld $300 million in coalition support funds." in html
    assert 'href="https://example.org/news/aid-cut"' in html
    assert 'href="#doc-doc-hindu"' in html and 'id="doc-doc-hindu"' in html
    # Claims checked, what went in, undated documents.
    assert "rapidly developing Indo-US strategic partnership" in html
    assert "supported" in html
    assert "asserted events only" in html
    assert "Documents without a date" in html and "corpus/hostile.html" in html
    # Offline: nothing is fetched from elsewhere.
    assert not re.search(r"<script|<link[^>]+href=\"http|src=\"http", html)


def test_report_escapes_markup_from_documents(tmp_path: Path) -> None:
    html = _brief(tmp_path, dyads=[Dyad.parse("PAK-USA")])
    assert HOSTILE_SCRIPT not in html
    assert HOSTILE_IMG not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html


def test_report_one_article_store_still_makes_a_brief(tmp_path: Path) -> None:
    text = "The US decided not to reimburse $300 million to Pakistan."
    path = build_one_article_store(tmp_path / "one.duckdb", text, dt.date(2018, 9, 10))
    with Store(path) as store:
        out = build_brief(store, tmp_path / "brief.html", bootstrap=100)
    html = out.read_text(encoding="utf-8")
    assert "PAK-USA" in html
    assert "not enough data" in html
    assert "alignment needs at least three actors" in html
    assert "A comparison needs two dyads" in html
    assert "The US warned Pakistan over militant safe havens." in html


def test_report_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as store:
        out = build_brief(store, tmp_path / "brief.html", options=MeasureOptions(), bootstrap=50)
    assert "nothing to measure yet" in out.read_text(encoding="utf-8")


def test_report_cli_writes_the_brief(tmp_path: Path) -> None:
    from detente.cli import app

    path = build_store(tmp_path / "store.duckdb")
    claims = tmp_path / "op-ed.txt"
    claims.write_text(OP_ED, encoding="utf-8")
    out = tmp_path / "brief.html"
    result = CliRunner().invoke(
        app,
        ["report", "--db", str(path), "--dyads", "PAK-USA,IND-USA", "--out", str(out),
         "--claims-from", str(claims), "--claims-date", "2018-09-10"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "PAK-USA vs IND-USA" in html
    assert "Claims found in op-ed.txt" in html
    bad = CliRunner().invoke(app, ["report", "--db", str(path), "--dyads", "PAKUSA"])
    assert bad.exit_code == 2
    assert "cannot read dyad" in bad.output
