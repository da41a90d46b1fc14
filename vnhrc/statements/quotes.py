"""Quotations: where the marks open and close, whole quotations over paragraphs, and quotes that go on
after their attribution.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.cues import REPORTING_FORMS
from ..lexicon.page import (
    CLOSE_QUOTES,
    COLON_CUE_LEMMAS,
    COLON_NOUNS,
    NOT_LABELS,
    OPEN_QUOTES,
    TWO_APOSTROPHES,
)
from ..page import title_case
from ..spans import Spans
from .agents import speaker_of
from .attribution import Attribution
from .tokens import _words, lemma_of, mention_span, trim_chars

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .context import Ctx
    from .layout import Layout

# pronouns that may stand for the speaker after a quotation ('“…,” she said.')
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# at most this many tokens of a name after the verb ("said Ana Maria Ruiz Lopez")
NAME_TOKENS = 6
# at most this many tokens of an apposition between a name and its verb ('Ortiz, a ferry captain, said')
APPOSITION_TOKENS = 8
# a quotation going on after its attribution this long (words) may stand in the next paragraph; a shorter one
# only as a sentence of its own right after the speaker's quote
CONTINUED_WORDS = 5
# the attribution that cuts a quoted sentence in two ('“…,” the mayor of the river town said, “…”') is short
SPLIT_CLAUSE_WORDS = 16


@dataclass
class Quote:
    start: int  # first character inside the marks
    end: int  # end of the quoted text (before the closing mark, or the paragraph's end)
    open_at: int  # the opening mark
    close_at: int | None  # the closing mark, None when the paragraph ends first
    group: int  # quotes continued over paragraphs share a group


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Quotations, paragraph by paragraph. Curly marks pair up; a straight mark opens after a space or an
    opening bracket and closes otherwise; single curly marks (‘…’, the British style) count when a ’ that is
    no apostrophe closes them in the same paragraph. A double quote still open at the end of its paragraph
    ends there, and when the next paragraph opens with a quote mark it is the same quotation going on (the
    press convention)."""
    quotes: list[Quote] = []
    group = 0
    carry = False  # the previous paragraph ended inside a quote
    for pi, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        mark = ""  # the opening mark of the open quote
        first = True
        pair_at = -1  # the second mark of a '' pair, passed over
        for i in range(ps, pe):
            ch = text[i]
            if text.startswith(TWO_APOSTROPHES, i) and i + 1 < pe and i != pair_at and \
                    (open_at is None or mark == TWO_APOSTROPHES):
                # "''We will appeal,'' she said.": two apostrophes stand for a straight double mark (wire copy)
                pair_at = i + 1
                prev = text[i - 1] if i > ps else " "
                nxt = text[i + 2] if i + 2 < pe else " "
                if open_at is None and _opens_here(prev, nxt):
                    if not (first and carry and i == ps):
                        group += 1
                    open_at, mark = i, TWO_APOSTROPHES
                elif open_at is not None:
                    quotes.append(Quote(open_at + 2, i, open_at, i, group))
                    open_at = None
                first = False
                continue
            if ch not in "“”\"‘’":
                continue
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            opens_single = ch == "‘" and _opens_here(prev, nxt)
            if open_at is not None and mark == "‘":
                if ch == "’" and not nxt.isalnum():
                    quotes.append(Quote(open_at + 1, i, open_at, i, group))
                    open_at = None
                elif ch in "“\"":  # a double mark inside a single-quoted stretch: it was no quote after all
                    open_at = None
                else:
                    continue
                if open_at is not None or ch == "’":
                    first = False
                    continue
            if ch in "‘’":
                if open_at is None and opens_single and _closes_single(text, i + 1, pe):
                    group += 1
                    open_at, mark = i, ch
                first = False
                continue
            stop_before = prev in ",.!?" or prev == " " and i - 2 >= ps and text[i - 2] in ",.!?"
            if ch == "“" and open_at is not None and mark == "“" and stop_before and nxt.isspace():
                # '“The sentence was too heavy,“ he said.', '“… They see that. “': an opening mark typed where the
                # closing one belongs
                quotes.append(Quote(open_at + 1, i, open_at, i, group))
                open_at = None
                first = False
                continue
            if ch == "“" or (ch == '"' and open_at is None and _opens_here(prev, nxt)):
                if open_at is not None:  # an opening mark inside an open quote: the first one was never closed
                    quotes.append(Quote(open_at + 1, i, open_at, None, group))
                    group += 1
                if not (first and carry and i == ps):
                    group += 1
                open_at, mark = i, ch
            elif open_at is not None:
                quotes.append(Quote(open_at + 1, i, open_at, i, group))
                open_at = None
            first = False
        carry = False
        if open_at is not None and mark != "‘":
            quotes.append(Quote(open_at + len(mark), pe, open_at, None, group))
            carry = True
        if carry:
            # the same quotation goes on only when the next paragraph opens with a mark
            nxt_par = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            carry = nxt_par is not None and (text[nxt_par[0]] in "“\"" or text.startswith(TWO_APOSTROPHES, nxt_par[0]))
    return quotes


