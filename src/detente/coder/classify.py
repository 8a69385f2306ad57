"""Classify the event between two marked actors in a sentence.

For text whose source and target are already known (gold sets, analyst markup),
the question is only *what* the source did to the target. The frame whose
arguments cover the marked spans wins; failing that, the predicate nearest to the
source on the dependency path.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder._nlp import load_pipeline
from detente.coder._readings import intent_code, plover_reading
from detente.coder.frames import Frame, build_frames
from detente.coder.lexicon import default_lexicon
from detente.model import Plover
from detente.ontology import cameo as cameo_info


def _covers(token: Token, low: int, high: int) -> bool:
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    return start < high and low < end


def _head_in(doc_tokens: list[Token], low: int, high: int) -> Token | None:
    inside = [t for t in doc_tokens if t.idx >= low and t.idx < high]
    if not inside:
        return None
    return min(inside, key=lambda t: len(list(t.ancestors)))


def _path_length(a: Token, b: Token) -> int:
    ancestors_a = [a, *a.ancestors]
    ancestors_b = [b, *b.ancestors]
    for steps_a, token in enumerate(ancestors_a):
        if token in ancestors_b:
            return steps_a + ancestors_b.index(token)
    return len(ancestors_a) + len(ancestors_b)


def _score(frame: Frame, source: tuple[int, int] | None, target: tuple[int, int] | None) -> int:
    score = 0
    if source is not None and any(_covers(t, *source) for t in frame.sources):
        score += 2
    if target is not None and any(_covers(t, *target) for t in frame.targets + frame.locations):
        score += 2
    low, high = frame.predicate.idx, frame.predicate.idx + len(frame.predicate.text)
    marked = [span for span in (source, target) if span is not None]
    if any(start < high and low < end for start, end in marked):
        score -= 3
    return score


def classify(
    sentence: str,
    source_span: tuple[int, int] | None,
    target_span: tuple[int, int] | None = None,
) -> tuple[str, Plover] | None:
    """The CAMEO code and PLOVER reading of what the source does to the target.

    Spans are character offsets into ``sentence``; either may be None when the text
    names no such actor (an agentless passive has no source). Returns None when no
    predicate in the lexicon can be tied to the actors.
    """
    doc = load_pipeline()(sentence)
    frames = build_frames(doc[:], default_lexicon())
    if not frames:
        return None
    source_head = _head_in(list(doc), *source_span) if source_span else None
    target_head = _head_in(list(doc), *target_span) if target_span else None

    def rank(frame: Frame) -> tuple[int, int, int]:
        distance = 0
        if source_head is not None:
            distance += _path_length(frame.predicate, source_head)
        if target_head is not None:
            distance += _path_length(frame.predicate, target_head)
        return (-_score(frame, source_span, target_span), distance, frame.nominal)

    typed = [f for f in frames if plover_reading(cameo_info(intent_code(f))).type]
    best = min(typed or frames, key=rank)
    info = cameo_info(intent_code(best))
    return info.code, plover_reading(info)
