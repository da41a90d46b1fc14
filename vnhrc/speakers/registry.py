"""The document's people and bodies: every person named (with the titles around the name and whether the
name stands as a subject), the organisations and countries the model tags, the acronyms the text spells out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..claims import fold
from ..lexicon.bodies import ORG_INTRO
from ..lexicon.people import (
    GIVEN_NAME_GENDER,
    HONORIFIC_GENDER,
    KIN_GENDER,
    PERSON_ROLES,
    TITLE_WORDS,
    VIETNAMESE_MIDDLE_GENDER,
)
from ..lexicon.places import COUNTRIES
from ..spans import Spans
from .names import _appos_title, _clean, _ents, _headline_words, _is_cap, _name_words, _person_run, _pre_title, _runs
from .records import Org, Person, Registry

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


def _build_registry(doc: Doc, skip: list[tuple[int, int]]) -> Registry:
    reg = Registry()
    for e in _ents(doc):
        # a one-word place, unless it ends a run of capitalised words ("Phạm Minh Chính" tagged GPE)
        if e.label_ in ("GPE", "LOC") and len(e) == 1 and not (e.start > 0 and _is_cap(doc[e.start - 1])):
            reg.places.add(_clean(e.text))
    reg.places -= _name_tails(doc, reg.places)
    reg.places |= COUNTRIES
    reg.places -= _person_words(doc)
    blocked = Spans(skip)
    singles: list[list[Token]] = []
    # over the whole text, not sentence by sentence: the parser sometimes cuts a name off its first word
    place_keys: set[frozenset[str]] = set()
    for run in _runs(list(doc), reg):
        if run[0].i > 0 and doc[run[0].i - 1].lower_ in LOCATIVE and \
                all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in run if t.text != "-"):
            place_keys.add(frozenset(fold(w) for w in _name_words(run)))  # "a mosque in Fort Pierce"
        if run[0].i > 0 and doc[run[0].i - 1].lemma_.lower() in ORG_INTRO:
            reg.org_keys.add(frozenset(fold(w) for w in _name_words(run)))
        elif _person_run(run):
            _add(reg, _person(doc, run, blocked))
        elif len(run) == 1 and (run[0].pos_ == "PROPN" or run[0].pos_ == "NOUN" and run[0].dep_ in (
                "nsubj", "nsubjpass")):
            singles.append(run)  # (a surname opening a sentence the tagger took for a noun: "Sanders appeared")
    if reg.org_keys:  # "the organisation Viet Tan" once makes every "Viet Tan" an organisation
        reg.persons = [p for p in reg.persons if p.key not in reg.org_keys]
    if place_keys:  # "… in Fort Pierce" once makes every "Fort Pierce" a place
        reg.persons = [p for p in reg.persons if p.key not in place_keys]
    # a lone word that is part of a full name given elsewhere ("Mendes began her term …")
    known = set().union(*(p.key for p in reg.persons)) if reg.persons else set()
    for run in singles:
        # (the model tags a surname GPE at times: "why Bloomberg is tempted", after "Michael Bloomberg")
        if fold(run[0].text) in known and (run[0].ent_type_ not in ("GPE", "NORP") or run[0].ent_type_ == "GPE"
                                           and _clean(run[0].text) not in reg.places):
            _add(reg, _person(doc, run, blocked))
    reg.persons.sort(key=lambda p: p.pos)
    headline = _headline_words(doc)
    for e in _ents(doc):
        if e.label_ in ("ORG", "GPE", "NORP"):
            if any(t.i in headline for t in e):
                continue  # "Trump Addresses Munich Attack" tagged ORG in a headline: a clause, not a body
            text = _org_text(e.text)
            if text:
                reg.orgs.append(Org(e.start_char, text, frozenset(fold(w) for w in re.findall(r"\w+", text)),
                                     country=e.label_ != "ORG"))
    text = doc.text  # built afresh on every access: read it once
    for m in re.finditer(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)", text):
        long = _long_form(text[max(0, m.start() - 160): m.start()], m.group(1))
        if long:
            reg.acronyms.setdefault(m.group(1), long)
    return reg


def _add(reg: Registry, p: Person) -> None:
    """A person into the registry; the gender their title or kin word gives holds for that name."""
    reg.persons.append(p)
    if p.gender:
        reg.genders.setdefault(p.key, p.gender)


def _person(doc: Doc, run: list[Token], blocked: Spans) -> Person:
    """The person a run of name words names, with the title before it (or the role phrase before its comma),
    the title in apposition after it, the gender a title or kin word gives, and whether it stands as a subject."""
    title, twords, gender = _pre_title(doc, run[0].i)
    k = run[0].i - 1
    if not title and k >= 1 and doc[k].text == ",":
        # "the Special Rapporteur on … Myanmar, Tom Andrews": the role phrase before the comma is theirs
        before = _role_phrase_before(doc, k)
        if before is not None:
            title = before.text.strip()
            if title.lower().startswith(("the ", "a ", "an ")):
                title = title.split(" ", 1)[1]
            twords = twords | {_clean(t.text) for t in before if _clean(t.text) in TITLE_WORDS or
                               _clean(t.text) in PERSON_ROLES or _clean(t.text) in KIN_GENDER}
            kin = next((KIN_GENDER[_clean(t.text)] for t in before if _clean(t.text) in KIN_GENDER), None)
            gender = gender or kin
    atitle, awords = _appos_title(doc, run[-1].i + 1)
    words = _name_words(run)
    key = frozenset(fold(w) for w in words)
    gender = gender or name_gender(words)
    subj = _stands_as_subject(run)
    return Person(run[0].idx, words, key, title or atitle, twords | awords, gender, subj,
                  chrome=run[0].idx in blocked)


def name_gender(words: tuple[str, ...] | list[str]) -> str | None:
    """The gender a full name tells: a Vietnamese middle name ("Nguyen Thi Lan"), a given name ("Tom Baird")."""
    if len(words) >= 3 and fold(words[1]) in VIETNAMESE_MIDDLE_GENDER:
        return VIETNAMESE_MIDDLE_GENDER[fold(words[1])]
    if len(words) >= 2:
        return GIVEN_NAME_GENDER.get(fold(words[0]))
    return None


def _role_phrase_before(doc: Doc, comma: int) -> Span | None:
    """The noun phrase ending right before `comma` when a role noun heads it ('the ministry's spokesman')."""
    t = doc[comma - 1]
    for _ in range(8):  # up the phrase (through "of", "on", "in" attachments) to a role noun
        if _clean(t.text) in PERSON_ROLES or t.lemma_.lower() in PERSON_ROLES or _clean(t.text) in KIN_GENDER or (
                _clean(t.text) in TITLE_WORDS and _clean(t.text) not in HONORIFIC_GENDER):
            left = t.left_edge.i
            return doc[left:comma] if comma - left <= 16 else None
        h = t.head
        if h.i == t.i or h.i >= comma or h.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        t = h
    return None


ASIDE_PREPS = frozenset({"like", "unlike", "including", "than", "against", "except", "besides", "without", "with"})


def _stands_as_subject(run: list[Token]) -> bool:
    """The name is (in) the subject of its clause: its own dependency, up through a title it is attached to,
    or a finite verb right after it ('… Nada Al Nashif delivered the report')."""
    # a place or a body named inside the subject ("Nefzi, a professor at the college in Fort Pierce,", "the
    # former Hewlett-Packard CEO") is no one a pronoun stands for
    place = not any(t.ent_type_ == "PERSON" for t in run) and any(t.ent_type_ in ("GPE", "LOC", "ORG") for t in run)
    last = run[-1]
    if place and last.dep_ == "compound" and (last.head.pos_ == "NOUN" or _clean(last.head.text) in TITLE_WORDS
                                              or _clean(last.head.text) in PERSON_ROLES):
        return False
    for t in run:
        h = t
        for _ in range(4):
            if h.dep_ in ("nsubj", "nsubjpass"):
                return True
            if h.dep_ not in ("compound", "appos", "flat", "pobj", "prep", "poss") or h.head.i == h.i:
                break
            if h.dep_ == "poss" or h.dep_ == "prep" and h.lower_ in ASIDE_PREPS or place and h.dep_ == "pobj":
                break  # "Rep. Ida Holm — like Brandt, a backer of … —": Brandt is no subject
            h = h.head
    doc = run[0].doc
    nxt = run[-1].i + 1
    return nxt < len(doc) and doc[nxt].tag_ in ("VBD", "VBZ", "VBP") and doc[nxt].pos_ == "VERB"


# capitalised words in a row, with the small words names hold ("Ministry of Foreign Affairs")
_CAP_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|the|and|on|to)[ \t]+)?[A-Z][\w’'-]*)+")


def _long_form(before: str, acr: str) -> str | None:
    """'… the Ministry of Foreign Affairs' + 'MOFA' → 'Ministry of Foreign Affairs': the shortest run of words
    before the brackets, starting with a capital, whose initials spell the acronym (small words may or may
    not give a letter; a word in capitals gives all of its letters)."""
    words = re.findall(r"[\w’'.-]+", before)[-12:]
    target = acr.upper()
    for k in range(1, len(words) + 1):
        cand = words[-k:]
        if cand[0][0].isupper() and _spells(cand, target):
            return re.sub(r"(?:’s|'s|’|')$", "", " ".join(cand))  # "The Associated Press’ (AP)"
    return None


def _spells(words: list[str], target: str) -> bool:
    def go(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(target) or target[j:] == "S"
        w = words[i].replace(".", "")
        if not w:
            return go(i + 1, j)
        if w.isupper() and len(w) > 1 and target.startswith(w.upper(), j):
            return go(i + 1, j + len(w))
        low = w.lower()
        if low.startswith(("north", "south")) and low[5:] in ("east", "west") and \
                target.startswith(w[0].upper() + low[5].upper(), j) and go(i + 1, j + 2):
            return True  # "Southeast" gives the S and E of ASEAN
        hit = j < len(target) and w[0].upper() == target[j]
        if w[0].islower():  # a small word may give its initial or not
            return (hit and go(i + 1, j + 1)) or go(i + 1, j)
        return hit and go(i + 1, j + 1)

    return go(0, 0)


LOCATIVE = frozenset({"in", "at", "from", "to", "near", "of", "outside", "across", "around"})


def _name_tails(doc: Doc, places: set[str]) -> set[str]:
    """'Nefzi said …' tagged a place, after '… Adel Nefzi said …' untagged: a word the text writes right after a
    given name (no title, no place), never after 'in', 'at', 'from' …, is a surname."""
    tails, located = set(), set()
    for t in doc:
        w = _clean(t.text)
        if w not in places:
            continue
        prev = doc[t.i - 1] if t.i > 0 else None
        if prev is None:
            continue
        if prev.lower_ in LOCATIVE:
            located.add(w)
        elif prev.pos_ == "PROPN" and _is_cap(prev) and not prev.ent_type_ and t.ent_type_ in ("", "PERSON") and \
                _clean(prev.text) not in TITLE_WORDS and _clean(prev.text) not in places and prev.whitespace_:
            tails.add(w)
    return tails - located


def _person_words(doc: Doc) -> set[str]:
    """Words the model tags as part of a person's name somewhere (so 'Nam' in 'Duong Hoai Nam' is no place)."""
    out = set()
    for e in _ents(doc):
        if e.label_ == "PERSON" and len(e) >= 2:
            out |= {_clean(t.text) for t in e[1:]}
    return out


def _org_text(text: str) -> str:
    text = re.sub(r"\s*\([^)]*\)\s*$", "", " ".join(text.split()))
    text = re.sub(r"(?:’s|'s|’)$", "", text).strip()
    low = text.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            text = text[len(det):]
            break
    text = text.strip(" ,")
    # "the U.N." keeps the stop of its last initial; a sentence's full stop goes
    return text if _INITIALS_END.search(text) else text.rstrip(".").rstrip(" ,")


_INITIALS_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")

