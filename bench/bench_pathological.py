"""Pathological texts: seconds and peak memory per MB of text for shapes that were quadratic (issue 17, item 8).

Called by bench.py (a function in its EXTRA_BENCHES: `bench_pathological(b)`), or on its own:

    .venv/bin/python bench/bench_pathological.py

Each shape is one file, extracted by `vnhrc extract FILE --no-cache --jobs 1` in its own process (model load
included, about 2 s): 100,000 quote marks in a row; 50,000 lines of `He said:`; a realistic 1 MB article built
by repeating paragraphs of our own, and the same article at a quarter of the size, so the two give the growth of
CPU time with length (1.0 is linear; CPU time, as wall time on a shared machine measures its other load too).
Reports; never gates.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

MAX_PEAK_MB = 1024  # peak RSS for any input up to the documents.MAX_BYTES cap
MAX_GROWTH = 1.5  # seconds per MB of the 1 MB article over those of the quarter-MB one: linear is 1.0

_PARAGRAPHS = (
    "Provincial authorities in Quang Nam said on Tuesday that {n} households would be moved away from the "
    "river bank before the rainy season, after the floods of last October destroyed {m} homes.",
    "“We cannot wait for another storm to show us where the water goes,” said Tran Van Duc, deputy chairman "
    "of the provincial people's committee, at a meeting with residents of Dien Ban town.",
    "The resettlement plan, approved in March, sets aside VND {m} billion for new housing and roads, "
    "according to a statement from the committee.",
    "Residents told reporters they supported the move but wanted land of the same size. Nguyen Thi Hanh, "
    "a {n}-year-old rice farmer, said her family had lived by the river for four generations.",
    "The ministry of agriculture said in a report that {n} per cent of the province's dykes needed repair "
    "and that work on the largest of them would start in June.",
)


def article(size: int) -> str:
    """Paragraphs of our own, numbers varied, repeated to `size` characters (a long report, not a copy)."""
    out: list[str] = []
    total, i = 0, 0
    while total < size:
        p = _PARAGRAPHS[i % len(_PARAGRAPHS)].format(n=12 + i % 80, m=40 + i % 900)
        if i % 25 == 0:
            p = f"Part {i // 25 + 1}\n\n{p}"
        out.append(p)
        total += len(p) + 2
        i += 1
    return "\n\n".join(out) + "\n"


SHAPES = {
    "100,000 quote marks in a row": lambda: '"' * 100_000 + "\n",
    "50,000 lines of `He said:`": lambda: "He said:\n" * 50_000,
    "a realistic article, 0.25 MB": lambda: article(250_000),
    "a realistic article, 1 MB": lambda: article(1_000_000),
}


def bench_pathological(b: Any) -> None:
    """Append a row per shape (and the growth of time with length) to b.targets; `b` is bench.Bench."""
    from bench import VNHRC, Target, measure

    per_mb: dict[str, float] = {}
    for name, make in SHAPES.items():
        text = make()
        path = Path(b.work) / f"shape-{len(per_mb)}.txt"
        path.write_text(text, encoding="utf-8")
        mb = len(text.encode("utf-8")) / 1e6
        m = measure([VNHRC, "extract", str(path), "--no-cache", "--jobs", "1", "--format", "jsonl"])
        per_mb[name] = m.cpu / mb  # CPU seconds: steadier than wall time on a shared machine
        ok = m.rc == 0 and m.maxrss_mb < MAX_PEAK_MB
        note = f"{m.wall:.1f} s wall, {m.cpu:.1f} s CPU for {mb:.2f} MB; peak {m.maxrss_mb:.0f} MB"
        if m.rc != 0:
            note += f"; exit {m.rc}: {m.stderr.decode(errors='replace')[-200:]}"
        b.targets.append(Target(f"pathological text: {name}", f"{m.wall / mb:.1f} s/MB, {m.maxrss_mb:.0f} MB peak",
                                f"peak < {MAX_PEAK_MB} MB", ok, note))
    small, big = per_mb["a realistic article, 0.25 MB"], per_mb["a realistic article, 1 MB"]
    growth = big / small
    b.targets.append(Target("pathological text: CPU time per MB, 1 MB article over 0.25 MB", f"{growth:.2f}x",
                            f"<= {MAX_GROWTH}x (1.0 is linear)", growth <= MAX_GROWTH,
                            f"{big:.1f} vs {small:.1f} CPU s/MB"))


def main() -> int:
    from bench import Bench, render
    from vnhrc.extract import BATCH_DOCS
    from vnhrc.pipeline import MODEL

    with tempfile.TemporaryDirectory(prefix="vnhrc-bench-") as work:
        b = Bench(jobs=1, batch=BATCH_DOCS, model=MODEL, repeat=1, work=Path(work))
        bench_pathological(b)
        print(render(b))
    return 0


if __name__ == "__main__":
    sys.exit(main())
