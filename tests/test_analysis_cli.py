"""The analysis verbs through the CLI, on a store file in a temporary directory."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.model import EVENT_SCHEMA
from detente.store import Store

runner = CliRunner()
PAIRS = {("USA", "IND"): 1, ("CHN", "PAK"): 1, ("USA", "PAK"): -1, ("IND", "PAK"): -1,
         ("CHN", "USA"): -1, ("CHN", "IND"): -1}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store where each pair of the four actors has six events a month for a year."""
    rows: list[dict[str, Any]] = []
    for (a, b), sign in PAIRS.items():
        for month in range(1, 13):
            for k in range(6):
                rows.append({
                    "event_id": f"{a}{b}{month}{k}", "doc_id": f"{a}{b}{month}{k // 2}",
                    "date": dt.date(2019, month, 1 + k), "source_country": a,
                    "target_country": b, "quad": 1 if sign > 0 else 4,
                    "goldstein": 3.0 if sign > 0 else -8.0, "origin": "detente",
                })  # fmt: skip
    path = tmp_path / "store.duckdb"
    with Store(path) as store:
        columns = {name: [row.get(name) for row in rows] for name in EVENT_SCHEMA.names}
        store.insert_events(pa.Table.from_pydict(columns, schema=EVENT_SCHEMA))
    return str(path)


def test_analysis_cli_dyads_json_and_csv(db: str) -> None:
    result = runner.invoke(app, ["dyads", "--db", db, "--dyad", "PAK-USA", "--period", "year",
                                 "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["options"]["dyads"] == ["PAK-USA"]
    assert data["options"]["counted"] == "asserted events only"
    (row,) = data["rows"]
    assert (row["dyad"], row["events"], row["net_coop"]) == ("PAK-USA", 72, -1.0)

    csv_out = runner.invoke(app, ["dyads", "--db", db, "--directed", "--format", "csv"])
    assert csv_out.exit_code == 0, csv_out.output
    assert "USA>PAK" in csv_out.stdout and "PAK>USA" not in csv_out.stdout

    table_out = runner.invoke(app, ["dyads", "--db", db, "--dyad", "USA>IND", "--period", "year"])
    assert table_out.exit_code == 0, table_out.output
    assert "USA>IND" in table_out.stdout and "2019-01-01" in table_out.stdout


def test_analysis_cli_compare_and_series(db: str) -> None:
    result = runner.invoke(app, ["compare", "PAK-USA", "IND-USA", "--db", db, "--format", "json",
                                 "--bootstrap", "100"])  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["dyad_a"] == "PAK-USA" and data["distinguishable"] is True
    assert data["verdict"] == "no significant change"  # a constant gap of −2 does not move
    assert all(p["gap"] == -2.0 for p in data["periods"])

    table = runner.invoke(app, ["compare", "PAK-USA", "IND-USA", "--db", db, "--bootstrap", "50"])
    assert table.exit_code == 0 and "no significant change" in table.stdout

    series = runner.invoke(app, ["series", "CHN-PAK", "--db", db, "--format", "json",
                                 "--bootstrap", "50"])  # fmt: skip
    assert series.exit_code == 0, series.output
    assert len(json.loads(series.stdout)["rows"]) == 12


def test_analysis_cli_alignment(db: str) -> None:
    result = runner.invoke(app, ["alignment", "--actors", "USA,IND,CHN,PAK", "--db", db,
                                 "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    (period,) = json.loads(result.stdout)["periods"]
    assert period["blocs"] == [["USA", "IND"], ["CHN", "PAK"]]
    assert period["balanced"] == 4
    table = runner.invoke(app, ["alignment", "--actors", "USA,IND,CHN,PAK", "--db", db])
    assert table.exit_code == 0 and "{USA, IND} vs {CHN, PAK}" in table.stdout


def test_analysis_cli_errors_are_one_line(db: str, tmp_path: Path) -> None:
    bad = runner.invoke(app, ["dyads", "--db", db, "--dyad", "Pakistan-USA"])
    assert bad.exit_code == 2 and "cannot read dyad" in bad.output
    missing = runner.invoke(app, ["dyads", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no store at" in missing.output
