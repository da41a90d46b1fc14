"""Reporting verbs: 'said that …', '…, said X.', 'expressed her hope for …', 'spoke highly of …', 'called for …'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.cues import (
    AFTER_QUOTE_ONLY_VERBS,
    APPRAISAL_ADVERBS,
    APPRAISAL_ONLY_VERBS,
    APPRAISAL_VERBS,
    AS_ONLY_VERBS,
    BACK_REFERRING_WORDS,
    BELIEF_ADJECTIVES,
    BELIEF_NOUNS,
    CALL_VERBS,
    CITING_VERBS,
    CLAIM_NOUNS,
    CLAIM_OBJECT_VERBS,
    COHESIVE_ADVERBS,
    COMM_VERBS,
    COMMIT_VERBS,
    CONTEST_FRAME_VERBS,
    CONTEST_NOUNS,
    CONTRAST_WORDS,
    CUE_LEMMAS,
    CUE_MODIFIER_DEPS,
    DEGREE_TAGS,
    EAGER_ADJECTIVES,
    EXPRESS_NOUNS,
    EXPRESS_VERBS,
    FINDING_ENTS,
    FINDING_QUANTIFIERS,
    FINDING_VERBS,
    GROUND_ONLY_VERBS,
    INTENT_VERBS,
    LISTENER_VERBS,
    MAKE_PREDICATES,
    MAKE_VERBS,
    MODALS,
    NAMING_VERBS,
    NOT_PERSON_ENTS,
    NP_CUES,
    OFFER_NOUNS,
    OFFER_VERBS,
    ORDER_SUPERLATIVES,
    PERSON_ACT_ENTS,
    PERSON_ACT_ROLE_PREPS,
    PERSON_ACT_VERBS,
    PERSON_PRONOUNS,
    PRAISE_ADVERBS,
    PREP_CONTENT_FRAMES,
    PREP_CONTENT_PREPS,
    PREP_CONTENT_VERBS,
    PREP_FRAME_VERBS,
    QUESTION_VERBS,
    QUESTION_WORDS,
    REASON_CONJUNCTIONS,
    RECEPTION_VERBS,
    REPORTING_FORMS,
    REQUEST_VERBS,
    SAY_LEMMAS,
    SPEAK_VERBS,
    SPEECH_NOUNS,
    SPEECH_SETTING_NOUNS,
    SUBORDINATORS,
    TARGET_PREPS,
    TARGET_VERBS,
    TERRITORY_NOUNS,
    TERRITORY_VERBS,
    THAT_CUES,
    TIME_NOUNS,
)
from ..lexicon.page import CLOSE_QUOTES, OPEN_QUOTES
from ..lexicon.people import MORE_PERSON_NOUNS, MORE_TEXT_NOUNS, PEOPLE, PERSON_ROLES, RELATIVE, TEXT_NOUNS
from .agents import agentive, guests_at, is_guest, licensed, speaker_of
from .attribution import Attribution
from .layout import lead_skip
from .phrase_cues import made_remark
from .quotes import content_kind as _kind
from .quotes import quote_ends_clause, quote_group_span
from .tokens import SUBJ, _words, finite, lemma_of, lifted_to, mention_span, own_subject, trim_chars

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .context import Ctx


_MAX_CONTENT = 300  # tokens: far more than any reported clause needs
TOPIC_MIN_WORDS = 4  # "talked about the need for new roads": a topic long enough to say something
RELATIVE_ADVERBS = frozenset({"where", "when", "which", "who"})  # "…, where he had spoken of X": background
_MAX_QUOTE_RUN = 600  # characters a cut quotation may run on past the sentence: a few sentences, not an article
ASCII_CLOSE = "''"  # a closing quotation written with two apostrophes (one token)
FRONTED_FORMS = REPORTING_FORMS | {"asked", "added", "warned", "recalled", "explained"}


def verb_cue(cx: Ctx, sent: Span, v: Token, lemma: str) -> Attribution | None:
    # "released a statement urging …": the statement's author speaks (speaker_of finds them)
    text_speaks = v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in TEXT_NOUNS
    if not text_speaks and v.dep_ in ("amod", "compound", "nmod", "acl", "npadvmod", "nsubj", "dobj", "pobj", "attr"):
        return None
    if any(c.dep_ == "neg" for c in v.children):
        return None
    if v.tag_ == "VBN" and v.dep_ in ("advcl", "dep") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children):
        return None  # "Asked whether …, the minister said": the one asked is not the one asserting
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children):
        return None
    subj = quoted_as(v) or speaker_of(cx, v) or eager_subject(cx, v)
    if subj is None:
        return None
    if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < v.i for c in v.children) and \
            (att := as_reported(cx, sent, v, subj, lemma)) is not None:
        return att  # (an as-clause with an object of its own is a time: "as he congratulated X", read on)
    if lemma in AS_ONLY_VERBS:
        return None
    cue_end = v.i + 1
    content_tok: Token | None = None
    if lemma in AFTER_QUOTE_ONLY_VERBS:
        opening = quote_after_colon(cx, v)
        if opening is not None:  # "Hollis continued: “…”"
            return make_after(cx, sent, v, subj, cue_end, opening)
        return make_inverted(cx, sent, v, subj, cue_end, quote_only=True)
    if lemma in MAKE_VERBS:
        phrase = make_clear(cx, v)
        if phrase is None:
            return made_remark(cx, sent, v, subj)
        return make_after(cx, sent, v, subj, *phrase)
    if lemma in EXPRESS_VERBS:
        phrase = express_phrase(cx, v, OFFER_NOUNS if lemma in OFFER_VERBS else EXPRESS_NOUNS)
        if phrase is not None:
            cue_end, content_tok = phrase
        elif lemma not in THAT_CUES and lemma not in NP_CUES:
            return None
    if content_tok is None and lemma in APPRAISAL_VERBS and any(
            c.dep_ == "advmod" and c.lower_ in APPRAISAL_ADVERBS for c in v.children):
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None:
            return None
        content_tok = obj  # "highly valued the role of …": an appreciation
        cue_end = v.i + 1
    elif content_tok is None and lemma in APPRAISAL_ONLY_VERBS:
        return None
    if content_tok is None and lemma in SPEAK_VERBS:
        phrase = speak_phrase(cx, v)
        if phrase is None:
            return None
        cue_end, content_tok = phrase
    if content_tok is None and lemma in CALL_VERBS:
        phrase = call_phrase(cx, v)
        if phrase is None:
            return None
        cue_end, content_tok = phrase
    if content_tok is None and lemma in NAMING_VERBS:
        obj = named_object(v)
        if obj is None:
            return None
        content_tok = obj
    if content_tok is None and lemma in COMMIT_VERBS:
        phrase = commit_phrase(v)
        if phrase is None:
            return None
        cue_end, content_tok = phrase
    if content_tok is None:
        for c in v.children:  # particle cues: "pointed out", "spelled out"
            if c.dep_ == "prt" and c.i == cue_end and c.lower_ in ("out", "up"):
                cue_end += 1
        content_tok = content_after(cx, v, lemma)
        if lemma in QUESTION_VERBS and content_tok is not None and content_tok.left_edge.lower_ in QUESTION_WORDS:
            return None  # "A journalist asked whether …": a question asserts nothing
        that = that_after(cx, v, cue_end)
        if that is None and content_tok is None and lemma in THAT_CUES:
            that = that_inside(cx, v)
        if that is None and content_tok is None and lemma in LISTENER_VERBS:
            that = detached_clause(cx, v)
        if that is not None and (content_tok is None or content_tok.i < that or content_tok.lower_ == "that"):
            if v.tag_ == "VBG" and not licensed(cx, v, cx.doc[that]):
                return None
            return make_after(cx, sent, v, subj, cue_end, that)
    if content_tok is not None:
        if v.tag_ == "VBG" and subj is not None and not licensed(cx, v, content_tok):
            return None
        # "a plan which he hoped would lift wages": the clause's subject stands before the verb; its
        # auxiliaries after it ('would') are the content's
        start = content_tok.left_edge.i if content_tok.left_edge.i > v.i else \
            next((t.i for t in content_tok.subtree if t.i > v.i), content_tok.i)
        if content_tok.dep_ == "ccomp":
            start = bare_clause_start(cx, v, content_tok, lemma, cue_end, start)
        if lemma in RECEPTION_VERBS and guests_at(cx, start):
            return None
        return make_after(cx, sent, v, subj, cue_end, start)
    if (lead := report_before_clause(cx, sent, v, subj, cue_end)) is not None:
        return lead
    return make_inverted(cx, sent, v, subj, cue_end)


_MIN_LEAD_CONTENT_WORDS = 3  # a reported clause needs a subject, a verb and more: fewer words are a fragment


def as_reported(cx: Ctx, sent: Span, v: Token, subj: Token, lemma: str) -> Attribution | None:
    """'As the Tribune reported on Sunday, the council has spent …', 'As Professor Lind put it: “…”', '…, as
    the mayor noted.': a reporting clause brought in by 'as' attributes the clause it hangs on (not 'as he
    announced the plan, …', whose verb has an object of its own: a time, whose own content is the object)."""
    doc = cx.doc
    head = v.head
    own = [c for c in v.children if c.dep_ in ("dobj", "ccomp", "xcomp", "dative") and c.i > v.i]
    if lemma in AS_ONLY_VERBS:
        if len(own) != 1 or own[0].lower_ != "it":
            return None  # "as she put the case"
    elif any(not (lemma in LISTENER_VERBS and c.dep_ in ("dobj", "dative")) for c in own):
        return None
    if subj.i > v.i or head.pos_ not in ("VERB", "AUX") or own_subject(head) is None:
        return None
    cue_end = max([v.i] + [c.i for c in own]) + 1
    if head.i > v.i:  # the as-clause comes first: the rest of the head's clause
        start = v.right_edge.i + 1
        while start < head.i and (doc[start].is_space or doc[start].text in ",:"):
            start += 1
        if start > head.left_edge.i and head.left_edge.i > v.right_edge.i:
            start = head.left_edge.i
        end = head.right_edge.i + 1
        if start >= end:
            return None
        if doc[start].text in OPEN_QUOTES + '"':
            return make_after(cx, sent, v, subj, cue_end, start)
        cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    else:  # '…, as the mayor noted.'
        left = v.left_edge.i
        cs = lead_skip(cx.text, sent.start_char, doc[left].idx, cx.lay)
        ce = doc[left].idx
        if cs < doc[head.left_edge.i].idx:
            cs = doc[head.left_edge.i].idx
    cs, ce = trim_chars(cx.text, cs, ce)
    part = doc.char_span(cs, ce, alignment_mode="expand") if ce > cs else None
    if part is None or _words(cx.text[cs:ce]) < _MIN_LEAD_CONTENT_WORDS or not finite(part):
        return None
    return _att(cx, doc, sent, v, subj, cue_end, cs, ce, _kind(cx.text, cs, ce, cx.lay), "verb")


