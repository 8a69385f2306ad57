"""The main verbs as a user runs them: analyze, code, evaluate, migrate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import CORPUS, SEED, shared_path
from detente.cli import app
from detente.store import Store

runner = CliRunner()


def _invoke(*args: str) -> object:
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _net_coop(db: Path, a: str, b: str) -> float:
    with Store(db, read_only=True) as store:
        row = store.con.execute(
            """SELECT (count(*) FILTER (WHERE quad IN (1, 2))
                       - count(*) FILTER (WHERE quad IN (3, 4))) / count(*)
               FROM events WHERE least(source_country, target_country) = ?
               AND greatest(source_country, target_country) = ?
               AND NOT (negated OR hypothetical OR future)""",
            [a, b],
        ).fetchone()
    assert row is not None and row[0] is not None, f"no events for {a}-{b}"
    return float(row[0])


def test_cli_analyze_seed_shows_divergence_with_evidence(tmp_path: Path) -> None:
    seed = shared_path("seeds", SEED.name)
    db, brief = tmp_path / "seed.duckdb", tmp_path / "brief.html"
    result = _invoke("analyze", seed, "--db", db, "--report", brief, "--date", "2018-09-10")
    assert result.exit_code == 0, result.output
    assert _net_coop(db, "PAK", "USA") < 0
    assert _net_coop(db, "IND", "USA") > 0
    assert _net_coop(db, "CHN", "PAK") > 0
    assert "PAK-USA evidence" in result.output and "IND-USA evidence" in result.output
    assert "Coalition Support Fund" in result.output
    html = brief.read_text("utf-8")
    assert "Coalition Support Fund" in html and "PAK-USA" in html
    # One article is thin evidence, so every dyad it names counts (--min-events 1): in
    # 2018 the US and India stand against China and Pakistan, a balanced structure.
    aligned = _invoke("alignment", "--actors", "USA,IND,CHN,PAK", "--db", db,
                      "--min-events", "1", "--format", "json")  # fmt: skip
    periods = json.loads(aligned.output)["periods"]
    (year,) = [p for p in periods if p["period_start"] == "2018-01-01"]
    assert sorted(map(sorted, year["blocs"])) == [["CHN", "PAK"], ["IND", "USA"]]
    assert year["balanced"] >= 1 and year["unbalanced"] == 0


def test_cli_analyze_twice_leaves_the_same_rows(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    db = tmp_path / "corpus.duckdb"
    first = _invoke("analyze", folder, "--db", db, "--report", tmp_path / "b.html")
    assert first.exit_code == 0, first.output
    with Store(db, read_only=True) as store:
        counts = store.counts()
    assert counts["documents"] == 30 and counts["events"] > 50
    second = _invoke("analyze", folder, "--db", db, "--report", tmp_path / "b.html")
    assert "30 already in" in second.output
    third = _invoke("analyze", folder, "--db", db, "--recode", "--report", tmp_path / "b.html")
    assert third.exit_code == 0
    with Store(db, read_only=True) as store:
        assert store.counts() == counts


def test_cli_analyze_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "date: 2019-02-27\nIndia and Pakistan exchanged fire across the Line of Control.",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    db = tmp_path / "x.duckdb"
    args = (
        "analyze",
        tmp_path,
        tmp_path / "missing.txt",
        "--db",
        db,
        "--report",
        tmp_path / "b.html",
    )
    result = _invoke(*args)
    assert result.exit_code == 0, result.output
    for name, reason in [
        ("empty.txt", "file is empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("missing.txt", "no such file"),
    ]:
        line = next(line for line in result.output.splitlines() if name in line)
        assert reason in line
    assert _invoke(*args, "--strict").exit_code == 1
    nothing = _invoke(
        "analyze", tmp_path / "empty.txt", "--db", db, "--report", tmp_path / "b.html"
    )
    assert nothing.exit_code == 1


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_cli_code_formats(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Washington suspended military aid to Pakistan on Thursday.", encoding="utf-8"
    )
    result = _invoke("code", article, "--date", "2018-01-05", "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        (event,) = json.loads(result.output)
        assert event["source"]["country"] == "USA" and event["target"]["country"] == "PAK"
        assert event["cameo_root"] == "16" and event["quad"] == 4
        assert set(event) >= {
            "event_id", "doc_id", "sentence_index", "date", "date_precision", "source",
            "target", "cameo", "cameo_root", "quad", "goldstein", "plover", "modality",
            "amount", "evidence", "confidence",
        }  # fmt: skip
        assert event["date"] == "2018-01-04"  # "on Thursday" before a Friday article
    elif fmt == "csv":
        assert result.output.splitlines()[0].startswith("date,source,cameo,target")
    else:
        assert "PAK" in result.output


def test_cli_code_parquet_needs_out_and_writes_event_schema(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("China praised Pakistan's efforts against terrorism.", encoding="utf-8")
    assert _invoke("code", article, "--format", "parquet").exit_code == 2
    out = tmp_path / "events.parquet"
    assert _invoke("code", article, "--format", "parquet", "--out", out).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows >= 1 and "goldstein" in table.column_names


def test_cli_evaluate_plv_reports_the_documented_keys() -> None:
    gold = shared_path("data", "gold", "plv_train.tsv")
    result = _invoke("evaluate", gold, "--gold", "plv", "--format", "json")
    assert result.exit_code == 0
    scores = json.loads(result.output)
    assert {"root_macro_f1", "root_accuracy", "quad_macro_f1", "dyad_root_f1", "n"} <= set(scores)
    assert scores["n"] > 1000
    assert 0.5 < scores["root_macro_f1"] <= 1.0


def test_cli_evaluate_plover_gold_scores_full_coding_and_marked_spans() -> None:
    gold = shared_path("data", "gold", "plover_gsr_cameo.json")
    result = _invoke("evaluate", gold, "--gold", "plover-gsr", "--format", "json")
    assert result.exit_code == 0
    scores = json.loads(result.output)
    assert scores["n"] > 300 and scores["marked_n"] > 280
    assert 0.5 < scores["dyad_root_f1"] <= 1.0
    assert 0.5 < scores["marked_root_macro_f1"] <= 1.0


def test_cli_evaluate_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_text("x", encoding="utf-8")
    result = _invoke("evaluate", path, "--gold", "nonsense")
    assert result.exit_code == 2
    assert "petr2, plover-gsr, plv" in result.output


def test_cli_migrate_reports_an_up_to_date_store(tmp_path: Path) -> None:
    result = _invoke("migrate", "--db", tmp_path / "new.duckdb")
    assert result.exit_code == 0 and "up to date" in result.output
