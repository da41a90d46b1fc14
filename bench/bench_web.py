"""The HTML path beside the text path: `make bench` runs it after the core measurements (bench.EXTRA_BENCHES).

Each text of the corpus is wrapped in a page of site chrome of our own (menu, cookie banner, caption, related
stories, comments, scripts, footer, og: metadata) and saved as .html; then, each in its own subprocess:

- `vnhrc extract` cold over the pages and over the same texts as .txt (alternated, the fastest of `repeat`);
- trafilatura alone (web.read_html over every page in one process, model never loaded): the page step's cost.

Rows go to bench.targets; the HTML path's pages/s stands beside the text path's docs/s. It reports, never gates.
"""

from __future__ import annotations

import html
import sys
import tempfile
from pathlib import Path

CHROME = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Bench Courier</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="The Bench Courier">
<meta property="article:published_time" content="2024-06-03T08:00:00Z">
<link rel="canonical" href="https://courier.example/{name}">
<script>var consent = {{ asked: true }}; function ping() {{ return 1; }}</script></head><body>
<div class="cookie-banner">This site uses cookies. <button>Accept</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>{title}</h1>
<figure><img src="a.jpg"><figcaption>A hall before a vote. (Photo: Courier)</figcaption></figure>
{body}
</article><aside class="related"><h3>Related</h3><ul><li><a href="/x">A minister said another thing</a></li>
<li><a href="/y">Prices rose again, traders said</a></li></ul></aside>
<section class="comments"><p>A reader said the article was too long.</p></section></main>
<footer>© 2024 The Bench Courier</footer><script>ping();</script></body></html>
"""

# trafilatura alone over a folder of pages, in a fresh process (no model): prints pages, and CPU seconds spent
# on them after the first (the import and first-call set-up apart)
TRAFILATURA_SCRIPT = r"""
import pathlib, sys, time
from vnhrc.web import read_html
pages = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.html"))]
read_html(pages[0])
t = time.process_time()
n = sum(1 for p in pages if read_html(p).text)
print(n, time.process_time() - t)
"""


def page_of(name: str, text: str) -> str:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    title = html.escape(paras[0][:80] if paras else name)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return CHROME.format(title=title, name=html.escape(name), body=body)


def bench_web(b) -> None:  # b: bench.Bench
    from bench import VNHRC, Target, measure

    scale = sorted(b.corpora)[len(b.corpora) // 2]  # the middle corpus: a pool runs, the bench stays short
    texts = b.corpora[scale]
    pages = Path(tempfile.mkdtemp(prefix="pages-", dir=b.work))
    n = 0
    for p in sorted(texts.glob("*.txt")):
        (pages / f"{p.stem}.html").write_text(page_of(p.stem, p.read_text(encoding="utf-8")), encoding="utf-8")
        n += 1
    cmd = [VNHRC, "extract", "--jobs", str(b.jobs), "--format", "jsonl"]
    html_runs, text_runs = [], []
    for _ in range(b.repeat):  # alternated, so a busy spell on the shared machine hits both alike
        html_runs.append(measure([*cmd, str(pages)], {"XDG_CACHE_HOME": tempfile.mkdtemp(dir=b.work)}, True))
        text_runs.append(measure([*cmd, str(texts)], {"XDG_CACHE_HOME": tempfile.mkdtemp(dir=b.work)}, True))
    h = min(html_runs, key=lambda m: m.wall)
    t = min(text_runs, key=lambda m: m.wall)
    if h.rc != 0:
        b.notes.append(f"the HTML path exited {h.rc}: {h.stderr.decode(errors='replace')[-300:]}")
    claims_h, claims_t = h.stdout.count(b"\n"), t.stdout.count(b"\n")
    b.targets.append(Target(
        f"HTML path: `vnhrc extract` over {n} saved pages ({scale}x), cold", f"{n / h.wall:.1f} pages/s",
        "as many claims as the text path", h.rc == 0 and claims_h == claims_t,
        f"text path {n / t.wall:.1f} docs/s on the same texts ({h.wall / t.wall:.2f}x its time); "
        f"claims {claims_h} vs {claims_t}; CPU {h.cpu:.1f} s vs {t.cpu:.1f} s"))
    traf = min((measure([sys.executable, "-c", TRAFILATURA_SCRIPT, str(pages)], keep_output=True)
                for _ in range(b.repeat)), key=lambda m: m.wall)
    done, cpu = traf.stdout.split() if traf.rc == 0 else ("0", "0")
    per_page = float(cpu) / max(1, int(done))
    b.targets.append(Target(f"trafilatura alone over the {n} pages (one process, no model)",
                            f"{1 / per_page:.0f} pages/s of CPU" if per_page else "n/a", "(the page step's share)",
                            None, f"{per_page * 1000:.1f} ms of CPU a page; the process {traf.wall:.2f} s with "
                                  f"its imports"))


def main(argv: list[str] | None = None) -> int:
    """`python bench/bench_web.py`: this bench alone, on one corpus size."""
    import argparse

    from bench import run_alone
    from vnhrc.extract import default_jobs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=4, help="copies of the base documents [default: 4]")
    ap.add_argument("--jobs", type=int, default=default_jobs(), help="--jobs N [default: the cores]")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each; the fastest counts [default: 2]")
    args = ap.parse_args(argv)
    return run_alone("web", [args.scale], args.jobs, args.repeat, bench_web)


if __name__ == "__main__":
    sys.exit(main())
