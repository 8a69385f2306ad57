"""Measures of relations between states: SQL over the store's ``events`` table.

Every measure is one DuckDB query (plus vectorised numpy over per-document or
per-period aggregates), takes a :class:`MeasureOptions` and hands it back with
its result, so a chart or a brief can always say how a number was made.

Public API (stable; the brief and the dashboard build on it)::

    MeasureOptions(dyads=None, period="month", directed=False, date_from=None,
                   date_to=None, origins=None, include_modalities=False,
                   weight="events", root_only=False, min_events=5,
                   normalise=False, source="events")
    options_of(table: pa.Table) -> MeasureOptions          # options a table was made with
    notes_of(table: pa.Table) -> dict[str, str]             # caveats recorded with a table

    dyad_table(con, options=MeasureOptions()) -> pa.Table
        # one row per dyad and period: actor_a, actor_b, dyad, period_start, events,
        # documents, weight_total, q1..q4, q1_share..q4_share, goldstein_sum,
        # goldstein_mean, net_coop, plover_score, sparse
        # (+ volume, events_norm, net_coop_norm, goldstein_sum_norm when normalise)
    dyad_series(con, dyad, options=MeasureOptions(), bootstrap=1000, seed=0,
                smoothing=None | "rolling:3" | "ewma:0.5", level=0.95) -> pa.Table
        # one row per period on a gap-free grid: period_start, events, documents,
        # net_coop, net_coop_lo, net_coop_hi, goldstein_mean, goldstein_mean_lo,
        # goldstein_mean_hi, sparse (+ *_smooth, + normalised columns when asked)
    trend(series, column="net_coop", alpha=0.05) -> Trend
    change_points(series, penalty=None, column="net_coop", min_size=2) -> list[Break]
    compare(con, dyad_a, dyad_b, options=MeasureOptions(), bootstrap=1000, seed=0,
            level=0.95) -> Comparison
    alignment(con, actors, options=MeasureOptions(period="year"), neutral_band=0.1,
              measure="net_coop") -> Alignment
    summary(con, options=MeasureOptions()) -> dict

``con`` is a DuckDB connection (``Store.con``). Sparse periods (fewer than
``min_events`` events) keep their counts but have NULL values: never plot them as zeros.
"""

from detente.analysis.alignment import Alignment, AlignmentPeriod, Edge, Flip, Triad, alignment
from detente.analysis.compare import Comparison, compare
from detente.analysis.options import (
    PERIODS,
    WEIGHTS,
    MeasureOptionError,
    MeasureOptions,
    notes_of,
    options_of,
)
from detente.analysis.series import dyad_series
from detente.analysis.summary import summary
from detente.analysis.table import dyad_table
from detente.analysis.trend import Break, Trend, change_points, trend

__all__ = [
    "PERIODS",
    "WEIGHTS",
    "Alignment",
    "AlignmentPeriod",
    "Break",
    "Comparison",
    "Edge",
    "Flip",
    "MeasureOptionError",
    "MeasureOptions",
    "Trend",
    "Triad",
    "alignment",
    "change_points",
    "compare",
    "dyad_series",
    "dyad_table",
    "notes_of",
    "options_of",
    "summary",
    "trend",
]