OPEN_AFTER = "([{—–-:,"  # a straight or single mark after a space or one of these, before a word, opens a quote


def _opens_here(prev: str, nxt: str) -> bool:
    """Whether a mark between `prev` and `nxt` opens a quote: ' ''We', '(“The', ':"We' — not 'word" ' or '" x'."""
    return (prev.isspace() or prev in OPEN_AFTER) and not nxt.isspace()


def _closes_single(text: str, pos: int, end: int) -> bool:
    """A ’ that is not an apostrophe (no letter after it) comes before the paragraph ends."""
    j = text.find("’", pos, end)
    while j != -1:
        if j + 1 >= end or not text[j + 1].isalnum():
            return j - pos >= 3
        j = text.find("’", j + 1, end)
    return False


def quote_group_span(cx: Ctx, q: Quote) -> tuple[int, int]:
    """(start, end) of the whole quotation `q` belongs to, over paragraphs."""
    i = bisect.bisect_left(cx.lay.quote_starts, q.start)
    first = last = i
    while first > 0 and cx.lay.quotes[first - 1].group == q.group:
        first -= 1
    while last + 1 < len(cx.lay.quotes) and cx.lay.quotes[last + 1].group == q.group:
        last += 1
    return cx.lay.quotes[first].start, cx.lay.quotes[last].end


def quote_ends_clause(cx: Ctx, q: Quote) -> bool:
    """The quotation runs to the end of the clause ('said “…”.'), not a quoted phrase the clause goes on
    after ('believes that “at least 145 people” are detained')."""
    if q.close_at is None:
        return True
    j = q.close_at + 1
    while j < len(cx.text) and cx.text[j] in " \t":
        j += 1
    return j >= len(cx.text) or not (cx.text[j].isalnum() or cx.text[j] in "(“\"‘")


def continued_quotes(ctx: Ctx, found: list[Attribution]) -> list[Attribution]:
    """A quotation that opens a sentence with no attribution of its own belongs to the last speaker when it
    follows a statement in the same or the previous paragraph: '“…,” X told Y. “…”' and a bare quote
    paragraph after '“…,” Pham said.'"""
    text = ctx.text
    lay = ctx.lay
    covered = Spans([(a.content_start, a.content_end) for a in found])
    by_pos = sorted(found, key=lambda a: a.content_start)
    starts = [a.content_start for a in by_pos]
    out: list[Attribution] = []
    seen_groups: set[int] = set()
    for q in lay.quotes:
        if q.group in seen_groups:
            continue
        gs, ge = quote_group_span(ctx, q)
        if gs in covered or (gs + 1) in covered:
            seen_groups.add(q.group)
            continue
        if q.open_at in lay.skip or q.open_at in ctx.answers:
            continue
        par = lay.paragraph(q.open_at)
        if par is None:
            continue
        cs, ce = trim_chars(text, gs, ge)
        words = _words(text[cs:ce])
        if words < 1:
            continue
        if q.open_at in ctx.questions and text[cs:ce].rstrip(CLOSE_QUOTES + " ").endswith("?"):
            continue  # a quoted question; '“Is it over? Far from it, we have just begun.”' goes on and counts
        # the statement just before, in this paragraph or the one before it
        k = bisect.bisect_left(starts, q.open_at) - 1
        prev = by_pos[k] if k >= 0 else None
        if out and (prev is None or out[-1].content_start > prev.content_start):
            prev = out[-1]  # a run of quote paragraphs: each goes on the one before
        if prev is None:
            continue
        if not _opens_sentence(text, par, q.open_at) and not _second_half(text, par, q, prev, words):
            continue
        pi, qi = lay.paragraph_index(prev.content_start), lay.paragraph_index(q.open_at)
        if qi - pi > 1 or prev.mention_start is None:
            continue
        if words < CONTINUED_WORDS and not (qi == pi and prev.kind == "direct" and _ends_sentence(text, cs, ce, q)):
            continue  # '“We will appeal,” Ruiz said. “No question.”': short, only right after the speaker's quote
        if qi - pi == 1 and not _opens_paragraph(text, par, q.open_at):
            continue
        seen_groups.add(q.group)
        sent_end = ce
        out.append(Attribution(
            cue=prev.cue, kind="direct", content_start=cs, content_end=ce, sent_start=q.open_at,
            sent_end=sent_end, start=q.open_at, end=ce, mention_start=prev.mention_start,
            mention_end=prev.mention_end, mention_head=prev.mention_head, via="continued",
        ))
    return out


