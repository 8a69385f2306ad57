"""Claims found in opinion text, and their verdicts against a store built in code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.analysis import MeasureOptions
from detente.analysis.claims import check_claims, find_claims
from detente.dyads import Dyad
from detente.store import Store
from test_report_fixture import build_one_article_store, build_store

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_d43dfcba9d6e2709.txt"


def _summary(text: str, date: dt.date | None = None) -> set[tuple[str, str, str | None]]:
    return {(c.dyad.label, c.polarity, c.trend) for c in find_claims(text, date)}


def test_claims_compound_pairs_with_change_cues() -> None:
    text = (
        "Observers point to the deepening Sino-Pakistani partnership. "
        "Meanwhile the rising Russo-Japanese tensions worry Tokyo's neighbours."
    )
    assert _summary(text) == {
        ("CHN-PAK", "cooperative", "improving"),
        ("JPN-RUS", "conflictual", "worsening"),
    }


def test_claims_the_two_countries_resolves_to_the_pair_named_before() -> None:
    text = (
        "Iran and Turkey share a long border. Trade keeps growing, and so does the "
        "friendship between the two countries."
    )
    claims = find_claims(text, dt.date(2020, 5, 1))
    assert [(c.dyad.label, c.polarity) for c in claims] == [("IRN-TUR", "cooperative")]
    assert claims[0].text == "friendship between the two countries"
    assert text[claims[0].start : claims[0].end] == claims[0].text


def test_claims_hedged_or_reversed_cues() -> None:
    hedged = "There are prospects of cooperation between Islamabad and Washington."
    assert find_claims(hedged) == []
    reversed_cue = "The collapse of Indo-US cooperation surprised nobody."
    assert _summary(reversed_cue) == {("IND-USA", "conflictual", None)}


def test_claims_period_is_the_year_before_the_article() -> None:
    (claim,) = find_claims("The US-China rivalry sharpened.", dt.date(2018, 9, 10))
    assert claim.period == (dt.date(2017, 9, 11), dt.date(2018, 9, 10))
    (undated,) = find_claims("The US-China rivalry sharpened.")
    assert undated.period == (None, None)


@pytest.mark.skipif(not SEED.exists(), reason="shared/seeds is not beside the project")
def test_claims_in_the_seed_op_ed() -> None:
    found = _summary(SEED.read_text(encoding="utf-8"), dt.date(2018, 9, 10))
    assert {
        ("PAK-USA", "conflictual", "worsening"),
        ("IND-USA", "cooperative", "improving"),
        ("CHN-PAK", "cooperative", "improving"),
        ("CHN-USA", "conflictual", "worsening"),
        ("PAK-USA", "conflictual", None),
    } <= found
    # Wishes and possibilities in the op-ed ("prospects of cooperation between Islamabad
    # and Washington") are not claims: no cooperative PAK-USA claim may appear.
    assert ("PAK-USA", "cooperative", None) not in found


def test_check_claims_verdicts_against_the_store(tmp_path: Path) -> None:
    path = build_store(tmp_path / "store.duckdb")
    text = (
        "The growing Pakistan-US strategic divergence is plain. The Indo-US partnership "
        "is real. Pakistan-US cooperation is strong. The US-China rivalry dominates."
    )
    with Store(path) as store:
        checks = check_claims(store.con, find_claims(text, dt.date(2018, 9, 10)), bootstrap=200)
    verdicts = {(c.claim.dyad.label, c.claim.polarity, c.claim.trend): c for c in checks}
    worsening = verdicts[("PAK-USA", "conflictual", "worsening")]
    assert (worsening.verdict, worsening.test) == ("supported", "trend")
    assert worsening.trend_direction == "decreasing"
    assert verdicts[("IND-USA", "cooperative", None)].verdict == "supported"
    contradicted = verdicts[("PAK-USA", "cooperative", None)]
    assert contradicted.verdict == "contradicted"
    assert contradicted.net_coop_hi is not None and contradicted.net_coop_hi < 0
    missing = verdicts[("CHN-USA", "conflictual", None)]
    assert (missing.verdict, missing.events) == ("not enough data", 0)


def test_check_claims_on_one_article_says_it_is_thin(tmp_path: Path) -> None:
    text = "The relationship between Pakistan and the US is in deep trouble."
    path = build_one_article_store(tmp_path / "one.duckdb", text, dt.date(2018, 9, 10))
    with Store(path) as store:
        claims = find_claims(text, dt.date(2018, 9, 10), doc_id="doc-only")
        (few,) = check_claims(store.con, claims, bootstrap=100)
        assert few.verdict == "not enough data"
        (check,) = check_claims(store.con, claims, MeasureOptions(min_events=2), bootstrap=100)
    assert check.verdict == "supported"
    assert check.claim.dyad == Dyad.parse("PAK-USA")
    assert any("one article is thin evidence" in c for c in check.caveats)
    assert any("article that makes the claim" in c for c in check.caveats)
