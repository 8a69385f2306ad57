"""Load UN General Assembly votes and ideal points into the store, in bulk and idempotently.

Accepted files (recognised by extension, then by their objects' or columns' names):

``unvotes`` R data (``.rda``/``.RData``, read with pyreadr)
    ``un_votes`` (``rcid, country, country_code, vote``; ``country_code`` is ISO 3166-1
    alpha-2 and missing for West Germany, North Yemen and Zanzibar, which are found by
    ``country``), ``un_roll_calls`` (``rcid, session, importantvote, date, unres, amend,
    para, short, descr``) and ``un_roll_call_issues`` (``rcid, short_name, issue``).

Voeten's UNVotes CSV (Harvard Dataverse release; comma or tab separated)
    Required: ``rcid``, ``vote`` and ``ccode`` (COW number) or ``Country`` (ISO-3).
    ``vote`` is 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member; only 1–3 are votes,
    8 and 9 are counted in the report and not stored. ``ccode`` decides the country
    when present (``Country`` held COW letters in old releases and ISO-3 in new ones);
    otherwise ``Country`` must be an ISO-3 code. Roll-call columns are used when present:
    ``session``, ``date``, ``unres``, ``importantvote``, ``short``, ``descr`` and the
    issue dummies ``me, nu, di, hr, co, ec`` (1 = the roll call is on that issue).
    A roll call needs ``session`` or ``date`` to be placed in a year.

Bailey–Strezhnev–Voeten ideal points CSV (``idealpoints_bsv_*.csv``)
    ``ccode`` or ``iso3c``, ``session``, ``IdealPointAll`` and optionally ``Q5%All``,
    ``Q50%All``, ``Q95%All``, ``NVotesAll``. ``year`` = session + 1945. Countries are
    mapped by ``ccode`` when present, because the June 2024 file labels South Yemen
    ``YAR`` like North Yemen.

Countries become ISO-3 through ``data/votes/countries.csv`` (its README explains the
historical states). Every table is upserted on its key — ``un_votes (rcid, country)``,
``un_rollcalls (rcid)``, ``ideal_points (country, session)`` — so loading a file again
replaces its rows and never adds duplicates. Rows that cannot be stored are counted by
reason in the :class:`LoadReport`, never dropped silently.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from detente.errors import FormatError, InputError
from detente.store import Store
from detente.votes._tables import ISSUES, SESSION_YEAR_OFFSET, country_table

R_SUFFIXES = (".rda", ".rdata")
VOTE_WORDS = ("yes", "abstain", "no")
#: Voeten's codes that are not votes: what the report calls the rows it leaves out.
NON_VOTE_CODES = {8: "absent", 9: "not a member"}


@dataclass(slots=True)
class LoadReport:
    """What one file (or one object of an R data file) put into the store."""

    path: str
    kind: str
    rows_read: int
    votes: int = 0
    rollcalls: int = 0
    ideal_points: int = 0
    #: Rows not stored, counted by reason ("absent", "unknown country 'XX'", …).
    skipped: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        return {
            "path": self.path,
            "kind": self.kind,
            "rows_read": self.rows_read,
            "votes": self.votes,
            "rollcalls": self.rollcalls,
            "ideal_points": self.ideal_points,
            "skipped": dict(self.skipped),
        }


def load_paths(store: Store, paths: Iterable[str | Path]) -> list[LoadReport]:
    """Load every file; the order does not matter (issues may come before roll calls)."""
    reports: list[LoadReport] = []
    for path in paths:
        reports.extend(load_path(store, path))
    return reports


def load_path(store: Store, path: str | Path) -> list[LoadReport]:
    """Load one vote, roll-call, issue or ideal-point file, recognised by name and columns."""
    path = Path(path)
    # A bulk load is quick; DuckDB's progress bar would only litter the CLI's output.
    store.con.execute("SET enable_progress_bar = false")
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    if path.suffix.lower() in R_SUFFIXES:
        reports = _load_rdata(store, path)
        fmt = "unvotes-rda"
    else:
        reports = [_load_table_file(store, path)]
        fmt = reports[0].kind
    store.record_file(
        _file_id(path),
        str(path),
        fmt,
        sum(r.votes + r.rollcalls + r.ideal_points for r in reports),
        sum(sum(r.skipped.values()) for r in reports),
    )
    return reports


def _file_id(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:32]


# -- unvotes R data ------------------------------------------------------------------


def _load_rdata(store: Store, path: Path) -> list[LoadReport]:
    import pyreadr

    try:
        objects = pyreadr.read_r(str(path))
    except Exception as exc:  # pyreadr raises its own and OS errors alike
        raise InputError(f"cannot read R data file {path}: {exc}") from exc
    reports = []
    for name, frame in objects.items():
        columns = {c.lower() for c in frame.columns}
        if {"rcid", "country_code", "vote"} <= columns:
            reports.append(_load_unvotes_votes(store, path, frame))
        elif {"rcid", "short_name"} <= columns:
            reports.append(_load_unvotes_issues(store, path, frame))
        elif {"rcid", "session", "date"} <= columns:
            reports.append(_load_unvotes_rollcalls(store, path, frame))
        else:
            raise FormatError(
                f"{path}: object {name!r} (columns {', '.join(map(str, frame.columns))}) is "
                "none of un_votes (rcid, country, country_code, vote), un_roll_calls (rcid, "
                "session, date, …) or un_roll_call_issues (rcid, short_name, issue)"
            )
    if not reports:
        raise FormatError(f"{path}: the R data file holds no objects")
    return reports


def _load_unvotes_votes(store: Store, path: Path, frame: pd.DataFrame) -> LoadReport:
    # Straight to Arrow: the types are fixed in SQL, which is faster than in pandas.
    incoming = pa.Table.from_pandas(
        frame[["rcid", "country", "country_code", "vote"]], preserve_index=False
    )
    mapped_sql = """
        SELECT TRY_CAST(i.rcid AS INTEGER) AS rcid,
               COALESCE(by_iso2.iso3, by_name.iso3) AS country,
               lower(i.vote::VARCHAR) AS vote,
               coalesce(i.country_code, i.country) AS source_code
        FROM _incoming i
        LEFT JOIN _countries by_iso2 ON i.country_code = by_iso2.iso2
        LEFT JOIN _countries by_name
               ON i.country_code IS NULL AND i.country = by_name.unvotes_name
    """
    report = LoadReport(str(path), "unvotes-votes", incoming.num_rows)
    with _registered(store.con, _incoming=incoming, _countries=country_table()):
        _store_votes(store, mapped_sql, report)
    return report


def _load_unvotes_rollcalls(store: Store, path: Path, frame: pd.DataFrame) -> LoadReport:
    incoming = pa.table(
        {
            "rcid": pd.to_numeric(frame["rcid"], errors="coerce").astype("Int64"),
            "session": pd.to_numeric(frame["session"], errors="coerce").astype("Int64"),
            "date": pd.to_datetime(frame["date"], errors="coerce"),
            "unres": frame["unres"].astype("string"),
            "importantvote": pd.to_numeric(frame["importantvote"], errors="coerce"),
            "short": frame["short"].astype("string"),
            "descr": frame["descr"].astype("string"),
        }
    )
    select_sql = """
        SELECT rcid::INTEGER AS rcid, session::INTEGER AS session, date::DATE AS date, unres,
               importantvote = 1 AS importantvote, short, descr, NULL::VARCHAR[] AS issues
        FROM _incoming
    """
    report = LoadReport(str(path), "unvotes-rollcalls", incoming.num_rows)
    with _registered(store.con, _incoming=incoming):
        _store_rollcalls(store, select_sql, report)
    return report


def _load_unvotes_issues(store: Store, path: Path, frame: pd.DataFrame) -> LoadReport:
    incoming = pa.table(
        {
            "rcid": pd.to_numeric(frame["rcid"], errors="coerce").astype("Int64"),
            "short_name": frame["short_name"].astype("string").str.lower(),
        }
    )
    report = LoadReport(str(path), "unvotes-issues", incoming.num_rows)
    known = ", ".join(f"'{code}'" for code in ISSUES)
    with _registered(store.con, _incoming=incoming):
        for reason, count in store.con.execute(
            f"""SELECT CASE WHEN rcid IS NULL THEN 'no rcid'
                           ELSE 'unknown issue ' || coalesce(short_name, '(empty)') END, count(*)
                FROM _incoming
                WHERE rcid IS NULL OR short_name IS NULL OR short_name NOT IN ({known})
                GROUP BY 1"""
        ).fetchall():
            report.skipped[reason] = int(count)
        with _transaction(store.con):
            store.con.execute(
                f"""INSERT INTO un_rollcalls (rcid, issues)
                SELECT rcid::INTEGER, list(DISTINCT short_name ORDER BY short_name)
                FROM _incoming WHERE rcid IS NOT NULL AND short_name IN ({known})
                GROUP BY rcid
                ON CONFLICT (rcid) DO UPDATE SET issues = excluded.issues"""
            )
        report.rollcalls = _count(
            store.con,
            f"SELECT count(DISTINCT rcid) FROM _incoming WHERE rcid IS NOT NULL "
            f"AND short_name IN ({known})",
        )
    return report


# -- CSV files: Voeten's votes and the BSV ideal points --------------------------------


def _load_table_file(store: Store, path: Path) -> LoadReport:
    try:
        relation = store.con.read_csv(str(path), header=True, all_varchar=True)
    except duckdb.Error as exc:
        raise InputError(f"cannot read {path} as a delimited text file: {exc}") from exc
    columns = {c.lower(): c for c in relation.columns}
    store.con.register("_incoming_raw", relation.to_arrow_table())
    try:
        if "idealpointall" in columns and "session" in columns:
            return _load_ideal_points(store, path, columns)
        if {"rcid", "vote"} <= columns.keys() and ({"ccode", "country"} & columns.keys()):
            return _load_voeten_csv(store, path, columns)
    finally:
        store.con.unregister("_incoming_raw")
    raise FormatError(
        f"{path}: columns {', '.join(relation.columns)} match no vote file detente reads: "
        "Voeten's UNVotes (rcid, vote, ccode or Country, …) or BSV ideal points "
        "(ccode or iso3c, session, IdealPointAll, Q5%All, Q95%All, …)"
    )


def _quoted(columns: dict[str, str], name: str) -> str:
    """The file's own spelling of a column, quoted for SQL, or NULL when it is absent."""
    actual = columns.get(name.lower())
    return f'"{actual}"' if actual else "NULL"


