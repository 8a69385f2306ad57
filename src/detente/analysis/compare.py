"""Two dyads side by side: is the gap in net cooperation between them opening or closing?"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from detente.analysis._bootstrap import (
    PeriodDocuments,
    bootstrap_ratios,
    document_aggregates,
    percentile_interval,
)
from detente.analysis._sql import period_grid
from detente.analysis.options import MeasureOptionError, MeasureOptions, with_record
from detente.analysis.series import grid_bounds
from detente.analysis.trend import MIN_TREND_POINTS, Break, Trend, breaks_in, mann_kendall
from detente.dyads import Dyad

VERDICTS: tuple[str, ...] = (
    "diverging",
    "converging",
    "no significant change",
    "not enough data",
)

COMPARISON_SCHEMA = pa.schema(
    [
        ("period_start", pa.date32()),
        ("events_a", pa.int64()),
        ("events_b", pa.int64()),
        ("documents_a", pa.int64()),
        ("documents_b", pa.int64()),
        ("net_coop_a", pa.float64()),
        ("net_coop_a_lo", pa.float64()),
        ("net_coop_a_hi", pa.float64()),
        ("net_coop_b", pa.float64()),
        ("net_coop_b_lo", pa.float64()),
        ("net_coop_b_hi", pa.float64()),
        ("gap", pa.float64()),
        ("gap_lo", pa.float64()),
        ("gap_hi", pa.float64()),
        ("sparse", pa.bool_()),
    ]
)


@dataclass(frozen=True)
class Comparison:
    """The gap ``net_coop(a) − net_coop(b)`` per period, its trend and a verdict.

    ``verdict`` is one of :data:`VERDICTS`; ``distinguishable`` is False when the
    two dyads' intervals overlap in every period (the signal cannot tell them
    apart); ``line`` is the one-line verdict with the numbers behind it.
    """

    dyad_a: Dyad
    dyad_b: Dyad
    options: MeasureOptions
    periods: pa.Table
    trend: Trend
    breaks: list[Break]
    opened: dt.date | None
    opened_by: str | None
    verdict: str
    distinguishable: bool
    usable_periods: int
    separated_periods: int
    line: str
    notes: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (periods as a list of rows)."""
        return {
            "dyad_a": self.dyad_a.label,
            "dyad_b": self.dyad_b.label,
            "verdict": self.verdict,
            "line": self.line,
            "distinguishable": self.distinguishable,
            "usable_periods": self.usable_periods,
            "separated_periods": self.separated_periods,
            "opened": self.opened.isoformat() if self.opened else None,
            "opened_by": self.opened_by,
            "trend": self.trend.to_dict(),
            "breaks": [b.to_dict() for b in self.breaks],
            "options": self.options.to_dict(),
            "notes": self.notes,
            "periods": [
                {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}
                for row in self.periods.to_pylist()
            ],
        }


