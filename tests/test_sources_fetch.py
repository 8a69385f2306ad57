"""GDELT fetching against a local HTTP server: resume, checksums, truncation, country filter."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import io
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.sources import fetch_gdelt, ingest
from detente.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "data" / "gdelt" / "gdelt1_events_sample.tsv"

pytestmark = pytest.mark.skipif(
    not SAMPLE.exists(), reason=f"the shared GDELT sample is not at {SAMPLE}"
)


def gdelt2_lines() -> list[bytes]:
    """The sample's daily rows in the 61-column GDELT 2.0 layout."""
    out = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        row = line.split("\t")
        if len(row) == 58:
            row = [*row[:39], "", *row[39:46], "", *row[46:53], "", *row[53:]]
            row[-2] += "000000"
            out.append(("\t".join(row) + "\n").encode())
    return out


def zipped(name: str, lines: list[bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(name, b"".join(lines))
    return buffer.getvalue()


class GdeltServer:
    """Files by path, a log of requests, and connections to drop once."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.drop_once: set[str] = set()
        self.requests: list[tuple[str, str | None]] = []


@pytest.fixture
def server() -> Iterator[tuple[GdeltServer, str]]:
    state = GdeltServer()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            state.requests.append((self.path, self.headers.get("Range")))
            data = state.files.get(self.path)
            if data is None:
                self.send_error(404)
                return
            start = 0
            if self.headers.get("Range"):
                start = int(self.headers["Range"].split("=")[1].split("-")[0])
                if start >= len(data):
                    self.send_error(416)
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            else:
                self.send_response(200)
            body = data[start:]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.path in state.drop_once:
                state.drop_once.discard(self.path)
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.connection.close()
                return
            self.wfile.write(body)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{httpd.server_address[1]}/gdeltv2/"
    httpd.shutdown()
    httpd.server_close()


def publish(state: GdeltServer, base: str) -> dict[str, bytes]:
    """Four 15-minute exports and a master list; one damaged, one cut short, one flaky."""
    lines = gdelt2_lines()
    exports = {
        "20160728000000": zipped("20160728000000.export.CSV", lines[:250]),
        "20160728001500": zipped("20160728001500.export.CSV", lines[250:]),
        "20160728003000": zipped("20160728003000.export.CSV", lines[:100]),
        "20160728004500": zipped("20160728004500.export.CSV", lines[100:200]),
        "20160729000000": zipped("20160729000000.export.CSV", lines[:10]),  # out of range
    }
    listing = []
    for stamp, data in exports.items():
        url = f"{base}{stamp}.export.CSV.zip"
        digest = hashlib.md5(data).hexdigest()
        served = data
        if stamp == "20160728003000":
            digest = "0" * 32  # published checksum does not match
        if stamp == "20160728004500":
            served = data[: len(data) // 3]  # the server only has part of it
        state.files[f"/gdeltv2/{stamp}.export.CSV.zip"] = served
        listing.append(f"{len(data)} {digest} {url}")
        listing.append(f"123 {'1' * 32} {base}{stamp}.mentions.CSV.zip")
    state.files["/gdeltv2/masterfilelist.txt"] = ("\n".join(listing) + "\n").encode()
    state.drop_once.add("/gdeltv2/20160728001500.export.CSV.zip")
    return exports


def test_sources_fetch_resumes_verifies_and_rejects(server, tmp_path: Path) -> None:
    state, base = server
    exports = publish(state, base)
    report = fetch_gdelt(
        dt.date(2016, 7, 28), dt.date(2016, 7, 28), dest=tmp_path, base_url=base, workers=2
    )
    by_name = {Path(f.url).name: f for f in report.files}
    assert sorted(by_name) == [f"2016072800{m}00.export.CSV.zip" for m in ("00", "15", "30", "45")]
    assert by_name["20160728000000.export.CSV.zip"].status == "downloaded"
    # The dropped connection was resumed with a Range request and the file verifies.
    flaky = "/gdeltv2/20160728001500.export.CSV.zip"
    assert any(path == flaky and rng for path, rng in state.requests)
    assert (tmp_path / "20160728001500.export.CSV.zip").read_bytes() == exports["20160728001500"]
    damaged = by_name["20160728003000.export.CSV.zip"]
    assert damaged.status == "failed" and "failed its checksum" in (damaged.error or "")
    assert not list(tmp_path.glob("20160728003000*"))  # neither the file nor its .part is kept
    cut = by_name["20160728004500.export.CSV.zip"]
    assert cut.status == "failed" and "resume" in (cut.error or "")
    assert len(report.paths) == 2

    store = Store(tmp_path / "store.duckdb")
    result = ingest(store, report.paths)
    assert [f.rows_loaded for f in result.files] == [250, 259]
    store.close()


def test_sources_fetch_filters_rows_by_country(server, tmp_path: Path) -> None:
    state, base = server
    publish(state, base)
    state.drop_once.clear()
    report = fetch_gdelt(
        dt.date(2016, 7, 28),
        dt.date(2016, 7, 28),
        dest=tmp_path,
        base_url=base,
        countries=["PAK", "IND"],
    )
    kept = [f for f in report.files if f.status == "downloaded"]
    assert [Path(f.path).name for f in kept] == [
        "20160728000000.export.CSV.IND-PAK.tsv",
        "20160728001500.export.CSV.IND-PAK.tsv",
    ]
    assert not list(tmp_path.glob("*.zip"))
    expected = sum(
        1
        for line in gdelt2_lines()
        if {line.split(b"\t")[7], line.split(b"\t")[17]} & {b"PAK", b"IND"}
        or {line.split(b"\t")[5][:3], line.split(b"\t")[15][:3]} & {b"PAK", b"IND"}
    )
    assert sum(f.rows_kept or 0 for f in kept) == expected > 0
    store = Store(tmp_path / "store.duckdb")
    ingest(store, report.paths)
    outside = store.con.execute(
        "SELECT count(*) FROM events WHERE NOT (coalesce(source_country, '') IN ('PAK', 'IND') "
        "OR coalesce(target_country, '') IN ('PAK', 'IND'))"
    ).fetchone()
    assert store.counts()["events"] == expected and outside == (0,)
    store.close()


def test_sources_fetch_cli_reports_each_file(server, tmp_path: Path) -> None:
    from detente.cli import app

    state, base = server
    publish(state, base)
    result = CliRunner().invoke(
        app,
        ["fetch", "gdelt", "--from", "2016-07-28", "--to", "2016-07-28", "--dest",
         str(tmp_path), "--base-url", base],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.count("failed") >= 2  # the damaged and the cut-short export
    assert len(list(tmp_path.glob("*.export.CSV.zip"))) == 2


def test_sources_fetch_gdelt1_lists_daily_and_monthly_archives(server, tmp_path: Path) -> None:
    state, base = server
    root = base.replace("/gdeltv2/", "/events/")
    daily = zipped("20160728.export.CSV", [SAMPLE.read_bytes()])
    monthly = zipped("201302.csv", [b"x\n"])
    state.files["/events/20160728.export.CSV.zip"] = daily
    state.files["/events/201607.zip"] = monthly
    state.files["/events/filesizes"] = (
        f"{len(daily)} 20160728.export.CSV.zip\n{len(daily)} 20160729.export.CSV.zip\n"
        f"{len(monthly)} 201607.zip\n{len(monthly)} 201301.zip\n"
    ).encode()
    state.files["/events/md5sums"] = (
        f"{hashlib.md5(daily).hexdigest()}  20160728.export.CSV.zip\n"
        f"{'2' * 32}  20160729.export.CSV.zip\n"
        f"{hashlib.md5(monthly).hexdigest()}  201607.zip\n{'3' * 32}  201301.zip\n"
    ).encode()
    report = fetch_gdelt(
        dt.date(2016, 7, 28), dt.date(2016, 7, 28), version=1, dest=tmp_path, base_url=root
    )
    assert sorted(Path(f.url).name for f in report.files) == [
        "201607.zip",
        "20160728.export.CSV.zip",
    ]
    assert not report.failed
    store = Store(tmp_path / "store.duckdb")
    result = ingest(store, [tmp_path / "20160728.export.CSV.zip"]).files[0]
    assert (result.format, result.rows_loaded) == ("gdelt1", 710)
    store.close()
