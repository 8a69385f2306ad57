"""The canonical op-ed, coded whole: every event the issue lists for it, with its details."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import SEED, shared_path
from detente import code_text
from detente.model import Event

ARTICLE_DATE = dt.date(2018, 9, 10)


@pytest.fixture(scope="module")
def events() -> list[Event]:
    path = shared_path("seeds", SEED.name)
    return code_text(path.read_text(encoding="utf-8"), ARTICLE_DATE)


def _find(events: list[Event], source: str, root: str, target: str) -> list[Event]:
    found = [
        e
        for e in events
        if (e.source.country, e.cameo_root, e.target.country) == (source, root, target)
    ]
    assert found, f"no {source}>{target} root {root}"
    return found


def _asserted(event: Event) -> bool:
    modality = event.modality
    return not (modality.negated or modality.hypothetical or modality.future)


def test_seed_aid_cuts_with_their_amounts(events: list[Event]) -> None:
    cuts = _find(events, "USA", "16", "PAK")
    amounts = {e.amount.value for e in cuts if e.amount is not None}
    assert {300e6, 500e6} <= amounts  # not reimbursed now; withheld earlier
    assert all(_asserted(e) for e in cuts)


def test_seed_warnings_dated_august_and_december_2017(events: list[Event]) -> None:
    warnings = _find(events, "USA", "13", "PAK")
    months = {(e.date, e.date_precision) for e in warnings}
    assert {(dt.date(2017, 8, 1), "month"), (dt.date(2017, 12, 1), "month")} <= months
    december = [e for e in warnings if e.date == dt.date(2017, 12, 1)]
    assert december[0].source.sector == "SPY"  # Pompeo was CIA director then


def test_seed_calls_on_pakistan_to_act_from_both_partners(events: list[Event]) -> None:
    for caller in ("USA", "IND"):
        assert any(_asserted(e) for e in _find(events, caller, "10", "PAK"))


def test_seed_negated_demand_is_kept_and_flagged(events: list[Event]) -> None:
    assert any(e.modality.negated for e in _find(events, "USA", "10", "PAK"))


def test_seed_visits_to_islamabad_and_new_delhi(events: list[Event]) -> None:
    for host in ("PAK", "IND"):
        assert any(e.cameo == "042" for e in _find(events, "USA", "04", host))


def test_seed_congratulatory_call_to_the_new_prime_minister(events: list[Event]) -> None:
    assert any(e.cameo == "041" for e in _find(events, "USA", "04", "PAK"))


def test_seed_joint_statement_is_cooperation_both_ways(events: list[Event]) -> None:
    for source, target in (("USA", "IND"), ("IND", "USA")):
        statement = [
            e
            for e in events
            if (e.source.country, e.target.country) == (source, target)
            and e.date == dt.date(2018, 9, 6)
            and e.quad in (1, 2)
        ]
        assert statement, f"no cooperation {source}>{target} on 6 September"


def test_seed_china_pakistan_cooperation(events: list[Event]) -> None:
    for source, target in (("CHN", "PAK"), ("PAK", "CHN")):
        assert any(e.quad in (1, 2) and _asserted(e) for e in events
                   if (e.source.country, e.target.country) == (source, target))  # fmt: skip