def compare(
    con: duckdb.DuckDBPyConnection,
    dyad_a: Dyad,
    dyad_b: Dyad,
    options: MeasureOptions | None = None,
    bootstrap: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> Comparison:
    """Compare two dyads' net cooperation over time and say whether they drift apart.

    Per period the gap a − b gets a percentile interval from resampling documents
    within each dyad. The gap's Mann–Kendall trend and Sen's slope decide between
    diverging (|gap| grows) and converging (|gap| shrinks); when the two dyads'
    own intervals overlap in every period the verdict is "no significant change"
    and says the signal cannot tell them apart.
    """
    if dyad_a == dyad_b:
        raise MeasureOptionError(f"compare needs two different dyads, got {dyad_a} twice")
    if bootstrap < 1:
        raise MeasureOptionError(f"bootstrap must be at least 1 resample, not {bootstrap}")
    options = (options or MeasureOptions()).replace(
        dyads=(dyad_a, dyad_b), directed=dyad_a.directed or dyad_b.directed
    )
    docs_a, docs_b = document_aggregates(con, [dyad_a, dyad_b], options)
    rng = np.random.default_rng(seed)
    rows = _gap_rows(con, docs_a, docs_b, options, bootstrap, rng, level)
    periods = pa.Table.from_pylist(rows, schema=COMPARISON_SCHEMA)
    notes = {
        "intervals": f"{level:.0%} percentile intervals from {bootstrap} resamples of "
        f"documents within each dyad and period (seed {seed})",
        "gap": f"net_coop({dyad_a}) − net_coop({dyad_b}); periods where either is sparse "
        "have no gap",
    }
    periods = with_record(periods, options, notes)

    usable = [i for i, row in enumerate(rows) if row.get("gap") is not None]
    positions = np.array(usable, dtype=float)
    gaps = np.array([rows[i]["gap"] for i in usable], dtype=float)
    dates = [rows[i]["period_start"] for i in usable]
    gap_trend = mann_kendall(positions, gaps, dates, "gap", alpha=1 - level)
    breaks = breaks_in(positions, gaps, dates, None, 2)
    overlapping = [_overlap(rows[i]) for i in usable]
    distinguishable = bool(usable) and not all(overlapping)
    separated = sum(1 for i in usable if _gap_side(rows[i]) != 0)
    opened, opened_by = _opening(rows, usable, breaks)

    verdict, reason = _verdict(gap_trend, gaps, distinguishable, len(usable))
    line = _line(verdict, reason, dyad_a, dyad_b, gap_trend, gaps, options, opened, level)
    return Comparison(
        dyad_a=dyad_a,
        dyad_b=dyad_b,
        options=options,
        periods=periods,
        trend=gap_trend,
        breaks=breaks,
        opened=opened,
        opened_by=opened_by,
        verdict=verdict,
        distinguishable=distinguishable,
        usable_periods=len(usable),
        separated_periods=separated,
        line=line,
        notes=notes,
    )


def _gap_rows(
    con: duckdb.DuckDBPyConnection,
    docs_a: dict[dt.date, PeriodDocuments],
    docs_b: dict[dt.date, PeriodDocuments],
    options: MeasureOptions,
    bootstrap: int,
    rng: np.random.Generator,
    level: float,
) -> list[dict[str, Any]]:
    bounds = grid_bounds(options, [*docs_a, *docs_b])
    if bounds is None:
        return []
    rows: list[dict[str, Any]] = []
    for period in period_grid(con, *bounds, options.period):
        row: dict[str, Any] = {"period_start": period}
        replicates = {}
        for suffix, by_period in (("a", docs_a), ("b", docs_b)):
            docs = by_period.get(period)
            row[f"events_{suffix}"] = docs.events if docs else 0
            row[f"documents_{suffix}"] = docs.documents if docs else 0
            if docs is None or docs.events < options.min_events or math.isnan(docs.net_coop):
                continue
            net, _ = bootstrap_ratios(docs, bootstrap, rng)
            replicates[suffix] = net
            row[f"net_coop_{suffix}"] = docs.net_coop
            row[f"net_coop_{suffix}_lo"], row[f"net_coop_{suffix}_hi"] = percentile_interval(
                net, level
            )
        row["sparse"] = len(replicates) < 2
        if not row["sparse"]:
            row["gap"] = row["net_coop_a"] - row["net_coop_b"]
            row["gap_lo"], row["gap_hi"] = percentile_interval(
                replicates["a"] - replicates["b"], level
            )
        rows.append(row)
    return rows


def _overlap(row: dict[str, Any]) -> bool:
    return (
        row["net_coop_a_lo"] <= row["net_coop_b_hi"]
        and row["net_coop_b_lo"] <= row["net_coop_a_hi"]
    )


def _gap_side(row: dict[str, Any]) -> int:
    """+1 / −1 when the gap's interval lies wholly above / below zero, else 0."""
    if row["gap_lo"] > 0:
        return 1
    if row["gap_hi"] < 0:
        return -1
    return 0


def _opening(
    rows: list[dict[str, Any]], usable: list[int], breaks: list[Break]
) -> tuple[dt.date | None, str | None]:
    """The first period from which the gap's interval stays on one side of zero; failing
    that, the largest change point of the gap."""
    if usable:
        last_side = _gap_side(rows[usable[-1]])
        if last_side != 0:
            start = len(usable) - 1
            while start > 0 and _gap_side(rows[usable[start - 1]]) == last_side:
                start -= 1
            return rows[usable[start]]["period_start"], "interval"
    if breaks:
        biggest = max(breaks, key=lambda b: abs(b.size))
        return biggest.date, "change point"
    return None, None


def _verdict(
    gap_trend: Trend, gaps: np.ndarray, distinguishable: bool, usable: int
) -> tuple[str, str]:
    if usable < MIN_TREND_POINTS:
        return "not enough data", (
            f"only {usable} period(s) with enough events in both dyads; "
            f"at least {MIN_TREND_POINTS} are needed"
        )
    if not distinguishable:
        return "no significant change", (
            "the signal cannot tell the two dyads apart: their intervals overlap in every period"
        )
    if not gap_trend.significant:
        return "no significant change", "the gap shows no significant trend"
    early, late = early_late(gaps)
    if abs(late) > abs(early):
        return "diverging", "the gap widens"
    return "converging", "the gap narrows"


def early_late(gaps: np.ndarray) -> tuple[float, float]:
    """The mean gap over the first and the last quarter of the usable periods."""
    k = max(1, len(gaps) // 4)
    return float(gaps[:k].mean()), float(gaps[-k:].mean())


def _line(
    verdict: str,
    reason: str,
    dyad_a: Dyad,
    dyad_b: Dyad,
    gap_trend: Trend,
    gaps: np.ndarray,
    options: MeasureOptions,
    opened: dt.date | None,
    level: float,
) -> str:
    """The verdict in one line, with the numbers behind it."""
    subject = f"{dyad_a} vs {dyad_b}"
    if gap_trend.slope is None:
        return f"{verdict}: {subject}: {reason}."
    early, late = early_late(gaps)
    k = max(1, len(gaps) // 4)
    text = (
        f"{verdict}: {subject}: {reason}; mean net-cooperation gap {early:+.2f} in the first "
        f"{k} {options.period}(s), {late:+.2f} in the last {k} "
        f"(Sen slope {gap_trend.slope:+.3f}/{options.period}, {level:.0%} CI "
        f"{gap_trend.slope_lo:+.3f}…{gap_trend.slope_hi:+.3f}, Mann–Kendall "
        f"p={gap_trend.p_value:.3g}, {gap_trend.n} {options.period}s)"
    )
    if opened is not None and verdict == "diverging":
        text += f"; opened {opened.isoformat()}"
    return text + "."
