"""Score vnhrc on every evaluation set that is present and print one table.

usage: python eval/evaluate.py [--shared ../shared] [--out .eval] [--sets dev,real,extra,polnear-dev]

Sets (each scored only when its files are there):
  dev          ../shared/eval/dev        seeds + d001-d012 (the rules are tuned to it: a regression guard)
  real         ../shared/eval/real       48 real pages with their noise (nobody tuned to it)
  extra-a..e   eval/extra/*              invented, hand-annotated articles (c and e were never tuned on)
  polnear-dev  ../shared/eval/polnear/dev  US political news (scores only: its errors are never read)
  polnear-train                           not in the default list: ten minutes, for mining errors

Statements are scored by ../shared/eval/score.py (PolNeAR by its own lenient and content-only views), dates
and numbers by score_tags.py. Outputs go to OUT/<set>-claims.jsonl and OUT/<set>-tags.jsonl.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VNHRC = [sys.executable, "-m", "vnhrc"]
DEFAULT_SETS = ("dev", "real", "extra-a", "extra-b", "extra-c", "extra-d", "extra-e", "polnear-dev")


@dataclass
class Scores:
    name: str
    figures: dict[str, str] = field(default_factory=dict)


def _set_paths(name: str, shared: Path) -> tuple[Path, Path, bool] | None:
    """(docs folder, gold file, is PolNeAR) of a set, or None when its files are not here."""
    if name.startswith("extra-"):
        base = ROOT / "eval" / "extra" / name.split("-", 1)[1]
    elif name.startswith("polnear-"):
        base = shared / "eval" / "polnear" / name.split("-", 1)[1]
    else:
        base = shared / "eval" / name
    docs, gold = base / "docs", base / "gold.jsonl"
    if not (docs.is_dir() and gold.is_file()):
        return None
    return docs, gold, name.startswith("polnear-")


def _run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 3):  # 3: some files skipped, each named on stderr
        sys.stderr.write(done.stderr)
        raise SystemExit(f"evaluate: {' '.join(cmd[:4])} … failed with exit {done.returncode}")
    return done.stdout


def _statements(gold: Path, pred: Path, shared: Path) -> dict[str, str]:
    out = _run([sys.executable, str(shared / "eval" / "score.py"), str(gold), str(pred)])
    m = re.search(r"precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+)", out)
    s = re.search(r"speaker accuracy among content-matched pairs ([\d.]+)", out)
    return {"P": m[1], "R": m[2], "F1": m[3], "speaker": s[1]} if m and s else {}


def _polnear(gold: Path, pred: Path, shared: Path) -> dict[str, str]:
    out = _run([sys.executable, str(shared / "eval" / "polnear" / "polnear_scores.py"), str(gold), str(pred)])
    figures = {}
    for line in out.splitlines():
        cols = line.split()
        if cols and cols[0] in ("lenient", "content-only") and len(cols) == 7:
            if cols[0] == "lenient":
                figures.update(P=cols[4], R=cols[5], F1=cols[6])
            else:
                figures["content-only"] = cols[6]
        if line.startswith("lenient recall by gold kind"):
            m = re.search(r"indirect \d+/\d+ = ([\d.]+)", line)
            if m:
                figures["indirect R"] = m[1]
    return figures


def _tags(gold: Path, pred: Path, shared: Path) -> dict[str, str]:
    out = _run([sys.executable, str(shared / "eval" / "score_tags.py"), str(gold), str(pred)])
    return {f"{k} F1": v for k, v in re.findall(r"^(dates|numbers) F1 ([\d.]+)$", out, re.M)}


def score_set(name: str, shared: Path, out: Path, jobs: str) -> Scores | None:
    paths = _set_paths(name, shared)
    if paths is None:
        return None
    docs, gold, polnear = paths
    claims, tags = out / f"{name}-claims.jsonl", out / f"{name}-tags.jsonl"
    _run([*VNHRC, "extract", str(docs), "--no-cache", "--format", "jsonl", "-j", jobs, "-o", str(claims)])
    scores = Scores(name)
    if polnear:  # PolNeAR's gold has no dates or numbers
        scores.figures.update(_polnear(gold, claims, shared))
        return scores
    scores.figures.update(_statements(gold, claims, shared))
    _run([*VNHRC, "tags", str(docs), "--no-cache", "--format", "jsonl", "-j", jobs, "-o", str(tags)])
    scores.figures.update(_tags(gold, tags, shared))
    return scores


COLUMNS = ("P", "R", "F1", "speaker", "content-only", "indirect R", "dates F1", "numbers F1")


def print_table(rows: list[Scores]) -> None:
    print(f"{'set':14s} " + " ".join(f"{c:>12s}" for c in COLUMNS))
    for r in rows:
        print(f"{r.name:14s} " + " ".join(f"{r.figures.get(c, '–'):>12s}" for c in COLUMNS))
    print("(polnear rows: P/R/F1 are the lenient view; dev is tuned on, real/ and polnear-dev are not)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / ".eval"))
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--jobs", default="2")
    args = ap.parse_args(argv)
    shared, out = Path(args.shared), Path(args.out)
    if not (shared / "eval" / "score.py").is_file():
        raise SystemExit(f"evaluate: needs {shared}/eval beside the clone")
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in args.sets.split(","):
        scores = score_set(name.strip(), shared, out, args.jobs)
        if scores is not None:
            rows.append(scores)
            print(f"[evaluate] {name}: " + ", ".join(f"{k} {v}" for k, v in scores.figures.items()), file=sys.stderr)
    print_table(rows)


if __name__ == "__main__":
    main()
