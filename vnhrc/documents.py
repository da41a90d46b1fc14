"""Reading documents: finding files, decoding bytes, and the metadata an article states about itself.

Knows nothing of spaCy: everything here runs before a model is loaded.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as dateparser

STDIN = "-"


class InputError(Exception):
    """A path or file the user named cannot be used; the message is shown as `Error: …`."""


class SkippedFile(Exception):
    """One file among many cannot be read; it is named on stderr and the run goes on."""


@dataclass
class Document:
    path: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd, the publication date the text states
    source: str | None = None
    # (start, end) character spans of lines that are site chrome or photo captions
    chrome: list[tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return Path(self.path).stem if self.path != STDIN else "stdin"


# --- finding files -------------------------------------------------------------------------------


def iter_paths(paths: Iterable[str], glob: str = "*.txt") -> Iterator[str]:
    """Files named or found below folders (recursively, sorted); '-' passes through for stdin.

    Raises InputError for a path that does not exist or a folder with no matching file.
    """
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        p = Path(raw)
        if not p.exists():
            raise InputError(f"{raw}: no such file or folder")
        if p.is_dir():
            found = sorted(_walk(p, glob))
            if not found:
                raise InputError(f"{raw}: no files matching {glob!r} in this folder")
            yield from (str(f) for f in found)
        else:
            yield str(p)


def _walk(top: Path, glob: str) -> Iterator[Path]:
    # os.walk with followlinks=False cannot loop on symlinked folders; files behind links still count.
    for root, dirs, files in os.walk(top, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            fp = Path(root) / f
            if fp.match(glob) and not f.startswith("."):
                yield fp


# --- decoding -------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# control characters other than tab, newline, carriage return, form feed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, name: str = "") -> str:
    """Bytes → text: BOMs honoured, UTF-8 tried first, legacy single-byte (cp1252) as fallback.

    Raises SkippedFile for what looks binary (NUL bytes or many control characters).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc), name)
            except UnicodeDecodeError as e:
                raise SkippedFile(f"{name}: not valid {enc} ({e.reason})") from None
    if b"\x00" in data:
        raise SkippedFile(f"{name}: binary file (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Old Windows-made pages: cp1252 covers latin-1's printable range plus curly quotes.
        text = data.decode("cp1252", errors="replace")
    return _check_text(text, name)


def _check_text(text: str, name: str) -> str:
    if "\x00" in text:
        raise SkippedFile(f"{name}: binary file (NUL characters)")
    bad = len(_CONTROL.findall(text[:65536]))
    if bad > max(8, len(text[:65536]) // 100):
        raise SkippedFile(f"{name}: binary file ({bad} control characters)")
    return text


def read_document(path: str) -> Document:
    """Read one file (or stdin for '-') into a Document with its metadata."""
    if path == STDIN:
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(path).read_bytes()
        except PermissionError:
            raise SkippedFile(f"{path}: permission denied") from None
        except IsADirectoryError:
            raise SkippedFile(f"{path}: is a folder") from None
        except OSError as e:
            raise SkippedFile(f"{path}: {e.strerror or e}") from None
    return make_document(path, decode(data, path))


def make_document(path: str, text: str) -> Document:
    title, date, source = find_metadata(text)
    return Document(path=path, text=text, title=title, date=date, source=source, chrome=chrome_spans(text))


# --- metadata -------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\bdate\s+(\d{4}-\d{2}-\d{2})\b", re.I)
_DMY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_YMD_SLASH = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")
_BARE_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_WORDY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?"
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})"
)
_SOURCE_PATTERNS = (
    re.compile(r"^\s*Source:\s*(\S.*?)\s*$", re.M),
    re.compile(r"\((VNA|VNS|AFP|Reuters|AP|RFA|VOV|Xinhua)\)"),
    re.compile(r"^\s*By\s+(RFA[\w ]*|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\s*$", re.M),
)
_OUTLETS = ("Báo Quốc Tế", "VietNamNet", "Tuoi Tre", "VnExpress", "Nhân Dân", "Vietnam.vn", "VOA", "RFA",
            "Vietnam News", "Vietnam Plus", "VietnamPlus", "The Straits Times", "UN News", "OHCHR")
