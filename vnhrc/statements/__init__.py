"""Statements: reporting clauses in a Doc → who (a mention), the cue, and the span of what was reported.

A statement is one reporting clause: a cue (a reporting verb, a phrase such as "spoke highly of" or
"expressed her hope for", a noun such as "claims by X that …", or "according to X") with an agent that says
it and the content of what was said. The rules read the dependency parse for the clause and the text for what
the parse cannot see: quotation marks (a quote may run over several sentences and paragraphs), page layout
(headlines, captions, related-story lists), questions, and interviews (every answer paragraph is a statement
by the interviewee). Speakers are left as mentions (a token and its span); speakers resolves them.

Everything here is one pass over the tokens plus precomputed indexes (bisect over sorted spans), so the cost
stays linear in the length of the document.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..lexicon.cues import (
    AFTER_QUOTE_ONLY_VERBS,
    APPRAISAL_ONLY_VERBS,
    AS_ONLY_VERBS,
    BELIEF_ADJECTIVES,
    BELIEF_NOUNS,
    CALL_VERBS,
    COMMIT_VERBS,
    EXPRESS_VERBS,
    INTENT_VERBS,
    LISTENER_VERBS,
    MAKE_VERBS,
    NAMING_VERBS,
    NP_CUES,
    SPEAK_VERBS,
    SPEECH_NOUNS,
    THAT_CUES,
)
from ..lexicon.page import OPEN_QUOTES
from ..lexicon.people import VIEW_NOUNS
from ..spans import Spans
from .agents import named
from .attribution import Attribution
from .context import Ctx, context, with_answers
from .interviews import _answers, _interview, interviewee_from
from .layout import build_layout, drop_cap_start
from .phrase_cues import according, in_words, noun_cue
from .quotes import colon_paragraphs, comma_quotes, content_kind, continued_quotes, quote_attributions
from .tokens import _words, is_question, lemma_of, trim_chars
from .verb_cues import FRONTED_FORMS, belief_cue, fronted, verb_cue

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .layout import Layout


def find_statements(doc: Doc, skip: list[tuple[int, int]] = (), title: str | None = None) -> list[Attribution]:
    """Every reporting clause in the Doc, in text order (chrome, captions and headlines are passed over).

    The passes, in order, each returning what it finds: the cues sentence by sentence; an interview's answers,
    which no cue inside may claim; quotations going on after their attribution; the interviewee's answers;
    then quotations cut paragraph by paragraph and one statement for each named co-speaker."""
    text = doc.text
    lay = build_layout(text, list(skip), title)
    sents = list(doc.sents)
    ctx = context(doc, lay, Spans([(s.start_char, s.end_char) for s in sents if is_question(s)]))
    found = _dedupe(_cue_statements(ctx, sents))
    interview = _interview(doc, lay, found)
    if interview:
        # inside an answer only the answer counts ("I believe …" is the interviewee answering)
        ctx = with_answers(ctx, Spans(interview.answers + interview.labels + interview.questions))
        found = [a for a in found if not _blocked(ctx, a)]
    found = found + quote_attributions(ctx, found)
    found = found + colon_paragraphs(ctx, found)
    more, replaced = comma_quotes(ctx, found)
    found = [a for a in found if id(a) not in replaced] + more
    found = found + continued_quotes(ctx, found)
    if interview:
        if interview.mention is None or interview.from_lead:
            interview = interviewee_from(interview, found, doc)
        found = found + _answers(doc, text, interview, lay)
    ahead = _colon_ahead(text, found)
    found = [a for a in found if not _blocked(ctx, a) and id(a) not in ahead]
    found = [a if (cs := drop_cap_start(text, lay, a.content_start)) == a.content_start else
             dataclasses.replace(a, content_start=cs) for a in found]
    found = _by_paragraph(text, lay, _no_channels(doc, found))
    found.sort(key=lambda a: (a.content_start, a.start))
    return _each_speaker(doc, _printed_once(text, _dedupe(found)))


def _cue_statements(cx: Ctx, sents: list[Span]) -> list[Attribution]:
    """A statement for each cue word, sentence by sentence (a sentence wholly in chrome is passed over)."""
    found: list[Attribution] = []
    for sent in sents:
        if sent.start_char in cx.lay.skip and (sent.end_char - 1) in cx.lay.skip:
            continue
        for tok in sent:
            att = from_token(cx, sent, tok)
            if att is not None:
                found.append(att)
    return found


def usable(cx: Ctx, tok: Token) -> bool:
    pos = tok.idx
    return not (pos in cx.lay.skip or pos in cx.lay.quote_spans or pos in cx.questions
                or pos in cx.answers)


def from_token(cx: Ctx, sent: Span, tok: Token) -> Attribution | None:
    if not usable(cx, tok):
        return None
    low = tok.lower_
    lemma = lemma_of(tok)
    if low == "according" and tok.i + 1 < len(cx.doc) and cx.doc[tok.i + 1].lower_ == "to":
        return according(cx, sent, tok)
    if low in VIEW_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return in_words(cx, sent, tok)
    if low in BELIEF_ADJECTIVES or low in BELIEF_NOUNS and tok.dep_ == "pobj":
        att = belief_cue(cx, sent, tok)
        if att is not None:
            return att
    if tok.pos_ in ("NOUN", "PROPN") and lemma in SPEECH_NOUNS:
        return noun_cue(cx, sent, tok)
    if tok.i == sent.start and low in FRONTED_FORMS and (att := fronted(cx, sent, tok)) is not None:
        return att  # "Said Ellis: “…”" (the parse may tag 'Said' a name)
    if tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX"):
        if lemma in NP_CUES or lemma in THAT_CUES or lemma in LISTENER_VERBS or lemma in EXPRESS_VERBS \
                or lemma in SPEAK_VERBS or lemma in CALL_VERBS or lemma in APPRAISAL_ONLY_VERBS \
                or lemma in AFTER_QUOTE_ONLY_VERBS or lemma in NAMING_VERBS or lemma in COMMIT_VERBS \
                or lemma in MAKE_VERBS or lemma in AS_ONLY_VERBS:
            return verb_cue(cx, sent, tok, lemma)
    return None


def _each_speaker(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """'X of Laos and Malaysian representative Dr Y both highlighted …': one statement for each person."""
    out: list[Attribution] = []
    for a in found:
        head = doc[a.mention_head] if a.mention_head is not None and not a.answer else None
        conjs = [c for c in head.children if c.dep_ == "conj" and named(c)] if head is not None else []
        if not conjs or not named(head) or a.via == "continued":
            out.append(a)
            continue
        out.append(dataclasses.replace(a, mention_end=head.idx + len(head.text)))
        for c in conjs:
            ms = doc[c.left_edge.i].idx
            out.append(dataclasses.replace(a, mention_start=ms, mention_end=c.idx + len(c.text), mention_head=c.i))
    return out


def _by_paragraph(text: str, lay: Layout, found: list[Attribution]) -> list[Attribution]:
    """A quotation running over several paragraphs is one statement a paragraph, as a reader counts them: each
    paragraph after the first goes on the same speaker's words."""
    out: list[Attribution] = []
    for a in found:
        if a.answer:
            out.append(a)
            continue
        i = lay.paragraph_index(a.content_start)
        j = lay.paragraph_index(max(a.content_start, a.content_end - 1))
        if i < 0 or j <= i:
            out.append(a)
            continue
        pieces = []
        for k in range(i, j + 1):
            ps, pe = lay.paragraphs[k]
            lo = max(ps, a.content_start)
            while lo < pe and text[lo].isspace():
                lo += 1
            if k > i and not (lo < pe and text[lo] in OPEN_QUOTES):
                break  # a paragraph that is no quotation going on: the words before the cue end at the break
            cs, ce = trim_chars(text, lo, min(pe, a.content_end))
            while cs < ce and text[cs] in OPEN_QUOTES:
                cs += 1
            if _words(text[cs:ce]) >= 2:
                pieces.append((cs, ce))
        if not pieces:
            out.append(a)
            continue
        out.append(dataclasses.replace(a, content_start=pieces[0][0], content_end=pieces[0][1]))
        for cs, ce in pieces[1:]:
            out.append(dataclasses.replace(a, content_start=cs, content_end=ce, kind=content_kind(text, cs, ce, lay),
                                           via="continued", sent_start=cs, sent_end=ce, start=cs, end=ce,
                                           cue_start=None))
    return out


