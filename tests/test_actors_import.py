"""Importing people into overlays (CSV and Wikidata JSON) and the ``detente actors`` verbs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.actors import ActorKB, Resolution, import_csv, import_wikidata
from detente.errors import InputError

CSV_TEXT = (
    "person_id,name,aliases,country,role,title,sector,valid_from,valid_to\n"
    ",Aslam Darwesh,Darwesh|A. Darwesh,BTN,foreign_minister,Foreign Minister,,2001-01-01,"
    "2003-01-01\n"
    ",Aslam Darwesh,,BTN,head_of_government,Prime Minister,,2003-01-01,\n"
)


def _time(day: str) -> dict[str, object]:
    return {"datavalue": {"value": {"time": f"+{day}T00:00:00Z", "precision": 11}}}


def _entity(qid: str, label: str, position: str, start: str, end: str | None) -> dict[str, object]:
    qualifiers: dict[str, list[dict[str, object]]] = {"P580": [_time(start)]}
    if end:
        qualifiers["P582"] = [_time(end)]
    return {
        "id": qid,
        "labels": {"en": {"language": "en", "value": label}},
        "aliases": {"en": [{"language": "en", "value": label.split()[-1]}]},
        "claims": {
            "P27": [{"mainsnak": {"datavalue": {"value": {"id": "Q30"}}}}],
            "P39": [
                {
                    "rank": "normal",
                    "mainsnak": {"datavalue": {"value": {"id": position}}},
                    "qualifiers": qualifiers,
                },
                {
                    "rank": "normal",
                    "mainsnak": {"datavalue": {"value": {"id": "Q999999999"}}},
                    "qualifiers": {"P580": [_time("1990-01-01")]},
                },
            ],
        },
    }


def _names(found: Resolution | None) -> set[str | None]:
    assert found is not None
    return {found.name} | {c.name for c in found.candidates}


def test_actors_import_csv_makes_a_working_overlay(tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(CSV_TEXT, encoding="utf-8")
    report = import_csv(source, tmp_path / "overlay")
    assert (report.people, report.roles) == (1, 2)
    kb = ActorKB.load([tmp_path / "overlay"])
    minister = kb.resolve("Darwesh", "2002-01-01")
    assert (minister.actor_id, minister.role, minister.sector) == (
        "aslam_darwesh",
        "foreign_minister",
        "GOV",
    )
    assert kb.resolve("A. Darwesh", "2005-01-01").role == "head_of_government"
    assert kb.resolve("Prime Minister", "2005-01-01", "BTN").name == "Aslam Darwesh"


def test_actors_import_csv_rejects_unknown_roles(tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(CSV_TEXT.replace("foreign_minister", "grand_vizier"), encoding="utf-8")
    with pytest.raises(InputError, match="unknown role 'grand_vizier'"):
        import_csv(source, tmp_path / "overlay")


@pytest.mark.parametrize("layout", ["wbgetentities", "jsonlines", "dump"])
def test_actors_import_wikidata(tmp_path: Path, layout: str) -> None:
    entities = [
        _entity("Q900001", "Casimir Testfield", "Q14213", "2031-02-01", "2033-03-01"),
        _entity("Q900002", "Dorota Testfield", "Q11696", "2033-01-20", None),
    ]
    source = tmp_path / "entities.json"
    if layout == "wbgetentities":
        source.write_text(json.dumps({"entities": {e["id"]: e for e in entities}}))
    elif layout == "jsonlines":
        source.write_text("\n".join(json.dumps(e) for e in entities))
    else:
        source.write_text("[\n" + ",\n".join(json.dumps(e) for e in entities) + "\n]\n")
    report = import_wikidata(source, tmp_path / "overlay")
    assert (report.people, report.roles) == (2, 2)
    assert any("Q999999999" in reason for reason in report.skipped)
    kb = ActorKB.load([tmp_path / "overlay"])
    secretary = kb.resolve("Casimir Testfield", "2032-01-01")
    assert (secretary.country, secretary.role) == ("USA", "foreign_minister")
    # shipped office holders without an end date may still share the office then
    assert "Casimir Testfield" in _names(kb.resolve("Secretary of State", "2032-01-01"))
    assert "Dorota Testfield" in _names(kb.resolve("President", "2034-01-01", "USA"))
    assert kb.resolve("Casimir Testfield", "2034-01-01").role is None


def test_actors_cli_resolve(tmp_path: Path) -> None:
    from detente.cli import app

    runner = CliRunner()
    found = runner.invoke(
        app, ["actors", "resolve", "the Pentagon", "--format", "json"], catch_exceptions=False
    )
    assert found.exit_code == 0
    assert json.loads(found.stdout) == {
        "text": "the Pentagon",
        "actor_id": "USA",
        "name": "United States",
        "country": "USA",
        "sector": "MIL",
        "role": None,
        "valid_from": None,
        "valid_to": None,
        "match": "metonym",
    }
    missing = runner.invoke(app, ["actors", "resolve", "xyzzy"])
    assert missing.exit_code == 1
    assert "no actor matched 'xyzzy'" in missing.output


def test_actors_cli_import_then_resolve(tmp_path: Path) -> None:
    from detente.cli import app

    source = tmp_path / "people.csv"
    source.write_text(CSV_TEXT, encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(
        app, ["actors", "import", str(source), "--format", "csv", "--out", str(tmp_path / "o")]
    )
    assert done.exit_code == 0, done.output
    assert "1 people and 2 office spells" in done.output
    found = runner.invoke(
        app,
        [
            "actors",
            "resolve",
            "Prime Minister",
            "--date",
            "2004-01-01",
            "--country-context",
            "BTN",
            "--overlay",
            str(tmp_path / "o"),
            "--format",
            "json",
        ],
    )
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)["name"] == "Aslam Darwesh"
    ambiguous = runner.invoke(
        app,
        ["actors", "resolve", "Darwesh", "--overlay", str(tmp_path / "o"), "--format", "json"],
    )
    assert json.loads(ambiguous.stdout)["match"] in ("alias", "ambiguous")


def test_actors_cli_mentions() -> None:
    from detente.cli import app

    result = CliRunner().invoke(
        app, ["actors", "mentions", "NATO and the ISI met in Kabul.", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["text"], r["kind"], r["country"]) for r in rows] == [
        ("NATO", "igo", "IGONAT"),
        ("ISI", "institution", "PAK"),
        ("Kabul", "metonym", "AFG"),
    ]
