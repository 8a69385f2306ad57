"""Loading external event files into the store: one DuckDB scan per file, no Python per row.

Each file is read by DuckDB's CSV (or Parquet) reader into a temporary staging
table whose rows carry the mapped event columns (but constants and cheap functions
of other columns, which the inserts add) and, for rows that fail a check, the
reason; only the columns those need are parsed. A file with flagged rows is
scanned a second time, whole, to find their lines. Good rows then go into
``events`` and ``external_event_details`` in one transaction together with the
file's record, so a file is loaded whole or not at all and the same bytes (hashed
on a thread of their own while DuckDB scans them) are never loaded twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from detente.errors import DetenteError, FormatError, InputError
from detente.model import EVENT_SCHEMA
from detente.sources import events_csv, gdelt, icews, polecat
from detente.sources._files import blank_lines, file_id, first_lines, plain_file
from detente.sources._sql import REJECTS_SCAN, REJECTS_TABLE, StagePlan, ident
from detente.sources.schema import DETAILS_COLUMNS, DETAILS_TABLE
from detente.store import Store

FORMATS: tuple[str, ...] = ("auto", "gdelt1", "gdelt2", "icews", "polecat", "events-csv")
#: How many problem lines a file result lists (all are counted).
MAX_LISTED_PROBLEMS = 20

_STAGE = "_detente_stage"
_KEEP = "_detente_keep"
_DEDUPE_KEY = ("date", "source_country", "target_country", "cameo", "source_url")

#: DuckDB settings for the length of an ingest, put back as they were afterwards.
#: Rows land in any order (each file's scan and inserts run in parallel); readers
#: that need file order ask for it themselves. DuckDB's optimistic writes stay on:
#: the inserts compress row groups into the store file on every thread, so the
#: commit only links them in. Kept in memory instead, a file's rows would go to the
#: write-ahead log at the commit, on one thread, and be compressed into the store
#: at the next checkpoint (when the store is closed), which costs more than both.
_INGEST_SETTINGS = {"preserve_insertion_order": False}

#: Called after each file with (path, files done, files in total).
ProgressCallback = Callable[[Path, int, int], None]


@dataclass(frozen=True)
class LineProblem:
    """One line of a file that could not be loaded, and why."""

    line: int
    reason: str


@dataclass
class FileResult:
    """What happened to one file: loaded, partly loaded, skipped as known, or failed."""

    path: str
    format: str | None = None
    file_id: str | None = None
    rows_loaded: int = 0
    rows_malformed: int = 0
    #: The first malformed lines, with reasons (``rows_malformed`` counts them all).
    malformed: list[LineProblem] = field(default_factory=list)
    #: Good rows left out by ``root_only`` or ``countries``.
    rows_filtered: int = 0
    #: Good rows left out by ``dedupe`` (already in the store or earlier in the file).
    rows_duplicate: int = 0
    #: Rows read per source layout, e.g. ``{57: 201, 58: 509}`` for GDELT 1.0.
    layouts: dict[int, int] = field(default_factory=dict)
    #: Things the reader survived and the user should know (stray headers, extra tabs).
    notes: list[str] = field(default_factory=list)
    already_loaded: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True unless the file could not be processed at all."""
        return self.error is None


