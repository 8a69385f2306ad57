"""Measure the coder against human-coded sentences.

Three gold formats are read: the PETRARCH-2 validation XML (CAMEO codings of news
sentences), the PLOVER gold-standard records (JSON, PLOVER 0.5 labels) and the
PLV table of marked source–target pairs with PLOVER roots. Each gives the scores
its annotations support: dyad + CAMEO root and dyad + QuadClass for full coding,
PLOVER root and QuadClass given marked spans (the PLV table, and the PLOVER records'
markup, reported there under ``marked_*`` keys).
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import FormatError, InputError
from detente.model import Actor, Document
from detente.ontology import cameo as cameo_info
from detente.ontology import is_valid_cameo, plover_types

GOLD_FORMATS = ("petr2", "plover-gsr", "plv")
#: PLOVER 0.5 names in older gold files, mapped to PLOVER 2.0 types.
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
    "CONCEDE": "YIELD",
    "RETREAT": "YIELD",
}
#: Country codes of older CAMEO actor dictionaries in the PLOVER gold file, mapped to the
#: ISO-3 codes detente (and CAMEO since 2012) uses for the same states.
LEGACY_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: QuadClass of each PLOVER type as the PLV file counts them: the ontology's, except that
#: YIELD (CONCEDE and RETREAT together) is material cooperation there.
PLOVER_QUAD = {
    **{t.name: t.quad for t in plover_types() if t.name not in ("CONCEDE", "RETREAT")},
    "YIELD": 2,
}


@dataclass(slots=True)
class Scores:
    """Precision, recall and F1 per label, with micro and macro averages."""

    labels: list[str]
    per_label: dict[str, dict[str, float]]
    micro_f1: float
    macro_f1: float
    accuracy: float | None = None
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    #: Items scored (single-label scores only).
    n: int = 0


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def label_scores(gold: list[str], predicted: list[str | None]) -> Scores:
    """Scores for single-label classification; a None prediction counts as a miss."""
    labels = sorted(set(gold))
    confusion: dict[str, dict[str, int]] = {g: collections.Counter() for g in labels}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p or "NONE"] += 1
    per_label = {}
    for label in labels:
        tp = confusion[label][label]
        fn = sum(confusion[label].values()) - tp
        fp = sum(confusion[g][label] for g in labels if g != label)
        p, r, f = _f1(tp, fp, fn)
        per_label[label] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    total_fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p is not None and g != p)
    total_fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g != p)
    return Scores(
        labels=labels,
        per_label=per_label,
        micro_f1=_f1(correct, total_fp, total_fn)[2],
        macro_f1=sum(v["f1"] for v in per_label.values()) / len(labels) if labels else 0.0,
        accuracy=correct / len(gold) if gold else 0.0,
        confusion={g: dict(c) for g, c in confusion.items()},
        n=len(gold),
    )


def set_scores(gold: list[set[tuple[str, ...]]], predicted: list[set[tuple[str, ...]]]) -> Scores:
    """Scores for sets of tuples per item (e.g. source, target, root), by the tuple's last field."""
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for g_set, p_set in zip(gold, predicted, strict=True):
        for item in g_set & p_set:
            counts[item[-1]][0] += 1
        for item in p_set - g_set:
            counts[item[-1]][1] += 1
        for item in g_set - p_set:
            counts[item[-1]][2] += 1
    per_label = {}
    for label, (tp, fp, fn) in sorted(counts.items()):
        p, r, f = _f1(tp, fp, fn)
        per_label[label] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    gold_labels = [k for k, v in per_label.items() if v["support"]]
    return Scores(
        labels=sorted(per_label),
        per_label=per_label,
        micro_f1=_f1(tp, fp, fn)[2],
        macro_f1=(
            sum(per_label[k]["f1"] for k in gold_labels) / len(gold_labels) if gold_labels else 0.0
        ),
    )


# -- gold readers ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CodedSentence:
    """A gold sentence with its human codings as (source country, target country, code)."""

    sentence_id: str
    text: str
    date: dt.date | None
    codings: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class MarkedPair:
    """A gold sentence with marked source and target spans and the PLOVER root between them."""

    text: str
    #: Either span is None for the few gold records that mark only one actor.
    source_span: tuple[int, int] | None
    target_span: tuple[int, int] | None
    root: str
    quad: int


_SENTENCE = re.compile(r"<Sentence\b(?P<attrs>[^>]*)>(?P<body>.*?)(?=<Sentence\b|\Z)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b(?P<attrs>[^>]*)/?>")
_TEXT = re.compile(r"<Text>(?P<text>.*?)</Text>", re.S)


