"""Speed and memory benchmark: `make bench`.

Builds corpora of 1x, 4x and 16x copies of the seeds (plus ../shared/eval/dev/docs when it is there) in a
temporary folder, each copy's text made distinct by a last line naming the copy so a cache cannot dedupe them,
then measures side by side, each run in its own subprocess:

- raw spaCy: the same model, `nlp.pipe` with vnhrc's batch size and process count (model load included);
- `vnhrc extract` cold (a fresh, empty cache folder via XDG_CACHE_HOME) and the cached re-run;
- `vnhrc who NAME` and `vnhrc --help` wall time (the package byte-compiled first, as an installed one is);
- peak RSS: the largest single process (wait4's ru_maxrss) and the sum over the process tree (sampled).

Prints a markdown table with PASS/FAIL per target and writes it to .bench/results.md. It reports; it never
gates: the exit status is 0 whatever the numbers. Other benches (the cluster path, …) add a function to
EXTRA_BENCHES.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
VNHRC = str(BIN / "vnhrc")
SHARED_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"
RESULTS = ROOT / ".bench" / "results.md"

# targets (issue 5)
MIN_COLD_VS_RAW = 0.90  # vnhrc extract cold docs/s over raw nlp.pipe docs/s
MIN_CACHED_SPEEDUP = 20.0  # cold wall time over cached re-run wall time
MAX_INSTANT_S = 0.15  # `vnhrc who` and `vnhrc --help`
MAX_RSS_GROWTH = 1.2  # peak RSS at the largest corpus over that at 1x

# raw spaCy, as a user of spaCy alone would run it: load the model, stream the files through nlp.pipe
RAW_SCRIPT = r"""
import importlib, pathlib, sys
model, batch, n_process, folder = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
nlp = importlib.import_module(model).load()
texts = (p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(folder).rglob("*.txt")))
print(sum(1 for _ in nlp.pipe(texts, batch_size=batch, n_process=n_process)))
"""


@dataclass
class Measure:
    wall: float
    rc: int
    cpu: float  # user + system seconds of the process and every child it reaped
    maxrss_mb: float  # the largest single process in the tree
    tree_mb: float  # the largest sum over the process tree (sampled every 20 ms; 0 without psutil)
    stdout: bytes = b""
    stderr: bytes = b""


@dataclass
class Target:
    name: str
    value: str
    target: str
    passed: bool | None  # None: could not be measured (n/a)
    note: str = ""


@dataclass
class Bench:
    """What every bench function gets: the corpora, the settings and a way to time a command."""

    jobs: int
    batch: int
    model: str
    repeat: int
    work: Path
    corpora: dict[int, Path] = field(default_factory=dict)  # scale -> folder
    docs: dict[int, int] = field(default_factory=dict)  # scale -> number of documents
    rows: list[dict[str, str]] = field(default_factory=list)  # the per-scale table
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def measure(self, cmd: list[str], env: dict[str, str] | None = None, keep_output: bool = False) -> Measure:
        return measure(cmd, env, keep_output)

    def best(self, cmd: list[str], env_for: Callable[[], dict[str, str]] | None = None) -> Measure:
        """The fastest of `repeat` runs (the machine is shared: the minimum is the least disturbed)."""
        runs = [measure(cmd, env_for() if env_for else None) for _ in range(self.repeat)]
        return min(runs, key=lambda m: m.wall)


# Benches added by other parts of the project (e.g. the Dask cluster path): each takes the Bench after the core
# measurements and appends rows to bench.targets (and notes to bench.notes).
EXTRA_BENCHES: list[Callable[[Bench], None]] = []


# --- running one command ----------------------------------------------------------------------------


def _tree_rss(pid: int) -> float:
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for q in procs:
        with contextlib.suppress(psutil.Error):
            total += q.memory_info().rss
    return total / 2**20


def measure(cmd: list[str], env: dict[str, str] | None = None, keep_output: bool = False) -> Measure:
    """Run `cmd` once: wall time, exit status, peak RSS (largest process and tree sum)."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    full_env = {**os.environ, **(env or {})}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=full_env)
    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        try:
            import psutil  # noqa: F401
        except ImportError:
            return
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            stop.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # wait4 (not Popen.wait) for the child's rusage; ru_maxrss covers the child and its reaped children
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    stdout = out.read() if keep_output else b""
    stderr = err.read()
    out.close()
    err.close()
    cpu = usage.ru_utime + usage.ru_stime
    return Measure(wall, proc.returncode, cpu, usage.ru_maxrss / 1024, peak[0], stdout, stderr)