def colon_paragraphs(ctx: Ctx, found: list[Attribution]) -> list[Attribution]:
    """'Lena Ortiz, the regional director of the group, said:' closing its paragraph: the words are the next
    paragraph, quoted or not; 'Ruiz said: “Of course. …”', 'She went on: “…”': the quotation after the
    colon. Only a reporting verb with its own speaker right before the colon, and words no statement has taken
    (but for a statement the verb stands inside: '… urged open access to the archive, with Ms Berg
    emphasising: “…”' is a second speaker's statement)."""
    text = ctx.text
    doc = ctx.doc
    lay = ctx.lay
    covered = _Covered([(a.content_start, a.content_end) for a in found])
    starts = {a.content_start for a in found}
    out: list[Attribution] = []
    par_ends: dict[int, int] = {}  # paragraph index → its end without trailing white space, found once
    pos = text.find(":")
    while pos != -1:
        colon_at, pos = pos, text.find(":", pos + 1)
        if colon_at in lay.skip or colon_at in lay.quote_spans or colon_at in ctx.answers:
            continue
        par = lay.paragraph(colon_at)
        if par is None:
            continue
        pi = lay.paragraph_index(colon_at)
        if pi not in par_ends:
            par_ends[pi] = _trimmed_end(text, par)
        j = colon_at + 1
        while j < par[1] and text[j] in " \t":
            j += 1
        if j >= par_ends[pi]:
            if pi + 1 >= len(lay.paragraphs):
                continue
            cs0, ce0 = lay.paragraphs[pi + 1]  # "… said:" ends its paragraph: the next one is the words
        elif text[j] in OPEN_QUOTES or text.startswith(TWO_APOSTROPHES, j):
            q = lay.quote(j + (len(TWO_APOSTROPHES) if text.startswith(TWO_APOSTROPHES, j) else 1))
            if q is None or q.open_at != j:
                continue
            cs0, ce0 = q.start, q.end
        else:
            continue
        colon = doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        if colon is None or colon.start == 0:
            continue
        v = doc[colon.start - 1]
        if v.dep_ == "prt" and v.lower_ == "on":  # "She went on:"
            v = v.head
        if (lemma_of(v) not in COLON_CUE_LEMMAS or not v.tag_.startswith("VB") or
                lemma_of(v) == "go" and doc[colon.start - 1].lower_ != "on") and not _participle_cue(v):
            verb = _colon_verb(v)
            if verb is None:
                named = _label_name(doc, colon.start, ctx.lower_words) if j < par_ends[pi] else None
                line = lay.line(colon_at)
                if named is None or cs0 in lay.skip or line is None or line == lay.lines[0] or \
                        title_case(text[line[0]:line[1]]):
                    continue  # (not in a headline: "Mayor: ‘We Will Rebuild the Bridge.’")
                first, last = named  # "Ivo Brandt: “…”": a name and a colon hand over to the quote
                cs, ce = trim_chars(text, cs0, ce0)
                if _words(text[cs:ce]) < 3 or cs in starts or cs in covered or (cs + 1) in covered:
                    continue
                starts.add(cs)
                me = last.idx + len(last.text)
                out.append(Attribution(
                    cue=":", kind=content_kind(text, cs, ce, lay), content_start=cs, content_end=ce,
                    sent_start=first.sent.start_char, sent_end=ce0, start=first.idx, end=ce0,
                    mention_start=first.idx, mention_end=me, mention_head=last.i, via="quote", cue_start=colon_at,
                ))
                covered.add(cs, ce)
                continue
            v = verb
        subj = speaker_of(ctx, v)
        if subj is None or cs0 in lay.skip:
            continue
        cs, ce = trim_chars(text, cs0, ce0)
        if _words(text[cs:ce]) < 2 or cs in starts:
            continue
        if (cs in covered or (cs + 1) in covered) and v.idx not in covered:
            continue  # words another statement has taken, unless the verb stands inside that statement's words
        ms, me = ctx.mention_spans.get(subj.i) or mention_span(subj)
        starts.add(cs)
        cue = text[v.idx:colon_at + 1]
        if len(cue.split()) > COLON_CUE_WORDS:
            cue = v.text  # 'told his audience, to rowdy applause:': the verb
        out.append(Attribution(
            cue=cue, kind=content_kind(text, cs, ce, lay), content_start=cs, content_end=ce,
            sent_start=v.sent.start_char, sent_end=ce0, start=min(ms, v.idx), end=ce0, mention_start=ms,
            mention_end=me, mention_head=subj.i, via="quote", cue_start=v.idx,
        ))
        covered.add(cs, ce)
    return out


