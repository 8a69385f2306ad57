"""How fast is detente's dyad-by-month table next to hand-written DuckDB and pandas?

Builds N synthetic events (default 50 million) in a Parquet file in a temporary
directory, with the columns the measures read (date, countries, quad, Goldstein,
doc_id, modality flags, PLOVER type, origin, GDELT weights), then times:

(a) ``detente.analysis.dyad_table`` over ``read_parquet(...)``,
(b) a hand-written DuckDB GROUP BY computing the same columns, in the same run,
(c) the same computation in pandas on the first ``--pandas-rows`` rows (default 20
    million: a large subsample, since pandas' hash tables and sorts grow faster than
    linearly, within the memory pandas needs), scaled linearly to N rows (said in the
    output).

Prints times, ratios (targets: a ≤ 1.5 × b; a ≥ 10 × faster than c) and the peak
RSS of each phase (sampled with psutil).

Usage: python benchmarks/bench_series.py [--rows N] [--pandas-rows M] [--keep DIR]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import psutil
import pyarrow as pa
import pyarrow.parquet as pq

from detente.analysis import MeasureOptions, dyad_table
from detente.analysis._plover import plover_base_scores

COUNTRIES = ["USA", "CHN", "RUS", "IND", "PAK", "GBR", "FRA", "DEU", "JPN", "IRN", "ISR", "TUR",
             "SAU", "AFG", "UKR", "KOR", "PRK", "BRA", "EGY", "SYR", "IRQ", "NGA", "ZAF", "MEX",
             "CAN", "AUS", "IDN", "VNM", "PHL", "ITA"]  # fmt: skip


class PeakRss:
    """Samples this process's RSS in a thread, so each phase reports its own peak."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        process = psutil.Process()
        while not self._stop.is_set():
            self.peak = max(self.peak, process.memory_info().rss)
            time.sleep(self.interval)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, psutil.Process().memory_info().rss)


def build_parquet(path: Path, rows: int) -> None:
    """Synthetic events written by DuckDB: skewed countries, ~4 events per document.

    ``doc_id`` is a 32-character hex digest, as in real stores (GDELT's is the md5 of
    SOURCEURL, coded documents carry a content hash), so grouping by document costs
    what it costs on real data.
    """
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    duckdb.sql(
        f"""
        COPY (
            SELECT
                DATE '2015-01-01' + CAST(floor(random() * 3650) AS INTEGER) AS date,
                {countries}[1 + CAST(floor(pow(random(), 2) * {len(COUNTRIES)}) AS INTEGER)]
                    AS source_country,
                CASE WHEN random() < 0.05 THEN NULL ELSE
                    {countries}[1 + CAST(floor(pow(random(), 2) * {len(COUNTRIES)}) AS INTEGER)]
                END AS target_country,
                CAST(1 + floor(random() * 4) AS TINYINT) AS quad,
                round(random() * 20 - 10, 1) AS goldstein,
                md5(CAST(i // 4 AS VARCHAR)) AS doc_id,
                random() < 0.03 AS negated,
                random() < 0.02 AS hypothetical,
                random() < 0.02 AS future,
                CASE WHEN random() < 0.5 THEN NULL ELSE
                    ['CONSULT', 'AID', 'ACCUSE', 'ASSAULT']
                        [1 + CAST(floor(random() * 4) AS INTEGER)]
                END AS plover_type,
                'gdelt2' AS origin,
                CAST(1 + floor(random() * 10) AS INTEGER) AS num_articles,
                CAST(1 + floor(random() * 30) AS INTEGER) AS num_mentions,
                random() < 0.4 AS is_root
            FROM range({rows}) AS t(i)
        ) TO '{path}' (FORMAT parquet, ROW_GROUP_SIZE 1000000)
        """
    )


#: The same table as ``dyad_table`` (events weighted 1, asserted events only), written by
#: hand: every column detente returns is computed here too, including the PLOVER score,
#: and documents are counted on the same 64-bit hash of doc_id (what a careful hand-written
#: query would do; ``--exact-baseline`` also times ``count(DISTINCT doc_id)`` on the strings).
HAND_WRITTEN = """
SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
       CAST(date_trunc('month', date) AS DATE) AS month,
       count(*) AS events, count(DISTINCT {documents}) AS documents,
       count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
       count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
       sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
       (count(*) FILTER (WHERE quad <= 2) - count(*) FILTER (WHERE quad >= 3))
           / count(*) FILTER (WHERE quad BETWEEN 1 AND 4) AS net_coop,
       avg({plover}) AS plover_score
FROM read_parquet('{path}')
WHERE date IS NOT NULL AND source_country IS NOT NULL AND target_country IS NOT NULL
  AND source_country <> target_country
  AND negated IS NOT TRUE AND hypothetical IS NOT TRUE AND future IS NOT TRUE
GROUP BY ALL
"""
COMPARED = ["events", "documents", "q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean",
            "net_coop", "plover_score"]  # fmt: skip