def _load_voeten_csv(store: Store, path: Path, columns: dict[str, str]) -> LoadReport:
    col = lambda name: _quoted(columns, name)  # noqa: E731 - a local shorthand for the SQL
    ccode, country = col("ccode"), col("Country")
    mapped_sql = f"""
        SELECT TRY_CAST(i.{col("rcid")} AS INTEGER) AS rcid,
               COALESCE(by_cow.iso3, by_iso3.iso3) AS country,
               CASE TRY_CAST(i.{col("vote")} AS INTEGER)
                    WHEN 1 THEN 'yes' WHEN 2 THEN 'abstain' WHEN 3 THEN 'no'
                    WHEN 8 THEN 'absent' WHEN 9 THEN 'not a member' END AS vote,
               coalesce(i.{ccode}, i.{country}) AS source_code
        FROM _incoming_raw i
        LEFT JOIN _countries by_cow ON TRY_CAST(i.{ccode} AS INTEGER) = by_cow.cow
        LEFT JOIN (SELECT DISTINCT iso3 FROM _countries) by_iso3
               ON i.{ccode} IS NULL AND upper(trim(i.{country})) = by_iso3.iso3
    """
    report = LoadReport(
        str(path), "voeten-csv", _count(store.con, "SELECT count(*) FROM _incoming_raw")
    )
    with _registered(store.con, _countries=country_table()):
        _store_votes(store, mapped_sql, report)
    if "session" in columns or "date" in columns:
        dummies = [code for code in ISSUES if code in columns]
        issues_sql = (
            "list_filter(["
            + ", ".join(
                f"CASE WHEN TRY_CAST({col(code)} AS DOUBLE) = 1 THEN '{code}' END"
                for code in dummies
            )
            + "], x -> x IS NOT NULL)"
            if dummies
            else "NULL::VARCHAR[]"
        )
        select_sql = f"""
            SELECT TRY_CAST({col("rcid")} AS INTEGER) AS rcid,
                   any_value(TRY_CAST({col("session")} AS INTEGER)) AS session,
                   any_value(TRY_CAST({col("date")} AS DATE)) AS date,
                   any_value({col("unres")}) AS unres,
                   any_value(TRY_CAST({col("importantvote")} AS DOUBLE) = 1) AS importantvote,
                   any_value({col("short")}) AS short,
                   any_value({col("descr")}) AS descr,
                   any_value({issues_sql}) AS issues
            FROM _incoming_raw
            WHERE TRY_CAST({col("rcid")} AS INTEGER) IS NOT NULL
            GROUP BY 1
        """
        _store_rollcalls(store, select_sql, report)
    return report


