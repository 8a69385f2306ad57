"""UN vote loading, measures and verbs on a small case built here and checked by hand.

Four countries and six roll calls of the 55th session (UN year 2000), coded 1 yes,
2 abstain, 3 no (8 = absent):

    rcid   USA  PAK  IND  CHN   issue
      1     1    1    1    1
      2     3    1    1    1    me
      3     3    3    2    1    me
      4     2    1    1    1
      5     3    2    1    1
      6     1    1    8    1

Roll call 7 (session 56, UN year 2001) is a unanimous yes; roll call 8 (session 61,
2006) has Yugoslavia's seat (COW 345) voting, which the measures read as Serbia.
"""

from __future__ import annotations

import csv
import json
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import FormatError
from detente.store import Store
from detente.votes import (
    compare_dyads,
    create_votes_view,
    load_path,
    load_paths,
    votes_by_dyad_year,
)

COW = {"USA": 2, "PAK": 770, "IND": 750, "CHN": 710}
VOTES = {
    1: {"USA": 1, "PAK": 1, "IND": 1, "CHN": 1},
    2: {"USA": 3, "PAK": 1, "IND": 1, "CHN": 1},
    3: {"USA": 3, "PAK": 3, "IND": 2, "CHN": 1},
    4: {"USA": 2, "PAK": 1, "IND": 1, "CHN": 1},
    5: {"USA": 3, "PAK": 2, "IND": 1, "CHN": 1},
    6: {"USA": 1, "PAK": 1, "IND": 8, "CHN": 1},
    7: {"USA": 1, "PAK": 1, "IND": 1, "CHN": 1},
}
VOETEN_COLUMNS = [
    "rcid", "ccode", "member", "vote", "Country", "Countryname", "year", "session",
    "importantvote", "date", "unres", "me", "nu", "di", "hr", "co", "ec",
]  # fmt: skip
runner = CliRunner()


def write_voeten_csv(path: Path, override: dict[tuple[int, str], int] | None = None) -> Path:
    """A file in the layout of Voeten's UNVotes CSV, with a few rows that cannot be stored."""
    override = override or {}
    rows = []
    for rcid, votes in VOTES.items():
        session = 55 if rcid <= 6 else 56
        for country, vote in votes.items():
            rows.append(
                {
                    "rcid": rcid, "ccode": COW[country], "member": 1,
                    "vote": override.get((rcid, country), vote), "Country": country,
                    "Countryname": country, "year": 1945 + session, "session": session,
                    "importantvote": 0, "date": f"{1945 + session}-12-0{rcid % 7 + 1}",
                    "unres": f"R/{session}/{rcid}", "me": int(rcid in (2, 3)), "nu": 0,
                    "di": 0, "hr": 0, "co": 0, "ec": 0,
                }
            )  # fmt: skip
    common = {"member": 1, "year": 2006, "session": 61, "importantvote": 0, "date": "2006-10-02"}
    common |= {"unres": "R/61/1", "me": 0, "nu": 0, "di": 0, "hr": 0, "co": 0, "ec": 0}
    rows.append(common | {"rcid": 8, "ccode": 2, "vote": 3, "Country": "USA", "Countryname": ""})
    rows.append(common | {"rcid": 8, "ccode": 345, "vote": 1, "Country": "YUG", "Countryname": ""})
    # West Germany no longer a member in 2006, and a COW number no table knows.
    rows.append(common | {"rcid": 8, "ccode": 260, "vote": 9, "Country": "GFR", "Countryname": ""})
    rows.append(common | {"rcid": 8, "ccode": 9999, "vote": 1, "Country": "XXX", "Countryname": ""})
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=VOETEN_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_ideal_points(path: Path) -> Path:
    """A BSV ideal-point file; COW 680 carries the file's own mislabel YAR for South Yemen."""
    header = ["", "ccode", "session", "NVotesAll", "IdealPointAll", "Q5%All", "Q50%All",
              "Q95%All", "iso3c", "Countryname"]  # fmt: skip
    rows = [
        [1, 2, 55, 70, 2.0, 1.8, 2.0, 2.2, "USA", "United States"],
        [2, 770, 55, 70, -1.0, -1.3, -1.0, -0.7, "PAK", "Pakistan"],
        [3, 750, 55, 70, -0.9, -1.2, -0.9, -0.6, "IND", "India"],
        [4, 710, 55, 70, -1.5, -1.6, -1.5, -1.4, "CHN", "China"],
        [5, 680, 30, 50, -1.9, -2.1, -1.9, -1.7, "YAR", "Yemen People's Republic"],
    ]
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def small_files(tmp_path: Path) -> list[Path]:
    return [
        write_voeten_csv(tmp_path / "UNVotes.csv"),
        write_ideal_points(tmp_path / "idealpoints_bsv_test.csv"),
    ]