@dataclass
class IngestReport:
    """Per-file results of one :func:`ingest` call."""

    files: list[FileResult] = field(default_factory=list)

    @property
    def rows_loaded(self) -> int:
        """Events added to the store by this call."""
        return sum(f.rows_loaded for f in self.files)

    @property
    def rows_malformed(self) -> int:
        """Rows reported as malformed across all files."""
        return sum(f.rows_malformed for f in self.files)

    @property
    def failed(self) -> list[FileResult]:
        """Files that could not be processed."""
        return [f for f in self.files if not f.ok]

    @property
    def processed(self) -> list[FileResult]:
        """Files that were loaded or found already loaded."""
        return [f for f in self.files if f.ok]


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    fmt: str = "auto",
    *,
    root_only: bool = False,
    dedupe: bool = False,
    countries: Sequence[str] | None = None,
    mapping: events_csv.ColumnMapping | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Load external event files into the store's ``events`` table.

    :param paths: files, plain or ``.zip``; a file that fails is reported and the rest go on.
    :param fmt: one of :data:`FORMATS`; ``auto`` tells them apart by their first lines.
    :param root_only: keep only GDELT events from a story's lead paragraph (``IsRootEvent``).
    :param dedupe: drop exact duplicates by (date, source and target country, cameo, URL),
        within the file (the copy with the smallest event id is kept, so every run keeps the
        same one) and against events already stored.
    :param countries: keep only events whose source or target is one of these ISO-3 codes.
    :param mapping: column mapping for ``events-csv`` files.
    :param progress: called after each file.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    country_set = sorted({c.strip().upper() for c in countries or () if c.strip()})
    options: dict[str, Any] = {
        "root_only": root_only,
        "dedupe": dedupe,
        "countries": country_set or None,
    }
    con = store.con
    con.execute("SET enable_progress_bar = false")
    path_list = [Path(p) for p in paths]
    report = IngestReport()
    # Files are hashed one after another on a thread of their own, ahead of loading:
    # hashlib releases the GIL, so hashing a file overlaps DuckDB's scan of it (or of
    # the file before it), and no core waits for the other.
    hasher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="detente-hash")
    try:
        identities = [hasher.submit(_identify, path) for path in path_list]
        with _settings(con, _INGEST_SETTINGS):
            for done, (path, identity) in enumerate(zip(path_list, identities, strict=True), 1):
                report.files.append(_ingest_one(store, path, identity, fmt, mapping, options))
                if progress:
                    progress(path, done, len(path_list))
    finally:
        hasher.shutdown(cancel_futures=True)
    return report


def _identify(path: Path) -> str | None:
    """The file's id (hash of its bytes), or None when there is no file at ``path``."""
    return file_id(path) if path.is_file() else None


@contextmanager
def _settings(con: duckdb.DuckDBPyConnection, values: dict[str, bool]) -> Iterator[None]:
    """Apply DuckDB settings for the length of a block, then restore the earlier values."""
    previous: dict[str, bool] = {}
    for name, value in values.items():
        row = con.execute("SELECT current_setting(?)", [name]).fetchone()
        previous[name] = bool(row and row[0])
        con.execute(f"SET {name} = {value}")
    try:
        yield
    finally:
        for name, value in previous.items():
            con.execute(f"SET {name} = {value}")


def _ingest_one(
    store: Store,
    path: Path,
    identity: Future[str | None],
    fmt: str,
    mapping: events_csv.ColumnMapping | None,
    options: dict[str, Any],
) -> FileResult:
    """Ingest one file; its failure is recorded in its result, never raised."""
    result = FileResult(path=str(path))
    try:
        _ingest_file(store, path, identity, fmt, mapping, options, result)
    except DetenteError as exc:
        result.error = exc.message
    except duckdb.Error as exc:
        result.error = f"DuckDB could not read {path}: {exc}"
    finally:
        for table in (_STAGE, _KEEP, REJECTS_TABLE, REJECTS_SCAN):
            store.con.execute(f"DROP TABLE IF EXISTS {table}")
    return result


def detect_format(path: Path, mapping: events_csv.ColumnMapping | None = None) -> str:
    """Tell the format of a plain file from its first lines (or its Parquet suffix)."""
    if path.suffix.lower() == ".parquet":
        return "events-csv"
    lines = first_lines(path)
    if not lines:
        raise FormatError(f"{path} is empty: there is nothing to ingest")
    first = lines[0]
    if icews.looks_like(first):
        return "icews"
    if polecat.looks_like(first):
        return "polecat"
    fields = first.count("\t") + 1
    for name, counts in gdelt.LAYOUT_FIELDS.items():
        if fields in counts:
            return name
    if mapping is not None:
        return "events-csv"
    raise FormatError(
        f"cannot tell the format of {path}: its first line has {fields} tab-separated fields "
        "(GDELT 1.0 has 57 or 58, GDELT 2.0 61) and no ICEWS or POLECAT header; pass "
        "--format, or --map for a CSV of your own"
    )