def report_before_clause(cx: Ctx, sent: Span, v: Token, subj: Token, cue_end: int) -> Attribution | None:
    """'Opening the fair, she said over the summer, the town had planted 300 trees': the parse made the
    reporting verb a clause of the reported one. When the reporting clause opens the sentence (everything
    before the verb is its own) and a comma follows the verb's adverbials, the content is the clause after
    the verb, its fronted adverbial included (not 'The reform, the minister said, will take years', whose
    content starts before the speaker)."""
    doc = cx.doc
    head = v.head
    if v.dep_ not in ("ccomp", "parataxis") or head.i <= v.i or subj.i >= v.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if lead_skip(cx.text, sent.start_char, v.idx, cx.lay) < v.left_edge.idx:
        return None  # words before the reporting clause that are not its own
    start = cue_end
    while start < head.i and (doc[start].is_space or doc[start].text == ","):
        start += 1
    if start >= head.i or not any(t.text == "," for t in doc[start: head.i]):
        return None
    own = [c for c in head.children if c.dep_ in SUBJ and v.i < c.i < head.i]
    if not own:
        return None
    end = head.right_edge.i + 1
    cs, ce = trim_chars(cx.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    if _words(cx.text[cs:ce]) < _MIN_LEAD_CONTENT_WORDS:
        return None
    return _att(cx, doc, sent, v, subj, cue_end, cs, ce, _kind(cx.text, cs, ce, cx.lay), "verb")


def bare_clause_start(cx: Ctx, v: Token, clause: Token, lemma: str, cue_end: int, start: int) -> int:
    """Where a clause reported without 'that' starts when the parse split it from the verb.

    'Lee noted in the first quarter, exports had doubled': an adverbial fronted before a comma belongs to the
    content (not 'said in a statement, …' or 'said on Tuesday, …': where and when it was said).
    'told RFA Vietnam takes …': the parse made the clause's subject the listener's last name; the content
    starts at that name."""
    doc = cx.doc
    k = start - 1
    while k > v.i and doc[k].is_space:
        k -= 1
    if start < len(doc) and doc[start].text == ",":  # the parse hung the comma on the clause
        k = start
    if k > v.i and doc[k].text == "," and not any(c.dep_ == "mark" for c in clause.children):
        front = next((c for c in v.children if c.dep_ in ("prep", "advmod", "npadvmod") and
                      cue_end <= c.left_edge.i and c.right_edge.i == k - 1), None)
        after = k + 1
        while after < len(doc) and doc[after].is_space:
            after += 1
        # 'said of her child, “…”': a quote opens the content
        quoted = any(t.text in OPEN_QUOTES + '"' for t in doc[after: max(after + 1, clause.i)])
        setting = front is not None and any(t.lower_ in SPEECH_SETTING_NOUNS or t.ent_type_ == "TIME" or
                                            t.lemma_.lower() in SPEECH_SETTING_NOUNS for t in front.subtree)
        if front is not None and not quoted and not setting:
            return front.left_edge.i
    subj = next((c for c in clause.children if c.dep_ in SUBJ and c.i < clause.i), None)
    lead = [c for c in clause.children if c.i < (subj.left_edge.i if subj is not None else -1)]
    if subj is not None and lead and lead[0].left_edge.i == start and all(
            c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in lead) and \
            not any(t.text == "," for t in doc[start: subj.left_edge.i]):
        # "told the Council last month he is …": the time is the telling's, the parse gave it to the clause
        return subj.left_edge.i
    if lemma in LISTENER_VERBS and not any(c.dep_ in SUBJ for c in clause.children):
        obj = next((c for c in v.children if c.dep_ in ("dobj", "dative") and c.right_edge.i == start - 1), None)
        if obj is not None and obj.pos_ == "PROPN" and obj.i == obj.right_edge.i and \
                any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == obj.i - 1 for c in obj.children):
            return obj.i
    return start