def read_petr2(path: Path) -> Iterator[CodedSentence]:
    """Sentences of the PETRARCH-2 validation XML with their CAMEO codings.

    The file is not well-formed XML (self-closed ``<Sentence/>`` tags followed by
    ``</Sentence>``, comment lines starting with ``#``), so records are cut out by
    pattern rather than parsed as a tree.
    """
    raw = path.read_text("utf-8")
    found = False
    for match in _SENTENCE.finditer(raw):
        attrs = dict(_ATTR.findall(match.group("attrs")))
        body = match.group("body")
        text_match = _TEXT.search(body)
        if not text_match:
            continue
        found = True
        codings = []
        for coding in _CODING.finditer(body):
            fields = dict(_ATTR.findall(coding.group("attrs")))
            if fields.get("noevents") or not fields.get("eventcode"):
                continue
            codings.append(
                (
                    fields.get("sourcecode", "")[:3],
                    fields.get("targetcode", "")[:3],
                    fields["eventcode"][:2],
                )
            )
        yield _coded(
            {
                "id": attrs.get("id", ""),
                "date": attrs.get("date"),
                "codings": codings,
                "text": " ".join(text_match.group("text").split()),
            }
        )
    if not found:
        raise FormatError(f"{path} holds no <Sentence> records with <Text>: not PETRARCH XML")


def _coded(record: dict[str, Any]) -> CodedSentence:
    date = None
    if record["date"] and len(record["date"]) == 8:
        try:
            date = dt.datetime.strptime(record["date"], "%Y%m%d").date()
        except ValueError:
            date = None
    return CodedSentence(record["id"], record["text"], date, tuple(record["codings"]))


def read_plover_gsr(path: Path) -> Iterator[CodedSentence]:
    """Records of the PLOVER gold standard, with PLOVER 0.5 labels renamed to 2.0."""
    return _plover_sentences(_plover_records(path))


def _plover_records(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text("utf-8"))


def _plover_sentences(records: list[dict[str, Any]]) -> Iterator[CodedSentence]:
    for record in records:
        event = record.get("event")
        if not event or event == "DOCUMENT" or not record.get("text"):
            continue
        label = PLOVER_RENAMES.get(event, event)
        sources = [_country_code(a["code"]) for a in _actor_records(record.get("source"))]
        targets = [_country_code(a["code"]) for a in _actor_records(record.get("target"))]
        if targets:
            # Domestic codings ("ethnic Albanians demonstrated in Serbia": SRB on SRB) count.
            codings = tuple((s, t, label) for s in sources for t in targets)
        else:
            # Compound sources with no target act on each other ("X and Y agreed").
            codings = tuple((s, t, label) for s in sources for t in sources if s != t)
        date = None
        if record.get("date"):
            try:
                date = dt.date.fromisoformat(record["date"])
            except ValueError:
                date = None
        yield CodedSentence(record.get("id", ""), record["text"], date, codings)


_MARKUP = re.compile(r"\((SRC|TAR|EVT): ([^()]*)\)")


def read_plover_gsr_marked(path: Path) -> Iterator[MarkedPair]:
    """The PLOVER gold records whose markup tags the source and target, as marked pairs."""
    return _plover_marked_pairs(_plover_records(path))


def _plover_marked_pairs(records: list[dict[str, Any]]) -> Iterator[MarkedPair]:
    for record in records:
        event = record.get("event")
        info = record.get("textInfo")
        markup = info.get("markup") if isinstance(info, dict) else None
        if not event or event == "DOCUMENT" or not markup:
            continue
        parts: list[str] = []
        spans: dict[str, tuple[int, int]] = {}
        position = length = 0
        for match in _MARKUP.finditer(markup):
            before = markup[position : match.start()]
            kind, inner = match.groups()
            parts += [before, inner]
            length += len(before)
            spans.setdefault(kind, (length, length + len(inner)))
            length += len(inner)
            position = match.end()
        parts.append(markup[position:])
        if "SRC" not in spans and "TAR" not in spans:
            continue
        root = PLOVER_RENAMES.get(event, event)
        yield MarkedPair(
            "".join(parts), spans.get("SRC"), spans.get("TAR"), root, PLOVER_QUAD.get(root, 0)
        )


def _country_code(code: str) -> str:
    """The first three letters of a CAMEO actor code, with legacy country codes updated."""
    return LEGACY_COUNTRY_CODES.get(code[:3], code[:3])


