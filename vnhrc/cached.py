"""The extraction path through the cache: records the cache holds are served from it, the rest are made by a
runner (`extract.run` or `cluster.Runner`) and saved.

Apart from `extract` (the rules' runner, which knows nothing of the cache) and `store` (the cache, which knows
nothing of the rules), so that neither imports the other.
"""

from __future__ import annotations

import itertools
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

    Documents are read a window at a time and looked up a batch at a time. A cached record met before the
    window's first miss is handed on at once, so a cached corpus streams and only the records behind a miss
    wait in memory (at most a window of them); a text met twice in a window is parsed once. A cache that fails
    mid-run is warned about and left alone.
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

    def lookup(keys: list[str]) -> dict[str, claims.DocRecord]:
        nonlocal store
        if store is not None:
            try:
                return store.get(keys, version, monthfirst)
            except CacheError as e:
                warn(f"{e}; going on without it")
                store = None
        return {}

    def hand_on(d: Document, k: str, rec: claims.DocRecord) -> claims.DocRecord:
        """The record as the path `d` names it, noted as seen there."""
        if rec.doc != d.path:
            rec = rec.moved_to(d.path, k)
        seen.append((d.path, k))
        if on_done:
            on_done(rec)
        return rec

    window_docs = batch_size * max(2, jobs) * 16  # a pool (and a model load a worker) per window with misses
    docs = iter(documents)
    try:
        while True:
            held: list[tuple[Document, str, claims.DocRecord | None]] = []  # from the window's first miss on
            first: dict[str, Document] = {}  # the window's misses, each text once
            read = 0
            for batch in batches(itertools.islice(docs, window_docs), batch_size):
                read += len(batch)
                keys = [document_key(d) for d in batch]
                found = lookup([k for k in keys if k not in first])
                for d, k in zip(batch, keys):
                    rec = found.get(k)
                    if rec is None:
                        first.setdefault(k, d)
                        held.append((d, k, None))
                    elif held:  # behind a miss: waits for it, to keep the input order
                        held.append((d, k, rec))
                    else:
                        yield hand_on(d, k, rec)
            if not read:
                break
            if held:
                # runner: `run` or any callable of its shape (cluster.Runner), so the cache wraps every runner
                fresh = (runner or run)(first.values(), jobs=jobs, monthfirst=monthfirst, batch_size=batch_size)
                made: dict[str, claims.DocRecord] = {}
                try:
                    for d, k, rec in held:
                        if rec is None:
                            rec = made.get(k)
                        if rec is None:
                            rec = made[k] = next(fresh)
                            if rec.error is None:  # a failed document is tried again next time, not cached
                                pending.append((k, rec))
                        rec = hand_on(d, k, rec)
                        if len(pending) >= batch_size:
                            save()
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