@pytest.fixture
def loaded(store: Store, small_files: list[Path]) -> Store:
    load_paths(store, small_files)
    return store


def _row(store: Store, dyad: str, year: int, issue: str | None = None) -> dict:
    rows = votes_by_dyad_year(store.con, [dyad], year, year, issue).to_pylist()
    assert len(rows) == 1, rows
    return rows[0]


# -- loading ---------------------------------------------------------------------


def test_votes_voeten_csv_report_counts_every_row(store: Store, small_files: list[Path]) -> None:
    report = load_path(store, small_files[0])[0]
    assert report.kind == "voeten-csv"
    assert report.rows_read == 32
    assert report.votes == 29
    assert report.rollcalls == 8
    assert report.skipped == {"absent": 1, "not a member": 1, "unknown country 9999": 1}
    stored = store.con.execute("SELECT vote, count(*) FROM un_votes GROUP BY 1").fetchall()
    assert dict(stored) == {"yes": 21, "abstain": 3, "no": 5}
    issues = store.con.execute("SELECT rcid, issues FROM un_rollcalls ORDER BY rcid").fetchall()
    assert issues[1] == (2, ["me"]) and issues[0] == (1, [])


def test_votes_loading_twice_replaces_rows(store: Store, small_files: list[Path]) -> None:
    load_paths(store, small_files)
    first = store.counts()["un_votes"], _table_size(store, "un_rollcalls")
    load_paths(store, small_files)
    assert (store.counts()["un_votes"], _table_size(store, "un_rollcalls")) == first
    assert _table_size(store, "ideal_points") == 5
    # A corrected file replaces the vote it changes.
    changed = write_voeten_csv(small_files[0].with_name("fixed.csv"), {(2, "PAK"): 3})
    load_path(store, changed)
    assert store.counts()["un_votes"] == first[0]
    vote = store.con.execute("SELECT vote FROM un_votes WHERE rcid = 2 AND country = 'PAK'")
    assert vote.fetchone() == ("no",)


def _table_size(store: Store, table: str) -> int:
    return store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_votes_ideal_points_mapped_by_cow_number(loaded: Store) -> None:
    rows = loaded.con.execute(
        "SELECT country, session, year, ideal, q05, q95 FROM ideal_points WHERE session = 30"
    ).fetchall()
    assert rows == [("YMD", 30, 1975, -1.9, -2.1, -1.7)]


def test_votes_unknown_file_layout_is_a_format_error(store: Store, tmp_path: Path) -> None:
    other = tmp_path / "events.csv"
    other.write_text("date,source,target\n2020-01-01,USA,PAK\n")
    with pytest.raises(FormatError, match="match no vote file"):
        load_path(store, other)


# -- measures, checked by hand -----------------------------------------------------