def comma_quotes(ctx: Ctx, found: list[Attribution]) -> tuple[list[Attribution], set[int]]:
    """'Ruiz added, “Probably the night ferries, because nobody used them.”', 'The union was not moved,
    telling reporters, “These fees will ruin the coast.”': a reporting verb (with its listener or a short
    phrase after it) and a comma hand over to the quotation that opens right after, whatever the parse made of
    it (a phrase with no verb of its own is no clause to it). Only the verbs whose colon hands over too, with a
    speaker of their own, and a quotation no statement has taken.

    A verb that already has a statement keeps it (the second half of a quote it cuts in two is
    continued_quotes' case), unless that statement misread the words: the clause before the verb ('When he
    first described the plan, he said, “We will …”') or the quote from its second sentence on ('Baird said,
    “Well, maybe so. Maybe …”'); then the quote replaces it. Returns the new statements and the ids of the
    ones they replace."""
    text = ctx.text
    doc = ctx.doc
    lay = ctx.lay
    covered = _Covered([(a.content_start, a.content_end) for a in found])
    # the statement of each verb (of statements sharing a cue start, the last one stands for the verb)
    by_cue = {a.cue_start: a for a in found if a.cue_start is not None and not a.answer}
    out: list[Attribution] = []
    replaced: set[int] = set()  # ids of the statements a quote replaces: the caller drops these
    done: set[int] = set()  # ids of the statements this pass made or replaced: a verb gets one quote
    seen_groups: set[int] = set()
    for q in lay.quotes:
        if q.group in seen_groups:
            continue
        seen_groups.add(q.group)
        j = q.open_at - 1
        while j > 0 and text[j] in " \t":
            j -= 1
        if j <= 0 or text[j] != "," or q.open_at in lay.skip or q.open_at in ctx.answers or \
                q.start in covered or (q.start + 1) in covered:
            continue
        comma = doc.char_span(j, j + 1, alignment_mode="expand")
        if comma is None or comma.start == 0:
            continue
        v = _handing_verb(doc[comma.start - 1])
        if v is None or v.idx in lay.quote_spans:
            continue
        gs, ge = quote_group_span(ctx, q)
        cs, ce = trim_chars(text, gs, ge)
        if _words(text[cs:ce]) < 3:
            continue
        had = by_cue.get(v.idx)
        if had is not None:
            # (a quote going on in small letters goes on the clause before: 'The town is poor, he said, “and …”')
            misread = had.content_end <= v.idx and had.kind != "direct" and not text[cs].islower() or \
                cs < had.content_start < ge
            if not misread or id(had) in done:
                continue
            replaced.add(id(had))
            done.add(id(had))
            out.append(dataclasses.replace(had, kind=content_kind(text, cs, ce, lay), content_start=cs,
                                           content_end=ce, sent_end=max(had.sent_end, ce), end=max(had.end, ce),
                                           via="quote"))
            covered.add(cs, ce)
            continue
        subj = speaker_of(ctx, v)
        if subj is None or cs in covered:
            continue
        ms, me = ctx.mention_spans.get(subj.i) or mention_span(subj)
        out.append(Attribution(
            cue=v.text, kind=content_kind(text, cs, ce, lay), content_start=cs, content_end=ce,
            sent_start=v.sent.start_char, sent_end=ce, start=min(ms, v.idx), end=ce, mention_start=ms,
            mention_end=me, mention_head=subj.i, via="quote", cue_start=v.idx,
        ))
        covered.add(cs, ce)
        by_cue[v.idx] = out[-1]
        done.add(id(out[-1]))  # one statement a verb: the new one is not replaced again
    return out, replaced


