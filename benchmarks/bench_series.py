"""How fast is detente's dyad-by-month table next to hand-written DuckDB and pandas?

Builds N synthetic events (default 50 million) in a Parquet file in a temporary
directory, with the columns the measures read (date, countries, quad, Goldstein,
doc_id, modality flags, PLOVER type, origin, GDELT weights), then times:

(a) ``detente.analysis.dyad_table`` over ``read_parquet(...)``,
(b) a hand-written DuckDB GROUP BY computing the same columns, in the same run,
(c) the same computation in pandas on a subsample (``--pandas-rows``), scaled
    linearly to N rows (said in the output).

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
import pyarrow.parquet as pq

from detente.analysis import MeasureOptions, dyad_table

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


HAND_WRITTEN = """
SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
       date_trunc('month', date) AS month,
       count(*) AS events, count(DISTINCT doc_id) AS documents,
       count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
       count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
       sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
       (count(*) FILTER (WHERE quad <= 2) - count(*) FILTER (WHERE quad >= 3)) / count(*)
           AS net_coop
FROM read_parquet('{path}')
WHERE date IS NOT NULL AND source_country IS NOT NULL AND target_country IS NOT NULL
  AND source_country <> target_country
  AND negated IS NOT TRUE AND hypothetical IS NOT TRUE AND future IS NOT TRUE
GROUP BY ALL
"""


def pandas_series(path: Path, rows: int) -> pd.DataFrame:
    """The same dyad-by-month table in pandas, on the first ``rows`` rows."""
    columns = ["date", "source_country", "target_country", "quad", "goldstein", "doc_id",
               "negated", "hypothetical", "future"]  # fmt: skip
    frame = pq.read_table(path, columns=columns).slice(0, rows).to_pandas()
    keep = (
        frame["source_country"].notna()
        & frame["target_country"].notna()
        & (frame["source_country"] != frame["target_country"])
        & ~frame["negated"].fillna(False).astype(bool)
        & ~frame["hypothetical"].fillna(False).astype(bool)
        & ~frame["future"].fillna(False).astype(bool)
    )
    frame = frame[keep]
    a = np.minimum(frame["source_country"].to_numpy(), frame["target_country"].to_numpy())
    b = np.maximum(frame["source_country"].to_numpy(), frame["target_country"].to_numpy())
    frame = frame.assign(
        a=a,
        b=b,
        month=pd.to_datetime(frame["date"]).dt.to_period("M"),
        coop=(frame["quad"] <= 2).astype(int) - (frame["quad"] >= 3).astype(int),
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
    )
    result["net_coop"] = result["coop"] / result["events"]
    return result


def timed(label: str, action: Callable[[], Any]) -> tuple[float, int, Any]:
    """Run once to warm up caches, then time a second run and record its peak RSS."""
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
    parser.add_argument("--pandas-rows", type=int, default=5_000_000,
                        help="pandas subsample (its time is scaled to --rows)")  # fmt: skip
    parser.add_argument("--keep", type=Path, help="write the Parquet file here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "events.parquet"
        started = time.perf_counter()
        build_parquet(path, args.rows)
        size = path.stat().st_size / 2**30
        print(f"built {args.rows:,} events in {time.perf_counter() - started:.1f} s "
              f"({size:.2f} GiB Parquet) at {path}")  # fmt: skip

        con = duckdb.connect()
        options = MeasureOptions(source=f"read_parquet('{path}')", min_events=1)
        detente_s, _, table = timed("(a) detente dyad_table (dyad x month)",
                                    lambda: dyad_table(con, options))  # fmt: skip
        hand_sql = HAND_WRITTEN.format(path=path)
        hand_s, _, hand = timed("(b) hand-written DuckDB GROUP BY",
                                lambda: con.execute(hand_sql).fetchall())  # fmt: skip
        if table.num_rows != len(hand):
            raise SystemExit(f"detente gave {table.num_rows} rows, hand-written {len(hand)}")

        pandas_rows = min(args.pandas_rows, args.rows)
        pandas_s, _, _ = timed(f"(c) pandas on {pandas_rows:,} rows",
                               lambda: pandas_series(path, pandas_rows))  # fmt: skip
        pandas_scaled = pandas_s * args.rows / pandas_rows
        scaled_note = "" if pandas_rows == args.rows else " (scaled linearly from the subsample)"
        print(f"    pandas estimate for {args.rows:,} rows: {pandas_scaled:.1f} s{scaled_note}")

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