_MAX_DETOUR = 16  # tokens between the verb and a that-clause the parse hung inside the verb's adverbial


def that_inside(cx: Ctx, v: Token) -> int | None:
    """'told reporters right after the result was read out at the assembly that …', 'warned the Assembly
    after the vote that …': the parse hung the reported clause on the time phrase; it is the verb's. The index
    after 'that', when everything between the verb and 'that' is the verb's object or adverbials."""
    doc = cx.doc
    end = min(v.sent.end, v.i + _MAX_DETOUR)
    for t in doc[v.i + 1: end]:
        if t.lower_ != "that" or t.dep_ != "mark":
            continue
        h = t.head
        if h.dep_ not in ("advcl", "acl", "ccomp") or h.left_edge.i != t.i or h.head.i == v.i:
            return None
        # the clause's head sits in one of the verb's adverbials ("said the report that …" is no detour)
        a = h.head
        while a.i != v.i and a.head.i != a.i and a.dep_ not in ("ccomp", "xcomp", "relcl", "conj", "parataxis"):
            if a.head.i == v.i:
                break
            a = a.head
        if a.head.i != v.i or a.dep_ not in ("prep", "advcl", "npadvmod", "advmod"):
            return None
        if any(u.pos_ == "VERB" and lemma_of(u) in CUE_LEMMAS for u in doc[v.i + 1: t.i]):
            return None
        return t.i + 1
    return None


def detached_clause(cx: Ctx, v: Token) -> int | None:
    """'…, who told the Council last month he is very concerned about …': the parse hung the reported clause
    elsewhere (on the sentence's main verb). The index of its subject when it follows right after the
    listener and the verb's time or place phrases."""
    doc = cx.doc
    listener = next((c for c in v.children if c.dep_ in ("dobj", "dative") and c.i > v.i), None)
    if listener is None:
        return None
    j = listener.right_edge.i + 1
    for c in sorted(v.children, key=lambda c: c.i):
        if c.i >= j and c.left_edge.i == j and c.dep_ in ("npadvmod", "advmod", "prep"):
            j = c.right_edge.i + 1
    while j < v.sent.end and doc[j].ent_type_ in ("DATE", "TIME") and doc[j].pos_ != "PRON":
        j += 1  # "last month" (the parse may hang the time on the reported clause)
    if j >= v.sent.end:
        return None
    t = doc[j]
    h = t.head
    if t.dep_ != "nsubj" or t.left_edge.i != j or h.i <= t.i:
        return None
    if not (h.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ == "aux" and a.tag_ in ("MD", "VBD", "VBZ", "VBP")
                                                   for a in h.children)):
        return None
    if h.i in {a.i for a in v.ancestors}:
        return None  # the main clause the report hangs on, not a clause of the report
    return j


def eager_subject(cx: Ctx, v: Token) -> Token | None:
    """'Lund was quick to note that …', 'was careful to stress …': the copula's subject speaks through
    the infinitive of an adjective of manner (not 'was unable to say', 'was reluctant to confirm')."""
    adj = v.head
    if v.dep_ != "xcomp" or adj.dep_ != "acomp" or adj.lower_ not in EAGER_ADJECTIVES or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    subj = next((c for c in adj.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < adj.i), None)
    return subj if subj is not None and agentive(cx, subj) else None


def quoted_as(v: Token) -> Token | None:
    """'Local papers quoted the mayor as saying …', 'cited an aide as saying …': the one quoted speaks, not
    the paper that quotes (the passive 'X was quoted as saying' has X as its subject already)."""
    prep = v.head
    if v.dep_ != "pcomp" or prep.lower_ != "as" or lemma_of(prep.head) not in ("quote", "cite"):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def that_after(cx: Ctx, v: Token, cue_end: int) -> int | None:
    """'affirmed that …' read off the words when the parse missed the clause: the index after 'that'."""
    doc = cx.doc
    i = cue_end
    for _ in range(4):  # past adverbs and the verb's own phrases: "said on Tuesday in a post that …"
        j = i
        while j < len(doc) and j < i + 4 and (doc[j].dep_ in ("advmod", "npadvmod") or doc[j].is_space):
            j += 1
        if j < len(doc) and doc[j].dep_ == "prep" and doc[j].head.i == v.i:
            # the phrase ends at its last word, or at a 'that' the parse hung inside it ("in a post that …")
            end = doc[j].right_edge.i + 1
            inner = next((t.i for t in doc[j + 1: min(end, j + 8)] if t.lower_ == "that"), None)
            if inner is not None:
                j = inner
            elif end - j < 8:
                j = end
                while j < len(doc) and (doc[j].is_space or doc[j].text == ","):
                    j += 1
        if j == i:
            break
        i = j
    if i < len(doc) and doc[i].lower_ == "that" and doc[i].tag_ in ("IN", "WDT", "DT") and \
            i + 1 < len(doc) and not doc[i + 1].is_punct and doc[i + 1].pos_ not in ("VERB", "AUX", "ADP"):
        return i + 1
    return None


def content_after(cx: Ctx, v: Token, lemma: str) -> Token | None:
    """The first word of what is reported after the verb, or None."""
    takes_np = lemma in NP_CUES
    listener = lemma in LISTENER_VERBS
    best: Token | None = None
    for c in v.children:
        if c.i < v.i:
            continue
        dep = c.dep_
        ok = False
        if dep == "ccomp" or (dep == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("that", "whether")
                                                      for m in c.children)):
            ok = True
        elif dep == "dobj" and not takes_np and not listener and lemma in THAT_CUES and \
                (clause_read_as_object(c) or lemma in SAY_LEMMAS and relative_read_as_clause(c)):
            ok = True
        elif dep in ("dobj", "dative", "oprd", "attr") and takes_np and not listener:
            ok = c.lemma_.lower() not in ("it", "this", "that", "so") or \
                any(x.dep_ in ("xcomp", "ccomp") for x in v.children)
        elif dep == "xcomp" and lemma not in REQUEST_VERBS and (takes_np or lemma in INTENT_VERBS):
            # "asked not to be named" asks for oneself; "asked X to …" has its object first
            ok = c.tag_ in ("VB", "VBG") or any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
        elif dep == "prep" and lemma in PREP_CONTENT_VERBS and c.lower_ in PREP_CONTENT_PREPS:
            ok = any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        elif dep == "prep" and c.lower_ in PREP_CONTENT_FRAMES.get(lemma, ()):
            # "pointed to the town's falling crime rate", not "pointed to the door"
            ok = c.right_edge.i - c.i >= TOPIC_MIN_WORDS and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        elif dep == "pcomp" and takes_np:
            ok = True
        if ok and (best is None or c.left_edge.i < best.left_edge.i):
            best = c
    if best is None:
        return None
    if best.dep_ == "prep":
        return next(g for g in best.children if g.dep_ in ("pobj", "pcomp"))
    if listener is False and lemma in THAT_CUES and lemma not in NP_CUES and best.dep_ in ("dobj",) and \
            not clause_read_as_object(best) and not (lemma in SAY_LEMMAS and relative_read_as_clause(best)):
        return None
    if lemma == "thank" and best.lower_ in ("you", "everyone", "all", "them", "us"):
        return None  # a courtesy, not a report
    if lemma in RECEPTION_VERBS and best.dep_ == "dobj" and is_guest(cx, best, v):
        return None  # "welcomed visiting Prime Minister X to Hanoi": a reception, not a statement
    if lemma == "ask" and best.dep_ == "dobj" and not any(c.dep_ in ("xcomp", "ccomp") for c in v.children) \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in best.children):
        return None  # "asked questions", "asked him": no request reported
    if lemma == "describe" and best.dep_ != "ccomp" and not any(t.lower_ == "as" for t in v.subtree):
        return None  # "described the meeting" reports nothing; "described X as Y" does
    if best.dep_ in ("dobj", "dative", "oprd", "attr") and not stance_object(cx, v, best, lemma):
        return None
    return best


