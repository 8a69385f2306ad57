"""``detente ontology show`` and ``detente ontology list`` as a user runs them."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from detente.cli import app

runner = CliRunner()


def test_ontology_cli_show_code_as_json() -> None:
    result = runner.invoke(app, ["ontology", "show", "1621", "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["code"] == "1621"
    assert shown["name"] == "Reduce or stop economic assistance"
    assert shown["root"] == "16"
    assert shown["quad"] == 4
    assert shown["quad_name"] == "material conflict"
    assert shown["goldstein"] == -5.6
    assert shown["plover"] == {"type": "SANCTION", "mode": "discontinue", "context": "economic"}


def test_ontology_cli_show_code_as_table() -> None:
    result = runner.invoke(app, ["ontology", "show", "042"])
    assert result.exit_code == 0, result.output
    assert "Make a visit" in result.stdout
    assert "CONSULT/visit" in result.stdout.replace(" / ", "/")
    assert "+1.9" in result.stdout


def test_ontology_cli_show_plover_type() -> None:
    result = runner.invoke(app, ["ontology", "show", "sanction", "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["name"] == "SANCTION"
    assert shown["quad"] == 4
    assert "discontinue" in shown["modes"]
    assert "1621" in shown["cameo_codes"]
    assert "163" not in shown["cameo_codes"]  # the crosswalk calls an embargo COERCE

    table = runner.invoke(app, ["ontology", "show", "ASSAULT"])
    assert table.exit_code == 0, table.output
    assert "material conflict" in table.stdout


def test_ontology_cli_show_unknown_code_fails_with_suggestions() -> None:
    result = runner.invoke(app, ["ontology", "show", "13y"])
    assert result.exit_code == 1
    assert "D300" in result.output
    assert "130 Threaten" in result.output

    result = runner.invoke(app, ["ontology", "show", "SANCTON"])
    assert result.exit_code == 1
    assert "did you mean SANCTION" in result.output


def test_ontology_cli_list_root_as_json_and_table() -> None:
    result = runner.invoke(app, ["ontology", "list", "--root", "16", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["code"] for r in rows][:3] == ["16", "160", "161"]
    assert len(rows) == 14
    assert {r["root"] for r in rows} == {"16"}
    assert rows[4]["plover_type"] == "SANCTION" and rows[4]["plover_mode"] == "discontinue"

    table = runner.invoke(app, ["ontology", "list", "--root", "16"])
    assert table.exit_code == 0, table.output
    assert "Halt negotiations" in table.stdout
    assert "1621" in table.stdout and "SANCTION/" in table.stdout
    assert "Make public statement" not in table.stdout


def test_ontology_cli_list_everything_as_csv() -> None:
    result = runner.invoke(app, ["ontology", "list", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 312
    assert rows[0] == {
        "code": "01",
        "name": "Make public statement",
        "root": "01",
        "quad": "1",
        "goldstein": "0.0",
        "plover_type": "",
        "plover_mode": "",
        "plover_context": "",
    }


def test_ontology_cli_list_plover_types() -> None:
    result = runner.invoke(app, ["ontology", "list", "--plover", "--format", "json"])
    assert result.exit_code == 0, result.output
    types = json.loads(result.stdout)
    assert len(types) == 16
    assert types[0]["name"] == "AGREE" and types[-1]["name"] == "ASSAULT"

    table = runner.invoke(app, ["ontology", "list", "--plover"])
    assert table.exit_code == 0, table.output
    assert "MOBILIZE" in table.stdout and "-9.5" in table.stdout


def test_ontology_cli_rejects_bad_options() -> None:
    result = runner.invoke(app, ["ontology", "list", "--plover", "--root", "16"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["ontology", "list", "--root", "99"])
    assert result.exit_code == 1
    assert "01 to 20" in result.output


def test_ontology_cli_help_has_examples() -> None:
    for verb in ("show", "list"):
        result = runner.invoke(app, ["ontology", verb, "--help"])
        assert result.exit_code == 0
        assert f"Example: detente ontology {verb}" in result.output
