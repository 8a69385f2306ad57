"""The dashboard's pages and JSON over a store built in code, and ``serve --get``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from starlette.applications import Starlette
from typer.testing import CliRunner

from detente.web import create_app, get_page
from test_report_fixture import HOSTILE_SCRIPT, build_store


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Starlette:
    path = build_store(tmp_path_factory.mktemp("web") / "store.duckdb")
    return create_app(path, bootstrap=100)


def _json(app: Starlette, path: str) -> tuple[int, dict]:
    status, content_type, body = get_page(app, path)
    assert content_type.startswith("application/json")
    return status, json.loads(body)


def test_web_pages_as_json(app: Starlette) -> None:
    status, overview = _json(app, "/index.json")
    assert status == 200
    assert [d["dyad"] for d in overview["dyads"]] == ["PAK-USA", "IND-USA", "CHN-PAK"]
    status, dyad = _json(app, "/dyad/PAK-USA.json")
    assert status == 200
    assert dyad["verdict"]["stance"] == "mostly conflictual"
    assert len(dyad["series"]) == 8 and dyad["events_total"] == 59
    status, compared = _json(app, "/compare.json?a=PAK-USA&b=IND-USA")
    assert (status, compared["verdict"]) == (200, "diverging")
    status, aligned = _json(app, "/alignment.json?actors=USA,IND,CHN,PAK")
    assert status == 200 and aligned["actors"] == ["USA", "IND", "CHN", "PAK"]
    status, events = _json(app, "/events.json?dyad=CHN-PAK&limit=3")
    assert status == 200 and len(events["events"]) == 3 and events["total"] == 37


def test_web_errors_share_one_json_shape(app: Starlette) -> None:
    cases = {
        "/dyad/PAKUSA.json": (400, "D400"),
        "/compare.json?a=PAK-USA": (400, "D802"),
        "/alignment.json?actors=USA,PAK": (400, "D802"),
        "/no/such/page.json": (404, "D804"),
    }
    for path, (expected_status, code) in cases.items():
        status, body = _json(app, path)
        assert status == expected_status, path
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
        assert body["error"]["code"] == code and body["error"]["message"]


def test_web_html_pages_escape_document_text(app: Starlette) -> None:
    status, content_type, html = get_page(app, "/dyad/PAK-USA")
    assert status == 200 and content_type.startswith("text/html")
    assert "<svg" in html and "Net cooperation" in html
    assert HOSTILE_SCRIPT not in html and "&lt;script&gt;alert(1)" in html
    status, _, page = get_page(app, "/")
    assert status == 200 and 'href="/dyad/IND-USA"' in page
    status, _, error_page = get_page(app, "/compare?a=PAK-USA")
    assert status == 400 and "this page needs ?b=" in error_page


def test_web_serve_get_prints_json_without_a_server(tmp_path: Path) -> None:
    from detente.cli import app as cli

    path = build_store(tmp_path / "store.duckdb")
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--get", "/dyad/IND-USA.json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["verdict"]["direction"] == "improving"
    missing = CliRunner().invoke(cli, ["serve", "--db", str(path), "--get", "/nowhere.json"])
    assert missing.exit_code == 1
    assert json.loads(missing.output)["error"]["code"] == "D804"
