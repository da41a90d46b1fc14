"""The Dask path beside the local `--jobs N` run: `vnhrc extract --cluster local:N` on the same corpus.

Called by bench.py (a function in its EXTRA_BENCHES: `bench_cluster(b)`) on its largest corpus, or on its own:

    .venv/bin/python bench/bench_cluster.py [--scale 16] [--workers 2] [--repeat 2]

Measures, each command in its own process with a fresh cache: wall time and docs/s of the local run and the
LocalCluster run (cluster start and one model load a worker included, as a user meets them), whether both print
the same claims byte for byte, and, in a fresh process, the cluster's start-up alone and its throughput once
started. Reports; never gates.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

MIN_CLUSTER_VS_LOCAL = 0.8  # LocalCluster docs/s over --jobs docs/s, start-up included, same number of processes


def bench_cluster(b: Any) -> None:
    """Append the cluster rows to b.targets (and notes to b.notes); `b` is bench.Bench."""
    from bench import VNHRC, Target, measure

    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        b.targets.append(Target("LocalCluster vs --jobs throughput", "n/a", f">= {MIN_CLUSTER_VS_LOCAL}x", None,
                                "Dask is not installed: python -m pip install 'vnhrc[dask]'"))
        return
    scale = max(b.corpora)
    folder, n, workers = b.corpora[scale], b.docs[scale], b.jobs
    base = [VNHRC, "extract", str(folder), "--format", "jsonl"]
    cmds = {"local": [*base, "--jobs", str(workers)], "cluster": [*base, "--cluster", f"local:{workers}"]}

    runs: dict[str, list[Any]] = {"local": [], "cluster": []}
    for _ in range(b.repeat):  # alternate, so a busy spell on the shared machine hits both alike
        for what, cmd in cmds.items():
            xdg = tempfile.mkdtemp(prefix="xdg-cluster-", dir=b.work)
            runs[what].append(measure(cmd, {"XDG_CACHE_HOME": xdg}, keep_output=True))
            shutil.rmtree(xdg, ignore_errors=True)
    local = min(runs["local"], key=lambda m: m.wall)
    clus = min(runs["cluster"], key=lambda m: m.wall)
    for what, m in (("local", local), ("cluster", clus)):
        if m.rc != 0:
            b.notes.append(f"{what} run at {scale}x exited {m.rc}: {m.stderr.decode(errors='replace')[-300:]}")

    ratio = local.wall / clus.wall
    tree = f"; peak tree RSS {local.tree_mb:.0f} MB vs {clus.tree_mb:.0f} MB" if local.tree_mb else ""
    b.targets.append(Target(
        f"LocalCluster ({workers} workers) vs `--jobs {workers}` throughput ({scale}x, {n} docs)",
        f"{ratio:.2f}x ({n / clus.wall:.1f} vs {n / local.wall:.1f} docs/s)",
        f">= {MIN_CLUSTER_VS_LOCAL}x", ratio >= MIN_CLUSTER_VS_LOCAL,
        f"wall {clus.wall:.1f} s vs {local.wall:.1f} s, cluster start and model loads included{tree}",
    ))
    claims = local.stdout.count(b"\n")
    same = local.stdout == clus.stdout and local.rc == clus.rc == 0
    b.targets.append(Target(f"--cluster prints the local run's claims ({scale}x)", "identical" if same else "DIFFERENT",
                            "identical", same, f"{claims} claims, compared byte for byte"))

    try:
        start, steady = _in_process(folder, workers)
    except RuntimeError as e:  # e.g. the rules changed under a running bench: the workers refuse, rightly
        b.notes.append(f"LocalCluster start-up / steady throughput not measured: {e}")
        return
    b.notes.append(f"LocalCluster({workers}) start-up with the model loaded on every worker: {start:.1f} s; "
                   f"once started: {n / steady:.1f} docs/s at {scale}x ({steady:.1f} s).")


# in a fresh process, so the client imports vnhrc just before its workers do (same code, same rules digest)
STEADY_SCRIPT = r"""
import sys, time
from vnhrc.cluster import Runner
from vnhrc.extract import read_documents

if __name__ == "__main__":
    docs = list(read_documents([sys.argv[1]]))
    with Runner(f"local:{sys.argv[2]}") as runner:
        t0 = time.perf_counter()
        runner.start()  # the cluster and a model load on every worker
        t1 = time.perf_counter()
        for _ in runner(docs):
            pass
        t2 = time.perf_counter()
    print(t1 - t0, t2 - t1)
"""


def _in_process(folder: Path, workers: int) -> tuple[float, float]:
    """(seconds to start the cluster and load the model on every worker, seconds to process the corpus)."""
    import subprocess

    res = subprocess.run([sys.executable, "-c", STEADY_SCRIPT, str(folder), str(workers)], capture_output=True,
                         text=True)
    if res.returncode != 0:
        raise RuntimeError(res.stderr.strip().splitlines()[-1] if res.stderr.strip() else f"exit {res.returncode}")
    start, steady = (float(x) for x in res.stdout.split())
    return start, steady


def main(argv: list[str] | None = None) -> int:
    from bench import run_alone
    from vnhrc.extract import default_jobs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=16, help="copies of the base documents [default: 16]")
    ap.add_argument("--workers", type=int, default=min(2, default_jobs()), help="--jobs N and local:N [default: 2]")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest counts [default: 2]")
    args = ap.parse_args(argv)
    return run_alone("cluster", [args.scale], args.workers, args.repeat, bench_cluster)


if __name__ == "__main__":
    sys.exit(main())
