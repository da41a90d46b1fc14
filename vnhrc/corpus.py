"""JSON Lines corpora: a scraper's dump, one article an object, read as one Document an article.

The text is the `--text-field` (default: the first of `text`, `content`, `body` that holds a string); an article
with only an `html` field goes through the page path (web.py). `title`, `date` (or `published`) and `url` fill
the document record ahead of what the text rules guess; `id` names the article (`dump.jsonl:<id>`, else
`dump.jsonl:<line>`), so its claims' ids stay stable across runs. A line that is not an object is named
(file:line) and skipped; the rest of the file is read. Streams line by line: memory stays flat.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from .documents import Document, SkippedFile, Stated, make_document

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_FIELDS = ("text", "content", "body")
HTML_FIELD = "html"
DATE_FIELDS = ("date", "published", "published_at", "pubdate")
# an id that can stand in a claim id and a path: no separators, spaces or control characters
_SAFE_ID = re.compile(r"[\w.-]{1,80}")


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def read_corpus(path: str, on_skip: Callable[[str], None], text_field: str | None = None) -> Iterator[Document]:
    """The articles of a JSON Lines file, in order; a bad line is reported to `on_skip` and passed over.

    Raises SkippedFile when the file itself cannot be read.
    """
    try:
        f = open(path, "rb")  # noqa: SIM115 (closed below; a generator cannot use `with` across a skip)
    except OSError as e:
        raise SkippedFile(f"{path}: {e.strerror or e}") from None
    seen: set[str] = set()
    with f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                yield _article(path, n, raw, text_field, seen)
            except SkippedFile as e:
                on_skip(str(e))


def _article(path: str, n: int, raw: bytes, text_field: str | None, seen: set[str]) -> Document:
    where = f"{path}:{n}"
    try:
        obj = json.loads(raw.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as e:
        raise SkippedFile(f"{where}: not JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(obj, dict):
        raise SkippedFile(f"{where}: not a JSON object (one article an object)")
    name = _name(obj.get("id"), n, seen)
    given = Stated(title=_text(obj.get("title")), date=_iso_date(_first(obj, DATE_FIELDS)),
                   url=_text(obj.get("url")))
    doc_path = f"{path}:{name}"
    fields = (text_field,) if text_field else TEXT_FIELDS
    for key in fields:
        text = obj.get(key)
        if isinstance(text, str):
            return make_document(doc_path, text, given=given, kind="jsonl")
    html = obj.get(HTML_FIELD)
    if isinstance(html, str):
        return make_document(doc_path, html, html=True, given=given, kind="jsonl")
    wanted = ", ".join(repr(k) for k in (*fields, HTML_FIELD))
    raise SkippedFile(f"{where}: no text (none of the fields {wanted} holds a string)")


def _name(value: object, line: int, seen: set[str]) -> str:
    """The article's id when it is a short, safe, unseen one; else its line number."""
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        s = str(value)
        if _SAFE_ID.fullmatch(s) and s not in seen and not s.isdigit():
            seen.add(s)
            return s
    return str(line)


def _first(obj: dict, keys: tuple[str, ...]) -> object:
    for k in keys:
        if obj.get(k) not in (None, ""):
            return obj[k]
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _iso_date(value: object) -> str | None:
    """'2024-06-03T08:30:00Z', 'June 3, 2024', '03/06/2024' (day first, as Vietnamese outlets write) → ISO."""
    s = _text(value)
    if s is None:
        return None
    from dateutil import parser as dateparser

    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    try:
        if iso:
            import datetime as dt

            return dt.date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        return dateparser.parse(s, dayfirst=True).date().isoformat()
    except (ValueError, OverflowError):
        return None
