"""The main job: read documents, code them, and keep documents and events in the store.

This is what ``detente analyze`` runs before it measures and reports. It is a plain
function over the stages so tests and other front ends call the same thing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.coder.engine import CodedDocument, code_documents
from detente.model import Document, events_to_arrow
from detente.store import Store
from detente.text.reader import InputProblem, read_documents


@dataclass(slots=True)
class AnalyzeResult:
    """What one run did: documents coded or already known, events stored, problems met."""

    documents_coded: int = 0
    documents_known: int = 0
    events: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)

    @property
    def documents_seen(self) -> int:
        return self.documents_coded + self.documents_known


def _documents(
    paths: Iterable[str | Path],
    default_date: dt.date | None,
    result: AnalyzeResult,
    store: Store,
    recode: bool,
) -> Iterator[Document]:
    seen_in_run: set[str] = set()
    for item in read_documents(paths, default_date=default_date):
        if isinstance(item, InputProblem):
            result.problems.append(item)
            continue
        if item.doc_id in seen_in_run:
            continue
        seen_in_run.add(item.doc_id)
        if item.date is None:
            result.undated.append(item.source_path or item.doc_id)
        if not recode and store.known_documents([item.doc_id]):
            result.documents_known += 1
            continue
        yield item


def analyze_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    default_date: dt.date | None = None,
    n_process: int = 1,
    recode: bool = False,
    on_document: Callable[[CodedDocument], None] | None = None,
) -> AnalyzeResult:
    """Code every readable document under ``paths`` into ``store``.

    Documents already in the store (same content hash) are not coded again unless
    ``recode`` is set; each document is written in its own transaction.
    """
    started = dt.datetime.now()
    result = AnalyzeResult()
    documents = _documents(paths, default_date, result, store, recode)
    for coded in code_documents(documents, n_process=n_process):
        store.write_document(coded.document, coded.sentences, events_to_arrow(coded.events))
        store.upsert_actors(
            {
                "actor_id": actor.actor_id,
                "name": actor.text,
                "country": actor.country,
                "sector": actor.sector,
            }
            for event in coded.events
            for actor in (event.source, event.target)
        )
        result.documents_coded += 1
        result.events += len(coded.events)
        if on_document is not None:
            on_document(coded)
    store.record_run(
        uuid.uuid4().hex,
        "analyze",
        {
            "paths": [str(p) for p in paths] if isinstance(paths, list) else "stream",
            "default_date": default_date,
            "recode": recode,
        },
        started,
        result.documents_coded,
        result.events,
    )
    return result
