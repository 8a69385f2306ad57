"""Downloading GDELT event exports: pick files by date from GDELT's own lists, resume, verify.

GDELT 2.0 publishes ``masterfilelist.txt`` (lines ``size md5 url``); GDELT 1.0 publishes
``filesizes`` and ``md5sums`` next to its daily ``YYYYMMDD.export.CSV.zip``, monthly
``YYYYMM.zip`` and yearly ``YYYY.zip`` archives. Downloads go to ``NAME.part`` and resume
with an HTTP Range request after a dropped connection; a file whose MD5 does not match
the published one is removed, never kept. With a country set, each verified archive is
streamed and only rows whose actors belong to those countries are written out, as TSV.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import FetchError, InputError
from detente.sources._tables import cameo_to_iso3

DEFAULT_BASE_URLS = {
    1: "http://data.gdeltproject.org/events/",
    2: "http://data.gdeltproject.org/gdeltv2/",
}
#: Column positions (0-based) of Actor1Code, Actor1CountryCode, Actor2Code, Actor2CountryCode,
#: the same in GDELT 1.0 and 2.0.
_ACTOR_FIELDS = (5, 7, 15, 17)
_CHUNK = 64 * 1024

#: Called with (file name, bytes received so far in this call, bytes expected).
FetchProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RemoteFile:
    """One file of a GDELT list: where it is, how big, and its published MD5."""

    url: str
    size: int | None
    md5: str | None

    @property
    def name(self) -> str:
        """The file's name, from its URL."""
        return urllib.parse.urlparse(self.url).path.rsplit("/", 1)[-1]


@dataclass
class FetchedFile:
    """What became of one remote file."""

    url: str
    path: str | None = None
    status: str = "pending"  # downloaded, present, failed
    bytes_downloaded: int = 0
    rows_read: int | None = None
    rows_kept: int | None = None
    error: str | None = None


@dataclass
class FetchReport:
    """The files a fetch selected and what happened to each."""

    files: list[FetchedFile] = field(default_factory=list)

    @property
    def failed(self) -> list[FetchedFile]:
        """Files that could not be downloaded, verified or filtered."""
        return [f for f in self.files if f.status == "failed"]

    @property
    def paths(self) -> list[Path]:
        """The local files ready to ingest."""
        return [Path(f.path) for f in self.files if f.path and f.status != "failed"]


def _get(url: str, timeout: float) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read()
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise FetchError(f"could not read {url}: {exc}; check --base-url and the network") from exc


def _join(base: str, name: str) -> str:
    return urllib.parse.urljoin(base if base.endswith("/") else base + "/", name)


def list_gdelt2(
    base_url: str, start: dt.date, end: dt.date, timeout: float = 60
) -> list[RemoteFile]:
    """Event exports of GDELT 2.0 stamped from ``start`` 00:00 through ``end`` 23:59."""
    text = _get(_join(base_url, "masterfilelist.txt"), timeout).decode("utf-8", "replace")
    low, high = start.strftime("%Y%m%d000000"), end.strftime("%Y%m%d235959")
    selected = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 3 or not parts[2].endswith(".export.CSV.zip"):
            continue
        stamp = parts[2].rsplit("/", 1)[-1][:14]
        if stamp.isdigit() and low <= stamp <= high:
            url = parts[2] if "://" in parts[2] else _join(base_url, parts[2])
            selected.append(
                RemoteFile(url, int(parts[0]) if parts[0].isdigit() else None, parts[1])
            )
    return selected


def _v1_covers(name: str, start: dt.date, end: dt.date) -> bool:
    """Whether a GDELT 1.0 archive (daily, monthly or yearly) holds days in the range."""
    stem = name.split(".", 1)[0]
    if not stem.isdigit():
        return False
    if len(stem) == 8:
        day = dt.datetime.strptime(stem, "%Y%m%d").date()
        return start <= day <= end
    if len(stem) == 6:
        first = dt.date(int(stem[:4]), int(stem[4:]), 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    elif len(stem) == 4:
        first, last = dt.date(int(stem), 1, 1), dt.date(int(stem), 12, 31)
    else:
        return False
    return first <= end and start <= last


def list_gdelt1(
    base_url: str, start: dt.date, end: dt.date, timeout: float = 60
) -> list[RemoteFile]:
    """GDELT 1.0 event archives covering ``start``–``end``, with sizes and MD5s."""
    sizes: dict[str, int] = {}
    for line in _get(_join(base_url, "filesizes"), timeout).decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit():
            sizes[parts[1]] = int(parts[0])
    sums: dict[str, str] = {}
    for line in _get(_join(base_url, "md5sums"), timeout).decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) == 2:
            digest, name = parts if re.fullmatch(r"[0-9a-f]{32}", parts[0]) else parts[::-1]
            sums[name] = digest
    names = sorted(
        n for n in set(sizes) | set(sums) if n.endswith(".zip") and _v1_covers(n, start, end)
    )
    return [RemoteFile(_join(base_url, n), sizes.get(n), sums.get(n)) for n in names]


def _md5(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "md5").hexdigest()


