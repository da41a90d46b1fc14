"""Reading documents: finding files, decoding bytes, and the metadata an article states about itself.

Knows nothing of spaCy: everything here runs before a model is loaded.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as dateparser

STDIN = "-"
MAX_BYTES = 50 * 1024 * 1024  # the most one document (a file, a pipe, stdin) may hold: 50 MB of text


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


def shown_path(path: str) -> str:
    """A path as valid UTF-8 text: bytes of a file name that are not UTF-8 (which Python keeps as lone
    surrogates) become `\\xff` escapes, so JSON, CSV, the cache and the terminal can all take it."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


class Unusable(str):
    """A path found below a folder that cannot be read as a file (a FIFO, an unreadable folder): it passes
    through `iter_paths` like any path and `read_document` turns it into a SkippedFile, so it is named."""

    reason: str

    def __new__(cls, path: str, reason: str) -> Unusable:
        self = super().__new__(cls, path)
        self.reason = reason
        return self


def check_glob(glob: str) -> str:
    """The --glob pattern, or InputError when it cannot match a file name."""
    if not glob.strip():
        raise InputError(f"{glob!r} is not a file name pattern (such as '*.txt')")
    return glob


def iter_paths(paths: Iterable[str], glob: str = "*.txt") -> Iterator[str]:
    """Files named or found below folders (recursively, sorted); '-' passes through for stdin.

    Raises InputError for a path that does not exist or a folder with no matching file. Every path is checked
    before the first is yielded, so a mistyped name stops the run before anything is written.
    """
    check_glob(glob)
    groups: list[list[str]] = []
    for raw in paths:
        if raw == STDIN:
            groups.append([STDIN])
            continue
        p = Path(raw)
        shown = shown_path(raw)
        if not p.exists():
            if p.is_symlink():
                raise InputError(f"{shown}: a symbolic link to nothing (or to itself)")
            raise InputError(f"{shown}: no such file or folder")
        if p.is_dir():
            found = sorted(_walk(p, glob))
            if not found:
                raise InputError(f"{shown}: no files matching {glob!r} in this folder")
            groups.append(found)
        else:
            _check_named(raw)
            groups.append([str(p)])
    for group in groups:
        yield from group


def input_named(targets: Iterable[str], paths: Iterable[str], glob: str = "*.txt") -> tuple[str, str] | None:
    """(target, input) for the first of `targets` (files a run would write or remove) that is also one of the
    inputs PATHs name, directly, below a folder, through a symbolic or a hard link; else None.

    Compared by device and inode, so every spelling of a path counts; only existing targets can clash."""
    wanted = {}
    for t in targets:
        try:
            st = os.stat(t)
        except OSError:
            continue
        wanted[(st.st_dev, st.st_ino)] = t
    if not wanted:
        return None
    for path in iter_paths([p for p in paths if p != STDIN], glob):
        try:
            st = os.stat(path)
        except OSError:
            continue
        hit = wanted.get((st.st_dev, st.st_ino))
        if hit is not None:
            return hit, str(path)
    return None


