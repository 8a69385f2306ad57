"""`detente ingest` from the command line: summary, problems by line, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "data" / "gdelt" / "gdelt1_events_sample.tsv"

pytestmark = pytest.mark.skipif(
    not SAMPLE.exists(), reason=f"the shared GDELT sample is not at {SAMPLE}"
)


def run(*args: str):
    from detente.cli import app

    return CliRunner().invoke(app, list(args))


def test_sources_cli_ingest_loads_and_reports_lines(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    bad = lines[1].split("\t")
    bad[26] = "13y"
    lines[1] = "\t".join(bad)
    broken = tmp_path / "broken.tsv"
    broken.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    result = run("ingest", str(SAMPLE), str(broken), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert f"{broken}:2: invalid CAMEO EventCode '13y'" in result.output
    assert f"{SAMPLE}: 201 rows of 57 fields, 509 rows of 58 fields" in result.output
    with Store(db, read_only=True) as store:
        assert store.counts()["events"] == 714
        assert store.counts()["files"] == 2
    again = run("ingest", str(SAMPLE), "--db", str(db))
    assert again.exit_code == 0 and "already" in again.output


def test_sources_cli_exit_codes(tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    odd = tmp_path / "odd.txt"
    odd.write_text("hello\n", encoding="utf-8")
    assert run("ingest", str(odd), "--db", db).exit_code == 1  # nothing could be processed
    assert run("ingest", str(odd), str(SAMPLE), "--db", db).exit_code == 0
    other = tmp_path / "copy.tsv"
    other.write_bytes(SAMPLE.read_bytes() + b"\n")
    assert run("ingest", str(odd), str(other), "--db", db, "--strict").exit_code == 1
    assert run("ingest", str(SAMPLE), "--format", "gdelt3", "--db", db).exit_code == 2


def test_sources_cli_events_csv_map(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("d,s,t,c\n2019-02-27,IND,PAK,190\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    result = run(
        "ingest", str(path), "--format", "events-csv", "--db", str(db),
        "--map", "date=d,source_country=s,target_country=t,cameo=c",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        row = store.con.execute(
            "SELECT source_country, target_country, quad FROM events"
        ).fetchone()
    assert row == ("IND", "PAK", 4)