def clause_read_as_object(obj: Token) -> bool:
    """'cited the ruling as saying the fines related to late filings …': the parse read the reported
    clause's past-tense verb as a participle on the object ('the charges [related to …]'); the object with it
    is the clause, when the verb's past and participle are one form (not 'said the words written on the wall', nor
    a participle with its own agent)."""
    return obj.tag_ in ("NNS", "NN", "NNP", "NNPS") and any(d.dep_ == "det" and d.lower_ == "the"
                                                          for d in obj.children) and \
        any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i == obj.i + 1 and c.lower_.endswith("ed") and
            not any(g.dep_ == "agent" for g in c.children) for c in obj.children)


def relative_read_as_clause(obj: Token) -> bool:
    """'says the rise in prices that the mayor decries also makes …': the parse read the reported clause's
    subject as the object of 'say' and its verb as a relative clause on it ('say' takes no noun phrase as
    what is said but 'it', 'so', 'yes', 'nothing', which have no relative clause)."""
    return obj.pos_ == "NOUN" and any(d.dep_ == "det" for d in obj.children) and any(
        c.dep_ in ("relcl", "acl") and c.i > obj.i and c.tag_ in ("VBZ", "VBD", "VBP") and
        any(g.dep_ in ("ccomp", "xcomp", "dobj", "acomp", "attr") and g.i > c.i for g in c.children)
        for c in obj.children)


def stance_object(cx: Ctx, v: Token, obj: Token, lemma: str) -> bool:
    """The noun phrase object of a stance verb is a stand taken: 'rejected accusations that …', 'dismissed the
    reports as baseless', 'likened the law to a gag order', 'criticised the council for …' — not 'rejected
    the bill', 'dismissed the case', 'likened' with no 'to', 'criticized Vietnam, with …'."""
    if lemma in TERRITORY_VERBS and any(t.ent_type_ in ("GPE", "LOC", "FAC") or lemma_of(t) in TERRITORY_NOUNS
                                        for t in [obj] + [g for c in obj.children if c.dep_ == "prep" and
                                                          c.lower_ == "of" for g in c.children]):
        return False  # "as Norland claims the Brisk Islands", "claims most of the strait": land, nothing said
    if lemma in PERSON_ACT_VERBS and person_object(obj) and not any(
            c.dep_ == "prep" and c.lower_ in PERSON_ACT_ROLE_PREPS and c.i > obj.i
            for h in (v, obj) for c in h.children):
        return False  # "endorsed Ortiz last week", "confirmed 41 new judges": an act on people
    if lemma in TARGET_VERBS and (lemma in GROUND_ONLY_VERBS or agentive(cx, obj)):
        return blame_ground(v, obj)
    if lemma in PREP_FRAME_VERBS:
        preps = PREP_FRAME_VERBS[lemma]
        if lemma in CONTEST_FRAME_VERBS:
            if agentive(cx, obj) and dare(v, obj):
                return True  # "challenged her rival to debate him", "… to a duel"
        elif any(c.dep_ in ("prep", "dative") and c.lower_ in preps for h in (v, obj) for c in h.children
               if c.i > obj.i) or "to" in preps and any(
                c.dep_ == "xcomp" and c.i > obj.i and any(a.lower_ == "to" for a in c.children) for c in v.children):
            return True  # "likened the law to a gag order", "blamed the delay on the weather"
        if lemma not in CLAIM_OBJECT_VERBS:
            return False
    if lemma in FINDING_VERBS and v.dep_ != "acl" and finding(v, obj):
        return True  # ("a new report documenting ongoing violations" names the report's topic)
    if lemma in CITING_VERBS and v.tag_ == "VBG" and v.dep_ == "advcl" and not agentive(cx, obj):
        return True  # "…, citing a sharp rise in costs": the ground given
    if lemma not in CLAIM_OBJECT_VERBS and lemma not in FINDING_VERBS:
        return True
    if lemma_of(obj) in SPEECH_NOUNS and any(c.dep_ == "poss" for c in obj.children):
        return False  # "rejected the minister's claim that …": the claim is the minister's statement (a noun cue)
    if obj.lemma_.lower() in CLAIM_NOUNS or obj.lower_ in CLAIM_NOUNS:
        return True
    # "dismissed her as a lightweight", "cited sources as having verified …": a characterisation
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for h in (v, obj) for c in h.children) or \
        any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in obj.children)


def person_object(obj: Token) -> bool:
    """'endorsed Mr. Ortiz', 'endorsed his rival', 'confirmed 41 new judges': the object is a person or a party
    ('the news', 'the nomination', 'the report', 'the plan' are things that can be said or backed)."""
    if obj.ent_type_ in PERSON_ACT_ENTS or obj.lower_ in PERSON_PRONOUNS:
        return True
    if obj.pos_ == "PROPN":
        return obj.ent_type_ not in NOT_PERSON_ENTS
    lem = obj.lemma_.lower()
    return obj.pos_ == "NOUN" and (lem in PERSON_ROLES or lem in PEOPLE or lem in MORE_PERSON_NOUNS)


def dare(v: Token, obj: Token) -> bool:
    """'challenged the senator to release his returns', 'challenged the mayor to a debate': an infinitive after
    the object (the parse may read it as a purpose clause), or 'to' with a contest (not 'challenged the ruling
    to the supreme court')."""
    if any(c.dep_ in ("xcomp", "advcl") and c.i > obj.i and any(a.lower_ == "to" for a in c.children)
           for c in v.children):
        return True
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > obj.i and
               any(g.dep_ == "pobj" and lemma_of(g) in CONTEST_NOUNS for g in c.children)
               for h in (v, obj) for c in h.children)


