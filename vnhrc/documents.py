"""Reading documents: finding files, reading bytes safely, decoding (the layout and metadata read off the
text are page.py's).

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
from typing import TYPE_CHECKING

from .page import chrome_spans, find_metadata
from .terminal import isatty
from .web import is_url

if TYPE_CHECKING:  # pragma: no cover
    from .web import Fetched

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
    url: str | None = None  # the page's address (canonical when it names one)
    # text: title, date and source come from the text; html, jsonl: from the page or the corpus's fields first
    kind: str = "text"

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


DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm")  # what a folder holds to read when --glob does not say


def check_glob(glob: str) -> str:
    """The --glob pattern, or InputError when it cannot match a file name."""
    if not glob.strip():
        raise InputError(f"{glob!r} is not a file name pattern (such as '*.txt')")
    return glob


def iter_paths(paths: Iterable[str], glob: str | None = None) -> Iterator[str]:
    """Files named or found below folders (recursively, sorted; `glob`, else DEFAULT_GLOBS); '-' and
    http(s) URLs pass through.

    Raises InputError for a path that does not exist or a folder with no matching file. Every path is checked
    before the first is yielded, so a mistyped name stops the run before anything is written.
    """
    globs = DEFAULT_GLOBS if glob is None else (check_glob(glob),)
    groups: list[list[str]] = []
    for raw in paths:
        if raw == STDIN or is_url(raw):
            groups.append([raw])
            continue
        p = Path(raw)
        shown = shown_path(raw)
        if not p.exists():
            if p.is_symlink():
                raise InputError(f"{shown}: a symbolic link to nothing (or to itself)")
            raise InputError(f"{shown}: no such file or folder")
        if p.is_dir():
            found = sorted(_walk(p, globs))
            if not found:
                pats = " or ".join(repr(g) for g in globs)
                raise InputError(f"{shown}: no files matching {pats} in this folder")
            groups.append(found)
        else:
            _check_named(raw)
            groups.append([str(p)])
    for group in groups:
        yield from group


def input_named(targets: Iterable[str], paths: Iterable[str], glob: str | None = None) -> tuple[str, str] | None:
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
    for path in iter_paths([p for p in paths if p != STDIN and not is_url(p)], glob):
        try:
            st = os.stat(path)
        except OSError:
            continue
        hit = wanted.get((st.st_dev, st.st_ino))
        if hit is not None:
            return hit, str(path)
    return None


def _walk(top: Path, globs: tuple[str, ...]) -> Iterator[str]:
    # os.walk with followlinks=False cannot loop on symlinked folders; files behind links still count.
    unreadable: list[str] = []
    for root, dirs, files in os.walk(top, followlinks=False, onerror=lambda e: unreadable.append(e.filename)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            fp = Path(root) / f
            if any(fp.match(g) for g in globs) and not f.startswith("."):
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
    from .web import is_html_name

    page = is_html_name(path) or data.lstrip()[:1] == b"<"  # a page's own <meta> may name its charset
    return make_document(shown, decode_page(data, shown) if page else decode(data, shown))


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None or getattr(stream, "closed", False):
        raise InputError("-: standard input is closed")
    buffer = getattr(stream, "buffer", None)
    if isatty(stream):  # a user who typed `vnhrc extract -` by mistake sees why nothing happens
        print("vnhrc: reading standard input; end it with Ctrl-D", file=sys.stderr)
    try:
        if buffer is None:  # a replaced text stream (tests, embedding programs)
            return stream.read(MAX_BYTES + 1).encode("utf-8", errors="surrogateescape")
        return buffer.read(MAX_BYTES + 1)  # one byte past the limit tells a stream that goes on
    except OSError as e:
        raise SkippedFile(f"-: standard input cannot be read ({e.strerror or e})") from None


def make_document(path: str, text: str, html: bool | None = None, given: Stated | None = None,
                  kind: str = "text", url: str | None = None) -> Document:
    """The Document of a text; of a page when `html` (None: when the name or the content says HTML), its main
    text with the metadata the page states. First `given` (a corpus's fields), then the page's metadata, then
    what the text rules find, then `url` (the address it was read from); offsets are into the text as read
    (a page's extracted text)."""
    from .web import is_html_name, looks_like_html

    given = given or Stated()
    markup = author = None
    if html or (html is None and (is_html_name(path) or looks_like_html(text))):
        from .web import PageError, read_html

        try:
            page = read_html(text, given.url or url)
        except PageError as e:
            raise SkippedFile(f"{path}: {e}") from None
        markup, text, kind, author = text, page.text, "html", page.author
        given = given.over(Stated(page.title, page.date, page.source, page.url))
    title, date, source = find_metadata(text)
    date = given.date or date
    if markup is not None and date is None:
        from .web import guess_date

        date = guess_date(markup, given.url or url)
    # a byline stands for the source only where neither the site's name nor the text names one
    return Document(path=path, text=text, title=given.title or title, date=date,
                    source=given.source or source or author, chrome=chrome_spans(text), url=given.url or url,
                    kind=kind)


@dataclass(frozen=True)
class Stated:
    """Metadata stated apart from the text (a page's markup, a corpus's fields); None where it states none."""

    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None

    def over(self, other: Stated) -> Stated:
        """These values, with `other`'s where these are None."""
        return Stated(*(a if a is not None else b for a, b in
                        zip((self.title, self.date, self.source, self.url),
                            (other.title, other.date, other.source, other.url))))


# --- pages: bytes to text by their charset (reading pages is web.py's) ------------------------------

_PAGE_SNIFF_CHARS = 4096  # a page names its charset in its head


def fetched_document(path: str, page: Fetched) -> Document:
    """The Document of a fetched page (`path`: the URL as the user named it): decoded by the charset
    served (see decode_page); HTML when served as HTML, else when its content is."""
    text = decode_page(page.body, path, page.charset)
    return make_document(path, text, html=True if page.is_html else None, url=page.url)


def decode_page(body: bytes, path: str, served: str | None = None) -> str:
    """A page's bytes as text: by the charset it was served with; else, when the bytes are not UTF-8, by the
    charset its <meta> declares (an old Windows-1258 or ISO-8859-2 page); else as files are decoded."""
    charset = served
    if charset is None and (m := _META_CHARSET.search(body[:_PAGE_SNIFF_CHARS])):
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            charset = m.group(1).decode("ascii").lower()
    if charset:
        try:
            return _check_text(body.decode(charset, errors="replace"), path)
        except LookupError:  # a charset Python does not know: decoded as a file would be
            pass
    return decode(body, path)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
