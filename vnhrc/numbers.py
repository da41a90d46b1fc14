"""Numbers: counts, ordinals and quantities in a Doc with their value and counted noun.

First version: CARDINAL/ORDINAL/QUANTITY/PERCENT/MONEY entities and number-like tokens, unit = the noun the
number modifies, lemmatised; quantity claims for numbers whose noun is the object of a clause with a subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


@dataclass
class Quantity:
    subject: str
    value: float | int
    unit: str
    start: int
    end: int
    sent_start: int
    sent_end: int


def word_value(text: str) -> tuple[float | int | None, bool]:
    """'forty-seven' → (47, False); '50th' → (50, True); '1.5 million' → (1500000, False)."""
    t = text.lower().replace(",", "").strip()
    if m := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t):
        return int(m.group(1)), True
    if t in _ORDINALS:
        return _ORDINALS[t], True
    total: float = 0
    current: float = 0
    seen = False
    for w in re.split(r"[\s-]+", t):
        if not w or w in ("and", "a"):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
        elif w in _WORDS:
            current += _WORDS[w]
        elif w in _SCALE:
            current = (current or 1) * _SCALE[w]
            if _SCALE[w] >= 1000:
                total += current
                current = 0
        else:
            return None, False
        seen = True
    if not seen:
        return None, False
    v = total + current
    return (int(v) if v == int(v) else v), False


def _unit(tok: Token) -> Token | None:
    """The noun a number counts: its head when the number modifies a noun."""
    head = tok.head
    if tok.dep_ in ("nummod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.i > tok.i:
        return head
    return None


def find_numbers(doc: Doc) -> list[dict[str, Any]]:
    """Every counted number or ordinal as {text, value, unit, ordinal, start, end}."""
    out: list[dict[str, Any]] = []
    date_toks = {t.i for e in doc.ents if e.label_ == "DATE" for t in e if not e.text.lower().endswith("years")}
    for tok in doc:
        if tok.i in date_toks and tok.ent_type_ == "DATE" and tok.like_num and re.fullmatch(r"\d{4}", tok.text):
            continue
        if not (tok.like_num or tok.lower_ in _ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.lower_)):
            continue
        if tok.head.like_num and tok.head.i != tok.i and tok.dep_ == "compound":
            continue  # part of a longer number ("forty seven"), counted at its head
        value, ordinal = word_value(tok.text)
        if value is None:
            continue
        unit = _unit(tok)
        if unit is None:
            continue
        start = tok.idx
        end = unit.idx + len(unit.text)
        out.append({
            "text": doc.text[start:end], "value": value, "unit": unit.lemma_ if unit.pos_ == "NOUN" else unit.text,
            "ordinal": ordinal, "start": start, "end": end,
        })
    return out


def find_quantities(doc: Doc, numbers: list[dict[str, Any]], skip: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Numbers said of a subject: the counted noun is an object whose clause has a nominal subject."""
    out = []
    for n in numbers:
        if n["ordinal"] or any(s <= n["start"] < e for s, e in skip):
            continue
        span = doc.char_span(n["start"], n["end"], alignment_mode="expand")
        if span is None:
            continue
        noun = span.root
        verb = noun.head
        while verb.dep_ in ("prep", "pobj", "dobj") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        subj_span = doc[subj.left_edge.i : subj.i + 1]
        sent = noun.sent
        out.append(Quantity(
            subject=subj_span.text, value=n["value"], unit=n["unit"], start=n["start"], end=n["end"],
            sent_start=sent.start_char, sent_end=sent.end_char,
        ))
    return out
