"""Web pages: HTML → the article's main text and the metadata the page states; fetching URLs with caps.

trafilatura finds the main text (no menus, related links, comments, scripts, cookie banners or footers) and the
metadata (title, date, site name, author, canonical URL); htmldate looks further for a date when neither the
markup nor the text states one. Fetching is the standard library's urllib with a timeout, a size cap, a redirect
cap and a user agent naming vnhrc; a page that cannot be had raises FetchError with a one-line reason.

trafilatura is imported only when a page is read, so `--help` and cache lookups stay instant. This module knows
nothing of the rules and never opens the cache: the fetcher is handed a store-like object.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from . import __version__

USER_AGENT = f"vnhrc/{__version__} (news claims extractor; Python urllib)"
TIMEOUT_S = 20.0  # for the whole fetch: connecting, waiting and reading
MAX_BYTES = 10 * 2**20  # a news page is well under a megabyte; anything larger is not an article
MAX_REDIRECTS = 5
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# what a page may be served as; anything else (PDF, images, JSON) is named and skipped
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_CHUNK = 64 * 1024

# the start of a file that is a page, whatever its name: a doctype, <html>, <head> or <body>, or comments first
_PAGE_START = re.compile(r"(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
# an HTML fragment: starts with a tag and has several closing block tags near the top
_BLOCK_CLOSE = re.compile(r"</(?:p|div|article|section|h[1-6]|li|span|a|td)>", re.I)
_FRAGMENT_CLOSES = 3
_SNIFF_CHARS = 4096
# trafilatura swaps in its fallback extractors below this many characters; their text of a short article brings
# back captions and share links glued into one line, so they are left for pages the main pass finds nothing in
MIN_EXTRACTED_CHARS = 1


class PageError(Exception):
    """A page trafilatura cannot read; the message says why in one line."""


class FetchError(Exception):
    """A URL whose page cannot be had (DNS, HTTP status, timeout, too large, not HTML or text)."""


@dataclass
class Page:
    """What a page states about itself: its main text (paragraphs apart by a blank line) and metadata."""

    text: str
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd from the markup (meta tags, <time>, JSON-LD, the URL)
    source: str | None = None  # the site's name
    author: str | None = None
    url: str | None = None  # the canonical URL the page names, else the address it was read from


def is_url(path: str) -> bool:
    return path[:8].lower().startswith(("http://", "https://"))


def is_html_name(path: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES)


def looks_like_html(text: str) -> bool:
    """True for a page whatever its name: a doctype or <html>/<head>/<body> first, or a fragment that starts
    with a tag and closes several block elements ('<p>Critics said …</p>')."""
    head = text[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    return bool(_PAGE_START.match(head)) or len(_BLOCK_CLOSE.findall(head)) >= _FRAGMENT_CLOSES


def read_html(html: str, url: str | None = None) -> Page:
    """The page's main text and metadata (trafilatura); an empty text when it finds no article."""
    import trafilatura

    today = dt.date.today().isoformat()
    try:
        found = _extract(trafilatura, html, url, today)
    except Exception as e:  # trafilatura or lxml failing on odd markup: the page is named, not the run ended
        raise PageError(f"the page cannot be read ({type(e).__name__}: {' '.join(str(e).split())})") from None
    if found is None:
        return Page(text="", url=url)
    return Page(
        text=_paragraphs(found.text or ""),
        title=_clean(found.title),
        date=_clean(found.date),
        source=_clean(found.sitename),
        author=_clean(found.author),
        url=_clean(found.url) or url,
    )


def _extract(trafilatura: Any, html: str, url: str | None, today: str) -> Any:
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, config=_config(), include_comments=False, include_images=False,
        include_tables=True, include_links=False, deduplicate=False,
        # the markup's own date only: a date guessed from the body text would beat the text rules' dateline
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d",
                                "max_date": today},
    )


def guess_date(html: str, url: str | None = None) -> str | None:
    """htmldate's extensive search (dates anywhere in the page): for a page whose markup and text state none.

    A bare year ('© 2024' in a footer) comes back as 1 January: that is no publication date.
    """
    import htmldate

    try:
        found = htmldate.find_date(html, url=url, extensive_search=True, original_date=True,
                                   outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd markup; no date is the honest answer then
        return None
    if not found or (found.endswith("-01-01") and found[:4] + "-01-01" not in html
                     and not re.search(r"\b(?:1 Jan|Jan(?:uary)?\.? 1\b|01/01/)", html)):
        return None
    return found


@functools.lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_CHARS))
    return config


def _paragraphs(text: str) -> str:
    """trafilatura's lines as paragraphs apart by a blank line, as articles saved as text are: a single line
    break would read as a hard-wrapped line to the paragraph rules. A table row ('| Vietnam | 180 |') becomes
    its cells apart by tabs; the rule under a header row ('|---|---|') goes."""
    lines = []
    for ln in text.splitlines():
        ln = ln.strip()
        if _TABLE_RULE.fullmatch(ln):
            continue
        if _TABLE_ROW.fullmatch(ln):  # a layout table's one cell is then just its text
            ln = "\t".join(c.strip() for c in ln[1:-1].split("|") if c.strip())
        if ln:
            lines.append(ln)
    return "\n\n".join(lines) + ("\n" if lines else "")


