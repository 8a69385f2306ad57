"""Read articles from files, folders and globs into :class:`~detente.model.Document` records.

Every input either becomes a document or an :class:`InputProblem` naming the file and
the reason, so one bad file in a batch is reported and the rest go on.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from detente.model import Document

#: File endings read as documents when a folder is given.
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FIELD_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_LEADING_DATE_LINE = re.compile(r"\A(?:date|published)[ \t]*:[ \t]*(?P<value>[^\n]+)\n", re.I)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATELINE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})\.?,?\s+(?P<y1>(?:19|20)\d\d))"
    rf"|(?:(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d))"
    r"|(?:(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))",
    re.I,
)


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A path that could not be read, and why, in words a user can act on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def parse_date(value: str) -> dt.date | None:
    """Read an ISO date, or a date written out in words (6 September 2018, Sept. 6, 2018)."""
    value = value.strip().strip("\"'")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    match = _DATELINE.search(value)
    return _date_from_match(match) if match else None


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups["y1"]:
            return dt.date(int(groups["y1"]), _MONTHS[groups["m1"].lower()], int(groups["d1"]))
        if groups["y2"]:
            return dt.date(int(groups["y2"]), _MONTHS[groups["m2"].lower()], int(groups["d2"]))
        return dt.date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
    except ValueError:
        return None


def dateline_date(text: str) -> dt.date | None:
    """A full date in the opening line of an article (``ISLAMABAD, Sept 5, 2018 —``)."""
    first_line = text.lstrip()[:160].split("\n", 1)[0]
    match = _DATELINE.search(first_line)
    return _date_from_match(match) if match else None


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputProblem]:
    """Files named, found under folders (sorted, recursively) or matched by globs."""
    for raw in paths:
        text = str(raw)
        path = Path(text)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and p.name.lower() != "readme.md"
            )
            if not found:
                yield InputProblem(text, "folder holds no .txt, .md, .html or .jsonl files")
            yield from found
        elif path.is_file():
            yield path
        elif any(ch in text for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            files = [p for p in matches if p.is_file()]
            if not files:
                yield InputProblem(text, "pattern matched no files")
            yield from files
        else:
            yield InputProblem(text, "no such file or folder")


def _decode(path: Path) -> str | InputProblem:
    data = path.read_bytes()
    if not data.strip():
        return InputProblem(str(path), "file is empty")
    if b"\x00" in data[:8192]:
        return InputProblem(str(path), "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputProblem(
            str(path),
            f"not valid UTF-8 (byte {exc.start}); re-save the file as UTF-8",
        )


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if match:
        fields = {}
        for line in match.group("body").splitlines():
            field = _FIELD_LINE.match(line)
            if field:
                fields[field.group("key").lower()] = field.group("value").strip("\"'")
        return fields, text[match.end() :]
    line = _LEADING_DATE_LINE.match(text)
    if line:
        return {"date": line.group("value")}, text[line.end() :]
    return {}, text


def _finish(
    text: str,
    path: Path,
    fields: dict[str, str],
    default_date: dt.date | None,
    field_source: str,
) -> Document | InputProblem:
    body = text.strip("\n")
    if not body.strip():
        return InputProblem(str(path), "no text after the front matter")
    date, date_source = None, None
    if fields.get("date"):
        date = parse_date(fields["date"])
        if date is None:
            return InputProblem(
                str(path), f"cannot read date {fields['date']!r}; write it as YYYY-MM-DD"
            )
        date_source = field_source
    if date is None:
        date = dateline_date(body)
        date_source = "dateline" if date else None
    if date is None and default_date is not None:
        date, date_source = default_date, "cli"
    title = fields.get("title") or None
    return Document.from_text(
        body,
        date=date,
        date_source=date_source,
        title=title,
        url=fields.get("url") or None,
        source_path=str(path),
    )


def _read_html(path: Path, raw: str, default_date: dt.date | None) -> Document | InputProblem:
    import trafilatura

    extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if not extracted:
        return InputProblem(str(path), "no article text found in the HTML")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = data.get("text") or ""
    fields = {k: str(data[k]) for k in ("date", "title", "url") if data.get(k)}
    return _finish(text, path, fields, default_date, "html-meta")


def _read_jsonl(
    path: Path, raw: str, default_date: dt.date | None
) -> Iterator[Document | InputProblem]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = Path(f"{path}:{number}")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(str(where), f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputProblem(str(where), "JSON line has no string field 'text'")
            continue
        fields = {k: str(record[k]) for k in ("date", "title", "url") if record.get(k)}
        yield _finish(record["text"], where, fields, default_date, "jsonl")


def read_documents(
    paths: Iterable[str | Path], default_date: dt.date | None = None
) -> Iterator[Document | InputProblem]:
    """Documents from files, folders and globs (.txt, .md, .html, .jsonl).

    The publication date comes from front matter (``date:``), the JSONL field, HTML
    metadata or a dateline, in that order; ``default_date`` fills in for documents
    that carry none.
    """
    for item in expand_paths(paths):
        if isinstance(item, InputProblem):
            yield item
            continue
        suffix = item.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            yield InputProblem(str(item), f"unsupported file type {suffix or '(none)'}")
            continue
        raw = _decode(item)
        if isinstance(raw, InputProblem):
            yield raw
        elif suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(item, raw, default_date)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(item, raw, default_date)
        else:
            fields, body = _split_front_matter(raw)
            yield _finish(body, item, fields, default_date, "front-matter")
