"""Pages of the tests' own making, and a real HTTP server on 127.0.0.1 to fetch them from.

`wrap` puts an article's paragraphs inside the chrome news sites add around them: a cookie banner, a menu, a
photo caption, share links, a related-stories list, reader comments, scripts and a footer, several of them with
reporting verbs of their own, so a claim found in the chrome shows up as a difference. The site, its names and
its texts are invented.
"""

from __future__ import annotations

import contextlib
import html as _html
import http.server
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

SITE = "The Daily Lantern"
CANONICAL = "https://lantern.example/world/council-hears-small-states"

# an article of the tests' own: a dateline, indirect, direct and mixed statements, a number
OWN_ARTICLE = (
    "Geneva, June 3, 2024 – The council must listen to small states, said Ambassador Maria Lopez, head of the "
    "delegation of Costa Verde.\n\n"
    "Lopez said that her country would vote for 12 resolutions this year.\n\n"
    "“We will not stay silent when rights are at stake,” she told reporters after the session.\n\n"
    "The foreign ministry of Costa Verde said in a statement that the talks had been “frank and useful”.\n"
)
OWN_INTERVIEW = (
    "Hanoi, 4 March 2025 – Deputy Minister Tran Van Binh spoke to the paper about the coming session.\n\n"
    "Reporter: What will the delegation ask for?\n\n"
    "Tran Van Binh: We will ask for a fair hearing for every region, and we hope that the new members keep "
    "their promises.\n\n"
    "Binh added that the ministry had sent 30 experts to prepare the talks.\n\n"
    "Professor Ana Ruiz of the University of Lisbon said the plan was realistic but costly.\n"
)


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def wrap(paras: list[str], title: str = "Council hears small states", date: str | None = "2024-06-03",
         meta: bool = True, headline: bool = True) -> str:
    """An article page: `paras` as its body inside a site's chrome; og:, article: and canonical metadata when
    `meta` (else none at all: no <title>, no meta tags, no canonical link)."""
    esc = _html.escape
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    head = ""
    if meta:
        head = f"""<title>{esc(title)} | {SITE}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:url" content="{CANONICAL}">
<meta property="og:type" content="article">
<meta name="author" content="Minh Tran">
<link rel="canonical" href="{CANONICAL}">"""
        if date:
            head += f'\n<meta property="article:published_time" content="{date}T08:30:00+07:00">'
    h1 = f"<h1>{esc(title)}</h1>" if headline else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
{head}
<script>window.dataLayer = []; function track(e) {{ return "the tracker said hello"; }}</script>
<style>.menu li {{ display: inline; }}</style>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience, our partners said.
<button>Accept all</button> <button>Manage settings</button></div>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/login">Login</a></li><li><a href="/subscribe">Subscribe</a></li>
</ul></nav></header>
<main><article>
{h1}
<figure><img src="/img/hall.jpg" alt="The hall"><figcaption>Delegates wait in the assembly hall before the vote,
officials said. (Photo: Lantern)</figcaption></figure>
{body}
<div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
</article>
<aside class="related"><h3>Related news</h3><ul>
<li><a href="/a">Minister says the harbour talks went well, aides said</a></li>
<li><a href="/b">Rain floods the old town again, residents warn</a></li>
<li><a href="/c">Ten things the mayor said about the budget</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments (2)</h3>
<div class="comment"><p>Reader42 said this is a great article and that the ambassador is completely right.</p></div>
<div class="comment"><p>Another reader argued that the vote will change nothing at all for us.</p></div></section>
</main>
<footer><p>© 2024 {SITE}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a>
</footer>
<script>track("page view: the editor said to count it");</script>
</body></html>"""


# words only the chrome holds: none of them may reach the extracted text
CHROME_WORDS = ("cookies", "Accept all", "Subscribe", "Login", "harbour talks", "Rain floods", "Reader42",
                "Another reader", "All rights reserved", "tracker", "page view", "display: inline", "Privacy")


# --- a real HTTP server on 127.0.0.1 ------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the reply starts
    length: bool = True  # send Content-Length


class Server:
    """Routes (path → Reply), the requests seen (path → count) and the user agents they carried."""

    def __init__(self, routes: dict[str, Reply | Callable[[], Reply]]) -> None:
        self.routes = routes
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path


@contextlib.contextmanager
def serve(routes: dict[str, Reply | Callable[[], Reply]]) -> Iterator[Server]:
    """A ThreadingHTTPServer on a free port of 127.0.0.1, in a thread; shut down when the block ends."""
    server = Server(routes)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            path = self.path.split("?", 1)[0]
            server.hits[path] += 1
            server.agents.append(self.headers.get("User-Agent", ""))
            reply = server.routes.get(path, Reply(404, b"<html><body>not here</body></html>"))
            if callable(reply):
                reply = reply()
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.length:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a cap or a timeout)
                pass

        def log_message(self, *args: object) -> None:  # quiet
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
