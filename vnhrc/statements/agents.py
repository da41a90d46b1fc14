"""Who can speak, and the agent of a reporting verb: subjects, passives' agents, speakers the parse lost.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.bodies import AUTHOR_TEXTS
from ..lexicon.cues import (
    COMM_VERBS,
    EXPRESSING_VERBS,
    NOT_SPEECH_ACT_PREPS,
    NP_CUES,
    QUOTED_VERBS,
    SPEECH_ACT_PARTICIPLES,
    STRONG_PARTICIPLES,
    THAT_CUES,
)
from ..lexicon.page import CLOSE_QUOTES
from ..lexicon.people import (
    AGE_NOUN,
    AGENT_NOUNS,
    AGENT_PRONOUN_WORDS,
    AGENT_PRONOUNS,
    AGENT_SUFFIXES,
    EVIDENCE_NOUNS,
    GUEST_NOUNS,
    MEMBERS_ONLY_PARTITIVES,
    MORE_BODY_NOUNS,
    MORE_PERSON_NOUNS,
    MORE_TEXT_NOUNS,
    OWNED_CHANNELS,
    PARTITIVES,
    POLLED_MAJORITIES,
    POLLED_PARTS,
    QUANTITY_PARTS,
    RELATIVE,
    SHARE_PREPS,
    SUFFIXED_THINGS,
    TEXT_NOUNS,
    THOSE_DESCRIBED,
    TITLE_WORDS,
)
from .tokens import _agent, lemma_of, lifted_to, own_subject, passive

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from .context import Ctx


def speaker_of(cx: Ctx, v: Token) -> Token | None:
    """The agent of a reporting verb: its subject, the antecedent of 'which/who', the 'by' agent of a
    passive, or the subject a participle or coordinated verb shares with the verb it hangs on."""
    s = _speaker_of(cx, v)
    if s is not None:
        s = _past_vocative(s)
    if s is not None and s.lemma_.lower() in PARTITIVES and _of_group(s) is None and s.i == s.right_edge.i:
        # "Dozens of nurses marched on Friday, some demanding …": the part speaks as one of the main
        # clause's plural subject
        whole = _whole_of_part(cx, v, s)
        if whole is not None:
            return whole
    if s is not None and s.lower_ in QUANTITY_PARTS:
        # "55 percent of voters said", "Most of the tenants asked said": the group polled; "Thirty percent
        # said": the share itself stands for those polled
        g = _of_group(s)
        if g is not None:
            return g if agentive(cx, g) else None
        return s if s.lower_ in POLLED_PARTS else None
    if s is not None and _described_those(s):
        # "those who back her rivals say …", "those surveyed said …": the group is the whole phrase
        doc = s.doc
        end = _those_end(s)
        cx.mention_spans[s.i] = (s.idx, doc[end].idx + len(doc[end].text))  # not "Even" before it
        return s
    if s is not None and _polled_share(s):
        return s  # "Two in three said …", "majorities in all five states say …": a share of those polled
    if s is not None and (s.lemma_.lower() in PARTITIVES or s.like_num):
        # "a number of Asean countries said", "Two of the organisers said": the group they belong to
        g = _of_group(s)
        named = next((a for t in (s, g) if t is not None for a in t.children
                      if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ not in ("GPE", "ORG", "NORP")), None)
        if named is not None:
            return named  # "said one of her doctors, Anna Brandt": the one named
        if g is not None and agentive(cx, g):
            return g
        return None if s.lemma_.lower() in MEMBERS_ONLY_PARTITIVES or s.like_num and s.lower_ != "one" else s
    return s


def _described_those(s: Token) -> bool:
    """'those who back her rivals', 'those surveyed', 'those close to the governor': 'those' with the clause
    or the words that tell who they are; a bare 'those' points at a noun before it and speaks for no one."""
    if s.lower_ != "those" or s.dep_ not in ("nsubj",):
        return False
    return any(c.i > s.i and (c.dep_ in ("relcl", "acl") or c.dep_ == "amod" and c.lower_ in THOSE_DESCRIBED)
               for c in s.children)


def _those_end(s: Token) -> int:
    """The last word of 'those who …' before a comma or a dash the parse hung inside the phrase."""
    doc = s.doc
    end = s.right_edge.i
    for t in doc[s.i + 1: end + 1]:
        if t.text in (",", "—", "–", "--", "("):
            return max(s.i, t.i - 1)
    return end


def _polled_share(s: Token) -> bool:
    """'Two in three said', 'nine out of ten say', 'majorities in all five states say': a ratio or a majority
    with no group after 'of' stands for those a poll asked; 'Two of the organisers' is a count of a group,
    'the majority of senators' the senators."""
    if _of_group(s) is not None:
        return False
    preps = [c for c in s.children if c.dep_ == "prep" and c.i > s.i]
    if s.like_num:
        # "in three": the parse hangs the second number on "in"; "out of ten": on "of" under "out"
        return any(c.lower_ in SHARE_PREPS and any(g.like_num or g.lower_ == "of" and any(
            x.like_num for x in g.children) for g in c.children) for c in preps)
    return s.lemma_.lower() in POLLED_MAJORITIES and any(c.lower_ in ("in", "among") for c in preps)


def _whole_of_part(cx: Ctx, v: Token, part: Token) -> Token | None:
    """The plural subject of the clause a participle with a bare partitive subject hangs on ('some demanding …'
    after 'Nurses marched, …')."""
    if part.head.i != v.i or v.dep_ not in ("advcl", "conj") or v.head.i == v.i:
        return None
    whole = own_subject(v.head)
    if whole is None or whole.dep_ != "nsubj" or whole.tag_ not in ("NNS", "NNPS") or not agentive(cx, whole):
        return None
    return whole


def _past_vocative(s: Token) -> Token:
    """'Mr. President, CIVICUS and FORUM-ASIA welcomes …': the one addressed is never who speaks; the
    parse made the address the subject and the speaker its apposition."""
    doc = s.doc
    words = doc[s.left_edge.i: s.i + 1]
    if s.i + 1 >= len(doc) or doc[s.i + 1].text != "," or not all(
            t.is_punct or t.lower_.rstrip(".") in TITLE_WORDS for t in words):
        return s
    return next((c for c in s.children if c.dep_ == "appos" and c.i > s.i + 1), s)


def _of_group(s: Token) -> Token | None:
    of = next((c for c in s.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _speaker_of(cx: Ctx, v: Token) -> Token | None:
    if v.dep_ == "acl" and v.head.lemma_.lower() in TEXT_NOUNS:
        text_noun = v.head
        owner = next((c for c in text_noun.children if c.dep_ == "poss"), None)
        if owner is None and text_noun.dep_ in ("dobj", "pobj"):
            gov = text_noun.head if text_noun.dep_ == "dobj" else text_noun.head.head
            owner = own_subject(gov)
        if owner is None and text_noun.dep_ == "pobj" and own_subject(text_noun.head.head) is None:
            # "after the release of a report calling on the UN to …": no author named, the text speaks
            return text_noun
        return owner if owner is not None and _agent_ok(cx, owner) else None
    lifted = lifted_to(v)
    if lifted is not None:
        return _speaker_of(cx, lifted)
    subj = own_subject(v)
    if subj is None:
        subj = reduced_relative_subject(v)
    if subj is None and v.tag_ in ("VBD", "VBZ", "VBP"):
        subj = adjacent_subject(cx, v)
        if subj is None and (after := after_quote_subject(cx, v)) is not None:
            subj, span = after
            cx.mention_spans[subj.i] = span  # the attribution's mention is these words, not the parse's phrase
        if subj is None:
            subj = inverted_object(cx, v)
    if subj is not None:
        passive_subject = subj.dep_ == "nsubjpass" and subj.head.i == v.i
        if subj.lower_ in RELATIVE and v.dep_ == "relcl":
            subj = v.head  # "…, which mentioned that …": the antecedent (whatever its own role)
        elif subj.lower_ in RELATIVE:
            return None
        if passive_subject or (subj.lower_ == "it" and passive(v)):
            agent = _agent(v)
            return agent if agent is not None and _agent_ok(cx, agent) else None
        if subj.lower_ in ("it", "there") and any(c.dep_ in ("ccomp", "xcomp") and c.i > v.i and
                                                   c.lower_ not in ("that",) for c in v.children) and \
                passive(v):
            return None
        return subj if _agent_ok(cx, subj) else owner_of(cx, subj)
    if passive(v):
        agent = _agent(v)
        return agent if agent is not None and _agent_ok(cx, agent) else None
    h = v
    for _ in range(4):
        if h.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "dep", "parataxis") or h.head.i == h.i:
            return None
        sib = nearer_conjunct(h)
        h = sib if sib is not None else h.head
        if h.dep_ == "prep" or h.pos_ == "ADP":  # "in promoting …", "by saying …"
            h = h.head
        s = own_subject(h) or reduced_relative_subject(h)
        if s is not None:
            if s.lower_ in RELATIVE and h.dep_ == "relcl":
                s = h.head  # "the lawyer, who was quoted as saying …"
            if s.dep_ == "nsubjpass" or s.i == h.head.i and passive(h):
                # "X was quoted as saying": the passive subject of quote/cite is the speaker
                if h.lemma_.lower() in QUOTED_VERBS:
                    return s if _agent_ok(cx, s) else None
                agent = _agent(h)
                return agent if agent is not None and _agent_ok(cx, agent) else None
            if s.lower_ in RELATIVE and h.dep_ == "relcl":
                s = h.head
            return s if _agent_ok(cx, s) else None
    return None


def owner_of(cx: Ctx, subj: Token) -> Token | None:
    """"Asean's 5PC calls for …", "the ministry's website said": a named owner speaks through a text or a
    channel, or a thing the parse cannot place (an acronym, a code); never through counted evidence
    ("Gallup's poll found") or anything else it owns ("Vietnam's rapid growth indicates that …")."""
    if subj.lemma_.lower() in EVIDENCE_NOUNS or subj.lower_ in EVIDENCE_NOUNS:
        return None
    if not (_a_text(subj) or _unplaced(subj)):
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN" and agentive(cx, c)), None)


def _a_text(t: Token) -> bool:
    """'report', 'plan', 'website': a text or a channel its owner speaks through."""
    return any(w in TEXT_NOUNS or w in MORE_TEXT_NOUNS or w in AUTHOR_TEXTS or w in OWNED_CHANNELS
               for w in (t.lemma_.lower(), t.lower_))


def _unplaced(t: Token) -> bool:
    """'5PC', 'NDAA': an acronym or a code the parse cannot tell is a text."""
    return len(t.text) >= 2 and (t.text.isupper() or any(ch.isdigit() for ch in t.text))


def nearer_conjunct(v: Token) -> Token | None:
    """'A coalition of nurses urged a walkout, and the League criticised the budget and said …': the parse
    hangs every conjunct on the first verb; a conjunct with no subject shares the subject of the nearest
    conjunct before it that has one of its own, not the first one's."""
    if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX"):
        return None
    sibs = [c for c in v.head.children if c.dep_ == "conj" and c.head.i < c.i < v.i and c.pos_ in ("VERB", "AUX")]
    near = sibs[-1] if sibs else None
    return near if near is not None and own_subject(near) is not None else None


