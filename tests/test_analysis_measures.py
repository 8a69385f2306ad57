"""The measures against hand computations and constructed cases, on real DuckDB stores."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

import detente.analysis.table as table_module
from detente.analysis import (
    MeasureOptionError,
    MeasureOptions,
    alignment,
    change_points,
    compare,
    dyad_series,
    dyad_table,
    notes_of,
    options_of,
    summary,
    trend,
)
from detente.dyads import Dyad
from detente.model import EVENT_SCHEMA
from detente.store import Store

PAK_USA = Dyad.parse("PAK-USA")
IND_USA = Dyad.parse("IND-USA")


def events_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Rows with any subset of EVENT_SCHEMA columns, the rest NULL."""
    columns = {name: [row.get(name) for row in rows] for name in EVENT_SCHEMA.names}
    return pa.Table.from_pydict(columns, schema=EVENT_SCHEMA)


def event(n: int, doc: str, day: dt.date, source: str, target: str | None, quad: int,
          goldstein: float, **extra: Any) -> dict[str, Any]:  # fmt: skip
    return {"event_id": f"e{n}", "doc_id": doc, "date": day, "source_country": source,
            "target_country": target, "quad": quad, "goldstein": goldstein,
            "origin": "detente", **extra}  # fmt: skip


@pytest.fixture
def six_events() -> Store:
    """Six events in three documents (hand-computed expectations in the tests)."""
    jan5, jan20, feb3 = dt.date(2020, 1, 5), dt.date(2020, 1, 20), dt.date(2020, 2, 3)
    store = Store(":memory:")
    store.insert_events(
        events_table(
            [
                event(1, "d1", jan5, "PAK", "USA", 1, 3.0, num_articles=2, negated=False),
                event(2, "d1", jan5, "USA", "PAK", 4, -10.0, num_articles=1),
                event(3, "d2", jan20, "USA", "PAK", 2, 7.4),
                event(4, "d2", jan20, "PAK", "USA", 3, -4.0, negated=True),
                event(5, "d3", feb3, "PAK", "USA", 1, 1.0, origin="gdelt2"),
                event(6, "d3", feb3, "USA", "IND", 2, 6.0, origin="gdelt2"),
            ]
        )
    )
    return store


def rows_by(table: pa.Table) -> dict[tuple[str, dt.date], dict[str, Any]]:
    return {(r["dyad"], r["period_start"]): r for r in table.to_pylist()}


JAN, FEB = dt.date(2020, 1, 1), dt.date(2020, 2, 1)


def test_analysis_dyad_table_matches_hand_computation(six_events: Store) -> None:
    rows = rows_by(dyad_table(six_events.con, MeasureOptions(min_events=1)))
    jan = rows[("PAK-USA", JAN)]
    assert (jan["events"], jan["documents"]) == (3, 2)  # the negated event is left out
    assert (jan["q1"], jan["q2"], jan["q3"], jan["q4"]) == (1, 1, 0, 1)
    assert jan["net_coop"] == pytest.approx(1 / 3)
    assert jan["goldstein_sum"] == pytest.approx(0.4)
    assert jan["goldstein_mean"] == pytest.approx(0.4 / 3)
    assert jan["q4_share"] == pytest.approx(1 / 3)
    assert rows[("PAK-USA", FEB)]["net_coop"] == 1.0
    assert rows[("IND-USA", FEB)]["goldstein_mean"] == 6.0
    assert set(rows) == {("PAK-USA", JAN), ("PAK-USA", FEB), ("IND-USA", FEB)}


def test_analysis_directed_dyads_keep_directions_apart(six_events: Store) -> None:
    rows = rows_by(dyad_table(six_events.con, MeasureOptions(min_events=1, directed=True)))
    assert rows[("PAK>USA", JAN)]["events"] == 1
    assert rows[("PAK>USA", JAN)]["goldstein_mean"] == 3.0
    assert rows[("USA>PAK", JAN)]["net_coop"] == 0.0
    assert rows[("USA>PAK", JAN)]["goldstein_mean"] == pytest.approx(-1.3)
    only = dyad_table(six_events.con, MeasureOptions(dyads=(Dyad.parse("USA>PAK"),), min_events=1))
    assert options_of(only).directed is True
    assert {r["dyad"] for r in only.to_pylist()} == {"USA>PAK"}


