"""A progress bar on stderr for runs that take a while, and nothing at all otherwise.

Shown only when stderr is a terminal, and only once a run has gone on for about a second (a quick run, or one
served from the cache, never flashes a bar). It is transient: the bar is gone when the run ends, so what the
command prints afterwards (a table) stands alone. When rows stream to the same terminal as they come (JSON
Lines or CSV on a terminal) there is no bar, since the two would overwrite each other.
"""

from __future__ import annotations

import atexit
import contextlib
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

from .terminal import isatty

T = TypeVar("T")

DELAY_S = 1.0  # show the bar only for runs longer than this


def wanted(fmt: str | None, output: str | None) -> bool:
    """True when a bar may be drawn: stderr is a terminal and no rows stream onto that terminal meanwhile.

    A table (the default on a terminal) is printed only once every record is in, so it does not clash.
    """
    if not isatty(sys.stderr):
        return False
    to_terminal = output in (None, "-") and isatty(sys.stdout)
    return not to_terminal or fmt in (None, "table")


def count_inputs(paths: Iterable[str], glob: str) -> int | None:
    """How many documents the paths name (a second, cheap walk of the folders); None if it cannot tell."""
    from .corpus import is_jsonl
    from .documents import InputError, iter_paths

    try:
        n = 0
        for path in iter_paths(paths, glob):
            if is_jsonl(path):  # a dump's articles are not known until it is read: no total, not a wrong one
                return None
            n += 1
        return n
    except (InputError, OSError):
        return None  # the run itself reports the problem


_live: list[Bar] = []  # the bar on screen, if any, so a note goes above it rather than through it


def note(message: str) -> None:
    """A status line for a person watching (stderr on a terminal only): above the bar when one is drawn."""
    with contextlib.suppress(IndexError):
        progress = _live[-1]._progress
        if progress is not None:
            progress.console.print(message, markup=False, highlight=False)
            return
    if isatty(sys.stderr):
        print(message, file=sys.stderr, flush=True)


class Bar:
    """A delayed, transient rich progress bar; `advance()` is cheap and thread-safe."""

    def __init__(self, total: int | None, label: str = "documents", delay: float = DELAY_S) -> None:
        self.total = total
        self.label = label
        self.done = 0
        self._lock = threading.Lock()
        self._progress = None  # a rich Progress once shown
        self._task = None
        self._closed = False
        self._timer = threading.Timer(delay, self._show)
        self._timer.daemon = True

    def __enter__(self) -> Bar:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        with self._lock:
            if self._closed:
                return
            columns = [SpinnerColumn(), TextColumn("[bold]vnhrc[/] {task.description}"), BarColumn(),
                       MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn()]
            if self.total:
                columns.append(TimeRemainingColumn())
            # its own stderr console; stdout is left alone (redirecting it would reorder the command's output)
            self._progress = Progress(*columns, console=Console(file=sys.stderr), transient=True,
                                      redirect_stdout=False, redirect_stderr=False)
            self._task = self._progress.add_task(self.label, total=self.total, completed=self.done, rate="")
            self._started = time.perf_counter()
            self._first = self.done
            self._progress.start()
            _live.append(self)
            atexit.register(self.close)  # the cursor comes back even if the run is cut short

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self.done += n
            if self._progress is not None:
                elapsed = time.perf_counter() - self._started
                rate = f"{(self.done - self._first) / elapsed:.1f} docs/s" if elapsed > 0.5 else ""
                self._progress.update(self._task, completed=self.done, rate=rate)

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._closed = True
            if self._progress is not None:
                self._progress.stop()
                self._progress = None
                with contextlib.suppress(ValueError):
                    _live.remove(self)

    @property
    def shown(self) -> bool:
        return self._progress is not None


def track(items: Iterable[T], total: int | None, enabled: bool, label: str = "documents") -> Iterator[T]:
    """Items passed through unchanged, counted on a bar when `enabled`; the bar ends however the loop does."""
    if not enabled:
        yield from items
        return
    with Bar(total, label) as bar:
        for it in items:
            bar.advance()
            yield it