# cues that may only credit the channel a report came through
CHANNEL_CUES = frozenset({"according to", "reported", "reports", "quoted", "cited"})


def _no_channels(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """'"…," he said, according to news agencies.', 'Lund warned that the plan would fail, according to the
    news agency.' and '… X said Y, Reuters reported.': the credit after a clause already attributed in its
    sentence only says where the words came from, no statement of its own.
    'According to Mayor Ruiz, the river towns have agreed …' stays: the credit comes first, and it is
    the report the sentence gives; so does '… pledged to back the senator, according to Ed Lund': a
    pledge or an intent reported in other words is no quote the credit passes on, Lund reports it."""
    out = []
    for a in found:
        if a.cue.lower() in CHANNEL_CUES and not a.answer:
            at = a.cue_start if a.cue_start is not None else a.start
            if any(b is not a and b.cue.lower() not in CHANNEL_CUES and b.sent_start < a.sent_end and
                   (b.kind != "indirect" or not _commits(doc, b)) and
                   a.sent_start < b.sent_end and (b.cue_start if b.cue_start is not None else b.start) < at and
                   (b.content_start == a.content_start or
                    a.content_start <= (b.cue_start if b.cue_start is not None else b.start) < a.content_end)
                   for b in found):
                continue
        out.append(a)
    return out


def _commits(doc: Doc, a: Attribution) -> bool:
    """A statement whose cue is a commitment or an intent ('pledged to …', 'vowed to …', 'committed to …')."""
    at = a.cue_start if a.cue_start is not None else a.start
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and lemma_of(span[0]) in COMMIT_VERBS | INTENT_VERBS


def _blocked(ctx: Ctx, a: Attribution) -> bool:
    if a.answer:
        return False
    if a.content_start in ctx.lay.skip and a.mention_start is not None and a.mention_start in ctx.lay.skip:
        return True
    return a.content_start in ctx.answers or (a.mention_start is not None and a.mention_start in ctx.answers)


# a content of this many words that a page prints again word for word is the same statement printed twice
TWICE_WORDS = 6
# ... and prints it again close by (a deck, a standfirst, a lead after its caption), not pages later
TWICE_WITHIN = 3000


def _printed_once(text: str, found: list[Attribution]) -> list[Attribution]:
    """A paragraph the page prints twice (a standfirst repeated as the lead, a deck repeated in the body, the
    lead repeated after a caption) gives its statements once: a later statement with the same cue and the very
    same words of content (at least TWICE_WORDS) as an earlier one within TWICE_WITHIN characters is that
    earlier statement again. A summary
    that repeats a decision and then goes on with more ("requested X to convene Y" in the lead, "requested X
    to convene Y, open to all" below) differs in its words and keeps both."""
    out: list[Attribution] = []
    seen: dict[tuple[str, str], int] = {}
    for a in found:
        words = re.findall(r"[^\W_]+", text[a.content_start:a.content_end].lower())
        if len(words) >= TWICE_WORDS:
            key = (a.cue.lower(), " ".join(words))
            first = seen.get(key)
            if first is not None and a.content_start - first <= TWICE_WITHIN:
                continue
            seen[key] = a.content_start
        out.append(a)
    return out


# the colon of a cue that points ahead stands right after it, at most this many characters on (spaces)
COLON_REACH = 3


def _colon_ahead(text: str, found: list[Attribution]) -> set[int]:
    """'After the hearing, the family's lawyer, Ana Ruiz, said:' + a quote paragraph: a cue that ends on a
    colon points ahead, so the clause before it is no content when a quote after it is the same speaker's
    statement. The ids of those inverted readings; one pass to find each speaker's last quote, one to check."""
    last_quote: dict[int | None, int] = {}  # mention start → the last content start of that speaker's quotes
    for b in found:
        if b.via in ("continued", "quote"):
            last_quote[b.mention_start] = max(last_quote.get(b.mention_start, -1), b.content_start)
    out: set[int] = set()
    for a in found:
        if a.via not in ("inverted", "quote") or a.cue_start is None or a.content_end > a.cue_start:
            continue
        cue_end = a.cue_start + len(a.cue)
        if text[cue_end:cue_end + COLON_REACH].lstrip(" ").startswith(":") and \
                last_quote.get(a.mention_start, -1) > cue_end:
            out.add(id(a))
    return out


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One statement per cue; two cues never give the same content twice (the first, plainer reading wins)."""
    out: list[Attribution] = []
    seen_cue: set[tuple[int, str]] = set()
    seen_content: set[tuple[int, int]] = set()
    for a in found:
        key = (a.cue_start if a.cue_start is not None else a.start, a.cue)
        if (a.content_start, a.mention_head or -1) in seen_content or key in seen_cue:
            continue
        seen_cue.add(key)
        seen_content.add((a.content_start, a.mention_head or -1))
        out.append(a)
    return out
