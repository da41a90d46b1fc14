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

from . import claims, dates, identity, numbers, page, said_on, speakers, statements
from .corpus import is_jsonl, read_corpus
from .documents import Document, SkippedFile, Unusable, fetched_document, iter_paths, read_document
from .web import Fetcher, FetchError, is_url

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


BATCH_DOCS = 16  # documents per batch: bounded so memory stays flat however large the corpus


def analyse(document: Document, doc: Doc, monthfirst: bool = False) -> claims.DocRecord:
    """Document + its Doc → metadata, entities, dates, numbers and claims."""
    text = document.text
    # the page's own date read as its tags are: "03/11/2025" is one day in the record, whatever the setting
    # (a date the text gave, read day first when the document was made; one from a page's markup or a corpus's
    # fields stays)
    doc_date = document.date
    if monthfirst and document.date is not None and page.doc_date(text) == document.date:
        doc_date = page.doc_date(text, monthfirst=True)
    date_tags = dates.find_dates(doc, doc_date, monthfirst=monthfirst)
    number_tags = numbers.find_numbers(doc)
    for tag in (*date_tags, *number_tags):  # the text as read: the model reads invisible marks as spaces
        tag["text"] = text[tag["start"]:tag["end"]]
    found = statements.find_statements(doc, skip=document.chrome, title=document.title)
    resolved = list(speakers.resolve(doc, found, skip=document.chrome))
    spoken = said_on.said_on(doc, resolved, doc_date, monthfirst=monthfirst)
    quantities = numbers.find_quantities(doc, number_tags, skip=document.chrome)
    entities = [
        {"text": text[e.start_char:e.end_char], "label": e.label_, "start": e.start_char, "end": e.end_char}
        for e in doc.ents
    ]
    return claims.DocRecord(
        doc=document.path,
        title=document.title,
        doc_date=doc_date,
        source=document.source,
        url=document.url,
        entities=entities,
        dates=date_tags,
        numbers=number_tags,
        claims=identity.with_ids(claims.build_claims(
            document.path, doc_date, text, resolved, quantities, date_tags, number_tags, said_on=spoken,
            url=document.url,
        )),
        sha256=claims.text_digest(text),
    )


def process_batch(documents: list[Document], monthfirst: bool = False) -> list[claims.DocRecord]:
    """Parse a batch with nlp.pipe and analyse each document (the unit of work for every runner); a text longer
    than a part is parsed and analysed a part at a time (see `analyse_in_parts`)."""
    from .pipeline import PART_CHARS, parse_many

    short = [d for d in documents if len(d.text) <= PART_CHARS]
    docs = iter(parse_many([d.text for d in short], batch_size=max(1, len(short))))
    return [_analyse_one(d, next(docs), monthfirst) if len(d.text) <= PART_CHARS else analyse_in_parts(d, monthfirst)
            for d in documents]


def analyse_in_parts(document: Document, monthfirst: bool = False) -> claims.DocRecord:
    """A long text's record, made a part at a time (pipeline.split_text: cut at paragraph, line or sentence
    breaks), each part's Doc freed before the next is parsed.

    Why: a Doc and the rules' indexes over it grow with the text, and some rules look back over every mention
    of a name, so one Doc for a whole 1 MB text took gigabytes and minutes. In parts, memory is bounded by the
    part and time is linear in the text; the price is that a speaker named only in an earlier part is not
    found from a later one (a part is 100,000 characters: longer than nearly every article).
    """
    from .pipeline import PART_CHARS, parse, split_text

    whole = claims.DocRecord(doc=document.path, title=document.title, doc_date=document.date,
                             source=document.source, url=document.url, sha256=claims.text_digest(document.text))
    for offset, text in split_text(document.text, PART_CHARS):
        end = offset + len(text)
        chrome = [(max(a, offset) - offset, min(b, end) - offset) for a, b in document.chrome if a < end and b > offset]
        part = Document(path=document.path, text=text, title=document.title, date=document.date,
                        source=document.source, chrome=chrome, url=document.url, kind=document.kind)
        rec = _analyse_one(part, parse(text), monthfirst)  # the Doc goes out of scope here
        if rec.error:
            whole.error = rec.error
            return whole
        for tag in (*rec.entities, *rec.dates, *rec.numbers):
            tag["start"] += offset
            tag["end"] += offset
        for c in rec.claims:
            c.start += offset
            c.end += offset
        whole.entities += rec.entities
        whole.dates += rec.dates
        whole.numbers += rec.numbers
        whole.claims += rec.claims
    key = claims.text_digest(document.text) if document.path == claims.STDIN else None
    for i, c in enumerate(whole.claims):  # numbered through the whole text, as one Doc would have them
        c.id = claims.claim_id(document.path, i, key)
    return whole


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


JOBS_PER_CORE = 2  # worker processes a core at most: past that each one only adds a model load and its memory


def max_jobs() -> int:
    """The most worker processes (or local Dask workers) a run starts on this machine."""
    return JOBS_PER_CORE * default_jobs()


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
    jobs = min(jobs, max_jobs())
    if jobs > 1:
        # a pool costs a model load per worker: never more workers than batches, and one batch needs no pool
        head = list(itertools.islice(groups, jobs))
        groups = itertools.chain(head, groups)
        jobs = len(head) if len(head) >= 2 else 1
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
    # the signals a terminal sends to the whole group are blocked while the workers are forked: a worker holds
    # the parent's handlers until its initializer runs, and a Ctrl-C in that moment printed its traceback; the
    # parent takes a pending one once inside the `with`, where leaving terminates the pool
    old_mask = _block(_GROUP_SIGNALS)
    try:
        pool = ctx.Pool(jobs, initializer=_worker_start)
    except BaseException:
        _unblock(old_mask)
        raise
    with pool:  # leaving it (done, error, Ctrl-C) terminates it
        _unblock(old_mask)
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


_GROUP_SIGNALS = ("SIGINT", "SIGHUP", "SIGQUIT", "SIGTERM")


def _block(names: tuple[str, ...]) -> Any:
    """Block these signals in this thread (and so in processes forked from it); the old mask, or None."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {getattr(signal, n) for n in names if hasattr(signal, n)})


def _unblock(old_mask: Any) -> None:
    import signal

    if old_mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)


def _worker_start() -> None:
    """A worker's own stderr: the parent's may have been mid-write (a progress bar thread) when it forked."""
    import signal
    import sys

    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
    # Ctrl-C reaches the whole process group: the parent alone handles it (and terminates the pool, whose
    # SIGTERM must then end a worker at once, not run the parent's handler)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGHUP", "SIGQUIT"):  # a closed terminal reaches the whole group too: the parent handles it
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked with them blocked (see _pooled): now they are safe to take
        signal.pthread_sigmask(signal.SIG_UNBLOCK,
                               {getattr(signal, n) for n in _GROUP_SIGNALS if hasattr(signal, n)})


def _flatten(
    results: Iterable[list[claims.DocRecord]], on_done: Callable[[claims.DocRecord], None] | None
) -> Iterator[claims.DocRecord]:
    for batch in results:
        for rec in batch:
            if on_done:
                on_done(rec)
            yield rec