def hand_written_sql(path: Path, exact: bool = False) -> str:
    """The hand-written query; ``exact`` counts distinct doc_id strings instead of hashes."""
    scores = plover_base_scores() or {}
    cases = " ".join(f"WHEN '{name}' THEN {score!r}" for name, score in sorted(scores.items()))
    plover = f"CASE upper(plover_type) {cases} END" if scores else "goldstein"
    documents = "doc_id" if exact else "CASE WHEN doc_id IS NOT NULL THEN hash(doc_id) END"
    return HAND_WRITTEN.format(path=path, documents=documents, plover=plover)


def first_rows(path: Path, columns: list[str], rows: int) -> pa.Table:
    """The first ``rows`` rows, reading only the row groups that hold them.

    Reading the whole file and slicing would put the read of all N rows into the
    subsample's time, which is then scaled to N again: pandas would look slower than it is.
    """
    parquet = pq.ParquetFile(path)
    groups, held = [], 0
    while held < rows and len(groups) < parquet.num_row_groups:
        held += parquet.metadata.row_group(len(groups)).num_rows
        groups.append(len(groups))
    return parquet.read_row_groups(groups, columns=columns).slice(0, rows)


def pandas_series(path: Path, rows: int) -> pd.DataFrame:
    """The same dyad-by-month table in pandas, on the first ``rows`` rows."""
    columns = ["date", "source_country", "target_country", "quad", "goldstein", "doc_id",
               "negated", "hypothetical", "future", "plover_type"]  # fmt: skip
    frame = first_rows(path, columns, rows).to_pandas(date_as_object=False)
    keep = (
        frame["date"].notna()
        & frame["source_country"].notna()
        & frame["target_country"].notna()
        & (frame["source_country"] != frame["target_country"])
        & ~frame["negated"].fillna(False).astype(bool)
        & ~frame["hypothetical"].fillna(False).astype(bool)
        & ~frame["future"].fillna(False).astype(bool)
    )
    frame = frame[keep]
    a = np.minimum(frame["source_country"].to_numpy(), frame["target_country"].to_numpy())
    b = np.maximum(frame["source_country"].to_numpy(), frame["target_country"].to_numpy())
    scores = plover_base_scores()
    plover = frame["plover_type"].str.upper().map(scores) if scores else frame["goldstein"]
    frame = frame.assign(
        a=a,
        b=b,
        month=frame["date"].dt.to_period("M"),
        coop=(frame["quad"] <= 2).astype(int) - (frame["quad"] >= 3).astype(int),
        quads=frame["quad"].between(1, 4).astype(int),
        plover=plover,
        **{f"q{q}": (frame["quad"] == q).astype(int) for q in range(1, 5)},
    )
    grouped = frame.groupby(["a", "b", "month"], observed=True)
    result = grouped.agg(
        events=("quad", "size"),
        documents=("doc_id", "nunique"),
        q1=("q1", "sum"),
        q2=("q2", "sum"),
        q3=("q3", "sum"),
        q4=("q4", "sum"),
        goldstein_sum=("goldstein", "sum"),
        goldstein_mean=("goldstein", "mean"),
        coop=("coop", "sum"),
        quads=("quads", "sum"),
        plover_score=("plover", "mean"),
    )
    result["net_coop"] = result["coop"] / result["quads"]
    return result


def differences(detente: pd.DataFrame, other: pd.DataFrame, label: str) -> list[str]:
    """Where another implementation's table disagrees with detente's (empty when none)."""
    if len(detente) != len(other):
        return [f"{label}: {len(other):,} dyad-months, detente {len(detente):,}"]
    joined = detente.merge(other, left_index=True, right_index=True, suffixes=("", "_other"))
    if len(joined) != len(detente):
        return [f"{label}: only {len(joined):,} of {len(detente):,} dyad-months in common"]
    problems = []
    for column in COMPARED:
        mine, theirs = joined[column].to_numpy(float), joined[f"{column}_other"].to_numpy(float)
        if not np.allclose(mine, theirs, rtol=1e-9, atol=1e-9, equal_nan=True):
            problems.append(f"{label}: column {column} differs")
    return problems


