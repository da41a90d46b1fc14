"""One document's layout as the rules look it up: paragraphs, lines, quotes, and what is no running text
(chrome, captions, headlines); the lead of a paragraph (datelines) and the kind of a content span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.page import CLOSE_QUOTES, LEAD
from ..page import (
    HEAD_LINES,
    _lines,
    _paragraphs,
    cut_off_after,
    hard_wrapped,
    is_headline,
    title_case,
    wrapped_units,
)
from ..spans import Spans
from .quotes import find_quotes

if TYPE_CHECKING:  # pragma: no cover
    from .quotes import Quote


@dataclass
class Layout:
    paragraphs: list[tuple[int, int]]
    par_starts: list[int]
    lines: list[tuple[int, int]]
    line_starts: list[int]
    skip: Spans  # chrome, captions, headlines: nothing here is a statement
    quotes: list[Quote]
    quote_spans: Spans  # inside quotation marks (content, never cues)
    quote_starts: list[int]

    def paragraph(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.par_starts, pos) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos <= self.paragraphs[i][1]:
            return self.paragraphs[i]
        return None

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right(self.par_starts, pos) - 1

    def line(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.line_starts, pos) - 1
        if i >= 0 and self.lines[i][0] <= pos <= self.lines[i][1]:
            return self.lines[i]
        return None

    def quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < max(self.quotes[i].end, self.quotes[i].start + 1):
            return self.quotes[i]
        return None


def build_layout(text: str, skip: list[tuple[int, int]], title: str | None) -> Layout:
    paragraphs = _paragraphs(text)
    # in hard-wrapped text a line is a piece of a paragraph: the paragraph is the unit of layout
    lines = wrapped_units(text) if hard_wrapped(text) else _lines(text)
    blocked = list(skip)
    first_line = lines[0] if lines else None
    # a real headline: a line of its own, with no sentence punctuation at its end
    head = " ".join(title.split()) if title and len(title.split()) >= 4 and is_headline(title) and any(
        " ".join(text[s:e].split()) == " ".join(title.split()) for s, e in lines[:HEAD_LINES]) else None
    heads = _headlines(text, lines, head)
    for li, (s, e) in enumerate(lines):
        line = text[s:e]
        flat = " ".join(line.split())
        for h in heads:
            if flat.startswith(h) and len(line) > len(h) + 5:
                # the headline repeated in front of a caption ("Critics Roll Their Eyes … Minister X is shown …")
                blocked.append((s, s + len(h)))
                break
        if li + 1 < len(lines) and li < HEAD_LINES and _deck(text, lines, li):
            blocked.append((s, e))
        is_title = bool(title) and line.strip() == title.strip() and (
            is_headline(title) or ((s, e) == first_line and len(line.split()) <= 25 and
                                     not re.search(r"[.!?…][”\"’]?$", line.rstrip())))
        last = not text[e:].strip()
        before = text[lines[li - 1][0]:lines[li - 1][1]] if li > 0 else ""
        if is_headline(line) and not (last and cut_off_after(line, before)) or is_title or \
                (title_case(line) and not line.rstrip().endswith(tuple(CLOSE_QUOTES))):
            blocked.append((s, e))
    quotes = find_quotes(text, paragraphs)
    return Layout(
        paragraphs=paragraphs, par_starts=[s for s, _ in paragraphs], lines=lines,
        line_starts=[s for s, _ in lines], skip=Spans(blocked), quotes=quotes,
        quote_spans=Spans([(q.open_at, (q.close_at + 1) if q.close_at is not None else q.end) for q in quotes]),
        quote_starts=[q.start for q in quotes],
    )


# a deck is one sentence of a few words
DECK_WORDS = 35
BYLINE_WORDS = 6  # "By RFA Vietnamese", "By Jane Doe and John Roe"
BYLINE = re.compile(r"\s*(?:By|BY)\s+[A-Z]")


def _headlines(text: str, lines: list[tuple[int, int]], head: str | None) -> list[str]:
    """The page's headlines (the title, and headline lines of four words or more in its first lines)."""
    out = [head] if head else []
    for s, e in lines[:HEAD_LINES]:
        flat = " ".join(text[s:e].split())
        if len(flat.split()) >= 4 and is_headline(flat) and flat not in out:
            out.append(flat)
    return out


def _deck(text: str, lines: list[tuple[int, int]], li: int) -> bool:
    """'Fishermen fear the new fees will empty the harbour.' between a headline and the byline: the deck,
    no statement (its words are the story's summary, told again below)."""
    s, e = lines[li]
    ps, pe = lines[li - 1] if li > 0 else (0, 0)
    ns, ne = lines[li + 1]
    sent = text[s:e].strip()
    return li > 0 and is_headline(text[ps:pe]) and BYLINE.match(text, ns, ne) is not None and \
        len(text[ns:ne].split()) <= BYLINE_WORDS and \
        len(sent.split()) <= DECK_WORDS and not re.search(r"[.!?]\s+[A-Z]", sent)


def lead_skip(text: str, pos: int, limit: int, lay: Layout | None = None) -> int:
    """The first position at or after `pos` that is content: past caption credits, a crawler's date, a
    dateline ('JAKARTA -', 'Geneva (VNA) –')."""
    for _ in range(3):
        if lay is not None:
            sp = lay.skip.find(pos)
            if sp is not None and sp[1] <= limit:
                pos = sp[1]
        m = LEAD.match(text, pos)
        new = m.end() if m and m.end() <= limit else pos
        if new == pos:
            break
        pos = new
    while pos < limit and text[pos] in " \t\n.,;:–—-":
        pos += 1
    return pos


def skipped_line(lay: Layout, s: int, e: int) -> bool:
    sp = lay.skip.find(s)
    return sp is not None and sp[1] >= e


def drop_cap_start(text: str, lay: Layout, cs: int) -> int:
    """'M' + a blank line + 'yanmar believes that …': a drop cap the page printed as a paragraph of its own
    starts the word the next paragraph goes on in small letters. Where a content starting at `cs` begins,
    the letter included."""
    i = lay.paragraph_index(cs)
    if i <= 0 or lay.paragraphs[i][0] != cs or not text[cs:cs + 1].islower():
        return cs
    ps, pe = lay.paragraphs[i - 1]
    return ps if pe - ps == 1 and text[ps].isupper() else cs

