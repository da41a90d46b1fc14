"""Speakers: a mention ("She", "Villegas", "President of the UNHRC Federico Villegas") → the canonical
speaker, the fullest name the document gives, with its type and title.

First version: person names from PERSON entities; pronouns to the last person named before; surnames and
given names to the longest name containing them; organisations and countries by entity label.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .statements import Attribution

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

_PRONOUNS = {"he", "she", "i", "we", "they", "it"}


def _names(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ == "PERSON"]


def _fullest(name: str, people: list[Span]) -> str:
    words = name.split()
    best = name
    for p in people:
        pw = p.text.split()
        if all(w in pw for w in words) and len(pw) > len(best.split()):
            best = p.text
    return best


def resolve(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """The same attributions with speaker, speaker_type and speaker_title filled in; unresolved ones dropped."""
    people = _names(doc)
    out = []
    for att in found:
        if att.mention_start is None:
            continue
        mention = doc.char_span(att.mention_start, att.mention_end, alignment_mode="expand")
        if mention is None:
            continue
        speaker, stype, title = _resolve_mention(doc, mention, people)
        if speaker:
            out.append(dataclasses.replace(att, speaker=speaker, speaker_type=stype, speaker_title=title))
    # a person named in full in one statement ("Ambassador Maria Lopez") and by surname in another
    full = [a.speaker for a in out if a.speaker_type == "person"]
    return [dataclasses.replace(a, speaker=_fullest_of(a.speaker, full)) if a.speaker_type == "person" else a
            for a in out]


def _fullest_of(name: str, names: list[str]) -> str:
    words = name.split()
    return max((n for n in names if all(w in n.split() for w in words)), key=lambda n: len(n.split()),
               default=name)


def _resolve_mention(doc: Doc, mention: Span, people: list[Span]) -> tuple[str | None, str | None, str | None]:
    if len(mention) == 1 and mention[0].lower_ in _PRONOUNS:
        before = [p for p in people if p.end_char <= mention.start_char]
        if mention[0].lower_ in ("he", "she", "i") and before:
            return _fullest(before[-1].text, people), "person", None
        return None, None, None
    persons = [e for e in mention.ents if e.label_ == "PERSON"]
    if persons:
        name = _fullest(persons[-1].text, people)
        title = doc.text[mention.start_char : persons[-1].start_char].strip(" ,") or None
        return name, "person", title
    for tok in (mention.root, *[c for c in mention.root.children if c.dep_ == "appos"]):
        if tok.pos_ != "PROPN":
            continue
        parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        words = [c.text for c in parts]
        name = _fullest(" ".join(words), people)
        known = any(name.split()[-1] in p.text.split() for p in people)
        if known:
            title = doc.text[mention.start_char : parts[0].idx].strip(" ,") or None
            return name, "person", title
    gpes = [e for e in mention.ents if e.label_ in ("GPE", "NORP")]
    if gpes and len(mention) <= 2:
        return gpes[0].text, "country", None
    return mention.text, "org", None
