"""Dyad-by-period measures in one DuckDB query: counts, Goldstein, net cooperation, quads."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from detente.analysis._plover import GOLDSTEIN_FALLBACK, plover_base_scores, plover_score_expr
from detente.analysis._sql import (
    SIGNED_WEIGHT,
    VOLUME_EXPR,
    actor_columns,
    dyad_filters,
    period_expr,
    volume_ctes,
    volume_join,
    weight_expr,
)
from detente.analysis.options import MeasureOptions, with_record


def dyad_table(con: duckdb.DuckDBPyConnection, options: MeasureOptions | None = None) -> pa.Table:
    """Per dyad and period: how much happened and how cooperative it was.

    Columns: ``actor_a, actor_b, dyad`` (``PAK-USA`` or ``USA>PAK``), ``period_start``,
    ``events`` (rows counted), ``documents`` (distinct doc_id), ``weight_total``,
    ``q1..q4`` (weighted quad counts), ``q1_share..q4_share``, ``goldstein_sum``,
    ``goldstein_mean``, ``net_coop`` = (q1 + q2 − q3 − q4) / (q1 + q2 + q3 + q4),
    ``plover_score`` and ``sparse``; with ``normalise`` also ``volume`` (weighted events
    involving either actor), ``events_norm``, ``net_coop_norm`` and ``goldstein_sum_norm``.
    Sparse rows keep their counts; every other value is NULL.
    """
    options = options or MeasureOptions()
    scores = plover_base_scores()
    notes = {} if scores else {"plover_score": GOLDSTEIN_FALLBACK}
    conditions, params = dyad_filters(options)
    actor_a, actor_b = actor_columns(options)
    separator = ">" if options.directed else "-"
    keep = "NOT sparse"

    ctes = f"""
    base AS (
        SELECT {actor_a} AS actor_a, {actor_b} AS actor_b, {period_expr(options)} AS period_start,
               doc_id, quad, goldstein, {weight_expr(options)} AS w,
               {plover_score_expr(scores)} AS plover_base
        FROM {options.source}
        WHERE {" AND ".join(conditions)}
    ),
    agg AS (
        SELECT actor_a, actor_b, period_start,
               count(*) AS events,
               count(DISTINCT doc_id) AS documents,
               sum(w) AS weight_total,
               sum(CASE WHEN quad = 1 THEN w ELSE 0 END) AS q1,
               sum(CASE WHEN quad = 2 THEN w ELSE 0 END) AS q2,
               sum(CASE WHEN quad = 3 THEN w ELSE 0 END) AS q3,
               sum(CASE WHEN quad = 4 THEN w ELSE 0 END) AS q4,
               sum({SIGNED_WEIGHT}) AS signed,
               sum(w * goldstein) AS goldstein_sum,
               sum(CASE WHEN goldstein IS NOT NULL THEN w END) AS goldstein_weight,
               sum(w * plover_base) AS plover_sum,
               sum(CASE WHEN plover_base IS NOT NULL THEN w END) AS plover_weight,
               count(*) < {int(options.min_events)} AS sparse
        FROM base
        GROUP BY actor_a, actor_b, period_start
    )"""
    volume_select = ""
    joins = ""
    if options.normalise:
        actors = (
            sorted({c for d in options.dyads for c in (d.a, d.b)})
            if options.dyads is not None
            else None
        )
        volume_sql, volume_params = volume_ctes(options, actors)
        ctes += "," + volume_sql
        params += volume_params
        joins = volume_join("agg", "actor_a", "actor_b")
        volume_select = f""",
        {VOLUME_EXPR} AS volume,
        CASE WHEN {keep} THEN weight_total / nullif({VOLUME_EXPR}, 0) END AS events_norm,
        CASE WHEN {keep} THEN signed / nullif({VOLUME_EXPR}, 0) END AS net_coop_norm,
        CASE WHEN {keep} THEN goldstein_sum / nullif({VOLUME_EXPR}, 0) END AS goldstein_sum_norm"""

    quads = "nullif(q1 + q2 + q3 + q4, 0)"
    sql = f"""
    WITH {ctes}
    SELECT actor_a, actor_b, actor_a || '{separator}' || actor_b AS dyad, agg.period_start,
           events, documents, CAST(weight_total AS DOUBLE) AS weight_total,
           CAST(q1 AS DOUBLE) AS q1, CAST(q2 AS DOUBLE) AS q2,
           CAST(q3 AS DOUBLE) AS q3, CAST(q4 AS DOUBLE) AS q4,
           CASE WHEN {keep} THEN q1 / {quads} END AS q1_share,
           CASE WHEN {keep} THEN q2 / {quads} END AS q2_share,
           CASE WHEN {keep} THEN q3 / {quads} END AS q3_share,
           CASE WHEN {keep} THEN q4 / {quads} END AS q4_share,
           CASE WHEN {keep} THEN goldstein_sum END AS goldstein_sum,
           CASE WHEN {keep} THEN goldstein_sum / goldstein_weight END AS goldstein_mean,
           CASE WHEN {keep} THEN signed / {quads} END AS net_coop,
           CASE WHEN {keep} THEN plover_sum / plover_weight END AS plover_score,
           sparse{volume_select}
    FROM agg{joins}
    ORDER BY actor_a, actor_b, agg.period_start
    """
    table = con.execute(sql, params).to_arrow_table()
    return with_record(table, options, notes)