def blame_ground(v: Token, obj: Token) -> bool:
    """'criticised the council for …', 'assailed her over the delays', 'attacked the plan as reckless': the
    ground of the blame after the object (not a time: 'attacked the town for hours'). A deed ('for cutting
    …') or a determined thing ('for its handling of …', 'for comments made …'); a bare noun is a title or
    a remit ('attacked the commissioner for player safety'), wherever the parse hangs it."""
    for h in (v, obj):
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in TARGET_PREPS or c.i <= obj.i:
                continue
            g = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if g is None or g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in TIME_NOUNS:
                continue
            if g.dep_ == "pcomp" or g.tag_ == "VBG" or any(
                    d.dep_ in ("det", "poss", "acl", "relcl", "prep", "nummod") for d in g.children):
                return True
    return False


def finding(v: Token, obj: Token) -> bool:
    """'reported 312 landings', 'reported a loss of $4 million', 'reported unusually low rainfall', 'reported
    the highest turnout', 'the report documented a long series of abuses': a counted thing, one qualified by
    degree (an adjective with its own adverb, a comparative or a superlative), or one a text reports (not
    'reported the news', 'reported the latest news', 'photographers documented the peaceful protest')."""
    if any(c.dep_ == "nummod" for c in obj.children) or \
            any(t.like_num or t.ent_type_ in FINDING_ENTS for t in obj.subtree):
        return True
    return any(c.dep_ == "amod" and graded(c) for c in obj.children) or text_subject(v)


def graded(adj: Token) -> bool:
    """'several breaches', 'its lowest profit', 'unusually low rainfall': an adjective that counts or grades,
    not one that only describes ('the peaceful protest', 'the latest news')."""
    lower = adj.lower_
    if lower in FINDING_QUANTIFIERS:
        return True
    if adj.tag_ in DEGREE_TAGS and lower not in ORDER_SUPERLATIVES:
        return True
    return any(a.dep_ == "advmod" for a in adj.children)


def text_subject(v: Token) -> bool:
    """'the report documented …': a text as the verb's subject."""
    subj = own_subject(v)
    return subj is not None and (subj.lemma_.lower() in TEXT_NOUNS or subj.lemma_.lower() in MORE_TEXT_NOUNS)


def express_phrase(cx: Ctx, v: Token, nouns: frozenset[str]) -> tuple[int, Token] | None:
    """'expressed her hope for X', 'voiced surprise and concern at X', 'expressed concern that X', 'offered
    condolences over X' (the object one of the verb's nouns: not 'offered support to the victims', an act)."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None or (obj.lemma_.lower() not in nouns and obj.lower_ not in nouns):
        return None
    heads = [obj] + [c for c in obj.children if c.dep_ == "conj"]
    for h in heads + [v]:
        for c in h.children:
            if c.i <= obj.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "in" and h.i != v.i and \
                    any(g.dep_ in ("pobj", "pcomp") for g in c.children):
                # "expressed pride in leading …", "confidence in its role" (on the noun; "in a statement"
                # hangs on the verb)
                return c.i + 1, next(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
            if c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                           for m in c.children):
                return c.left_edge.i, c
            if c.dep_ == "prep" and c.lower_ in ("for", "at", "about", "over", "on", "to",
                                                 "regarding", "towards", "toward", "of") and \
                    (v.lemma_.lower() != "share" or c.lower_ in ("over", "about", "regarding", "at", "for")):
                # "shared these views in an interview" has no content; "shared concerns over X" has
                obj_end = c.i + 1
                g = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if g is not None:
                    return obj_end, g
    return None


def quote_after_colon(cx: Ctx, v: Token) -> int | None:
    """The opening quotation mark right after 'continued:' or 'continued, '."""
    doc = cx.doc
    j = v.i + 1
    if j < len(doc) and doc[j].text in ":,":
        j += 1
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j < len(doc) and doc[j].text in OPEN_QUOTES + '"':
            return j
    return None


def make_clear(cx: Ctx, v: Token) -> tuple[int, int] | None:
    """'made it clear that …', 'made clear that …': the cue ends at 'clear', the content after 'that'."""
    doc = cx.doc
    pred = next((c for c in v.children if c.lower_ in MAKE_PREDICATES and c.i > v.i), None)
    if pred is None:
        pred = next((t for t in doc[v.i + 1: min(len(doc), v.i + 3)] if t.lower_ in MAKE_PREDICATES), None)
    if pred is None:
        return None
    that = that_after(cx, v, pred.i + 1)
    if that is not None:
        return pred.i + 1, that
    # "made clear Thursday they see no reason …", "made it clear to county leaders on Wednesday that …",
    # "made clear his intention to run": past the listener and the time, a clause or a noun phrase
    j = pred.i + 1
    end = min(v.sent.end, pred.i + _MAX_DETOUR)
    while j < end:
        t = doc[j]
        if t.is_space or t.text == ",":
            j += 1
        elif t.dep_ == "prep" and t.head.i in (v.i, pred.i) and t.lower_ != "that":
            j = t.right_edge.i + 1
        elif t.ent_type_ in ("DATE", "TIME") and t.pos_ != "PRON":
            j += 1
        else:
            break
    if j >= end:
        return None
    t = doc[j]
    if t.lower_ == "that" and t.dep_ == "mark":
        return pred.i + 1, j + 1
    if t.pos_ in ("PRON", "NOUN", "PROPN", "DET") and t.lower_ not in ("it", "this", "that"):
        return pred.i + 1, j
    return None


def speak_phrase(cx: Ctx, v: Token) -> tuple[int, Token] | None:
    """'spoke highly of X', 'talked positively about X'; without the adverb, 'talked about the need for new
    roads' when the topic is a phrase of its own (not 'talked about it', 'spoke of her mother')."""
    praise = any(c.dep_ == "advmod" and c.lower_ in PRAISE_ADVERBS for c in v.children)
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > v.i:
            g = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if g is None:
                continue
            backgrounded = v.dep_ == "relcl" or any(a.lower_ in RELATIVE_ADVERBS for a in v.children)
            if praise or (not backgrounded and g.pos_ in ("NOUN", "VERB") and g.ent_type_ == "" and
                          _words(cx.doc[g.left_edge.i: g.right_edge.i + 1].text) >= TOPIC_MIN_WORDS):
                return c.i + 1, g
    return None


_MAX_FRONTED_NAME = 6  # tokens of a title and name between 'Said' and the colon


def fronted(cx: Ctx, sent: Span, v: Token) -> Attribution | None:
    """'Said Ellis: “We are not going anywhere …”': the verb fronted, a name, a colon, then the words."""
    doc = cx.doc
    if not v.text[:1].isupper():
        return None
    colon = next((t.i for t in doc[v.i + 1: min(sent.end, v.i + 2 + _MAX_FRONTED_NAME)] if t.text in ":,"), None)
    if colon is None or colon == v.i + 1:
        return None
    name = [t for t in doc[v.i + 1: colon] if not t.is_space]
    if not name or name[-1].pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in name):
        return None
    after = colon + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc) or doc[after].text not in OPEN_QUOTES + '"':
        return None
    subj = name[-1]
    cx.mention_spans[subj.i] = (name[0].idx, subj.idx + len(subj.text))
    return make_after(cx, sent, v, subj, v.i + 1, after)


