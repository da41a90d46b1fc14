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

from . import claims, dates, numbers, page, speakers, statements
from .documents import Document, SkippedFile, iter_paths, read_document

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc



def _rules_digest() -> str:
    """A digest of the code that decides the output, so a cache never serves records made by other rules
    (derived, not a number someone must remember to bump)."""
    import hashlib
    from pathlib import Path

    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    # the rule packages file by file, in a fixed order (versions.py will own this; enough here not to crash)
    files = [here / f"{name}.py" for name in ("documents", "page", "spans", "pipeline", "dates", "numbers",
                                               "speakers", "claims", "extract")]
    for package in ("statements", "lexicon"):
        files += sorted((here / package).glob("*.py"))
    for path in files:
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


RULES_VERSION = _rules_digest()
BATCH_DOCS = 16  # documents per batch: bounded so memory stays flat however large the corpus


def analyse(document: Document, doc: Doc, monthfirst: bool = False) -> claims.DocRecord:
    """Document + its Doc → metadata, entities, dates, numbers and claims."""
    text = document.text
    # the page's own date read as its tags are: "03/11/2025" is one day in the record, whatever the setting
    doc_date = page.doc_date(text, monthfirst=True) if monthfirst else document.date
    date_tags = dates.find_dates(doc, doc_date, monthfirst=monthfirst)
    number_tags = numbers.find_numbers(doc)
    found = statements.find_statements(doc, skip=document.chrome, title=document.title)
    resolved = speakers.resolve(doc, found, skip=document.chrome)
    quantities = numbers.find_quantities(doc, number_tags, skip=document.chrome)
    entities = [
        {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents
    ]
    return claims.DocRecord(
        doc=document.path,
        title=document.title,
        doc_date=doc_date,
        source=document.source,
        entities=entities,
        dates=date_tags,
        numbers=number_tags,
        claims=claims.build_claims(
            document.path, doc_date, text, resolved, quantities, date_tags, number_tags
        ),
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
                                source=document.source, error=f"{type(e).__name__}: {e}")


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


def run_cached(
    documents: Iterable[Document],
    store: Any,
    jobs: int = 1,
    monthfirst: bool = False,
    batch_size: int = BATCH_DOCS,
    on_done: Callable[[claims.DocRecord], None] | None = None,
    runner: Callable[..., Iterator[claims.DocRecord]] | None = None,
) -> Iterator[claims.DocRecord]:
    """`run` with a cache (a store.Store): texts it has a record for are served from it, the rest go through
    `run`; records come out in input order, and new ones are saved a batch at a time (one transaction each).

    Documents are looked up a window at a time, so memory stays bounded and a cached corpus streams at once;
    a text met twice in a window is parsed once. A cache that fails mid-run is warned about and left alone.
    """
    from .store import CacheError, pipeline_version, text_key, warn

    version = pipeline_version()
    pending: list[tuple[str, claims.DocRecord]] = []  # new records not yet saved
    seen: list[tuple[str, str]] = []  # (path, key) of every file read, for `who` without paths

    def save() -> None:
        nonlocal store
        if store is not None and (pending or seen):
            try:
                store.put(pending, version, monthfirst, seen)
            except CacheError as e:
                warn(f"{e}; going on without saving to it")
                store = None
        pending.clear()
        seen.clear()

    window_docs = batch_size * max(2, jobs) * 16  # a pool (and a model load a worker) per window with misses
    try:
        for window in batches(documents, window_docs):
            keys = [text_key(d.text) for d in window]
            found: dict[str, claims.DocRecord] = {}
            if store is not None:
                try:
                    found = store.get(keys, version, monthfirst)
                except CacheError as e:
                    warn(f"{e}; going on without it")
                    store = None
            first: dict[str, Document] = {}
            for d, k in zip(window, keys):
                if k not in found:
                    first.setdefault(k, d)
            # runner: `run` or any callable of its shape (cluster.Runner), so the cache wraps every runner
            fresh = (runner or run)(first.values(), jobs=jobs, monthfirst=monthfirst, batch_size=batch_size)
            try:
                for d, k in zip(window, keys):
                    rec = found.get(k)
                    if rec is None:
                        rec = found[k] = next(fresh)
                        if rec.error is None:  # a failed document is tried again next time, not cached
                            pending.append((k, rec))
                    elif rec.doc != d.path:
                        rec = rec.moved_to(d.path)
                    seen.append((d.path, k))
                    if len(pending) >= batch_size:
                        save()
                    if on_done:
                        on_done(rec)
                    yield rec
            finally:
                fresh.close()  # stops a worker pool when the reader goes away early
            save()
    finally:
        # records already made are complete: keep them even when the run is cut short
        if store is not None and (pending or seen):
            try:
                save()
            except Exception:  # never hide the error that is ending the run
                pass