def test_votes_pak_usa_by_hand(loaded: Store) -> None:
    # d = 0,2,0,1,1,0: Σd = 4 over n = 6. USA shares (yes, abst, no) = (1/3, 1/6, 1/2),
    # PAK (2/3, 1/6, 1/6). Expected distance with own shares:
    # 1/18 + 1/9 + 1/36 + 1/12 + 2·(1/18 + 1/3) = 19/18; pooled (1/2, 1/6, 1/3):
    # 2·(1/12 + 1/18) + 4·(1/6) = 17/18.
    row = _row(loaded, "USA-PAK", 2000)
    assert row["dyad"] == "PAK-USA" and row["n_votes"] == 6
    assert row["agreement"] == pytest.approx(float(1 - Fraction(4, 6) / 2))  # 2/3
    assert row["s_score"] == pytest.approx(1 / 3)
    assert row["kappa"] == pytest.approx(float(1 - Fraction(2, 3) / Fraction(19, 18)))  # 7/19
    assert row["pi"] == pytest.approx(float(1 - Fraction(2, 3) / Fraction(17, 18)))  # 5/17


def test_votes_ind_usa_counts_only_votes_both_cast(loaded: Store) -> None:
    # India was absent on roll call 6: n = 5, d = 0,2,1,1,2. IND shares (4/5, 1/5, 0),
    # USA on those five (1/5, 1/5, 3/5): D_e = 4/25 + 1/25 + 3/25 + 2·12/25 = 32/25;
    # pooled (1/2, 1/5, 3/10): D_e = 2·(1/10 + 3/50) + 4·3/20 = 23/25.
    row = _row(loaded, "IND-USA", 2000)
    assert row["n_votes"] == 5
    assert row["agreement"] == pytest.approx(2 / 5)
    assert row["s_score"] == pytest.approx(-1 / 5)
    assert row["kappa"] == pytest.approx(1 / 16)
    assert row["pi"] == pytest.approx(-7 / 23)


def test_votes_kappa_is_zero_when_one_side_never_varies(loaded: Store) -> None:
    # China voted yes six times: chance explains all disagreement, so kappa = 0 exactly,
    # while pi (pooled shares (2/3, 1/12, 1/4), D_e = 59/72) still penalises it.
    row = _row(loaded, "CHN-USA", 2000)
    assert row["agreement"] == pytest.approx(5 / 12)
    assert row["s_score"] == pytest.approx(-1 / 6)
    assert row["kappa"] == pytest.approx(0.0)
    assert row["pi"] == pytest.approx(-25 / 59)


def test_votes_chance_measures_undefined_without_variation(loaded: Store) -> None:
    row = _row(loaded, "PAK-USA", 2001)
    assert row["n_votes"] == 1 and row["agreement"] == 1.0 and row["s_score"] == 1.0
    assert row["kappa"] is None and row["pi"] is None


def test_votes_issue_restricts_roll_calls(loaded: Store) -> None:
    row = _row(loaded, "PAK-USA", 2000, issue="me")
    assert row["n_votes"] == 2
    assert row["agreement"] == pytest.approx(0.5)  # yes/no, then no/no


def test_votes_ideal_distance_interval_from_bands(loaded: Store) -> None:
    row = _row(loaded, "PAK-USA", 2000)
    assert row["ideal_distance"] == pytest.approx(3.0)
    assert row["ideal_distance_lo"] == pytest.approx(1.8 - (-0.7))  # gap between the bands
    assert row["ideal_distance_hi"] == pytest.approx(2.2 - (-1.3))  # widest spread


def test_votes_yugoslavia_seat_read_as_serbia_from_2006(loaded: Store) -> None:
    assert _row(loaded, "SRB-USA", 2006)["agreement"] == 0.0
    assert votes_by_dyad_year(loaded.con, ["USA-YUG"], 2006, 2006).num_rows == 0


def test_votes_view_matches_function(loaded: Store) -> None:
    create_votes_view(loaded.con)
    from_view = loaded.con.execute(
        "SELECT agreement, kappa, n_votes FROM vote_dyad_years WHERE dyad = 'IND-USA' "
        "AND year = 2000"
    ).fetchall()
    row = _row(loaded, "IND-USA", 2000)
    assert from_view == [(row["agreement"], row["kappa"], row["n_votes"])]


