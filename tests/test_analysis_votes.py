"""UN vote measures joined to yearly event measures, on a small store built here.

Roll calls of the 55th session (UN year 2000; roll call 4 was held in January 2001 but
stays in the session's year) and one of the 56th (2001), votes 1 yes, 2 abstain, 3 no:

    rcid  session  date        USA  PAK  IND
      1     55     2000-10-02   1    1    1
      2     55     2000-11-06   3    1    1
      3     55     2000-12-04   3    3    1
      4     55     2001-01-15   2    1    1
      5     56     2001-10-01   1    1    1

PAK-USA in 2000: distances 0, 2, 0, 1, mean 3/4, so agreement 1 − 3/8 = 0.625 and
S = 0.25. Kappa: PAK votes yes/abstain/no 3/4, 0, 1/4 and USA 1/4, 1/4, 1/2, so the
expected distance is 1.125 and kappa = 1 − 0.75 / 1.125 = 1/3. Pi pools the shares to
1/2, 1/8, 3/8: expected distance 31/32, pi = 1 − 24/31 = 7/31.
IND-USA in 2000: distances 0, 2, 2, 1, agreement 1 − 5/8 = 0.375.
2001: one unanimous yes, agreement 1 and kappa undefined (no distance to expect).
Ideal points 2000: USA 2.0 (1.8–2.2), PAK −1.0 (−1.3 to −0.7): distance 3.0, 2.5–3.5.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from detente.analysis import MeasureOptionError, MeasureOptions, dyad_table, notes_of
from detente.cli import app
from detente.model import EVENT_SCHEMA
from detente.store import Store
from detente.votes import votes_by_dyad_year

runner = CliRunner()
ROLLCALLS = [
    (1, 55, "2000-10-02", {"USA": "yes", "PAK": "yes", "IND": "yes"}),
    (2, 55, "2000-11-06", {"USA": "no", "PAK": "yes", "IND": "yes"}),
    (3, 55, "2000-12-04", {"USA": "no", "PAK": "no", "IND": "yes"}),
    (4, 55, "2001-01-15", {"USA": "abstain", "PAK": "yes", "IND": "yes"}),
    (5, 56, "2001-10-01", {"USA": "yes", "PAK": "yes", "IND": "yes"}),
]
#: (source, target, year, events): every event cooperative, one document per two events.
EVENTS = [
    ("PAK", "USA", 2000, 6),
    ("USA", "PAK", 2001, 5),
    ("PAK", "USA", 2002, 5),
    ("IND", "USA", 2000, 5),
    ("USA", "IGOUNO", 2000, 5),
]
Y2000, Y2001, Y2002 = dt.date(2000, 1, 1), dt.date(2001, 1, 1), dt.date(2002, 1, 1)


def fill(store: Store) -> None:
    """The events, roll calls, votes and ideal points of the module docstring."""
    rows: list[dict[str, Any]] = []
    for source, target, year, count in EVENTS:
        for k in range(count):
            rows.append({"event_id": f"{source}{target}{year}{k}",
                         "doc_id": f"{source}{target}{year}-{k // 2}",
                         "date": dt.date(year, 3, 1 + k), "source_country": source,
                         "target_country": target, "quad": 1, "goldstein": 3.0,
                         "origin": "detente"})  # fmt: skip
    columns = {name: [row.get(name) for row in rows] for name in EVENT_SCHEMA.names}
    store.insert_events(pa.Table.from_pydict(columns, schema=EVENT_SCHEMA))
    for rcid, session, day, votes in ROLLCALLS:
        store.con.execute(
            "INSERT INTO un_rollcalls (rcid, session, date, issues) VALUES (?, ?, ?, [])",
            [rcid, session, day],
        )
        for country, vote in votes.items():
            store.con.execute("INSERT INTO un_votes VALUES (?, ?, ?)", [rcid, country, vote])
    store.con.execute(
        "INSERT INTO ideal_points VALUES ('USA', 55, 2000, 2.0, 1.8, 2.0, 2.2, 4), "
        "('PAK', 55, 2000, -1.0, -1.3, -1.0, -0.7, 4)"
    )


@pytest.fixture
def voting(store: Store) -> Store:
    fill(store)
    return store


def by_dyad_year(table: pa.Table) -> dict[tuple[str, dt.date], dict[str, Any]]:
    return {(r["dyad"], r["period_start"]): r for r in table.to_pylist()}


YEARLY = MeasureOptions(period="year", min_events=1)


def test_analysis_votes_join_hand_computed_measures(voting: Store) -> None:
    table = dyad_table(voting.con, YEARLY, with_votes=True)
    rows = by_dyad_year(table)
    pak_2000 = rows[("PAK-USA", Y2000)]
    assert (pak_2000["events"], pak_2000["documents"], pak_2000["net_coop"]) == (6, 3, 1.0)
    assert pak_2000["n_votes"] == 4  # the January 2001 roll call counts in UN year 2000
    assert pak_2000["agreement"] == pytest.approx(0.625)
    assert pak_2000["s_score"] == pytest.approx(0.25)
    assert pak_2000["kappa"] == pytest.approx(1 / 3)
    assert pak_2000["pi"] == pytest.approx(7 / 31)
    assert pak_2000["ideal_distance"] == pytest.approx(3.0)
    assert (pak_2000["ideal_distance_lo"], pak_2000["ideal_distance_hi"]) == pytest.approx(
        (2.5, 3.5)
    )
    assert rows[("IND-USA", Y2000)]["agreement"] == pytest.approx(0.375)
    pak_2001 = rows[("PAK-USA", Y2001)]  # the events ran USA>PAK: undirected, same dyad
    assert (pak_2001["n_votes"], pak_2001["agreement"], pak_2001["kappa"]) == (1, 1.0, None)
    assert pak_2001["ideal_distance"] is None
    assert "UN year" in notes_of(table)["votes"]


def test_analysis_votes_null_where_no_votes(voting: Store) -> None:
    rows = by_dyad_year(dyad_table(voting.con, YEARLY, with_votes=True))
    vote_columns = ["n_votes", "agreement", "s_score", "kappa", "pi", "ideal_distance"]
    # No roll call in 2002, and an IGO holds no seat: events kept, vote columns empty.
    for key in [("PAK-USA", Y2002), ("IGOUNO-USA", Y2000)]:
        assert rows[key]["events"] == 5
        assert [rows[key][c] for c in vote_columns] == [None] * len(vote_columns)


def test_analysis_votes_same_as_votes_module(voting: Store) -> None:
    options = YEARLY.replace(dyads=("PAK-USA", "IND-USA"))
    joined = dyad_table(voting.con, options, with_votes=True).to_pylist()
    assert [(r["dyad"], r["period_start"].year) for r in joined] == [
        ("IND-USA", 2000), ("PAK-USA", 2000), ("PAK-USA", 2001), ("PAK-USA", 2002),
    ]  # fmt: skip
    votes = votes_by_dyad_year(voting.con, ["PAK-USA", "IND-USA"], 2000, 2002).to_pylist()
    expected = {(v["dyad"], v["year"]): v for v in votes}
    # IND-USA voted in 2001 but has no events then: the votes join onto event rows.
    assert ("IND-USA", 2001) in expected
    for row in joined:
        vote = expected.get((row["dyad"], row["period_start"].year), {})
        for column in ["n_votes", "agreement", "s_score", "kappa", "pi", "ideal_distance"]:
            assert row[column] == vote.get(column)
    plain = dyad_table(voting.con, options)
    assert "agreement" not in plain.column_names and "votes" not in notes_of(plain)


def test_analysis_votes_refuse_directed_and_sub_yearly(voting: Store) -> None:
    with pytest.raises(MeasureOptionError, match="undirected dyads"):
        dyad_table(voting.con, YEARLY.replace(dyads=("USA>PAK",)), with_votes=True)
    with pytest.raises(MeasureOptionError, match="undirected dyads"):
        dyad_table(voting.con, YEARLY.replace(directed=True), with_votes=True)
    with pytest.raises(MeasureOptionError, match="--period year"):
        dyad_table(voting.con, MeasureOptions(period="month"), with_votes=True)


def test_analysis_votes_cli(tmp_path: Path) -> None:
    db = tmp_path / "votes.duckdb"
    with Store(db) as store:
        fill(store)
    result = runner.invoke(app, ["dyads", "--db", str(db), "--dyad", "PAK-USA", "--period",
                                 "year", "--min-events", "1", "--with-votes", "--format",
                                 "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert [(r["period_start"], r["agreement"]) for r in rows] == [
        ("2000-01-01", 0.625), ("2001-01-01", 1.0), ("2002-01-01", None),
    ]  # fmt: skip
    shown = runner.invoke(app, ["dyads", "--db", str(db), "--period", "year", "--with-votes",
                                "--format", "csv"])  # fmt: skip
    assert shown.exit_code == 0, shown.output
    header, *lines = shown.stdout.splitlines()
    assert {"agreement", "s_score", "kappa", "pi", "ideal_distance_lo"} <= set(header.split(","))
    assert any(
        line.startswith("IND,USA,IND-USA,2000-01-01") and ",0.375," in line for line in lines
    )
    table = runner.invoke(app, ["dyads", "--db", str(db), "--period", "year", "--with-votes"])
    assert table.exit_code == 0, table.output
    directed = runner.invoke(app, ["dyads", "--db", str(db), "--period", "year", "--directed",
                                   "--with-votes"])  # fmt: skip
    assert directed.exit_code == 1
    assert "undirected dyads" in directed.output
    monthly = runner.invoke(app, ["dyads", "--db", str(db), "--with-votes"])
    assert monthly.exit_code == 1 and "--period year" in monthly.output