def named_object(v: Token) -> Token | None:
    """'labelled the vote shameful', 'branded the tax “a betrayal”': the object with the name it is given
    (the parse may hang the adjective on the object); 'a brand called X' and 'labelled the boxes' report
    nothing."""
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is None:
        return None
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") and c.i > obj.i for c in v.children) or \
            any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for h in (v, obj) for c in h.children) or \
            any(c.dep_ in ("amod", "appos") and c.i > obj.i for c in obj.children):
        return obj
    return None


def commit_phrase(v: Token) -> tuple[int, Token] | None:
    """'has committed to reaching net-zero by 2050': the gerund is the content (not 'committed to trial')."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "to" and c.i > v.i:
            g = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if g is not None:
                return c.i + 1, g
    return None


def belief_cue(cx: Ctx, sent: Span, w: Token) -> Attribution | None:
    """Meeting summaries' beliefs: 'the delegation was convinced that …', 'was confident that …', 'was of the
    view that …'. The copula's subject holds the belief; the that-clause is the content."""
    if w.dep_ == "acomp" and w.lower_ in BELIEF_ADJECTIVES:
        cop, holder = w.head, w
    elif w.tag_ == "VBN" and w.lower_ in BELIEF_ADJECTIVES and any(c.dep_ == "auxpass" for c in w.children):
        cop, holder = w, w  # "was convinced that …" parsed as a passive
    elif w.dep_ == "pobj" and w.lower_ in BELIEF_NOUNS and w.head.lower_ == "of" and w.head.dep_ == "prep":
        cop, holder = w.head.head, w
    else:
        return None
    if cop.i != holder.i and cop.lemma_.lower() not in ("be", "remain") or \
            any(c.dep_ == "neg" for c in cop.children):
        return None
    clause = next((c for c in holder.children if c.dep_ in ("ccomp", "acl", "advcl") and c.i > holder.i and
                   any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    if cop.i == holder.i:
        subj = next((c for c in cop.children if c.dep_ == "nsubjpass"), None)
        if subj is None or not agentive(cx, subj):
            return None
    else:
        subj = speaker_of(cx, cop)
    if subj is None:
        return None
    start = next(m.i for m in clause.children if m.dep_ == "mark" and m.lower_ == "that") + 1
    return make_after(cx, sent, holder, subj, holder.i + 1, start)


def call_phrase(cx: Ctx, v: Token) -> tuple[int, Token] | None:
    """'called for X', 'called on X to …', 'calling X Y' (calling Vietnam the region's worst)."""
    for c in v.children:
        if c.i > v.i and c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon"):
            if any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
                continue  # "called the ruling “a disgrace” on Tuesday": a time, not 'called on'
            g = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if g is None:  # "called on" as a particle: the object is the verb's
                g = next((x for x in v.children if x.i > c.i and x.dep_ in ("dobj", "ccomp", "xcomp")), None)
            if g is not None:
                return c.i + 1, g
    nxt = cx.doc[v.i + 1] if v.i + 1 < len(cx.doc) else None
    if nxt is not None and nxt.lower_ == "for" and nxt.dep_ == "mark" and nxt.head.head.i == v.i:
        return v.i + 2, nxt.head  # "calling for Vietnam to be placed back on the list"
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
    if obj is not None and (any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and c.i > obj.i for c in v.children)
                            or any(c.dep_ == "appos" and c.i > obj.i and cx.doc[c.left_edge.i - 1].text in OPEN_QUOTES
                                   for c in obj.children)):
        return v.i + 1, obj  # "called the ruling “a disgrace”" (the quoted name read as an apposition)
    oprd = next((c for c in v.children if c.dep_ == "oprd" and c.i > v.i), None)
    if oprd is not None and oprd.left_edge.i == v.i + 1 and oprd.left_edge.pos_ in ("PROPN", "NOUN", "PRON"):
        return v.i + 1, oprd.left_edge  # "calling Vietnam Southeast Asia’s most oppressive state"
    return None


def make_after(cx: Ctx, sent: Span, v: Token, subj: Token, cue_end: int, start: int) -> Attribution | None:
    doc = cx.doc
    start = max(start, cue_end)
    # "said that …", "said: …", "said, “…”"
    while start < len(doc) and (doc[start].lower_ == "that" and doc[start].dep_ in ("mark", "dobj", "nsubj")
                                or doc[start].is_space or doc[start].text in ",:;–—-"):
        if doc[start].lower_ == "that" and doc[start].dep_ != "mark" and \
                doc[start].head.dep_ not in ("ccomp", "advcl"):
            break
        if doc[start].lower_ == "that" and doc[start].dep_ in ("nsubj", "nsubjpass") and start + 1 < len(doc) and \
                doc[start + 1].pos_ in ("AUX", "VERB") and doc[start + 1].i == doc[start].head.i:
            break  # "brags that's good news", "said that is not true": 'that' is the clause's subject
        start += 1
    if start >= len(doc):
        return None
    first = doc[start]
    # direct speech right after the cue: the whole quotation, over sentences and paragraphs
    if first.text in "“\"":
        q = cx.lay.quote(first.idx + 1)
        if q is not None and q.open_at == first.idx and quote_ends_clause(cx, q):
            cs, ce = trim_chars(cx.text, *quote_group_span(cx, q))
            if ce - cs >= 3:
                return _att(cx, doc, sent, v, subj, cue_end, cs, ce, "direct", "verb")
    end_tok = clause_end(cx, v, start)
    cs = doc[start].idx
    ce = doc[end_tok - 1].idx + len(doc[end_tok - 1].text) if end_tok > start else cs
    cs, ce = trim_chars(cx.text, cs, ce)
    # a quote the content opens may run past the sentence: follow it to its end
    q = cx.lay.quote(cs)
    if q is not None and q.open_at == cs - 1 and (q.close_at is None or q.close_at >= ce):
        gs, ge = quote_group_span(cx, q)
        ce = max(ce, ge)
    elif ce > cs:
        # "told reporters the rules “are settled… And we should leave them.”": a quote opened inside the
        # content, which the sentence split cut, runs to its closing mark
        q = cx.lay.quote(ce - 1)
        if q is not None and q.open_at >= cs and q.close_at is not None and q.close_at >= ce and \
                q.end - ce <= _MAX_QUOTE_RUN:
            ce = max(ce, q.end)
    if _words(cx.text[cs:ce]) < 2:
        return None
    kind = _kind(cx.text, cs, ce, cx.lay)
    return _att(cx, doc, sent, v, subj, cue_end, cs, ce, kind, "verb")


