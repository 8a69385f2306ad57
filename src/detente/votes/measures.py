"""Vote similarity per undirected dyad and UN year, as DuckDB SQL over the store.

A roll call counts for a dyad only when both countries voted yes, abstain or no on it.
Votes are coded 1 yes, 2 abstain, 3 no, and ``d = |a − b|`` is the distance between
two votes (0, 1 or 2). Over the ``n`` common roll calls of a dyad-year:

``agreement``
    ``1 − mean(d) / 2``: 1 for the same vote, 0.5 when one abstains, 0 for yes against
    no (Voeten's convention for the UN agreement index).
``s_score``
    Signorino and Ritter's S, unweighted: ``1 − 2·Σd / (n·d_max)`` with ``d_max = 2``,
    i.e. ``1 − mean(d)``, in [−1, 1]. It equals ``2·agreement − 1``.
``kappa`` and ``pi``
    Häge's (2011) chance-corrected S: ``1 − D_o / D_e`` with the same absolute distance,
    where ``D_o = mean(d)`` and ``D_e = Σ_i Σ_j p(i)·q(j)·|i − j|`` is the distance
    expected if the two countries voted independently. Cohen's kappa takes ``p`` and
    ``q`` from each country's own shares of yes/abstain/no in the common roll calls;
    Scott's pi takes both from the pooled shares ``(p + q) / 2``. Undefined (null) when
    ``D_e = 0``, e.g. when both countries voted yes every time.
``ideal_distance``, ``ideal_distance_lo``, ``ideal_distance_hi``
    ``|ideal_a − ideal_b|`` of the Bailey–Strezhnev–Voeten ideal points of the session,
    and a conservative interval from their published 5%–95% bands: the smallest gap
    between the two bands (0 when they overlap) to the largest distance between them.
    Two 90% bands hold both true points with probability at least 80% (Bonferroni), so
    the interval covers the distance at least that often. Ideal points are estimated on
    all roll calls, also when the measures are restricted to one issue.

The year is the UN year ``session + 1945`` (session 74 → 2019), as in Voeten's and the
BSV data: a session's votes in the following January stay in the session's year. The
stored seat codes are read under their successors from ``data/votes/successions.csv``
(Yugoslavia is ``SRB`` from 2006).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

from detente.dyads import Dyad
from detente.errors import DyadError, InputError
from detente.votes._tables import ISSUES, known_codes, successions_sql

#: The measures of one dyad-year, in order.
VALUE_COLUMNS: tuple[str, ...] = (
    "n_votes",
    "agreement",
    "s_score",
    "kappa",
    "pi",
    "ideal_distance",
    "ideal_distance_lo",
    "ideal_distance_hi",
)
#: The columns of :func:`votes_by_dyad_year` and of the view, in order.
MEASURE_COLUMNS: tuple[str, ...] = ("dyad", "country_a", "country_b", "year", *VALUE_COLUMNS)


class UnknownIssueError(InputError):
    """An issue code other than me, nu, di, hr, co, ec (a bad user value: exit 2)."""

    code = "D150"


def undirected_dyads(dyads: Iterable[str | Dyad]) -> list[Dyad]:
    """Parse dyads for vote measures; a directed dyad is read as undirected (votes are)."""
    parsed = []
    for item in dyads:
        dyad = item if isinstance(item, Dyad) else Dyad.parse(item)
        low, high = sorted((dyad.a, dyad.b))
        for code in (low, high):
            if code not in known_codes():
                raise DyadError(
                    f"{code} in dyad {dyad.label} is not a UN member in the vote data; use "
                    "ISO-3 codes such as PAK, USA, IND (historical: DDR, CSK, YUG, YMD)"
                )
        parsed.append(Dyad(low, high))
    return parsed


def check_issue(issue: str | None) -> str | None:
    """Return the issue code in lower case, or raise listing the valid codes."""
    if issue is None:
        return None
    code = issue.strip().lower()
    if code not in ISSUES:
        choices = ", ".join(f"{k} ({v})" for k, v in ISSUES.items())
        raise UnknownIssueError(f"unknown issue {issue!r}; choose one of {choices}")
    return code


def _wanted_sql(dyads: list[Dyad] | None) -> str:
    if dyads is None:
        return ""
    rows = ", ".join(f"('{d.a}', '{d.b}')" for d in dyads)
    return f"wanted(country_a, country_b) AS (VALUES {rows}),"


def _year_filter(column: str, year_from: int | None, year_to: int | None) -> str:
    parts = ["TRUE"]
    if year_from is not None:
        parts.append(f"{column} >= {int(year_from)}")
    if year_to is not None:
        parts.append(f"{column} <= {int(year_to)}")
    return " AND ".join(parts)


def pair_votes_sql(
    dyads: list[Dyad] | None,
    year_from: int | None = None,
    year_to: int | None = None,
    issue: str | None = None,
) -> str:
    """SQL of the common votes: one row per dyad and roll call with both votes coded 1–3.

    Every value is inlined after validation (ISO-3 letters, integers, a known issue code),
    so the text can define a view.
    """
    issue_filter = f"list_contains(issues, '{issue}')" if issue else "TRUE"
    in_wanted = (
        "AND country IN (SELECT country_a FROM wanted UNION SELECT country_b FROM wanted)"
        if dyads is not None
        else ""
    )
    join_wanted = (
        "JOIN wanted w ON a.country = w.country_a AND b.country = w.country_b"
        if dyads is not None
        else ""
    )
    return f"""
    WITH {_wanted_sql(dyads)}
    roll AS (
        SELECT rcid, COALESCE(session + 1945, year(date)) AS year
        FROM un_rollcalls WHERE {issue_filter}
    ),
    coded AS (
        SELECT r.year, v.rcid,
               CASE WHEN s.successor IS NOT NULL AND r.year >= s.from_year
                    THEN s.successor ELSE v.country END AS country,
               CASE v.vote WHEN 'yes' THEN 1 WHEN 'abstain' THEN 2 WHEN 'no' THEN 3 END AS vote
        FROM un_votes v
        JOIN roll r USING (rcid)
        LEFT JOIN {successions_sql()} ON v.country = s.code
        WHERE v.vote IN ('yes', 'abstain', 'no') AND {_year_filter("r.year", year_from, year_to)}
    ),
    votes AS (SELECT * FROM coded WHERE TRUE {in_wanted})
    SELECT a.country || '-' || b.country AS dyad, a.country AS country_a,
           b.country AS country_b, a.year, a.rcid, a.vote AS vote_a, b.vote AS vote_b
    FROM votes a JOIN votes b ON a.rcid = b.rcid AND a.country < b.country
    {join_wanted}
    """


def measures_sql(
    dyads: list[Dyad] | None,
    year_from: int | None = None,
    year_to: int | None = None,
    issue: str | None = None,
) -> str:
    """SQL of :data:`MEASURE_COLUMNS` per dyad and year (see the module docstring)."""
    ideal_join = "LEFT JOIN" if issue else "FULL OUTER JOIN"
    wanted_ideal = (
        "JOIN wanted w ON a.country = w.country_a AND b.country = w.country_b"
        if dyads is not None
        else ""
    )
    return f"""
    WITH {_wanted_sql(dyads)}
    pairs AS ({pair_votes_sql(dyads, year_from, year_to, issue)}),
    counts AS (
        SELECT country_a, country_b, year, count(*) AS n_votes,
               sum(abs(vote_a - vote_b))::DOUBLE / count(*) AS d_obs,
               count(*) FILTER (WHERE vote_a = 1)::DOUBLE / count(*) AS pa1,
               count(*) FILTER (WHERE vote_a = 2)::DOUBLE / count(*) AS pa2,
               count(*) FILTER (WHERE vote_a = 3)::DOUBLE / count(*) AS pa3,
               count(*) FILTER (WHERE vote_b = 1)::DOUBLE / count(*) AS pb1,
               count(*) FILTER (WHERE vote_b = 2)::DOUBLE / count(*) AS pb2,
               count(*) FILTER (WHERE vote_b = 3)::DOUBLE / count(*) AS pb3
        FROM pairs GROUP BY country_a, country_b, year
    ),
    expected AS (
        SELECT *,
               pa1 * pb2 + pa2 * pb1 + pa2 * pb3 + pa3 * pb2 + 2 * (pa1 * pb3 + pa3 * pb1)
                   AS d_exp_kappa,
               2 * ((pa1 + pb1) / 2 * (pa2 + pb2) / 2 + (pa2 + pb2) / 2 * (pa3 + pb3) / 2)
                   + 4 * ((pa1 + pb1) / 2 * (pa3 + pb3) / 2) AS d_exp_pi
        FROM counts
    ),
    vote_measures AS (
        SELECT country_a, country_b, year, n_votes,
               1 - d_obs / 2 AS agreement,
               1 - 2 * d_obs / 2 AS s_score,
               CASE WHEN d_exp_kappa > 0 THEN 1 - d_obs / d_exp_kappa END AS kappa,
               CASE WHEN d_exp_pi > 0 THEN 1 - d_obs / d_exp_pi END AS pi
        FROM expected
    ),
    ideal AS (
        SELECT CASE WHEN s.successor IS NOT NULL AND i.year >= s.from_year
                    THEN s.successor ELSE i.country END AS country,
               i.year, i.ideal, i.q05, i.q95
        FROM ideal_points i LEFT JOIN {successions_sql()} ON i.country = s.code
        WHERE {_year_filter("i.year", year_from, year_to)}
    ),
    ideal_pairs AS (
        SELECT a.country AS country_a, b.country AS country_b, a.year,
               abs(a.ideal - b.ideal) AS ideal_distance,
               CASE WHEN a.q05 IS NOT NULL AND a.q95 IS NOT NULL
                         AND b.q05 IS NOT NULL AND b.q95 IS NOT NULL
                    THEN greatest(0, greatest(a.q05, b.q05) - least(a.q95, b.q95)) END
                   AS ideal_distance_lo,
               CASE WHEN a.q05 IS NOT NULL AND a.q95 IS NOT NULL
                         AND b.q05 IS NOT NULL AND b.q95 IS NOT NULL
                    THEN greatest(a.q95 - b.q05, b.q95 - a.q05) END AS ideal_distance_hi
        FROM ideal a JOIN ideal b ON a.year = b.year AND a.country < b.country
        {wanted_ideal}
    )
    SELECT COALESCE(m.country_a, p.country_a) || '-' || COALESCE(m.country_b, p.country_b)
               AS dyad,
           COALESCE(m.country_a, p.country_a) AS country_a,
           COALESCE(m.country_b, p.country_b) AS country_b,
           COALESCE(m.year, p.year) AS year,
           COALESCE(m.n_votes, 0) AS n_votes,
           m.agreement, m.s_score, m.kappa, m.pi,
           p.ideal_distance, p.ideal_distance_lo, p.ideal_distance_hi
    FROM vote_measures m
    {ideal_join} ideal_pairs p
        ON m.country_a = p.country_a AND m.country_b = p.country_b AND m.year = p.year
    ORDER BY country_a, country_b, year
    """


def votes_by_dyad_year(
    con: duckdb.DuckDBPyConnection,
    dyads: Iterable[str | Dyad] | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    issue: str | None = None,
) -> pa.Table:
    """Vote measures per undirected dyad and UN year, ready to join to event measures.

    :param con: a connection to a detente store (``Store.con``).
    :param dyads: ``"PAK-USA"`` strings or :class:`Dyad`; None for every pair of members
        (about a million rows over 1946–2019; give years to keep it quick).
    :param issue: one of ``me, nu, di, hr, co, ec`` to count only roll calls on that issue.
    :returns: the columns of :data:`MEASURE_COLUMNS`, one row per dyad and year, sorted.
    """
    wanted = undirected_dyads(dyads) if dyads is not None else None
    sql = measures_sql(wanted, year_from, year_to, check_issue(issue))
    return con.execute(sql).to_arrow_table()


def rollcall_agreement(
    con: duckdb.DuckDBPyConnection,
    dyads: Iterable[str | Dyad],
    year_from: int | None = None,
    year_to: int | None = None,
    issue: str | None = None,
) -> pa.Table:
    """Per dyad and roll call: ``dyad, year, rcid, agreement`` (1, 0.5 or 0), for resampling."""
    wanted = undirected_dyads(dyads)
    sql = pair_votes_sql(wanted, year_from, year_to, check_issue(issue))
    return con.execute(
        f"SELECT dyad, year, rcid, 1 - abs(vote_a - vote_b) / 2 AS agreement "
        f"FROM ({sql}) ORDER BY dyad, year, rcid"
    ).to_arrow_table()


def create_votes_view(
    con: duckdb.DuckDBPyConnection, name: str = "vote_dyad_years", issue: str | None = None
) -> str:
    """Create (or replace) a view of the vote measures for every dyad and year.

    The analysis stage joins it to event measures on ``dyad`` (sorted ISO-3 pair,
    ``PAK-USA``) and ``year``; filters on ``country_a``/``country_b``/``year`` are pushed
    into the vote scan, so ``WHERE dyad = 'PAK-USA'`` over the view stays quick.
    Returns the view's name.
    """
    if not name.replace("_", "").isalnum():
        raise ValueError(f"view name {name!r} must be letters, digits and underscores")
    sql = measures_sql(None, issue=check_issue(issue))
    con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
    return name
