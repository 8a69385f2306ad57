"""Placeholder until this stage's owner adds its verbs."""

import typer


def register(app: typer.Typer) -> None:
    """Add this module's verbs to the app."""
