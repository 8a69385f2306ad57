"""How fast detente ingests GDELT compared with DuckDB's own CSV → Parquet copy.

Builds a synthetic GDELT 1.0 daily-layout file of ``--rows`` rows whose every column
is drawn (independently, with a seeded RNG) from that column's values in the real
710-row shared sample, times DuckDB reading it and writing Parquet, then times
``detente.sources.ingest`` into a fresh store, and prints both and their ratio
(target: ingest at least 0.7 × the speed of the Parquet copy). Both read the same
file (in the page cache after a warm-up run of each) with the same number of DuckDB
threads, and each is timed until its output is whole on disk: the Parquet file
written, the store closed (with DuckDB's checkpoint at the close). Runs alternate,
Parquet then ingest, ``--repeat`` times, and the fastest run of each counts, because
other work on a shared machine only ever makes a run slower; the CPU time of each
run is shown too, as it depends less on that work.

    python benchmarks/bench_ingest.py [--rows 5000000] [--repeat 3] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np

from detente.sources import ingest
from detente.sources._sql import read_tsv
from detente.sources.gdelt import GDELT1_COLUMNS
from detente.store import Store

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared/data/gdelt/gdelt1_events_sample.tsv"
BLOCK = 100_000


def build_file(path: Path, rows: int, seed: int = 7) -> None:
    """Write ``rows`` synthetic 58-field rows, column values sampled from the real sample."""
    sample = [line.split("\t") for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    daily = [r for r in sample if len(r) == 58]
    columns = [np.array([r[i] for r in daily], dtype=object) for i in range(58)]
    rng = np.random.default_rng(seed)
    with path.open("w", encoding="utf-8") as sink:
        for start in range(0, rows, BLOCK):
            count = min(BLOCK, rows - start)
            picks = [column[rng.integers(0, len(column), count)] for column in columns]
            picks[0] = np.arange(start + 1, start + count + 1).astype(str)  # unique ids
            sink.write("\n".join("\t".join(fields) for fields in zip(*picks, strict=True)))
            sink.write("\n")


@dataclass(frozen=True)
class Run:
    """One timed run: wall-clock seconds, CPU seconds of this process, DuckDB threads."""

    seconds: float
    cpu_seconds: float
    threads: int


def _threads(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT current_setting('threads')").fetchone()
    return int(row[0]) if row else 0


def time_parquet(source: Path, target: Path) -> Run:
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    started, cpu = time.perf_counter(), time.process_time()
    con.execute(
        f"COPY (SELECT * FROM {read_tsv(source, GDELT1_COLUMNS)}) TO '{target}' (FORMAT parquet)"
    )
    run = Run(time.perf_counter() - started, time.process_time() - cpu, _threads(con))
    con.close()
    target.unlink()
    return run


def time_ingest(source: Path, db: Path, rows: int) -> Run:
    """Time the ingest up to the store's close, so work DuckDB defers to it counts too."""
    store = Store(db)
    threads = _threads(store.con)
    started, cpu = time.perf_counter(), time.process_time()
    try:
        report = ingest(store, [source])
    finally:
        store.close()
    run = Run(time.perf_counter() - started, time.process_time() - cpu, threads)
    db.unlink()
    result = report.files[0]
    if result.error:
        raise SystemExit(f"ingest failed: {result.error}")
    if result.rows_loaded != rows:
        raise SystemExit(f"ingest loaded {result.rows_loaded:,} of {rows:,} rows")
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build the files")
    args = parser.parse_args()
    if not SAMPLE.exists():
        raise SystemExit(f"the shared GDELT sample is not at {SAMPLE}")
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        source = work / "synthetic.export.CSV"
        started = time.perf_counter()
        build_file(source, args.rows)
        size_mb = source.stat().st_size / 1e6
        print(
            f"built {args.rows:,} rows ({size_mb:,.0f} MB) in {time.perf_counter() - started:.1f} s"
        )
        time_parquet(source, work / "warm-up.parquet")  # file in the page cache
        time_ingest(source, work / "warm-up.duckdb", args.rows)
        parquet_runs: list[Run] = []
        ingest_runs: list[Run] = []
        for run in range(args.repeat):
            parquet_runs.append(time_parquet(source, work / f"copy{run}.parquet"))
            ingest_runs.append(time_ingest(source, work / f"bench{run}.duckdb", args.rows))
        threads = {r.threads for r in parquet_runs + ingest_runs}
        if len(threads) != 1:
            raise SystemExit(f"the runs used different DuckDB thread counts: {sorted(threads)}")
        parquet = min(parquet_runs, key=lambda r: r.seconds)
        ingested = min(ingest_runs, key=lambda r: r.seconds)
        print(f"best of {args.repeat} alternating runs each, {threads.pop()} DuckDB threads")
        for label, best, runs in (
            ("DuckDB read_csv → Parquet:", parquet, parquet_runs),
            ("detente ingest → store:   ", ingested, ingest_runs),
        ):
            every = ", ".join(f"{r.seconds:.2f}" for r in runs)
            print(
                f"{label} {best.seconds:6.2f} s  {args.rows / best.seconds:>12,.0f} rows/s  "
                f"(CPU {best.cpu_seconds:.2f} s; all runs: {every} s)"
            )
        ratio = parquet.seconds / ingested.seconds
        cpu_ratio = min(r.cpu_seconds for r in parquet_runs) / min(
            r.cpu_seconds for r in ingest_runs
        )
        print(f"ingest speed / Parquet copy speed: {ratio:.2f} (target ≥ 0.70)")
        print(f"same ratio by CPU time:            {cpu_ratio:.2f}")


if __name__ == "__main__":
    main()
