"""The ``detente`` command: one verb per analyst task, each a thin layer over the library.

Each module listed in ``COMMAND_MODULES`` adds its verbs to the app through a
``register(app)`` function, so every stage owns its own commands.
"""

from __future__ import annotations

import importlib

import typer

COMMAND_MODULES: tuple[str, ...] = (
    "detente.cli.core",
    "detente.cli.ontology",
    "detente.cli.actors",
    "detente.cli.ingest",
    "detente.cli.votes",
    "detente.cli.analysis",
    "detente.cli.report",
)

app = typer.Typer(
    name="detente",
    help="Measure whether relations between states converge or diverge, with the evidence.\n\n"
    "Example: detente analyze examples/corpus --db detente.duckdb --report brief.html",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def main() -> None:
    """Entry point of the ``detente`` console script."""
    app()
