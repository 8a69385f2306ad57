"""The event coder: news text to who did what to whom, when, with the evidence."""

from detente.coder.engine import CodedDocument, Coder, code_documents, code_text

__all__ = ["CodedDocument", "Coder", "code_documents", "code_text"]
