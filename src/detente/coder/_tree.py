"""Dependency-tree lookups the coder's rules repeat many times per sentence.

spaCy's ``Token.children`` scans the token's whole subtree and builds fresh ``Token``
objects on every call; the rules ask for a verb's children dozens of times. Here they
are read once per parse and handed out as tuples.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: The parse whose children table is held, and the table (one tuple per token). Only the
#: latest parse is kept: the coder works through one paragraph at a time, and holding a
#: single parse keeps memory flat however long the corpus.
_held: tuple[Doc, list[tuple[Token, ...]]] | None = None


def children(token: Token) -> tuple[Token, ...]:
    """The token's immediate dependents in text order, as ``Token.children`` yields them."""
    global _held
    doc = token.doc
    held = _held  # read once: another thread may swap in its own parse meanwhile
    if held is None or held[0] is not doc:
        table: list[list[Token]] = [[] for _ in range(len(doc))]
        for word in doc:
            head = word.head.i
            if head != word.i:
                table[head].append(word)
        held = _held = (doc, [tuple(kids) for kids in table])
    return held[1][token.i]