def _load_ideal_points(store: Store, path: Path, columns: dict[str, str]) -> LoadReport:
    col = lambda name: _quoted(columns, name)  # noqa: E731 - a local shorthand for the SQL
    if "ccode" not in columns and "iso3c" not in columns:
        raise FormatError(f"{path}: an ideal-point file needs a ccode or an iso3c column")
    ccode, iso3c = col("ccode"), col("iso3c")
    mapped = f"""
        SELECT COALESCE(by_cow.iso3, by_iso3.iso3) AS country,
               TRY_CAST(i.{col("session")} AS INTEGER) AS session,
               TRY_CAST(i.{col("IdealPointAll")} AS DOUBLE) AS ideal,
               TRY_CAST(i.{col("Q5%All")} AS DOUBLE) AS q05,
               TRY_CAST(i.{col("Q50%All")} AS DOUBLE) AS q50,
               TRY_CAST(i.{col("Q95%All")} AS DOUBLE) AS q95,
               TRY_CAST(i.{col("NVotesAll")} AS INTEGER) AS n_votes,
               coalesce(i.{ccode}, i.{iso3c}) AS source_code
        FROM _incoming_raw i
        LEFT JOIN _countries by_cow ON TRY_CAST(i.{ccode} AS INTEGER) = by_cow.cow
        LEFT JOIN (SELECT DISTINCT iso3 FROM _countries) by_iso3
               ON i.{ccode} IS NULL AND upper(trim(i.{iso3c})) = by_iso3.iso3
    """
    con = store.con
    report = LoadReport(
        str(path), "bsv-ideal-points", _count(con, "SELECT count(*) FROM _incoming_raw")
    )
    with _registered(con, _countries=country_table()):
        con.execute(f"CREATE OR REPLACE TEMP TABLE _ideal_mapped AS {mapped}")
    try:
        for code, count in con.execute(
            "SELECT source_code, count(*) FROM _ideal_mapped WHERE country IS NULL GROUP BY 1"
        ).fetchall():
            report.skipped[f"unknown country {code or '(empty)'}"] = int(count)
        bad = _count(
            con,
            "SELECT count(*) FROM _ideal_mapped WHERE country IS NOT NULL "
            "AND (session IS NULL OR ideal IS NULL)",
        )
        if bad:
            report.skipped["no session or ideal point"] = bad
        clash = con.execute(
            "SELECT country, session, list(source_code) FROM _ideal_mapped "
            "WHERE country IS NOT NULL AND session IS NOT NULL AND ideal IS NOT NULL "
            "GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 3"
        ).fetchall()
        if clash:
            raise FormatError(
                f"{path}: several rows give an ideal point for the same country and session "
                f"(e.g. {clash[0][0]} session {clash[0][1]} from codes {clash[0][2]}); "
                "check the country codes"
            )
        with _transaction(con):
            con.execute(
                f"""INSERT OR REPLACE INTO ideal_points
                SELECT country, session, session + {SESSION_YEAR_OFFSET}, ideal, q05, q50, q95,
                       n_votes
                FROM _ideal_mapped
                WHERE country IS NOT NULL AND session IS NOT NULL AND ideal IS NOT NULL"""
            )
        report.ideal_points = report.rows_read - sum(report.skipped.values())
    finally:
        con.execute("DROP TABLE IF EXISTS _ideal_mapped")
    return report


