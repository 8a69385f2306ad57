"""One dyad's series over time, with document-bootstrap intervals and optional smoothing."""

from __future__ import annotations

import datetime as dt
import math

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from detente.analysis._bootstrap import (
    PeriodDocuments,
    bootstrap_ratios,
    document_aggregates,
    percentile_interval,
)
from detente.analysis._sql import VOLUME_EXPR, period_grid, volume_ctes, volume_join
from detente.analysis.options import MeasureOptionError, MeasureOptions, with_record
from detente.dyads import Dyad

SERIES_SCHEMA = pa.schema(
    [
        ("period_start", pa.date32()),
        ("events", pa.int64()),
        ("documents", pa.int64()),
        ("weight_total", pa.float64()),
        ("net_coop", pa.float64()),
        ("net_coop_lo", pa.float64()),
        ("net_coop_hi", pa.float64()),
        ("goldstein_mean", pa.float64()),
        ("goldstein_mean_lo", pa.float64()),
        ("goldstein_mean_hi", pa.float64()),
        ("sparse", pa.bool_()),
    ]
)


def series_options(dyad: Dyad, options: MeasureOptions | None) -> MeasureOptions:
    """The options of one dyad's series: the dyad itself and its own directedness."""
    return (options or MeasureOptions()).replace(dyads=(dyad,), directed=dyad.directed)


def grid_bounds(options: MeasureOptions, periods: list[dt.date]) -> tuple[dt.date, dt.date] | None:
    """First and last period to show: the asked-for dates, else the span of the data."""
    first = options.date_from or (min(periods) if periods else None)
    last = options.date_to or (max(periods) if periods else None)
    if first is None or last is None:
        return None
    return first, last


def dyad_series(
    con: duckdb.DuckDBPyConnection,
    dyad: Dyad,
    options: MeasureOptions | None = None,
    bootstrap: int = 1000,
    seed: int = 0,
    smoothing: str | None = None,
    level: float = 0.95,
) -> pa.Table:
    """Net cooperation and Goldstein mean of one dyad per period, with intervals.

    Intervals are percentile intervals over ``bootstrap`` resamples of *documents*
    within each period. Every period between the first and last (or ``date_from`` /
    ``date_to``) has a row; periods with fewer than ``min_events`` events are
    ``sparse`` with NULL values. ``smoothing`` (``rolling:K`` trailing mean over K
    periods, or ``ewma:ALPHA``) adds ``net_coop_smooth`` and ``goldstein_mean_smooth``.
    With ``normalise`` the table also has ``volume``, ``events_norm``, ``net_coop_norm``.
    """
    if bootstrap < 1:
        raise MeasureOptionError(f"bootstrap must be at least 1 resample, not {bootstrap}")
    if not 0 < level < 1:
        raise MeasureOptionError(f"level must be between 0 and 1 (e.g. 0.95), not {level}")
    smoother = parse_smoothing(smoothing)
    options = series_options(dyad, options)
    by_period = document_aggregates(con, [dyad], options)[0]
    rng = np.random.default_rng(seed)
    rows = series_rows(con, by_period, options, bootstrap, rng, level)
    table = pa.Table.from_pylist(rows, schema=SERIES_SCHEMA)
    notes = {
        "intervals": f"{level:.0%} percentile intervals from {bootstrap} resamples of "
        f"documents within each period (seed {seed})",
        "sparse": f"periods with fewer than {options.min_events} events have NULL values",
    }
    if smoother is not None:
        table = add_smoothing(table, smoother)
        notes["smoothing"] = smoothing or ""
    if options.normalise and table.num_rows:
        table = add_normalised(con, table, dyad, options, by_period)
        notes["normalise"] = "divided by all events involving either actor in the period"
    return with_record(table, options, notes)