def clause_end(cx: Ctx, v: Token, start: int) -> int:
    """Token index just past the content: the end of the verb's clause, leaving out a coordinated or
    participial cue that makes a statement of its own (", adding that …", "and stressed …")."""
    doc = cx.doc
    # the phrase the content starts in, up to the word it hangs on
    t = doc[start]
    # (Token objects are made afresh on each access: compare positions, never identity)
    while t.head.i != t.i and t.head.i >= start and t.head.i != v.i:
        t = t.head
    end = max(start + 1, t.right_edge.i + 1) if t.i != v.i else start + 1
    cut = None
    for c in t.children:  # "… and urged …" said by the reporter ends the reported clause
        # (a verb that reports nothing goes on with the content: "said the firm had weighed the debate but
        # decided to proceed")
        if c.dep_ in ("conj", "advcl") and start < c.i < end and lemma_of(c) in CUE_LEMMAS and \
                (r := lifted_to(c)) is not None and r.i == v.i:
            cut = c.left_edge.i
            while cut > start + 1 and (doc[cut - 1].dep_ in ("cc", "punct") or doc[cut - 1].is_space):
                cut -= 1
            break
    for c in v.children:
        if c.i < start:
            continue
        if c.dep_ in ("punct", "cc"):
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            continue
        if c.dep_ in ("advcl", "conj", "parataxis") and lemma_of(c) in (NP_CUES | THAT_CUES | COMM_VERBS):
            continue
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > start and doc[c.i - 1].text == "," and \
                c.lemma_.lower() != "include":
            continue  # ", adding …" is a statement of its own; ", including …" goes on this one
        end = max(end, c.right_edge.i + 1)
    # a parse that broke the clause off early: run on to the sentence's end unless another cue starts
    sent = v.sent
    if end < sent.end and sent.end - end <= 60:
        rest = doc[end:sent.end]
        ancestors = {a.i for a in v.ancestors}
        if not any(t.i in ancestors for t in rest) and \
                not any(lemma_of(t) in CUE_LEMMAS and t.pos_ == "VERB" for t in rest) and \
                not any(t.text in ";" for t in rest):
            tail = [t for t in rest if not t.is_space]
            if tail and len(tail) <= 40:
                end = sent.end
    end = min(end, start + _MAX_CONTENT, cut if cut is not None else end)  # the bound keeps it linear
    end = cut_contrast(cx, start, end)
    # "… pledged to back the senator, according to Ed Lund": the credit is no part of what was pledged
    credit = next((t.i for t in doc[start + 1: end] if t.lower_ == "according" and t.i + 1 < len(doc) and
                   doc[t.i + 1].lower_ == "to" and doc[t.i - 1].text == ","), None)
    if credit is not None:
        end = credit
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in ".,;:–—-" or
                           doc[end - 1].is_punct and doc[end - 1].text not in CLOSE_QUOTES + ")]"):
        end -= 1
    return end


def cut_contrast(cx: Ctx, start: int, end: int) -> int:
    """'… said A, while others urged B': another speaker's clause brought in by 'while/whereas/but' after a
    comma is that speaker's statement, not part of this content."""
    doc = cx.doc
    for t in doc[start:end]:
        if t.pos_ != "VERB" or lemma_of(t) not in CUE_LEMMAS:
            continue
        subj = own_subject(t)
        if subj is None or subj.lower_ in RELATIVE:
            continue
        left = min(t.left_edge.i, subj.left_edge.i)
        k = left
        while k > start and doc[k - 1].is_space:
            k -= 1
        opener = doc[left] if doc[left].lower_ in CONTRAST_WORDS else None
        if opener is None and k > start and doc[k - 1].lower_ in CONTRAST_WORDS:
            opener, k = doc[k - 1], k - 1
        if opener is not None and k > start and doc[k - 1].text in (",", ";"):
            return k - 1
    return end


def make_inverted(cx: Ctx, sent: Span, v: Token, subj: Token, cue_end: int,
                  quote_only: bool = False) -> Attribution | None:
    """'…, said President X.', '…, X told the meeting.', '“…,” she said.' With `quote_only`, only a
    quotation before the clause is content ('“…,” Dr. Hollis continued.')."""
    doc = cx.doc
    if v.tag_ == "VBG" and v.dep_ not in ("ROOT",):
        return None
    if v.dep_ == "relcl" and own_subject(v) is not None and own_subject(v).lower_ in RELATIVE:
        return None  # "…, the envoy, who told the Council …": what stands before 'who' is not his words
    if lemma_of(v) not in LISTENER_VERBS and any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > v.i
                                                 and c.i != subj.i for c in v.children):
        return None  # "shared his views on …": the verb has its own object, nothing before is reported
    if subj.i > v.i:
        clause_start = v.i
        # "said on Friday X" / "said X": nothing but the subject and adverbials after the verb
    else:
        # of two subjects ("Vietnam's representative for women's rights Vu Thi Thanh Nga", split by the
        # parse), the clause starts at the first
        clause_start = min([subj.left_edge.i] + [c.left_edge.i for c in v.children
                                                 if c.dep_ in SUBJ and c.i < subj.i])
        if subj.i in cx.mention_spans:  # the words after a closing quote, read off the text
            cs0 = doc.char_span(cx.mention_spans[subj.i][0], cx.mention_spans[subj.i][1], alignment_mode="expand")
            clause_start = cs0.start if cs0 is not None else clause_start
        if any(t.pos_ in ("VERB", "AUX") and t.i != v.i and t.dep_ not in ("aux", "auxpass", "amod", "acl",
                                                                            "relcl", "appos")
               for t in doc[subj.right_edge.i + 1: v.i]):
            return None
    i = clause_start - 1
    while i >= sent.start and (doc[i].is_space or doc[i].text in ("—", "–", "-")):
        i -= 1
    if i >= sent.start and doc[i].text not in ",:" + CLOSE_QUOTES + '"' and doc[i].text != ASCII_CLOSE and \
            subj.i < v.i:
        # the parse broke the speaker's phrase ("…, Vietnam's representative Do Thi Lan has affirmed", with
        # "Do" read as a verb): the clause starts after the last comma with only a noun phrase after it
        k = i
        while k > sent.start and doc[k].text != "," and not (doc[k].tag_ in ("VBD", "VBZ", "VBP") and
                                                             doc[k].dep_ not in ("aux", "auxpass")):
            k -= 1
        if doc[k].text == ",":
            i = k
    if i < sent.start and clause_start > sent.start:
        return None
    # the clause stands after a comma or a closing quotation mark
    quote_end = None
    if i >= sent.start and doc[i].text in CLOSE_QUOTES + "\"":
        quote_end = doc[i]
    elif i >= sent.start and doc[i].text == "," and i - 1 >= sent.start and doc[i - 1].text in CLOSE_QUOTES:
        quote_end = doc[i - 1]
    elif i >= sent.start and doc[i].text in (",", ":", ASCII_CLOSE):
        # "…, X said": the content is what stands before the comma, quoted or not ("''…,'' said X" in text
        # that writes quotes with two apostrophes)
        quote_end = None
    elif i < sent.start:
        # the attribution opens its own sentence ("He said." after a quote): a quote just before
        j = sent.start - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j >= 0 and doc[j].text in CLOSE_QUOTES + "\"" and v.i - sent.start <= 3:
            quote_end = doc[j]
        else:
            return None
    else:
        return None
    if quote_only and quote_end is None:
        return None
    if quote_end is not None:
        q = cx.lay.quote(quote_end.idx - 1) if quote_end.idx > 0 else None
        if q is not None and q.close_at == quote_end.idx:
            gs, ge = quote_group_span(cx, q)
            head = cx.lay.quote(gs)
            opener = head.open_at if head else gs - 1
            # the quote is the content when it opens the sentence (or a paragraph of its own)
            if _opens_sentence(cx, opener, sent):
                cs, ce = trim_chars(cx.text, gs, ge)
                if _words(cx.text[cs:ce]) >= 2:
                    return _att(cx, doc, sent, v, subj, cue_end, cs, ce, "direct", "quote")
    if quote_only:
        return None
    # content: from the start of the sentence (after a dateline) to the comma before the clause
    end_char = doc[i].idx if i >= sent.start else sent.start_char
    first = max(sent.start, i - _MAX_CONTENT)
    begin = lead_skip(cx.text, doc[first].idx, end_char, cx.lay)
    cs, ce = trim_chars(cx.text, begin, end_char)
    part = doc.char_span(cs, ce, alignment_mode="expand") if ce > cs else None
    if part is None or _words(cx.text[cs:ce]) < 3 or not finite(part) or subordinate_only(part):
        # "Teachers, he insisted, are the backbone of the system", "As the vote nears, Lund says, the number
        # … shrinks": the clause goes on after the cue
        after = parenthetical_rest(cx, v, subj, sent)
        if after is None or ce <= cs and begin >= end_char:
            return None
        cs, ce = trim_chars(cx.text, begin, after)
        part = doc.char_span(cs, ce, alignment_mode="expand")
        if part is None or not finite(part):
            return None  # an adverbial ("In an interview granted to …,") is no reported content
    elif (after := parenthetical_rest(cx, v, subj, sent, REASON_CONJUNCTIONS)) is not None:
        # "The crossing was impossible, the captain said, so the crew turned back": the host clause goes
        # on after the cue with its consequence or reason; both halves are what was said
        cs, ce = trim_chars(cx.text, cs, after)
    if subj.i < v.i and cs <= lead_skip(cx.text, sent.start_char, ce, cx.lay):
        cs = paragraph_report_start(cx, sent, v, subj, cs)
    if cx.text[cs] in OPEN_QUOTES:
        cs += 1
    kind = _kind(cx.text, cs, ce, cx.lay)
    return _att(cx, doc, sent, v, subj, cue_end, cs, ce, kind, "inverted")