def _plan(
    con: duckdb.DuckDBPyConnection,
    fmt: str,
    path: Path,
    mapping: events_csv.ColumnMapping | None,
    result: FileResult,
    identity: Future[str | None],
) -> StagePlan:
    if fmt == "gdelt1":
        return gdelt.plan(path, 1)
    if fmt == "gdelt2":
        return gdelt.plan(path, 2)
    if fmt == "icews":
        return icews.plan(path)
    if fmt == "polecat":
        return polecat.plan(path)
    if mapping is None:
        raise InputError(
            f"{path}: events-csv needs a column mapping, e.g. "
            "--map date=EventDate,source_country=Src,target_country=Tgt,cameo=Code"
        )
    # Rows without an id column are named after the file, so this plan waits for its hash.
    fid = _file_id(path, result, identity)
    return events_csv.plan(path, fid, mapping, events_csv.file_columns(con, path))


def _ingest_file(
    store: Store,
    path: Path,
    identity: Future[str | None],
    fmt: str,
    mapping: events_csv.ColumnMapping | None,
    options: dict[str, Any],
    result: FileResult,
) -> None:
    """Stage the file while its hash is still being computed, unless it looks known.

    A file whose hash is ready, or whose path was loaded before (most likely the same
    bytes again), is looked up first, so a rerun over known files scans none of them;
    any other file's scan overlaps its hashing, and is dropped unused if the bytes turn
    out to be known after all.
    """
    if not path.is_file():
        raise InputError(f"no file at {path}")
    con = store.con
    if (identity.done() or _path_loaded(con, path)) and _known(store, path, result, identity):
        return
    with plain_file(path) as plain:
        result.format = fmt if fmt != "auto" else detect_format(plain, mapping)
        plan = _plan(con, result.format, plain, mapping, result, identity)
        _stage(con, plan)
        if _known(store, path, result, identity):
            return
        _collect_problems(con, plain, plan, result)
    _collect_layouts(con, result)
    _load(store, path, plan, options, result)


def _file_id(path: Path, result: FileResult, identity: Future[str | None]) -> str:
    """The file's hash, once the hashing thread has it; it is kept in the result."""
    fid = identity.result()
    if fid is None:
        raise InputError(f"no file at {path}")
    result.file_id = fid
    return fid


def _known(store: Store, path: Path, result: FileResult, identity: Future[str | None]) -> bool:
    """True (and noted in the result) when a file with the same bytes was loaded before."""
    result.already_loaded = store.file_loaded(_file_id(path, result, identity))
    return result.already_loaded


def _path_loaded(con: duckdb.DuckDBPyConnection, path: Path) -> bool:
    return con.execute("SELECT 1 FROM files WHERE path = ?", [str(path)]).fetchone() is not None


_FLAGGED = "problem IS NOT NULL OR skip_reason IS NOT NULL OR note IS NOT NULL"


def _stage(con: duckdb.DuckDBPyConnection, plan: StagePlan) -> None:
    """Scan the file once into the staging table.

    Only the columns the plan's expressions use are parsed (DuckDB pushes the
    projection into its CSV reader), and tab-separated formats are scanned in
    parallel without keeping row order. Quoted CSV keeps row order, so its
    ``row_ordinal`` counts data rows.
    """
    if plan.raw_columns is None:
        con.execute("SET preserve_insertion_order = true")
        try:
            con.execute(
                f"CREATE OR REPLACE TEMP TABLE {_STAGE} AS SELECT {plan.select} FROM {plan.source}"
            )
        finally:
            con.execute("SET preserve_insertion_order = false")
        return
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_STAGE} AS SELECT {plan.select} FROM {plan.source}")