def test_votes_compare_flags_overlapping_ideal_intervals(loaded: Store) -> None:
    result = compare_dyads(loaded.con, "PAK-USA", "IND-USA", 2000, 2000, n_boot=500)
    (year,) = result.years
    assert year.agreement_difference == pytest.approx(2 / 3 - 2 / 5)
    assert year.ideal_intervals_overlap is True
    assert year.separable is False and result.separable is False
    assert "cannot separate PAK-USA from IND-USA" in (result.warning or "")


# -- the verbs ---------------------------------------------------------------------


def test_votes_cli_load_agreement_compare(tmp_path: Path, small_files: list[Path]) -> None:
    db = str(tmp_path / "cli.duckdb")
    loaded = runner.invoke(app, ["votes", "load", *map(str, small_files), "--db", db])
    assert loaded.exit_code == 0, loaded.output
    assert "29 votes" in loaded.output and "1 × absent" in loaded.output

    shown = runner.invoke(
        app, ["votes", "agreement", "--dyad", "USA-PAK", "--to", "2001", "--db", db, "--format",
              "json"]
    )  # fmt: skip
    assert shown.exit_code == 0, shown.output
    records = json.loads(shown.output)
    assert [r["year"] for r in records] == [2000, 2001]
    assert list(records[0]) == [
        "year", "agreement", "s_score", "kappa", "pi", "ideal_distance",
        "ideal_distance_lo", "ideal_distance_hi", "n_votes",
    ]  # fmt: skip
    assert records[0]["agreement"] == pytest.approx(2 / 3)

    as_csv = runner.invoke(
        app, ["votes", "agreement", "--dyad", "PAK-USA", "--issue", "me", "--db", db,
              "--format", "csv"]
    )  # fmt: skip
    assert as_csv.exit_code == 0, as_csv.output
    assert as_csv.output.splitlines()[1].startswith("2000,0.5,0.0,")

    compared = runner.invoke(
        app, ["votes", "compare", "PAK-USA", "IND-USA", "--to", "2000", "--db", db, "--format",
              "json", "--boot", "200"]
    )  # fmt: skip
    assert compared.exit_code == 0, compared.output
    verdict = json.loads(compared.output)
    assert verdict["separable"] is False and "cannot separate" in verdict["warning"]

    table = runner.invoke(app, ["votes", "compare", "PAK-USA", "IND-USA", "--db", db])
    assert table.exit_code == 0, table.output
    assert "separable: false" in table.output and "warning:" in table.output


def test_votes_cli_errors_name_the_problem(tmp_path: Path, small_files: list[Path]) -> None:
    db = str(tmp_path / "cli.duckdb")
    missing = runner.invoke(app, ["votes", "agreement", "--dyad", "PAK-USA", "--db", db])
    assert missing.exit_code == 1 and "votes load" in missing.output
    runner.invoke(app, ["votes", "load", *map(str, small_files), "--db", db])
    bad_dyad = runner.invoke(app, ["votes", "agreement", "--dyad", "PAKUSA", "--db", db])
    assert bad_dyad.exit_code == 2 and "PAK-USA" in bad_dyad.output
    not_member = runner.invoke(app, ["votes", "agreement", "--dyad", "PAK-ZZZ", "--db", db])
    assert not_member.exit_code == 2 and "ZZZ" in not_member.output
    bad_issue = runner.invoke(
        app, ["votes", "agreement", "--dyad", "PAK-USA", "--issue", "xx", "--db", db]
    )
    assert bad_issue.exit_code == 2 and "Human rights" in bad_issue.output
    no_data = runner.invoke(app, ["votes", "agreement", "--dyad", "FRA-USA", "--db", db])
    assert no_data.exit_code == 1 and "no UN votes" in no_data.output
