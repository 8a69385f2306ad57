"""``detente votes``: load UN General Assembly votes, measure a dyad, compare two dyads."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from detente.cli._common import console, err_console, library_errors, print_records
from detente.store import DEFAULT_DB, Store
from detente.votes import VALUE_COLUMNS, compare_dyads, load_paths, votes_by_dyad_year
from detente.votes.compare import NoVoteDataError, YearComparison

votes_app = typer.Typer(
    help="UN General Assembly votes: load them, measure a dyad, compare two dyads.\n\n"
    "Example: detente votes agreement --dyad PAK-USA --issue nu --format csv",
    no_args_is_help=True,
)

#: The columns `votes agreement` prints, one record per year, vote count last.
AGREEMENT_COLUMNS = ("year", *(c for c in VALUE_COLUMNS if c != "n_votes"), "n_votes")


class OutputFormat(StrEnum):
    """How a verb prints its records."""

    table = "table"
    json = "json"
    csv = "csv"


DbOption = Annotated[Path, typer.Option("--db", help="The detente store (a DuckDB file).")]
FromOption = Annotated[int | None, typer.Option("--from", help="First UN year (session + 1945).")]
ToOption = Annotated[int | None, typer.Option("--to", help="Last UN year.")]
IssueOption = Annotated[
    str | None,
    typer.Option(
        "--issue",
        help="Only roll calls on one issue: me (Palestinian conflict), nu (nuclear), "
        "di (disarmament), hr (human rights), co (colonialism), ec (economic development).",
    ),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="table, json or csv.")]


def register(app: typer.Typer) -> None:
    """Add the ``votes`` verbs to the app."""
    app.add_typer(votes_app, name="votes")


def _open_existing(db: Path) -> Store:
    if not db.exists():
        raise NoVoteDataError(
            f"no store at {db}: load votes first with `detente votes load FILE... --db {db}`"
        )
    return Store(db, read_only=True)


@votes_app.command("load")
def load_command(
    paths: Annotated[list[Path], typer.Argument(help="unvotes .rda files, UNVotes or BSV CSVs.")],
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Load UN roll calls, votes and ideal points; loading a file again replaces its rows.

    Example: detente votes load un_votes.rda un_roll_calls.rda un_roll_call_issues.rda
    idealpoints_bsv_jun2024.csv --db detente.duckdb
    """
    with library_errors(), Store(db) as store:
        reports = load_paths(store, paths)
    for report in reports:
        skipped = sum(report.skipped.values())
        console.print(
            f"{report.path} ({report.kind}): {report.votes} votes, {report.rollcalls} roll "
            f"calls, {report.ideal_points} ideal points; {skipped} rows not stored",
            highlight=False,
        )
        for reason, count in sorted(report.skipped.items()):
            console.print(f"  {count} × {reason}", highlight=False)


