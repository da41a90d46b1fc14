"""Helpers on tokens and character spans: lemmas, subjects, mention spans, trimming.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.cues import CUE_LEMMAS, KNOWN, THAT_CUES
from ..lexicon.page import CLOSE_QUOTES, OPEN_QUOTES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


SUBJ = ("nsubj", "nsubjpass")


def lemma_of(tok: Token) -> str:
    """The verb's lemma, checked against the cue lexicon: the small model lemmatises 'hoped' as 'hop'."""
    lemma = tok.lemma_.lower()
    if lemma in KNOWN or not tok.tag_.startswith("VB"):
        return lemma
    w = tok.lower_
    cands = []
    if w.endswith("ied"):
        cands.append(w[:-3] + "y")
    if w.endswith("ies"):
        cands.append(w[:-3] + "y")
    if w.endswith("ing"):
        cands += [w[:-3], w[:-3] + "e", w[:-4]]
    if w.endswith("ed"):
        cands += [w[:-1], w[:-2], w[:-3]]
    if w.endswith("es"):
        cands += [w[:-1], w[:-2]]
    if w.endswith("s"):
        cands.append(w[:-1])
    return next((c for c in cands if c in KNOWN), lemma)


def own_subject(v: Token) -> Token | None:
    """The verb's subject; of two (a dateline or a title the parse made a second subject), the one nearest
    before the verb."""
    subs = [c for c in v.children if c.dep_ in SUBJ and c.pos_ != "SCONJ"]
    before = [c for c in subs if c.i < v.i]
    s = before[-1] if before else (subs[0] if subs else None)
    if s is not None and s.i == s.sent.start:
        # a dateline the parse made the subject: "GENEVA (12 February 2025) – UN experts today expressed …"
        dash = next((c.i for c in s.children if c.dep_ == "punct" and c.text in ("–", "—", "-", "--")), None)
        if dash is not None:
            real = next((c for c in s.children if c.dep_ == "appos" and c.i > dash), None)
            if real is not None:
                return real
    return s


def lifted_to(v: Token) -> Token | None:
    """'X said the bloc remained concerned and urged the junta …': a reporting verb with no subject of its own,
    coordinated with the verb of a reported clause and in the reporting verb's tense, is a second act of the
    reporter. Returns that reporting verb. Not when the reported clause has a named person of its own as
    subject ('said Minh visited the site and promised …'): then Minh is the one who promised."""
    participle = v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == ","
    if not (participle or v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ", "VBP")) or own_subject(v) is not None:
        return None  # (", saying …" after the reported clause is the reporter's too)
    h = v.head
    if h.dep_ != "ccomp" or h.i > v.i or not participle and lemma_of(h) in CUE_LEMMAS:
        return None
    r = h.head
    if r.i > h.i or not participle and r.tag_ != v.tag_ or lemma_of(r) not in THAT_CUES:
        return None
    s = own_subject(h)
    if s is not None and s.ent_type_ == "PERSON":
        return None
    return r


def passive(v: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def _agent(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def mention_span(tok: Token) -> tuple[int, int]:
    """The words that name the speaker: the subject phrase without relative clauses or a trailing
    description after a comma or a dash (speakers.py reads names and titles inside it)."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.right_edge.i
    if tok.pos_ == "PRON":
        left = right = tok.i
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("relcl", "acl") and c.left_edge.i <= right:
            right = min(right, c.left_edge.i - 1)
        # "the UN rights chief on Tuesday": a time the parse hung on the subject is no part of it
        if c.i > tok.i and (c.dep_ in ("npadvmod", "advmod") or c.dep_ == "prep" and any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children)):
            right = min(right, c.left_edge.i - 1)
    opened = [t.i for t in doc[tok.i + 1: right + 1] if t.text == "("]
    if opened and (doc[right].text == ")" or not any(t.text == ")" for t in doc[opened[-1]: right + 1])):
        right = opened[-1] - 1  # "Human Rights Watch (HRW)": the name without its bracketed acronym
    while right > tok.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < tok.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def finite(span: Span) -> bool:
    """The words hold a clause (a finite verb), not just a phrase."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.tag_ == "VB" and t.dep_ in ("ROOT", "ccomp", "conj")
               for t in span)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def trim_chars(text: str, s: int, e: int) -> tuple[int, int]:
    """No blanks or stray punctuation at the ends; an opening quote mark at the start is dropped, a closing one
    kept only when its opening is inside."""
    while s < e and (text[s].isspace() or text[s] in ",;:–—-" or text[s] in OPEN_QUOTES and text[s] != "‘"
                     or text.startswith("''", s) or text[s] == "'" and s > 0 and text[s - 1] == "'"):
        # two apostrophes stand for a double mark (wire copy)
        if text[s] in "“" and "”" in text[s + 1:e] and text.find("”", s + 1, e) < e - 1:
            break  # the quoted phrase closes inside: keep its opening mark (mixed content)
        s += 1
    if 0 < s < e and text[s] in "’'" and text[s - 1].isalpha():
        # '“That’s the mayor’s husband.”' read as 'That' + '’s …': the content starts with its word
        while s > 0 and text[s - 1].isalpha():
            s -= 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:–—-./"):
        e -= 1
    seg = text[s:e]
    if seg and seg[-1] in "”\"" and seg.count("“") + seg.count('"') - (1 if seg[-1] == '"' else 0) < \
            seg.count("”") + (1 if seg[-1] == '"' else 0):
        e -= 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
    elif seg.endswith("''") and seg.count("''") % 2:
        e -= 2
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
    return s, e


def is_question(sent: Span) -> bool:
    t = sent.text.rstrip().rstrip("".join(CLOSE_QUOTES) + ")").rstrip()
    return t.endswith("?")
