"""SQL building blocks shared by the readers: quoting, DuckDB's CSV scan, common checks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

#: Fields that were absent from a short row come back as NULL; empty fields as ''.
#: DuckDB only tells them apart when its null string is one no file contains.
PADDING_NULL = "\x01"

REJECTS_TABLE = "_detente_reject_errors"
REJECTS_SCAN = "_detente_reject_scans"

#: A CAMEO event code: a root 01–20 and up to two more digits, leading zeros kept.
CAMEO_CODE_PATTERN = "(0[1-9]|1[0-9]|20)[0-9]{0,2}"


def literal(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def ident(name: str) -> str:
    """A quoted SQL identifier (column names of external files have spaces)."""
    return '"' + name.replace('"', '""') + '"'


def nz(expression: str) -> str:
    """The expression with empty strings turned into NULL."""
    return f"NULLIF({expression}, '')"


def read_tsv(path: Path, columns: Sequence[str], *, skip: int = 0) -> str:
    """DuckDB's own parallel CSV scan of a tab-separated file, every field as text.

    No quoting (GDELT, ICEWS and POLECAT fields may contain quote characters),
    short rows padded with NULL so their layout can be judged per row, and rows
    DuckDB cannot split (too many fields, bad UTF-8) collected with their line
    numbers in the rejects table instead of failing the file.
    """
    spec = ", ".join(f"{literal(c)}: 'VARCHAR'" for c in columns)
    return (
        f"read_csv({literal(str(path))}, auto_detect=false, header=false, skip={skip}, "
        f"delim='\\t', quote='', escape='', comment='', columns={{{spec}}}, "
        f"null_padding=true, nullstr={literal(PADDING_NULL)}, "
        f"store_rejects=true, rejects_table={literal(REJECTS_TABLE)}, "
        f"rejects_scan={literal(REJECTS_SCAN)})"
    )


def quoted_value(expression: str) -> str:
    """SQL that shows a field's value in a problem message, cut to a readable length."""
    return f"'''' || left(coalesce({expression}, ''), 40) || ''''"


def whole_number_problem(columns: Sequence[str], table: str = "raw") -> str:
    """CASE branches naming the first non-empty column that is not a whole number."""
    checks = [
        f"WHEN {table}.{ident(c)} <> '' AND try_cast({table}.{ident(c)} AS BIGINT) IS NULL "
        f"THEN '{c} ' || {quoted_value(f'{table}.{ident(c)}')} || ' is not a whole number'"
        for c in columns
    ]
    return "\n".join(checks)


def quad_from_root(root: str) -> str:
    """SQL for the quad class of a two-digit CAMEO root (see docs/architecture.md)."""
    return (
        f"CASE WHEN {root} BETWEEN '01' AND '05' THEN 1 WHEN {root} BETWEEN '06' AND '08' "
        f"THEN 2 WHEN {root} BETWEEN '09' AND '13' THEN 3 WHEN {root} BETWEEN '14' AND '20' "
        "THEN 4 END"
    )


class StagePlan:
    """How one plain file becomes rows of the staging table.

    ``select`` yields the stage columns (event columns, detail columns, and
    ``problem`` / ``skip_reason`` / ``note``); ``source`` is the FROM clause;
    ``header_lines`` says how many lines precede the first data row, so stage
    row numbers can be turned back into file line numbers.
    """

    __slots__ = ("header_lines", "select", "source")

    def __init__(self, select: str, source: str, header_lines: int = 0) -> None:
        self.select = select
        self.source = source
        self.header_lines = header_lines