@pytest.mark.parametrize("directed", [False, True])
def test_analysis_dyad_table_recounts_by_name_when_dyad_keys_collide(
    six_events: Store, monkeypatch: pytest.MonkeyPatch, directed: bool
) -> None:
    options = MeasureOptions(min_events=1, directed=directed, normalise=True)
    keyed = dyad_table(six_events.con, options)
    assert "claimants" not in keyed.column_names
    # Every dyad gets the same key: the table must fall back to grouping by name.
    monkeypatch.setattr(table_module, "_dyad_key", lambda options: "CAST(42 AS UBIGINT)")
    assert dyad_table(six_events.con, options).equals(keyed)


def test_analysis_modalities_weights_and_period(six_events: Store) -> None:
    everything = rows_by(
        dyad_table(six_events.con, MeasureOptions(min_events=1, include_modalities=True))
    )
    assert everything[("PAK-USA", JAN)]["events"] == 4
    assert everything[("PAK-USA", JAN)]["net_coop"] == 0.0
    assert everything[("PAK-USA", JAN)]["goldstein_mean"] == pytest.approx(-0.9)

    weighted = rows_by(
        dyad_table(six_events.con, MeasureOptions(min_events=1, weight="num_articles"))
    )
    jan = weighted[("PAK-USA", JAN)]
    assert jan["weight_total"] == 4.0  # 2 + 1 + (NULL counts 1)
    assert jan["net_coop"] == pytest.approx(0.5)
    assert jan["goldstein_mean"] == pytest.approx(0.85)

    quarters = rows_by(dyad_table(six_events.con, MeasureOptions(min_events=1, period="quarter")))
    assert quarters[("PAK-USA", JAN)]["events"] == 4

    gdelt = dyad_table(six_events.con, MeasureOptions(min_events=1, origins=("gdelt2",)))
    assert gdelt.column("events").to_pylist() == [1, 1]


def test_analysis_sparse_periods_keep_counts_but_no_values(six_events: Store) -> None:
    rows = rows_by(dyad_table(six_events.con, MeasureOptions(min_events=2)))
    feb = rows[("PAK-USA", FEB)]
    assert feb["sparse"] is True
    assert feb["events"] == 1
    assert feb["net_coop"] is None and feb["goldstein_mean"] is None
    assert rows[("PAK-USA", JAN)]["sparse"] is False


def test_analysis_normalise_divides_by_volume_of_either_actor(six_events: Store) -> None:
    rows = rows_by(dyad_table(six_events.con, MeasureOptions(min_events=1, normalise=True)))
    feb = rows[("PAK-USA", FEB)]
    assert feb["volume"] == 2.0  # PAK>USA and USA>IND both involve PAK or USA
    assert feb["events_norm"] == pytest.approx(0.5)
    assert rows[("PAK-USA", JAN)]["events_norm"] == pytest.approx(1.0)


def test_analysis_results_state_their_options(six_events: Store) -> None:
    options = MeasureOptions(min_events=1, weight="num_mentions", period="year")
    table = dyad_table(six_events.con, options)
    assert options_of(table) == options
    assert "plover_score" in notes_of(table) or table.column("plover_score") is not None


def test_analysis_bad_options_say_what_to_use() -> None:
    with pytest.raises(MeasureOptionError, match="week, month, quarter, year"):
        MeasureOptions(period="decade")
    with pytest.raises(MeasureOptionError, match="num_articles"):
        MeasureOptions(weight="tone")
    with pytest.raises(MeasureOptionError, match="read_parquet"):
        MeasureOptions(source="events; DROP TABLE events")


def test_analysis_summary_counts_what_went_in(six_events: Store) -> None:
    result = summary(six_events.con)
    assert result["events_total"] == 6
    assert result["events_counted"] == 5
    assert result["documents_counted"] == 3
    assert result["excluded_modalities"] == 1
    assert (result["date_from"], result["date_to"]) == ("2020-01-05", "2020-02-03")
    assert {o["origin"]: o["events_counted"] for o in result["origins"]} == {
        "detente": 3,
        "gdelt2": 2,
    }