def reduced_relative_subject(v: Token) -> Token | None:
    """'members of the Committee monitoring the Convention emphasized …': the parse made the participle phrase
    the verb's clausal subject and the noun it describes that phrase's subject; the noun speaks."""
    csubj = next((c for c in v.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < v.i), None)
    if csubj is None:
        return None
    return next((c for c in csubj.children if c.dep_ == "nsubj" and c.i < csubj.i and c.pos_ in ("NOUN", "PROPN")),
                None)


def _agent_ok(cx: Ctx, tok: Token) -> bool:
    return agentive(cx, tok) or _described_those(tok) or tok.lemma_.lower() in PARTITIVES or \
        tok.like_num and _of_group(tok) is not None or _polled_share(tok) or \
        tok.lower_ in QUANTITY_PARTS and (_of_group(tok) is not None or tok.lower_ in POLLED_PARTS)


def inverted_object(cx: Ctx, v: Token) -> Token | None:
    """'…, added the ambassador.': the parse took the speaker after the verb for its object."""
    doc = cx.doc
    k = v.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or doc[k].text not in ("," + CLOSE_QUOTES + '"'):
        return None
    for c in v.children:
        if c.i > v.i and c.dep_ in ("dobj", "attr", "npadvmod", "dative") and agentive(cx, c):
            end = c.right_edge.i + 1
            while end < v.sent.end and (doc[end].is_punct or doc[end].is_space):
                end += 1
            if end >= v.sent.end or doc[end].dep_ == "prep" and doc[end].head.i == v.i:
                return c
    return None


