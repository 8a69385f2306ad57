"""detente: are relations between states converging or diverging, and what is the evidence?

The public API is loaded on first use, so ``import detente`` and the CLI start fast and
spaCy is only imported when text is coded.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_PUBLIC = {
    "code_text": "detente.coder.engine",
    "code_documents": "detente.coder.engine",
    "classify": "detente.coder.classify",
    "evaluate_file": "detente.coder.evaluate",
    "read_documents": "detente.text.reader",
    "analyze_paths": "detente.pipeline",
    "Store": "detente.store",
    "Document": "detente.model",
    "Event": "detente.model",
    "Actor": "detente.model",
    "Dyad": "detente.dyads",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    """Import a public name from its stage module when it is first used."""
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'detente' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