def synthetic_store(
    months: int,
    docs_per_month: int,
    levels: dict[Dyad, list[float]],
    seed: int = 7,
    events_per_doc: int = 3,
) -> Store:
    """Dyads whose expected net cooperation per month is given; one row per event."""
    rng = np.random.default_rng(seed)
    rows: list[dict[str, Any]] = []
    for dyad, level in levels.items():
        for m in range(months):
            day = dt.date(2018 + m // 12, m % 12 + 1, 15)
            for d in range(docs_per_month):
                doc = f"{dyad.label}-{m}-{d}"
                for k in range(events_per_doc):
                    coop = rng.random() < (1 + level[m]) / 2
                    quad = int(rng.integers(1, 3)) if coop else int(rng.integers(3, 5))
                    source, target = (dyad.a, dyad.b) if k % 2 else (dyad.b, dyad.a)
                    rows.append(event(len(rows), doc, day, source, target, quad,
                                      4.0 if coop else -6.0))  # fmt: skip
    store = Store(":memory:")
    store.insert_events(events_table(rows))
    return store


def test_analysis_bootstrap_interval_holds_estimate_and_shrinks() -> None:
    store = synthetic_store(3, 200, {PAK_USA: [0.3] * 3})
    wide = dyad_series(store.con, PAK_USA, MeasureOptions(date_to=dt.date(2018, 3, 31)),
                       bootstrap=500)  # fmt: skip
    store_small = synthetic_store(3, 10, {PAK_USA: [0.3] * 3})
    narrow_rows = wide.to_pylist()
    small_rows = dyad_series(store_small.con, PAK_USA, bootstrap=500).to_pylist()
    for row in narrow_rows + small_rows:
        assert row["net_coop_lo"] <= row["net_coop"] <= row["net_coop_hi"]
        assert row["goldstein_mean_lo"] <= row["goldstein_mean"] <= row["goldstein_mean_hi"]
    width = np.mean([r["net_coop_hi"] - r["net_coop_lo"] for r in narrow_rows])
    small_width = np.mean([r["net_coop_hi"] - r["net_coop_lo"] for r in small_rows])
    assert width < small_width / 2


def test_analysis_series_fills_gaps_and_smooths_on_request() -> None:
    store = synthetic_store(6, 5, {PAK_USA: [0.5] * 6})
    store.con.execute("DELETE FROM events WHERE date = DATE '2018-03-15'")
    series = dyad_series(store.con, PAK_USA, bootstrap=50, smoothing="rolling:2")
    rows = series.to_pylist()
    assert [r["period_start"].month for r in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[2]["sparse"] is True and rows[2]["events"] == 0
    assert rows[2]["net_coop"] is None and rows[2]["net_coop_smooth"] is None
    assert rows[1]["net_coop_smooth"] == pytest.approx(
        (rows[0]["net_coop"] + rows[1]["net_coop"]) / 2
    )
    assert notes_of(series)["smoothing"] == "rolling:2"
    plain = dyad_series(store.con, PAK_USA, bootstrap=50)
    assert "net_coop_smooth" not in plain.column_names
    with pytest.raises(MeasureOptionError, match="rolling:K"):
        dyad_series(store.con, PAK_USA, smoothing="lowess")


def test_analysis_declining_series_has_negative_trend_and_break() -> None:
    level = [0.6] * 18 + [-0.4] * 18
    store = synthetic_store(36, 15, {PAK_USA: level})
    series = dyad_series(store.con, PAK_USA, bootstrap=100)
    found = trend(series)
    assert found.direction == "decreasing" and found.significant
    assert found.p_value < 0.01
    assert found.slope_lo <= found.slope <= found.slope_hi < 0
    breaks = change_points(series)
    assert len(breaks) >= 1
    main = max(breaks, key=lambda b: abs(b.size))
    assert abs(main.index - 18) <= 1
    assert main.before > 0.3 and main.after < -0.1

    flat = synthetic_store(36, 15, {PAK_USA: [0.2] * 36}, seed=3)
    flat_series = dyad_series(flat.con, PAK_USA, bootstrap=100)
    assert trend(flat_series).direction == "no trend"
    assert change_points(flat_series) == []


def test_analysis_compare_diverging_case() -> None:
    store = synthetic_store(24, 20, {PAK_USA: [0.6] * 12 + [-0.4] * 12, IND_USA: [0.5] * 24})
    result = compare(store.con, PAK_USA, IND_USA, bootstrap=200)
    assert result.verdict == "diverging"
    assert result.distinguishable
    assert result.trend.slope < 0
    assert result.opened is not None and dt.date(2018, 11, 1) <= result.opened <= dt.date(
        2019, 3, 1
    )
    assert result.line.startswith("diverging") and "p=" in result.line
    rows = result.periods.to_pylist()
    assert all(r["gap_lo"] <= r["gap"] <= r["gap_hi"] for r in rows)


def test_analysis_compare_null_case_and_indistinguishable() -> None:
    store = synthetic_store(24, 20, {PAK_USA: [0.3] * 24, IND_USA: [0.3] * 24}, seed=2)
    assert compare(store.con, PAK_USA, IND_USA, bootstrap=200).verdict == "no significant change"

    twin = synthetic_store(24, 8, {PAK_USA: [0.3] * 12 + [0.1] * 12})
    twin.con.execute(
        "INSERT INTO events SELECT * REPLACE ('IND' AS source_country, 'c' || doc_id AS doc_id) "
        "FROM events WHERE source_country = 'PAK'"
    )
    twin.con.execute(
        "INSERT INTO events SELECT * REPLACE ('IND' AS target_country, 'c' || doc_id AS doc_id) "
        "FROM events WHERE target_country = 'PAK'"
    )
    same = compare(twin.con, PAK_USA, IND_USA, bootstrap=200)
    assert same.verdict == "no significant change"
    assert not same.distinguishable
    assert "cannot tell the two dyads apart" in same.line


def test_analysis_compare_not_enough_data() -> None:
    store = synthetic_store(2, 10, {PAK_USA: [0.3, 0.3], IND_USA: [0.3, 0.3]})
    result = compare(store.con, PAK_USA, IND_USA, bootstrap=50)
    assert result.verdict == "not enough data"


def alignment_store(signs_by_year: dict[int, dict[tuple[str, str], int]]) -> Store:
    rows: list[dict[str, Any]] = []
    for year, signs in signs_by_year.items():
        for (a, b), sign in signs.items():
            for k in range(6):
                quad, goldstein = (1, 3.0) if sign > 0 else (4, -8.0)
                rows.append(event(len(rows), f"{a}{b}{year}{k}", dt.date(year, 3, 1 + k),
                                  a, b, quad, goldstein))  # fmt: skip
    store = Store(":memory:")
    store.insert_events(events_table(rows))
    return store


EXAMPLE = {
    ("USA", "IND"): 1,
    ("CHN", "PAK"): 1,
    ("USA", "PAK"): -1,
    ("IND", "PAK"): -1,
    ("CHN", "USA"): -1,
    ("CHN", "IND"): -1,
}


def test_analysis_alignment_finds_blocs_and_flips() -> None:
    flipped = {**EXAMPLE, ("USA", "PAK"): 1}
    store = alignment_store({2019: EXAMPLE, 2020: flipped})
    result = alignment(store.con, ["USA", "IND", "CHN", "PAK"])
    first, second = result.periods
    assert first.blocs == (("USA", "IND"), ("CHN", "PAK"))
    assert (first.balanced, first.unbalanced, first.incomplete) == (4, 0, 0)
    assert first.balanced_share == 1.0 and first.frustration == 0 and first.ties == 0
    assert second.unbalanced == 2 and second.frustration == 1
    assert [(f.a, f.b, f.before, f.after) for f in result.flips] == [("PAK", "USA", -1, 1)]
    assert result.options.period == "year"


def test_analysis_alignment_missing_and_neutral_edges_make_incomplete_triads() -> None:
    partial = {k: v for k, v in EXAMPLE.items() if k != ("CHN", "USA")}
    store = alignment_store({2019: partial})
    (period,) = alignment(store.con, ["USA", "IND", "CHN", "PAK"]).periods
    missing = next(e for e in period.edges if (e.a, e.b) == ("CHN", "USA"))
    assert missing.sign is None and missing.events == 0
    assert period.incomplete == 2 and period.balanced == 2
    with pytest.raises(MeasureOptionError, match="three distinct actors"):
        alignment(store.con, ["USA", "IND"])


def test_analysis_alignment_leaves_an_actor_without_relations_out_of_both_blocs() -> None:
    store = alignment_store({2019: {("USA", "IND"): 1, ("USA", "PAK"): -1, ("IND", "PAK"): -1}})
    (period,) = alignment(store.con, ["USA", "IND", "PAK", "CHN"]).periods
    assert period.unplaced == ("CHN",)
    assert set(period.blocs) == {("USA", "IND"), ("PAK",)}
    assert period.to_dict()["unplaced"] == ["CHN"]


def test_analysis_documents_count_distinct_ids_and_skip_missing() -> None:
    day = dt.date(2021, 3, 2)
    store = Store(":memory:")
    store.insert_events(
        events_table(
            [
                event(1, "a" * 32, day, "PAK", "USA", 1, 1.0),
                event(2, "a" * 32, day, "USA", "PAK", 1, 1.0),
                event(3, "b" * 32, day, "PAK", "USA", 1, 1.0),
                {**event(4, "", day, "PAK", "USA", 1, 1.0), "doc_id": None},
                {**event(5, "", day, "PAK", "USA", 1, 1.0), "doc_id": None},
            ]
        )
    )
    (row,) = dyad_table(store.con, MeasureOptions(min_events=1)).to_pylist()
    assert (row["events"], row["documents"]) == (5, 2)  # events without a doc_id: no document