def after_quote_subject(cx: Ctx, v: Token) -> tuple[Token, tuple[int, int]] | None:
    """'“…,” the ministry's spokesman, Colonel X, said': the parse lost the subject; the words between the
    closing mark and the verb name the speaker. Returns the head word and the span of those words."""
    doc = cx.doc
    lo = max(v.sent.start, v.i - 15)
    k = v.i - 1
    while k >= lo and doc[k].text not in CLOSE_QUOTES + '"':
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in ".!?;":
            return None
        k -= 1
    if k < lo:
        return None
    a, b = k + 1, v.i
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    heads = [t for t in doc[a:b] if t.pos_ in ("NOUN", "PROPN") and agentive(cx, t) and
             not (a <= t.head.i < b and t.dep_ in ("compound", "poss"))]
    if not heads:
        return None
    return heads[0], (doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))


def adjacent_subject(cx: Ctx, v: Token) -> Token | None:
    """A finite cue the parse left without a subject, right after a noun phrase ('a day after a joint
    communique by the ministers said that …'): that phrase's head is the speaker."""
    doc = cx.doc
    i = v.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and doc[i].text == ",":
        return relative_antecedent(cx, v, i) or bracketed_subject(cx, v, i)
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "PRON") or doc[i].is_punct:
        return None
    t = doc[i]
    if t.pos_ == "PROPN" and t.dep_ in ("appos", "conj", "nsubj", "npadvmod", "dobj", "pobj") and \
            agentive(cx, t) and (t.ent_type_ == "PERSON" or doc[i - 1].pos_ == "PROPN"):
        return t  # "… head of the UN delegation Pham Quoc Tru praised …": the name right before the verb
    for _ in range(6):  # up through "of/by" attachments to the phrase's head
        h = t.head
        if h.i == t.i or h.i >= v.i:
            break
        if t.dep_ in ("pobj",) and h.dep_ == "prep" and h.head.pos_ in ("NOUN", "PROPN"):
            t = h.head
            continue
        if t.dep_ in ("compound", "appos", "conj"):
            t = h
            continue
        break
    if t.right_edge.i != i or not agentive(cx, t):
        return None
    return t