def _collect_problems(
    con: duckdb.DuckDBPyConnection, plain: Path, plan: StagePlan, result: FileResult
) -> None:
    """Count malformed rows and locate the flagged ones by line number.

    A clean file costs one look at the staging table. Flagged rows of tab-separated
    files are found by their text, which only a second scan of every column can
    rebuild; that scan runs only when there is something to locate.
    """
    has_rejects = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [REJECTS_TABLE]
    ).fetchone()
    rejects: dict[int, str] = {}
    if has_rejects and has_rejects[0]:
        for line, kind, message in con.execute(
            f"SELECT line, error_type, error_message FROM {REJECTS_TABLE} ORDER BY line"
        ).fetchall():
            rejects.setdefault(int(line), _reject_reason(kind, message))
    if plan.raw_columns is None:
        flagged = con.execute(
            f"SELECT row_ordinal, problem, skip_reason, note FROM {_STAGE} WHERE {_FLAGGED}"
        ).fetchall()
        if not rejects and not flagged:
            return
        lines = _lines_by_ordinal(plain, [row[0] for row in flagged], plan.header_lines, rejects)
    else:
        any_flagged = con.execute(f"SELECT 1 FROM {_STAGE} WHERE {_FLAGGED} LIMIT 1").fetchone()
        if not rejects and not any_flagged:
            return
        flagged = _flagged_lines(con, plan) if any_flagged else []
        lines = _lines_by_text(plain, [row[0] for row in flagged], plan.header_lines, rejects)
    _report_problems(result, rejects, flagged, lines)


def _flagged_lines(
    con: duckdb.DuckDBPyConnection, plan: StagePlan
) -> list[tuple[str, str | None, str | None, str | None]]:
    """Rescan a tab-separated file for its flagged rows, each with its line's text.

    The rejects of the first scan were read already; this scan makes its own, which
    are dropped with the rest of the file's temporary tables.
    """
    for table in (REJECTS_TABLE, REJECTS_SCAN):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    fields = ", ".join(f"s._raw.{ident(c)}" for c in plan.raw_columns or ())
    rows = con.execute(
        f"""SELECT concat_ws(chr(9), {fields}) AS raw_line, problem, skip_reason, note
        FROM (SELECT {plan.select}, raw AS _raw FROM {plan.source}) s
        WHERE {_FLAGGED}"""
    ).fetchall()
    return [(str(r[0]), r[1], r[2], r[3]) for r in rows]


def _report_problems(
    result: FileResult,
    rejects: dict[int, str],
    flagged: Sequence[tuple[Any, str | None, str | None, str | None]],
    lines: list[int],
) -> None:
    """Fill the result's malformed rows (rejects and failed checks) and its notes."""
    problems = sorted(
        [
            *rejects.items(),
            *((line, row[1]) for line, row in zip(lines, flagged, strict=True) if row[1]),
        ]
    )
    result.rows_malformed = len(problems)
    result.malformed = [
        LineProblem(line, reason) for line, reason in problems[:MAX_LISTED_PROBLEMS]
    ]
    grouped: dict[str, list[int]] = {}
    for line, (_, problem, skip_reason, note) in zip(lines, flagged, strict=True):
        if problem is None:
            grouped.setdefault(skip_reason or note or "", []).append(line)
    for kind, kind_lines in grouped.items():
        kind_lines.sort()
        shown = ", ".join(str(n) for n in kind_lines[:MAX_LISTED_PROBLEMS])
        more = len(kind_lines) - MAX_LISTED_PROBLEMS
        result.notes.append(
            f"{len(kind_lines)} × {kind} (line {shown}{f' and {more} more' if more > 0 else ''})"
        )


def _lines_by_text(
    plain: Path, texts: list[str], header_lines: int, rejects: dict[int, str]
) -> list[int]:
    """Line numbers of flagged rows, found by their text in one pass over the file.

    Runs only for files with flagged rows; identical flagged lines get their line
    numbers in file order.
    """
    wanted: dict[str, list[int]] = {text: [] for text in texts}
    with plain.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number <= header_lines or number in rejects:
                continue
            text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if text in wanted:
                wanted[text].append(number)
    found: list[int] = []
    for text in texts:
        found.append(wanted[text].pop(0) if wanted[text] else 0)
    return found


def _lines_by_ordinal(
    plain: Path, ordinals: list[int], header_lines: int, rejects: dict[int, str]
) -> list[int]:
    """Line numbers of flagged rows from their position among the rows DuckDB read."""
    skipped = sorted(set(rejects) | set(blank_lines(plain)))

    def line_of(ordinal: int) -> int:
        line = header_lines + ordinal
        for number in skipped:
            if number <= line:
                line += 1
        return line

    return [line_of(ordinal) for ordinal in ordinals]