def series_rows(
    con: duckdb.DuckDBPyConnection,
    by_period: dict[dt.date, PeriodDocuments],
    options: MeasureOptions,
    bootstrap: int,
    rng: np.random.Generator,
    level: float,
) -> list[dict[str, object]]:
    """Rows of the series on the full period grid (shared with :func:`compare`)."""
    bounds = grid_bounds(options, list(by_period))
    if bounds is None:
        return []
    rows: list[dict[str, object]] = []
    for period in period_grid(con, *bounds, options.period):
        docs = by_period.get(period)
        row: dict[str, object] = {"period_start": period, "events": 0, "documents": 0}
        row["weight_total"] = 0.0
        row["sparse"] = True
        if docs is not None:
            row.update(events=docs.events, documents=docs.documents)
            row["weight_total"] = docs.weight_total
            row["sparse"] = docs.events < options.min_events
        if docs is not None and not row["sparse"]:
            net, gold = bootstrap_ratios(docs, bootstrap, rng)
            row["net_coop"] = _finite(docs.net_coop)
            row["net_coop_lo"], row["net_coop_hi"] = _finite_pair(percentile_interval(net, level))
            row["goldstein_mean"] = _finite(docs.goldstein_mean)
            row["goldstein_mean_lo"], row["goldstein_mean_hi"] = _finite_pair(
                percentile_interval(gold, level)
            )
        rows.append(row)
    return rows


def _finite(value: float) -> float | None:
    return None if math.isnan(value) else value


def _finite_pair(pair: tuple[float, float]) -> tuple[float | None, float | None]:
    return _finite(pair[0]), _finite(pair[1])


def parse_smoothing(smoothing: str | None) -> tuple[str, float] | None:
    """Read ``rolling:K`` or ``ewma:ALPHA``; anything else is an error naming both forms."""
    if smoothing is None:
        return None
    kind, _, value = smoothing.partition(":")
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if kind == "rolling" and number >= 1 and number == int(number):
        return kind, number
    if kind == "ewma" and 0 < number <= 1:
        return kind, number
    raise MeasureOptionError(
        f"cannot read smoothing {smoothing!r}: use rolling:K (K whole periods, e.g. "
        "rolling:3) or ewma:ALPHA (0 < ALPHA <= 1, e.g. ewma:0.5)"
    )


def add_smoothing(table: pa.Table, smoother: tuple[str, float]) -> pa.Table:
    """Smoothed copies of the values; sparse periods stay NULL, they are not filled in."""
    kind, number = smoother
    sparse = np.asarray(table.column("sparse").to_pylist(), dtype=bool)
    for column in ("net_coop", "goldstein_mean"):
        values = pd.Series(table.column(column).to_pylist(), dtype=float)
        if kind == "rolling":
            smooth = values.rolling(int(number), min_periods=1).mean()
        else:
            smooth = values.ewm(alpha=number, ignore_na=True).mean()
        smooth[sparse] = np.nan
        table = table.append_column(
            f"{column}_smooth", pa.array(smooth.to_numpy(), type=pa.float64(), from_pandas=True)
        )
    return table


def add_normalised(
    con: duckdb.DuckDBPyConnection,
    table: pa.Table,
    dyad: Dyad,
    options: MeasureOptions,
    by_period: dict[dt.date, PeriodDocuments],
) -> pa.Table:
    """Counts divided by everything reported about either actor in the same period."""
    ctes, params = volume_ctes(options, [dyad.a, dyad.b])
    rows = con.execute(
        f"""WITH {ctes},
        periods AS (SELECT DISTINCT period_start, ? AS a, ? AS b FROM actor_volume)
        SELECT periods.period_start, {VOLUME_EXPR} AS volume FROM periods
        {volume_join("periods", "a", "b")}""",
        [*params, dyad.a, dyad.b],
    ).fetchall()
    volumes = dict(rows)
    volume: list[float | None] = []
    events_norm: list[float | None] = []
    net_norm: list[float | None] = []
    for period, sparse in zip(
        table.column("period_start").to_pylist(), table.column("sparse").to_pylist(), strict=True
    ):
        total = volumes.get(period)
        volume.append(float(total) if total is not None else None)
        docs = by_period.get(period)
        if sparse or not total or docs is None:
            events_norm.append(None)
            net_norm.append(None)
        else:
            events_norm.append(docs.weight_total / total)
            net_norm.append(float(docs.signed.sum()) / total)
    table = table.append_column("volume", pa.array(volume, type=pa.float64()))
    table = table.append_column("events_norm", pa.array(events_norm, type=pa.float64()))
    return table.append_column("net_coop_norm", pa.array(net_norm, type=pa.float64()))