_MAX_REPORT_SENTENCES = 3  # a paragraph longer than this mixes narration with the report


def paragraph_report_start(cx: Ctx, sent: Span, v: Token, subj: Token, cs: int) -> int:
    """'A. Two others are slated for next year, Viet said.' closing its paragraph (or its line, where lines are
    paragraphs): the whole passage is attributed, so the content starts at its first sentence, when the cue
    sentence ties back to the one before ('two others', 'have also improved') and the sentences before carry
    no quotation and no reporting verb of their own. Without such a tie the sentence before may be narration."""
    doc = cx.doc
    unit = cx.lay.paragraph(sent.start_char)
    line = cx.lay.line(sent.start_char)
    if unit is None:
        return cs
    if line is not None and line[0] > unit[0] and line[0] < sent.start_char:
        unit = line  # single-newline paragraphs
    if unit[0] >= sent.start_char:
        return cs
    tail = doc[max(v.i, subj.right_edge.i) + 1: sent.end]
    if any(not (t.is_punct or t.is_space) for t in tail) or cx.text[sent.end_char: unit[1]].strip():
        return cs  # the cue must close the passage
    own = [t for t in sent if t.i < min(v.i, subj.left_edge.i)]
    head = next((t for t in own if not (t.is_punct or t.is_space)), None)
    root = next((t for t in own if t.dep_ != "punct" and t.head.i == v.i and t.dep_ == "ccomp"), None)
    subject = [c for c in root.children if c.dep_ in SUBJ] if root is not None else []
    tied = any(t.lower_ in COHESIVE_ADVERBS and t.dep_ == "advmod" for t in own) or \
        (head is not None and head.lower_ in BACK_REFERRING_WORDS) or \
        any(t.lower_ in BACK_REFERRING_WORDS for s in subject for t in s.subtree)
    if not tied:
        return cs
    start = lead_skip(cx.text, unit[0], sent.start_char, cx.lay)
    before = doc.char_span(start, sent.start_char, alignment_mode="expand")
    if before is None or not doc[before.start].is_sent_start:
        return cs
    sents = {t.sent.start for t in before if not t.is_space}
    if not sents or len(sents) + 1 > _MAX_REPORT_SENTENCES:
        return cs
    for t in before:
        if t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text in ('"', ":"):
            return cs
        if t.pos_ in ("VERB", "AUX") and lemma_of(t) in CUE_LEMMAS:
            return cs
    return start if start < sent.start_char else cs


def subordinate_only(part: Span) -> bool:
    """'As the vote nears', 'When the plant closed': the words before the cue are only a dependent clause,
    whose main clause comes after the cue."""
    first = next((t for t in part if not (t.is_punct or t.is_space)), None)
    return first is not None and first.lower_ in SUBORDINATORS and (
        first.dep_ == "mark" or first.dep_ == "advmod" and first.head.dep_ == "advcl") and \
        first.head.right_edge.i < part.end


def parenthetical_rest(cx: Ctx, v: Token, subj: Token, sent: Span,
                       openers: frozenset[str] | None = None) -> int | None:
    """The end of the sentence when the attribution sits inside it between commas and a verb follows (with
    `openers`, only when the words after the comma start with one of them: 'so', 'because')."""
    doc = cx.doc
    last = max(v.i, subj.right_edge.i if subj.i > v.i else v.i)
    if openers is not None:  # "…, Ortiz said on Monday, because …": the cue's own time or place first
        for c in v.children:
            if c.dep_ in CUE_MODIFIER_DEPS and c.left_edge.i == last + 1:
                last = c.right_edge.i
    j = last + 1
    while j < sent.end and doc[j].is_space:
        j += 1
    if j >= sent.end or doc[j].text != ",":
        return None
    rest = [t for t in doc[j + 1: sent.end] if not t.is_space]
    if openers is not None and (not rest or rest[0].lower_ not in openers):
        return None
    if len(rest) < 3 or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest):
        return None
    return sent.end_char


def _opens_sentence(cx: Ctx, opener: int, sent: Span) -> bool:
    """The opening mark at `opener` starts a sentence or a paragraph (not a quoted phrase inside one)."""
    j = opener - 1
    while j >= 0 and cx.text[j] in " \t":
        j -= 1
    if j < 0 or cx.text[j] in "\n.!?:" or opener <= sent.start_char:
        return True
    par = cx.lay.paragraph(opener)
    return par is not None and lead_skip(cx.text, par[0], opener, cx.lay) >= opener


def _att(cx: Ctx, doc: Doc, sent: Span, v: Token, subj: Token, cue_end: int, cs: int, ce: int, kind: str,
         via: str) -> Attribution:
    cue = cx.text[v.idx: doc[cue_end - 1].idx + len(doc[cue_end - 1].text)]
    ms, me = cx.mention_spans.get(subj.i) or mention_span(subj)
    start = min(ms, v.idx, cs)
    end = max(me, v.idx + len(v.text), ce)
    return Attribution(
        cue=cue, kind=kind, content_start=cs, content_end=ce, sent_start=sent.start_char,
        sent_end=sent.end_char, start=start, end=end, mention_start=ms, mention_end=me,
        mention_head=subj.i, via=via, cue_start=v.idx,
    )
