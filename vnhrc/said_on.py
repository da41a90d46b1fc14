"""When a statement was made: the date of the speech act, else the document's date, else nothing.

A claim's `dates` are the dates its content talks about ("the 2023–2025 term"); `said_on` is the day the words
were spoken or written, which is what `--since/--until` ask about. The rule reads the reporting clause only:

    "Hang said on Thursday that …"          → the Thursday on or before the article's date
    "On January 10, Hang told reporters …"   → January 10 of the article's year (as dates.py reads it)
    "the minister said yesterday"            → the day before the article's date
    "Hang said in a post on Monday that …"   → Monday (a date on the statement's own medium)

A date counts when it stands outside the reported content, in the statement's sentence, and the parse hangs it
on the cue: as the cue's own adverbial ("yesterday", "Thursday"), as the object of a preposition on the cue
("on Thursday"), or one medium noun further ("in a post on Monday"). A date that only modifies a noun ("the
2023 elections", "the June 3 meeting") is no time of speaking. Ranges and dates without a year are not days a
statement can be placed on; the document's date stands in for them.

Receives the Doc and the statements; knows nothing of how cues or speakers are found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from . import dates

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

# how a date's head word may hang on the cue: the cue's adverbial, or a preposition's object
_DATE_DEPS = frozenset({"npadvmod", "tmod", "advmod", "pobj", "obl", "nmod", "dobj"})
# the links from that head up to the cue: a preposition, and the medium it names ("in a post on Monday")
_LINK_DEPS = frozenset({"prep", "pobj", "dobj", "advcl", "agent"})
MAX_HOPS = 4  # date → on → post → in → said; further up, the date belongs to something else
# a value said_on can carry: a day, a month or a year (ranges and unknown years are not one time)
_ONE_TIME = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class Statement(Protocol):
    """What the rule needs of a statement (statements.Attribution has these)."""

    cue_start: int | None
    content_start: int
    content_end: int
    sent_start: int
    sent_end: int


def said_on(doc: Doc, statements: Sequence[Any], doc_date: str | None, monthfirst: bool = False) -> list[str | None]:
    """For each statement, in order: the ISO date it was made on, else `doc_date` (which may be None)."""
    if not statements:
        return []
    times = _dated_spans(doc, doc_date, monthfirst)
    starts = [s for s, _, _ in times]
    out: list[str | None] = []
    for s in statements:
        out.append(_speech_date(doc, s, times, starts) or doc_date)
    return out


def _dated_spans(doc: Doc, doc_date: str | None, monthfirst: bool) -> list[tuple[int, int, str]]:
    """(start, end, iso) of every date that names one time, weekdays resolved against the document's date.

    dates.find_dates leaves its spans on the Doc for numbers.py; this second reading (with weekdays) must not
    replace them, so they are put back.
    """
    kept = doc.user_data.get(dates.USER_DATA_KEY)
    try:
        found = dates.find_dates(doc, doc_date, monthfirst=monthfirst, relative=True)
    finally:
        if kept is None:
            doc.user_data.pop(dates.USER_DATA_KEY, None)
        else:
            doc.user_data[dates.USER_DATA_KEY] = kept
    return [(d["start"], d["end"], d["iso"]) for d in found if _ONE_TIME.fullmatch(d["iso"] or "")]


def _speech_date(doc: Doc, s: Any, times: list[tuple[int, int, str]], starts: list[int]) -> str | None:
    cue_at = getattr(s, "cue_start", None)
    if cue_at is None:
        return None  # a bare quote or an interview answer: no reporting clause to read
    cue = _token_at(doc, cue_at)
    if cue is None:
        return None
    lo = bisect.bisect_left(starts, s.sent_start)
    hi = bisect.bisect_left(starts, s.sent_end)
    for start, end, iso in times[lo:hi]:
        if end > s.sent_end or (start < s.content_end and end > s.content_start):
            continue  # past the sentence, or inside what was said
        head = _head_of(doc, start, end)
        if head is not None and _hangs_on(head, cue):
            return iso
    return None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _head_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _hangs_on(head: Token, cue: Token) -> bool:
    """True when the date's head word reaches the cue through a preposition or a medium noun."""
    if head.dep_ not in _DATE_DEPS:
        return False
    tok = head
    for _ in range(MAX_HOPS):
        parent = tok.head
        if parent is tok:
            return False  # the root: the cue was not above the date
        if parent.i == cue.i:
            return True
        if parent.dep_ not in _LINK_DEPS:
            return False
        tok = parent
    return False