# -- shared writing steps ------------------------------------------------------------


def _store_votes(store: Store, mapped_sql: str, report: LoadReport) -> None:
    """Upsert the mapped votes; count every row left out by its reason."""
    con = store.con
    con.execute(f"CREATE OR REPLACE TEMP TABLE _votes_mapped AS {mapped_sql}")
    try:
        words = ", ".join(f"'{w}'" for w in VOTE_WORDS)
        for reason, count in con.execute(
            f"""SELECT CASE
                    WHEN rcid IS NULL THEN 'no rcid'
                    WHEN vote IN ('absent', 'not a member') THEN vote
                    WHEN vote IS NULL OR vote NOT IN ({words}) THEN 'not a yes/no/abstain vote'
                    ELSE 'unknown country ' || coalesce(source_code, '(empty)') END, count(*)
                FROM _votes_mapped
                WHERE rcid IS NULL OR country IS NULL OR vote IS NULL OR vote NOT IN ({words})
                GROUP BY 1"""
        ).fetchall():
            report.skipped[reason] = int(count)
        keep = f"rcid IS NOT NULL AND country IS NOT NULL AND vote IN ({words})"
        clash = con.execute(
            f"SELECT rcid, country FROM _votes_mapped WHERE {keep} "
            "GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 1"
        ).fetchone()
        if clash:
            raise FormatError(
                f"{report.path}: two votes of {clash[1]} on roll call {clash[0]}; a vote file "
                "holds one vote per country and roll call"
            )
        with _transaction(con):
            con.execute(
                f"INSERT OR REPLACE INTO un_votes SELECT rcid, country, vote "
                f"FROM _votes_mapped WHERE {keep}"
            )
        report.votes = _count(con, f"SELECT count(*) FROM _votes_mapped WHERE {keep}")
    finally:
        con.execute("DROP TABLE IF EXISTS _votes_mapped")