@votes_app.command("agreement")
def agreement_command(
    dyad: Annotated[str, typer.Option("--dyad", help="An undirected dyad such as PAK-USA.")],
    year_from: FromOption = None,
    year_to: ToOption = None,
    issue: IssueOption = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Print a dyad's vote agreement, S, kappa, pi and ideal-point distance per year.

    Example: detente votes agreement --dyad PAK-USA --from 2000 --to 2019
    """
    with library_errors(), _open_existing(db) as store:
        table = votes_by_dyad_year(store.con, [dyad], year_from, year_to, issue)
        if table.num_rows == 0:
            raise NoVoteDataError(
                f"no UN votes or ideal points for {dyad} in the years asked; "
                "check the dyad and years, or load more data with `detente votes load`"
            )
        records = table.select(list(AGREEMENT_COLUMNS)).to_pylist()
        label = table.column("dyad")[0].as_py()
    title = f"UN votes {label}" + (f" (issue {issue})" if issue else "")
    print_records(records, fmt.value, title=title, columns=AGREEMENT_COLUMNS)


@votes_app.command("compare")
def compare_command(
    first: Annotated[str, typer.Argument(help="The first dyad, e.g. PAK-USA.")],
    second: Annotated[str, typer.Argument(help="The second dyad, e.g. IND-USA.")],
    year_from: FromOption = None,
    year_to: ToOption = None,
    issue: IssueOption = None,
    n_boot: Annotated[int, typer.Option("--boot", help="Bootstrap resamples.")] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Bootstrap random seed.")] = 0,
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Compare two dyads on UN votes per year and say whether the votes separate them.

    Example: detente votes compare PAK-USA IND-USA --from 2000 --to 2019
    """
    with library_errors(), _open_existing(db) as store:
        result = compare_dyads(
            store.con, first, second, year_from, year_to, issue, n_boot=n_boot, seed=seed
        )
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
        return
    rows = [_compare_row(result.first, result.second, year) for year in result.years]
    if fmt is OutputFormat.table:
        rows = [_compact(row, result.first, result.second) for row in rows]
    print_records(rows, fmt.value, title=f"UN votes: {result.first} vs {result.second}")
    # In CSV the verdict goes to stderr so that stdout stays one clean table.
    out = err_console if fmt is OutputFormat.csv else console
    period = result.period
    if period["agreement_difference"] is not None:
        out.print(
            f"whole period: agreement {result.first} {period['agreement_first']:.3f}, "
            f"{result.second} {period['agreement_second']:.3f}, difference "
            f"{period['agreement_difference']:+.3f} "
            f"[{period['difference_lo']:+.3f}, {period['difference_hi']:+.3f}]",
            highlight=False,
        )
    out.print(f"separable: {str(result.separable).lower()}", highlight=False)
    if result.warning:
        out.print(f"[yellow]warning:[/yellow] {result.warning}", highlight=False)


def _compare_row(first: str, second: str, year: YearComparison) -> dict[str, Any]:
    """One year of a comparison as flat columns (CSV keeps every bound in its own column)."""
    a, b = year.first or {}, year.second or {}
    return {
        "year": year.year,
        f"agreement {first}": a.get("agreement"),
        f"agreement {second}": b.get("agreement"),
        "difference": year.agreement_difference,
        "difference_lo": year.difference_lo,
        "difference_hi": year.difference_hi,
        f"ideal_distance {first}": a.get("ideal_distance"),
        f"ideal_lo {first}": a.get("ideal_distance_lo"),
        f"ideal_hi {first}": a.get("ideal_distance_hi"),
        f"ideal_distance {second}": b.get("ideal_distance"),
        f"ideal_lo {second}": b.get("ideal_distance_lo"),
        f"ideal_hi {second}": b.get("ideal_distance_hi"),
        "ideal_overlap": year.ideal_intervals_overlap,
        "separable": year.separable,
    }


def _compact(row: dict[str, Any], first: str, second: str) -> dict[str, Any]:
    """Fold each estimate and its interval into one cell, so the table fits a terminal."""

    def with_interval(value: Any, lo: Any, hi: Any, sign: str = "") -> str:
        if value is None:
            return ""
        bounds = f" [{lo:{sign}.3f}, {hi:{sign}.3f}]" if lo is not None and hi is not None else ""
        return f"{value:{sign}.3f}{bounds}"

    return {
        "year": row["year"],
        f"agreement {first}": row[f"agreement {first}"],
        f"agreement {second}": row[f"agreement {second}"],
        "difference [95%]": with_interval(
            row["difference"], row["difference_lo"], row["difference_hi"], "+"
        ),
        **{
            f"ideal distance {dyad}": with_interval(
                row[f"ideal_distance {dyad}"], row[f"ideal_lo {dyad}"], row[f"ideal_hi {dyad}"]
            )
            for dyad in (first, second)
        },
        "ideal overlap": row["ideal_overlap"],
        "separable": row["separable"],
    }