# --- corpora ------------------------------------------------------------------------------------------


def base_documents(notes: list[str]) -> list[tuple[str, str]]:
    """(name, text) of the seeds plus the dev docs, each text once."""
    folders = [ROOT / "seeds"]
    if SHARED_DOCS.is_dir():
        folders.append(SHARED_DOCS)
    else:
        notes.append(f"{SHARED_DOCS} is absent: the corpora are built from seeds/ only.")
    seen: set[str] = set()
    docs = []
    for folder in folders:
        for p in sorted(folder.glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            sha = hashlib.sha256(text.encode()).hexdigest()
            if sha not in seen:
                seen.add(sha)
                docs.append((p.stem, text))
    return docs


def build_corpus(folder: Path, docs: list[tuple[str, str]], copies: int) -> int:
    """`copies` copies of each document; a last line naming the copy keeps every text distinct."""
    folder.mkdir(parents=True)
    n = 0
    for c in range(1, copies + 1):
        for name, text in docs:
            tail = "" if text.endswith("\n") else "\n"
            (folder / f"c{c:03d}_{name}.txt").write_text(f"{text}{tail}\n(copy {c})\n", encoding="utf-8")
            n += 1
    return n


# --- what vnhrc offers at this commit ---------------------------------------------------------------------


def _help(*args: str) -> str:
    res = subprocess.run([VNHRC, *args, "--help"], capture_output=True, text=True)
    return res.stdout if res.returncode == 0 else ""


def has_cache() -> bool:
    return "--no-cache" in _help("extract")


def has_who() -> bool:
    return bool(_help("who"))


# --- the benches --------------------------------------------------------------------------------------------


def _mb(x: float) -> str:
    return f"{x:.0f}" if x else "n/a"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def print_targets(b: Bench) -> None:
    """A bench run on its own (bench_web.py, bench_db.py, …): its targets as a table, then its notes."""
    print(markdown_table([{"target": t.name, "measured": t.value, "wanted": t.target, "result": _verdict(t.passed),
                           "note": t.note} for t in b.targets]))
    print("".join(f"\n- {n}" for n in b.notes))


def run_alone(name: str, scales: list[int], jobs: int, repeat: int, run: Callable[[Bench], None]) -> int:
    """A bench run on its own (`python bench/bench_web.py`, …): corpora of the base documents at `scales`, the
    bench `run` over them, then its targets; the corpora are removed whatever happens."""
    from vnhrc.extract import BATCH_DOCS
    from vnhrc.pipeline import MODEL

    work = Path(tempfile.mkdtemp(prefix=f"vnhrc-bench-{name}-"))
    b = Bench(jobs=jobs, batch=BATCH_DOCS, model=MODEL, repeat=max(1, repeat), work=work)
    try:
        docs = base_documents(b.notes)
        for s in sorted(set(scales)):
            b.corpora[s] = work / f"corpus-{s}x"
            b.docs[s] = build_corpus(b.corpora[s], docs, s)
        run(b)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_targets(b)
    return 0


def bench_scales(b: Bench, cache: bool) -> dict[int, dict[str, Measure | None]]:
    """Raw nlp.pipe, vnhrc cold, vnhrc cached per corpus size."""
    out: dict[int, dict[str, Measure | None]] = {}
    for scale, folder in b.corpora.items():
        n = b.docs[scale]
        raw_cmd = [sys.executable, "-c", RAW_SCRIPT, b.model, str(b.batch), str(b.jobs), str(folder)]
        cmd = [VNHRC, "extract", str(folder), "--jobs", str(b.jobs), "--format", "jsonl"]
        cache_dirs: list[Path] = []
        # alternate raw and vnhrc so a busy spell on the shared machine hits both alike
        raws, colds = [], []
        for _ in range(b.repeat):
            raws.append(measure(raw_cmd))
            cache_dirs.append(Path(tempfile.mkdtemp(prefix="xdg-", dir=b.work)))  # cold: an empty cache
            colds.append(measure(cmd, {"XDG_CACHE_HOME": str(cache_dirs[-1])}, keep_output=True))
        raw = min(raws, key=lambda m: m.wall)
        cold = min(colds, key=lambda m: m.wall)
        for m, what in ((raw, "raw nlp.pipe"), (cold, "vnhrc extract")):
            if m.rc != 0:
                b.notes.append(f"{what} at {scale}x exited {m.rc}: {m.stderr.decode(errors='replace')[-300:]}")
        cached: Measure | None = None
        if cache:
            env = {"XDG_CACHE_HOME": str(cache_dirs[colds.index(cold)])}
            runs = [measure(cmd, env, keep_output=True) for _ in range(b.repeat)]
            cached = min(runs, key=lambda m: m.wall)
            if cached.stdout != cold.stdout:
                b.notes.append(f"at {scale}x the cached re-run printed different claims from the cold run.")
        out[scale] = {"raw": raw, "cold": cold, "cached": cached}
        claims = cold.stdout.count(b"\n")
        b.rows.append({
            "corpus": f"{scale}x",
            "docs": str(n),
            "claims": str(claims),
            "raw nlp.pipe s": f"{raw.wall:.2f}",
            "raw docs/s": f"{n / raw.wall:.1f}",
            "vnhrc cold s": f"{cold.wall:.2f}",
            "cold docs/s": f"{n / cold.wall:.1f}",
            "cold/raw": f"{raw.wall / cold.wall:.2f}x",
            "CPU s raw / cold": f"{raw.cpu:.1f} / {cold.cpu:.1f}",
            "cached s": f"{cached.wall:.2f}" if cached else "n/a",
            "cold/cached": f"{cold.wall / cached.wall:.1f}x" if cached else "n/a",
            "RSS MB raw / cold / cached": f"{_mb(raw.maxrss_mb)} / {_mb(cold.maxrss_mb)} / "
            + (_mb(cached.maxrss_mb) if cached else "n/a"),
            "tree RSS MB raw / cold": f"{_mb(raw.tree_mb)} / {_mb(cold.tree_mb)}",
        })
        for d in cache_dirs:
            shutil.rmtree(d, ignore_errors=True)
    return out


def byte_compile() -> bool:
    """Byte-compile the vnhrc package being measured, as `pip install` does for an installed one; True when it
    is done. An editable install is never compiled, and under PYTHONDONTWRITEBYTECODE=1 no run writes the .pyc
    files either, so every `vnhrc` run would compile the package's source again (some 35 ms of the instant
    commands' time): a cost of the development tree, not of vnhrc."""
    import compileall

    import vnhrc

    return bool(compileall.compile_dir(str(Path(vnhrc.__file__).parent), quiet=1))


def bench_instant(b: Bench, who: bool, cache_env: dict[str, str] | None) -> None:
    """`vnhrc --help` and `vnhrc who NAME` (from a filled cache), the package byte-compiled as an install has
    it: the fastest of 7 runs, the median noted."""
    if not byte_compile():
        b.notes.append("vnhrc could not be byte-compiled: the instant commands were timed compiling their source")
    helps = [measure([VNHRC, "--help"]).wall for _ in range(7)]
    h = min(helps)
    b.targets.append(Target("`vnhrc --help` wall time", f"{h:.3f} s", f"< {MAX_INSTANT_S} s", h < MAX_INSTANT_S,
                            f"median {statistics.median(helps):.3f} s"))
    if not who or cache_env is None:
        b.targets.append(Target("`vnhrc who NAME` wall time", "n/a", f"< {MAX_INSTANT_S} s", None,
                                "no `who` command or no cache at this commit"))
        return
    runs = [measure([VNHRC, "who", "Villegas"], cache_env, keep_output=True) for _ in range(7)]
    w = min(m.wall for m in runs)
    lines = runs[0].stdout.count(b"\n")
    note = f"median {statistics.median(m.wall for m in runs):.3f} s; {lines} lines printed; exit {runs[0].rc}"
    b.targets.append(Target("`vnhrc who Villegas` wall time (cache filled)", f"{w:.3f} s", f"< {MAX_INSTANT_S} s",
                            w < MAX_INSTANT_S and runs[0].rc == 0, note))


def fill_cache(b: Bench, scale: int) -> dict[str, str]:
    d = Path(tempfile.mkdtemp(prefix="xdg-who-", dir=b.work))
    env = {"XDG_CACHE_HOME": str(d)}
    measure([VNHRC, "extract", str(b.corpora[scale]), "--jobs", str(b.jobs), "--format", "jsonl"], env)
    return env


def markdown_table(rows: list[dict[str, str]]) -> str:
    if not rows:
        return ""
    cols = list(rows[0])
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(r.get(c, "") for c in cols) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from bench_cluster import bench_cluster  # bench/ is sys.path[0] when run as a script
    from bench_db import bench_db
    from bench_pathological import bench_pathological
    from bench_web import bench_web

    from vnhrc.extract import BATCH_DOCS, default_jobs
    from vnhrc.pipeline import MODEL

    if bench_cluster not in EXTRA_BENCHES:  # the Dask row beside the local --jobs row ("n/a" without Dask)
        EXTRA_BENCHES.append(bench_cluster)
    if bench_web not in EXTRA_BENCHES:  # saved pages through trafilatura beside the same texts
        EXTRA_BENCHES.append(bench_web)
    if bench_pathological not in EXTRA_BENCHES:  # seconds and peak memory per MB of pathological text
        EXTRA_BENCHES.append(bench_pathological)
    if bench_db not in EXTRA_BENCHES:  # the corpus database's export against the extraction (issue 16)
        EXTRA_BENCHES.append(bench_db)

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", default="1,4,16", help="corpus sizes in copies [default: 1,4,16]")
    ap.add_argument("--jobs", type=int, default=default_jobs(), help="processes for both [default: cores]")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each measurement; the fastest counts")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--extras", default="all",
                    help="extra benches to run after the core rows: all, none, or names such as web,db "
                         "(cluster, web, pathological, db) [default: all]")
    args = ap.parse_args(argv)
    if args.extras != "all":
        wanted = {f"bench_{x.strip()}" for x in args.extras.split(",") if x.strip() and x.strip() != "none"}
        EXTRA_BENCHES[:] = [e for e in EXTRA_BENCHES if e.__name__ in wanted]
    scales = sorted({int(s) for s in args.scales.split(",")})

    work = Path(tempfile.mkdtemp(prefix="vnhrc-bench-"))
    b = Bench(jobs=args.jobs, batch=BATCH_DOCS, model=MODEL, repeat=max(1, args.repeat), work=work)
    try:
        docs = base_documents(b.notes)
        for s in scales:
            b.corpora[s] = work / f"corpus-{s}x"
            b.docs[s] = build_corpus(b.corpora[s], docs, s)
        cache, who = has_cache(), has_who()
        if not cache:
            b.notes.append("`vnhrc extract --no-cache` does not exist at this commit: cached rows are n/a.")
        if not who:
            b.notes.append("`vnhrc who` does not exist at this commit: its row is n/a.")
        print(f"bench: {len(docs)} base documents, scales {scales}, jobs {b.jobs}, batch {b.batch}, "
              f"best of {b.repeat}", file=sys.stderr)

        per = bench_scales(b, cache)
        import vnhrc.pipeline

        if hasattr(vnhrc.pipeline, "RememberingRuler"):  # say so: part of the cold run's lead over raw spaCy
            b.notes.append("vnhrc runs the model's attribute_ruler as pipeline.RememberingRuler (the same "
                           "annotations in a fraction of the time); raw nlp.pipe runs the model's own.")
        top, low = max(scales), min(scales)
        raw, cold, cached = per[top]["raw"], per[top]["cold"], per[top]["cached"]
        assert raw and cold
        ratio = raw.wall / cold.wall
        b.targets.append(Target(f"cold `vnhrc extract` vs raw nlp.pipe throughput ({top}x, wall time)",
                                f"{ratio:.2f}x", f">= {MIN_COLD_VS_RAW}x", ratio >= MIN_COLD_VS_RAW,
                                f"{b.docs[top] / cold.wall:.1f} vs {b.docs[top] / raw.wall:.1f} docs/s"))
        cpu_ratio = raw.cpu / cold.cpu
        b.targets.append(Target(f"the same in CPU time ({top}x; steadier on a shared machine)", f"{cpu_ratio:.2f}x",
                                f">= {MIN_COLD_VS_RAW}x", cpu_ratio >= MIN_COLD_VS_RAW,
                                f"{cold.cpu:.1f} s vs {raw.cpu:.1f} s of CPU"))
        if cached:
            sp = cold.wall / cached.wall
            b.targets.append(Target(f"cached re-run speed-up ({top}x)", f"{sp:.1f}x", f">= {MIN_CACHED_SPEEDUP:.0f}x",
                                    sp >= MIN_CACHED_SPEEDUP))
        else:
            b.targets.append(Target(f"cached re-run speed-up ({top}x)", "n/a", f">= {MIN_CACHED_SPEEDUP:.0f}x", None,
                                    "no cache at this commit"))
        bench_instant(b, who, fill_cache(b, low) if (who and cache) else None)
        if top != low:
            lo = per[low]["cold"]
            assert lo
            g = cold.maxrss_mb / lo.maxrss_mb
            b.targets.append(Target(f"peak RSS (largest process) {top}x / {low}x, cold extract", f"{g:.2f}x",
                                    f"<= {MAX_RSS_GROWTH}x", g <= MAX_RSS_GROWTH,
                                    f"{cold.maxrss_mb:.0f} MB vs {lo.maxrss_mb:.0f} MB"))
            # the tree sum compares runs with the same number of processes: the smallest corpus may fit in one
            # batch, which runs without a pool
            mid = [x for x in scales if x != top and b.docs[x] > b.batch]
            lo2 = per[mid[0]]["cold"] if mid else None
            if lo2 and cold.tree_mb and lo2.tree_mb:
                g = cold.tree_mb / lo2.tree_mb
                b.targets.append(Target(f"peak RSS (process tree sum) {top}x / {mid[0]}x, cold extract", f"{g:.2f}x",
                                        f"<= {MAX_RSS_GROWTH}x", g <= MAX_RSS_GROWTH,
                                        f"{cold.tree_mb:.0f} MB vs {lo2.tree_mb:.0f} MB"))
        for extra in EXTRA_BENCHES:
            try:
                extra(b)
            except Exception as e:  # a broken extra bench is reported, never fatal
                b.notes.append(f"{extra.__name__} failed: {e}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    report = render(b)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(f"\n(written to {args.out})", file=sys.stderr)
    return 0


def render(b: Bench) -> str:
    import platform

    head = (f"# vnhrc benchmark\n\n{time.strftime('%Y-%m-%d %H:%M')} · commit {_commit()} · {platform.python_version()}"
            f" · {os.cpu_count()} cores (load {os.getloadavg()[0]:.1f}) · jobs {b.jobs} · batch {b.batch} · "
            f"model {b.model} · best of {b.repeat}\n")
    targets = markdown_table([
        {"target": t.name, "measured": t.value, "wanted": t.target, "result": _verdict(t.passed), "note": t.note}
        for t in b.targets
    ])
    notes = "".join(f"- {n}\n" for n in b.notes)
    return f"{head}\n## Throughput and memory\n\n{markdown_table(b.rows)}\n\n## Targets\n\n{targets}\n" + (
        f"\n## Notes\n\n{notes}" if notes else "")


def _commit() -> str:
    res = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return res.stdout.strip() or "?"


if __name__ == "__main__":
    sys.exit(main())
