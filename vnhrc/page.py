"""Page layout from the text alone: paragraphs, lines, hard-wrapped paragraphs, headlines, site chrome, photo
captions, datelines, and the title, date and source a page states about itself. No spaCy.
"""

from __future__ import annotations

import re

from dateutil import parser as dateparser

from .lexicon.page import (
    BARE_ISO,
    CAPTION,
    CAPTION_WORDS,
    CHROME,
    CLOSE_QUOTES,
    DMY,
    ISO_DATE,
    OPEN_QUOTES,
    OUTLETS,
    SOURCE_PATTERNS,
    WORDY,
    YMD_SLASH,
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of text between blank lines, without surrounding blanks."""
    out = []
    pos = 0
    for m in re.finditer(r"\n[ \t\r\f\v\u00a0]*\n\s*", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return _trimmed(text, out)


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return _trimmed(text, out)


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without surrounding white space; spans left empty are dropped."""
    res = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            res.append((s, e))
    return res


def wrapped_units(text: str) -> list[tuple[int, int]]:
    """Paragraphs of hard-wrapped text, even without blank lines between them: a line goes on the one before
    unless that one ended a sentence and this one starts anew (a capital, a quote mark, a 'Name:' label)."""
    units: list[list[int]] = []
    prev_end = ""
    for s, e in _lines(text):
        line = text[s:e]
        blank_before = units and text.count("\n", units[-1][1], s) >= 2
        new_unit = not units or blank_before or (
            re.search(r"[.!?:”\"’]$", prev_end) is not None and (line[0].isupper() or line[0] in OPEN_QUOTES))
        if new_unit:
            units.append([s, e])
        else:
            units[-1][1] = e
        prev_end = line
    return [(s, e) for s, e in units]


def is_headline(line: str) -> bool:
    """A line with no sentence punctuation at its end: a headline, a menu entry, a related-story link."""
    s = line.strip().rstrip("*").strip()
    if not s:
        return True
    bare = s.rstrip(CLOSE_QUOTES + "'")
    if s[-1] in CLOSE_QUOTES and bare and bare[-1] not in ".!?…,;:" and len(s.split()) <= QUOTED_HEAD_WORDS \
            and not re.search(r"[.!?]\s", s) and s[0] not in OPEN_QUOTES:
        # "UN experts urge Government to release blogger ‘Mother Mushroom’": a headline that ends on a
        # quoted name, with no full stop anywhere (a sentence would close with '.’' or '’.'); a line that
        # opens with the mark is a quotation the page left without its stop
        return True
    if s[-1] in ".!?…,;:" or s[-1] in CLOSE_QUOTES or s.endswith((".)", "!)", "?)")):
        return False
    return len(s.split()) < 40


QUOTED_HEAD_WORDS = 25  # a headline ending on a quotation is short


def title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line)]
    if len(words) < 4:
        return False
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "as", "from", "is"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and sum(w[0].isupper() for w in big) >= 0.85 * len(big)


def hard_wrapped(text: str) -> bool:
    """Text cut into lines of a fixed width inside its paragraphs (mail, PDF, some blogs): there a line break
    is a space, not the end of a paragraph. Lines that mostly stop without sentence punctuation, often go on
    in lower case, and are of about the same length."""
    lines = [ln.strip() for ln in text.split("\n")]
    inner = open_ends = lower_next = 0
    lengths = []
    for a, b in zip(lines, lines[1:]):
        if not a or not b:
            continue
        inner += 1
        lengths.append(len(a))
        open_ends += not re.search(r"[.!?:;\"”’)\]]$", a)
        lower_next += b[0].islower()
    if inner < 4:
        return False
    lengths.sort()
    median = lengths[len(lengths) // 2]
    even = sum(1 for n in lengths if abs(n - median) <= 20)
    return open_ends * 2 >= inner and lower_next * 5 >= inner and 40 <= median <= 100 and even * 5 >= inner * 3


# --- metadata -------------------------------------------------------------------------------------

HEAD_LINES = 12  # metadata lives in the first lines of a page


def find_metadata(text: str) -> tuple[str | None, str | None, str | None]:
    """(title, ISO publication date, source) as the text itself states them; None where it does not."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    head = "\n".join(lines[:HEAD_LINES])
    return _find_title(lines), _find_date(head), _find_source(text, head)


def _find_title(lines: list[str]) -> str | None:
    for ln in lines[:HEAD_LINES]:
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
    return bool(DMY.search(line) or WORDY.fullmatch(line.strip(" ,")) or ISO_DATE.match(line)) and \
        len(line.split()) <= 8


def _find_date(head: str) -> str | None:
    m = ISO_DATE.search(head)
    if m:
        return m.group(1)
    for line in head.splitlines():
        if len(line.split()) > 12:  # a dateline is short; long lines are article text mentioning dates
            continue
        if m := YMD_SLASH.search(line):
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := DMY.search(line):  # Vietnamese outlets write day/month/year
            return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := BARE_ISO.search(line):
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := WORDY.search(line):
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
    for pat in SOURCE_PATTERNS:
        if m := pat.search(text):
            return m.group(1).strip()
    for outlet in OUTLETS:
        if outlet in head:
            return outlet
    tail = [ln.strip() for ln in text.splitlines() if ln.strip()][-2:]
    for ln in tail:
        if re.fullmatch(r"[A-Z]{2,6}", ln):  # a closing agency sign-off such as "VNA"
            return ln
    return None


# --- chrome and captions -------------------------------------------------------------------------


def _is_chrome_line(line: str) -> bool:
    s = line.strip()
    return bool(CHROME.match(s) or CAPTION.search(s))


def _caption_start(line: str, credit: int) -> int:
    """Where the caption a credit closes begins: the last sentence boundary before the credit ('. ', and
    '.Capital' glued) when the caption is glued to a paragraph ("… the minister said. Delegates at the
    session (Photo: VNA)"), and never more than CAPTION_WORDS words back; the paragraph stays text."""
    cut = 0
    for m in _BOUNDARY.finditer(line, 0, credit):
        cut = m.end()
    starts = [m.start() for m in re.finditer(r"\S+", line[:credit])]
    if len(starts) > CAPTION_WORDS:
        cut = max(cut, starts[-CAPTION_WORDS])
    return cut


_BOUNDARY = re.compile(r"[.!?][”\"’]?(?:\s+|(?=[A-Z][a-z]))(?=[A-Z“\"])")


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of whole lines that are site chrome or photo captions (never statements)."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and _is_chrome_line(body):
            # a caption glued in front of the article body ("...(Photo: VNA) Geneva (VNA) – It is ...")
            # only blanks the caption part, not the rest of the line
            m = CAPTION.search(body)
            end = m.end() if m and not CHROME.match(body.strip()) else len(body)
            start = _caption_start(body, m.start()) if m and not CHROME.match(body.strip()) else 0
            spans.append((pos + start, pos + end))
        pos += len(line)
    return spans