def _walk(top: Path, glob: str) -> Iterator[str]:
    # os.walk with followlinks=False cannot loop on symlinked folders; files behind links still count.
    unreadable: list[str] = []
    for root, dirs, files in os.walk(top, followlinks=False, onerror=lambda e: unreadable.append(e.filename)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            fp = Path(root) / f
            if fp.match(glob) and not f.startswith("."):
                yield _regular(str(fp))
    if unreadable and str(unreadable[0]) == str(top):
        raise InputError(f"{top}: folder cannot be read")
    # a folder below that os.walk could not list is named, so the user knows its files were not read
    yield from (Unusable(str(d), "folder cannot be read") for d in unreadable)


def _check_named(path: str) -> None:
    """InputError for a named path that is no file to read: a device (`/dev/zero` never ends), a socket. A pipe
    (a FIFO, `<(command)`) is read like standard input, up to MAX_BYTES."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # read_document names the reason
    if stat.S_ISREG(mode) or stat.S_ISFIFO(mode):
        return
    kind = "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "odd"
    raise InputError(f"{shown_path(path)}: not a regular file ({kind}); name a file, or - for standard input")


def _regular(path: str) -> str:
    """The path, or an Unusable one for a FIFO, socket or device (reading it could block or never end)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return path  # a broken or looping link: read_document names the reason
    if stat.S_ISREG(mode):
        return path
    return Unusable(path, "not a regular file")


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
_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")


def decode(data: bytes, name: str = "") -> str:
    """Bytes → text: a BOM names the encoding; else UTF-16 when every other byte is NUL, else UTF-8 (a few
    broken bytes replaced), else legacy single-byte (cp1252, which covers latin-1's printable range).

    Raises SkippedFile for what looks binary (NUL bytes or many control characters).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            # a damaged byte or a cut-off last character costs one U+FFFD, not the whole file
            return _check_text(data.decode(enc, errors="replace"), name)
    if enc := _bomless_utf16(data):
        return _check_text(data.decode(enc, errors="replace"), name)
    if b"\x00" in data:
        raise SkippedFile(f"{name}: binary file (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        lenient = data.decode("utf-8", errors="replace")
        broken = lenient.count("\ufffd") - data.count("\ufffd".encode())
        # UTF-8 with a few bad bytes (a cut-off file, a pasted fragment) stays UTF-8; text with no valid
        # multi-byte character at all is an old Windows-made page
        if len(_NON_ASCII.findall(lenient)) > broken:
            text = lenient
        else:
            text = data.decode("cp1252", errors="replace")
    return _check_text(text, name)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text saved as UTF-16 without a BOM (mostly-ASCII text: every other byte
    NUL), else None."""
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        return None
    half = len(head) // 2
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    # Vietnamese letters fill both bytes, so half the high bytes being NUL is already telling
    if odd_nuls >= half // 2 and even_nuls <= half // 100:
        return "utf-16-le"
    if even_nuls >= half // 2 and odd_nuls <= half // 100:
        return "utf-16-be"
    return None


def _check_text(text: str, name: str) -> str:
    if "\x00" in text:
        raise SkippedFile(f"{name}: binary file (NUL characters)")
    bad = len(_CONTROL.findall(text[:65536]))
    if bad > max(8, len(text[:65536]) // 100):
        raise SkippedFile(f"{name}: binary file ({bad} control characters)")
    return text


def read_document(path: str) -> Document:
    """Read one file (or stdin for '-') into a Document with its metadata.

    Raises SkippedFile (the run goes on without it) for a file that cannot be read or is not text, and
    InputError when stdin is closed.
    """
    shown = shown_path(path)
    if isinstance(path, Unusable):
        raise SkippedFile(f"{shown}: {path.reason}")
    if path == STDIN:
        data = _read_stdin()
    else:
        try:
            size = os.stat(path).st_size
            if size > MAX_BYTES:  # refused before a byte is read
                raise SkippedFile(f"{shown}: {_size(size)}, over the {_size(MAX_BYTES)} a document may hold "
                                  "(split it)")
            with Path(path).open("rb") as f:  # bounded even where the size lies: a pipe, a file still growing
                data = f.read(MAX_BYTES + 1)
        except PermissionError:
            raise SkippedFile(f"{shown}: permission denied") from None
        except IsADirectoryError:
            raise SkippedFile(f"{shown}: is a folder") from None
        except OSError as e:
            raise SkippedFile(f"{shown}: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:
        where = "standard input" if path == STDIN else "it"
        raise SkippedFile(f"{shown}: more than the {_size(MAX_BYTES)} a document may hold came from {where} "
                          "(split it)")
    return make_document(shown, decode(data, shown))


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None or getattr(stream, "closed", False):
        raise InputError("-: standard input is closed")
    buffer = getattr(stream, "buffer", None)
    if _isatty(stream):  # a user who typed `vnhrc extract -` by mistake sees why nothing happens
        print("vnhrc: reading standard input; end it with Ctrl-D", file=sys.stderr)
    try:
        if buffer is None:  # a replaced text stream (tests, embedding programs)
            return stream.read(MAX_BYTES + 1).encode("utf-8", errors="surrogateescape")
        return buffer.read(MAX_BYTES + 1)  # one byte past the limit tells a stream that goes on
    except OSError as e:
        raise SkippedFile(f"-: standard input cannot be read ({e.strerror or e})") from None


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


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
