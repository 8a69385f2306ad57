"""UN vote measures joined onto yearly event measures by undirected dyad and year."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from detente.analysis.options import MeasureOptionError, MeasureOptions
from detente.dyads import Dyad
from detente.errors import DyadError
from detente.votes import VALUE_COLUMNS, votes_by_dyad_year
from detente.votes.measures import undirected_dyads

VOTES_NOTE = (
    "UN General Assembly vote measures of the dyad in the UN year (session + 1945, so a "
    "session's January votes count in the previous calendar year), joined on the calendar "
    "year of the events; NULL where the store holds no votes for the dyad-year"
)


def check_votes_options(options: MeasureOptions) -> None:
    """Votes are per undirected dyad and year: refuse anything else, saying what to use."""
    if options.directed:
        raise MeasureOptionError(
            "vote measures are for undirected dyads (a roll call has no direction): "
            "write the dyad as PAK-USA, not USA>PAK, and drop --directed"
        )
    if options.period != "year":
        raise MeasureOptionError(
            f"vote measures are per year, so they cannot be joined to {options.period}ly "
            "event measures: use period='year' (--period year)"
        )


def join_votes(con: duckdb.DuckDBPyConnection, table: pa.Table) -> pa.Table:
    """``table`` (one row per undirected dyad and year) with the vote columns appended."""
    actors = zip(table["actor_a"].to_pylist(), table["actor_b"].to_pylist(), strict=True)
    pairs = sorted(set(actors))
    members = _vote_dyads(pairs)
    by_key: dict[tuple[str, int], dict[str, object]] = {}
    if members:
        years = [d.year for d in table["period_start"].to_pylist()]
        try:
            votes = votes_by_dyad_year(con, members, min(years), max(years))
        except duckdb.CatalogException as error:
            raise MeasureOptionError(
                "this database has no UN vote tables (un_votes, un_rollcalls): open a "
                "detente store and load votes with `detente votes load FILE`"
            ) from error
        by_key = {(row["dyad"], row["year"]): row for row in votes.to_pylist()}
    found = [
        by_key.get((dyad, period.year), {})
        for dyad, period in zip(
            table["dyad"].to_pylist(), table["period_start"].to_pylist(), strict=True
        )
    ]
    types = {"n_votes": pa.int64()}
    for column in VALUE_COLUMNS:  # added after the event columns
        values = [row.get(column) for row in found]
        table = table.append_column(column, pa.array(values, type=types.get(column, pa.float64())))
    return table


def _vote_dyads(pairs: list[tuple[str, str]]) -> list[Dyad]:
    """The dyads whose two sides can hold UN seats (IGO codes and the like cannot)."""
    members: list[Dyad] = []
    for a, b in pairs:
        try:
            members += undirected_dyads([Dyad(a, b)])
        except DyadError:
            continue
    return members