# words between a verb and the comma that hands over to its quote ('telling reporters in Hanoi on Friday,')
HANDOVER_WORDS = 6


def _handing_verb(t: Token) -> Token | None:
    """The reporting verb whose comma is right after token `t`: `t` itself ('Ruiz added,'), or the verb the
    listener or the short phrase ending on `t` hangs on ('telling reporters,', 'wrote on her blog,')."""
    v = t
    for _ in range(3):
        if v.tag_.startswith("VB") and lemma_of(v) in COLON_CUE_LEMMAS:
            break
        if v.head.i == v.i or v.head.i > v.i:
            return None
        v = v.head
    else:
        return None
    if not (v.tag_.startswith("VB") and lemma_of(v) in COLON_CUE_LEMMAS) or t.i - v.i > HANDOVER_WORDS:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and c.i < t.i and c.i > v.i for c in v.children):
        return None  # 'said the talks failed,' : the words came before the comma
    return v


# a cue given as written up to its colon is this short ('issued the following statement:'); else the verb
COLON_CUE_WORDS = 4


def _colon_verb(t: Token) -> Token | None:
    """The verb a colon after token `t` hands over from when `t` is no reporting verb: the verb of a short
    phrase ending on `t` ('He told his audience, to loud applause:'), or the verb of a noun of what was
    said ('issued the following statement:', 'posted this message:')."""
    if t.lemma_.lower() in COLON_NOUNS and t.dep_ == "dobj" and t.head.i < t.i and t.head.tag_.startswith("VB"):
        return t.head
    return _handing_verb(t)


# the words a bracket after a name holds ('Rep. Ana Ruiz (D-Hue):')
BRACKET_TOKENS = 8


def _label_name(doc: Doc, colon: int, lower_words: frozenset[str]) -> tuple[Token, Token] | None:
    """'Ivo Brandt: “…”', 'Rep. Ana Ruiz (D-Hue): "…"', '… ran late again - FerryWatch: “…”': a name right
    before the colon (token `colon`) that hands over to a quotation, the name opening its sentence or standing
    after a dash or a closed quotation. (first, last) token of the name."""
    k = colon - 1
    if doc[colon].text.startswith(")"):  # "):" read as one token
        k = colon
    if doc[k].text.startswith(")"):
        j = k - 1
        while j > 0 and doc[j].text != "(" and k - j < BRACKET_TOKENS:
            j -= 1
        if doc[j].text != "(":
            return None
        k = j - 1
    last = k
    while k >= 0 and last - k < NAME_TOKENS and (_name_like(doc[k], lower_words) or doc[k].text == "." and k > 0
                                                 and doc[k - 1].pos_ == "PROPN"):
        k -= 1
    first = k + 1
    if first > last and k >= 0 and k == doc[k].sent.start and doc[k].is_title and doc[k].lower_ not in lower_words \
            and doc[k].lower_ not in NOT_LABELS:
        first = k  # 'Lind: "…"' opening its sentence, the name read as a noun
    elif first > last or not _name_like(doc[last], lower_words) or not _name_like(doc[first], lower_words):
        return None
    opens = first == doc[first].sent.start or doc[first - 1].text in ("-", "–", "—", "--", ".", "!", "?") or \
        doc[first - 1].is_space or doc[first - 1].text in CLOSE_QUOTES and first >= 2 and \
        doc[first - 2].text in (".", "!", "?")  # (doc[-1] would wrap to the last token)
    return (doc[first], doc[last]) if opens else None


