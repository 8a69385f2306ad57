"""The alignment diagram: actors on a circle, edges coloured by the sign of their relation.

Geometry only; the SVG markup is in the ``_macros.html.j2`` template, so every
label passes through the template's escaping.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from detente.analysis import AlignmentPeriod

EDGE_COLOURS = {1: "#1b7f3b", -1: "#b3261e", 0: "#9ca3af"}
BLOC_COLOURS = ("#1f4e9c", "#c05600")
#: Actors the period's data places in neither bloc.
UNPLACED_COLOUR = "#6b7280"
SIZE = 260
_RADIUS = 95


@dataclass(frozen=True, slots=True)
class Node:
    code: str
    x: float
    y: float
    colour: str
    #: 0 or 1; None when the data places the actor in neither bloc.
    bloc: int | None


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    dashed: bool
    width: float
    label: str


@dataclass(frozen=True, slots=True)
class Diagram:
    period: str
    nodes: list[Node]
    lines: list[Line]
    size: int
    balanced: int
    unbalanced: int
    incomplete: int
    blocs: tuple[tuple[str, ...], tuple[str, ...]]
    unplaced: tuple[str, ...]


def diagram(period: AlignmentPeriod, actors: tuple[str, ...], period_label: str) -> Diagram:
    """Place ``actors`` on a circle and draw one line per pair with data.

    Green: cooperative (+1), red: conflictual (−1), grey: neutral (0); a pair with
    no usable data gets no line. Nodes take their bloc's colour (grey: in neither).
    """
    centre = SIZE / 2
    positions = {}
    for index, code in enumerate(actors):
        angle = -math.pi / 2 + 2 * math.pi * index / len(actors)
        positions[code] = (centre + _RADIUS * math.cos(angle), centre + _RADIUS * math.sin(angle))
    bloc_of = {code: i for i, bloc in enumerate(period.blocs) for code in bloc}
    nodes = [
        Node(code, *positions[code], BLOC_COLOURS[bloc_of[code]], bloc_of[code])
        if code in bloc_of
        else Node(code, *positions[code], UNPLACED_COLOUR, None)
        for code in actors
    ]
    lines = []
    for edge in period.edges:
        if edge.sign is None or edge.a not in positions or edge.b not in positions:
            continue
        (x1, y1), (x2, y2) = positions[edge.a], positions[edge.b]
        value = f"{edge.value:+.2f}" if edge.value is not None else "n/a"
        lines.append(
            Line(
                x1, y1, x2, y2,
                colour=EDGE_COLOURS[edge.sign],
                dashed=edge.sign == 0,
                width=1.5 + 2.5 * min(abs(edge.value or 0), 1),
                label=f"{edge.a}-{edge.b}: net cooperation {value} ({edge.events} events)",
            )
        )  # fmt: skip
    return Diagram(
        period=period_label,
        nodes=nodes,
        lines=lines,
        size=SIZE,
        balanced=period.balanced,
        unbalanced=period.unbalanced,
        incomplete=period.incomplete,
        blocs=period.blocs,
        unplaced=period.unplaced,
    )
