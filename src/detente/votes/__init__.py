"""UN General Assembly votes: load them, measure dyads on them, and say when they cannot tell.

Loading (:mod:`detente.votes.load`): the ``unvotes`` R data files, Voeten's UNVotes CSV
and the Bailey–Strezhnev–Voeten ideal points go into the store tables ``un_rollcalls``,
``un_votes`` (vote ``yes``/``no``/``abstain``, ISO-3 country) and ``ideal_points``;
loading again replaces rows, never duplicates them.

Measures (:mod:`detente.votes.measures`): agreement, Signorino–Ritter S, Häge's kappa and
pi, the number of common votes and the ideal-point distance with an interval, per
undirected dyad and UN year (session + 1945), optionally for one issue
(``me, nu, di, hr, co, ec``). The definitions are in that module's docstring.

Joining to event measures: both take the undirected dyad as a sorted ISO-3 pair
(``"PAK-USA"``) and the year. In Python::

    from detente.votes import votes_by_dyad_year
    table = votes_by_dyad_year(store.con, ["PAK-USA", "IND-USA"], 2000, 2019)

returns an Arrow table with columns ``dyad, country_a, country_b, year, n_votes,
agreement, s_score, kappa, pi, ideal_distance, ideal_distance_lo, ideal_distance_hi``.
In SQL, ``create_votes_view(store.con)`` creates the view ``vote_dyad_years`` with the
same columns for every dyad, so an analysis query can write
``... JOIN vote_dyad_years v ON v.dyad = e.dyad AND v.year = e.year``. Note that the UN
year of a session's January votes is the previous calendar year.

Comparing (:mod:`detente.votes.compare`): :func:`compare_dyads` says per year whether the
votes separate two dyads (ideal-point intervals, paired bootstrap of the agreement
difference) and returns ``separable`` and a ``warning`` when they do not.
"""

from detente.votes._tables import ISSUES
from detente.votes.compare import Comparison, NoVoteDataError, YearComparison, compare_dyads
from detente.votes.load import LoadReport, load_path, load_paths
from detente.votes.measures import (
    MEASURE_COLUMNS,
    VALUE_COLUMNS,
    UnknownIssueError,
    create_votes_view,
    rollcall_agreement,
    votes_by_dyad_year,
)

__all__ = [
    "ISSUES",
    "MEASURE_COLUMNS",
    "VALUE_COLUMNS",
    "Comparison",
    "LoadReport",
    "NoVoteDataError",
    "UnknownIssueError",
    "YearComparison",
    "compare_dyads",
    "create_votes_view",
    "load_path",
    "load_paths",
    "rollcall_agreement",
    "votes_by_dyad_year",
]
