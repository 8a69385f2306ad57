"""From files to clean text: reading documents, skipping page leftovers, dates and amounts."""

from detente.text.clean import content_spans
from detente.text.reader import InputProblem, parse_date, read_documents

__all__ = ["InputProblem", "content_spans", "parse_date", "read_documents"]
