"""Find the article inside a page: which lines are text to code, which are leftovers.

Nothing is deleted from the document's text. Cleaning returns the character spans
worth coding, so every event's evidence offsets still point into the original.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

_TRAILING_EMAIL = re.compile(r"\s*\b(?:e-?mail|email)\s*:\s*$", re.I)


@cache
def _leftover_patterns() -> re.Pattern[str]:
    lines = files("detente.data.text").joinpath("leftovers.txt").read_text("utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _normalise(line: str) -> str:
    return " ".join(line.lower().split())


def content_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs to code, leftovers and repeated lines left out.

    A line repeated word for word (a byline printed twice) is kept once; lines that
    match the leftover patterns (e-paper names, empty "Email:", share and subscribe
    prompts, "The writer is ..." notes) are skipped; a trailing empty "Email:" is cut.
    """
    pattern = _leftover_patterns()
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start, end = offset, offset + len(line.rstrip("\r\n"))
        offset += len(line)
        content = text[start:end]
        stripped = content.strip()
        if not stripped:
            continue
        key = _normalise(stripped)
        if key in seen or pattern.fullmatch(stripped):
            continue
        seen.add(key)
        trailing = _TRAILING_EMAIL.search(content)
        if trailing:
            end = start + trailing.start()
        lead = len(content) - len(content.lstrip())
        spans.append((start + lead, end))
    return spans
