"""Readers of existing event datasets (GDELT 1.0/2.0, ICEWS, POLECAT, own CSV); GDELT fetching.

``ingest(store, paths)`` loads files into the store's ``events`` table with their
provenance and reports, per file, what loaded, what was malformed (by line) and
what was skipped; ``fetch_gdelt`` downloads, verifies and country-filters GDELT exports.
"""

from detente.sources._ingest import (
    FORMATS,
    FileResult,
    IngestReport,
    LineProblem,
    detect_format,
    ingest,
)
from detente.sources.events_csv import ColumnMapping
from detente.sources.fetch import FetchedFile, FetchReport, fetch_gdelt

__all__ = [
    "FORMATS",
    "ColumnMapping",
    "FetchReport",
    "FetchedFile",
    "FileResult",
    "IngestReport",
    "LineProblem",
    "detect_format",
    "fetch_gdelt",
    "ingest",
]
