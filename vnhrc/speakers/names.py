"""Reading names off the tokens: runs of capitalised words that could be a name, titles before and after a
name, the name part of a noun phrase. Places, acronyms, title and organisation words cut a name."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from ..claims import fold
from ..lexicon.bodies import COUNTRY_NOUNS, ORG_INTRO, ORG_ONLY_HEADS, ORG_WORDS, PORTFOLIO_WORDS
from ..lexicon.people import (
    AGENT_NOUNS,
    FAMILY_NAME_MAX,
    FUNCTION,
    GOVERNMENT_ROLES,
    HOME_VOICE_ROLES,
    HONORIFIC_GENDER,
    INFLECTION_SUFFIXES,
    NAME_SYLLABLE,
    NOT_NAME_SYLLABLES,
    PARTICLES,
    PERSON_ROLES,
    QUANTIFIERS,
    TITLE_FILLER,
    TITLE_WORDS,
)
from ..lexicon.places import (
    COMPASS_WORDS,
    COUNTRIES,
    DEMONYM_COUNTRY,
    DEMONYMS,
    NATIONALITY_ENDINGS,
    PLACE_PHRASES,
    STATE_WORDS,
)
from ..page import title_case
from .records import Registry

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


def _ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, made once per Doc: spaCy rebuilds every entity Span on each access."""
    ents = doc.user_data.get("vnhrc.ents")
    if ents is None:
        ents = doc.user_data["vnhrc.ents"] = tuple(doc.ents)
    return ents


def _clean(word: str) -> str:
    """A word as the lexicons hold it: lower case, no diacritics, no final full stop ('Việt' → 'viet')."""
    return fold(word).rstrip(".").replace("’", "'")


def _is_cap(tok: Token) -> bool:
    w = tok.text
    if not (w and w[0].isupper() and any(ch.isalpha() for ch in w) and not tok.is_punct):
        return False
    if w.lower() in FUNCTION:
        # "The", "To", "An" open sentences; in mid-sentence capitals "To" and "An" are names ("To Lam",
        # "Nguyen Van An"), other function words a garbled text's stray capitals
        if tok.i == 0 or tok.is_sent_start or w.lower() not in ("to", "an"):
            return False
        prev = tok.doc[tok.i - 1]
        return not (prev.is_space or prev.text in ".!?:;“\"‘(—–-") and not (w.isupper() and len(w) > 1)
    return True


def _is_acronym(tok: Token) -> bool:
    w = tok.text.replace(".", "")
    return len(w) >= 2 and w.isupper() and w.isalpha()


_PLACE_FIRST = {p[0] for p in PLACE_PHRASES}
_PLACE_LONGEST = max(len(p) for p in PLACE_PHRASES)


def _in_place_phrase(tok: Token) -> bool:
    doc = tok.doc
    for k in range(_PLACE_LONGEST):  # the phrase may start a few words before this one
        start = tok.i - k
        if start < 0:
            break
        if _clean(doc[start].text) not in _PLACE_FIRST:
            continue
        for phrase in PLACE_PHRASES:
            if k < len(phrase) and start + len(phrase) <= len(doc) and \
                    all(_clean(doc[start + j].text) == w for j, w in enumerate(phrase)):
                return True
    return False


