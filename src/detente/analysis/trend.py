"""Is a series going somewhere, and when did it move? Mann–Kendall, Sen's slope, ruptures."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pymannkendall
import ruptures
from scipy.stats import norm

from detente.analysis.options import MeasureOptionError

#: Mann–Kendall says little with fewer points than this.
MIN_TREND_POINTS = 4


@dataclass(frozen=True, slots=True)
class Trend:
    """A monotonic trend test of one column of a series.

    ``slope`` is Sen's slope per period (gaps keep their spacing), with its
    ``1 − alpha`` interval ``slope_lo..slope_hi``; ``direction`` is ``increasing``,
    ``decreasing``, ``no trend`` or ``not enough data``.
    """

    column: str
    direction: str
    significant: bool
    p_value: float | None
    z: float | None
    tau: float | None
    slope: float | None
    slope_lo: float | None
    slope_hi: float | None
    intercept: float | None
    n: int
    alpha: float
    first_period: dt.date | None
    last_period: dt.date | None

    def fitted(self, position: float) -> float | None:
        """Sen's line at a position (0 = the first period of the series)."""
        if self.slope is None or self.intercept is None:
            return None
        return self.intercept + self.slope * position

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("first_period", "last_period"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


@dataclass(frozen=True, slots=True)
class Break:
    """A change point: the series' mean before and after ``date`` (first period after).

    ``index`` is the row of that period in the series table.
    """

    date: dt.date
    index: int
    before: float
    after: float

    @property
    def size(self) -> float:
        """How far the mean moved: after − before."""
        return self.after - self.before

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "index": self.index,
            "before": self.before,
            "after": self.after,
            "size": self.size,
        }


def usable_points(series: pa.Table, column: str) -> tuple[np.ndarray, np.ndarray, list[dt.date]]:
    """Positions on the period grid, values and dates of the non-sparse, non-null periods."""
    if column not in series.column_names:
        raise MeasureOptionError(
            f"the series has no column {column!r}: choose one of {', '.join(series.column_names)}"
        )
    values = series.column(column).to_pylist()
    sparse = (
        series.column("sparse").to_pylist()
        if "sparse" in series.column_names
        else [False] * len(values)
    )
    dates = series.column("period_start").to_pylist()
    keep = [
        i
        for i, (v, s) in enumerate(zip(values, sparse, strict=True))
        if v is not None and not s and not math.isnan(v)
    ]
    return (
        np.array(keep, dtype=float),
        np.array([values[i] for i in keep], dtype=float),
        [dates[i] for i in keep],
    )


def trend(series: pa.Table, column: str = "net_coop", alpha: float = 0.05) -> Trend:
    """Mann–Kendall test with Sen's slope and its interval over the usable periods.

    Sparse periods are left out; the slope still counts the periods between
    points, so a gap does not steepen it.
    """
    positions, values, dates = usable_points(series, column)
    return mann_kendall(positions, values, dates, column, alpha)


def mann_kendall(
    positions: np.ndarray, values: np.ndarray, dates: list[dt.date], column: str, alpha: float
) -> Trend:
    """The trend test on explicit points (shared with :func:`compare`)."""
    n = len(values)
    first, last = (dates[0], dates[-1]) if dates else (None, None)
    if n < MIN_TREND_POINTS:
        return Trend(column, "not enough data", False, None, None, None, None, None, None, None,
                     n, alpha, first, last)  # fmt: skip
    result = pymannkendall.original_test(values, alpha=alpha)
    slope, low, high, intercept = sen_slope(positions, values, float(result.var_s), alpha)
    direction = str(result.trend) if bool(result.h) else "no trend"
    return Trend(
        column=column,
        direction=direction,
        significant=bool(result.h),
        p_value=float(result.p),
        z=float(result.z),
        tau=float(result.Tau),
        slope=slope,
        slope_lo=low,
        slope_hi=high,
        intercept=float(intercept - slope * positions[0]),
        n=n,
        alpha=alpha,
        first_period=first,
        last_period=last,
    )


def sen_slope(
    positions: np.ndarray, values: np.ndarray, var_s: float, alpha: float
) -> tuple[float, float, float, float]:
    """Sen's slope with Gilbert's (1987) interval, and the intercept at ``positions[0]``."""
    i, j = np.triu_indices(len(values), k=1)
    slopes = np.sort((values[j] - values[i]) / (positions[j] - positions[i]))
    slope = float(np.median(slopes))
    spread = norm.ppf(1 - alpha / 2) * math.sqrt(max(var_s, 0.0))
    lower_rank = math.floor((len(slopes) - spread) / 2)
    upper_rank = math.ceil((len(slopes) + spread) / 2)
    low = float(slopes[min(max(lower_rank - 1, 0), len(slopes) - 1)])
    high = float(slopes[min(max(upper_rank, 0), len(slopes) - 1)])
    intercept = float(np.median(values - slope * (positions - positions[0])))
    return slope, low, high, intercept


def default_penalty(values: np.ndarray) -> float:
    """A strict BIC-style penalty 4·σ²·ln(n), with σ estimated from successive differences so
    that the breaks themselves do not inflate it."""
    differences = np.diff(values)
    sigma = 1.4826 * float(np.median(np.abs(differences - np.median(differences)))) / math.sqrt(2)
    if sigma == 0:
        sigma = float(np.std(values)) or 1e-12
    return 4 * sigma**2 * math.log(len(values))


def change_points(
    series: pa.Table,
    penalty: float | None = None,
    column: str = "net_coop",
    min_size: int = 2,
) -> list[Break]:
    """Shifts in the mean of a series (PELT, least-squares cost), ignoring sparse periods.

    ``penalty`` trades sensitivity for false alarms; by default 4·σ²·ln(n) with σ
    the noise estimated from successive differences.
    """
    positions, values, dates = usable_points(series, column)
    return breaks_in(positions, values, dates, penalty, min_size)


def breaks_in(
    positions: np.ndarray,
    values: np.ndarray,
    dates: list[dt.date],
    penalty: float | None,
    min_size: int,
) -> list[Break]:
    """Change points of explicit values (shared with :func:`compare`)."""
    if len(values) < 2 * min_size:
        return []
    pen = default_penalty(values) if penalty is None else penalty
    ends = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(values).predict(pen=pen)
    bounds = [0, *ends]
    breaks = []
    for k in range(1, len(bounds) - 1):
        start, split, stop = bounds[k - 1], bounds[k], bounds[k + 1]
        breaks.append(
            Break(
                date=dates[split],
                index=int(positions[split]),
                before=float(values[start:split].mean()),
                after=float(values[split:stop].mean()),
            )
        )
    return breaks