_HEAD_LINES = 12  # metadata lives in the first lines of a page


def find_metadata(text: str) -> tuple[str | None, str | None, str | None]:
    """(title, ISO publication date, source) as the text itself states them; None where it does not."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    head = "\n".join(lines[:_HEAD_LINES])
    return _find_title(lines), _find_date(head), _find_source(text, head)


def _find_title(lines: list[str]) -> str | None:
    for ln in lines[:_HEAD_LINES]:
        if _is_chrome_line(ln) or _looks_like_dateline(ln):
            continue
        words = ln.split()
        # a headline: a handful of words, no final full stop (or a long lead-in with a date prefix)
        if 3 <= len(words) <= 30 and not ln.endswith((".", "?")) and not ln.lower().startswith("date "):
            return ln
    if lines:
        first = re.sub(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*", "", lines[0])
        return " ".join(first.split()[:20]) or None
    return None


def _looks_like_dateline(line: str) -> bool:
    return bool(_DMY.search(line) or _WORDY.fullmatch(line.strip(" ,")) or _ISO_DATE.match(line)) and \
        len(line.split()) <= 8


def _find_date(head: str) -> str | None:
    m = _ISO_DATE.search(head)
    if m:
        return m.group(1)
    for line in head.splitlines():
        if len(line.split()) > 12:  # a dateline is short; long lines are article text mentioning dates
            continue
        if m := _YMD_SLASH.search(line):
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _DMY.search(line):  # Vietnamese outlets write day/month/year
            return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _BARE_ISO.search(line):
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _WORDY.search(line):
            try:
                return dateparser.parse(m.group(1).replace("Sept", "Sep")).date().isoformat()
            except (ValueError, OverflowError):
                continue
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    import datetime as _dt

    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _find_source(text: str, head: str) -> str | None:
    for pat in _SOURCE_PATTERNS:
        if m := pat.search(text):
            return m.group(1).strip()
    for outlet in _OUTLETS:
        if outlet in head:
            return outlet
    tail = [ln.strip() for ln in text.splitlines() if ln.strip()][-2:]
    for ln in tail:
        if re.fullmatch(r"[A-Z]{2,6}", ln):  # a closing agency sign-off such as "VNA"
            return ln
    return None


# --- chrome and captions -------------------------------------------------------------------------

_CHROME = re.compile(
    r"^(?:related news|related|comment\s*\(\d+\)|comments?|share|print|tags?:.*|read more.*|see more.*|"
    r"source:\s*https?://\S+|https?://\S+|home|menu|login|subscribe|advertisement|in-depth|"
    r"chi tiết.*|.*\s-\s nền tảng.*)$",
    re.I,
)
# a photo credit ends a caption: "(Photo: VNA)", "(Source: …)", ". Photo: Name / Outlet"
_CAPTION = re.compile(r"\((?:photo|source|ảnh)\s*:[^)]*\)\.?|^photo\s*:.*$|\.\s*photo\s*:\s*[^.]*$", re.I)


def _is_chrome_line(line: str) -> bool:
    s = line.strip()
    return bool(_CHROME.match(s) or _CAPTION.search(s))


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of whole lines that are site chrome or photo captions (never statements)."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and _is_chrome_line(body):
            # a caption glued in front of the article body ("...(Photo: VNA) Geneva (VNA) – It is ...")
            # only blanks the caption part, not the rest of the line
            m = _CAPTION.search(body)
            end = m.end() if m and not _CHROME.match(body.strip()) else len(body)
            spans.append((pos, pos + end))
        pos += len(line)
    return spans
