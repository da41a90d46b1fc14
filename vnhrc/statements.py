"""Statements: reporting clauses in a Doc → who (a mention), the cue, and the span of what was reported.

First version: a reporting verb (by lemma) with a nominal subject and a clausal or nominal complement, in
plain ("X said that …") and inverted ("…, said X.") order; participle cues ("…, adding that …") take the
subject of the clause they hang on. The speaker mention is resolved later by speakers.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

REPORTING = {
    "say", "affirm", "stress", "emphasise", "emphasize", "hope", "urge", "propose", "welcome", "appreciate",
    "highlight", "note", "suggest", "clarify", "pledge", "reiterate", "warn", "add", "tell", "announce",
    "state", "declare", "assert", "confirm", "insist", "argue", "claim", "believe", "explain", "describe",
    "request", "recommend", "underline", "underscore", "acknowledge", "agree", "express", "call",
    "reveal", "report", "write", "answer", "reply", "comment", "voice", "praise", "congratulate",
    "appeal", "demand", "ask", "point", "share", "maintain", "predict", "promise", "vow",
}
OPEN_QUOTES = "“\"‘"
CLOSE_QUOTES = "”\"’"


@dataclass
class Attribution:
    cue: str
    kind: str  # direct | indirect | mixed
    content_start: int
    content_end: int
    sent_start: int
    sent_end: int
    start: int
    end: int
    mention_start: int | None  # the speaker as written here; None for an interview answer
    mention_end: int | None
    answer: bool = False
    # filled in by speakers.resolve
    speaker: str | None = None
    speaker_type: str | None = None
    speaker_title: str | None = None


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "SCONJ":
            return c
    return None


def _content(verb: Token) -> Token | None:
    for dep in ("ccomp", "xcomp", "dobj", "pcomp"):
        for c in verb.children:
            if c.dep_ == dep:
                return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "for", "of", "at"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return c
    return None


def _kind(text: str) -> str:
    has_open = any(q in text for q in "“\"")
    stripped = text.strip(" ,.")
    if stripped and stripped[0] in OPEN_QUOTES and stripped.rstrip("”\"’").count("“") <= 1:
        return "direct"
    return "mixed" if has_open else "indirect"


def _trim(tok: Token, keep: str) -> bool:
    return tok.is_space or (tok.is_punct and tok.text not in keep)


def _skip_blank(text: str, pos: int) -> int:
    """The first position at or after pos that is not blank, a dash or a dateline such as 'Geneva (VNA) –'."""
    import re

    m = re.compile(r"[\s.,;:–—-]*(?:[A-Z][\w ]{0,30}\([A-Z]{2,6}\)\s*[–—-]\s*)?").match(text, pos)
    return m.end() if m else pos


def _in(skip: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in skip)


def find_statements(doc: Doc, skip: list[tuple[int, int]] = ()) -> list[Attribution]:
    """Every reporting clause in the Doc, in text order (chrome and captions in `skip` are passed over)."""
    out: list[Attribution] = []
    for sent in doc.sents:
        if _in(skip, sent.start_char) and _in(skip, sent.end_char - 1):
            continue
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in REPORTING:
                continue
            att = _from_verb(doc, sent, tok)
            if att is None:
                continue
            for s, e in skip:  # content that begins inside a caption glued before the body starts after it
                if s <= att.content_start < e < att.content_end:
                    att.content_start = _skip_blank(doc.text, e)
                    att.sent_start = max(att.sent_start, att.content_start)
                    att.start = max(att.start, att.content_start)
            if not _in(skip, att.content_start):
                out.append(att)
    return out


def _from_verb(doc: Doc, sent: Span, verb: Token) -> Attribution | None:
    subj = _subject(verb)
    if subj is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VBD", "VBZ", "VBP"):
        subj = _subject(verb.head)  # "…, affirming that …" / "X said … and added …"
    content = _content(verb)
    if subj is None or content is None:
        return None
    if subj.pos_ == "NOUN" and subj.lemma_ in ("it", "this", "result"):
        return None
    mention = doc[subj.left_edge.i : subj.right_edge.i + 1] if subj.pos_ != "PRON" else doc[subj.i : subj.i + 1]
    if content.i < verb.i:  # inverted: "…, said X."
        c_start, c_end = content.left_edge.i, content.right_edge.i + 1
    else:
        c_start = content.left_edge.i
        if doc[c_start].dep_ == "mark" and doc[c_start].lower_ == "that":
            c_start += 1
        c_end = content.right_edge.i + 1
        if content.dep_ == "prep":
            c_start = content.i + 1
    while c_start < c_end and _trim(doc[c_start], OPEN_QUOTES):
        c_start += 1
    while c_end > c_start and _trim(doc[c_end - 1], CLOSE_QUOTES):
        c_end -= 1
    if c_end - c_start < 3:
        return None
    span = doc[c_start:c_end]
    cue_end = verb.i + 1
    for c in verb.children:  # particle and preposition cues: "called on", "spoke highly of"
        if c.dep_ in ("prt",) and c.i == cue_end:
            cue_end += 1
    cue = doc[verb.i : cue_end].text
    start = min(mention.start_char, verb.idx, span.start_char)
    end = max(mention.end_char, verb.idx + len(verb.text), span.end_char)
    return Attribution(
        cue=cue, kind=_kind(span.text), content_start=span.start_char, content_end=span.end_char,
        sent_start=sent.start_char, sent_end=sent.end_char, start=start, end=end,
        mention_start=mention.start_char, mention_end=mention.end_char,
    )
