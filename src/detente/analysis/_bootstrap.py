"""Per-document aggregates and the document bootstrap behind every interval.

Events of one article are not independent (one story, one framing), so intervals
resample whole documents: SQL sums each document's weights by sign, numpy resamples
those sums, never individual events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import numpy as np

from detente.analysis._sql import SIGNED_WEIGHT, common_filters, dyad_condition, period_expr
from detente.analysis._sql import weight_expr as _weight_expr
from detente.analysis.options import MeasureOptions
from detente.dyads import Dyad

#: Upper bound on resample indices held in memory at once (B × documents).
_CHUNK_CELLS = 4_000_000


@dataclass(frozen=True, slots=True)
class PeriodDocuments:
    """The per-document sums of one dyad in one period."""

    events: int
    quad_weight: np.ndarray
    signed: np.ndarray
    goldstein_weight: np.ndarray
    goldstein_sum: np.ndarray
    weight_total: float

    @property
    def documents(self) -> int:
        return len(self.signed)

    @property
    def net_coop(self) -> float:
        total = self.quad_weight.sum()
        return float(self.signed.sum() / total) if total > 0 else float("nan")

    @property
    def goldstein_mean(self) -> float:
        total = self.goldstein_weight.sum()
        return float(self.goldstein_sum.sum() / total) if total > 0 else float("nan")


def document_aggregates(
    con: duckdb.DuckDBPyConnection, dyads: list[Dyad], options: MeasureOptions
) -> list[dict[dt.date, PeriodDocuments]]:
    """For each dyad, its documents' sums per period, from one query over the events."""
    conditions, where_params = common_filters(options)
    conditions.append(
        "source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country"
    )
    any_condition, any_params = dyad_condition(dyads)
    conditions.append(any_condition)
    where_params += any_params
    which_cases: list[str] = []
    select_params: list[object] = []  # the CASE in SELECT comes before WHERE in SQL order
    for index, dyad in enumerate(dyads):
        condition, dyad_params = dyad_condition([dyad])
        which_cases.append(f"WHEN {condition} THEN {index}")
        select_params += dyad_params
    sql = f"""
    WITH base AS (
        SELECT CASE {" ".join(which_cases)} END AS which, {period_expr(options)} AS period_start,
               doc_id, quad, goldstein, {_weight_expr(options)} AS w
        FROM {options.source}
        WHERE {" AND ".join(conditions)}
    )
    SELECT which, period_start, doc_id, count(*) AS events, sum(w) AS weight_total,
           sum(CASE WHEN quad IN (1, 2, 3, 4) THEN w ELSE 0 END) AS quad_weight,
           coalesce(sum({SIGNED_WEIGHT}), 0) AS signed,
           sum(CASE WHEN goldstein IS NOT NULL THEN w ELSE 0 END) AS goldstein_weight,
           coalesce(sum(w * goldstein), 0) AS goldstein_sum
    FROM base
    GROUP BY which, period_start, doc_id
    ORDER BY which, period_start, doc_id
    """
    frame = con.execute(sql, select_params + where_params).df()
    result: list[dict[dt.date, PeriodDocuments]] = [{} for _ in dyads]
    for (which, period), group in frame.groupby(["which", "period_start"], sort=True):
        result[int(which)][_as_date(period)] = PeriodDocuments(
            events=int(group["events"].sum()),
            quad_weight=group["quad_weight"].to_numpy(dtype=float),
            signed=group["signed"].to_numpy(dtype=float),
            goldstein_weight=group["goldstein_weight"].to_numpy(dtype=float),
            goldstein_sum=group["goldstein_sum"].to_numpy(dtype=float),
            weight_total=float(group["weight_total"].sum()),
        )
    return result


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def bootstrap_ratios(
    docs: PeriodDocuments, resamples: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Net cooperation and Goldstein mean over ``resamples`` document resamples."""
    n = docs.documents
    net = np.empty(resamples)
    gold = np.empty(resamples)
    chunk = max(1, _CHUNK_CELLS // max(n, 1))
    with np.errstate(invalid="ignore", divide="ignore"):
        for start in range(0, resamples, chunk):
            stop = min(resamples, start + chunk)
            picks = rng.integers(0, n, size=(stop - start, n))
            net[start:stop] = docs.signed[picks].sum(1) / docs.quad_weight[picks].sum(1)
            gold[start:stop] = docs.goldstein_sum[picks].sum(1) / docs.goldstein_weight[picks].sum(
                1
            )
    return net, gold


def percentile_interval(replicates: np.ndarray, level: float) -> tuple[float, float]:
    """The percentile interval of bootstrap replicates (NaN replicates ignored)."""
    finite = replicates[np.isfinite(replicates)]
    if finite.size == 0:
        return float("nan"), float("nan")
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(finite, [tail, 100 - tail])
    return float(low), float(high)
