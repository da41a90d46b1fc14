"""Phrase and noun cues: 'according to X', 'in X's words', 'claims by X that …'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.cues import ACCORDING_SOURCES, BACK_DETERMINERS, BACK_MODIFIERS, CUE_LEMMAS, KNOWN, REMARK_NOUNS
from .agents import agentive
from .attribution import Attribution
from .layout import lead_skip
from .quotes import content_kind as _kind
from .tokens import _words, finite, lemma_of, mention_span, trim_chars

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from .context import Ctx


def according(cx: Ctx, sent: Span, tok: Token) -> Attribution | None:
    doc = cx.doc
    to = doc[tok.i + 1]
    who = next((c for c in to.children if c.dep_ == "pobj"), None)
    if who is None:
        return None
    phrase = who
    if not agentive(cx, who):
        # "according to the ministry's figures": the possessor speaks through its data
        owner = next((c for c in who.children if c.dep_ == "poss" and agentive(cx, c)), None)
        if owner is None:
            of = next((c for c in who.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
            owner = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                          and agentive(cx, g)), None) if of is not None else None
        if owner is None and lemma_of(who) in ACCORDING_SOURCES:
            owner = who  # "according to court filings": the text is the source
        if owner is None:
            return None
        who = owner
    phrase_end = max(phrase.right_edge.i, who.right_edge.i) + 1
    lead = [t for t in doc[sent.start: tok.i] if not t.is_space and not t.is_punct]
    if not lead or tok.i == sent.start or all(t.dep_ in ("cc", "advmod") for t in lead):
        # "According to X, CONTENT." (the first comma ends the phrase, whatever the parse hung on X)
        comma = next((t.i for t in doc[to.i + 1: min(sent.end, to.i + 16)] if t.text == ","), None)
        if comma is not None and comma < phrase_end:
            phrase_end = comma
            who = _according_head(cx, to, comma) or who
        j = phrase_end
        if j < sent.end and doc[j].text == "(":  # "According to the Ministry (MOFA), …"
            k = j
            while k < sent.end and k < j + 8 and doc[k].text != ")":
                k += 1
            if k < sent.end and doc[k].text == ")":
                j = k + 1
        while j < sent.end and (doc[j].is_space or doc[j].text in ",:"):
            j += 1
        cs = doc[j].idx if j < sent.end else sent.end_char
        ce = sent.end_char
    else:
        # "CONTENT, according to X."
        cs = lead_skip(cx.text, sent.start_char, tok.idx, cx.lay)
        ce = tok.idx
        # "… (the real rise is nearer 20 percent, according to X)": the credit's bracket holds the content
        bracket = next((t for t in reversed(doc[sent.start: tok.i]) if t.text in "()"), None)
        if bracket is not None and bracket.text == "(" and bracket.idx >= cs:
            cs = bracket.idx + 1
        rest = _clause_after(cx, sent, phrase_end)
        lead_span = doc.char_span(cs, ce, alignment_mode="expand") or doc[tok.i: tok.i]
        if rest is not None and not finite(lead_span):
            # "Since last November, according to X, security forces have killed …": the words before are an
            # adverbial, the clause after the phrase is the content; "The reform, according to X, will cost
            # …": the words before are its subject, the content runs over the phrase
            subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.idx >= rest for t in lead_span)
            cs, ce = (cs if subject else rest), sent.end_char
    cs, ce = trim_chars(cx.text, cs, ce)
    if _words(cx.text[cs:ce]) < 4:
        return None
    ms, me = mention_span(who)
    if ms < cs < me:  # a parse that hung the content on the speaker's name
        me = min(me, doc[phrase_end - 1].idx + len(doc[phrase_end - 1].text))
        ms = max(ms, to.idx + len(to.text) + 1)
    return Attribution(
        cue=cx.text[tok.idx: to.idx + len(to.text)], kind=_kind(cx.text, cs, ce, cx.lay),
        content_start=cs, content_end=ce, sent_start=sent.start_char, sent_end=sent.end_char,
        start=min(tok.idx, cs), end=max(me, ce), mention_start=ms, mention_end=me, mention_head=who.i,
        via="according", cue_start=tok.idx,
    )


def _clause_after(cx: Ctx, sent: Span, end: int) -> int | None:
    """Where a clause starts after ', according to X,' in mid-sentence (its comma, then a finite clause)."""
    doc = cx.doc
    j = end
    while j < sent.end and doc[j].is_space:
        j += 1
    if j >= sent.end or doc[j].text != ",":
        return None
    j += 1
    while j < sent.end and doc[j].is_space:
        j += 1
    if j >= sent.end or not finite(doc[j: sent.end]):
        return None
    return doc[j].idx


def _according_head(cx: Ctx, to: Token, comma: int) -> Token | None:
    """The head word of the phrase between 'according to' and the comma."""
    span = cx.doc[to.i + 1: comma]
    inside = [t for t in span if not (to.i < t.head.i < comma) or t.head.i == t.i]
    return next((t for t in inside if t.pos_ in ("PROPN", "NOUN", "PRON")), None)


def in_words(cx: Ctx, sent: Span, n: Token) -> Attribution | None:
    """'In the Lao leader's words, …', 'In the words of the rapporteur, …', 'In his view, …'."""
    doc = cx.doc
    prep = n.head
    who = next((c for c in n.children if c.dep_ == "poss"), None)
    if who is None:
        of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        who = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if who is None or not agentive(cx, who):
        return None
    lead = [t for t in doc[sent.start: prep.i] if not t.is_space and not t.is_punct]
    if lead and not all(t.dep_ in ("cc", "advmod") for t in lead):
        return None
    j = max(n.right_edge.i, who.right_edge.i) + 1
    while j < sent.end and (doc[j].is_space or doc[j].text in ",:"):
        j += 1
    if j >= sent.end:
        return None
    cs, ce = trim_chars(cx.text, doc[j].idx, sent.end_char)
    if _words(cx.text[cs:ce]) < 4:
        return None
    ms, me = mention_span(who)
    cue_end = doc[max(n.i, who.right_edge.i)]
    return Attribution(
        cue=cx.text[prep.idx: cue_end.idx + len(cue_end.text)], kind=_kind(cx.text, cs, ce, cx.lay),
        content_start=cs, content_end=ce, sent_start=sent.start_char, sent_end=sent.end_char,
        start=prep.idx, end=ce, mention_start=ms, mention_end=me, mention_head=who.i, via="according",
        cue_start=prep.idx,
    )


