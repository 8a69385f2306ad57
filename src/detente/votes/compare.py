"""Can UN votes tell two dyads apart? Per year, with intervals, and a warning when not.

Two signals are checked each year:

- the ideal-point distance intervals of the two dyads (see :mod:`detente.votes.measures`):
  when they overlap, the ideal points do not separate the dyads;
- a paired bootstrap over roll calls of the agreement difference (first − second): the
  year's roll calls are resampled with replacement, both dyads' agreement is recomputed
  on the same resample, and the percentile interval is read off. When it contains 0 the
  agreement does not separate the dyads.

A year separates the dyads only when every signal available for it does; the period
separates them only when every year does. Otherwise the result carries
``separable: False`` and a ``warning`` that says so, because a reader would otherwise
draw a conclusion the votes cannot support (Pakistan and India sit about equally far
from the United States).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np

from detente.dyads import Dyad
from detente.errors import DetenteError
from detente.votes.measures import (
    check_issue,
    rollcall_agreement,
    undirected_dyads,
    votes_by_dyad_year,
)


class NoVoteDataError(DetenteError):
    """The store holds no common UN votes for a dyad in the years asked."""

    code = "D910"


@dataclass(frozen=True, slots=True)
class YearComparison:
    """One year of a comparison: both dyads' measures and whether the signals separate them."""

    year: int
    first: dict[str, Any] | None
    second: dict[str, Any] | None
    agreement_difference: float | None
    difference_lo: float | None
    difference_hi: float | None
    ideal_intervals_overlap: bool | None
    separable: bool

    def to_dict(self) -> dict[str, Any]:
        """The year as plain JSON-ready data."""
        return {
            "year": self.year,
            "first": self.first,
            "second": self.second,
            "agreement_difference": self.agreement_difference,
            "difference_lo": self.difference_lo,
            "difference_hi": self.difference_hi,
            "ideal_intervals_overlap": self.ideal_intervals_overlap,
            "separable": self.separable,
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The verdict of :func:`compare_dyads` over a period."""

    first: str
    second: str
    year_from: int | None
    year_to: int | None
    issue: str | None
    level: float
    n_boot: int
    years: list[YearComparison]
    #: Agreement over all roll calls of the period and the bootstrap interval of the gap.
    period: dict[str, Any]
    separable: bool
    warning: str | None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The comparison as plain JSON-ready data."""
        return {
            "first": self.first,
            "second": self.second,
            "from": self.year_from,
            "to": self.year_to,
            "issue": self.issue,
            "level": self.level,
            "n_boot": self.n_boot,
            "separable": self.separable,
            "warning": self.warning,
            "period": self.period,
            "years": [y.to_dict() for y in self.years],
            "notes": self.notes,
        }


def bootstrap_difference(
    first: np.ndarray,
    second: np.ndarray,
    n_boot: int,
    level: float,
    rng: np.random.Generator,
) -> tuple[float, float] | None:
    """Percentile interval of mean(first) − mean(second), resampling positions in pairs.

    ``first`` and ``second`` hold one value per roll call, NaN where that dyad has no
    common vote, so both dyads are always recomputed on the same resampled roll calls.
    """
    n = len(first)
    if n == 0 or np.all(np.isnan(first)) or np.all(np.isnan(second)):
        return None
    picks = rng.integers(0, n, size=(n_boot, n))
    with warnings.catch_warnings():
        # A resample may miss one dyad's roll calls entirely: its mean is NaN, dropped below.
        warnings.simplefilter("ignore", category=RuntimeWarning)
        differences = np.nanmean(first[picks], axis=1) - np.nanmean(second[picks], axis=1)
    differences = differences[~np.isnan(differences)]
    if len(differences) == 0:
        return None
    tail = (1 - level) / 2 * 100
    lo, hi = np.percentile(differences, [tail, 100 - tail])
    return float(lo), float(hi)


def _paired_arrays(
    rollcalls: dict[str, dict[int, float]], first: str, second: str
) -> tuple[np.ndarray, np.ndarray]:
    rcids = sorted(set(rollcalls.get(first, {})) | set(rollcalls.get(second, {})))
    a = np.array([rollcalls.get(first, {}).get(r, np.nan) for r in rcids], dtype=float)
    b = np.array([rollcalls.get(second, {}).get(r, np.nan) for r in rcids], dtype=float)
    return a, b


def compare_dyads(
    con: duckdb.DuckDBPyConnection,
    first: str | Dyad,
    second: str | Dyad,
    year_from: int | None = None,
    year_to: int | None = None,
    issue: str | None = None,
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> Comparison:
    """Compare two dyads' vote measures year by year and say whether votes separate them.

    :param n_boot: bootstrap resamples per year (and for the whole period).
    :param level: coverage of the agreement-difference interval.
    :param seed: the bootstrap's random seed, so a rerun prints the same intervals.
    :raises NoVoteDataError: when either dyad has no common votes in the period.
    """
    dyad_a, dyad_b = undirected_dyads([first, second])
    if dyad_a == dyad_b:
        raise NoVoteDataError(f"compare needs two different dyads, got {dyad_a.label} twice")
    issue = check_issue(issue)
    measures = votes_by_dyad_year(con, [dyad_a, dyad_b], year_from, year_to, issue).to_pylist()
    per_rollcall = rollcall_agreement(con, [dyad_a, dyad_b], year_from, year_to, issue)
    by_year: dict[int, dict[str, dict[int, float]]] = {}
    for row in per_rollcall.to_pylist():
        by_year.setdefault(row["year"], {}).setdefault(row["dyad"], {})[row["rcid"]] = row[
            "agreement"
        ]
    for dyad in (dyad_a, dyad_b):
        if not any(dyad.label in year for year in by_year.values()):
            span = f"{year_from or 'the first year'}–{year_to or 'the last'}"
            raise NoVoteDataError(
                f"no common UN votes for {dyad.label} in {span}"
                f"{' on issue ' + issue if issue else ''}; load votes with "
                "`detente votes load un_votes.rda un_roll_calls.rda …`"
            )
    rows = {(r["dyad"], r["year"]): r for r in measures}
    rng = np.random.default_rng(seed)
    years: list[YearComparison] = []
    all_years = sorted({r["year"] for r in measures if r["n_votes"] > 0})
    for year in all_years:
        row_a = rows.get((dyad_a.label, year))
        row_b = rows.get((dyad_b.label, year))
        diff = lo_hi = None
        if row_a and row_b and row_a["agreement"] is not None and row_b["agreement"] is not None:
            diff = row_a["agreement"] - row_b["agreement"]
            lo_hi = bootstrap_difference(
                *_paired_arrays(by_year.get(year, {}), dyad_a.label, dyad_b.label),
                n_boot,
                level,
                rng,
            )
        overlap = _intervals_overlap(row_a, row_b)
        signals = []
        if lo_hi is not None:
            signals.append(lo_hi[0] > 0 or lo_hi[1] < 0)
        if overlap is not None:
            signals.append(not overlap)
        years.append(
            YearComparison(
                year=year,
                first=_measures_only(row_a),
                second=_measures_only(row_b),
                agreement_difference=diff,
                difference_lo=lo_hi[0] if lo_hi else None,
                difference_hi=lo_hi[1] if lo_hi else None,
                ideal_intervals_overlap=overlap,
                separable=bool(signals) and all(signals),
            )
        )
    period = _period_summary(by_year, dyad_a.label, dyad_b.label, n_boot, level, rng)
    separable = bool(years) and all(y.separable for y in years)
    warning = None if separable else _warning(dyad_a, dyad_b, years)
    notes = ["ideal points are estimated on all roll calls"] if issue else []
    return Comparison(
        first=dyad_a.label,
        second=dyad_b.label,
        year_from=year_from,
        year_to=year_to,
        issue=issue,
        level=level,
        n_boot=n_boot,
        years=years,
        period=period,
        separable=separable,
        warning=warning,
        notes=notes,
    )


def _measures_only(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {k: v for k, v in row.items() if k not in ("dyad", "country_a", "country_b", "year")}


def _intervals_overlap(row_a: dict[str, Any] | None, row_b: dict[str, Any] | None) -> bool | None:
    if not row_a or not row_b:
        return None
    bounds = [row_a["ideal_distance_lo"], row_a["ideal_distance_hi"]]
    bounds += [row_b["ideal_distance_lo"], row_b["ideal_distance_hi"]]
    if any(b is None for b in bounds):
        return None
    lo_a, hi_a, lo_b, hi_b = bounds
    return lo_a <= hi_b and lo_b <= hi_a


def _period_summary(
    by_year: dict[int, dict[str, dict[int, float]]],
    first: str,
    second: str,
    n_boot: int,
    level: float,
    rng: np.random.Generator,
) -> dict[str, Any]:
    """Agreement over every roll call of the period, with a paired bootstrap of the gap."""
    pooled: dict[str, dict[int, float]] = {first: {}, second: {}}
    for dyads in by_year.values():
        for dyad, values in dyads.items():
            pooled[dyad].update(values)
    a, b = _paired_arrays(pooled, first, second)
    mean_a = float(np.nanmean(a)) if np.any(~np.isnan(a)) else None
    mean_b = float(np.nanmean(b)) if np.any(~np.isnan(b)) else None
    lo_hi = bootstrap_difference(a, b, n_boot, level, rng)
    return {
        "agreement_first": mean_a,
        "agreement_second": mean_b,
        "agreement_difference": mean_a - mean_b
        if mean_a is not None and mean_b is not None
        else None,
        "difference_lo": lo_hi[0] if lo_hi else None,
        "difference_hi": lo_hi[1] if lo_hi else None,
        "n_votes_first": int(np.sum(~np.isnan(a))),
        "n_votes_second": int(np.sum(~np.isnan(b))),
    }


def _warning(first: Dyad, second: Dyad, years: list[YearComparison]) -> str:
    if not years:
        return f"no year with votes for both {first.label} and {second.label}"
    mixed = [y for y in years if not y.separable]
    overlap = sum(1 for y in years if y.ideal_intervals_overlap)
    undecided = sum(
        1
        for y in years
        if y.difference_lo is not None and y.difference_lo <= 0 <= (y.difference_hi or 0)
    )
    span = f"{years[0].year}–{years[-1].year}"
    return (
        f"UN votes cannot separate {first.label} from {second.label}: in {len(mixed)} of "
        f"{len(years)} years ({span}) a signal fails (ideal-point distance intervals overlap "
        f"in {overlap} years; the agreement difference's interval includes 0 in {undecided}). "
        "Do not conclude from votes alone which relationship is closer."
    )
