"""How fast detente ingests GDELT compared with DuckDB's own CSV → Parquet copy.

Builds a synthetic GDELT 1.0 daily-layout file of ``--rows`` rows whose every column
is drawn (independently, with a seeded RNG) from that column's values in the real
710-row shared sample, times DuckDB reading it and writing Parquet, then times
``detente.sources.ingest`` into a fresh store, and prints both and their ratio
(target: ingest at least 0.7 × the speed of the Parquet copy). Each is run
``--repeat`` times after a warm-up read and the fastest run counts, because other
work on a shared machine only ever makes a run slower.

    python benchmarks/bench_ingest.py [--rows 5000000] [--repeat 3] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import tempfile
import time
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


def time_parquet(source: Path, target: Path) -> float:
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    started = time.perf_counter()
    con.execute(
        f"COPY (SELECT * FROM {read_tsv(source, GDELT1_COLUMNS)}) TO '{target}' (FORMAT parquet)"
    )
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def time_ingest(source: Path, db: Path) -> tuple[float, int]:
    with Store(db) as store:
        started = time.perf_counter()
        report = ingest(store, [source])
        elapsed = time.perf_counter() - started
    result = report.files[0]
    if result.error:
        raise SystemExit(f"ingest failed: {result.error}")
    return elapsed, result.rows_loaded


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
        parquet = min(
            time_parquet(source, work / f"copy{run}.parquet") for run in range(args.repeat)
        )
        ingest_runs = [
            time_ingest(source, work / f"bench{run}.duckdb") for run in range(args.repeat)
        ]
        for _, loaded in ingest_runs:
            if loaded != args.rows:
                raise SystemExit(f"ingest loaded {loaded:,} of {args.rows:,} rows")
        ingest_s = min(seconds for seconds, _ in ingest_runs)
        print(f"DuckDB read_csv → Parquet: {parquet:6.2f} s  {args.rows / parquet:>12,.0f} rows/s")
        print(
            f"detente ingest → store:    {ingest_s:6.2f} s  {args.rows / ingest_s:>12,.0f} rows/s"
        )
        ratio = parquet / ingest_s
        print(f"ingest speed / Parquet copy speed: {ratio:.2f} (target ≥ 0.70)")


if __name__ == "__main__":
    main()
