"""Dyad-by-period measures in one DuckDB query: counts, Goldstein, net cooperation, quads."""

from __future__ import annotations

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from detente.analysis._plover import GOLDSTEIN_FALLBACK, plover_base_scores, plover_score_expr
from detente.analysis._sql import (
    VOLUME_EXPR,
    actor_columns,
    dyad_filters,
    period_expr,
    volume_ctes,
    volume_join,
    weight_expr,
)
from detente.analysis._votes import VOTES_NOTE, check_votes_options, join_votes
from detente.analysis.options import MeasureOptions, with_record


def dyad_table(
    con: duckdb.DuckDBPyConnection,
    options: MeasureOptions | None = None,
    *,
    with_votes: bool = False,
) -> pa.Table:
    """Per dyad and period: how much happened and how cooperative it was.

    Columns: ``actor_a, actor_b, dyad`` (``PAK-USA`` or ``USA>PAK``), ``period_start``,
    ``events`` (rows counted), ``documents`` (distinct doc_id), ``weight_total``,
    ``q1..q4`` (weighted quad counts), ``q1_share..q4_share``, ``goldstein_sum``,
    ``goldstein_mean``, ``net_coop`` = (q1 + q2 − q3 − q4) / (q1 + q2 + q3 + q4),
    ``plover_score`` and ``sparse``; with ``normalise`` also ``volume`` (weighted events
    involving either actor), ``events_norm``, ``net_coop_norm`` and ``goldstein_sum_norm``.
    Sparse rows keep their counts; every other value is NULL.

    With ``with_votes`` (yearly, undirected dyads only) each row also gets the UN
    General Assembly vote measures of :func:`detente.votes.votes_by_dyad_year` for the
    same dyad and year: ``n_votes, agreement, s_score, kappa, pi, ideal_distance,
    ideal_distance_lo, ideal_distance_hi``. Votes are placed in the UN year (session +
    1945), so a session's January votes count in the previous calendar year. The vote
    columns are NULL where the store holds no votes for the dyad-year (IGOs and other
    non-members never have any); a sparse event row keeps its vote measures.
    """
    options = options or MeasureOptions()
    if with_votes:
        check_votes_options(options)
    scores = plover_base_scores()
    notes = {} if scores else {"plover_score": GOLDSTEIN_FALLBACK}
    conditions, params = dyad_filters(options)
    if options.normalise:
        actors = (
            sorted({c for d in options.dyads for c in (d.a, d.b)})
            if options.dyads is not None
            else None
        )
        volume_sql, volume_params = volume_ctes(options, actors)
        params += volume_params
    else:
        volume_sql = None
    table = con.execute(
        _table_sql(options, scores, conditions, volume_sql), params
    ).to_arrow_table()
    if table.num_rows and pc.max(table["claimants"]).as_py() > 1:
        # Two dyads of the table share a 64-bit key (odds about 1e-10): count by name.
        sql = _table_sql(options, scores, conditions, volume_sql, keyed=False)
        table = con.execute(sql, params).to_arrow_table()
    else:
        table = table.drop_columns("claimants")
    if with_votes:
        table = join_votes(con, table)
        notes["votes"] = VOTES_NOTE
    return with_record(table, options, notes)


