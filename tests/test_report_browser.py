"""The brief and one dashboard page in real headless Debian chromium.

They must load with no console errors, draw charts with marks, and leave a
screenshot in the test's tmp_path for a human to look at.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.report import build_brief
from detente.store import Store
from test_report_fixture import build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian chromium: apt-get install -y chromium"
    ),
]


@pytest.fixture
def page() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1200, "height": 900})
        finally:
            browser.close()


def _open(page: object, url: str) -> list[str]:
    """Load ``url`` and return the console errors and page errors it caused."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(url, wait_until="load")
    return problems


def test_report_brief_renders_in_chromium(page: object, tmp_path: Path) -> None:
    with Store(build_store(tmp_path / "store.duckdb")) as store:
        brief = build_brief(store, tmp_path / "brief.html", bootstrap=100)
    problems = _open(page, brief.as_uri())
    assert problems == []
    charts = page.locator("svg.marks")
    assert charts.count() == 4
    for index in range(charts.count()):
        chart = charts.nth(index)
        assert chart.bounding_box()["width"] > 300
        assert chart.locator("path, line, circle, rect").count() > 10
    assert page.locator("svg.alignment circle").count() == 4
    # The hostile document is shown as text, and no script of it ran.
    page.locator("#doc-doc-hostile summary").click()
    assert "<script>alert(1)</script>" in page.locator("#doc-doc-hostile pre").inner_text()
    shot = tmp_path / "brief.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_web_dyad_page_renders_in_chromium(page: object, tmp_path: Path) -> None:
    uvicorn = pytest.importorskip("uvicorn")
    from detente.web import create_app

    app = create_app(build_store(tmp_path / "store.duckdb"), bootstrap=100)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started, "the dashboard did not start within 10 s"
        problems = _open(page, f"http://127.0.0.1:{port}/dyad/PAK-USA")
        assert problems == []
        chart = page.locator("svg.marks").first
        assert chart.locator("path, line, circle, rect").count() > 10
        assert page.locator("table.events tbody tr").count() == 59
        shot = tmp_path / "dashboard.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.store.close()