def keyed(frame: pd.DataFrame) -> pd.DataFrame:
    """A result indexed by (a, b, month as the first day), for comparing implementations."""
    frame = frame.reset_index()
    month = frame["month"]
    if isinstance(month.dtype, pd.PeriodDtype):
        month = month.dt.to_timestamp()
    frame["month"] = pd.to_datetime(month)
    return frame.set_index(["a", "b", "month"]).sort_index()


def timed(label: str, action: Callable[[], Any], warm_up: bool = True) -> tuple[float, int, Any]:
    """Run once to warm up caches (unless told not to), then time a run and its peak RSS."""
    if warm_up:
        action()
    with PeakRss() as rss:
        start = time.perf_counter()
        result = action()
        seconds = time.perf_counter() - start
    print(f"{label:<44} {seconds:8.2f} s   peak RSS {rss.peak / 2**30:6.2f} GiB", flush=True)
    return seconds, rss.peak, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000_000, help="synthetic events")
    parser.add_argument("--pandas-rows", type=int, default=20_000_000,
                        help="pandas subsample, scaled to --rows (~9 GiB at 20M)")  # fmt: skip
    parser.add_argument("--keep", type=Path, help="write the Parquet file here and keep it")
    parser.add_argument("--exact-baseline", action="store_true",
                        help="also time the hand-written query on doc_id strings")  # fmt: skip
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"events-{args.rows}.parquet"
        started = time.perf_counter()
        if args.keep and path.exists():
            print(f"reusing {path}")
        else:
            build_parquet(path, args.rows)
        size = path.stat().st_size / 2**30
        print(f"{args.rows:,} events ready in {time.perf_counter() - started:.1f} s "
              f"({size:.2f} GiB Parquet) at {path}")  # fmt: skip

        con = duckdb.connect()
        con.execute("SET enable_progress_bar = false")
        options = MeasureOptions(source=f"read_parquet('{path}')", min_events=1)
        detente_s, _, table = timed("(a) detente dyad_table (dyad x month)",
                                    lambda: dyad_table(con, options))  # fmt: skip
        hand_sql = hand_written_sql(path)
        hand_s, _, hand = timed("(b) hand-written DuckDB GROUP BY",
                                lambda: con.execute(hand_sql).df())  # fmt: skip
        mine = keyed(
            table.to_pandas().rename(
                columns={"actor_a": "a", "actor_b": "b", "period_start": "month"}
            )
        )
        problems = differences(mine, keyed(hand), "hand-written")
        if args.exact_baseline:
            exact_sql = hand_written_sql(path, exact=True)
            _, _, exact = timed("(b') hand-written, distinct doc_id strings",
                                lambda: con.execute(exact_sql).df())  # fmt: skip
            problems += differences(mine, keyed(exact), "hand-written (strings)")

        pandas_rows = min(args.pandas_rows, args.rows)
        pandas_s, _, pandas_table = timed(f"(c) pandas on {pandas_rows:,} rows",
                                          lambda: pandas_series(path, pandas_rows),
                                          warm_up=False)  # fmt: skip
        if pandas_rows == args.rows:
            problems += differences(mine, keyed(pandas_table), "pandas")
        pandas_scaled = pandas_s * args.rows / pandas_rows
        scaled_note = (
            ""
            if pandas_rows == args.rows
            else " (scaled linearly from the subsample: a low estimate, since hash tables "
            "outgrow the caches)"
        )
        print(f"    pandas estimate for {args.rows:,} rows: {pandas_scaled:.1f} s{scaled_note}")

        if problems:
            raise SystemExit("results disagree: " + "; ".join(problems))
        checked = "hand-written" + (" and pandas" if pandas_rows == args.rows else "")
        print(f"detente's table equals the {checked} one, column by column")
        ratio_hand = detente_s / hand_s
        speedup = pandas_scaled / detente_s
        print(f"detente / hand-written DuckDB: {ratio_hand:.2f}x "
              f"(target <= 1.5x: {'met' if ratio_hand <= 1.5 else 'MISSED'})")  # fmt: skip
        print(f"pandas / detente: {speedup:.1f}x faster "
              f"(target >= 10x: {'met' if speedup >= 10 else 'MISSED'})")  # fmt: skip
        print(f"dyad-month rows: {table.num_rows:,}")
        con.close()


if __name__ == "__main__":
    main()
