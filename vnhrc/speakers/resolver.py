"""Resolving a mention: a name to the fullest form the document gives, a role noun to who holds it, a pronoun
to the last compatible speaker, "the Council" or "the group" to the body named before.

`Resolver` is one document's state (its registry, the indexes over it, the speakers resolved so far); every
rule is a function of it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING

from ..claims import fold
from ..lexicon.bodies import (
    ADOPTING_BODIES,
    AUTHOR_TEXTS,
    AUTHORED,
    COUNTRY_NOUNS,
    GENERIC_BODY_WORDS,
    GENERIC_ORG,
    HEADLINE_NOUNS,
    MASS_AGENTS,
    ORG_INTRO,
    ORG_WORDS,
    OWNED_BODIES,
    TREATY_LINKS,
    TREATY_NOUNS,
)
from ..lexicon.cues import ACCORDING_SOURCES
from ..lexicon.people import (
    ABBREVIATED,
    AGENT_NOUNS,
    DELEGATE_ROLES,
    FUNCTION,
    GENERIC_ROLES,
    HONORIFIC_GENDER,
    KIN_GENDER,
    NOT_OWNER_WORDS,
    PEOPLE,
    PERSON_ROLES,
    POLLED_PARTS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    TITLE_FILLER,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from ..lexicon.places import CAPITALS, COUNTRIES, STATE_WORDS
from ..spans import Spans
from ..statements.agents import person_noun, speaking_noun
from ..statements.attribution import Attribution
from .names import (
    _appos_title,
    _clean,
    _group_text,
    _headline_words,
    _is_acronym,
    _is_cap,
    _is_place,
    _name_words,
    _np_text,
    _person_like,
    _person_run,
    _pre_title,
    _runs,
    names_other_country,
)
from .records import Org, Person, Resolved
from .registry import _CAP_RUN, _build_registry, _org_text, _spells

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


# how far (in characters) a rule looks for what a mention stands for
NEXT_NAMED_WITHIN = 1500  # "The wife of blogger X says …" … the person the story names next
FOCUS_WITHIN = 3000  # "the spokeswoman said": the person in focus, named before
PRONOUN_WITHIN = 5000  # "she said": the last compatible speaker or subject
TEXT_AUTHOR_WITHIN = 2500  # "the report noted": the body last reported speaking
DESCRIBED_BODY_WITHIN = 2500  # "the Regional Office also called for": the body of that head word last quoted
MODIFIER_DEPTH = 4  # compounds of compounds: 'Marsh' in 'the Marsh re-election campaign team'
GROUP_WITHIN = 2000  # "the group said", "the delegation stressed": the organisation or country last quoted
PLURAL_GROUP_WITHIN = 3000  # "the ministers said": the group of ministers quoted before
# a mention after the position ranks behind every one before it
AFTER = 10_000_000


def distance(pos: int, at: int) -> int:
    """How far back `at` lies from `pos`; anything after `pos` comes after everything before it."""
    return pos - at if at <= pos else AFTER + at - pos


class Resolver:
    def __init__(self, doc: Doc, found: list[Attribution], skip: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.reg = _build_registry(doc, skip)
        self.person_pos = [p.pos for p in self.reg.persons]
        self.org_pos = [o.pos for o in self.reg.orgs]
        self.by_word: dict[str, list[Person]] = {}
        self.by_title: dict[str, list[Person]] = {}
        self.titles: dict[frozenset[str], str] = {}
        for p in self.reg.persons:
            for w in p.key:
                self.by_word.setdefault(w, []).append(p)
            if p.title:
                self.titles.setdefault(p.key, p.title)
        # a title given once holds for every later mention of that person: "Foreign Minister Mohamad Haziq
        # Ismail" … "Datuk Seri Haziq said" … "the minister said" is Haziq, though another minister came between
        held: dict[frozenset[str], frozenset[str]] = {}
        full_of = {}
        for p in self.reg.persons:
            full = fullest(self, p.key, p.pos) or p
            full_of[id(p)] = full.key
            held[full.key] = held.get(full.key, frozenset()) | p.title_words
        self.role_words: dict[int, frozenset[str]] = {}
        for p in self.reg.persons:
            words = held.get(full_of[id(p)], p.title_words)
            self.role_words[id(p)] = words
            for w in words:
                self.by_title.setdefault(w, []).append(p)
        self.skip = skip
        self.named_bodies: dict[str, list[tuple[int, int, str]]] = {}  # owned_body's scan, once per noun
        self.org_by_last: dict[str, list[Org]] = {}
        for o in self.reg.orgs:
            self.org_by_last.setdefault(fold(o.text.split()[-1]), []).append(o)
        # contents of statements: people named inside what someone said are not who "he" is next
        self.contents = Spans([(a.content_start, a.content_end) for a in found if not a.answer])
        self.history: list[tuple[int, Resolved]] = []  # resolved speakers in text order (mention position)
        self._interviewee: Resolved | None | bool = None
        self._written: dict[str, str | None] = {}  # "Council" → "Human Rights Council"
        self._spelled: dict[str, str | None] = {}  # "EU" → "European Union"


def in_content(cx: Resolver, pos: int) -> bool:
    return pos in cx.contents

def fullest(cx: Resolver, key: frozenset[str], pos: int, gender: str | None = None) -> Person | None:
    """The person whose name holds all these words, with the most words; the nearest one on a tie. With a
    gender, never one the text shows to be of the other ('he' after 'Lazar' is Marcel, not Gabriela Lazar)."""
    best = None
    best_rank = None
    if not key:
        return None
    # only the people sharing the rarest of these words (an index, so the cost stays linear)
    pool = min((cx.by_word.get(w, []) for w in key), key=len)
    word = next(iter(key)) if len(key) == 1 else None
    for p in pool:
        if key <= p.key:
            if gender is not None and (cx.reg.genders.get(p.key) or p.gender) not in (None, gender):
                continue
            dist = distance(pos, p.pos)
            # one word stands for a family name (first) or a given name or surname (last) rather than a
            # middle one; still, a longer name holding it beats the bare word ("Haziq" of "Mohamad Haziq
            # Ismail", as Malay names are shortened)
            edge = word is None or word in (fold(p.words[0]), fold(p.words[-1]))
            rank = (len(p.key) <= len(key), not edge, -len(p.key), dist)
            if best_rank is None or rank < best_rank:
                best, best_rank = p, rank
    return best

def canonical(cx: Resolver, p: Person, pos: int, gender: str | None = None) -> Resolved:
    full = fullest(cx, p.key, pos, gender)
    if gender is not None and (full is None or len(full.key) <= len(p.key)):
        # no fuller name of that gender: the short form is the fullest of any (which the caller then turns
        # down for its gender)
        full = fullest(cx, p.key, pos) or full
    full = full or p
    title = p.title or title_of(cx, full.key)
    # "Mr. Obama" gives the gender of "Barack Obama" too: she is never he
    gender = cx.reg.genders.get(full.key) or cx.reg.genders.get(p.key) or p.gender
    return Resolved(full.name, "person", title, gender)

def title_of(cx: Resolver, key: frozenset[str]) -> str | None:
    return cx.titles.get(key)

def resolve(cx: Resolver, att: Attribution) -> Resolved | None:
    doc = cx.doc
    if att.mention_start is None:
        return interviewee(cx, att.start) if att.answer else None
    span = doc.char_span(att.mention_start, att.mention_end, alignment_mode="expand")
    if span is None:
        return None
    head = doc[att.mention_head] if att.mention_head is not None else span.root
    pos = att.mention_start
    low = head.lower_
    if low == "those" and len(span) >= 2 and span[0].i == head.i:
        # "those who back her rivals", "those close to the governor": the group as written, not a name in it
        return Resolved(" ".join(span.text.split()), "org")
    if head.pos_ == "PRON" or low in ("he", "she", "they", "it", "i", "we", "others", "him", "her", "them"):
        if len(span) <= 2:
            return pronoun(cx, head, pos)
    r = country_of(cx, span, head)
    if r is not None:
        return r
    r = person_in(cx, span, pos, head)
    if r is not None:
        return r
    r = role(cx, span, head, pos)
    if r is not None:
        return r
    r = body(cx, span, head, pos)
    if r is None and att.via == "according" and head.lemma_.lower() in ACCORDING_SOURCES:
        return Resolved(_group_text(_np_text(span)), "org")  # "according to court filings": the text
    return r

def country_of(cx: Resolver, span: Span, head: Token) -> Resolved | None:
    """'the island nation of Fiji urged restraint': the country the noun is 'of', not a person
    whose title holds 'state' (a State Counsellor named before)."""
    if head.lemma_.lower() not in STATE_WORDS or head.tag_ != "NN":
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < span.end:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ == "GPE" or _clean(obj.text) in COUNTRIES):
                return Resolved(_org_text(doc_text(cx.doc, obj.left_edge.i, obj.i + 1)), "country")
    return None


def modifies(tok: Token, head: Token) -> bool:
    """Is `tok` a modifier word of the noun `head` (through compounds), as 'Marsh' in 'the Marsh campaign'?"""
    t = tok
    for _ in range(MODIFIER_DEPTH):
        if t.dep_ not in ("compound", "nmod", "amod"):
            return False
        if t.head.i == head.i:
            return True
        t = t.head
    return False


def person_in(cx: Resolver, span: Span, pos: int, head: Token | None = None) -> Resolved | None:
    toks = list(span)
    # "the wife of imprisoned blogger Le Van Quyet": the name after the kin word is not who speaks
    kin_of = head is not None and head.pos_ == "NOUN" and _clean(head.text) in KIN_GENDER
    runs = _runs(toks, cx.reg)
    if head is not None and len(runs) > 1:
        # "Lowe spokesman Tim Hall said": the name the mention's head is in speaks, not the one before it
        # and "The Halden Group's chief executive, Nora Pike, said": the name in apposition to the role
        # and "Several critics, among them University of Tasmania lecturer Ana Ruiz": a person's name
        # before a place's
        runs.sort(key=lambda r: (0 if any(t.i == head.i for t in r) else
                                 1 if any(t.dep_ == "appos" and t.head.i == head.i for t in r) else 2,
                                 0 if any(t.ent_type_ == "PERSON" for t in r) else 1))
    head_named = head is not None and any(t.i == head.i for r in runs for t in r)
    for run in runs:
        nxt = cx.doc[run[-1].i + 1] if run[-1].i + 1 < len(cx.doc) else None
        if nxt is not None and nxt.text[:1].isupper() and _clean(nxt.text) in ORG_WORDS and \
                _clean(nxt.text) not in TITLE_WORDS:
            continue  # "the Halden Group", "the Okafor Center": the start of a body's name
        if head is not None and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and not head_named and
                                 head.ent_type_ != "PERSON" and _clean(head.text) not in TITLE_WORDS) and \
                run[-1].i < head.i and modifies(run[-1], head):
            # "the Marsh campaign said", "the Okafor administration said": the body, not the person; "a New
            # Hampshire Republican said", "House Democrats said": the party word no name holds
            continue
        if (run[-1].dep_ == "poss" or (run[-1].i + 1 < len(cx.doc) and
                                       cx.doc[run[-1].i + 1].text in ("’s", "'s", "’"))) and \
                not (head is not None and any(t.i == head.i for t in run)):
            # "Öberg's office", "Pham's lawyer": the possessor is not who speaks (but in "Mr. Lowe's comment
            # that …" the possessor is the mention itself)
            continue
        if kin_of and run[0].i > head.i and any(t.lower_ == "of" for t in cx.doc[head.i + 1: run[0].i]):
            continue
        if head is not None and run[0].i > head.i and _clean(head.text) in ORG_WORDS and (
                run[-1].dep_ == "pobj" or any(t.dep_ == "prep" and t.head.i == head.i
                                              for t in cx.doc[head.i + 1: run[0].i])):
            # "the Working Group on Arbitrary Detention", "the Office for South-East Asia": the body's name
            continue
        words = _name_words(run)
        key = frozenset(fold(w) for w in words)
        if key in cx.reg.org_keys:
            continue
        known = fullest(cx, key, pos)
        if known is None and not _person_run(run):
            if not (len(toks) == len(run) and all(t.pos_ == "PROPN" for t in run) and
                    not any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in run)) or \
                    len(run) == 1 and (_clean(run[0].text) in AGENT_NOUNS or run[0].lemma_.lower() in AGENT_NOUNS):
                continue  # "Letter says …": a capitalised common noun is no name
        if any(_clean(t.text) in COUNTRIES for t in run) and known is None:
            continue
        if known is None:
            known = Person(pos, words, key)
        title, _, gender = _pre_title(cx.doc, run[0].i)
        atitle, _ = _appos_title(cx.doc, run[-1].i + 1)
        res = canonical(cx, known, pos)
        weak = title is None or len(title.split()) == 1 and (_clean(title) in HONORIFIC_GENDER or _clean(
            title) in ABBREVIATED or _clean(title) in ("dr", "prof", "pm", "fm", "dpm"))
        here = atitle if weak else title
        if here and not (res.title and weak and not atitle):
            res.title = here
        elif not res.title and title:
            res.title = title
        res.gender = res.gender or gender
        return res
    return None

def role(cx: Resolver, span: Span, head: Token, pos: int) -> Resolved | None:
    """'the spokesperson', 'the High Commissioner', 'the country's foreign minister' → who holds it; an
    unnamed role ('a ministry spokesman') stays as written, and 'the diplomat' is the person in focus."""
    hl = _clean(head.text)
    lem = head.lemma_.lower()
    if hl in KIN_GENDER and head.tag_ == "NN":
        # "his wife told RFA" … "His wife, Le Thi Ngoc Anh, said": the one the text names so
        named = [p for p in cx.by_title.get(hl, []) if p.pos != span.start_char]
        if named:
            best = min(named, key=lambda p: distance(pos, p.pos))
            return canonical(cx, best, pos)
        # "The wife of blogger X says …" … "Nguyen Thi Thu Hien told RFA": the next one the story names as
        # speaking, if not the relative named here
        inside = {w for t in span if t.i > head.i for w in [fold(t.text)]}
        i = bisect.bisect_right(cx.person_pos, span.end_char)
        while i < len(cx.reg.persons) and cx.reg.persons[i].pos - pos < NEXT_NAMED_WITHIN:
            p = cx.reg.persons[i]
            g = cx.reg.genders.get(p.key) or p.gender
            if p.subject and not p.chrome and not (p.key & inside) and g in (None, KIN_GENDER[hl]):
                return canonical(cx, p, pos)
            i += 1
        return None
    if hl not in PERSON_ROLES and lem not in PERSON_ROLES and (hl not in TITLE_WORDS or hl in HONORIFIC_GENDER
                                                               or hl in ("his", "her", "most") or
                                                               hl in TITLE_MODIFIERS):
        return None
    if head.tag_ in ("NNS", "NNPS") and hl not in ABBREVIATED:
        return None
    if hl in DELEGATE_ROLES:
        # "Myanmar's representative underscored …", "the delegate of Chile said": a delegation is its country
        country = next((t for t in span if t.i != head.i and (t.dep_ == "poss" or t.dep_ == "pobj" and
                        t.head.head.i == head.i and t.head.lower_ == "of") and
                        (t.ent_type_ == "GPE" or _clean(t.text) in COUNTRIES)), None)
        if country is not None:
            return Resolved(_org_text(doc_text(cx.doc, country.left_edge.i, country.i + 1)), "country")
    words = set()
    for t in span:
        w = _clean(t.text)
        if t.i <= head.i and (w in TITLE_WORDS or w in PERSON_ROLES):
            words |= ABBREVIATED.get(w, {w})
    words -= {"the", "former", "newly-appointed", "outgoing", "incoming", "mr", "ms", "mrs", "dr", "top",
              "senior", "his", "her"}
    written = _group_text(_np_text(span))
    best = None
    if words:
        for p in cx.by_title.get(min(words, key=lambda w: len(cx.by_title.get(w, []))), []):
            if not words <= cx.role_words[id(p)] or p.pos == span.start_char:
                continue
            dist = distance(pos, p.pos)
            if best is None or dist < best[0]:
                best = (dist, p)
    if best is not None:
        return canonical(cx, best[1], pos)
    # an unnamed speaker met before under this role ("A ministry spokesman … the spokesman said")
    for p, r in reversed(cx.history):
        if p < pos and r.type == "person" and hl in fold(r.name).split():
            return dataclasses.replace(r)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "one")
                   for c in head.children)
    if not definite:
        r = lead_official(cx, span, head, pos)
        return r or Resolved(written, "person")
    # the person in focus: the last one named, if the role fits them (never someone further back)
    r = last_person(cx, pos, HONORIFIC_GENDER.get(hl), within=FOCUS_WITHIN)  # "the spokeswoman": a woman
    if r is not None and not fits(cx, r.name, hl):
        return Resolved(written, "person")
    r = r or next_person(cx, pos, within=NEXT_NAMED_WITHIN, role=hl)
    return r or Resolved(written, "person")

def lead_official(cx: Resolver, span: Span, head: Token, pos: int) -> Resolved | None:
    """A story's opening paragraph that ends by citing an unnamed official ('Hospitals will need more nurses, a
    Cambodian official has said.'; not one that opens with the official), then a next paragraph whose subject
    is a titled person, after an opening phrase or none ('Addressing donors on Tuesday, Minister of Health Chea
    Sophal called for …', 'At a meeting in Vientiane, Deputy Minister X urged …'): the official is that person.
    Only for the story's first speaker, and never a person whose title names another country."""
    if _clean(head.text) not in GENERIC_ROLES:
        return None
    text = cx.doc.text
    end = span.end_char
    brk = text.find("\n", end)
    if brk < 0:
        return None
    k = brk
    while k < len(text) and text[k].isspace():
        k += 1
    nxt = text.find("\n", k)
    nxt = len(text) if nxt < 0 else nxt  # the end of the next paragraph
    i = bisect.bisect_right(cx.person_pos, end)
    while i < len(cx.reg.persons) and cx.reg.persons[i].pos < nxt:
        p = cx.reg.persons[i]
        if p.pos > brk and not p.chrome and p.subject and p.title and not in_content(cx, p.pos):
            country = next((t for t in span if t.i < head.i and (t.ent_type_ in ("NORP", "GPE") or
                                                                 _clean(t.text) in COUNTRIES)), None)
            if country is not None and names_other_country(p.title, country.text):
                return None
            r = canonical(cx, p, pos)
            # the story's first speaker (a standfirst the page prints again may have named them already)
            return r if all(h.name == r.name for _, h in cx.history) else None
        i += 1
    return None


def interviewee(cx: Resolver, pos: int) -> Resolved | None:
    """An answer whose interviewee the lead names without a reporting verb ('Ms X, UNICEF Representative,
    talks to …'): the first person the running text names, a subject first."""
    if cx._interviewee is None:
        # a place the name reader took for a person ("Viet Nam's consistent policy") is nobody interviewed
        before = [p for p in cx.reg.persons if p.pos < pos and not p.chrome and not _is_place(p.name)]
        pick = next((p for p in before if p.subject), before[0] if before else None)
        cx._interviewee = canonical(cx, pick, pick.pos) if pick is not None else False
    return dataclasses.replace(cx._interviewee) if cx._interviewee else None

def fits(cx: Resolver, key_or_name: frozenset[str] | str, role: str | None) -> bool:
    """Could a person with these known titles be called by this role? Not when they hold another role."""
    if role is None or role in GENERIC_ROLES:
        return True
    key = key_or_name if isinstance(key_or_name, frozenset) else frozenset(
        fold(w) for w in key_or_name.split())
    titles: set[str] = set()
    for p in cx.by_word.get(next(iter(key)), []) if key else []:
        if p.key == key or key <= p.key:
            titles |= p.title_words
    roles = {w for w in titles if w in PERSON_ROLES}
    return not roles or role in roles or role in titles

def last_person(cx: Resolver, pos: int, gender: str | None, within: int = PRONOUN_WITHIN,
                role: str | None = None) -> Resolved | None:
    """The last speaker or person standing as a subject before `pos`, outside what was reported."""
    cand_hist = next(((p, r) for p, r in reversed(cx.history) if r.type == "person" and p < pos and
                      pos - p < within and (gender is None or (r.gender or name_gender_of(cx, r.name)) in
                                            (None, gender)) and fits(cx, r.name, role)), None)
    i = bisect.bisect_left(cx.person_pos, pos) - 1
    cand_subj = None
    while i >= 0 and pos - cx.reg.persons[i].pos < within:
        p = cx.reg.persons[i]
        g = cx.reg.genders.get(p.key) or p.gender
        if p.subject and not p.chrome and not in_content(cx, p.pos) and (gender is None or g in (None, gender)) \
                and fits(cx, p.key, role):
            cand_subj = p
            break
        i -= 1
    if cand_subj is not None and (cand_hist is None or cand_subj.pos > cand_hist[0]):
        res = canonical(cx, cand_subj, pos, gender)
        if gender is None or res.gender in (None, gender):
            return res
    if cand_hist is not None:
        return dataclasses.replace(cand_hist[1])
    return None

def name_gender_of(cx: Resolver, name: str) -> str | None:
    """The gender the text gives everyone whose name holds these words, if they agree ('Clinton' of a text
    that names only Hillary Clinton is a woman)."""
    key = frozenset(fold(w) for w in name.split()) - TITLE_FILLER
    if not key:
        return None
    pool = min((cx.by_word.get(w, []) for w in key), key=len)
    found = {cx.reg.genders.get(p.key) or p.gender for p in pool if key <= p.key}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def next_person(cx: Resolver, pos: int, within: int, role: str | None = None) -> Resolved | None:
    """'The UN human rights chief on Tuesday urged …' in a lead: the person the story names next."""
    i = bisect.bisect_right(cx.person_pos, pos)
    while i < len(cx.reg.persons) and cx.reg.persons[i].pos - pos < within:
        p = cx.reg.persons[i]
        if not p.chrome and (p.subject or len(p.key) >= 2) and fits(cx, p.key, role):
            return canonical(cx, p, pos)
        i += 1
    return None

def pronoun(cx: Resolver, tok: Token, pos: int) -> Resolved | None:
    low = tok.lower_
    if low in PRONOUNS:
        r = last_person(cx, pos, PRONOUNS[low])
        if r is not None:
            return r
        i = bisect.bisect_left(cx.person_pos, pos) - 1
        # never someone the text shows to be of the other gender ("Tom Baird said … She told …"); as near as
        # last_person looks, so a pronoun walks back a bounded stretch, not the whole document
        while i >= 0 and pos - cx.reg.persons[i].pos < PRONOUN_WITHIN:
            p = cx.reg.persons[i]
            if not p.chrome and (cx.reg.genders.get(p.key) or p.gender) in (None, PRONOUNS[low]):
                r = canonical(cx, p, pos, PRONOUNS[low])
                if r.gender in (None, PRONOUNS[low]):  # "Berg" of "Mrs. Anna Berg" is no "he"
                    return r
            i -= 1
        return None
    if low in ("they", "them"):
        for p, r in reversed(cx.history):
            if p < pos and r.plural:
                return dataclasses.replace(r)
        return plural_subject(cx, tok, pos)
    if low == "it":
        for p, r in reversed(cx.history):
            if p < pos and r.type in ("org", "country") and not r.plural:
                return dataclasses.replace(r)
        return last_body(cx, pos, tok)
    if low == "others":
        return plural_subject(cx, tok, pos)
    if low == "we":
        # "In this cycle, we note that …" in a statement delivered for CIVICUS: its author, the body last
        # reported speaking
        for p, r in reversed(cx.history):
            if p < pos and pos - p < GROUP_WITHIN and r.type == "org":
                return dataclasses.replace(r)
    return None

def plural_subject(cx: Resolver, tok: Token, pos: int) -> Resolved | None:
    """'others argue' / 'they said': the plural subject before, in this sentence or the one before."""
    sent = tok.sent
    doc = cx.doc
    start = sent.start
    prev = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(tok.i - 1, prev - 1, -1):
        t = doc[i]
        if t.i < start and in_content(cx, t.idx):
            continue
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and t.lower_ != "others" and \
                (t.lemma_.lower() in AGENT_NOUNS or t.ent_type_ in ("ORG", "NORP", "GPE")):
            text = t.text if tok.lower_ == "others" else \
                _group_text(doc[t.left_edge.i: t.i + 1].text)
            return Resolved(text, "country" if t.lemma_.lower() in COUNTRY_NOUNS else "org", plural=True)
    return None

def owned_body(cx: Resolver, head: Token, owner: Token | None, det: Token, pos: int) -> Resolved | None:
    """'Her campaign said …' → 'Ruth Malley's campaign' (the person 'her' stands for); 'The campaign said …' →
    the campaign last reported speaking ('Malley campaign', 'Malley's campaign')."""
    noun = _clean(head.text)
    if owner is not None:
        gender = POSSESSIVE_PRONOUNS[owner.lower_]
        r = person_in_sentence(cx, head, pos, gender) or last_person(cx, pos, gender)
        return Resolved(f"{r.name}'s {head.text}", "org") if r is not None else None
    if det.lower_ != "the":
        return None
    for p, r in reversed(cx.history):
        if p < pos and pos - p < GROUP_WITHIN and r.type == "org" and len(r.name.split()) > 1 and \
                fold(r.name.split()[-1]) == noun:
            return dataclasses.replace(r)
    # "the Malley campaign", "Malley's campaign" written before, though it said nothing yet
    named = [(s, e, name) for s, e, name in _named_bodies(cx, head.text) if e <= pos and pos - s < GROUP_WITHIN]
    return Resolved(named[-1][2], "org") if named else None


def _named_bodies(cx: Resolver, noun: str) -> list[tuple[int, int, str]]:
    """Every 'Malley campaign', "Malley's campaign", 'White House staff' the text writes, outside skipped lines:
    the doc is scanned once for each noun, not at every 'the campaign said'."""
    found = cx.named_bodies.get(noun)
    if found is not None:
        return found
    text = cx.doc.text
    found = []
    for m in re.finditer(rf"\b([A-Z][\w’'-]+(?:’s|'s)?) {re.escape(noun)}\b", text):
        if fold(m.group(1)) in NOT_OWNER_WORDS or any(a <= m.start() < b for a, b in cx.skip):
            continue
        start = m.start()
        if not m.group(1).endswith(("’s", "'s")):
            # "White House staff" is one name, not "House staff"
            before = _CAPITALISED_RUN.search(text, max(0, start - NAME_RUN_BACK), start)
            words = before.group(0).split() if before is not None else []
            while words and fold(words[0]) in NOT_OWNER_WORDS:  # "The White House staff"
                words.pop(0)
            if words:
                start -= len(" ".join(words)) + 1
        found.append((start, m.end(), text[start:m.end()]))
    cx.named_bodies[noun] = found
    return found


_CAPITALISED_RUN = re.compile(r"\b(?:[A-Z][\w’'-]+ )+$")
NAME_RUN_BACK = 80  # chars looked back for the rest of a name before 'House staff'


def person_in_sentence(cx: Resolver, tok: Token, pos: int, gender: str | None) -> Resolved | None:
    """'A court jailed activist Tran Van Minh for five years, two of his lawyers said': the nearest person named
    before in the same sentence, even inside what is reported, is whom the possessive stands for."""
    start = tok.sent.start_char
    i = bisect.bisect_left(cx.person_pos, pos) - 1
    while i >= 0 and cx.reg.persons[i].pos >= start:
        p = cx.reg.persons[i]
        g = cx.reg.genders.get(p.key) or p.gender
        if not p.chrome and not _is_place(p.name) and g in (None, gender):
            return canonical(cx, p, pos)
        i -= 1
    return None


def last_body(cx: Resolver, pos: int, tok: Token) -> Resolved | None:
    """'It also requested …': the organisation or country last standing as a subject."""
    doc = cx.doc
    sent = tok.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    lo = doc[lo - 1].sent.start if lo > 0 else lo
    for i in range(tok.i - 1, lo - 1, -1):
        t = doc[i]
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN") and t.tag_ not in ("NNS",) and \
                (t.ent_type_ in ("ORG", "GPE") or t.lemma_.lower() in AGENT_NOUNS) and not in_content(cx, t.idx):
            span = doc[t.left_edge.i: t.i + 1]
            return body(cx, span, t, pos)
    return None

def named_on(span: Span, head: Token) -> bool:
    """'Reporters Without Borders', 'Friends of the Earth': a capitalised plural whose name goes on after it is
    one organisation (its 'it said' is that body), not a group of reporters."""
    # "Officials in Hanoi said": a group; the model's organisation label, or a capitalised "Without", tells
    return head.text[:1].isupper() and any(
        t.i > head.i and t.dep_ == "pobj" and t.text[:1].isupper() and t.head.head.i == head.i and
        (head.ent_type_ == "ORG" or t.head.text[:1].isupper()) for t in span)


def body(cx: Resolver, span: Span, head: Token, pos: int) -> Resolved | None:
    """Organisations, countries and groups as speakers."""
    hl = head.lemma_.lower()
    if head.lower_ in ("i", "we", "you", "this", "that", "which", "who"):
        return None
    plural = head.tag_ in ("NNS", "NNPS") and not named_on(span, head) or \
        any(t.dep_ == "conj" and t.head.i == head.i for t in span)
    words = [t for t in span if not t.is_punct and not t.is_space]
    bare = hl in HEADLINE_NOUNS or (hl in AGENT_NOUNS or head.lower_ in AGENT_NOUNS) and \
        hl not in MASS_AGENTS and not _is_acronym(head) and _clean(head.text) not in COUNTRIES
    if len(words) == 1 and head.text[:1].isupper() and not plural and bare and head.i == head.sent.start:
        return None  # "Letter says …", "Wife says …": a headline's (or a standfirst's) bare noun names nobody
    if head.text in cx.reg.acronyms and len(span) <= 3:
        return Resolved(cx.reg.acronyms[head.text], "org")
    if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "GPE", "NORP") or (head.text[:1].isupper() and
                                                                    hl not in AGENT_NOUNS):
        name = _org_text(_np_text(span))
        if not name:
            return None
        name = without_descriptor(name)
        first, _, rest = name.partition(" ")
        if first.lower() in ORG_INTRO and rest[:1].isupper():
            name = rest  # "the organisation Viet Tan" → "Viet Tan"
        if head.ent_type_ == "GPE" and fold(name) in CAPITALS:
            return Resolved(CAPITALS[fold(name)], "country")  # "Berlin demanded …": Germany
        if name in cx.reg.acronyms:
            name = cx.reg.acronyms[name]
        elif re.fullmatch(r"(?:[A-Z]\.?){2,7}", name):
            name = spelled_out(cx, name.replace(".", "")) or name  # "the EU" of a text that says "European Union"
        is_country = head.ent_type_ in ("GPE", "NORP") or _clean(head.text) in COUNTRIES
        if not is_country and len(name.split()) == 1:
            name = fuller_org(cx, name, pos) or name
        elif not is_country and span[0].lower_ == "the":
            name = described_body(cx, name, pos) or name
        if head.ent_type_ == "NORP" and head.tag_ == "NNP" and any(
                c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children):
            return Resolved(name, "person")  # "a Texas Democrat said", "an American said": one person
        known_org = frozenset(fold(w) for w in name.split()) in cx.reg.org_keys
        if _person_like(head) and not is_country and head.ent_type_ != "ORG" and not known_org:
            return Resolved(name, "person", gender=HONORIFIC_GENDER.get(_clean(name.split()[0])))
        return Resolved(name, "country" if is_country else "org", plural=plural)
    if head.pos_ == "NOUN" and hl == "resolution" and not plural and len(words) == 2 and words[0].lower_ == "the":
        r = adopting_body(cx, pos)  # "The resolution calls on …": the Assembly that adopted it
        if r is not None:
            return r
    if head.pos_ == "NOUN" and hl in AUTHORED and not plural and len(words) == 2 and \
            words[0].lower_ == "the":
        # "The report also noted …", "the statement said": the body whose words they are, the one last
        # reported speaking
        for p, r in reversed(cx.history):
            if p < pos and pos - p < TEXT_AUTHOR_WITHIN and r.type in ("org", "country") and not r.plural and \
                    fold(r.name) not in AUTHORED:
                return dataclasses.replace(r)
        r = named_document(cx, head, pos)
        if r is not None:
            return r
    if head.lower_ in POLLED_PARTS and not any(c.dep_ == "prep" for c in head.children):
        return Resolved(_group_text(_np_text(span)), "org", plural=True)  # "Thirty percent said": those polled
    if head.pos_ == "NOUN" and not plural and len(words) == 2 and words[0].lower_ == "the" and \
            (hl in AUTHORED or hl in AUTHOR_TEXTS):
        # "The plan calls for …" after "the five-point plan proposed and adopted by ASEAN": its author
        author = document_author(cx, head)
        if author is not None:
            first = min([c.i for c in author.children if c.dep_ in ("compound", "det") and c.i < author.i] +
                        [author.i])
            aspan = cx.doc[first: author.i + 1]
            r = person_in(cx, aspan, pos, author) if author.ent_type_ == "PERSON" else body(cx, aspan, author, pos)
            if r is not None:
                return r
    if head.pos_ in ("NOUN", "ADJ") and (hl in AGENT_NOUNS or head.lower_ in AGENT_NOUNS or speaking_noun(head)):
        if not plural and (hl in GENERIC_ORG or hl == "delegation") and len(words) == 2 and \
                words[0].lower_ == "the":
            # "…, the group said": the organisation last quoted; "The delegation stressed": the country
            for p, r in reversed(cx.history):
                if p < pos and pos - p < GROUP_WITHIN and not r.plural and \
                        (r.type == "country" if hl == "delegation" else r.type == "org") and \
                        fold(r.name) not in AUTHORED and fold(r.name).split()[-1] != hl:
                    return dataclasses.replace(r)
        if not plural and hl in GENERIC_ORG | {"council", "committee", "commission", "ministry", "office",
                                                "department", "mission", "assembly", "union", "bank",
                                                "fund", "court", "country"}:
            # "the group says", "the Council requested": the body named before
            r = named_body(cx, hl, pos)
            if r is not None:
                return r
        # "a joint communique by the foreign ministers", "the delegation of Chile", "critics"
        name = _group_text(_np_text(span))
        if plural and span[0].lower_ == "the" and len(name.split()) == 1:
            # "the ministers said": the "ASEAN foreign ministers" the story quoted before
            for p, r in reversed(cx.history):
                if p < pos and pos - p < PLURAL_GROUP_WITHIN and r.plural and len(r.name.split()) > 1 and \
                        fold(r.name.split()[-1]) == fold(name):
                    return dataclasses.replace(r)
        if not plural and without_descriptor(name) != name:
            return Resolved(without_descriptor(name), "org")  # "the US-based organisation Viet Tan" → "Viet Tan"
        if not plural and person_noun(head) and span[0].lower_ == "the":
            # "The 56-year-old said", "the candidate said": an epithet of the person in focus
            r = last_person(cx, pos, None, within=FOCUS_WITHIN)
            if r is not None:
                return r
        if not plural and (hl in KIN_GENDER or hl in PERSON_ROLES or hl in PEOPLE or person_noun(head)):
            return Resolved(name, "person", gender=KIN_GENDER.get(hl))
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
        if not plural and hl in OWNED_BODIES and len(words) == 2:
            r = owned_body(cx, head, owner, words[0], pos)
            if r is not None:
                return r
        if plural and owner is not None:
            # "according to his lawyers": the lawyers of the man "his" stands for
            gender = POSSESSIVE_PRONOUNS[owner.lower_]
            r = person_in_sentence(cx, head, pos, gender) or last_person(cx, pos, gender)
            if r is not None:
                return Resolved(f"{r.name}'s {_group_text(doc_text(head.doc, owner.i + 1, head.i + 1))}",
                                "org", plural=True)
        kind = "country" if hl in COUNTRY_NOUNS or head.ent_type_ == "GPE" else "org"
        return Resolved(name, kind, plural=plural)
    return None

