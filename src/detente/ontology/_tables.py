"""Reading the ontology's data files into lookup dictionaries, once per process.

The coder and the event-file readers look codes up for every event, so everything
is read into plain dicts on first use and shared afterwards.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

import yaml

from detente.model import Plover

_DATA = resources.files("detente").joinpath("data", "ontology")

#: The four QuadClasses shared by CAMEO and PLOVER, in detente's numbering.
QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its QuadClass, Goldstein score and PLOVER reading.

    ``plover`` is the crosswalk's own row for this code (None for roots 01 and 02,
    which PLOVER does not map).
    """

    code: str
    name: str
    root: str
    quad: int
    goldstein: float
    plover: Plover | None


@dataclass(frozen=True, slots=True)
class PloverType:
    """A PLOVER event type with its QuadClass and detente's base intensity score."""

    name: str
    quad: int
    base_score: float
    modes: tuple[str, ...]
    description: str


@dataclass(frozen=True, slots=True)
class PloverContext:
    """A PLOVER context (the domain an event belongs to) and where detente got it."""

    name: str
    description: str
    #: ``plover-2.0`` or ``crosswalk-2021`` (used only by the 2021 crosswalk).
    source: str


@dataclass(frozen=True, slots=True)
class Tables:
    """Every lookup the ontology answers, keyed for dict access."""

    codes: dict[str, CameoCode]
    codes_by_root: dict[str, tuple[CameoCode, ...]]
    crosswalk: dict[str, Plover]
    types: dict[str, PloverType]
    contexts: dict[str, PloverContext]
    auxiliary_modes: dict[str, str]


def _data_rows(filename: str) -> Iterator[dict[str, str]]:
    """The rows of a shipped CSV file, skipping its ``#`` comment header."""
    text = _DATA.joinpath(filename).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    yield from csv.DictReader(lines)


def _read_crosswalk() -> dict[str, Plover]:
    return {
        row["cameo"]: Plover(
            type=row["plover_type"],
            mode=row["plover_mode"] or None,
            context=row["plover_context"] or None,
        )
        for row in _data_rows("cameo_plover.csv")
    }


def _read_plover() -> tuple[dict[str, PloverType], dict[str, PloverContext], dict[str, str]]:
    data = yaml.safe_load(_DATA.joinpath("plover.yaml").read_text(encoding="utf-8"))
    types = {
        name: PloverType(
            name=name,
            quad=int(spec["quad"]),
            base_score=float(spec["base_score"]),
            modes=tuple(spec["modes"]),
            description=spec["description"],
        )
        for name, spec in data["types"].items()
    }
    contexts = {
        name: PloverContext(name=name, description=spec["description"], source=spec["source"])
        for name, spec in data["contexts"].items()
    }
    return types, contexts, dict(data["auxiliary_modes"])


@functools.cache
def tables() -> Tables:
    """Read the data files on first use; later calls return the same tables."""
    crosswalk = _read_crosswalk()
    codes: dict[str, CameoCode] = {}
    by_root: dict[str, list[CameoCode]] = {}
    for row in _data_rows("cameo.csv"):
        entry = CameoCode(
            code=row["code"],
            name=row["name"],
            root=row["root"],
            quad=int(row["quad"]),
            goldstein=float(row["goldstein"]),
            plover=crosswalk.get(row["code"]),
        )
        codes[entry.code] = entry
        by_root.setdefault(entry.root, []).append(entry)
    types, contexts, auxiliary = _read_plover()
    return Tables(
        codes=codes,
        codes_by_root={root: tuple(entries) for root, entries in by_root.items()},
        crosswalk=crosswalk,
        types=types,
        contexts=contexts,
        auxiliary_modes=auxiliary,
    )