def _gold_code(actor: Actor) -> str:
    """An actor as the gold files write it: three letters ("IGO" for IGOUNO), "---" for
    an actor of no known country."""
    return (actor.country or "---")[:3]


def _actor_records(value: Any) -> Iterator[dict[str, Any]]:
    """Actor dicts from a gold field that may be a dict, a list, nested lists or empty."""
    if isinstance(value, dict):
        if value.get("code"):
            yield value
    elif isinstance(value, list):
        for item in value:
            yield from _actor_records(item)


_MARK = re.compile(r"<(/?)([st])>")


def read_plv(path: Path) -> Iterator[MarkedPair]:
    """Marked pairs of the PLV table: the sentence without tags and the two spans.

    The spans come from the ``<s>``/``<t>`` tags of ``marked_sentence``; a table without
    that column is read from ``sentence`` with the ``source`` and ``target`` text found
    in it. A missing ``gold_penta`` is the QuadClass of the gold root.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        columns = set(reader.fieldnames or ())
        if "gold_root" not in columns or not columns & {"marked_sentence", "sentence"}:
            raise FormatError(
                f"{path}: a PLV table needs a gold_root column and a marked_sentence (or "
                f"sentence, source and target) column; found {sorted(columns)}"
            )
        for row in reader:
            text, source, target = (
                _tagged_spans(row["marked_sentence"], path)
                if row.get("marked_sentence")
                else _found_spans(row, path)
            )
            root = PLOVER_RENAMES.get(
                row["gold_root"].strip().upper(), row["gold_root"].strip().upper()
            )
            penta = (row.get("gold_penta") or "").strip()
            yield MarkedPair(
                text, source, target, root, int(penta) if penta else PLOVER_QUAD.get(root, 0)
            )


OptionalSpan = tuple[int, int] | None


def _tagged_spans(marked: str, path: Path) -> tuple[str, OptionalSpan, OptionalSpan]:
    text_parts: list[str] = []
    spans: dict[str, list[int]] = {}
    position = length = 0
    for match in _MARK.finditer(marked):
        chunk = marked[position : match.start()]
        text_parts.append(chunk)
        length += len(chunk)
        closing, which = match.groups()
        spans.setdefault(which, [length, length])
        spans[which][1 if closing else 0] = length
        position = match.end()
    text_parts.append(marked[position:])
    if not spans:
        raise FormatError(f"{path}: a sentence marks neither source nor target: {marked!r}")
    source = (spans["s"][0], spans["s"][1]) if "s" in spans else None
    target = (spans["t"][0], spans["t"][1]) if "t" in spans else None
    return "".join(text_parts), source, target


def _found_spans(row: dict[str, str], path: Path) -> tuple[str, OptionalSpan, OptionalSpan]:
    text = row.get("sentence") or ""
    found: list[OptionalSpan] = []
    for column in ("source", "target"):
        words = (row.get(column) or "").strip()
        start = text.find(words) if words else -1
        found.append((start, start + len(words)) if start >= 0 else None)
    if found == [None, None]:
        raise FormatError(f"{path}: neither source nor target is found in: {text!r}")
    return text, found[0], found[1]


# -- evaluation --------------------------------------------------------------------------------
def _plover_root(name: str | None) -> str | None:
    if not name:
        return None
    return PLOVER_RENAMES.get(name, name)


def _marked_scores(pairs: Iterable[MarkedPair]) -> tuple[Scores, Scores]:
    """PLOVER root and QuadClass scores of ``classify`` given the marked spans."""
    from detente.coder.classify import classify

    gold_roots: list[str] = []
    predicted_roots: list[str | None] = []
    gold_quads: list[str] = []
    predicted_quads: list[str | None] = []
    for pair in pairs:
        result = classify(pair.text, pair.source_span, pair.target_span)
        root = _plover_root(result[1].type) if result else None
        gold_roots.append(pair.root)
        predicted_roots.append(root)
        gold_quads.append(str(pair.quad))
        predicted_quads.append(str(PLOVER_QUAD[root]) if root in PLOVER_QUAD else None)
    return label_scores(gold_roots, predicted_roots), label_scores(gold_quads, predicted_quads)


def evaluate_plv(pairs: Iterable[MarkedPair]) -> dict[str, Any]:
    """PLOVER root and QuadClass scores given the marked spans."""
    roots, quads = _marked_scores(pairs)
    return {
        "gold": "plv",
        "n": roots.n,
        "root_macro_f1": roots.macro_f1,
        "root_micro_f1": roots.micro_f1,
        "root_accuracy": roots.accuracy,
        "quad_macro_f1": quads.macro_f1,
        "quad_accuracy": quads.accuracy,
        "dyad_root_f1": None,
        "per_root": roots.per_label,
        "confusion": roots.confusion,
    }


def _code_sentences(sentences: list[CodedSentence]) -> list[list[Any]]:
    from detente.coder.engine import code_documents

    documents = [Document.from_text(s.text, date=s.date, date_source="gold") for s in sentences]
    # The same sentence text can occur twice in a gold file: code each record.
    return [coded.events for coded in code_documents(documents)]


def evaluate_coded(sentences: Iterable[CodedSentence], label: str) -> dict[str, Any]:
    """Dyad + root (CAMEO root or PLOVER type) and dyad + QuadClass scores for full coding."""
    items = list(sentences)
    coded = _code_sentences(items)
    gold_root: list[set[tuple[str, ...]]] = []
    predicted_root: list[set[tuple[str, ...]]] = []
    gold_quad: list[set[tuple[str, ...]]] = []
    predicted_quad: list[set[tuple[str, ...]]] = []
    for sentence, events in zip(items, coded, strict=True):
        if label == "petr2":
            # PETRARCH's gold writes "---" for an actor of no known country ("insurgents"),
            # which the coder leaves without a country when the other side has one.
            asserted = [e for e in events if e.source.country or e.target.country]
            gold = {(s, t, code) for s, t, code in sentence.codings}
            predicted = {
                (_gold_code(e.source), _gold_code(e.target), e.cameo_root) for e in asserted
            }
            gq = {(s, t, str(cameo_info(code).quad)) for s, t, code in gold if is_valid_cameo(code)}
        else:
            # Statements (CAMEO 01) have no PLOVER type: they are not PLOVER events at all.
            asserted = [
                e
                for e in events
                if e.source.country and e.target.country and e.plover.type is not None
            ]
            gold = {(s, t, code) for s, t, code in sentence.codings}
            predicted = {
                (_gold_code(e.source), _gold_code(e.target), _plover_root(e.plover.type) or "")
                for e in asserted
            }
            gq = {(s, t, str(PLOVER_QUAD.get(code, 0))) for s, t, code in gold}
        pq = {(_gold_code(e.source), _gold_code(e.target), str(e.quad)) for e in asserted}
        gold_root.append(gold)
        predicted_root.append(predicted)
        gold_quad.append(gq)
        predicted_quad.append(pq)
    roots = set_scores(gold_root, predicted_root)
    quads = set_scores(gold_quad, predicted_quad)
    # The same scored on events between two different countries only: detente's own
    # subject, and the part a reader of interstate relations cares about.
    interstate = set_scores(
        [{c for c in g if c[0] != c[1]} for g in gold_root],
        [{c for c in p if c[0] != c[1]} for p in predicted_root],
    )
    return {
        "gold": label,
        "n": len(items),
        "dyad_root_f1": roots.micro_f1,
        "root_macro_f1": roots.macro_f1,
        "root_accuracy": None,
        "quad_macro_f1": quads.macro_f1,
        "dyad_quad_f1": quads.micro_f1,
        "interstate_dyad_root_f1": interstate.micro_f1,
        "per_root": roots.per_label,
    }


def evaluate_file(path: str | Path, gold: str) -> dict[str, Any]:
    """Score the coder on a gold file of the given format (petr2, plover-gsr, plv)."""
    path = Path(path)
    if gold not in GOLD_FORMATS:
        raise InputError(f"unknown gold format {gold!r}; choose one of {', '.join(GOLD_FORMATS)}")
    if not path.is_file():
        raise InputError(f"{path}: no such gold file")
    if gold == "plv":
        return evaluate_plv(read_plv(path))
    if gold == "petr2":
        return evaluate_coded(read_petr2(path), "petr2")
    records = _plover_records(path)
    result = evaluate_coded(_plover_sentences(records), "plover-gsr")
    # The records' markup also tags source and target: score ``classify`` on those spans.
    roots, quads = _marked_scores(_plover_marked_pairs(records))
    result.update(
        marked_n=roots.n,
        marked_root_macro_f1=roots.macro_f1,
        marked_root_accuracy=roots.accuracy,
        marked_quad_macro_f1=quads.macro_f1,
        per_marked_root=roots.per_label,
    )
    return result
