"""Dates: calendar mentions in a Doc → ISO values anchored to the document's own date.

Patterns over the text find the written forms (day-month, month-day, numeric, ranges, terms, months, years,
relative days); the parse decides the readings patterns cannot (is a bare year a time or part of a name, is a
month word a month, is a clause past or future). Values:

    2025-10-14   a day             2025-10   a month          2025   a year
    XXXX-10-14   a day whose year nothing in the text fixes   a/b    a range or term (each end as above)

A yearless day takes the year of a full date just before it in the same paragraph ("July 11, 1995 … the next
morning of July 12"), else the anchor's year moved by the clause's tense (a past "December 28" in a January
article is last year's), else XXXX. Relative days ("yesterday", "on Friday") need the anchor and are skipped
without one. Every pass is a single regex scan plus token look-ups, so the work grows linearly with the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta

from .firsts import gated
from .spans import Spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

# Where find_dates leaves its spans on the Doc, so numbers.py need not find them again.
USER_DATA_KEY = "vnhrc.date_spans"
_MATCHES_KEY = "vnhrc.date_matches"  # each date pattern's matches in the text, scanned once a Doc

_MONTH_NUM = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December")
_ABBR = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
# Capitalised or upper case only: "may", "march" and "august" in lower case are other words.
_MONTH = (
    "(?:" + "|".join(f"{m}|{m.upper()}" for m in _FULL) + "|"
    + "|".join(f"{a}\\.|{a.upper()}\\.?|{a}(?=\\s+\\d)" for a in _ABBR) + ")"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?(?![\d:.,]\d)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DASH = "\\-–—‐‑−"  # for character classes: the hyphen escaped
_RANGE = rf"(?P<sep>\s*(?:[{_DASH}]|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b)\s*)"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = "(?:" + "|".join(w.capitalize() for w in _WEEKDAYS) + ")"

_M1 = rf"(?P<m1>{_MONTH})"
_M2 = rf"(?P<m2>{_MONTH})"
_D1 = rf"(?P<d1>{_DAY})"
_D2 = rf"(?P<d2>{_DAY})"
_Y1 = rf"(?P<y1>{_YEAR})"
_Y2 = rf"(?P<y2>{_YEAR})"
_OF = r"(?:\s+of)?\s+"
_YSEP = r",?\s*"
_NOTNUM = r"(?![\d%])"
_OF_YEAR = rf"(?:{_YSEP}(?P<y1>{_YEAR}))?"
_NUM_END = rf"(?![\d/]|[.{_DASH}]\d)"
_FROM = r"(?P<from>\b(?:from|between|From|Between)\s+)?"

# Each pattern names its parts; `_read` turns the groups into an ISO value. Order does not matter: the
# longest match at a position wins.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p)) for name, p in (
    # June 27 to July 1, 2022 · from June 27, 2022 to July 1, 2022
    ("mdmd", rf"{_FROM}\b{_M1}\s*{_D1}(?:{_YSEP}{_Y1})?{_RANGE}{_M2}\s*{_D2}(?:{_YSEP}{_Y2})?{_NOTNUM}"),
    # 27 June–1 July 2022 · 18 June to 12 July
    ("dmdm", rf"{_FROM}\b{_D1}{_OF}{_M1}(?:{_YSEP}{_Y1})?{_RANGE}{_D2}{_OF}{_M2}(?:{_YSEP}{_Y2})?{_NOTNUM}"),
    # November 12-15 · June 27 to 30, 2022
    ("mdd", rf"{_FROM}\b{_M1}\s*{_D1}{_RANGE}{_D2}(?:{_YSEP}{_Y1})?{_NOTNUM}"),
    # 12-15 November 2020 · 12 to 15 November
    ("ddm", rf"{_FROM}(?<![\d/.,:{_DASH}])\b{_D1}{_RANGE}{_D2}{_OF}{_M1}(?:{_YSEP}{_Y1})?{_NOTNUM}"),
    # June–July 2022 · from March to May 2021
    ("mm", rf"{_FROM}\b{_M1}(?:{_YSEP}{_Y1})?{_RANGE}{_M2}{_YSEP}{_Y2}{_NOTNUM}"),
    # October 13, 2023 · Sept. 30, 2020 · Dec. 12 · JULY 4TH
    ("md", rf"\b{_M1}\s*{_D1}(?:{_YSEP}{_Y1})?{_NOTNUM}"),
    # 6 July 2018 · 7 October · the 14th of July · 14 Oct
    ("dm", rf"(?<![\d/.,:{_DASH}])\b{_D1}{_OF}(?P<m1>{_MONTH}|(?:{'|'.join(_ABBR)})\b){_OF_YEAR}{_NOTNUM}"),
    # June 2022 · June of 2022
    ("my", rf"\b{_M1}(?:,|\s+of)?\s+{_Y1}{_NOTNUM}"),
    # 03/11/2025 (day first unless told) · 3.11.2025 · 03-11-2025
    ("num_dmy", rf"(?<![\d/.{_DASH}])(?P<a>\d{{1,2}})(?P<s>[/.-])(?P<b>\d{{1,2}})(?P=s)(?P<y1>{_YEAR}){_NUM_END}"),
    # 2022/07/14 · 2022-07-01 · 2022.07.14
    ("num_ymd", rf"(?<![\d/.{_DASH}])(?P<y1>{_YEAR})(?P<s>[/.-])(?P<a>\d{{1,2}})(?P=s)(?P<b>\d{{1,2}}){_NUM_END}"),
    # 2023-2025 · 2023 –2025 · 2014-16 · from 2023 to 2025 · between 2014 and 2016
    ("yy", rf"(?<![\d/.,:$€£{_DASH}])(?:(?P<from>\b(?:from|between|From|Between)\s+)?\b{_Y1}"
           rf"(?:\s*[{_DASH}]\s*|\s+to\s+|\s+and\s+)(?P<y2>{_YEAR}|\d\d))(?![\d%/]|[.,{_DASH}]\d|\s*(?:per\s*cent|percent))"),
    # from 2019 to November 2023 · between 2015 and March 2020: each end keeps its own granularity
    ("ymy", rf"{_FROM}(?<![\d/.,:$€£{_DASH}])\b{_Y1}{_RANGE}{_M2}{_YSEP}{_Y2}{_NOTNUM}"),
    # from November 2019 to 2023
    ("myy", rf"{_FROM}\b{_M1}{_YSEP}{_Y1}{_RANGE}{_Y2}(?![\w%/:]|[.,{_DASH}]\d)"),
    # the 1990s · the 2000s · mid-1980s: a decade, first year to last
    ("decade", r"(?<![\w$€£.,/:+#])(?P<y1>(?:1[5-9]|20)\d0)['’]?s\b"),
    # May this year · December of last year: a month whose year is told relative to the article's
    ("mrel", rf"\b{_M1}(?=\s+(?:of\s+)?(?:this|last|next)\s+year\b)"),
    # a month on its own, with a word that makes it a time: in June, last March, early May, mid-June
    ("m", rf"\b(?P<pre>(?:in|In|since|Since|until|Until|till|by|By|from|From|to|during|During|through|throughout|"
          rf"before|after|Before|After|of|last|Last|next|Next|this|This|early|Early|late|Late|mid|Mid|end|"
          rf"beginning|start|around|and|or)(?:\s+|\s*-\s*)(?:(?:early|late|mid)(?:\s+|\s*-\s*))?){_M1}(?!\w)(?!,?\s*\d)"),
    # a bare year; the parse decides below whether it names a time
    ("y", rf"(?<![\w$€£.,/:+#{_DASH}])(?<!\d\s)(?P<y1>{_YEAR})"
          rf"(?![\w%/:]|[.,{_DASH}]\d|\s\d|\s*(?:per\s*cent|percent))"),
    # mid-2025 · end-2023
    ("ymid", rf"\b(?:mid|Mid|early|Early|late|Late|end|End)-(?P<y1>{_YEAR})(?![\w%/:]|[.,{_DASH}]\d)"),
    # days named by their relation to the document's date
    ("rel_day", r"\b(?P<rel>yesterday|Yesterday|today|Today|tomorrow|Tomorrow)\b"),
    ("rel_wd", rf"\b(?P<pre>(?:(?:on|On|last|Last|next|Next|this|This|on\s+last|on\s+next)\s+)?)(?P<wd>{_WEEKDAY})\b"
               r"(?!,?\s*(?:\d|" + "|".join(_FULL) + "))"),
    ("rel_unit", r"\b(?P<pre>last|Last|this|This|next|Next)\s+(?P<unit>year|month)\b"),
)]
# the patterns as the scans run them: gated on the characters a match can start with (firsts.py), the same
# matches in a fraction of the time
_SCANS = [(name, gated(pat)) for name, pat in _PATTERNS]

# "this year", "of last year" after a month or a day: the year told relative to the article's
_REL_YEAR = re.compile(r"\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b", re.I)

# words before a bare year that make it a time ("in 2022", "by 2030", "the year 2022", "mid-2021")
_YEAR_CUES = frozenset(
    "in by since until till before after from to during through throughout of for around circa year early late "
    "mid end beginning start spring summer autumn fall winter".split()
)


@dataclass
class _Hit:
    start: int
    end: int
    iso: str | None  # None: a span that is a date but has no value to give (kept so numbers skip it)


def find_dates(
    doc: Doc, anchor: str | None, monthfirst: bool = False, relative: bool = False
) -> list[dict[str, Any]]:
    """Every calendar date, range or term in the Doc as {text, iso, start, end}, in text order.

    `relative` also resolves weekdays and "last year"/"this month" against the anchor. Off by default: the
    gold annotation marks calendar dates only, and leaves "said on Friday" or "this year" out.
    ("yesterday", "tomorrow" and a dated "today" are resolved either way.)
    """
    text = doc.text
    anchor_date = _parse_anchor(anchor)
    urls = url_spans(text)
    # the patterns' matches are the text's, whatever the reading: a second reading (said_on's, with weekdays)
    # scans the text again only for the patterns the first one skipped
    scanned = doc.user_data.setdefault(_MATCHES_KEY, {})
    cands: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pat in _SCANS:
        if not relative and name in ("rel_wd", "rel_unit"):
            continue
        if name not in scanned:
            scanned[name] = list(pat.finditer(text))
        cands.extend((m.start(), m.end(), name, m) for m in scanned[name])
    if urls:  # "…/2024/06/11/un-expert…": a web address, not a date
        in_url = Spans(urls)
        cands = [c for c in cands if c[0] not in in_url]
    # leftmost, then longest: "June 27 to July 1" beats "June 27"; "2022-07-01" beats "2022"
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    ctx = _Context(doc, text, anchor_date, monthfirst)
    hits: list[_Hit] = []
    last_end = -1
    for start, _end, name, m in cands:
        if start < last_end:
            continue
        got = ctx.read(name, m)
        if got is None:
            continue
        hits.extend(got)
        last_end = max(h.end for h in got)
        for h in got:
            if h.iso and name in ("md", "dm", "mdmd", "dmdm", "mdd", "ddm", "num_dmy", "num_ymd", "my", "mm") \
                    and (m.groupdict().get("y1") or m.groupdict().get("y2")):
                ctx.note_year(h.start, int(h.iso.split("/")[-1][:4]))
    if anchor_date is None:
        _years_from_the_text(hits, text)
    doc.user_data[USER_DATA_KEY] = [(h.start, h.end) for h in hits]
    return [{"text": text[h.start:h.end], "iso": h.iso, "start": h.start, "end": h.end} for h in hits if h.iso]


_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Web and e-mail addresses: their digits are neither dates nor numbers."""
    return [(m.start(), m.end()) for m in _URL.finditer(text)]