def _store_rollcalls(store: Store, select_sql: str, report: LoadReport) -> None:
    """Upsert roll calls, keeping issues already known when the incoming rows have none."""
    con = store.con
    con.execute(f"CREATE OR REPLACE TEMP TABLE _rollcalls_in AS {select_sql}")
    try:
        undated = _count(
            con,
            "SELECT count(*) FROM _rollcalls_in WHERE rcid IS NULL "
            "OR (session IS NULL AND date IS NULL)",
        )
        if undated:
            report.skipped["roll call without rcid, session or date"] = undated
        with _transaction(con):
            con.execute(
                """INSERT INTO un_rollcalls
                SELECT rcid, session, date, unres, importantvote, short, descr, issues
                FROM _rollcalls_in
                WHERE rcid IS NOT NULL AND (session IS NOT NULL OR date IS NOT NULL)
                ON CONFLICT (rcid) DO UPDATE SET
                    session = excluded.session, date = excluded.date, unres = excluded.unres,
                    importantvote = excluded.importantvote, short = excluded.short,
                    descr = excluded.descr,
                    issues = COALESCE(excluded.issues, un_rollcalls.issues)"""
            )
        report.rollcalls = _count(con, "SELECT count(*) FROM _rollcalls_in") - undated
    finally:
        con.execute("DROP TABLE IF EXISTS _rollcalls_in")


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, **tables: pa.Table) -> Iterator[None]:
    """Register Arrow tables under names for the length of a block."""
    for name, table in tables.items():
        con.register(name, table)
    try:
        yield
    finally:
        for name in tables:
            con.unregister(name)


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One DuckDB transaction: committed on success, rolled back on any error."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row else 0