def noun_cue(cx: Ctx, sent: Span, n: Token) -> Attribution | None:
    """'claims by the minister that …', 'X's statement that …', 'calls by rights groups for …'."""
    if n.dep_ == "dobj" and lemma_of(n.head) in KNOWN and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children):
        return None  # "expressed her belief that …" is the verb's statement already
    who = None
    for c in n.children:
        if c.dep_ == "poss" and agentive(cx, c):
            who = c
        elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and c.i > n.i:
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None and agentive(cx, g) and (c.lower_ != "of" or g.pos_ in ("PROPN", "PRON")):
                who = g
    if who is None:
        return None
    content = None
    for c in n.children:
        if c.i > n.i and c.dep_ in ("acl", "ccomp", "relcl", "appos") and \
                any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            content = c
            break
    if content is None:
        return None
    start = content.left_edge.i
    while start < content.i and (cx.doc[start].lower_ == "that" or cx.doc[start].is_punct):
        start += 1
    end = content.right_edge.i + 1
    cs, ce = trim_chars(cx.text, cx.doc[start].idx, cx.doc[end - 1].idx + len(cx.doc[end - 1].text))
    if _words(cx.text[cs:ce]) < 3:
        return None
    ms, me = mention_span(who)
    return Attribution(
        cue=n.text, kind=_kind(cx.text, cs, ce, cx.lay), content_start=cs, content_end=ce,
        sent_start=sent.start_char, sent_end=sent.end_char, start=min(n.idx, ms, cs), end=max(me, ce),
        mention_start=ms, mention_end=me, mention_head=who.i, via="noun", cue_start=n.idx,
    )


_MIN_RUNNING_WORDS = 6  # shorter lines before the remark are captions, bylines or headings, not what was said
_MAX_BACK_SENTENCES = 6  # sentences of captions, datelines and chrome passed over back to the words referred to


def made_remark(cx: Ctx, sent: Span, v: Token, subj: Token) -> Attribution | None:
    """'Ambassador X made the above statement in a recent interview', 'Hang made the remarks at a briefing':
    the content is the sentence before (captions, datelines and chrome passed over), when that sentence is
    running text with no reporting verb of its own (else its own report already gives the words) and not an
    account of what someone did ('Kowalska attended the session.': its subject could speak)."""
    doc = cx.doc
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or obj.lemma_.lower() not in REMARK_NOUNS and obj.lower_ not in REMARK_NOUNS:
        return None
    mods = {c.lower_ for c in obj.children if c.i < obj.i}
    if not mods & (BACK_DETERMINERS | BACK_MODIFIERS) or any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ != "at"
                                                       and c.i == obj.i + 1 for c in obj.children):
        return None  # "made a statement on …", "made the statement that …": no reference back
    k = sent.start - 1
    for _ in range(_MAX_BACK_SENTENCES):
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0:
            return None
        prev = doc[k].sent
        lo = lead_skip(cx.text, prev.start_char, prev.end_char, cx.lay)
        if prev.start_char not in cx.lay.skip and lo < prev.end_char and finite(prev) and \
                _words(cx.text[lo:prev.end_char]) >= _MIN_RUNNING_WORDS:
            break
        k = prev.start - 1
    else:
        return None
    if any(t.pos_ == "VERB" and lemma_of(t) in CUE_LEMMAS for t in prev) or \
            any(ch in cx.text[prev.start_char:prev.end_char] for ch in "“”\""):
        return None
    if any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and agentive(cx, t) for t in prev):
        return None  # "Kowalska attended the session. She made the remark …": narration of what she did
    cs, ce = trim_chars(cx.text, lo, prev.end_char)
    cue_end = obj.i + 1
    cue = cx.text[v.idx: doc[cue_end - 1].idx + len(doc[cue_end - 1].text)]
    ms, me = cx.mention_spans.get(subj.i) or mention_span(subj)
    return Attribution(
        cue=cue, kind=_kind(cx.text, cs, ce, cx.lay), content_start=cs, content_end=ce, sent_start=sent.start_char,
        sent_end=sent.end_char, start=min(ms, cs), end=max(me, v.idx + len(cue)), mention_start=ms,
        mention_end=me, mention_head=subj.i, via="verb", cue_start=v.idx,
    )