def relative_antecedent(cx: Ctx, v: Token, comma: int) -> Token | None:
    """'Speaking at the meetings, Deputy Prime Minister X, who led the delegation, stressed that …': the parse
    lost the verb's subject inside the opening phrase; the name before the relative clause closed by the
    comma right before the verb is who speaks."""
    doc = cx.doc
    k = comma - 1
    while k >= v.sent.start and doc[k].is_space:
        k -= 1
    if k < v.sent.start:
        return None
    r = doc[k]
    while r.head.i != r.i and r.dep_ != "relcl" and r.head.i <= k:
        r = r.head
    if r.dep_ != "relcl" or r.right_edge.i != k or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which")
                                                            for c in r.children):
        return None
    ante = r.head
    return ante if ante.i < r.i and ante.pos_ in ("PROPN", "NOUN") and agentive(cx, ante) else None


def bracketed_subject(cx: Ctx, v: Token, comma: int) -> Token | None:
    """'Speaking in explanation of the vote, Germany, on behalf of the member States …, said …': the
    name before a phrase set off by commas, when the parse hung it elsewhere."""
    doc = cx.doc
    sent_start = v.sent.start
    k = comma - 1
    while k > sent_start and comma - k < 40:
        t = doc[k]
        if t.text == "," and k + 1 < comma and doc[k + 1].lower_ in ("on", "speaking", "also", "as", "in") and \
                k - 1 >= sent_start:
            name = doc[k - 1]
            if name.pos_ == "PROPN" and name.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and \
                    name.dep_ not in ("nsubj", "nsubjpass") and agentive(cx, name):
                return name
        k -= 1
    return None


def agentive(cx: Ctx, tok: Token) -> bool:
    """Could this word stand for someone who says something (a person, a body, a country, a text)?"""
    low = tok.lower_
    if tok.pos_ == "PRON" or low in AGENT_PRONOUN_WORDS:
        return low in AGENT_PRONOUNS
    if tok.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"):
        return low == "old" and _aged(tok)  # "The 56-year-old told …", which the model takes for a date
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 2].whitespace_ and \
            tok.doc[tok.i - 2].ent_type_ == "PERSON":
        return True  # "Moon Jae-in said": the parse took the name's last syllable for the subject
    if tok.text[:1].isupper() and tok.pos_ == "NOUN" and tok.lower_ not in cx.lower_words:
        return True  # a name the tagger took for a common noun ("Tamesis congratulated …")
    return speaking_noun(tok)


_AGE_NOUN = re.compile(AGE_NOUN)


