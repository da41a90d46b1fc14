"""Page layout from the text alone: paragraphs, lines, hard-wrapped paragraphs, headlines, site chrome, photo
captions, datelines, and the title, date and source a page states about itself. No spaCy.
"""

from __future__ import annotations

import re

from .dates import read_day
from .lexicon.page import (
    AGENCY,
    BROWSER_NOTICE,
    BYLINE,
    CAPTION,
    CAPTION_LINE,
    CAPTION_WORDS,
    CHROME,
    CLOSE_QUOTES,
    DATED_DATELINE,
    DATELINE,
    DATELINE_DATE,
    FURNITURE,
    GLUED_CAPTION,
    ISO_DATE,
    LABEL_MAX_WORDS,
    LEAD_PREFIX,
    NAV_WORDS,
    NOT_SIGN_OFFS,
    OPEN_QUOTES,
    OPENING_FOR_CLOSING,
    OUTLET_BAR,
    OUTLETS,
    SECTION_LABELS,
    SECTION_PREFIX,
    SHORT_CITIES,
    SITE_SUFFIX,
    SKIP_LINKS,
    SLOGAN,
    STAFF_CREDIT,
    TITLE_STOP_WORDS,
    TWO_APOSTROPHES,
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
    if OPENING_FOR_CLOSING.search(s):
        s = s[:-1].rstrip() + "”"  # '… They see that. “': an opening mark typed for the closing one
    if s.endswith(TWO_APOSTROPHES):
        s = s[:-len(TWO_APOSTROPHES)] + "”"  # '… be left behind.''': two apostrophes close a quotation (wire copy)
    bare = s.rstrip(CLOSE_QUOTES + "'")
    if s[-1] in CLOSE_QUOTES and bare and bare[-1] not in ".!?…,;:" and len(s.split()) <= QUOTED_HEAD_WORDS \
            and not re.search(r"[.!?]\s", s) and s[0] not in OPEN_QUOTES:
        # "Villagers ask court to free farmer known as ‘The Rice Man’": a headline that ends on a
        # quoted name, with no full stop anywhere (a sentence would close with '.’' or '’.'); a line that
        # opens with the mark is a quotation the page left without its stop
        return True
    if s[-1] in ".!?…,;:" or s[-1] in CLOSE_QUOTES or s.endswith((".)", "!)", "?)", ".'", "!'", "?'")):
        return False  # "… the ferry 'will run all winter.'": a straight single mark closing after the stop
    return len(s.split()) < 40


QUOTED_HEAD_WORDS = 25  # a headline ending on a quotation is short
CUT_OFF_WORDS = 14  # a last line this long is running text the page cut off, no headline or link


def cut_off(line: str) -> bool:
    """'We will work with every delegation on the follow-up, and in my view the first step is a': the page's
    last line stopped mid-sentence is a paragraph cut off, not a headline, a related-story link or a footer
    (which are short or title case): long, and mostly in small letters."""
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    return len(words) >= CUT_OFF_WORDS and sum(w[0].islower() for w in words) * 2 >= len(words)


CUT_SHORT_WORDS = 5  # a shorter last line may still be cut off, when running text stands right before it
RUNNING_WORDS = 12  # a line this long that ends a sentence is running text


def cut_off_after(line: str, before: str) -> bool:
    """'The port authority has confirmed that its dredgers cleared the' as the page's last line, right after a
    paragraph of running text: cut off mid-sentence too when shorter than CUT_OFF_WORDS, as long as it is
    mostly in small letters (a footer or a link in title case, 'More Politics News', stays a headline).
    A long line is `cut_off`'s case, whatever stands before it."""
    if cut_off(line):
        return True
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    prose_before = len(before.split()) >= RUNNING_WORDS and re.search(r"[.!?…][”\"’]?$", before.rstrip())
    return bool(prose_before) and len(words) >= CUT_SHORT_WORDS and \
        sum(w[0].islower() for w in words) * 2 >= len(words) and not title_case(line)


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
#
# A page as a crawler saved it opens with chrome (skip links, menus, breadcrumbs, browser notices, site names,
# section labels), then the headline, a deck, a byline or a time stamp, and the lead. The header is the lines
# before the lead (the first line of 20 words or more that reads as prose, or a dateline); chrome lines are
# dropped first, so a 60-line menu does not push the headline out of reach.

HEAD_LINES = 12  # where statements look for the headline printed again
HEADER_CHARS = 20_000  # the record is read off the page's start: a long document costs no more
HEADER_MAX_LINES = 80  # a page with no lead (a list, a table) has no header beyond this
TITLE_MAX_WORDS = 50  # meeting summaries write long headlines
TITLE_SHARED = 2  # content words a headline shares with the lead, at least
LEAD_WORDS = 20  # a line this long that reads as prose is the lead
AFTER_LEAD = 6  # lines after the lead where a time stamp or a site name may still sit
SITE_LINE_WORDS = 5  # a site-name line is short
STAMP_MAX_WORDS = 12  # a line with a date and a few words around it ("Posted by … on …") is a stamp


def find_metadata(text: str, monthfirst: bool = False) -> tuple[str | None, str | None, str | None]:
    """(title, ISO publication date, source) as the page states them; None where it does not.

    - title: the headline, never chrome, a date line, a caption, a byline, a dateline or a body sentence.
    - date: a "date YYYY-MM-DD" header; "Outlet | 2025-11-19"; a dateline "BANGKOK (22 November 2016) –",
      "Hanoi, 12 March 2024 (VNA) -"; a date-only line (a time stamp, "Dec 13, 2014 | News", a byline with
      its time). Never a caption's or a headline's date, nor the site's clock on a menu line. Read by
      `dates.read_day`, as the tags read theirs: day first unless `monthfirst`.
    - source: the outlet: an agency in the dateline ("Hanoi (VNA) -", "(VOVworld)-"), an outlet's code before
      the lead ("VGP - ", "THE HANOI TIMES —"), a site-name line, "Outlet | date", a byline naming an outlet,
      a staff photographer's credit, an agency sign-off. Never a body mention or an agency's photo credit.
    """
    raw = [ln.strip() for ln in text[:HEADER_CHARS].splitlines() if ln.strip()]
    kept = [ln for ln in (_cleaned(r) for r in raw) if ln and not _is_header_chrome(ln)]
    lead_at = next((i for i, ln in enumerate(kept) if _is_lead(ln)), min(len(kept), HEADER_MAX_LINES))
    title = _find_title(kept, lead_at)
    return title, _find_date(raw, kept, lead_at, monthfirst, title), _find_source(text, kept, lead_at)


def doc_date(text: str, monthfirst: bool = False) -> str | None:
    """The page's own date alone (what `find_metadata` gives as its second value)."""
    return find_metadata(text, monthfirst)[1]


def _cleaned(line: str) -> str:
    """A line without the crawler's "date …" prefix and without a caption glued to its end."""
    return GLUED_CAPTION.sub("", re.sub(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*", "", line)).strip()


def _is_header_chrome(line: str) -> bool:
    s = line.strip()
    low = s.lower().rstrip(" ,:")
    if SKIP_LINKS.match(s) or SLOGAN.search(s) or BROWSER_NOTICE.search(s) or FURNITURE.match(s) or \
            low in SECTION_LABELS or SECTION_PREFIX.match(s) and len(s.split()) <= LABEL_MAX_WORDS:
        return True
    if s.startswith("•") and len(s.split()) <= 6:
        return True  # a menu entry
    words = re.findall(r"[a-z]+", low)
    if words and sum(w in NAV_WORDS for w in words) >= max(2, len(words) - 1):
        return True  # "Home page  Newsletter  Feedback", "Log in"
    if re.match(r"^home\s*[/›>]", low):
        return True  # a breadcrumb
    if s.count("|") + s.count("·") >= 2 and len(s.split()) <= 20 and not s.endswith("."):
        return True  # a tag or meta bar: "Press Conferences | FAO , OHCHR , …"
    return bool(CHROME.match(s))


def _mostly_capitalised(line: str) -> bool:
    """Most longer words capitalised (or all in capitals): a headline's casing, not prose."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _is_lead(line: str) -> bool:
    if DATED_DATELINE.match(line):
        return True
    if _mostly_capitalised(line) and not line.endswith((".", "”", '"')):
        return False  # a long headline
    return len(line.split()) >= LEAD_WORDS or bool(DATELINE.match(line))


def _date_line(line: str, monthfirst: bool, clock: bool = False) -> str | None:
    """The date of a line that is a date and little else ('Dec 13, 2014 | News', 'Minh Vu 17:52, 2022/07/14');
    with `clock`, the site's clock on a menu line too."""
    got = read_day(line, monthfirst)
    if got is None:
        return None
    iso, a, b = got
    rest = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\b|\bGMT\s*[+-]?\d*|\bUTC\s*[+-]?\d*|\bICT\b", " ",
                  line[:a] + " " + line[b:], flags=re.I)
    words = re.sub(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[|,\-–—]", " ", rest).split()
    if clock:
        words = [w for w in words if w.lower() not in NAV_WORDS]
    elif any(w.lower() in NAV_WORDS for w in words):
        return None  # "Monday, October 15, 2018 Search": the site's clock, not the article's date
    glued = a > 0 and line[a - 1].isalpha()  # "Báo Quốc TếBáo Quốc Tế03/11/2025": an outlet's stamp
    return iso if len(words) <= 3 or glued and len(words) <= 6 else None


def _content_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[\w’'-]+", text.lower()) if len(w) > 2 and w not in TITLE_STOP_WORDS}


def _could_be_title(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= TITLE_MAX_WORDS or line.endswith((".", ":", ",")) or CAPTION_LINE.search(line) or \
            " | " in line:  # "Site | Section": a site's bar
        return False
    if BYLINE.match(line) or DATELINE.match(line) and (DATED_DATELINE.match(line) or not _mostly_capitalised(line)):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in OPEN_QUOTES + "'"):
        return False  # a hard-wrapped line going on in lower case
    if re.match(r"^\d+(?:st|nd|rd|th)\b", line, re.I) and len(words) <= 8:
        return False  # "35th & 36th Meetings (AM & PM)": the meeting's number, not its headline
    return not _date_line(line, False, clock=True) and _outlet(line) is None


def _find_title(kept: list[str], lead_at: int) -> str | None:
    """The first candidate that shares words with the lead or is printed twice (a banner or a slogan shares
    next to nothing); else the first that shares any; else the first; none when the page starts with its lead."""
    lead_words = _content_words(" ".join(kept[lead_at:lead_at + 3]))
    cands = [ln for ln in kept[:lead_at] if _could_be_title(ln)]
    shared = [len(_content_words(ln) & lead_words) for ln in cands]
    for ln, n in zip(cands, shared):
        if n >= TITLE_SHARED or kept.count(ln) > 1 or any(k.startswith(ln + " ") for k in kept):
            return ln
    return next((ln for ln, n in zip(cands, shared) if n), cands[0] if cands else None)


def _find_date(raw: list[str], kept: list[str], lead_at: int, monthfirst: bool, title: str | None) -> str | None:
    for ln in raw[:3]:
        if m := ISO_DATE.match(ln):
            return m.group(1)
    for ln in kept[:lead_at + AFTER_LEAD]:
        if m := OUTLET_BAR.match(ln):
            return m.group("date")
        if (m := DATELINE_DATE.match(ln)) and (got := read_day(m.group("a") or m.group("b") or m.group("c") or "",
                                                             monthfirst)):
            return got[0]
        if (iso := _date_line(ln, monthfirst)) is not None:
            return iso
    # else a short header line with a date in it ("Posted by the desk on 22/05/2025 at 10:00"), never the
    # headline, a caption or the site's clock
    for ln in kept[:lead_at + AFTER_LEAD]:
        words = ln.split()
        if ln == title or len(words) > STAMP_MAX_WORDS or CAPTION_LINE.search(ln) or \
                any(w.lower() in NAV_WORDS for w in words):
            continue
        if got := read_day(ln, monthfirst):
            return got[0]
    return None


_OUTLET_KEYS = {re.sub(r"\W", "", o.lower()): o for o in OUTLETS}
_OUTLET_KEYS |= {re.sub(r"\W", "", o.lower()).removeprefix("the"): o for o in OUTLETS if o.startswith("The ")}


def _outlet(name: str) -> str | None:
    """The outlet a site-name line names, however spaced ('TheJakartaPost', 'Nhan Dan Online'); else None."""
    key = re.sub(r"\W", "", name.lower())
    return _OUTLET_KEYS.get(key) or _OUTLET_KEYS.get(re.sub(r"\W", "", SITE_SUFFIX.sub("", name.strip()).lower()))


def _find_source(text: str, kept: list[str], lead_at: int) -> str | None:
    zone = kept[:lead_at + AFTER_LEAD]
    for ln in zone:
        if m := AGENCY.match(ln):
            return m.group("s") or m.group("s2")
        if (m := LEAD_PREFIX.match(ln)) and m.group("s") not in SHORT_CITIES and not CAPTION_LINE.search(ln):
            code = m.group("s")
            return _outlet(code) or (code.title() if code.startswith("THE ") else code)
    for ln in kept[:lead_at + 30]:
        if len(ln.split()) <= SITE_LINE_WORDS and (o := _outlet(ln)):
            return ln if ln in OUTLETS else o
        if m := OUTLET_BAR.match(ln):
            return m.group("outlet").strip()
        if BYLINE.match(ln):
            name = ln.split(None, 1)[1]
            if o := _outlet(name.removesuffix(" Vietnamese")):
                return name if name.endswith(" Vietnamese") else o  # "By RFA Vietnamese"
        if len(ln.split()) <= 8 and (o := next((o for o in OUTLETS if ln.startswith(o)), None)):
            return o  # "Báo Quốc TếBáo Quốc Tế03/11/2025"
    for ln in zone:
        if (m := STAFF_CREDIT.search(ln)) and (o := _outlet(m.group("s"))):
            return o
    for ln in [ln.strip() for ln in text[-200:].splitlines() if ln.strip()][-2:]:
        if re.fullmatch(r"[A-Z]{2,6}", ln) and ln not in NOT_SIGN_OFFS:  # a closing agency sign-off such as "VNA"
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
