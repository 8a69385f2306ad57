"""The coder's cached dependency tree answers exactly as spaCy's own."""

from __future__ import annotations

from detente.coder._nlp import load_pipeline
from detente.coder._tree import children


def test_children_match_spacy_across_parses_taken_in_turn() -> None:
    nlp = load_pipeline()
    first = nlp("Ministers of the two countries met in Delhi and re-examined the accord.")
    second = nlp("Pakistan rejected the charge, and China pledged $62 billion for the corridor.")
    # Alternate between the parses: the cache must follow whichever parse is asked about.
    for token_a, token_b in zip(first, second, strict=False):
        assert children(token_a) == tuple(token_a.children)
        assert children(token_b) == tuple(token_b.children)
    assert [t.text for t in children(first[0])] == ["of"]