def speaking_noun(tok: Token) -> bool:
    """A common noun that can name who speaks: a person by role or by what they do ("The candidate said",
    "A senior adviser said", "Two of the organisers said", "The 56-year-old told"), a group or a body ("the
    opposition"), a meeting or a text that speaks for its authors ("The plan calls for"); never counted
    evidence ("the poll said", "figures showed") or a thing."""
    lem, low = tok.lemma_.lower(), tok.lower_
    if lem in EVIDENCE_NOUNS or low in EVIDENCE_NOUNS:
        return False
    if any(w in words for w in (lem, low) for words in (AGENT_NOUNS, MORE_PERSON_NOUNS, MORE_BODY_NOUNS,
                                                       MORE_TEXT_NOUNS)):
        return True
    if low == "old" and _aged(tok) or "-year-old" in low and _AGE_NOUN.fullmatch(low):
        return True
    return tok.pos_ in ("NOUN", "PROPN") and _agent_suffixed(lem)


def person_noun(tok: Token) -> bool:
    """A noun that names one person ('the candidate', 'the organiser', 'the 56-year-old'), not a body."""
    lem, low = tok.lemma_.lower(), tok.lower_
    if lem in MORE_PERSON_NOUNS or low == "old" and _aged(tok) or "-year-old" in low:
        return True
    return lem not in AGENT_NOUNS and lem not in MORE_BODY_NOUNS and lem not in MORE_TEXT_NOUNS and \
        _agent_suffixed(lem) and lem not in EVIDENCE_NOUNS


def _agent_suffixed(lem: str) -> bool:
    return len(lem) >= 6 and lem.endswith(AGENT_SUFFIXES) and lem not in SUFFIXED_THINGS and \
        not lem.endswith("ment") and lem.isalpha()


def _aged(tok: Token) -> bool:
    """'The 56-year-old' split into '56 - year - old': the noun is 'old' after 'year -'."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("year", "years")


def licensed(cx: Ctx, v: Token, content: Token) -> bool:
    """A participle cue (", affirming …") hangs on a speech act or carries a that-clause; otherwise it
    is an event's effect ("re-elected …, reaffirming its standing")."""
    if own_subject(v) is not None or v.dep_ == "acl" and v.head.lemma_.lower() in TEXT_NOUNS:
        return True
    if v.dep_ == "pcomp" and v.head.lower_ == "as" and lemma_of(v.head.head) in QUOTED_VERBS:
        return True  # "quoted the indictment as saying …"
    if content.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children):
        return True
    h = v.head
    while h.dep_ in ("conj",) and h.head.i != h.i and h.tag_ == "VBG":
        h = h.head
    hl = lemma_of(h)
    if hl in COMM_VERBS or hl in NP_CUES or hl in THAT_CUES or hl in EXPRESSING_VERBS:
        return True
    # "Dung highly valued the role of …, while affirming Vietnam's support": a speech verb on an active
    # clause whose subject is a person speaks for itself
    subj = own_subject(h)
    vl = lemma_of(v)
    if vl in SPEECH_ACT_PARTICIPLES and subj is not None and subj.dep_ == "nsubj" and agentive(cx, subj):
        # "Germany expelled a diplomat, accusing Hanoi of …": an accusation whoever makes it (not 'hailing from')
        excluded = NOT_SPEECH_ACT_PREPS.get(vl, ())
        return not any(c.dep_ == "prep" and c.lower_ in excluded and c.i == v.i + 1 for c in v.children)
    return vl in STRONG_PARTICIPLES and subj is not None and subj.dep_ == "nsubj" and \
        (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she") or subj.pos_ == "PROPN" and
         subj.ent_type_ not in ("GPE", "NORP", "ORG"))


def guests_at(cx: Ctx, start: int) -> bool:
    """'welcomed visiting Lao Prime Minister X …': people, not a decision, are what was welcomed."""
    head = cx.doc[start: start + 7]
    return any(t.ent_type_ == "PERSON" or t.lower_ in ("visiting", "delegation", "delegations", "counterpart")
               or t.lemma_.lower() in GUEST_NOUNS and t.dep_ in ("dobj", "pobj", "appos") for t in head)


def is_guest(cx: Ctx, obj: Token, v: Token) -> bool:
    """The object of 'welcomed' is a person or a party of visitors (or the verb says where to)."""
    if any(c.dep_ == "prep" and c.lower_ in ("to", "at") for c in v.children):
        return True
    if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in GUEST_NOUNS or obj.lower_ in ("him", "her", "them"):
        return True
    return obj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.text[:1].isupper() for c in obj.children) \
        and obj.ent_type_ not in ("ORG", "GPE", "NORP", "EVENT", "LAW")


def named(tok: Token) -> bool:
    """A person's name heads this phrase: the model's PERSON label, or a proper noun with proper-noun parts."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "ORG", "NORP", "LOC") or tok.lower_ in AGENT_NOUNS:
        return False
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1
                                            for c in tok.children)
