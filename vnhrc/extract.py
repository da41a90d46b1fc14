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

from . import claims, dates, identity, numbers, said_on, speakers, statements
from .corpus import is_jsonl, read_corpus
from .documents import Document, SkippedFile, Unusable, fetched_document, iter_paths, read_document
from .web import Fetcher, FetchError, is_url

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


BATCH_DOCS = 16  # documents per batch: bounded so memory stays flat however large the corpus


def analyse(document: Document, doc: Doc, monthfirst: bool = False) -> claims.DocRecord:
    """Document + its Doc → metadata, entities, dates, numbers and claims."""
    text = document.text
    date_tags = dates.find_dates(doc, document.date, monthfirst=monthfirst)
    number_tags = numbers.find_numbers(doc)
    found = statements.find_statements(doc, skip=document.chrome, title=document.title)
    resolved = list(speakers.resolve(doc, found, skip=document.chrome))
    spoken = said_on.said_on(doc, resolved, document.date, monthfirst=monthfirst)
    quantities = numbers.find_quantities(doc, number_tags, skip=document.chrome)
    entities = [
        {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents
    ]
    return claims.DocRecord(
        doc=document.path,
        title=document.title,
        doc_date=document.date,
        source=document.source,
        url=document.url,
        entities=entities,
        dates=date_tags,
        numbers=number_tags,
        claims=identity.with_ids(claims.build_claims(
            document.path, document.date, text, resolved, quantities, date_tags, number_tags, said_on=spoken,
            url=document.url,
        )),
        sha256=claims.text_digest(text),
    )


def process_batch(documents: list[Document], monthfirst: bool = False) -> list[claims.DocRecord]:
    """Parse a batch with nlp.pipe and analyse each document (the unit of work for every runner)."""
    from .pipeline import parse_many

    docs = parse_many([d.text for d in documents], batch_size=max(1, len(documents)))
    return [_analyse_one(d, doc, monthfirst) for d, doc in zip(documents, docs)]


def _analyse_one(document: Document, doc: Doc, monthfirst: bool) -> claims.DocRecord:
    """`analyse`, but a rule failing on one document costs that document only: its record carries the error,
    and the CLI names it as skipped instead of ending the whole run."""
    try:
        return analyse(document, doc, monthfirst)
    except Exception as e:  # a bug in the rules on an unusual text; the other documents still count
        return claims.DocRecord(doc=document.path, title=document.title, doc_date=document.date,
                                source=document.source, url=document.url, error=f"{type(e).__name__}: {e}")


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
    paths: Iterable[str], glob: str | None = None, on_skip: Callable[[str], None] | None = None,
    fetcher: Fetcher | None = None, text_field: str | None = None,
) -> Iterator[Document]:
    """Documents from paths, lazily: files, pages, URLs (through `fetcher`), the articles of JSON Lines
    corpora; a file, page or line that cannot be read is reported to `on_skip` and passed over."""
    def skip(message: str) -> None:
        if on_skip is None:
            raise SkippedFile(message)
        on_skip(message)

    for path in iter_paths(paths, glob):
        try:
            if is_url(path):
                yield read_url(path, fetcher or Fetcher())
            elif is_jsonl(path) and not isinstance(path, Unusable):
                yield from read_corpus(path, skip, text_field)
            else:
                yield read_document(path)
        except SkippedFile as e:
            skip(str(e))


def read_url(url: str, fetcher: Fetcher) -> Document:
    """The page at `url` as a Document; SkippedFile naming the URL and why when it cannot be had."""
    try:
        page = fetcher.get(url)
    except FetchError as e:
        raise SkippedFile(f"{url}: {e}") from None
    return fetched_document(url, page)


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
    yield from _flatten(_pooled(groups, jobs, monthfirst), on_done)


def _pooled(groups: Iterable[list[Document]], jobs: int, monthfirst: bool) -> Iterator[list[claims.DocRecord]]:
    """Batches through `jobs` worker processes, results in input order, at most 2 batches a worker in flight.

    Pool.imap would drain `groups` in a feeder thread (the whole corpus in memory); apply_async with a window
    reads the next batch only when the oldest result has been handed on, so memory stays flat.
    """
    import collections
    import multiprocessing as mp

    from .pipeline import load_nlp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    if ctx.get_start_method() == "fork":
        # loaded once here, the forked workers share the model's pages instead of each loading it (a second of
        # CPU a worker, and again for every pool a cached run opens)
        load_nlp()
    window: collections.deque[Any] = collections.deque()
    with ctx.Pool(jobs, initializer=_worker_start) as pool:  # leaving it (done, error, Ctrl-C) terminates it
        workers = list(pool._pool)  # the Process objects, to notice one that dies
        for batch in groups:
            window.append(pool.apply_async(process_batch, (batch, monthfirst)))
            if len(window) >= 2 * jobs:
                yield _result(window.popleft(), workers)
        while window:
            yield _result(window.popleft(), workers)


def _result(pending: Any, workers: list[Any]) -> list[claims.DocRecord]:
    """A batch's records. A worker killed mid-batch (out of memory, kill -9) fails the run in one line: Pool
    replaces the process but never re-runs its task, so waiting on would hang for ever."""
    import multiprocessing as mp

    while True:
        try:
            return pending.get(timeout=1.0)
        except mp.TimeoutError:
            dead = [w for w in workers if w.exitcode is not None]
            if dead:
                raise ChildProcessError(
                    f"a worker process died (exit status {dead[0].exitcode}; out of memory?); try fewer --jobs"
                ) from None


def _worker_start() -> None:
    """A worker's own stderr: the parent's may have been mid-write (a progress bar thread) when it forked."""
    import signal
    import sys

    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
    # Ctrl-C reaches the whole process group: the parent alone handles it (and terminates the pool, whose
    # SIGTERM must then end a worker at once, not run the parent's handler)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _flatten(
    results: Iterable[list[claims.DocRecord]], on_done: Callable[[claims.DocRecord], None] | None
) -> Iterator[claims.DocRecord]:
    for batch in results:
        for rec in batch:
            if on_done:
                on_done(rec)
            yield rec
