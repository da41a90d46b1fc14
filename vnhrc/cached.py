"""The extraction path through the cache: records the cache holds are served from it, the rest are made by a
runner (`extract.run` or `cluster.Runner`) and saved.

Apart from `extract` (the rules' runner, which knows nothing of the cache) and `store` (the cache, which knows
nothing of the rules), so that neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import claims
from .documents import Document
from .extract import BATCH_DOCS, batches, run
from .store import CacheError, document_key, warn
from .versions import pipeline_version


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
            keys = [document_key(d) for d in window]
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
                        rec = rec.moved_to(d.path, k)
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
