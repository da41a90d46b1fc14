"""A Dask cluster losing workers mid-run: one worker killed costs nothing (Dask re-runs its tasks), no worker at
all is one clear error within cluster.NO_WORKERS_TIMEOUT seconds, never a hang. README "Bad input" lists both."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time

import pytest
from test_cluster import spawned_workers
from test_robustness import call, corpus, jsonl, no_traceback

from vnhrc import cluster as vcluster

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture()
def three_workers():
    """A LocalCluster of three worker processes (each under a nanny that restarts it), and a client of ours."""
    with (
        spawned_workers(),
        distributed.LocalCluster(n_workers=3, threads_per_worker=1, processes=True, dashboard_address=":0",
                                 host="127.0.0.1", silence_logs=logging.CRITICAL) as cl,
        distributed.Client(cl, set_as_default=False) as client,
    ):
        client.wait_for_workers(3, timeout=120)
        yield cl, client


def _when_busy(client, act, timeout: float = 300) -> threading.Thread:
    """Run act(address of a worker running a task) once any worker is running one, in a thread."""

    def watch() -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            busy = [addr for addr, keys in client.processing().items() if keys]
            if busy:
                act(busy[0])
                return
            time.sleep(0.1)

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    return t


@pytest.mark.slow
def test_a_worker_killed_mid_run_costs_no_claims(three_workers, tmp_path, capsys):
    cl, client = three_workers
    folder = corpus(tmp_path / "docs", 64, per_doc=2)  # four batches: every worker busy
    args = ["extract", str(folder), "--format", "jsonl", "--no-cache"]
    code, out, err = call([*args, "--jobs", "1"], capsys)
    local = jsonl(out)
    assert code == 0 and len(local) > 100
    killed: list[int] = []

    def kill(address: str) -> None:  # as the out-of-memory killer would: no goodbye to the scheduler
        pid = client.run(os.getpid, workers=[address])[address]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    watcher = _when_busy(client, kill)
    code, out, err = call([*args, "--cluster", cl.scheduler_address], capsys)
    watcher.join(timeout=10)
    assert killed, "no worker was killed: the test did not test anything"
    assert code == 0, err
    no_traceback(err)
    assert jsonl(out) == local  # the same claims, in the same order


@pytest.mark.slow
def test_every_worker_gone_is_one_error_within_the_timeout(three_workers, tmp_path, capsys, monkeypatch):
    cl, client = three_workers
    monkeypatch.setattr(vcluster, "NO_WORKERS_TIMEOUT", 5)
    folder = corpus(tmp_path / "docs", 64, per_doc=2)

    def stop_all(address: str) -> None:  # every worker retired at once: the nannies start none again
        cl.scale(0)

    watcher = _when_busy(client, stop_all)
    started = time.monotonic()
    code, out, err = call(["extract", str(folder), "--format", "jsonl", "--no-cache",
                           "--cluster", cl.scheduler_address], capsys)
    took = time.monotonic() - started
    watcher.join(timeout=10)
    assert code == 1
    assert err.startswith("Error: no worker left on the cluster for 5 s") and err.count("\n") == 1, err
    assert took < 240  # a guard against the hang this replaced, not a speed target
