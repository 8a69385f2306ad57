"""Verbs over the measures: ``dyads``, ``series``, ``compare`` and ``alignment``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from detente.analysis import (
    MeasureOptions,
    alignment,
    change_points,
    compare,
    dyad_series,
    dyad_table,
    trend,
)
from detente.analysis.options import parse_dyads
from detente.cli._common import console, library_errors, print_records
from detente.dyads import Dyad
from detente.store import DEFAULT_DB, Store


class Period(StrEnum):
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


class Weight(StrEnum):
    events = "events"
    num_articles = "num_articles"
    num_mentions = "num_mentions"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


DbOption = Annotated[str, typer.Option("--db", help="The detente store to read.")]
FromOption = Annotated[
    dt.datetime | None,
    typer.Option("--from", formats=["%Y-%m-%d"], help="First day counted (YYYY-MM-DD)."),
]
ToOption = Annotated[
    dt.datetime | None,
    typer.Option("--to", formats=["%Y-%m-%d"], help="Last day counted (YYYY-MM-DD)."),
]
OriginOption = Annotated[
    list[str] | None,
    typer.Option("--origin", help="Only events of this origin (repeatable): detente, gdelt2, …"),
]
ModalitiesOption = Annotated[
    bool,
    typer.Option("--all-modalities", help="Also count negated, hypothetical and future events."),
]
WeightOption = Annotated[Weight, typer.Option("--weight", help="How much each event counts.")]
PeriodOption = Annotated[
    Period, typer.Option("--period", help="Length of the periods the events are counted in.")
]
BootstrapOption = Annotated[int, typer.Option("--bootstrap", help="Document resamples.")]
RootOption = Annotated[bool, typer.Option("--root-only", help="Only GDELT root events.")]
MinEventsOption = Annotated[
    int, typer.Option("--min-events", help="Periods with fewer events are sparse (no values).")
]
NormaliseOption = Annotated[
    bool,
    typer.Option("--normalise", help="Also divide by all events involving either actor."),
]


def _options(
    *,
    period: Period,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    origins: list[str] | None,
    all_modalities: bool,
    weight: Weight,
    min_events: int,
    dyads: tuple[Dyad, ...] | None = None,
    directed: bool = False,
    root_only: bool = False,
    normalise: bool = False,
) -> MeasureOptions:
    return MeasureOptions(
        dyads=dyads,
        period=period.value,
        directed=directed,
        date_from=date_from.date() if date_from else None,
        date_to=date_to.date() if date_to else None,
        origins=tuple(origins) if origins else None,
        include_modalities=all_modalities,
        weight=weight.value,
        root_only=root_only,
        min_events=min_events,
        normalise=normalise,
    )


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _write_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=_jsonable) + "\n")


def dyads_command(
    dyad: Annotated[
        list[str] | None,
        typer.Option("--dyad", help="A dyad to show (repeatable): PAK-USA or USA>PAK."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    period: PeriodOption = Period.month,
    directed: Annotated[
        bool, typer.Option("--directed", help="Keep USA>PAK and PAK>USA apart.")
    ] = False,
    date_from: FromOption = None,
    date_to: ToOption = None,
    origin: OriginOption = None,
    all_modalities: ModalitiesOption = False,
    weight: WeightOption = Weight.events,
    root_only: RootOption = False,
    min_events: MinEventsOption = 5,
    normalise: NormaliseOption = False,
    with_votes: Annotated[
        bool,
        typer.Option(
            "--with-votes",
            help="Add UN vote agreement, S, kappa, pi and ideal-point distance "
            "(--period year, undirected dyads only).",
        ),
    ] = False,
    fmt: Annotated[
        TableFormat, typer.Option("--format", help="table, json (with the options used) or csv.")
    ] = TableFormat.table,
) -> None:
    """Events, Goldstein and net cooperation per dyad and period.

    Example: detente dyads --dyad PAK-USA --period quarter --format csv

    Example: detente dyads --dyad PAK-USA --period year --with-votes
    """
    with library_errors():
        options = _options(
            dyads=parse_dyads(dyad),
            period=period,
            directed=directed,
            date_from=date_from,
            date_to=date_to,
            origins=origin,
            all_modalities=all_modalities,
            weight=weight,
            root_only=root_only,
            min_events=min_events,
            normalise=normalise,
        )
        with Store(db, read_only=True) as store:
            table = dyad_table(store.con, options, with_votes=with_votes)
        columns = ["dyad", "period_start", "events", "documents", "goldstein_mean", "net_coop"]
        columns += ["events_norm", "net_coop_norm"] if normalise else ["sparse"]
        if with_votes:  # the rest (s_score, pi, interval bounds) in --format csv / json
            columns = [c for c in columns if c not in ("documents", "sparse")]
            columns += ["agreement", "kappa", "ideal_distance"]
        records = table.to_pylist()
        if fmt is TableFormat.json:
            _write_json({"options": options.to_dict(), "rows": records})
        else:
            print_records(
                records,
                fmt.value,
                title=f"Dyads by {period.value} ({options.to_dict()['counted']})",
                columns=None if fmt is TableFormat.csv else columns,
            )


def series_command(
    dyad: Annotated[str, typer.Argument(help="The dyad: PAK-USA or USA>PAK.")],
    db: DbOption = DEFAULT_DB,
    period: PeriodOption = Period.month,
    date_from: FromOption = None,
    date_to: ToOption = None,
    origin: OriginOption = None,
    all_modalities: ModalitiesOption = False,
    weight: WeightOption = Weight.events,
    min_events: MinEventsOption = 5,
    bootstrap: BootstrapOption = 1000,
    smoothing: Annotated[
        str | None, typer.Option("--smoothing", help="rolling:3 or ewma:0.5.")
    ] = None,
    fmt: Annotated[
        TableFormat, typer.Option("--format", help="table, json (with the options used) or csv.")
    ] = TableFormat.table,
) -> None:
    """One dyad over time with intervals, its trend and its change points.

    Example: detente series PAK-USA --period quarter
    """
    with library_errors():
        parsed = Dyad.parse(dyad)
        options = _options(
            period=period,
            directed=parsed.directed,
            date_from=date_from,
            date_to=date_to,
            origins=origin,
            all_modalities=all_modalities,
            weight=weight,
            min_events=min_events,
        )
        with Store(db, read_only=True) as store:
            table = dyad_series(
                store.con, parsed, options, bootstrap=bootstrap, smoothing=smoothing
            )
        found_trend = trend(table)
        breaks = change_points(table)
        records = table.to_pylist()
        if fmt is TableFormat.json:
            _write_json(
                {
                    "dyad": parsed.label,
                    "options": options.replace(dyads=(parsed,)).to_dict(),
                    "trend": found_trend.to_dict(),
                    "breaks": [b.to_dict() for b in breaks],
                    "rows": records,
                }
            )
            return
        print_records(records, fmt.value, title=f"{parsed} by {period.value}")
        if fmt is TableFormat.table:
            console.print(
                f"trend: {found_trend.direction} (p={found_trend.p_value}, "
                f"Sen slope {found_trend.slope})",
                highlight=False,
            )
            for found in breaks:
                console.print(
                    f"break {found.date}: {found.before:+.2f} → {found.after:+.2f}",
                    highlight=False,
                    soft_wrap=True,
                )


def compare_command(
    dyad_a: Annotated[str, typer.Argument(help="First dyad, e.g. PAK-USA.")],
    dyad_b: Annotated[str, typer.Argument(help="Second dyad, e.g. IND-USA.")],
    db: DbOption = DEFAULT_DB,
    period: PeriodOption = Period.month,
    date_from: FromOption = None,
    date_to: ToOption = None,
    origin: OriginOption = None,
    all_modalities: ModalitiesOption = False,
    weight: WeightOption = Weight.events,
    min_events: MinEventsOption = 5,
    bootstrap: BootstrapOption = 1000,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="table, or json with every number.")
    ] = ReportFormat.table,
) -> None:
    """Are two dyads drifting apart? The net-cooperation gap, its trend and a verdict.

    Example: detente compare PAK-USA IND-USA --period quarter --from 2015-01-01
    """
    with library_errors():
        first, second = Dyad.parse(dyad_a), Dyad.parse(dyad_b)
        options = _options(
            period=period,
            date_from=date_from,
            date_to=date_to,
            origins=origin,
            all_modalities=all_modalities,
            weight=weight,
            min_events=min_events,
        )
        with Store(db, read_only=True) as store:
            result = compare(store.con, first, second, options, bootstrap=bootstrap)
        if fmt is ReportFormat.json:
            _write_json(result.to_dict())
            return
        print_records(
            result.periods.to_pylist(),
            "table",
            title=f"{first} vs {second}: net-cooperation gap by {period.value}",
            columns=[
                "period_start",
                "events_a",
                "events_b",
                "net_coop_a",
                "net_coop_b",
                "gap",
                "gap_lo",
                "gap_hi",
            ],
        )
        console.print(result.line, highlight=False, soft_wrap=True)


def alignment_command(
    actors: Annotated[
        str, typer.Option("--actors", help="Comma-separated country codes: USA,IND,CHN,PAK.")
    ],
    db: DbOption = DEFAULT_DB,
    period: Annotated[
        Period, typer.Option("--period", help="Length of the periods each network covers.")
    ] = Period.year,
    neutral_band: Annotated[
        float, typer.Option("--neutral-band", help="|net_coop| at or below this is neutral.")
    ] = 0.1,
    date_from: FromOption = None,
    date_to: ToOption = None,
    origin: OriginOption = None,
    all_modalities: ModalitiesOption = False,
    min_events: MinEventsOption = 5,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="table, or json with every number.")
    ] = ReportFormat.table,
) -> None:
    """Signed network among actors per period: balanced triads and the best two blocs.

    Example: detente alignment --actors USA,IND,CHN,PAK --period year
    """
    with library_errors():
        options = _options(
            period=period,
            date_from=date_from,
            date_to=date_to,
            origins=origin,
            all_modalities=all_modalities,
            weight=Weight.events,
            min_events=min_events,
        )
        with Store(db, read_only=True) as store:
            result = alignment(store.con, actors.split(","), options, neutral_band=neutral_band)
        if fmt is ReportFormat.json:
            _write_json(result.to_dict())
            return
        for period in result.periods:
            share = period.balanced_share
            console.print(
                f"{period.period_start}: blocs "
                + " vs ".join("{" + ", ".join(bloc) + "}" for bloc in period.blocs)
                + (f", unplaced {{{', '.join(period.unplaced)}}}" if period.unplaced else "")
                + f" (frustration {period.frustration}); triads {period.balanced} balanced, "
                f"{period.unbalanced} unbalanced, {period.incomplete} incomplete"
                + (f"; {share:.0%} of complete triads balanced" if share is not None else ""),
                highlight=False,
                soft_wrap=True,
            )
        for flip in result.flips:
            console.print(
                f"{flip.period_start}: {flip.a}-{flip.b} flipped "
                f"{flip.before:+d} → {flip.after:+d}",
                highlight=False,
            )


def register(app: typer.Typer) -> None:
    """Add the measures' verbs to the app."""
    app.command("dyads")(dyads_command)
    app.command("series")(series_command)
    app.command("compare")(compare_command)
    app.command("alignment")(alignment_command)