INDEFINITE = ("a", "an", "another", "one")


DOCUMENT_WITHIN = 120  # tokens back to the document's fuller mention ("OHCHR's latest report on Myanmar")
TOPIC_PREPS = frozenset({"on", "about", "into", "of"})


def document_author(cx: Resolver, head: Token) -> Token | None:
    """The author the text gave this document when it named it before: 'the plan proposed and adopted by
    ASEAN', 'a report by Human Rights Watch', "ASEAN's five-point plan"."""
    doc = cx.doc
    for k in range(head.i - 1, max(-1, head.i - DOCUMENT_WITHIN), -1):
        t = doc[k]
        if t.lemma_.lower() != head.lemma_.lower() or t.pos_ != "NOUN":
            continue
        owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            return owner
        verbs = [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        verbs += [g for v in verbs for g in v.children if g.dep_ == "conj" and g.tag_ == "VBN"]
        for h in [t] + verbs:
            by = next((c for c in h.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if obj is not None and obj.pos_ == "PROPN":
                return obj
    return None


def named_document(cx: Resolver, head: Token, pos: int) -> Resolved | None:
    """'The report stated …' with no body reported speaking before it: the document as the text first named it
    more fully, with its author or its description ('OHCHR's latest report on Myanmar', 'the annual report of
    the Commission'), not the bare noun."""
    doc = cx.doc
    for k in range(head.i - 1, max(-1, head.i - DOCUMENT_WITHIN), -1):
        t = doc[k]
        if t.lemma_.lower() != head.lemma_.lower() or t.pos_ != "NOUN" or t.tag_ != head.tag_:
            continue
        mods = [c for c in t.children if c.dep_ in ("poss", "amod", "compound") and c.i < t.i]
        topic = [c for c in t.children if c.dep_ == "prep" and c.i > t.i and c.lower_ in TOPIC_PREPS and
                 any(g.dep_ == "pobj" for g in c.children)]
        if not mods and not topic:
            continue
        first = min([c.left_edge.i for c in mods] + [t.i])
        last = max([c.right_edge.i for c in topic] + [t.i])
        words = [w for w in doc[first: last + 1] if not w.is_space]
        if any("\n" in w.text_with_ws for w in doc[first: last]) or len(words) > 10:
            continue
        if words and words[0].lower_ in ("the", "a", "an", "its", "their", "this"):
            words = words[1:]
        if len(words) < 2:
            continue
        return Resolved(" ".join(w.text for w in words).replace(" ’s", "’s").replace(" 's", "'s"), "org")
    return None


def without_descriptor(name: str) -> str:
    """'US-based organisation Viet Tan' → 'Viet Tan', 'Paris-based campaign group Reporters Without Borders' →
    'Reporters Without Borders', "Norway's state-owned shipping group Fjordline" → 'Fjordline': the lower-case
    description before a name (and the possessive before that) is no part of it."""
    words = name.split()
    # "Norway's state-owned shipping group Fjordline" → "Fjordline": a place's possessive before the description
    k = 1 if len(words) > 2 and words[0].endswith(("'s", "’s")) and words[1][:1].islower() else 0
    first = k
    while k < len(words) - 1 and (words[k][:1].islower() or words[k].lower().endswith("-based")):
        k += 1
    return " ".join(words[k:]) if first < k and words[k][:1].isupper() else name


def adopting_body(cx: Resolver, pos: int) -> Resolved | None:
    """The assembly or council named last before `pos`, in the fullest form the text gives it."""
    i = bisect.bisect_left(cx.org_pos, pos) - 1
    while i >= 0:
        o = cx.reg.orgs[i]
        words = [fold(w) for w in o.text.split()]
        if not o.country and len(words) >= 2 and words[-1] in ADOPTING_BODIES:
            tail = words[-2:]
            full = max((x.text for x in cx.reg.orgs if [fold(w) for w in x.text.split()][-2:] == tail),
                       key=lambda t: len(t.split()))
            return Resolved(full, "org")
        i -= 1
    return None


def doc_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def described_body(cx: Resolver, name: str, pos: int) -> str | None:
    """'The Regional Office also called for …': a body named by generic words only is the body last reported
    speaking whose name holds its head word ('UN Children's Office for the Pacific Islands')."""
    words = [fold(w) for w in name.split()]
    if len(words) < 2 or words[-1] not in ORG_WORDS or not all(w in GENERIC_BODY_WORDS for w in words[:-1]):
        return None
    for p, r in reversed(cx.history):
        if p < pos and pos - p < DESCRIBED_BODY_WITHIN and r.type == "org" and words[-1] in \
                [fold(w) for w in r.name.split()] and len(r.name.split()) > len(words):
            return r.name
    return None


def fuller_org(cx: Resolver, word: str, pos: int) -> str | None:
    """'the Council' → 'Human Rights Council' (the nearest organisation whose name ends in that word; failing
    the model's entities, the name the text most often writes out in capitals before that word)."""
    fw = fold(word)
    best = None
    for o in cx.org_by_last.get(fw, []):
        words = o.text.split()
        # "Office of the U.N" is a part of the U.N., not its fuller name
        if len(words) > 1 and fold(words[-2]) not in ("of", "the"):
            dist = distance(pos, o.pos)
            if best is None or dist < best[0]:
                best = (dist, o.text)
    if best:
        return best[1]
    return written_out(cx, word) or treaty_name(cx, word, pos)


_TREATY_WORD = r"(?:[A-Z][\w’'-]*|of|the|all|on|and|against|in|to|for|their|with)"


def treaty_name(cx: Resolver, word: str, pos: int) -> str | None:
    """'The Convention stipulates …' → 'Convention on the Elimination of all Forms of Discrimination against
    Women': the nearest instrument before `pos` named with its head first, up to its last capitalised word."""
    if fold(word) not in TREATY_NOUNS:
        return None
    links = "|".join(TREATY_LINKS)
    pat = re.compile(rf"\b{re.escape(word)} (?:{links}) (?:{_TREATY_WORD} ){{0,12}}[A-Z][\w’'-]*")
    found = [m for m in pat.finditer(cx.doc.text, 0, pos)]
    return found[-1].group(0) if found else None

def spelled_out(cx: Resolver, acr: str) -> str | None:
    """The words in capitals the text writes whose initials spell `acr` ('European Union' for EU), if any."""
    if acr in cx._spelled:
        return cx._spelled[acr]
    found = None
    for m in _CAP_RUN.finditer(cx.doc.text):
        words = m.group(0).split()
        for i in range(len(words)):
            if not words[i][0].isupper():
                continue
            for j in range(len(words), i + 1, -1):
                if words[j - 1][0].isupper() and _spells(words[i:j], acr):
                    found = " ".join(words[i:j])
                    break
            if found:
                break
        if found:
            break
    cx._spelled[acr] = found
    return found

def written_out(cx: Resolver, word: str) -> str | None:
    cache = cx._written
    if word in cache:
        return cache[word]
    doc = cx.doc
    headline = _headline_words(doc)
    forms: dict[str, int] = {}
    for t in doc:
        if t.text != word or t.i == 0:
            continue
        k = t.i
        while k > 0 and t.i - k < 8:
            p = doc[k - 1]
            if p.is_space or p.is_punct:
                break
            if p.text in ("of", "on", "for", "and") and k - 2 >= 0 and _is_cap(doc[k - 2]):
                k -= 1
                continue
            if not (p.text[:1].isupper() and p.is_alpha) or p.lower_ == "the" or p.lower_ in FUNCTION or \
                    p.i in headline:
                break  # "… The Sunken Nordair Ferry" in a headline names no "Sunken Nordair"
            k -= 1
        while k < t.i and doc[k].text in ("of", "on", "for", "and"):
            k += 1
        if k < t.i:
            form = doc[k: t.i + 1].text
            forms[form] = forms.get(form, 0) + 1
    pick = max(forms.items(), key=lambda kv: (kv[1], -len(kv[0])))[0] if forms else None
    cache[word] = pick
    return pick

def named_body(cx: Resolver, word: str, pos: int) -> Resolved | None:
    fw = fold(word)
    i = bisect.bisect_left(cx.org_pos, pos) - 1
    generic = word in GENERIC_ORG
    stop = max(-1, i - 200)  # the body named not too far before
    while i > stop:
        o = cx.reg.orgs[i]
        words = [fold(w) for w in o.text.split()]
        if (generic and not o.country and len(words) >= 2) or (words and words[-1] == fw and len(words) > 1):
            return Resolved(cx.reg.acronyms.get(o.text, o.text), "country" if o.country else "org")
        if word in ("country", "government") and o.country:
            return Resolved(o.text, "country")
        i -= 1
    if not generic:
        full = fuller_org(cx, word, pos)
        if full:
            return Resolved(full, "org")
    return None

