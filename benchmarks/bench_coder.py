"""Coding speed and memory: detente's coder against bare spaCy parsing of the same text.

Prints, measured side by side in one run:
  * bare parsing (the installed spaCy model as packaged, less the NER the coder does not
    use, over the same documents) in sentences/s,
  * end-to-end coding with one process and the ratio to bare parsing (target >= 0.8),
    each the fastest of several alternating rounds,
  * end-to-end coding with two processes in sentences/s (target >= 300),
  * peak RSS of coding 1,000 and 20,000 documents (memory must stay flat).

Documents are the paragraphs of examples/corpus, each made unique by a numbered line,
so the measure runs offline on text the project wrote.

    python benchmarks/bench_coder.py [--docs 2000] [--big 20000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import multiprocessing
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from detente.coder._nlp import load_model, load_pipeline
from detente.coder.engine import code_documents
from detente.model import Document
from detente.text.clean import content_spans
from detente.text.reader import InputProblem, read_documents

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _paragraphs() -> list[tuple[str, dt.date | None]]:
    found = []
    for doc in read_documents([CORPUS]):
        if isinstance(doc, InputProblem):
            continue
        for start, end in content_spans(doc.text):
            if len(doc.text[start:end]) > 80:
                found.append((doc.text[start:end], doc.date))
    return found


def documents(count: int) -> Iterator[Document]:
    """``count`` distinct documents cycling through the corpus paragraphs."""
    for number, (text, date) in zip(range(count), itertools.cycle(_paragraphs()), strict=False):
        yield Document.from_text(f"{text}\nReference {number}.", date=date)


def _sentences(count: int) -> int:
    nlp = load_pipeline()
    return sum(len(list(doc.sents)) for doc in nlp.pipe(d.text for d in documents(count)))


def bare_parse(count: int) -> float:
    nlp = load_model()
    texts = [d.text for d in documents(count)]
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started


def coding(count: int, n_process: int) -> float:
    started = time.perf_counter()
    for _ in code_documents(documents(count), n_process=n_process):
        pass
    return time.perf_counter() - started


def _peak_rss_of_coding(count: int, queue: multiprocessing.Queue) -> None:
    process = psutil.Process()
    peak = 0
    for index, _ in enumerate(code_documents(documents(count))):
        if index % 200 == 0:
            peak = max(peak, process.memory_info().rss)
    queue.put(max(peak, process.memory_info().rss))


def peak_rss(count: int) -> int:
    """Peak RSS of a fresh process coding ``count`` documents."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    worker = context.Process(target=_peak_rss_of_coding, args=(count, queue))
    worker.start()
    result = queue.get()
    worker.join()
    return int(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents for the speed runs")
    parser.add_argument("--big", type=int, default=20000, help="documents for the memory run")
    parser.add_argument("--rounds", type=int, default=5, help="alternating speed rounds")
    args = parser.parse_args()

    sentences = _sentences(args.docs)
    coding(50, 1)  # warm up: load pipeline, lexicon and actor base
    # Alternate the two, several rounds, and keep each one's fastest: on a shared machine
    # noise only ever slows a run down, and alternating spreads it over both.
    rounds = [(bare_parse(args.docs), coding(args.docs, 1)) for _ in range(args.rounds)]
    parse_seconds = min(parse for parse, _ in rounds)
    one_seconds = min(one for _, one in rounds)
    two_seconds = coding(args.docs, 2)
    per_round = ", ".join(f"{parse / one:.2f}" for parse, one in rounds)
    print(f"documents: {args.docs}, sentences: {sentences}, rounds: {args.rounds}")
    print(f"bare spaCy parsing      : {sentences / parse_seconds:8.0f} sentences/s")
    print(f"detente coding, 1 proc  : {sentences / one_seconds:8.0f} sentences/s")
    print(f"  ratio to bare parsing : {parse_seconds / one_seconds:8.2f}  (target >= 0.80)")
    print(f"  ratio in each round   : {per_round}")
    print(f"detente coding, 2 procs : {sentences / two_seconds:8.0f} sentences/s  (target >= 300)")
    small = peak_rss(1000)
    big = peak_rss(args.big)
    print(f"peak RSS, 1,000 docs    : {small / 2**20:8.0f} MiB")
    print(f"peak RSS, {args.big:,} docs   : {big / 2**20:8.0f} MiB  (ratio {big / small:.2f})")


if __name__ == "__main__":
    main()
