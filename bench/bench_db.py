"""The corpus database beside the extraction: `make bench` runs it after the core measurements
(bench.EXTRA_BENCHES); `python bench/bench_db.py --scales 1,16` runs it alone.

At the smallest and the largest corpus: a cold `vnhrc extract` fills a fresh cache (its wall time is the
extraction's cost), then, served from that cache, `-o corpus.jsonl` and `-o corpus.db` (best of `repeat`). The
export's cost is what the database run takes beyond the JSON Lines run (the same records read from the cache,
written as a database instead); it must stay under 10 % of the extraction, and the database run's peak memory
must stay flat from the smallest corpus to the largest (rows stream into sqlite-utils in batches).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench import VNHRC, Bench, Target, measure

MAX_EXPORT_SHARE = 0.10  # the database export's wall time over the cold extraction's
MAX_DB_RSS_GROWTH = 1.2  # peak RSS of the database run, largest corpus over smallest
GENERATED = (1_000, 16_000)  # documents of generated records written straight to a database (no model)

# records made directly (four claims each, rotating speakers), streamed into write_database in one process
GENERATED_SCRIPT = r"""
import sys, time
from vnhrc.claims import Claim, DocRecord
from vnhrc.database import write_database
from vnhrc.identity import with_ids
n, out = int(sys.argv[1]), sys.argv[2]
names = [("Volker Türk", "person"), ("Türk", "person"), ("Human Rights Watch", "org"), ("HRW", "org"),
         ("Anna Lindqvist", "person"), ("Erik Lindqvist", "person"), ("Lindqvist", "person")]
def rec(i):
    doc = f"docs/{i:06d}.txt"
    day = f"20{10 + i % 15}-{i % 12 + 1:02d}-15"
    cs = [Claim(id=f"{doc}#{k}", doc=doc, doc_date=day, type="statement", speaker=names[(i + k) % 7][0],
                speaker_type=names[(i + k) % 7][1], cue="said", kind="indirect",
                content=f"the council case {i} point {k} " * 4, sentence=f"It said the council case {i}. " * 3,
                start=200 * k, end=200 * k + 150, said_on=day) for k in range(4)]
    return DocRecord(doc=doc, title=f"Story {i}", doc_date=day, source="Example", claims=with_ids(cs),
                     sha256=f"{i:064x}")
t = time.perf_counter()
print(write_database((rec(i) for i in range(n)), out), f"{time.perf_counter() - t:.2f}")
"""


def _export(b: Bench, scale: int) -> tuple[float, float, float, float, int]:
    """(cold extraction s, cached jsonl s, cached db s, db run peak RSS MB, claims in the db) at `scale`."""
    import sqlite3

    env = {"XDG_CACHE_HOME": tempfile.mkdtemp(prefix="xdg-db-", dir=b.work)}
    corpus = str(b.corpora[scale])
    cold = measure([VNHRC, "extract", corpus, "--jobs", str(b.jobs), "--format", "jsonl"], env)
    out = Path(tempfile.mkdtemp(prefix="db-", dir=b.work))
    jsonl = min((measure([VNHRC, "extract", corpus, "-o", str(out / "c.jsonl")], env) for _ in range(b.repeat)),
                key=lambda m: m.wall)
    dbs = []
    for i in range(b.repeat):  # a fresh file each time: the first run's cost, not an upsert's
        dbs.append(measure([VNHRC, "extract", corpus, "-o", str(out / f"c{i}.db")], env))
    db = min(dbs, key=lambda m: m.wall)
    if db.rc != 0:
        b.notes.append(f"the database export exited {db.rc}: {db.stderr.decode(errors='replace')[-300:]}")
        return cold.wall, jsonl.wall, db.wall, db.maxrss_mb, 0
    con = sqlite3.connect(out / f"c{dbs.index(db)}.db")
    n = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    con.close()
    return cold.wall, jsonl.wall, db.wall, db.maxrss_mb, n


def bench_db(b: Bench) -> None:
    scales = sorted(b.corpora)
    low, top = scales[0], scales[-1]
    lo = _export(b, low) if top != low else None
    cold, jsonl, db, rss, n = _export(b, top)
    share = max(0.0, db - jsonl) / cold
    b.targets.append(Target(
        f"database export ({top}x, {b.docs[top]} documents, {n} claims) vs its cold extraction", f"{share:.1%}",
        f"< {MAX_EXPORT_SHARE:.0%}", share < MAX_EXPORT_SHARE,
        f"cached -o corpus.db {db:.2f} s, cached -o corpus.jsonl {jsonl:.2f} s, cold extract {cold:.2f} s"))
    bench_generated(b)
    if lo is not None:
        g = rss / lo[3]
        b.targets.append(Target(f"peak RSS of the database run {top}x / {low}x", f"{g:.2f}x",
                                f"<= {MAX_DB_RSS_GROWTH}x", g <= MAX_DB_RSS_GROWTH,
                                f"{rss:.0f} MB vs {lo[3]:.0f} MB"))


def bench_generated(b: Bench) -> None:
    """Peak memory of writing generated records straight to a database, at 1,000 and 16,000 documents."""
    import sys as _sys

    runs = {}
    for n in GENERATED:
        out = Path(tempfile.mkdtemp(prefix="gen-", dir=b.work)) / "g.db"
        runs[n] = measure([_sys.executable, "-c", GENERATED_SCRIPT, str(n), str(out)], keep_output=True)
        if runs[n].rc != 0:
            b.notes.append(f"the generated export exited {runs[n].rc}: {runs[n].stderr.decode()[-300:]}")
            return
    lo, hi = runs[GENERATED[0]], runs[GENERATED[-1]]
    g = hi.maxrss_mb / lo.maxrss_mb
    claims, secs = hi.stdout.split()
    b.targets.append(Target(f"peak RSS writing {GENERATED[-1]:,} / {GENERATED[0]:,} generated documents",
                            f"{g:.2f}x", f"<= {MAX_DB_RSS_GROWTH}x", g <= MAX_DB_RSS_GROWTH,
                            f"{hi.maxrss_mb:.0f} MB vs {lo.maxrss_mb:.0f} MB; {int(claims):,} claims in "
                            f"{float(secs):.1f} s ({int(claims) / float(secs):,.0f} claims/s)"))


def main(argv: list[str] | None = None) -> int:
    import argparse

    from bench import run_alone
    from vnhrc.extract import default_jobs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", default="1,16", help="corpus sizes in copies [default: 1,16]")
    ap.add_argument("--jobs", type=int, default=default_jobs(), help="--jobs N [default: the cores]")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest counts [default: 2]")
    args = ap.parse_args(argv)
    return run_alone("db", [int(x) for x in args.scales.split(",")], args.jobs, args.repeat, bench_db)


if __name__ == "__main__":
    sys.exit(main())
