"""SQL fragments shared by the measures: filters, weights, dyad keys, period grids."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import duckdb

from detente.analysis.options import MeasureOptions
from detente.dyads import Dyad

#: Signed weight of an event for net cooperation: cooperation +w, conflict −w.
SIGNED_WEIGHT = "CASE WHEN quad IN (1, 2) THEN w WHEN quad IN (3, 4) THEN -w END"
PERIOD_STEP = {"week": "7 DAY", "month": "1 MONTH", "quarter": "3 MONTH", "year": "1 YEAR"}


def weight_expr(options: MeasureOptions) -> str:
    """The per-event weight; NULL counts weigh 1 so GDELT rows without them still count."""
    if options.weight == "events":
        return "1"
    return f"coalesce({options.weight}, 1)"


#: First day of the period by day arithmetic on the DATE, equal to
#: ``CAST(date_trunc(period, date) AS DATE)`` for every date from 0001 to 9999 (and NULL) but
#: about half the cost per event: date_trunc builds a TIMESTAMP that must be cast back.
PERIOD_START = {
    "week": "{d} - CAST(isodow({d}) - 1 AS INTEGER)",
    "month": "{d} - CAST(dayofmonth({d}) - 1 AS INTEGER)",
    "quarter": "make_date(year({d}), month({d}) - (month({d}) - 1) % 3, 1)",
    "year": "{d} - CAST(dayofyear({d}) - 1 AS INTEGER)",
}


def period_expr(options: MeasureOptions) -> str:
    """The first day of the event's period (a DATE, also for TIMESTAMP ``date`` columns)."""
    return PERIOD_START[options.period].format(d="CAST(date AS DATE)")


def common_filters(options: MeasureOptions) -> tuple[list[str], list[Any]]:
    """Conditions every measure applies: dates, origins, modality, root events."""
    conditions = ["date IS NOT NULL"]
    params: list[Any] = []
    if options.date_from is not None:
        conditions.append("date >= ?")
        params.append(options.date_from)
    if options.date_to is not None:
        conditions.append("date <= ?")
        params.append(options.date_to)
    if options.origins is not None:
        conditions.append("origin IN (SELECT unnest(?))")
        params.append(list(options.origins))
    if not options.include_modalities:
        conditions.append("negated IS NOT TRUE AND hypothetical IS NOT TRUE AND future IS NOT TRUE")
    if options.root_only:
        conditions.append("is_root IS NOT FALSE")
    return conditions, params


def dyad_condition(dyads: Iterable[Dyad]) -> tuple[str, list[Any]]:
    """Events that belong to any of the dyads (an undirected dyad matches both ways)."""
    parts: list[str] = []
    params: list[Any] = []
    for dyad in dyads:
        if dyad.directed:
            parts.append("(source_country = ? AND target_country = ?)")
            params += [dyad.a, dyad.b]
        else:
            parts.append(
                "(source_country = ? AND target_country = ? "
                "OR source_country = ? AND target_country = ?)"
            )
            params += [dyad.a, dyad.b, dyad.b, dyad.a]
    return "(" + " OR ".join(parts) + ")", params


def dyad_filters(options: MeasureOptions) -> tuple[list[str], list[Any]]:
    """Common filters plus: both countries known and different, and the chosen dyads."""
    conditions, params = common_filters(options)
    conditions.append(
        "source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country"
    )
    if options.dyads is not None:
        condition, dyad_params = dyad_condition(options.dyads)
        conditions.append(condition)
        params += dyad_params
    return conditions, params


def actor_columns(options: MeasureOptions) -> tuple[str, str]:
    """Expressions for the dyad's two actors: sorted when undirected, source>target when not."""
    if options.directed:
        return "source_country", "target_country"
    return (
        "least(source_country, target_country)",
        "greatest(source_country, target_country)",
    )


def volume_ctes(options: MeasureOptions, actors: list[str] | None) -> tuple[str, list[Any]]:
    """CTEs ``actor_volume(period_start, actor, volume)`` and ``pair_volume(period_start,
    lo, hi, volume)``: how much was reported about each actor, whoever the other side was.

    The volume of a dyad (a, b) is ``vol(a) + vol(b) − pair(a, b)``: every event that
    involves either actor, counted once.
    """
    conditions, params = common_filters(options)
    if actors is not None:
        conditions.append(
            "(source_country IN (SELECT unnest(?)) OR target_country IN (SELECT unnest(?)))"
        )
        params += [actors, actors]
    sql = f"""
    volume_base AS (
        SELECT {period_expr(options)} AS period_start, source_country, target_country,
               {weight_expr(options)} AS w
        FROM {options.source}
        WHERE {" AND ".join(conditions)}
    ),
    actor_volume AS (
        SELECT period_start, actor, sum(w) AS volume FROM (
            SELECT period_start, source_country AS actor, w FROM volume_base
            WHERE source_country IS NOT NULL
            UNION ALL
            SELECT period_start, target_country AS actor, w FROM volume_base
            WHERE target_country IS NOT NULL
              AND target_country IS DISTINCT FROM source_country
        ) GROUP BY period_start, actor
    ),
    pair_volume AS (
        SELECT period_start, least(source_country, target_country) AS lo,
               greatest(source_country, target_country) AS hi, sum(w) AS volume
        FROM volume_base
        WHERE source_country IS NOT NULL AND target_country IS NOT NULL
          AND source_country <> target_country
        GROUP BY ALL
    )"""
    return sql, params


def volume_join(left: str, a: str, b: str) -> str:
    """Joins that give ``{left}`` the volume of its dyad (columns ``a``, ``b``) per period."""
    return f"""
    LEFT JOIN actor_volume va ON va.period_start = {left}.period_start AND va.actor = {left}.{a}
    LEFT JOIN actor_volume vb ON vb.period_start = {left}.period_start AND vb.actor = {left}.{b}
    LEFT JOIN pair_volume vp ON vp.period_start = {left}.period_start
        AND vp.lo = least({left}.{a}, {left}.{b}) AND vp.hi = greatest({left}.{a}, {left}.{b})"""


VOLUME_EXPR = (
    "CAST(coalesce(va.volume, 0) + coalesce(vb.volume, 0) - coalesce(vp.volume, 0) AS DOUBLE)"
)


def period_grid(
    con: duckdb.DuckDBPyConnection, first: dt.date, last: dt.date, period: str
) -> list[dt.date]:
    """Every period start from ``first`` to ``last``, so gaps show as gaps, not as missing rows."""
    rows = con.execute(
        f"SELECT CAST(range AS DATE) FROM range(CAST(date_trunc('{period}', ?::DATE) AS DATE), "
        f"CAST(date_trunc('{period}', ?::DATE) AS DATE) + INTERVAL {PERIOD_STEP[period]}, "
        f"INTERVAL {PERIOD_STEP[period]}) ORDER BY 1",
        [first, last],
    ).fetchall()
    return [r[0] for r in rows]