def _table_sql(
    options: MeasureOptions,
    scores: dict[str, float] | None,
    conditions: list[str],
    volume_sql: str | None,
    *,
    keyed: bool = True,
) -> str:
    """The table's query; ``keyed`` groups on a 64-bit dyad key and adds ``claimants``.

    Why a key: on tens of millions of events, most of the time goes to the exact count
    of distinct documents, and grouping on two strings and a date costs a third more
    than on an integer and a date. So events are grouped by period and ``dyad_key``, a
    hash of the two countries (symmetric when undirected, so no least/greatest per
    event), and the names come back from ``dyads``: every pair of countries in the
    source, found by a cheap DISTINCT on the two columns, with ``claimants`` = how many
    dyads share the key. A shared key would merge two dyads, so the caller recounts by
    name (``keyed=False``) when a row has more than one claimant; names are thus exact,
    not merely very likely.
    """
    separator = ">" if options.directed else "-"
    keep = "NOT sparse"
    # Only the columns the measures read leave the scan (so a Parquet source reads
    # nothing else), and documents are counted on a 64-bit hash of doc_id rather than on
    # the string itself (doc_ids are 32-character digests, and hashing them once per row
    # is much cheaper than keeping them in the distinct set). Two different documents of
    # the same dyad and period share a hash with probability about n² / 2⁶⁵ for n
    # documents: below 1e-7 even for a million documents in one dyad-period, and a
    # collision would undercount `documents` by one. hash(NULL) is not NULL in DuckDB,
    # so events without a doc_id are kept out of the count explicitly (list_unique skips
    # NULLs). Distinct documents are counted per group from the list of the group's keys
    # rather than with count(DISTINCT ...): that builds one small hash set per group, which
    # stays in cache, instead of one table of every (group, document) pair, which does
    # not; on 50 million events it takes a quarter less time.
    scan = f"""{period_expr(options)} AS period_start,
               CASE WHEN doc_id IS NOT NULL THEN hash(doc_id) END AS doc_key,
               quad, goldstein{_weight_column(options)},
               {plover_score_expr(scores)} AS plover_base
        FROM {options.source}
        WHERE {" AND ".join(conditions)}"""
    measures = f"""count(*) AS events,
               list_unique(list(doc_key)) AS documents,
               {_aggregates(options)}"""
    actor_a, actor_b = actor_columns(options)
    if keyed:
        key = _dyad_key(options)
        ctes = f"""
    dyads AS (
        SELECT dyad_key, min(actor_a) AS actor_a, min(actor_b) AS actor_b,
               count(*) AS claimants
        FROM (
            SELECT DISTINCT {actor_a} AS actor_a, {actor_b} AS actor_b, {key} AS dyad_key
            FROM (
                SELECT DISTINCT source_country, target_country FROM {options.source}
                WHERE source_country IS NOT NULL AND target_country IS NOT NULL
                  AND source_country <> target_country
            )
        )
        GROUP BY dyad_key
    ),
    base AS (
        SELECT {key} AS dyad_key, {scan}
    ),
    keyed AS (
        SELECT dyad_key, period_start, {measures}
        FROM base
        GROUP BY dyad_key, period_start
    ),
    agg AS (
        SELECT actor_a, actor_b, claimants, keyed.* EXCLUDE (dyad_key)
        FROM keyed JOIN dyads USING (dyad_key)
    ),"""
    else:
        ctes = f"""
    base AS (
        SELECT {actor_a} AS actor_a, {actor_b} AS actor_b, {scan}
    ),
    agg AS (
        SELECT actor_a, actor_b, period_start, {measures}
        FROM base
        GROUP BY actor_a, actor_b, period_start
    ),"""
    ctes += f"""
    measured AS (
        SELECT *, CASE WHEN q1 + q2 + q3 + q4 > 0 THEN q1 + q2 - q3 - q4 END AS signed,
               events < {int(options.min_events)} AS sparse
        FROM agg
    )"""
    volume_select = ""
    joins = ""
    if volume_sql is not None:
        ctes += "," + volume_sql
        joins = volume_join("measured", "actor_a", "actor_b")
        volume_select = f""",
        {VOLUME_EXPR} AS volume,
        CASE WHEN {keep} THEN weight_total / nullif({VOLUME_EXPR}, 0) END AS events_norm,
        CASE WHEN {keep} THEN signed / nullif({VOLUME_EXPR}, 0) END AS net_coop_norm,
        CASE WHEN {keep} THEN goldstein_sum / nullif({VOLUME_EXPR}, 0) END AS goldstein_sum_norm"""

    quads = "nullif(q1 + q2 + q3 + q4, 0)"
    # The ORDER BY sorts the small result only (one row per dyad and period).
    return f"""
    WITH {ctes}
    SELECT actor_a, actor_b, actor_a || '{separator}' || actor_b AS dyad, measured.period_start,
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
           sparse{volume_select}{", claimants" if keyed else ""}
    FROM measured{joins}
    ORDER BY actor_a, actor_b, measured.period_start
    """


def _dyad_key(options: MeasureOptions) -> str:
    """A 64-bit key of the event's dyad: xor of the two countries' hashes when undirected.

    Hashes of distinct countries are distinct with overwhelming odds, and the caller
    checks that no two dyads of the source share a key, so the key stands for the dyad.
    """
    if options.directed:
        return "hash(source_country, target_country)"
    return "xor(hash(source_country), hash(target_country))"


def _weight_column(options: MeasureOptions) -> str:
    """The weight column of the scan; none when every event counts 1."""
    if options.weight == "events":
        return ""
    return f", {weight_expr(options)} AS w"


def _aggregates(options: MeasureOptions) -> str:
    """Weighted sums of the group: plain counts when each event weighs 1.

    ``q1..q4``, ``weight_total``, ``goldstein_sum`` and ``goldstein_weight`` (the weight
    of events with a Goldstein value), ``plover_sum`` and ``plover_weight`` likewise.
    Net cooperation's numerator is ``q1 + q2 − q3 − q4``, so it needs no sum of its own.
    """
    if options.weight == "events":
        quads = ",\n".join(f"count(*) FILTER (WHERE quad = {q}) AS q{q}" for q in range(1, 5))
        return f"""count(*) AS weight_total, {quads},
               sum(goldstein) AS goldstein_sum, count(goldstein) AS goldstein_weight,
               sum(plover_base) AS plover_sum, count(plover_base) AS plover_weight"""
    quads = ",\n".join(
        f"coalesce(sum(w) FILTER (WHERE quad = {q}), 0) AS q{q}" for q in range(1, 5)
    )
    return f"""sum(w) AS weight_total, {quads},
               sum(w * goldstein) AS goldstein_sum,
               sum(w) FILTER (WHERE goldstein IS NOT NULL) AS goldstein_weight,
               sum(w * plover_base) AS plover_sum,
               sum(w) FILTER (WHERE plover_base IS NOT NULL) AS plover_weight"""