def _breaks_name(tok: Token, reg: Registry) -> bool:
    low = _clean(tok.text)
    if _in_place_phrase(tok):
        return True
    if low in ORG_WORDS and low not in TITLE_WORDS:
        # a surname can be a common word ("Peter Hall"): the model's PERSON label inside a name wins
        return not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and low not in ORG_ONLY_HEADS)
    return (low in TITLE_WORDS or _is_acronym(tok) or low in reg.places
            or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP") or tok.like_num)


def _runs(tokens: list[Token], reg: Registry) -> list[list[Token]]:
    """Runs of capitalised words that could be a name, in order; lowercase particles ('de', 'van') may sit
    inside a run; titles, acronyms, places and organisation words end one."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    n = len(tokens)
    caps = _caps_names(tokens)
    headline = _headline_words(tokens[0].doc) if tokens else frozenset()
    glued_to = -1
    for k, t in enumerate(tokens):
        if k <= glued_to:
            continue
        if t.i in headline:
            if cur:
                runs.append(cur)
                cur = []
            continue
        if not cur and t.is_sent_start and t.tag_ == "VBG" and t.lower_.endswith("ing"):
            continue  # "Entrusting Donald Trump with …": a gerund opening the sentence, no given name
        if t.i in caps or (_is_cap(t) and not _breaks_name(t, reg) and ("’" not in t.text[1:] and
                                                                        "'" not in t.text[1:] or
                                                                        _APOSTROPHE_NAME.fullmatch(t.text))):
            cur.append(t)
            continue
        if cur and t.text in PARTICLES and k + 1 < n and _is_cap(tokens[k + 1]) and \
                not _breaks_name(tokens[k + 1], reg):
            cur.append(t)
            continue
        if cur and t.text == "-" and not t.whitespace_ and not cur[-1].whitespace_ and k + 1 < n and \
                _is_cap(tokens[k + 1]) and not _breaks_name(tokens[k + 1], reg):
            cur.append(t)  # "Okafor-Dahl"
            continue
        if cur and t.text in NICKNAME_MARKS and k + 3 < n and _is_cap(tokens[k + 1]) and \
                tokens[k + 2].text in NICKNAME_MARKS and _is_cap(tokens[k + 3]) and \
                not _breaks_name(tokens[k + 3], reg):
            glued_to = k + 2  # 'Paul “Skip” Halvorsen': the nickname in quotes is no part of the name
            continue
        if cur and t.text == "-" and not t.whitespace_ and not cur[-1].whitespace_ and k + 1 < n and \
                _name_syllable(tokens[k + 1]) and _given_name_start(cur):
            cur += [t, tokens[k + 1]]  # "Kim Sol-ri", "Moon Jae-in"
            glued_to = k + 1
            continue
        if cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [_name_part(r) for r in runs]




def _stem(word: str) -> str:
    """'endorses', 'endorsed' → 'endors': a headline's verb and the body's other form of it meet."""
    for suf in INFLECTION_SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


# endings of participles and adverbs, rare in names the body never capitalises; a name with these endings
# (Kelly, Billy, Manning, Fleming) is cut from a headline unless the body writes it capitalised mid-sentence
HEADLINE_AFFIXES = ("ing", "ly")
HEADLINE_AFFIX_MIN = 5
HEADLINE_BODY_MIN = 30  # body words below which a text is too short to tell a headline's names by


_SYLLABLE = re.compile(NAME_SYLLABLE)
_APOSTROPHE_NAME = re.compile(r"[A-Z][’'][A-Z][a-z]+")  # "O'Malley", "D’Souza", "N'Diaye"
NICKNAME_MARKS = frozenset({"“", "”", '"', "‘", "’", "'", "''", "``"})


def _name_syllable(tok: Token) -> bool:
    """'ri' of 'Sol-ri': a lower-case syllable ending the word glued to a capitalised name part by a hyphen."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text.islower() and tok.is_alpha and tok.text not in NOT_NAME_SYLLABLES and \
        bool(_SYLLABLE.fullmatch(tok.text)) and (nxt is None or bool(tok.whitespace_) or nxt.is_punct)


def _given_name_start(run: list[Token]) -> bool:
    """'Sol' of 'Kim Sol-ri', 'Jae' of 'Moon Jae-in': the capitalised part before the hyphen is a syllable too,
    after a short family name; not 'Hamas-run', 'Boston-king'."""
    if not _SYLLABLE.fullmatch(run[-1].text.lower()):
        return False
    return len(run) < 2 or len(run[-2].text) <= FAMILY_NAME_MAX


def _headline_words(doc: Doc) -> frozenset[int]:
    """'Mayor Pays Heartfelt Tribute To Firefighters': in a line written in title case, the capitalised words
    the text writes in lower case elsewhere (or the model tags as verbs) and never capitalised inside a
    sentence are headline words, no part of a name ('Pays', 'Heartfelt'); 'To Lam', written so in the body
    too, keeps its 'To'."""
    cached = doc.user_data.get("vnhrc.headline_words")
    if cached is not None:
        return cached
    text = doc.text
    lines = []
    for m in re.finditer(r"[^\n]+", text):
        if title_case(m.group(0)):
            lines.append((m.start(), m.end()))
    out: frozenset[int] = frozenset()
    if lines:
        starts = [a for a, _ in lines]

        def in_title_line(t: Token) -> bool:
            k = bisect.bisect_right(starts, t.idx) - 1
            return k >= 0 and t.idx < lines[k][1]

        lower: set[str] = set()
        midcap: set[str] = set()
        bodycap: set[str] = set()  # capitalised anywhere outside a title-case line
        body_words = 0
        cand = []
        for t in doc:
            if not t.is_alpha:
                continue
            title_line = in_title_line(t)
            body_words += not title_line
            if t.text.islower():
                lower.add(_stem(t.lower_))
            elif t.text[0].isupper():
                if title_line:
                    cand.append(t)
                else:
                    bodycap.add(t.lower_)
                    if not t.is_sent_start and t.i > 0 and not doc[t.i - 1].is_punct:
                        midcap.add(t.lower_)
        # 'Hillary Clinton Slams Donald Trump On …': in the headline (the text's first line) a capitalised
        # word the body never capitalises, right after a name word the body does write ('Clinton'), is no
        # name word, though the tagger reads it as one: the body names its headline's people again, never its
        # verbs ('Slams'); a given name the body leaves out ('Ann' of 'Ann Keller Wins') opens the run
        first_end = lines[0][1] if lines[0][0] == len(text) - len(text.lstrip("\n")) else -1
        cand_first = []
        if body_words >= HEADLINE_BODY_MIN:
            for t in cand:
                prev = doc[t.i - 1] if t.i > 0 else None
                if t.idx < first_end and t.lower_ not in bodycap and prev is not None and prev.is_alpha and \
                        prev.text[0].isupper() and prev.lower_ in bodycap and _clean(prev.text) not in TITLE_WORDS:
                    cand_first.append(t)
        # a word tagged as a verb ('Gives', 'Slams') is cut though the body writes it in another form, and so
        # is a participle or an adverb the tagger took for a name ('… To Judge Ana Vidal Marking
        # Harvest Day', 'Lindqvist Quietly Backs …')
        out = frozenset(t.i for t in cand if (_stem(t.lower_) in lower or t.tag_ in ("VBZ", "VBD", "VBG") or
                                              len(t.text) >= HEADLINE_AFFIX_MIN and
                                              t.lower_.endswith(HEADLINE_AFFIXES)) and
                        t.lower_ not in midcap) | frozenset(t.i for t in cand_first)
    doc.user_data["vnhrc.headline_words"] = out
    return out


def _name_part(run: list[Token]) -> list[Token]:
    """'Minister of Labour and Social Welfare Khamphanh Sisouvong': after a title's 'of'/'and' the capitalised
    run holds the end of the ministry's name and then the name; the parse hangs them on different words, and
    the name is the last part."""
    doc = run[0].doc
    if len(run) < 3 or run[0].i == 0 or doc[run[0].i - 1].text not in ("of", "and", "for", "on"):
        return run
    idx = {t.i for t in run}

    def root(t: Token) -> int:
        while t.head.i in idx and t.head.i != t.i:
            t = t.head
        return t.i

    last = root(run[-1])
    k = len(run) - 1
    while k > 0 and root(run[k - 1]) == last:
        k -= 1
    return run[k:] if 0 < k <= len(run) - 2 else run


def _caps_word(t: Token) -> bool:
    w = t.text
    low = _clean(w)
    return len(w) >= 2 and w.isupper() and w.replace("-", "").isalpha() and low not in ORG_WORDS and \
        low not in TITLE_WORDS and low not in COUNTRIES and low not in FUNCTION


def _caps_names(tokens: list[Token]) -> set[int]:
    """Names written in capitals, as meeting summaries do ('VOLKER TÜRK, High Commissioner, said', 'Mr. VIET'):
    two to five capitalised words before a comma (or tagged PERSON), or one after an honorific."""
    out: set[int] = set()
    if not tokens:
        return out
    doc = tokens[0].doc
    k, n = 0, len(tokens)
    while k < n:
        if not _caps_word(tokens[k]):
            k += 1
            continue
        j = k
        while j < n and _caps_word(tokens[j]) and tokens[j].i == tokens[k].i + (j - k):
            j += 1
        seq = tokens[k:j]
        before = doc[seq[0].i - 1] if seq[0].i > 0 else None
        after = doc[seq[-1].i + 1] if seq[-1].i + 1 < len(doc) else None
        honour = before is not None and _clean(before.text) in HONORIFIC_GENDER
        if (2 <= len(seq) <= 5 and ((after is not None and after.text == ",") or
                                    any(t.ent_type_ == "PERSON" for t in seq))) or (len(seq) <= 3 and honour):
            out |= {t.i for t in seq}
        k = j
    return out


def _name_words(run: list[Token]) -> tuple[str, ...]:
    """The words of a name as written, a name in capitals in title case, without a possessive ending; a
    hyphenated name ('Okafor-Dahl', split by the tokenizer) is one word."""
    words: list[str] = []
    glue = False
    for t in run:
        w = t.text.title() if t.text.isupper() and len(t.text) > 1 else t.text
        if glue and words:
            words[-1] += w
        else:
            words.append(w)
        glue = not t.whitespace_ and (t.text == "-" or t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")
    if words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    return tuple(words)


_PARTY_LABEL = re.compile(r"[A-Z]\.?-[A-Z][\w.]*")  # "D-N.Y.", "R-Wis.": a lone "J." is an initial


def _glued(tok: Token) -> str:
    """The characters from `tok` up to the next blank ('(D-N.Y.),'), read off the tokens: `doc.text` joins the
    whole document each time it is asked for, which made this test quadratic in the document's length."""
    doc = tok.doc
    out = []
    for i in range(tok.i, len(doc)):
        t = doc[i]
        word = re.match(r"\S*", t.text).group(0)
        out.append(word)
        if len(word) < len(t.text) or t.whitespace_:
            break
    return "".join(out)


def _person_run(run: list[Token]) -> bool:
    """Is this run a person's name (rather than the capitalised start of a sentence or an org's name)?
    The model's PERSON label, a title before it or a description after it, or two or more proper nouns
    with no organisation word among them (the model labels many Vietnamese and Filipino names ORG)."""
    if any(t.ent_type_ in ("LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE") for t in run):
        return False
    if any(t.ent_type_ == "GPE" for t in run) and (len(run) == 1 or any(_clean(t.text) in COUNTRIES for t in run)):
        return False
    if len(run) == 1 and _demonym(run[0]):
        return False  # "Lao Deputy Minister …", "Malaysian Foreign Minister …"
    if _PARTY_LABEL.fullmatch(_glued(run[0]).strip("(),;")):
        return False  # "Rep. Ann Cole (D-N.Y.)", "(R-Wis.)": a party and state label, no name
    if len(run) == 1 and len(run[0].text) == 1 and run[0].i > 0 and run[0].doc[run[0].i - 1].text == "(":
        return False  # "State Rep. Ann Cole (R)": a party's letter
    doc = run[0].doc
    nxt = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    prv = doc[run[0].i - 1] if run[0].i > 0 else None
    if nxt is not None and _clean(nxt.text) in PERSON_ROLES and nxt.text[:1].isupper() and prv is not None and \
            (prv.text in ("’s", "'s", "’") or prv.lower_ in ("the", "a", "an", "its", "their")):
        return False  # "Amnesty International’s Regional Research Director": words of a title
    if nxt is not None and _clean(nxt.text) in ORG_ONLY_HEADS and _is_cap(nxt) and \
            run[-1].whitespace_:
        return False  # "the Clinton Global Initiative": the start of a body's name, whatever the model's label
    if any(t.ent_type_ == "PERSON" for t in run) or all(t.text.isupper() for t in run):
        return True  # the model's label, or a name in capitals that _caps_names let through
    doc = run[0].doc
    before = run[0].i - 1
    if before >= 0 and doc[before].lemma_.lower() in ORG_INTRO:
        return False  # "the organisation Viet Tan", "the newspaper Nhan Dan": a body's name
    after = run[-1].i + 1
    if after < len(doc) and _is_cap(doc[after]) and _clean(doc[after].text) in ORG_WORDS:
        return False  # "Emergency Operations Centre": the start of an organisation's name
    if _pre_title(doc, run[0].i)[0] or _appos_title(doc, run[-1].i + 1)[0]:
        return True
    return len(run) >= 2 and all(t.pos_ == "PROPN" or t.text in PARTICLES or t.text == "-" or
                                 t.i > 0 and doc[t.i - 1].text == "-" for t in run)



def _demonym(tok: Token) -> bool:
    """A nationality word before a title ('Lao Deputy Minister'): the model at times calls it a PERSON."""
    low = _clean(tok.text)
    if low in DEMONYMS:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or _clean(nxt.text) not in TITLE_WORDS:
        return False
    return tok.ent_type_ == "NORP" or low.endswith(("ese", "ian", "ean"))


def _pre_title(doc: Doc, start: int) -> tuple[str | None, frozenset[str], str | None]:
    """The title words right before a name ('Deputy Minister of Foreign Affairs Nguyen Minh Lan'), as text,
    as a set of words, and the gender an honorific gives."""
    if start > 0 and doc[start - 1].lower_ in ("of", "for", "in", "to", "at", "on", "the", "and", "with", "by"):
        return None, frozenset(), None  # "High Commissioner for Refugees": the object of a preposition
    i = start - 1
    keep = {"of", "the", "for", "and", "in", "on", "to", "'s", "'", "-", "at"}
    while i >= 0 and i > start - 16:  # a title is a dozen words at most
        t = doc[i]
        low = _clean(t.text)
        if t.is_space or t.is_sent_start and not (low in TITLE_WORDS or _is_cap(t)):
            if t.is_sent_start and (low in TITLE_WORDS or _is_cap(t)):
                i -= 1
            break
        if low not in TITLE_WORDS and low not in PERSON_ROLES and (
                t.ent_type_ == "PERSON" or (_is_cap(t) and t.pos_ == "PROPN" and low not in ORG_WORDS and
                                            low not in PORTFOLIO_WORDS and
                                            not _is_acronym(t) and t.ent_type_ not in ("ORG", "GPE", "NORP", "LOC"))):
            break  # another person's name: their title is not this one's
        if low in TITLE_WORDS or low in PERSON_ROLES or low in ORG_WORDS or _is_cap(t) or low in keep or \
                t.ent_type_ in ("NORP", "GPE") \
                or (t.pos_ == "ADJ" and i + 1 < start and _clean(doc[i + 1].text) in TITLE_WORDS):
            if t.is_sent_start:
                i -= 1
                break
            i -= 1
            continue
        break
    j = i + 1
    while j < start and (_clean(doc[j].text) in keep or doc[j].is_punct):
        j += 1
    if j >= start:
        return None, frozenset(), None
    span = doc[j:start]
    words = [_clean(t.text) for t in span]
    if not any(w in TITLE_WORDS or w in PERSON_ROLES for w in words):
        return None, frozenset(), None
    gender = next((HONORIFIC_GENDER[w] for w in reversed(words) if w in HONORIFIC_GENDER), None)
    text = span.text.strip(" ,’'")
    return text or None, frozenset(w for w in words if w in TITLE_WORDS or w in PERSON_ROLES), gender


def _appos_title(doc: Doc, end: int) -> tuple[str | None, frozenset[str]]:
    """', the United Nations Resident Coordinator in Vietnam,' after a name."""
    if end >= len(doc) or doc[end].text not in (",", "--", "—", "–"):
        return None, frozenset()
    last = doc[end - 1]
    for c in last.children:
        if c.dep_ == "appos" and c.i > end:
            span = doc[c.left_edge.i: c.right_edge.i + 1]
            words = frozenset(_clean(t.text) for t in span)
            if words & TITLE_WORDS or c.lemma_.lower() in AGENT_NOUNS:
                text = span.text.strip(" ,—–-")
                if text.lower().startswith(("the ", "a ", "an ")):
                    text = text.split(" ", 1)[1]
                return text, frozenset(w for w in words if w in TITLE_WORDS or w in AGENT_NOUNS)
    return None, frozenset()


def _is_place(name: str) -> bool:
    words = tuple(_clean(w) for w in name.split())
    return bool(words) and (words in PLACE_PHRASES or len(words) == 1 and words[0] in COUNTRIES)


def _np_text(span: Span) -> str:
    """The name part of a noun phrase: no determiner, and nothing after a comma, a bracket or a dash."""
    doc = span.doc
    i = _det_skip(span)
    # a list of speakers ("Human Rights Watch, Amnesty International and other groups") keeps its commas
    conj_end = max((t.right_edge.i + 1 for t in span if t.dep_ == "conj" and span.start <= t.head.i < span.end
                    and t.head.dep_ != "conj" or t.dep_ == "conj" and t.head.dep_ == "conj"), default=i)
    j = i
    while j < span.end and (j < conj_end or doc[j].text not in (",", "(", "—", "–", "--", ";")) and \
            not (doc[j].is_space and "\n" in doc[j].text):
        j += 1
    return " ".join(doc[i:j].text.split()) if j > i else span.text


def _det_skip(span: Span) -> int:
    i = span.start
    while i < span.end and span.doc[i].lower_ in ("the", "a", "an"):
        i += 1
    return i


def _person_like(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON"


def _group_text(text: str) -> str:
    """'a number of Asean countries' → 'Asean countries'; 'the critics' → 'critics'."""
    t = " ".join(text.split()).strip(" ,")
    # "Two Western diplomats in Hanoi" → "Western diplomats": a count and a place are no part of who they are
    t = re.sub(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+(?=\S+\s)", "", t,
               flags=re.I)
    t = re.sub(r"^(\S+(?:\s+\S+)*?\s+(?:diplomats|officials|sources|activists|residents|experts|analysts|"
               r"observers|critics|lawyers|delegates|members))\s+(?:in|from|at|based in)\s+[A-Z][\w ]*$", r"\1", t)
    changed = True
    while changed:
        changed = False
        low = t.lower()
        for q in QUANTIFIERS:
            if low.startswith(q) and len(t) > len(q):
                t = t[len(q):]
                changed = True
                break
    return t


def _country_keys(country: str) -> tuple[frozenset[str], str]:
    """The words that name this country alone in a title, and its whole name as one word ('Viet Nam' →
    'vietnam', 'Republic of Ghana' → 'ghana'). 'South' in 'South Korea' is no key, nor is 'Korea':
    'North Korean' does not name South Korea."""
    words = [_clean(w) for w in country.split()]
    core = [w for w in words if w not in TITLE_FILLER and w not in STATE_WORDS]
    whole = "".join(core) or "".join(words)  # "United States": no word of its own
    keys = {whole, "".join(words)}
    if not any(w in COMPASS_WORDS for w in core):
        keys.update(core)
    return frozenset(keys), whole


def _forms(whole: str) -> set[str]:
    """The nationality words formed on a country's whole name ('nigeria' → 'nigerian', 'china' → 'chinese')."""
    bases = (whole, whole[:-1]) if whole[-1:] in "aeiouy" else (whole,)
    return {b + e for b in bases for e in NATIONALITY_ENDINGS}


# nationality word → the known countries whose name it is formed on ("nigerian" → {"nigeria"})
_NATIONALITY_OWNER: dict[str, set[str]] = {}
for _c in COUNTRIES:
    for _f in _forms(_c.replace("-", "")):
        _NATIONALITY_OWNER.setdefault(_f, set()).add(_c)
# the words that name some country ("us" is also a plain word)
_ANY_COUNTRY = frozenset(COUNTRIES | DEMONYMS | set(DEMONYM_COUNTRY) | set(_NATIONALITY_OWNER)) - {"us"}


def _nationality_of(word: str, whole: str) -> bool:
    """Is this word the nationality of the country with this whole name ('nigerian' of 'nigeria',
    'southsudanese' of 'southsudan')? 'Nigerian' is not Niger's: a known country whose name takes more of the
    word owns it; 'Dominican' is the Dominican Republic's (the table), not Dominica's."""
    if word in DEMONYM_COUNTRY:
        return DEMONYM_COUNTRY[word] == whole
    if word not in _forms(whole):
        return False
    return not any(len(c) > len(whole) for c in _NATIONALITY_OWNER.get(word, ()))


def _names_country(word: str, keys: frozenset[str], whole: str) -> bool:
    """Does this title word name this country, as its name or its nationality word?"""
    return word in keys or _nationality_of(word, whole)


def _title_words(title: str) -> tuple[list[str], list[str]]:
    """A title's words as written, and cleaned with each pair joined ('Viet Nam' → 'vietnam', 'South Korean'
    → 'southkorean'); what follows 'to' is the host country ('Ambassador to the U.S.')."""
    raw = re.findall(r"[\w.’'-]+", re.split(r"\bto\b", title)[0])
    words = [_clean(w) for w in raw]
    return raw, words + ["".join(p) for p in zip(words, words[1:])]


@functools.lru_cache(maxsize=4096)
def speaks_for(title: str, country: str) -> bool:
    """Does the holder of this title speak for this country? 'Vietnamese Vice Foreign Minister', 'head of the
    Viet Nam delegation' speak for Vietnam; so does a government's voice whose title names no country at all
    ('Foreign ministry spokesperson'); 'U.S. representative' and a bare 'Ambassador' do not."""
    raw, words = _title_words(title)
    keys, whole = _country_keys(country)
    if not whole or not words or _clean(country.split()[-1]) in COUNTRY_NOUNS:
        return False  # "Asean member states": a group of countries, whose reports are split out
    if not any(w in GOVERNMENT_ROLES for w in words):
        return False  # "a Vietnamese blogger" does not speak for Vietnam
    if any(_names_country(w, keys, whole) for w in words):
        return True
    if any(w in _ANY_COUNTRY for w in words):
        return False  # the title names another country
    # a capitalised word that is no role or portfolio may be a country the lists lack ("… of Monaco")
    if any(w[:1].isupper() and _clean(w) not in TITLE_WORDS | GOVERNMENT_ROLES | PORTFOLIO_WORDS | TITLE_FILLER
           for w in raw):
        return False
    return any(w in HOME_VOICE_ROLES for w in words)


@functools.lru_cache(maxsize=4096)
def names_country_in(title: str, country: str) -> bool:
    """Does a government title name this very country ('Minister of Foreign Affairs of the Republic of
    Ghana', 'Vietnamese Ambassador'), not merely name none?"""
    _, words = _title_words(title)
    keys, whole = _country_keys(country)
    return bool(whole) and any(w in GOVERNMENT_ROLES for w in words) and \
        any(_names_country(w, keys, whole) for w in words)


def names_other_country(title: str, country: str) -> bool:
    """Does this title name a country other than this one, given by its name or nationality word ('Lao Deputy
    Minister' and 'Vietnamese'; not 'Vietnamese Deputy Prime Minister', nor a title naming none)?"""
    _, words = _title_words(title)
    if not any(w in _ANY_COUNTRY for w in words):
        return False
    c = _clean(country)
    own = DEMONYM_COUNTRY.get(c) or min(_NATIONALITY_OWNER.get(c, ()), key=len, default=None) or c
    keys, whole = _country_keys(own)
    return not any(_names_country(w, keys, whole) for w in words)
