"""SQL text for constants, shared by the loaders and the measures: one quoting rule."""

from __future__ import annotations


def literal(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def map_literal(mapping: dict[str, str] | dict[str, float]) -> str:
    """A SQL MAP constant.

    Lookups are scalar functions (MAP access), never joins: a hash join costs more per
    row, and DuckDB keeps a scan's row order through a projection but not through a join.
    """
    items = ", ".join(
        f"{literal(k)}: {literal(v) if isinstance(v, str) else repr(v)}" for k, v in mapping.items()
    )
    return "MAP {" + items + "}"
