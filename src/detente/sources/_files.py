"""File handling for the readers: identity by bytes, zip archives, format sniffing, line maps."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from detente.errors import FormatError

_CHUNK = 16 * 1024 * 1024


def file_id(path: Path) -> str:
    """Identify a file by its bytes, so the same download under a new name is not loaded twice."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()[:32]


def is_zip(path: Path) -> bool:
    """True for a zip archive, judged by its name or its first bytes."""
    if path.suffix.lower() == ".zip":
        return True
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def _zip_member(archive: zipfile.ZipFile, path: Path) -> zipfile.ZipInfo:
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) != 1:
        names = ", ".join(m.filename for m in members) or "nothing"
        raise FormatError(
            f"{path} holds {names}; detente reads zip archives with exactly one data file "
            "(as GDELT ships them): unzip it and ingest the files inside"
        )
    return members[0]


@contextmanager
def plain_file(path: Path) -> Iterator[Path]:
    """The path of the file's text: the file itself, or its zip member unpacked to a temp dir.

    DuckDB reads gzip but not zip, and GDELT ships ``*.export.CSV.zip``. A truncated or
    corrupt archive raises :class:`FormatError` naming the file, so callers can skip it.
    """
    if not is_zip(path):
        yield path
        return
    workdir = Path(tempfile.mkdtemp(prefix="detente-unzip-"))
    try:
        try:
            with zipfile.ZipFile(path) as archive:
                member = _zip_member(archive, path)
                target = workdir / Path(member.filename).name
                with archive.open(member) as source, target.open("wb") as sink:
                    shutil.copyfileobj(source, sink, _CHUNK)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise FormatError(
                f"{path} is not a complete zip archive ({exc}); the download was probably "
                "cut short: fetch it again (`detente fetch` resumes and checks MD5)"
            ) from exc
        yield target
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def first_lines(path: Path, count: int = 5) -> list[str]:
    """The first non-empty lines of a text file (for sniffing its format)."""
    lines: list[str] = []
    with path.open("rb") as handle:
        for raw in handle:
            text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if text:
                lines.append(text)
            if len(lines) >= count:
                break
    return lines


def blank_lines(path: Path) -> list[int]:
    """1-based numbers of the empty lines of a file (``\\n`` or ``\\r\\n`` alone).

    DuckDB's CSV reader skips empty lines without a trace; knowing where they are
    turns the position of a row in the scan back into its line in the file.
    """
    found: set[int] = set()
    newlines_before = 0  # newlines in the file before the current chunk
    carry = b"\n"  # the start of the file behaves like the end of a line
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            data = carry + chunk
            for pattern in (b"\n\n", b"\n\r\n"):
                counted_to, counted = len(carry), 0
                index = data.find(pattern)
                while index != -1:
                    counted += data.count(b"\n", counted_to, index + 1)
                    counted_to = index + 1
                    found.add(newlines_before + counted + 1)
                    index = data.find(pattern, index + 1)
            newlines_before += chunk.count(b"\n")
            carry = data[-2:]
    return sorted(found)
