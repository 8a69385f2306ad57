"""Who sides with whom: signed networks, structural balance and the best two-bloc split."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np

from detente.analysis.options import MeasureOptionError, MeasureOptions
from detente.analysis.table import dyad_table
from detente.dyads import Dyad

MEASURES: tuple[str, ...] = ("net_coop", "goldstein_mean", "plover_score")
#: Up to this many actors the best partition is found by trying every one.
EXHAUSTIVE_LIMIT = 12


@dataclass(frozen=True, slots=True)
class Edge:
    """The relation of two actors in one period; ``sign`` is None when there is no data."""

    a: str
    b: str
    value: float | None
    events: int
    sign: int | None


@dataclass(frozen=True, slots=True)
class Triad:
    """Three actors: balanced when the product of their signs is positive, incomplete
    when an edge is neutral or missing."""

    actors: tuple[str, str, str]
    signs: tuple[int | None, int | None, int | None]
    status: str


@dataclass(frozen=True, slots=True)
class Flip:
    """An edge whose sign changed from one period with data to the next."""

    period_start: dt.date
    a: str
    b: str
    before: int
    after: int


@dataclass(frozen=True)
class AlignmentPeriod:
    """The signed network of one period and what it says about blocs."""

    period_start: dt.date
    edges: list[Edge]
    triads: list[Triad]
    balanced: int
    unbalanced: int
    incomplete: int
    blocs: tuple[tuple[str, ...], tuple[str, ...]]
    frustration: int
    ties: int
    partition_method: str
    #: Actors with no cooperative or conflictual relation to any other in the period:
    #: the data cannot say which bloc they belong to, so they are in neither.
    unplaced: tuple[str, ...] = ()

    @property
    def balanced_share(self) -> float | None:
        """Balanced triads among the complete ones (None when none is complete)."""
        complete = self.balanced + self.unbalanced
        return self.balanced / complete if complete else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "period_start": self.period_start.isoformat(),
            "edges": [vars_of(e) for e in self.edges],
            "triads": [
                {"actors": list(t.actors), "signs": list(t.signs), "status": t.status}
                for t in self.triads
            ],
            "balanced": self.balanced,
            "unbalanced": self.unbalanced,
            "incomplete": self.incomplete,
            "balanced_share": self.balanced_share,
            "blocs": [list(b) for b in self.blocs],
            "unplaced": list(self.unplaced),
            "frustration": self.frustration,
            "ties": self.ties,
            "partition_method": self.partition_method,
        }


@dataclass(frozen=True)
class Alignment:
    """Signed networks among ``actors`` per period, and the edges that flipped."""

    actors: tuple[str, ...]
    options: MeasureOptions
    measure: str
    neutral_band: float
    periods: list[AlignmentPeriod]
    flips: list[Flip]
    notes: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actors": list(self.actors),
            "measure": self.measure,
            "neutral_band": self.neutral_band,
            "options": self.options.to_dict(),
            "notes": self.notes,
            "periods": [p.to_dict() for p in self.periods],
            "flips": [
                {**vars_of(f), "period_start": f.period_start.isoformat()} for f in self.flips
            ],
        }


def vars_of(record: Any) -> dict[str, Any]:
    """A slotted dataclass as a dict."""
    return {name: getattr(record, name) for name in record.__slots__}


def alignment(
    con: duckdb.DuckDBPyConnection,
    actors: list[str],
    options: MeasureOptions | None = None,
    neutral_band: float = 0.1,
    measure: str = "net_coop",
) -> Alignment:
    """The signed network among ``actors`` per period, its balance and its blocs.

    An edge is +1 when the undirected dyad's ``measure`` exceeds ``neutral_band``,
    −1 below ``−neutral_band``, 0 in between, and missing when the dyad has no
    non-sparse data. The two-bloc partition minimises frustration (negative edges
    inside a bloc plus positive edges across), exhaustively for up to 12 actors;
    actors with no signed edge in a period are left out of both blocs (``unplaced``).
    """
    codes = tuple(dict.fromkeys(a.strip().upper() for a in actors if a.strip()))
    if len(codes) < 3:
        raise MeasureOptionError(
            f"alignment needs at least three distinct actors to form triads, got {list(codes)}"
        )
    if measure not in MEASURES:
        raise MeasureOptionError(f"unknown measure {measure!r}: use one of {', '.join(MEASURES)}")
    if neutral_band < 0:
        raise MeasureOptionError(f"neutral_band must be zero or more, not {neutral_band}")
    pairs = [Dyad(a, b) for a, b in (sorted(p) for p in itertools.combinations(codes, 2))]
    options = (options or MeasureOptions(period="year")).replace(dyads=tuple(pairs), directed=False)
    table = dyad_table(con, options)
    by_period: dict[dt.date, dict[tuple[str, str], tuple[float | None, int]]] = {}
    for row in table.to_pylist():
        by_period.setdefault(row["period_start"], {})[(row["actor_a"], row["actor_b"])] = (
            row[measure],
            row["events"],
        )
    periods = [
        _period(period, codes, by_period[period], neutral_band) for period in sorted(by_period)
    ]
    notes = {
        "signs": f"+1 when {measure} > {neutral_band}, −1 when < −{neutral_band}, 0 between; "
        f"missing when the dyad has fewer than {options.min_events} events",
    }
    return Alignment(codes, options, measure, neutral_band, periods, _flips(periods), notes)


def _sign(value: float | None, band: float) -> int | None:
    if value is None:
        return None
    if value > band:
        return 1
    if value < -band:
        return -1
    return 0


def _period(
    period: dt.date,
    actors: tuple[str, ...],
    values: dict[tuple[str, str], tuple[float | None, int]],
    band: float,
) -> AlignmentPeriod:
    edges: list[Edge] = []
    sign_of: dict[frozenset[str], int | None] = {}
    for a, b in itertools.combinations(actors, 2):
        lo, hi = sorted((a, b))
        value, events = values.get((lo, hi), (None, 0))
        sign = _sign(value, band)
        edges.append(Edge(lo, hi, value, events, sign))
        sign_of[frozenset((a, b))] = sign
    triads: list[Triad] = []
    for trio in itertools.combinations(actors, 3):
        signs = tuple(sign_of[frozenset(pair)] for pair in itertools.combinations(trio, 2))
        if any(s is None or s == 0 for s in signs):
            status = "incomplete"
        else:
            status = "balanced" if np.prod(signs) > 0 else "unbalanced"
        triads.append(Triad(trio, signs, status))  # type: ignore[arg-type]
    placed = tuple(a for a in actors if any(sign_of[frozenset((a, b))] for b in actors if b != a))
    if placed:
        blocs, frustration, ties, method = best_partition(placed, sign_of)
    else:
        blocs, frustration, ties, method = ((), ()), 0, 0, "none"
    counts = {s: sum(1 for t in triads if t.status == s) for s in ("balanced", "unbalanced")}
    return AlignmentPeriod(
        period_start=period,
        edges=edges,
        triads=triads,
        balanced=counts["balanced"],
        unbalanced=counts["unbalanced"],
        incomplete=len(triads) - counts["balanced"] - counts["unbalanced"],
        blocs=blocs,
        frustration=frustration,
        ties=ties,
        partition_method=method,
        unplaced=tuple(a for a in actors if a not in placed),
    )


def best_partition(
    actors: tuple[str, ...], sign_of: dict[frozenset[str], int | None]
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], int, int, str]:
    """The two blocs with the least frustration, how frustrated, and how many ties.

    The first actor always sits in the first bloc, so each split is tried once;
    with more than :data:`EXHAUSTIVE_LIMIT` actors a seeded local search is used.
    """
    n = len(actors)
    signs = np.zeros((n, n))
    for i, j in itertools.combinations(range(n), 2):
        signs[i, j] = signs[j, i] = sign_of[frozenset((actors[i], actors[j]))] or 0
    if n <= EXHAUSTIVE_LIMIT:
        masks = np.arange(2 ** (n - 1))
        sides = ((masks[:, None] >> np.arange(n - 1)[None, :]) & 1).astype(bool)
        sides = np.hstack([np.zeros((len(masks), 1), dtype=bool), sides])
        frustrations = np.array([_frustration(signs, side) for side in sides])
        best = int(np.argmin(frustrations))
        ties = int((frustrations == frustrations[best]).sum()) - 1
        side, method = sides[best], "exhaustive"
    else:
        side = _local_search(signs)
        ties, method = 0, "local search"
    blocs = (
        tuple(a for a, s in zip(actors, side, strict=True) if not s),
        tuple(a for a, s in zip(actors, side, strict=True) if s),
    )
    return blocs, _frustration(signs, side), ties, method


def _frustration(signs: np.ndarray, side: np.ndarray) -> int:
    """Negative edges inside a bloc plus positive edges across blocs."""
    same = side[:, None] == side[None, :]
    upper = np.triu(np.ones_like(signs, dtype=bool), k=1)
    inside_negative = (signs < 0) & same & upper
    across_positive = (signs > 0) & ~same & upper
    return int(inside_negative.sum() + across_positive.sum())


def _local_search(signs: np.ndarray, starts: int = 50, seed: int = 0) -> np.ndarray:
    """Single-actor moves from seeded random splits, keeping the least frustrated."""
    rng = np.random.default_rng(seed)
    n = len(signs)
    best_side = np.zeros(n, dtype=bool)
    best = _frustration(signs, best_side)
    for _ in range(starts):
        side = rng.integers(0, 2, n).astype(bool)
        current = _frustration(signs, side)
        improved = True
        while improved:
            improved = False
            for i in range(n):
                side[i] = not side[i]
                candidate = _frustration(signs, side)
                if candidate < current:
                    current, improved = candidate, True
                else:
                    side[i] = not side[i]
        if current < best:
            best, best_side = current, side.copy()
    return best_side if not best_side[0] else ~best_side


def _flips(periods: list[AlignmentPeriod]) -> list[Flip]:
    """Edges whose sign differs from their sign in the last period that had one."""
    last_sign: dict[tuple[str, str], int] = {}
    flips: list[Flip] = []
    for period in periods:
        for edge in period.edges:
            if edge.sign is None:
                continue
            key = (edge.a, edge.b)
            if key in last_sign and last_sign[key] != edge.sign:
                flips.append(Flip(period.period_start, edge.a, edge.b, last_sign[key], edge.sign))
            last_sign[key] = edge.sign
    return flips