def _participle_cue(v: Token) -> bool:
    """'…, with Ms Berg emphasising: “…”': a reporting participle with a subject of its own that the parse
    read as a noun."""
    w = v.lower_
    if not (w.endswith("ing") and v.tag_.startswith("NN") and any(c.dep_ == "nsubj" for c in v.children)):
        return False
    return any(c in COLON_CUE_LEMMAS for c in (w[:-3], w[:-3] + "e", w[:-4]))


def _trimmed_end(text: str, par: tuple[int, int]) -> int:
    """Where paragraph `par` ends without its trailing white space."""
    e = par[1]
    while e > par[0] and text[e - 1].isspace():
        e -= 1
    return e


class _Covered:
    """Content spans taken so far, merged and sorted; a pass adds the ones it takes (bisect, no rebuild)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged = Spans(spans).spans
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def add(self, s: int, e: int) -> None:
        if e <= s:
            return
        i = bisect.bisect_left(self.starts, s)
        if i > 0 and self.ends[i - 1] >= s:  # overlaps or touches the span before: grow that one
            i -= 1
            s = self.starts[i]
        else:
            self.starts.insert(i, s)
            self.ends.insert(i, e)
        k = i + 1
        while k < len(self.starts) and self.starts[k] <= e:  # swallow the spans it reaches over
            k += 1
        e = max(e, self.ends[k - 1], self.ends[i])
        del self.starts[i + 1:k]
        del self.ends[i + 1:k]
        self.starts[i], self.ends[i] = s, e


def content_kind(text: str, cs: int, ce: int, lay: Layout) -> str:
    """direct: the content is one quotation; mixed: it holds quoted words; indirect: none."""
    seg = text[cs:ce]
    q = lay.quote(cs)
    if q is not None and q.start <= cs and (q.end >= ce - 1):
        return "direct"
    if any(ch in seg for ch in "“”\"") or TWO_APOSTROPHES in seg:  # two apostrophes: a double mark (wire copy)
        return "mixed"
    return "indirect"


def _second_half(text: str, par: tuple[int, int], q: Quote, prev: Attribution, words: int) -> bool:
    """'“The benefit of living here,” Ruiz said, “is that nobody tells you how to vote.”': a quoted sentence
    the attribution cuts in two goes on after the cue's comma; its second half is a statement of its own when
    it is the longer one (a content of its own words: a reader quotes the fuller half, and the first half
    stays its statement too). Only right after the cue clause of a direct statement, in one sentence."""
    if prev.kind != "direct" or prev.cue_start is None or not par[0] <= prev.content_start < q.open_at:
        return False
    if not prev.content_end <= prev.cue_start < q.open_at or text[q.open_at - 2:q.open_at] != ", ":
        return False
    between = text[prev.content_end:q.open_at - 2]
    if any(ch in between for ch in ".!?\n") or _words(between) > SPLIT_CLAUSE_WORDS:
        return False
    return words >= CONTINUED_WORDS and words > _words(text[prev.content_start:prev.content_end])


def _ends_sentence(text: str, cs: int, ce: int, q: Quote) -> bool:
    """The short quotation is a sentence of its own: it closes on its stop ('“No question.”'), not a quoted
    name or phrase ('“Respect”')."""
    tail = text[q.start:q.end].rstrip()[-1:] if q.close_at is not None else text[ce - 1:ce]
    return tail in (".", "!", "?", "…")


def _opens_sentence(text: str, par: tuple[int, int], pos: int) -> bool:
    """A quotation at `pos` opens its sentence: nothing but spaces before it in its paragraph, or a sentence's
    end ("… in June. “We will …")."""
    j = pos - 1
    while j >= par[0] and text[j] in " \t":
        j -= 1
    return j < par[0] or text[j] in ".!?”\"’\n"


def _opens_paragraph(text: str, par: tuple[int, int], pos: int) -> bool:
    return text[par[0]:pos].strip() == ""


def quote_attributions(ctx: Ctx, found: list[Attribution]) -> list[Attribution]:
    """'“The new fees, along with the other charges the port office plans …, will drive the boats away,”
    said Ana Ruiz, the deputy head of the fishermen's union.': a quotation closed by ',”' that
    opens its sentence, with a reporting verb and a name (or a pronoun) right after the mark, is that speaker's
    statement whatever the parse made of the long quotation (it may read the quote's subject as the verb's).
    Only quotations no statement has taken yet; the verb is one of the plain reporting forms."""
    text = ctx.text
    doc = ctx.doc
    covered = Spans([(a.content_start, a.content_end) for a in found])
    out: list[Attribution] = []
    for q in ctx.lay.quotes:
        if q.close_at is None or q.start in covered or (q.start + 1) in covered:
            continue
        if q.open_at in ctx.lay.skip or q.open_at in ctx.answers or q.open_at in ctx.questions:
            continue
        if text[q.close_at - 1:q.close_at] not in (",",) and text[q.close_at + 1:q.close_at + 2] != ",":
            continue  # '“…,” said' or '“…”, said': the quotation hands over to its attribution
        par = ctx.lay.paragraph(q.open_at)
        if par is None:
            continue
        if not _opens_sentence(text, par, q.open_at):
            continue
        after = doc.char_span(q.close_at, q.close_at + 1, alignment_mode="expand")
        if after is None:
            continue
        i = after.end
        while i < len(doc) and (doc[i].is_space or doc[i].text in ","):
            i += 1
        who = _speaker_after(doc, i, ctx.lower_words)
        if who is None:
            continue
        verb, first, last = who
        cs, ce = trim_chars(text, q.start, q.end)
        if ce > cs and text[ce - 1] == ",":
            ce -= 1
        if _words(text[cs:ce]) < 3:
            continue
        sent = verb.sent
        ms, me = first.idx, last.idx + len(last.text)
        out.append(Attribution(
            cue=verb.text, kind="direct", content_start=cs, content_end=ce, sent_start=sent.start_char,
            sent_end=sent.end_char, start=q.open_at, end=max(me, verb.idx + len(verb.text)), mention_start=ms,
            mention_end=me, mention_head=last.i, via="quote", cue_start=verb.idx,
        ))
    return out


def _speaker_after(doc: Doc, i: int, lower_words: frozenset[str] = frozenset()) -> tuple[Token, Token, Token] | None:
    """(verb, first and last token of the speaker) for 'said Ana Ruiz', 'she said', 'Ruiz added', 'Ruiz, 69,
    told' at token i. A capitalised word the document never writes in small letters counts as a name even
    when the parse took it for another word ('said Hartly' read as an adverb)."""
    if i >= len(doc):
        return None

    def name_like(t: Token) -> bool:
        return _name_like(t, lower_words)

    t = doc[i]
    if t.lower_ in REPORTING_FORMS:
        k = i + 1
        name = []
        while k < len(doc) and len(name) < NAME_TOKENS and (name_like(doc[k]) or
                                                             (name and doc[k].text in (".", "-"))):
            name.append(doc[k])
            k += 1
        while name and not name_like(name[-1]):
            name.pop()
        if name:
            return t, name[0], name[-1]
        return None
    if t.lower_ in SPEAKER_PRONOUNS and i + 1 < len(doc) and doc[i + 1].lower_ in REPORTING_FORMS:
        return doc[i + 1], t, t
    name = []
    k = i
    while k < len(doc) and len(name) < NAME_TOKENS and name_like(doc[k]):
        name.append(doc[k])
        k += 1
    if name and k < len(doc) and doc[k].text == ",":
        # 'Ortiz, 69, told', 'Baird, a ferry captain, said': a short apposition between the name and the verb
        close = next((j for j in range(k + 1, min(len(doc), k + 2 + APPOSITION_TOKENS)) if doc[j].text == ","),
                     None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].lower_ in REPORTING_FORMS and \
                not any(doc[j].lower_ in REPORTING_FORMS for j in range(k + 1, close)):
            return doc[close + 1], name[0], name[-1]
    if name and k < len(doc) and doc[k].lower_ in REPORTING_FORMS:
        return doc[k], name[0], name[-1]
    return None


def _name_like(t: Token, lower_words: frozenset[str]) -> bool:
    """A name, or a capitalised word inside its sentence that the document never writes in small letters (the
    parse took the unknown name for another word)."""
    return t.pos_ == "PROPN" or t.is_alpha and t.text[:1].isupper() and t.i > t.sent.start and \
        t.lower_ not in lower_words and t.pos_ in ("ADV", "NOUN", "ADJ", "VERB", "X")