def download(
    remote: RemoteFile,
    dest: Path,
    *,
    retries: int = 3,
    timeout: float = 60,
    progress: FetchProgress | None = None,
) -> Path:
    """Download one file to ``dest``, resuming a ``.part`` file, and check its size and MD5."""
    target = dest / remote.name
    part = dest / (remote.name + ".part")
    last_error: Exception | None = None
    for _attempt in range(retries + 1):
        have = part.stat().st_size if part.exists() else 0
        if remote.size is not None and have >= remote.size:
            break
        request = urllib.request.Request(remote.url)
        if have:
            request.add_header("Range", f"bytes={have}-")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                mode = "ab" if have and response.status == 206 else "wb"
                received = have if mode == "ab" else 0
                with part.open(mode) as sink:
                    try:
                        while chunk := response.read(_CHUNK):
                            sink.write(chunk)
                            received += len(chunk)
                            if progress:
                                progress(remote.name, received, remote.size or 0)
                    except http.client.IncompleteRead as exc:
                        # Keep what arrived before the connection dropped; the next try resumes.
                        sink.write(exc.partial)
                        raise
            if remote.size is None or received >= remote.size:
                break
            last_error = FetchError(f"{remote.url} ended after {received} of {remote.size} bytes")
        except urllib.error.HTTPError as exc:
            if exc.code == 416:  # asked to resume past the server's end: it has no more bytes
                last_error = FetchError(f"{remote.url} has only {have} of {remote.size} bytes")
                break
            raise FetchError(f"{remote.url}: the server answered {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            last_error = exc
    else:
        raise FetchError(
            f"{remote.url} could not be downloaded completely after {retries + 1} tries "
            f"({last_error}); run the same fetch again to resume from {part}"
        )
    size = part.stat().st_size if part.exists() else 0
    if remote.size is not None and size < remote.size:
        raise FetchError(
            f"{remote.url} stopped after {size} of {remote.size} bytes ({last_error}); "
            f"run the same fetch again to resume from {part}"
        )
    if remote.size is not None and size != remote.size:
        part.unlink()
        raise FetchError(
            f"{remote.name} is {size} bytes but GDELT lists {remote.size}; "
            "it was removed: fetch it again"
        )
    if remote.md5:
        digest = _md5(part)
        if digest != remote.md5.lower():
            part.unlink()
            raise FetchError(
                f"{remote.name} failed its checksum (MD5 {digest}, published {remote.md5}); "
                "the file was removed: fetch it again later, and if it fails again the "
                "published file itself is damaged"
            )
    part.replace(target)
    return target


def iso3_to_cameo_codes(countries: Sequence[str]) -> set[bytes]:
    """The CAMEO country codes GDELT writes for these ISO-3 codes (``ROU`` → ``ROM``)."""
    back = {iso: cameo for cameo, iso in cameo_to_iso3().items()}
    codes = set()
    for country in countries:
        code = country.strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise InputError(f"{country!r} is not an ISO-3 country code such as PAK or USA")
        codes.add(back.get(code, code).encode())
    return codes


def filter_countries(archive: Path, codes: set[bytes], out: Path) -> tuple[int, int]:
    """Stream a GDELT zip and write the rows with an actor of these countries to ``out``.

    Returns (rows read, rows kept). An actor belongs to a country by its country code
    or, when that is empty, by the country prefix of its full CAMEO code.
    """
    read = kept = 0
    try:
        with zipfile.ZipFile(archive) as bundle, out.open("wb") as sink:
            for member in bundle.infolist():
                with bundle.open(member) as source:
                    for line in source:
                        read += 1
                        fields = line.split(b"\t", 18)
                        if len(fields) < 19:
                            continue
                        a1, c1, a2, c2 = (fields[i] for i in _ACTOR_FIELDS)
                        if (c1 or a1[:3]) in codes or (c2 or a2[:3]) in codes:
                            sink.write(line)
                            kept += 1
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        out.unlink(missing_ok=True)
        raise FetchError(f"{archive} is not a readable zip archive ({exc})") from exc
    return read, kept


def fetch_gdelt(
    start: dt.date,
    end: dt.date,
    *,
    version: int = 2,
    countries: Sequence[str] | None = None,
    dest: Path = Path("gdelt"),
    base_url: str | None = None,
    workers: int = 4,
    retries: int = 3,
    timeout: float = 60,
    progress: FetchProgress | None = None,
) -> FetchReport:
    """Download GDELT event exports for ``start``–``end`` into ``dest``.

    Without ``countries`` the verified zips are kept; with them, each zip is replaced by a
    TSV of the rows that involve those countries (``NAME.CSV.zip`` → ``NAME.CSV.<codes>.tsv``).
    Files already present are not downloaded again. One failing file does not stop the rest.
    """
    if version not in DEFAULT_BASE_URLS:
        raise InputError(f"GDELT version {version} does not exist; use 1 or 2")
    if end < start:
        raise InputError(f"--to {end} is before --from {start}")
    base = base_url or DEFAULT_BASE_URLS[version]
    lister = list_gdelt2 if version == 2 else list_gdelt1
    remotes = lister(base, start, end, timeout)
    codes = iso3_to_cameo_codes(countries) if countries else None
    suffix = "." + "-".join(sorted(c.strip().upper() for c in countries or [])) + ".tsv"
    dest.mkdir(parents=True, exist_ok=True)

    def one(remote: RemoteFile) -> FetchedFile:
        result = FetchedFile(remote.url)
        final = dest / (remote.name.removesuffix(".zip") + suffix if codes else remote.name)
        if final.exists():
            result.path, result.status = str(final), "present"
            return result
        try:
            archive = download(remote, dest, retries=retries, timeout=timeout, progress=progress)
            result.bytes_downloaded = archive.stat().st_size
            if codes:
                result.rows_read, result.rows_kept = filter_countries(archive, codes, final)
                archive.unlink()
            result.path, result.status = str(final), "downloaded"
        except FetchError as exc:
            result.status, result.error = "failed", exc.message
        return result

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return FetchReport(list(pool.map(one, remotes)))