def _reject_reason(kind: str, message: str) -> str:
    if kind == "TOO MANY COLUMNS":
        return f"too many fields ({message})"
    if kind == "INVALID ENCODING":
        return "not valid UTF-8 text"
    return f"{kind.lower()}: {message}"


def _collect_layouts(con: duckdb.DuckDBPyConnection, result: FileResult) -> None:
    rows = con.execute(
        f"SELECT source_columns, count(*) FROM {_STAGE} WHERE skip_reason IS NULL "
        "GROUP BY ALL ORDER BY 1"
    ).fetchall()
    result.layouts = {int(n): int(count) for n, count in rows if n is not None}


def _load(
    store: Store, path: Path, plan: StagePlan, options: dict[str, Any], result: FileResult
) -> None:
    """Insert the good rows, apply the options and record the file, in one transaction."""
    con = store.con
    valid = "problem IS NULL AND skip_reason IS NULL"
    conditions = [valid]
    if options["root_only"]:
        conditions.append("is_root")
    if options["countries"]:
        conditions.append(
            "(source_country IN (SELECT unnest($countries)) "
            "OR target_country IN (SELECT unnest($countries)))"
        )
    params: dict[str, Any] = {"countries": options["countries"]} if options["countries"] else {}
    selected = " AND ".join(conditions)
    columns = {name: name for name in _stage_columns(con)}
    columns |= plan.derived | {"file_id": "$file_id"}
    event_columns = ", ".join(
        f"{columns[f.name]} AS {f.name}" for f in EVENT_SCHEMA if f.name in columns
    )
    detail_columns = ", ".join(f"{columns[n]} AS {n}" for n, _ in DETAILS_COLUMNS if n in columns)
    con.execute("BEGIN TRANSACTION")
    try:
        if options["dedupe"] or len(conditions) > 1:
            _select_kept(con, selected, params, dedupe=options["dedupe"])
            chosen = f"rowid IN (SELECT row FROM {_KEEP})"
            params = {}
        else:
            chosen = selected
        params["file_id"] = result.file_id
        loaded = con.execute(
            f"INSERT INTO events BY NAME SELECT {event_columns} FROM {_STAGE} WHERE {chosen}",
            params,
        ).fetchone()
        con.execute(
            f"INSERT INTO {DETAILS_TABLE} BY NAME SELECT {detail_columns} FROM {_STAGE} "
            f"WHERE {chosen}",
            params,
        )
        result.rows_loaded = int(loaded[0]) if loaded else 0
        if options["dedupe"] or len(conditions) > 1:
            counts = con.execute(
                f"SELECT count(*) FILTER (WHERE {valid}), "
                f"count(*) FILTER (WHERE {selected}) FROM {_STAGE}",
                {"countries": options["countries"]} if options["countries"] else {},
            ).fetchone()
            good, passing = (int(counts[0]), int(counts[1])) if counts else (0, 0)
            result.rows_filtered = good - passing
            result.rows_duplicate = passing - result.rows_loaded
        store.record_file(
            result.file_id or "",
            str(path),
            result.format or "",
            result.rows_loaded,
            result.rows_malformed,
            {**options, "format": result.format},
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _stage_columns(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [_STAGE]
    ).fetchall()
    return {r[0] for r in rows}


def _select_kept(
    con: duckdb.DuckDBPyConnection, selected: str, params: dict[str, Any], *, dedupe: bool
) -> None:
    """Note the stage rows that pass the filters (and, with dedupe, are new)."""
    if not dedupe:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {_KEEP} AS SELECT rowid AS row FROM {_STAGE} "
            f"WHERE {selected}",
            params,
        )
        return
    key = ", ".join(_DEDUPE_KEY)
    same = " AND ".join(f"e.{c} IS NOT DISTINCT FROM s.{c}" for c in _DEDUPE_KEY)
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {_KEEP} AS
        SELECT row FROM (
            SELECT rowid AS row, {key} FROM {_STAGE} WHERE {selected}
            QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY event_id) = 1
        ) s
        WHERE NOT EXISTS (SELECT 1 FROM events e WHERE {same})""",
        params,
    )
