"""Shared fixtures: paths to the example corpus and to ../shared, temporary stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "examples" / "corpus"
SEED = SHARED / "seeds" / "000_d43dfcba9d6e2709.txt"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the project's ../shared/ folder")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A fresh store in a real DuckDB file."""
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened
