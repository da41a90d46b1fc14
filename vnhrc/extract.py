"""The per-document function and the local runner.

`analyse` takes a Document and its Doc to a DocRecord (tags + claims); `process_batch` parses and analyses a
list of Documents. Both are pure and picklable: the serial run, `--jobs N` and the Dask path all call
`process_batch`, so their results cannot drift apart.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from . import claims, dates, numbers, speakers, statements
from .documents import Document, SkippedFile, iter_paths, read_document

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

# Bump when a rule change alters output, so cached records made by older rules are not served.
RULES_VERSION = "1"
BATCH_DOCS = 16  # documents per batch: bounded so memory stays flat however large the corpus


def analyse(document: Document, doc: Doc, monthfirst: bool = False) -> claims.DocRecord:
    """Document + its Doc → metadata, entities, dates, numbers and claims."""
    text = document.text
    date_tags = dates.find_dates(doc, document.date, monthfirst=monthfirst)
    number_tags = numbers.find_numbers(doc)
    found = statements.find_statements(doc, skip=document.chrome)
    resolved = speakers.resolve(doc, found)
    quantities = numbers.find_quantities(doc, number_tags, skip=document.chrome)
    entities = [
        {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents
    ]
    return claims.DocRecord(
        doc=document.path,
        title=document.title,
        doc_date=document.date,
        source=document.source,
        entities=entities,
        dates=date_tags,
        numbers=number_tags,
        claims=claims.build_claims(
            document.path, document.date, text, resolved, quantities, date_tags, number_tags
        ),
    )


def process_batch(documents: list[Document], monthfirst: bool = False) -> list[claims.DocRecord]:
    """Parse a batch with nlp.pipe and analyse each document (the unit of work for every runner)."""
    from .pipeline import parse_many

    docs = parse_many([d.text for d in documents], batch_size=max(1, len(documents)))
    return [analyse(d, doc, monthfirst) for d, doc in zip(documents, docs)]


def batches(items: Iterable[Any], size: int = BATCH_DOCS) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def read_documents(
    paths: Iterable[str], glob: str = "*.txt", on_skip: Callable[[str], None] | None = None
) -> Iterator[Document]:
    """Documents from paths, lazily; a file that cannot be read is reported to `on_skip` and passed over."""
    for path in iter_paths(paths, glob):
        try:
            yield read_document(path)
        except SkippedFile as e:
            if on_skip is None:
                raise
            on_skip(str(e))


def run(
    documents: Iterable[Document],
    jobs: int = 1,
    monthfirst: bool = False,
    batch_size: int = BATCH_DOCS,
    on_done: Callable[[claims.DocRecord], None] | None = None,
) -> Iterator[claims.DocRecord]:
    """Records for documents, in input order, streaming; `jobs` > 1 runs batches in worker processes."""
    groups = batches(documents, batch_size)
    if jobs > 1:
        # a pool costs a model load per worker: only worth it when there is more than a batch a worker
        head = list(itertools.islice(groups, jobs))
        groups = itertools.chain(head, groups)
        if len(head) < 2:
            jobs = 1
    if jobs <= 1:
        results: Iterable[list[claims.DocRecord]] = (process_batch(b, monthfirst) for b in groups)
        yield from _flatten(results, on_done)
        return
    import functools
    import multiprocessing as mp

    # spawn-free fork keeps start-up cheap; each worker loads the model once, on its first batch
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs) as pool:
        results = pool.imap(functools.partial(process_batch, monthfirst=monthfirst), groups)
        yield from _flatten(results, on_done)


def _flatten(
    results: Iterable[list[claims.DocRecord]], on_done: Callable[[claims.DocRecord], None] | None
) -> Iterator[claims.DocRecord]:
    for batch in results:
        for rec in batch:
            if on_done:
                on_done(rec)
            yield rec