def date_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of every date mention (found once per Doc, then read back)."""
    if USER_DATA_KEY not in doc.user_data:
        find_dates(doc, None)
    return list(doc.user_data[USER_DATA_KEY])


class _Context:
    """What reading one match needs: the Doc, the anchor, paragraph breaks, and full dates seen so far."""

    def __init__(self, doc: Doc, text: str, anchor: dt.date | None, monthfirst: bool) -> None:
        self.doc = doc
        self.text = text
        self.anchor = anchor
        self.monthfirst = monthfirst
        self.paras = [m.end() for m in re.finditer(r"\n[ \t\r\f\v]*\n", self.text)]
        self.year_at: tuple[int, int] | None = None  # (offset, year) of the last full date read

    # --- the year a yearless day or month takes ------------------------------------------------------

    def note_year(self, start: int, year: int) -> None:
        self.year_at = (start, year)

    def _para(self, pos: int) -> int:
        return bisect.bisect_right(self.paras, pos)

    def context_year(self, pos: int) -> int | None:
        """The year of a full date just before, in the same paragraph: the story's own year."""
        if self.year_at is None:
            return None
        at, year = self.year_at
        if pos - at <= 300 and self._para(at) == self._para(pos):
            return year
        return None

    def year_for(self, pos: int, month: int, day: int | None) -> int | None:
        if (y := self.context_year(pos)) is not None:
            return y
        if self.anchor is None:
            return None
        y = self.anchor.year
        probe = _safe_date(y, month, day or 15)
        if probe is None:
            return y
        tense = self.tense(pos)
        slack = dt.timedelta(days=7 if day else 45)
        if tense == "past" and probe > self.anchor + slack:
            return y - 1
        if tense == "future" and probe < self.anchor - slack:
            return y + 1
        return y

    def tense(self, pos: int) -> str | None:
        """'past' or 'future' for the clause a date sits in, from its verb and auxiliaries; else None."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        tok = span[0]
        for _ in range(8):  # up to the clause's verb
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
                break
            tok = tok.head
        return _verb_tense(tok)

    # --- one match → hits ---------------------------------------------------------------------------

    def read(self, name: str, m: re.Match[str]) -> list[_Hit] | None:
        g = m.groupdict()
        start, end = m.start(), m.end()
        if g.get("from"):
            start += len(g["from"])
        if name in ("mdmd", "dmdm", "mdd", "ddm"):
            return self._day_range(name, g, start, end, m)
        if name in ("md", "dm"):
            mo, d = _month(g["m1"]), _day(g["d1"])
            rel = None if g.get("y1") else self._rel_year(end)
            if rel is not None:  # "March 9 this year": the article's year, whatever the tense
                end = rel[1]
                iso = _iso_or_x(rel[0], mo, d)
                return [_Hit(start, end, iso)] if iso else None
            if name == "md" and g["m1"].rstrip(".").lower() == "may" and not g.get("y1") and not self._is_date(m):
                return None
            iso = self._day_iso(start, mo, d, g.get("y1"))
            return [_Hit(start, end, iso)] if iso else None
        if name == "my":
            return [_Hit(start, end, f"{int(g['y1']):04d}-{_month(g['m1']):02d}")]
        if name == "mm":
            y2 = int(g["y2"])
            m1, m2 = _month(g["m1"]), _month(g["m2"])
            y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
            return [_Hit(start, end, f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}")]
        if name in ("num_dmy", "num_ymd"):
            return self._numeric(name, g, start, end)
        if name == "yy":
            return self._year_range(g, start, end, m)
        if name in ("ymy", "myy"):
            return self._mixed_year_range(name, g, start, end)
        if name == "decade":
            y = int(g["y1"] or 0)
            return [_Hit(start, end, f"{y}/{y + 9}")]
        if name in ("m", "mrel"):
            return self._month_only(g, m)
        if name == "y":
            return self._bare_year(g, start, end)
        if name == "ymid":
            return [_Hit(start, end, g["y1"] or "")]
        if name.startswith("rel_"):
            return self._relative(name, g, m)
        return None

    def _is_date(self, m: re.Match[str]) -> bool:
        span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        return span is not None and any(t.ent_type_ == "DATE" for t in span)

    def _day_iso(self, pos: int, month: int, day: int, year: str | None) -> str | None:
        y = int(year) if year else self.year_for(pos, month, day)
        if y is None:
            return f"XXXX-{month:02d}-{day:02d}" if _safe_date(2000, month, day) else None
        d = _safe_date(y, month, day)
        return d.isoformat() if d else None

    def _day_range(self, name: str, g: dict[str, str | None], start: int, end: int, m: re.Match[str]) -> list[_Hit]:
        m1 = _month(g["m1"] or "")
        m2 = _month(g["m2"]) if g.get("m2") else m1
        d1, d2 = _day(g["d1"] or ""), _day(g["d2"] or "")
        joined_by_and = (g.get("sep") or "").strip().lower() == "and"
        y1s, y2s = g.get("y1"), g.get("y2")
        if name in ("mdd", "ddm"):  # one year written at the end serves both days
            y2s = y1s
            y1s = None if name == "ddm" else y1s
        if (y2s and not y1s) or (y1s and not y2s):
            known = int(y2s or y1s or 0)
            # December 28 to January 3, 2022: the start is in the year before
            y1 = known - 1 if (y2s and (m1, d1) > (m2, d2)) else known
            y2 = known + 1 if (y1s and not y2s and (m1, d1) > (m2, d2)) else known
        elif y1s and y2s:
            y1, y2 = int(y1s), int(y2s)
        else:
            base = self.year_for(start, m1, d1)
            if base is None:
                y1 = y2 = None
            else:
                y1, y2 = base, base + (1 if (m1, d1) > (m2, d2) else 0)
        a = _iso_or_x(y1, m1, d1)
        b = _iso_or_x(y2, m2, d2)
        if a is None or b is None:
            return []
        if joined_by_and and not g.get("from"):
            # "June 27 and July 1": two days, not a range
            return [_Hit(start, m.start("sep"), a), _Hit(m.end("sep"), end, b)]
        return [_Hit(start, end, f"{a}/{b}")]

    def _numeric(self, name: str, g: dict[str, str | None], start: int, end: int) -> list[_Hit] | None:
        day = _numeric_day(name, g, self.monthfirst)
        return [_Hit(start, end, day.isoformat())] if day else None

    def _year_range(self, g: dict[str, str | None], start: int, end: int, m: re.Match[str]) -> list[_Hit] | None:
        if re.search(r"(?:©|\(c\)|copyright)\s*$", self.text[max(0, start - 12):start], re.I):
            return None  # "Copyright © 1998-2024": the page's notice, not a time the article speaks of
        a = int(g["y1"] or 0)
        b_s = g["y2"] or ""
        b = int(str(a)[:2] + b_s) if len(b_s) == 2 else int(b_s)
        joiner = m.group(0)[len(g.get("from") or "") + 4:].strip()[:3].lower()
        if not (a < b <= a + 50):
            return None
        after = self.doc.char_span(end, end + 1, alignment_mode="expand") if end < len(self.text) else None
        if after is not None and len(after) and after[0].tag_ in ("NNS", "NNPS") and not g.get("from"):
            return None  # "2000 to 3000 people": a count, not a term
        if joiner.startswith("and") and not g.get("from"):
            return None  # "2022 and 2023" without "between" lists two years; each is read on its own
        return [_Hit(start, end, f"{a}/{b}")]

    def _rel_year(self, end: int) -> tuple[int | None, int] | None:
        """(year, end) for "this year", "of last year" right after a month or day; None when none follows.

        The year is None (XXXX) without an anchor: "this year" of an undated page is no year we know.
        """
        rel = _REL_YEAR.match(self.text, end)
        if rel is None:
            return None
        if self.anchor is None:
            return None, rel.end()
        return self.anchor.year + {"last": -1, "this": 0, "next": 1}[rel.group("rel").lower()], rel.end()

    def _mixed_year_range(self, name: str, g: dict[str, str | None], start: int, end: int) -> list[_Hit] | None:
        """'from 2019 to November 2023' → 2019/2023-11; 'from November 2019 to 2023' → 2019-11/2023."""
        y1, y2 = int(g["y1"] or 0), int(g["y2"] or 0)
        if (g.get("sep") or "").strip().lower() == "and" and not g.get("from"):
            return None  # "in 2019 and November 2023": two times, each read on its own
        if not y1 <= y2 <= y1 + 50:
            return None
        if name == "ymy":
            return [_Hit(start, end, f"{y1:04d}/{y2:04d}-{_month(g['m2'] or ''):02d}")]
        return [_Hit(start, end, f"{y1:04d}-{_month(g['m1'] or ''):02d}/{y2:04d}")]

    def _month_only(self, g: dict[str, str | None], m: re.Match[str]) -> list[_Hit] | None:
        mo = _month(g["m1"] or "")
        if (rel := self._rel_year(m.end())) is not None:  # "May this year": the article's year, whatever the tense
            y, rel_end = rel
            start = m.start("m1")
            return [_Hit(start, rel_end, f"{y:04d}-{mo:02d}" if y is not None else f"XXXX-{mo:02d}")]
        pre = (g.get("pre") or "").strip().lower().rstrip("-").strip()
        word = (g["m1"] or "").rstrip(".")
        if pre in ("and", "or") and not re.search(rf"{_MONTH}\W*$", self.text[max(0, m.start() - 20):m.start()]):
            return None  # only "May or June", "June and July": a month joined to a month
        if word.lower() in ("may", "march") and pre in ("to", "of", "by", "before", "after", "since", "until",
                                                       "till", "from", "this", "around"):
            # "to march", "by May" are often verbs or names: trust only the model's DATE reading
            if not self._is_date(m):
                return None
        start = m.start("m1")
        if cue := re.search(r"\b(?:early|late|mid|last|next|this)\b", m.group("pre"), re.I):
            start = m.start("pre") + cue.start()
        first = pre.split()[0] if pre else ""
        if first in ("last", "next", "this") and self.anchor is not None:
            y = self.anchor.year
            if first == "last":
                y = y if mo < self.anchor.month else y - 1
            elif first == "next":
                y = y if mo > self.anchor.month else y + 1
            return [_Hit(start, m.end(), f"{y:04d}-{mo:02d}")]
        if (y := self.year_for(start, mo, None)) is None:
            return [_Hit(start, m.end(), f"XXXX-{mo:02d}")]
        return [_Hit(start, m.end(), f"{y:04d}-{mo:02d}")]

    def _bare_year(self, g: dict[str, str | None], start: int, end: int) -> list[_Hit] | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return None
        tok = span[0]
        if not _year_names_time(tok):
            return None
        return [_Hit(start, end, g["y1"] or "")]

    def _relative(self, name: str, g: dict[str, str | None], m: re.Match[str]) -> list[_Hit] | None:
        if self.anchor is None:
            return None  # a weekday or "yesterday" with no date to count from: no guess
        a = self.anchor
        if name == "rel_day":
            rel = (g["rel"] or "").lower()
            if rel == "today" and self.tense(m.start()) is None:
                return None  # "today's world", "the challenges of today": the present, not a day
            delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[rel]
            return [_Hit(m.start(), m.end(), (a + dt.timedelta(days=delta)).isoformat())]
        if name == "rel_unit":
            pre = (g["pre"] or "").lower()
            shift = {"last": -1, "this": 0, "next": 1}[pre]
            if g["unit"] == "year":
                return [_Hit(m.start(), m.end(), f"{a.year + shift:04d}")]
            d = a + relativedelta(months=shift)
            return [_Hit(m.start(), m.end(), f"{d.year:04d}-{d.month:02d}")]
        wd = _WEEKDAYS.index((g["wd"] or "").lower())
        pre = (g["pre"] or "").strip().lower()
        if not pre and not self._is_date(m):
            return None
        back = (a.weekday() - wd) % 7
        if pre.endswith("last"):
            day = a - dt.timedelta(days=back or 7)
        elif pre.endswith("next") or (self.tense(m.start()) == "future" and back):
            day = a + dt.timedelta(days=(wd - a.weekday()) % 7 or 7)
        else:  # news tells what happened: the latest such weekday on or before the date of the article
            day = a - dt.timedelta(days=back)
        start = m.start("wd") if pre in ("on", "") else m.start()
        return [_Hit(start, m.end(), day.isoformat())]


def _numeric_day(name: str, g: dict[str, str | None], monthfirst: bool) -> dt.date | None:
    """03/11/2025 → 3 November (day first unless told); 2022/07/14 → 14 July; 11/25/2025 → 25 November."""
    y, a, b = int(g["y1"] or 0), int(g["a"] or 0), int(g["b"] or 0)
    if name == "num_ymd":
        mo, d = a, b
    else:
        d, mo = (b, a) if monthfirst else (a, b)
        if mo > 12 and d <= 12:  # 11/25/2025 can only be month first
            d, mo = mo, d
    return _safe_date(y, mo, d)


_DAY_FORMS = ("md", "dm", "num_dmy", "num_ymd")


def read_day(text: str, monthfirst: bool = False) -> tuple[str, int, int] | None:
    """The first calendar day with its year in a piece of text, as (ISO, start, end); None if it has none.

    The one reader of written dates without a parse, so a page's own date (its dateline, byline or time
    stamp) and the dates tagged in its text read "03/11/2025" the same way, with --monthfirst or without.
    """
    best: tuple[str, int, int] | None = None
    for name, pat in _SCANS:
        if name not in _DAY_FORMS:
            continue
        for m in pat.finditer(text):
            if best is not None and m.start() >= best[1]:
                break
            g = m.groupdict()
            if not g.get("y1"):
                continue
            if name in ("md", "dm"):
                day = _safe_date(int(g["y1"] or 0), _month(g["m1"] or ""), _day(g["d1"] or ""))
            else:
                day = _numeric_day(name, g, monthfirst)
            if day is not None:
                best = (day.isoformat(), m.start(), m.end())
                break
    return best


def _years_from_the_text(hits: list[_Hit], text: str) -> None:
    """With no date for the article, a day the text dates elsewhere takes that year, in place.

    In order: the same day written with its year ("Aug 2, 2017" in a caption, "(Aug 2)" in the body); a
    range with a year that contains it ("from March 3 to March 14, 2017 … on March 9"); the one year the
    same paragraph (line) states ("In 2019 … on May 7"). A year two paragraphs off is no anchor: XXXX stays.
    """
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    # one pass to index what the text dates: day → years, days inside dated ranges → years, line → years
    same: dict[str, set[str]] = {}
    within: dict[str, set[str]] = {}
    by_line: dict[int, set[str]] = {}
    for h in hits:
        if not h.iso or h.iso.startswith("XXXX"):
            continue
        parts = h.iso.split("/")
        by_line.setdefault(bisect.bisect_right(line_starts, h.start), set()).update(p[:4] for p in parts)
        for p in parts:
            if len(p) == 10:
                same.setdefault(p[5:], set()).add(p[:4])
        if len(parts) == 2 and all(len(p) == 10 for p in parts) and parts[0][:4] == parts[1][:4]:
            first, last = dt.date.fromisoformat(parts[0]), dt.date.fromisoformat(parts[1])
            for k in range(min((last - first).days, 366) + 1):
                within.setdefault((first + dt.timedelta(days=k)).isoformat()[5:], set()).add(parts[0][:4])
    for h in hits:
        if not h.iso or not h.iso.startswith("XXXX") or "/" in h.iso or len(h.iso) != 10:
            continue
        md = h.iso[5:]
        for years in (same.get(md), within.get(md), by_line.get(bisect.bisect_right(line_starts, h.start))):
            if years and len(years) == 1:
                year = int(next(iter(years)))
                if _safe_date(year, int(md[:2]), int(md[3:])):
                    h.iso = f"{year:04d}-{md}"
                break


def _year_names_time(tok: Token) -> bool:
    """Is this four-digit token a year that names a time ('in 2022', 'the 2022 election', '2022 marks')?

    Not when it is part of a name ('the 2025 ASEAN Community Vision', 'Agenda 2030'), or counts something
    ('2000 people').
    """
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    time_prep = prev is not None and prev.lower_ in ("in", "since", "by", "until", "till", "before", "after", "during")
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") and not time_prep and (
            prev is None or prev.pos_ not in ("DET", "PRON")):
        return False  # "2000 people" counts; "the 2022 elections" dates
    if prev is not None and prev.pos_ == "PROPN" and (prev.is_title or prev.is_upper) and \
            prev.lower_ not in _YEAR_CUES and prev.ent_type_ != "DATE":
        return False  # "Agenda 2030", "ASEAN 2020": a name with a year in it
    if not time_prep and _names_a_publication(tok):
        return False  # "its latest 2026 annual report", "the 2019 white paper": the title's year
    if nxt is not None and nxt.pos_ == "PROPN" and tok.dep_ in ("compound", "nummod", "amod") \
            and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        return False  # "the 2025 ASEAN Community Vision"
    cues = [t.lower_ for t in doc[max(0, tok.i - 3):tok.i]]
    if any(c in _YEAR_CUES for c in cues[-2:]) or (cues and cues[-1] in ("the", "'s", "’s")):
        return True
    if tok.ent_type_ == "DATE":
        return True
    return bool(prev is None or prev.is_sent_start and prev.is_punct or tok.is_sent_start)


# a year before these names the publication ("its 2026 annual report"), not a time the text speaks of
_PUBLICATIONS = frozenset("report reports paper papers yearbook index edition ranking rankings".split())


def _names_a_publication(tok: Token) -> bool:
    doc = tok.doc
    for t in doc[tok.i + 1:tok.i + 4]:
        if t.lower_ in _PUBLICATIONS:
            return True
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS"):
            return False
    return False


def _verb_tense(verb: Token) -> str | None:
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in kids}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if verb.lower_ in ("will", "shall"):
        return "future"
    if any(c.lower_ == "going" for c in verb.children) or verb.tag_ == "VB" and any(
            c.lower_ == "to" for c in verb.children) and verb.head.lower_ in ("going", "scheduled", "set", "due"):
        return "future"
    if verb.tag_ == "VBD" or words & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    return None


def _parse_anchor(anchor: str | None) -> dt.date | None:
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(anchor[:10])
    except ValueError:
        return None


def _month(word: str) -> int:
    return _MONTH_NUM[word.rstrip(".").lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _iso_or_x(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return f"XXXX-{m:02d}-{d:02d}" if _safe_date(2000, m, d) else None
    day = _safe_date(y, m, d)
    return day.isoformat() if day else None