_TABLE_ROW = re.compile(r"\|.*\|")
_TABLE_RULE = re.compile(r"\|(?:\s*:?-+:?\s*\|)+")


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


# --- fetching ----------------------------------------------------------------------------------------------


@dataclass
class Fetched:
    url: str  # the address the page was read from, after redirects
    content_type: str  # as served, e.g. 'text/html; charset=utf-8'
    body: bytes

    @property
    def is_html(self) -> bool:
        return _media_type(self.content_type) in HTML_TYPES

    @property
    def charset(self) -> str | None:
        return _charset(self.content_type)


def _redirects() -> Any:
    """urllib's redirect handler, capped, and kept to the web."""
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS
        max_repeats = 2  # the same address twice is a loop

        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
            if not is_url(newurl):  # never follow a page to file://, ftp:// or anything but the web
                raise FetchError(f"redirected to {newurl!r}, not an http(s) address")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return Redirects()


def fetch(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET the page at `url`: HTML or plain text, at most `max_bytes`, within `timeout` seconds in all.

    Raises FetchError with a one-line reason for anything else.
    """
    # imported here: the standard library's HTTP stack costs start-up time every other command would pay
    import http.client
    import urllib.error
    import urllib.request

    opener = urllib.request.build_opener(_redirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.8"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            ctype = response.headers.get("Content-Type") or ""
            media = _media_type(ctype)
            if media and media not in HTML_TYPES + TEXT_TYPES:
                raise FetchError(f"not HTML or text ({media})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"too large ({int(length):,} bytes; the cap is {max_bytes:,})")
            body = b"".join(_read_capped(response, max_bytes, deadline, timeout))
            return Fetched(url=response.geturl(), content_type=ctype, body=body)
    except FetchError:
        raise
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400 and "not allowed" in str(e.msg):  # urllib refuses file:// and the like itself
            raise FetchError("redirected to a place that is not an http(s) address") from None
        if 300 <= e.code < 400:
            raise FetchError(f"too many redirects (a loop, or more than {MAX_REDIRECTS})") from None
        raise FetchError(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise FetchError(_reason(e.reason, timeout)) from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as e:  # a reset connection, a bad address or reply
        raise FetchError(_reason(e, timeout)) from None


def _read_capped(response: Any, max_bytes: int, deadline: float, timeout: float) -> Iterator[bytes]:
    total = 0
    while chunk := response.read(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"too large (over {max_bytes:,} bytes, the cap)")
        # the socket timeout covers each wait; a server trickling bytes is stopped by the deadline
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s")
        yield chunk


def _reason(reason: object, timeout: float) -> str:
    import socket
    import ssl

    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({reason.reason or reason})"
    text = " ".join(str(getattr(reason, "strerror", None) or reason).split())
    return text or type(reason).__name__


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _charset(content_type: str) -> str | None:
    from email.message import Message

    if not content_type:
        return None
    msg = Message()
    msg["Content-Type"] = content_type
    charset = msg.get_param("charset")
    return charset.strip().lower() if isinstance(charset, str) and charset.strip() else None


def read_url_list(path: str) -> list[str]:
    """The URLs of a `--urls` file: one a line; blank lines and `#` comments ignored.

    Raises ValueError naming the file and line of anything that is not an http(s) address.
    """
    urls = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            # a '#' starts a comment at the start of a line or after a space ('#' inside a URL is its fragment)
            s = re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()
            if not s:
                continue
            if not is_url(s) or any(ch.isspace() for ch in s):
                raise ValueError(f"{path}:{n}: not an http(s) URL: {s[:80]!r}")
            urls.append(s)
    return urls


# --- fetching through the cache ------------------------------------------------------------------------------


class PageCache(Protocol):
    """What the fetcher needs of the cache (store.Store has it)."""

    def get_page(self, url: str) -> Fetched | None: ...

    def put_page(self, url: str, page: Fetched) -> None: ...


class Fetcher:
    """Pages by URL: from the cache when it holds them (unless `refresh`), else fetched and saved to it.

    `offline` never touches the network: a URL the cache lacks is refused.
    """

    def __init__(self, cache: PageCache | None = None, offline: bool = False, refresh: bool = False,
                 timeout: float | None = None, max_bytes: int | None = None) -> None:
        self.cache = cache
        self.offline = offline
        self.refresh = refresh
        self.timeout = TIMEOUT_S if timeout is None else timeout
        self.max_bytes = MAX_BYTES if max_bytes is None else max_bytes
        self.fetched = 0  # pages fetched from the network this run

    def get(self, url: str) -> Fetched:
        if self.cache is not None and not (self.refresh and not self.offline):
            cached = self.cache.get_page(url)
            if cached is not None:
                return cached
        if self.offline:
            raise FetchError("not fetched: --offline, and the cache does not hold this page")
        page = fetch(url, timeout=self.timeout, max_bytes=self.max_bytes)
        self.fetched += 1
        if self.cache is not None:
            self.cache.put_page(url, page)
        return page

