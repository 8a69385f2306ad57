"""The published UN vote files of ../shared/data/unvotes: load them fast, measure the
dyads the seed op-ed is about, and refuse to separate Pakistan from India on votes alone."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store
from detente.votes import compare_dyads, load_paths, votes_by_dyad_year

SHARED_VOTES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "unvotes"
FILES = (
    "un_votes.rda",
    "un_roll_calls.rda",
    "un_roll_call_issues.rda",
    "idealpoints_bsv_jun2024.csv",
)


@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    paths = [SHARED_VOTES / name for name in FILES]
    missing = [p for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"{missing[0]} is absent: these tests need the project's ../shared/ folder")
    store = Store(tmp_path_factory.mktemp("unvotes") / "votes.duckdb")
    # CPU time, not wall time: colleagues' jobs share this machine's two cores.
    started = time.process_time()
    reports = load_paths(store, paths[:3])
    store.load_seconds = time.process_time() - started  # type: ignore[attr-defined]
    store.reports = reports + load_paths(store, paths[3:])  # type: ignore[attr-defined]
    yield store
    store.close()


def test_votes_real_files_load_fast_and_whole(real_store: Store) -> None:
    assert real_store.load_seconds < 10  # type: ignore[attr-defined]
    by_kind = {r.kind: r for r in real_store.reports}  # type: ignore[attr-defined]
    assert by_kind["unvotes-votes"].votes == 870_109
    assert by_kind["unvotes-votes"].skipped == {}
    assert by_kind["unvotes-rollcalls"].rollcalls == 6_203
    assert by_kind["bsv-ideal-points"].ideal_points == 11_238
    countries = dict(
        real_store.con.execute(
            "SELECT country, count(*) FROM un_votes WHERE country IN "
            "('DEU', 'DDR', 'YEM', 'YMD', 'CSK', 'RUS') GROUP BY 1"
        ).fetchall()
    )
    assert set(countries) == {"DEU", "DDR", "YEM", "YMD", "CSK", "RUS"}
    # Loading the votes again replaces them.
    load_paths(real_store, [SHARED_VOTES / "un_votes.rda"])
    assert real_store.counts()["un_votes"] == 870_109


def test_votes_real_pakistan_and_india_against_usa(real_store: Store) -> None:
    table = votes_by_dyad_year(real_store.con, ["PAK-USA", "IND-USA"], 2000, 2019).to_pylist()
    series = {
        dyad: {r["year"]: r for r in table if r["dyad"] == dyad} for dyad in ("PAK-USA", "IND-USA")
    }
    for rows in series.values():
        assert sorted(rows) == list(range(2000, 2020))
        assert all(60 <= r["n_votes"] <= 130 for r in rows.values())
        assert all(0.15 < r["agreement"] < 0.45 for r in rows.values())
    mean = {d: sum(r["agreement"] for r in rows.values()) / 20 for d, rows in series.items()}
    assert abs(mean["PAK-USA"] - mean["IND-USA"]) < 0.05


def test_votes_real_compare_cannot_separate(real_store: Store) -> None:
    result = compare_dyads(real_store.con, "PAK-USA", "IND-USA", 2000, 2019, n_boot=1000)
    assert len(result.years) == 20
    assert result.separable is False
    assert all(y.ideal_intervals_overlap for y in result.years)
    assert "cannot separate PAK-USA from IND-USA" in (result.warning or "")
    # A pair the votes do tell apart gets no warning.
    clear = compare_dyads(real_store.con, "GBR-USA", "CUB-USA", 2000, 2019, n_boot=1000)
    assert clear.separable is True and clear.warning is None


def test_votes_real_cli_compare_prints_warning(real_store: Store) -> None:
    db = real_store.path
    real_store.close()
    try:
        result = CliRunner().invoke(
            app,
            ["votes", "compare", "PAK-USA", "IND-USA", "--from", "2000", "--to", "2019",
             "--db", db, "--format", "json"],
        )  # fmt: skip
    finally:
        real_store.con = Store(db).con
    assert result.exit_code == 0, result.output
    verdict = json.loads(result.output)
    assert verdict["separable"] is False
    assert "Do not conclude from votes alone" in verdict["warning"]
    assert [y["year"] for y in verdict["years"]] == list(range(2000, 2020))
