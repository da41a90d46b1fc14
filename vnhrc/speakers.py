"""Speakers: a mention ("She", "Villegas", "the spokesperson", "President of the UNHRC Federico Villegas",
"the group") → the canonical speaker, the fullest name the document gives, with its type and title.

No model beyond the parse: person names are runs of capitalised words read off the text (the small NER model
often tags "the UNHRC Federico Villegas" as an organisation or splits "Do Hung Viet"), with title words,
acronyms, place names and organisation words cutting them. A document-wide registry of the names, titles and
organisations it mentions resolves short forms: a surname or a Vietnamese family or given name to the
fullest name containing it ("Pham" → "Pham Binh Minh", "Nam" → "Duong Hoai Nam"), a role noun to the person
who holds that role ("the spokesperson"), "the Council" to the council named, an acronym to its long form,
and pronouns to the last compatible speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .claims import fold
from .lexicon.people import AGENT_NOUNS
from .statements.attribution import Attribution

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

# words of titles and roles: they stand before or after a name, never inside it
TITLE_WORDS = frozenset({
    "president", "vice", "vice-president", "ambassador", "minister", "deputy", "assistant", "prime", "foreign",
    "spokesperson", "spokesman", "spokeswoman", "director", "general", "director-general", "secretary",
    "secretary-general", "under-secretary-general", "head", "chairman", "chairwoman", "chair", "chairperson",
    "chief", "commissioner", "high", "coordinator", "resident", "representative", "permanent", "special",
    "rapporteur", "envoy", "dr", "mr", "mrs", "ms", "miss", "madam", "madame", "sir", "dame", "lord", "prof",
    "professor", "lawyer", "journalist", "activist", "official", "officer", "member", "leader", "senior",
    "executive", "former", "acting", "lieutenant", "colonel", "lt", "gen", "captain", "judge", "justice",
    "senator", "sen", "rep", "congressman", "congresswoman", "governor", "mayor", "premier", "chancellor",
    "king", "queen", "prince", "princess", "sheikh", "excellency", "mp", "undersecretary", "counsellor",
    "counselor", "consul", "consul-general", "attaché", "delegate", "daw", "ambassador-at-large", "politburo",
    "standing", "party", "state", "newly-appointed", "outgoing", "incoming", "interim", "first", "second",
    "third", "alternate", "ministers", "ambassadors", "presidents", "advisor", "adviser",
    "analyst", "researcher", "expert", "founder", "co-founder", "ceo", "editor", "reporter", "correspondent",
    "economist", "scholar", "bishop", "reverend", "rev", "father", "venerable", "most", "his", "her",
    "comrade", "mister", "spokespeople", "officials", "leaders", "heads", "members", "dean", "rector", "principal",
    "secretary-general’s",
    "eminence", "holiness", "majesty", "highness", "chargé", "d’affaires",
    "d'affaires", "pm", "fm",
    # honorifics of the region that stand before a name ("Datuk Seri Haziq", "U Kyaw", "Khun Somchai")
    "datuk", "dato", "dato'", "datin", "seri", "tun", "tunku", "tengku", "toh", "puan", "encik", "haji", "hajjah",
    "khun", "pak", "bapak", "ibu", "h.e", "honourable", "honorable", "hon", "assoc", "associate", "u",
})
# nouns for a person by role: "the diplomat", "the spokesman", "the top legislator"
PERSON_ROLES = frozenset({
    "minister", "ambassador", "president", "spokesperson", "spokesman", "spokeswoman", "official", "diplomat",
    "envoy", "leader", "head", "chief", "chair", "chairman", "chairwoman", "chairperson", "director",
    "secretary", "secretary-general", "director-general", "commissioner", "coordinator", "rapporteur",
    "expert", "lawyer", "activist", "advocate", "legislator", "lawmaker", "senator", "governor", "mayor",
    "premier", "chancellor", "deputy", "representative", "delegate", "officer", "general", "professor",
    "analyst", "researcher", "journalist", "reporter", "judge", "prosecutor", "negotiator", "economist",
    "scholar", "politician", "dissident", "blogger", "monk", "priest", "bishop", "campaigner", "defender",
    "founder", "co-founder", "ceo", "adviser", "advisor", "counsellor", "counselor", "consul", "host", "guest",
    "vice-president", "vice-chairman", "prime", "king", "queen", "prince", "pope", "writer", "author",
    "editor", "correspondent", "interviewee", "veteran", "ambassador-at-large", "statesman", "colonel",
    "lieutenant", "major", "captain", "commander", "admiral", "sergeant", "police", "investigator",
})
# roles that cover many others: an ambassador is a diplomat, a minister an official and a leader
_GENERIC_ROLES = {"diplomat", "official", "leader", "legislator", "lawmaker", "chief", "head", "expert",
                  "politician", "statesman", "host", "guest", "envoy", "representative", "delegate", "veteran"}
_ABBREVIATED = {"pm": {"prime", "minister"}, "fm": {"foreign", "minister"}, "dpm": {"deputy", "prime", "minister"},
                "na": {"national", "assembly"}}
_HONORIFIC_GENDER = {"mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
                     "ms": "f", "mrs": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f", "queen": "f",
                     "princess": "f", "daw": "f", "chairwoman": "f", "congresswoman": "f", "spokeswoman": "f",
                     "chairman": "m", "congressman": "m", "spokesman": "m"}
# words that make a capitalised run an organisation, an event or a text, not a person
ORG_WORDS = frozenset({
    "council", "ministry", "mission", "office", "department", "committee", "commission", "nations", "united",
    "union", "organization", "organisation", "association", "society", "agency", "assembly", "group", "watch",
    "amnesty", "international", "bank", "fund", "foundation", "institute", "university", "government",
    "national", "rights", "affairs", "law", "court", "service", "news", "times", "radio", "television", "forum",
    "centre", "center", "program", "programme", "network", "alliance", "federation", "coalition", "company",
    "corporation", "inc", "ltd", "school", "academy", "embassy", "consulate", "parliament", "congress",
    "senate", "army", "police", "summit", "conference", "session", "convention", "charter", "declaration",
    "resolution", "treaty", "review", "secretariat", "bureau", "board", "authority", "administration",
    "republic", "kingdom", "community", "ministries", "front", "federal", "central", "security", "human",
    "development", "world", "trade", "health", "forces", "navy", "tribune", "herald", "journal", "daily",
    "magazine", "initiative", "project", "communist", "democratic", "socialist", "party", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
    "july", "august", "september", "october", "november", "december", "covid-19", "covid", "asean", "province",
    "district", "city", "consensus", "agreement", "framework", "goals", "vision", "strategy", "report",
    "reports", "country", "index", "survey", "study", "organizations", "organisations", "associations",
})
_ORG_INTRO = {"organisation", "organization", "group", "party", "movement", "company", "newspaper", "agency",
              "website", "network", "coalition", "ngo", "association", "outlet", "daily", "magazine", "firm",
              "station", "broadcaster", "channel", "portal", "foundation", "institute", "union", "bank", "club"}
_HEADLINE_NOUNS = {"letter", "report", "statement", "study", "survey", "document", "memo", "resolution",
                   "declaration", "petition", "communique", "official", "minister", "expert", "envoy", "group"}
_KIN_GENDER = {"wife": "f", "mother": "f", "daughter": "f", "sister": "f", "woman": "f", "girl": "f",
               "grandmother": "f", "aunt": "f", "niece": "f", "widow": "f", "husband": "m", "father": "m",
               "son": "m", "brother": "m", "man": "m", "boy": "m", "grandfather": "m", "uncle": "m",
               "nephew": "m", "widower": "m"}
_PEOPLE = {"person", "resident", "witness", "victim", "student", "worker", "farmer", "citizen", "friend",
           "colleague", "relative", "neighbour", "neighbor", "villager", "source", "user", "member", "speaker"}
# texts that speak for their authors
_AUTHORED = {"statement", "report", "communique", "communiqué", "letter", "release", "declaration"}
# agents English names without an article: "Police said", unlike "Wife says" (headline style)
_MASS_AGENTS = {"police", "media", "press", "military", "staff", "congress", "parliament", "government"}
_COUNTRY_NOUNS = {"country", "countries", "government", "governments", "nation", "nations", "state", "states",
                  "side", "sides"}
_GENERIC_ORG = {"group", "organisation", "organization", "body", "agency", "watchdog", "ngo", "institution",
                "association", "network", "coalition"}
# places that commonly stand right before a name ("Resident Coordinator in Vietnam Pauline Tamesis")
COUNTRIES = frozenset({
    "vietnam", "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "brazil", "brunei", "bulgaria",
    "burma", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "cuba", "cyprus", "czechia",
    "denmark", "egypt", "eritrea", "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece",
    "hungary", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan",
    "kazakhstan", "kenya", "korea", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "libya", "lithuania",
    "malaysia", "maldives", "mexico", "mongolia", "morocco", "myanmar", "nepal", "netherlands", "nigeria",
    "norway", "pakistan", "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal",
    "qatar", "romania", "russia", "rwanda", "singapore", "slovakia", "slovenia", "somalia", "spain",
    "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia",
    "turkey", "türkiye", "uganda", "ukraine", "uruguay", "uzbekistan", "venezuela", "yemen", "zambia",
    "zimbabwe", "us", "u.s.", "usa", "uk", "britain", "england", "europe", "asia", "africa", "america",
    "geneva", "hanoi", "washington", "beijing", "bangkok", "jakarta", "manila", "tokyo",
    "london", "paris", "moscow", "seoul", "gaza", "asia-pacific", "timor-leste",
})
_PARTICLES = {"de", "da", "van", "von", "der", "den", "del", "di", "du", "bin", "binti", "al", "el", "la", "dos",
              "das", "ter", "ibn", "y", "le"}
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
_QUANTIFIERS = ("a number of ", "a group of ", "a few ", "some of the ", "some ", "many ", "several ",
                "most ", "all ", "the ", "a ", "an ", "other ", "both ")


def _ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, made once per Doc: spaCy rebuilds every entity Span on each access."""
    ents = doc.user_data.get("vnhrc.ents")
    if ents is None:
        ents = doc.user_data["vnhrc.ents"] = tuple(doc.ents)
    return ents


def _clean(word: str) -> str:
    """A word as the lexicons hold it: lower case, no diacritics, no final full stop ('Việt' → 'viet')."""
    return fold(word).rstrip(".").replace("’", "'")


# the lexicons as _clean gives words ("attaché" → "attache", "d’affaires" → "d'affaires")
TITLE_WORDS = frozenset(_clean(w) for w in TITLE_WORDS)
PERSON_ROLES = frozenset(_clean(w) for w in PERSON_ROLES)
ORG_WORDS = frozenset(_clean(w) for w in ORG_WORDS)
COUNTRIES = frozenset(_clean(w) for w in COUNTRIES)


@dataclass
class _Person:
    pos: int  # character offset of this mention
    words: tuple[str, ...]  # as written
    key: frozenset[str]  # folded words
    title: str | None = None
    title_words: frozenset[str] = frozenset()
    gender: str | None = None
    subject: bool = False  # stands as the subject of a clause (salient for pronouns)
    chrome: bool = False  # in a caption or page chrome: a name to complete others, never a pronoun's referent

    @property
    def name(self) -> str:
        return " ".join(self.words)


@dataclass
class _Org:
    pos: int
    text: str
    key: frozenset[str]
    country: bool = False


@dataclass
class _Resolved:
    name: str
    type: str
    title: str | None = None
    gender: str | None = None
    plural: bool = False


@dataclass
class _Registry:
    persons: list[_Person] = field(default_factory=list)
    orgs: list[_Org] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)
    genders: dict[frozenset[str], str] = field(default_factory=dict)
    org_keys: set[frozenset[str]] = field(default_factory=set)  # names the text calls an organisation


# --- reading names off the tokens -----------------------------------------------------------------


_FUNCTION = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "it",
    "he", "she", "they", "we", "i", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but",
    "as", "if", "when", "while", "after", "before", "since", "according", "also", "however", "meanwhile", "yet",
    "so", "then", "there", "here", "what", "why", "how", "who", "which", "where", "speaking", "asked", "during",
    "despite", "under", "over", "both", "all", "some", "many", "most", "other", "another", "each", "every",
    "such", "not", "no", "thanks", "thank", "dear", "yes", "please", "last", "next", "today", "yesterday",
})


def _is_cap(tok: Token) -> bool:
    w = tok.text
    if not (w and w[0].isupper() and any(ch.isalpha() for ch in w) and not tok.is_punct):
        return False
    if w.lower() in _FUNCTION:
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


# places of several words ("Viet Nam" is the country; "Do Hung Viet" and "Duong Hoai Nam" are people)
_PLACE_PHRASES = frozenset({
    ("viet", "nam"), ("united", "states"), ("united", "kingdom"), ("new", "york"), ("new", "zealand"),
    ("new", "delhi"), ("south", "africa"), ("south", "korea"), ("north", "korea"), ("hong", "kong"),
    ("sri", "lanka"), ("saudi", "arabia"), ("costa", "rica"), ("el", "salvador"), ("south", "sudan"),
    ("czech", "republic"), ("ho", "chi", "minh", "city"), ("da", "nang"), ("hai", "phong"), ("can", "tho"),
    ("phnom", "penh"), ("kuala", "lumpur"), ("buenos", "aires"), ("san", "francisco"), ("los", "angeles"),
    ("south", "china", "sea"), ("east", "sea"), ("mekong", "delta"), ("timor", "leste"), ("puerto", "rico"),
})
_PLACE_FIRST = {p[0] for p in _PLACE_PHRASES}


def _in_place_phrase(tok: Token) -> bool:
    doc = tok.doc
    for k in range(4):  # the phrase may start up to three words before this one
        start = tok.i - k
        if start < 0:
            break
        if _clean(doc[start].text) not in _PLACE_FIRST:
            continue
        for phrase in _PLACE_PHRASES:
            if k < len(phrase) and start + len(phrase) <= len(doc) and \
                    all(_clean(doc[start + j].text) == w for j, w in enumerate(phrase)):
                return True
    return False


def _breaks_name(tok: Token, reg: _Registry) -> bool:
    low = _clean(tok.text)
    if _in_place_phrase(tok):
        return True
    if low in ORG_WORDS and low not in TITLE_WORDS:
        # a surname can be a common word ("Peter Hall"): the model's PERSON label inside a name wins
        return not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I")
    return (low in TITLE_WORDS or _is_acronym(tok) or low in reg.places
            or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP") or tok.like_num)


def _runs(tokens: list[Token], reg: _Registry) -> list[list[Token]]:
    """Runs of capitalised words that could be a name, in order; lowercase particles ('de', 'van') may sit
    inside a run; titles, acronyms, places and organisation words end one."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    n = len(tokens)
    caps = _caps_names(tokens)
    for k, t in enumerate(tokens):
        if t.i in caps or (_is_cap(t) and not _breaks_name(t, reg) and "’" not in t.text[1:] and
                           "'" not in t.text[1:]):
            cur.append(t)
            continue
        if cur and t.text in _PARTICLES and k + 1 < n and _is_cap(tokens[k + 1]) and \
                not _breaks_name(tokens[k + 1], reg):
            cur.append(t)
            continue
        if cur and t.text == "-" and not t.whitespace_ and not cur[-1].whitespace_ and k + 1 < n and \
                _is_cap(tokens[k + 1]) and not _breaks_name(tokens[k + 1], reg):
            cur.append(t)  # "Okafor-Dahl"
            continue
        if cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [_name_part(r) for r in runs]


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
        low not in TITLE_WORDS and low not in COUNTRIES and low not in _FUNCTION


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
        honour = before is not None and _clean(before.text) in _HONORIFIC_GENDER
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
    doc = run[0].doc
    nxt = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    prv = doc[run[0].i - 1] if run[0].i > 0 else None
    if nxt is not None and _clean(nxt.text) in PERSON_ROLES and nxt.text[:1].isupper() and prv is not None and \
            (prv.text in ("’s", "'s", "’") or prv.lower_ in ("the", "a", "an", "its", "their")):
        return False  # "Amnesty International’s Regional Research Director": words of a title
    if any(t.ent_type_ == "PERSON" for t in run) or all(t.text.isupper() for t in run):
        return True  # the model's label, or a name in capitals that _caps_names let through
    doc = run[0].doc
    before = run[0].i - 1
    if before >= 0 and doc[before].lemma_.lower() in _ORG_INTRO:
        return False  # "the organisation Viet Tan", "the newspaper Nhan Dan": a body's name
    after = run[-1].i + 1
    if after < len(doc) and _is_cap(doc[after]) and _clean(doc[after].text) in ORG_WORDS:
        return False  # "Emergency Operations Centre": the start of an organisation's name
    if _pre_title(doc, run[0].i)[0] or _appos_title(doc, run[-1].i + 1)[0]:
        return True
    return len(run) >= 2 and all(t.pos_ == "PROPN" or t.text in _PARTICLES or t.text == "-" for t in run)


_DEMONYMS = {"lao", "thai", "khmer", "filipino", "dutch", "french", "british", "swiss", "irish", "danish",
             "swedish", "polish", "finnish", "spanish", "turkish", "kuwaiti", "qatari", "emirati", "saudi", "pakistani",
             "bangladeshi", "israeli", "iraqi", "nepali", "yemeni", "greek", "czech", "slovak", "kazakh", "uzbek"}


def _demonym(tok: Token) -> bool:
    """A nationality word before a title ('Lao Deputy Minister'): the model at times calls it a PERSON."""
    low = _clean(tok.text)
    if low in _DEMONYMS:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or _clean(nxt.text) not in TITLE_WORDS:
        return False
    return tok.ent_type_ == "NORP" or low.endswith(("ese", "ian", "ean"))


def _pre_title(doc: Doc, start: int) -> tuple[str | None, frozenset[str], str | None]:
    """The title words right before a name ('Deputy Minister of Foreign Affairs Nguyen Minh Hang'), as text,
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
    gender = next((_HONORIFIC_GENDER[w] for w in reversed(words) if w in _HONORIFIC_GENDER), None)
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


def _build_registry(doc: Doc, skip: list[tuple[int, int]]) -> _Registry:
    reg = _Registry()
    for e in _ents(doc):
        # a one-word place, unless it ends a run of capitalised words ("Phạm Minh Chính" tagged GPE)
        if e.label_ in ("GPE", "LOC") and len(e) == 1 and not (e.start > 0 and _is_cap(doc[e.start - 1])):
            reg.places.add(_clean(e.text))
    reg.places |= COUNTRIES
    reg.places -= _person_words(doc)
    blocked = _Blocked(skip)
    singles: list[list[Token]] = []
    # over the whole text, not sentence by sentence: the parser sometimes cuts a name off its first word
    for run in _runs(list(doc), reg):
        if run[0].i > 0 and doc[run[0].i - 1].lemma_.lower() in _ORG_INTRO:
            reg.org_keys.add(frozenset(fold(w) for w in _name_words(run)))
        elif _person_run(run):
            _add_person(doc, reg, run, blocked)
        elif len(run) == 1 and run[0].pos_ == "PROPN":
            singles.append(run)
    if reg.org_keys:  # "the organisation Viet Tan" once makes every "Viet Tan" an organisation
        reg.persons = [p for p in reg.persons if p.key not in reg.org_keys]
    # a lone word that is part of a full name given elsewhere ("Tamesis began her term …")
    known = set().union(*(p.key for p in reg.persons)) if reg.persons else set()
    for run in singles:
        if fold(run[0].text) in known and run[0].ent_type_ not in ("GPE", "NORP"):
            _add_person(doc, reg, run, blocked)
    reg.persons.sort(key=lambda p: p.pos)
    for e in _ents(doc):
        if e.label_ in ("ORG", "GPE", "NORP"):
            text = _org_text(e.text)
            if text:
                reg.orgs.append(_Org(e.start_char, text, frozenset(fold(w) for w in re.findall(r"\w+", text)),
                                     country=e.label_ != "ORG"))
    text = doc.text  # built afresh on every access: read it once
    for m in re.finditer(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)", text):
        long = _long_form(text[max(0, m.start() - 160): m.start()], m.group(1))
        if long:
            reg.acronyms.setdefault(m.group(1), long)
    return reg


def _add_person(doc: Doc, reg: _Registry, run: list[Token], blocked: _Blocked) -> None:
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
                               _clean(t.text) in PERSON_ROLES or _clean(t.text) in _KIN_GENDER}
            kin = next((_KIN_GENDER[_clean(t.text)] for t in before if _clean(t.text) in _KIN_GENDER), None)
            gender = gender or kin
    atitle, awords = _appos_title(doc, run[-1].i + 1)
    words = _name_words(run)
    key = frozenset(fold(w) for w in words)
    subj = _stands_as_subject(run)
    reg.persons.append(_Person(run[0].idx, words, key, title or atitle, twords | awords, gender, subj,
                               chrome=blocked.inside(run[0].idx)))
    if gender:
        reg.genders.setdefault(key, gender)


def _role_phrase_before(doc: Doc, comma: int) -> Span | None:
    """The noun phrase ending right before `comma` when a role noun heads it ('the ministry's spokesman')."""
    t = doc[comma - 1]
    for _ in range(8):  # up the phrase (through "of", "on", "in" attachments) to a role noun
        if _clean(t.text) in PERSON_ROLES or t.lemma_.lower() in PERSON_ROLES or _clean(t.text) in _KIN_GENDER or (
                _clean(t.text) in TITLE_WORDS and _clean(t.text) not in _HONORIFIC_GENDER):
            left = t.left_edge.i
            return doc[left:comma] if comma - left <= 16 else None
        h = t.head
        if h.i == t.i or h.i >= comma or h.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        t = h
    return None


def _stands_as_subject(run: list[Token]) -> bool:
    """The name is (in) the subject of its clause: its own dependency, up through a title it is attached to,
    or a finite verb right after it ('… Nada Al Nashif delivered the report')."""
    for t in run:
        h = t
        for _ in range(4):
            if h.dep_ in ("nsubj", "nsubjpass"):
                return True
            if h.dep_ not in ("compound", "appos", "flat", "pobj", "prep", "poss") or h.head.i == h.i:
                break
            if h.dep_ == "poss":
                break
            h = h.head
    doc = run[0].doc
    nxt = run[-1].i + 1
    return nxt < len(doc) and doc[nxt].tag_ in ("VBD", "VBZ", "VBP") and doc[nxt].pos_ == "VERB"


class _Blocked:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


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
            return " ".join(cand)
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
        hit = j < len(target) and w[0].upper() == target[j]
        if w[0].islower():  # a small word may give its initial or not
            return (hit and go(i + 1, j + 1)) or go(i + 1, j)
        return hit and go(i + 1, j + 1)

    return go(0, 0)


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
    return text.strip(" ,.")


# --- resolving a mention --------------------------------------------------------------------------


class _Resolver:
    def __init__(self, doc: Doc, found: list[Attribution], skip: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.reg = _build_registry(doc, skip)
        self.person_pos = [p.pos for p in self.reg.persons]
        self.org_pos = [o.pos for o in self.reg.orgs]
        self.by_word: dict[str, list[_Person]] = {}
        self.by_title: dict[str, list[_Person]] = {}
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
            full = self.fullest(p.key, p.pos) or p
            full_of[id(p)] = full.key
            held[full.key] = held.get(full.key, frozenset()) | p.title_words
        self.role_words: dict[int, frozenset[str]] = {}
        for p in self.reg.persons:
            words = held.get(full_of[id(p)], p.title_words)
            self.role_words[id(p)] = words
            for w in words:
                self.by_title.setdefault(w, []).append(p)
        self.org_by_last: dict[str, list[_Org]] = {}
        for o in self.reg.orgs:
            self.org_by_last.setdefault(fold(o.text.split()[-1]), []).append(o)
        # contents of statements: people named inside what someone said are not who "he" is next
        spans = sorted((a.content_start, a.content_end) for a in found if not a.answer)
        self.content_starts = [s for s, _ in spans]
        self.content_spans = spans
        self.history: list[tuple[int, _Resolved]] = []  # resolved speakers in text order (mention position)
        self._interviewee: _Resolved | None | bool = None
        self._written: dict[str, str | None] = {}  # "Council" → "Human Rights Council"
        self._spelled: dict[str, str | None] = {}  # "EU" → "European Union"

    def in_content(self, pos: int) -> bool:
        i = bisect.bisect_right(self.content_starts, pos) - 1
        while i >= 0 and i >= len(self.content_spans) - 10_000:
            s, e = self.content_spans[i]
            if s <= pos < e:
                return True
            if e < pos and i > 0 and self.content_spans[i - 1][1] < pos:
                break
            i -= 1
        return False

    def fullest(self, key: frozenset[str], pos: int) -> _Person | None:
        """The person whose name holds all these words, with the most words; the nearest one on a tie."""
        best = None
        best_rank = None
        if not key:
            return None
        # only the people sharing the rarest of these words (an index, so the cost stays linear)
        pool = min((self.by_word.get(w, []) for w in key), key=len)
        word = next(iter(key)) if len(key) == 1 else None
        for p in pool:
            if key <= p.key:
                dist = pos - p.pos if p.pos <= pos else 10_000_000 + p.pos - pos
                # one word stands for a family name (first) or a given name or surname (last) rather than a
                # middle one; still, a longer name holding it beats the bare word ("Haziq" of "Mohamad Haziq
                # Ismail", as Malay names are shortened)
                edge = word is None or word in (fold(p.words[0]), fold(p.words[-1]))
                rank = (len(p.key) <= len(key), not edge, -len(p.key), dist)
                if best_rank is None or rank < best_rank:
                    best, best_rank = p, rank
        return best

    def canonical(self, p: _Person, pos: int) -> _Resolved:
        full = self.fullest(p.key, pos) or p
        title = p.title or self.title_of(full.key)
        return _Resolved(full.name, "person", title, self.reg.genders.get(full.key) or p.gender)

    def title_of(self, key: frozenset[str]) -> str | None:
        return self.titles.get(key)

    def resolve(self, att: Attribution) -> _Resolved | None:
        doc = self.doc
        if att.mention_start is None:
            return self.interviewee(att.start) if att.answer else None
        span = doc.char_span(att.mention_start, att.mention_end, alignment_mode="expand")
        if span is None:
            return None
        head = doc[att.mention_head] if att.mention_head is not None else span.root
        pos = att.mention_start
        low = head.lower_
        if head.pos_ == "PRON" or low in ("he", "she", "they", "it", "i", "we", "others", "him", "her", "them"):
            if len(span) <= 2:
                return self.pronoun(head, pos)
        r = self.person_in(span, pos, head)
        if r is not None:
            return r
        r = self.role(span, head, pos)
        if r is not None:
            return r
        return self.body(span, head, pos)

    def person_in(self, span: Span, pos: int, head: Token | None = None) -> _Resolved | None:
        toks = list(span)
        # "the wife of imprisoned blogger Le Van Quyet": the name after the kin word is not who speaks
        kin_of = head is not None and head.pos_ == "NOUN" and _clean(head.text) in _KIN_GENDER
        for run in _runs(toks, self.reg):
            if run[-1].dep_ == "poss" or (run[-1].i + 1 < len(self.doc) and
                                          self.doc[run[-1].i + 1].text in ("’s", "'s", "’")):
                continue  # "Türk's office", "Pham's lawyer": the possessor is not who speaks
            if kin_of and run[0].i > head.i and any(t.lower_ == "of" for t in self.doc[head.i + 1: run[0].i]):
                continue
            if head is not None and run[-1].dep_ == "pobj" and run[0].i > head.i and _clean(head.text) in ORG_WORDS:
                continue  # "the Working Group on Arbitrary Detention": the body's name, no one in it
            words = _name_words(run)
            key = frozenset(fold(w) for w in words)
            if key in self.reg.org_keys:
                continue
            known = self.fullest(key, pos)
            if known is None and not _person_run(run):
                if not (len(toks) == len(run) and all(t.pos_ == "PROPN" for t in run) and
                        not any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in run)) or \
                        len(run) == 1 and (_clean(run[0].text) in AGENT_NOUNS or run[0].lemma_.lower() in AGENT_NOUNS):
                    continue  # "Letter says …": a capitalised common noun is no name
            if any(_clean(t.text) in COUNTRIES for t in run) and known is None:
                continue
            if known is None:
                known = _Person(pos, words, key)
            title, _, gender = _pre_title(self.doc, run[0].i)
            atitle, _ = _appos_title(self.doc, run[-1].i + 1)
            res = self.canonical(known, pos)
            weak = title is None or len(title.split()) == 1 and (_clean(title) in _HONORIFIC_GENDER or _clean(
                title) in _ABBREVIATED or _clean(title) in ("dr", "prof", "pm", "fm", "dpm"))
            here = atitle if weak else title
            if here and not (res.title and weak and not atitle):
                res.title = here
            elif not res.title and title:
                res.title = title
            res.gender = res.gender or gender
            return res
        return None

    def role(self, span: Span, head: Token, pos: int) -> _Resolved | None:
        """'the spokesperson', 'the High Commissioner', 'the country's foreign minister' → who holds it; an
        unnamed role ('a ministry spokesman') stays as written, and 'the diplomat' is the person in focus."""
        hl = _clean(head.text)
        lem = head.lemma_.lower()
        if hl in _KIN_GENDER and head.tag_ == "NN":
            # "his wife told RFA" … "His wife, Le Thi Ngoc Anh, said": the one the text names so
            named = [p for p in self.by_title.get(hl, []) if p.pos != span.start_char]
            if named:
                best = min(named, key=lambda p: pos - p.pos if p.pos <= pos else 10_000_000 + p.pos - pos)
                return self.canonical(best, pos)
            # "The wife of blogger X says …" … "Nguyen Thi Thu Hien told RFA": the next one the story names as
            # speaking, if not the relative named here
            inside = {w for t in span if t.i > head.i for w in [fold(t.text)]}
            i = bisect.bisect_right(self.person_pos, span.end_char)
            while i < len(self.reg.persons) and self.reg.persons[i].pos - pos < 1500:
                p = self.reg.persons[i]
                g = self.reg.genders.get(p.key) or p.gender
                if p.subject and not p.chrome and not (p.key & inside) and g in (None, _KIN_GENDER[hl]):
                    return self.canonical(p, pos)
                i += 1
            return None
        if hl not in PERSON_ROLES and lem not in PERSON_ROLES and (hl not in TITLE_WORDS or hl in _HONORIFIC_GENDER
                                                                   or hl in ("his", "her", "most", "high")):
            return None
        if head.tag_ in ("NNS", "NNPS") and hl not in _ABBREVIATED:
            return None
        words = set()
        for t in span:
            w = _clean(t.text)
            if t.i <= head.i and (w in TITLE_WORDS or w in PERSON_ROLES):
                words |= _ABBREVIATED.get(w, {w})
        words -= {"the", "former", "newly-appointed", "outgoing", "incoming", "mr", "ms", "mrs", "dr", "top",
                  "senior", "his", "her"}
        written = _group_text(_np_text(span))
        best = None
        if words:
            for p in self.by_title.get(min(words, key=lambda w: len(self.by_title.get(w, []))), []):
                if not words <= self.role_words[id(p)] or p.pos == span.start_char:
                    continue
                dist = pos - p.pos if p.pos <= pos else 10_000_000 + p.pos - pos
                if best is None or dist < best[0]:
                    best = (dist, p)
        if best is not None:
            return self.canonical(best[1], pos)
        # an unnamed speaker met before under this role ("A ministry spokesman … the spokesman said")
        for p, r in reversed(self.history):
            if p < pos and r.type == "person" and hl in fold(r.name).split():
                return dataclasses.replace(r)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "one")
                       for c in head.children)
        if not definite:
            return _Resolved(written, "person")
        # the person in focus: the last one named, if the role fits them (never someone further back)
        r = self.last_person(pos, _HONORIFIC_GENDER.get(hl), within=3000)  # "the spokeswoman": a woman
        if r is not None and not self.fits(r.name, hl):
            return _Resolved(written, "person")
        r = r or self.next_person(pos, within=1500, role=hl)
        return r or _Resolved(written, "person")

    def interviewee(self, pos: int) -> _Resolved | None:
        """An answer whose interviewee the lead names without a reporting verb ('Ms X, UNICEF Representative,
        talks to …'): the first person the running text names, a subject first."""
        if self._interviewee is None:
            before = [p for p in self.reg.persons if p.pos < pos and not p.chrome]
            pick = next((p for p in before if p.subject), before[0] if before else None)
            self._interviewee = self.canonical(pick, pick.pos) if pick is not None else False
        return dataclasses.replace(self._interviewee) if self._interviewee else None

    def fits(self, key_or_name: frozenset[str] | str, role: str | None) -> bool:
        """Could a person with these known titles be called by this role? Not when they hold another role."""
        if role is None or role in _GENERIC_ROLES:
            return True
        key = key_or_name if isinstance(key_or_name, frozenset) else frozenset(
            fold(w) for w in key_or_name.split())
        titles: set[str] = set()
        for p in self.by_word.get(next(iter(key)), []) if key else []:
            if p.key == key or key <= p.key:
                titles |= p.title_words
        roles = {w for w in titles if w in PERSON_ROLES}
        return not roles or role in roles or role in titles

    def last_person(self, pos: int, gender: str | None, within: int = 5000,
                    role: str | None = None) -> _Resolved | None:
        """The last speaker or person standing as a subject before `pos`, outside what was reported."""
        cand_hist = next(((p, r) for p, r in reversed(self.history) if r.type == "person" and p < pos and
                          pos - p < within and (gender is None or r.gender in (None, gender)) and
                          self.fits(r.name, role)), None)
        i = bisect.bisect_left(self.person_pos, pos) - 1
        cand_subj = None
        while i >= 0 and pos - self.reg.persons[i].pos < within:
            p = self.reg.persons[i]
            g = self.reg.genders.get(p.key) or p.gender
            if p.subject and not p.chrome and not self.in_content(p.pos) and (gender is None or g in (None, gender)) \
                    and self.fits(p.key, role):
                cand_subj = p
                break
            i -= 1
        if cand_subj is not None and (cand_hist is None or cand_subj.pos > cand_hist[0]):
            res = self.canonical(cand_subj, pos)
            if gender is None or res.gender in (None, gender):
                return res
        if cand_hist is not None:
            return dataclasses.replace(cand_hist[1])
        return None

    def next_person(self, pos: int, within: int, role: str | None = None) -> _Resolved | None:
        """'The UN human rights chief on Tuesday urged …' in a lead: the person the story names next."""
        i = bisect.bisect_right(self.person_pos, pos)
        while i < len(self.reg.persons) and self.reg.persons[i].pos - pos < within:
            p = self.reg.persons[i]
            if not p.chrome and (p.subject or len(p.key) >= 2) and self.fits(p.key, role):
                return self.canonical(p, pos)
            i += 1
        return None

    def pronoun(self, tok: Token, pos: int) -> _Resolved | None:
        low = tok.lower_
        if low in _PRONOUNS:
            r = self.last_person(pos, _PRONOUNS[low])
            if r is not None:
                return r
            i = bisect.bisect_left(self.person_pos, pos) - 1
            while i >= 0 and self.reg.persons[i].chrome:
                i -= 1
            if i >= 0:
                return self.canonical(self.reg.persons[i], pos)
            return None
        if low in ("they", "them"):
            for p, r in reversed(self.history):
                if p < pos and r.plural:
                    return dataclasses.replace(r)
            return self.plural_subject(tok, pos)
        if low == "it":
            for p, r in reversed(self.history):
                if p < pos and r.type in ("org", "country") and not r.plural:
                    return dataclasses.replace(r)
            return self.last_body(pos, tok)
        if low == "others":
            return self.plural_subject(tok, pos)
        return None

    def plural_subject(self, tok: Token, pos: int) -> _Resolved | None:
        """'others argue' / 'they said': the plural subject before, in this sentence or the one before."""
        sent = tok.sent
        doc = self.doc
        start = sent.start
        prev = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(tok.i - 1, prev - 1, -1):
            t = doc[i]
            if t.i < start and self.in_content(t.idx):
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and t.lower_ != "others" and \
                    (t.lemma_.lower() in AGENT_NOUNS or t.ent_type_ in ("ORG", "NORP", "GPE")):
                text = t.text if tok.lower_ == "others" else _group_text(doc[t.left_edge.i: t.i + 1].text)
                return _Resolved(text, "country" if t.lemma_.lower() in _COUNTRY_NOUNS else "org", plural=True)
        return None

    def last_body(self, pos: int, tok: Token) -> _Resolved | None:
        """'It also requested …': the organisation or country last standing as a subject."""
        doc = self.doc
        sent = tok.sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else 0
        lo = doc[lo - 1].sent.start if lo > 0 else lo
        for i in range(tok.i - 1, lo - 1, -1):
            t = doc[i]
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN") and t.tag_ not in ("NNS",) and \
                    (t.ent_type_ in ("ORG", "GPE") or t.lemma_.lower() in AGENT_NOUNS) and not self.in_content(t.idx):
                span = doc[t.left_edge.i: t.i + 1]
                return self.body(span, t, pos)
        return None

    def body(self, span: Span, head: Token, pos: int) -> _Resolved | None:
        """Organisations, countries and groups as speakers."""
        hl = head.lemma_.lower()
        if head.lower_ in ("i", "we", "you", "this", "that", "which", "who"):
            return None
        plural = head.tag_ in ("NNS", "NNPS") or any(t.dep_ == "conj" and t.head.i == head.i for t in span)
        words = [t for t in span if not t.is_punct and not t.is_space]
        bare = hl in _HEADLINE_NOUNS or (hl in AGENT_NOUNS or head.lower_ in AGENT_NOUNS) and \
            hl not in _MASS_AGENTS and not _is_acronym(head) and _clean(head.text) not in COUNTRIES
        if len(words) == 1 and head.text[:1].isupper() and not plural and bare and head.i == head.sent.start:
            return None  # "Letter says …", "Wife says …": a headline's (or a standfirst's) bare noun names nobody
        if head.text in self.reg.acronyms and len(span) <= 3:
            return _Resolved(self.reg.acronyms[head.text], "org")
        if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "GPE", "NORP") or (head.text[:1].isupper() and
                                                                        hl not in AGENT_NOUNS):
            name = _org_text(_np_text(span))
            if not name:
                return None
            first, _, rest = name.partition(" ")
            if first.lower() in _ORG_INTRO and rest[:1].isupper():
                name = rest  # "the organisation Viet Tan" → "Viet Tan"
            if name in self.reg.acronyms:
                name = self.reg.acronyms[name]
            elif re.fullmatch(r"(?:[A-Z]\.?){2,7}", name):
                name = self.spelled_out(name.replace(".", "")) or name  # "the EU" of a text that says "European Union"
            is_country = head.ent_type_ in ("GPE", "NORP") or _clean(head.text) in COUNTRIES
            if not is_country and len(name.split()) == 1:
                name = self.fuller_org(name, pos) or name
            known_org = frozenset(fold(w) for w in name.split()) in self.reg.org_keys
            if _person_like(head) and not is_country and head.ent_type_ != "ORG" and not known_org:
                return _Resolved(name, "person")
            return _Resolved(name, "country" if is_country else "org", plural=plural)
        if head.pos_ == "NOUN" and hl in _AUTHORED and not plural and len(words) == 2 and \
                words[0].lower_ == "the":
            # "The report also noted …", "the statement said": the body whose words they are, the one last
            # reported speaking
            for p, r in reversed(self.history):
                if p < pos and pos - p < 2500 and r.type in ("org", "country") and not r.plural and \
                        fold(r.name) not in _AUTHORED:
                    return dataclasses.replace(r)
        if head.pos_ == "NOUN" and (hl in AGENT_NOUNS or head.lower_ in AGENT_NOUNS):
            if not plural and (hl in _GENERIC_ORG or hl == "delegation") and len(words) == 2 and \
                    words[0].lower_ == "the":
                # "…, the group said": the organisation last quoted; "The delegation stressed": the country
                for p, r in reversed(self.history):
                    if p < pos and pos - p < 2000 and not r.plural and \
                            (r.type == "country" if hl == "delegation" else r.type == "org") and \
                            fold(r.name) not in _AUTHORED and fold(r.name).split()[-1] != hl:
                        return dataclasses.replace(r)
            if not plural and hl in _GENERIC_ORG | {"council", "committee", "commission", "ministry", "office",
                                                    "department", "mission", "assembly", "union", "bank",
                                                    "fund", "court", "country"}:
                # "the group says", "the Council requested": the body named before
                r = self.named_body(hl, pos)
                if r is not None:
                    return r
            # "a joint communique by the foreign ministers", "the delegation of Chile", "critics"
            name = _group_text(_np_text(span))
            if plural and span[0].lower_ == "the" and len(name.split()) == 1:
                # "the ministers said": the "ASEAN foreign ministers" the story quoted before
                for p, r in reversed(self.history):
                    if p < pos and pos - p < 3000 and r.plural and len(r.name.split()) > 1 and \
                            fold(r.name.split()[-1]) == fold(name):
                        return dataclasses.replace(r)
            first, _, rest = name.partition(" ")
            if first.lower() in _ORG_INTRO and rest[:1].isupper() and not plural:
                return _Resolved(rest, "org")  # "the organisation Viet Tan" → "Viet Tan"
            if not plural and (hl in _KIN_GENDER or hl in PERSON_ROLES or hl in _PEOPLE):
                return _Resolved(name, "person", gender=_KIN_GENDER.get(hl))
            kind = "country" if hl in _COUNTRY_NOUNS or head.ent_type_ == "GPE" else "org"
            return _Resolved(name, kind, plural=plural)
        return None

    def fuller_org(self, word: str, pos: int) -> str | None:
        """'the Council' → 'Human Rights Council' (the nearest organisation whose name ends in that word; failing
        the model's entities, the name the text most often writes out in capitals before that word)."""
        fw = fold(word)
        best = None
        for o in self.org_by_last.get(fw, []):
            words = o.text.split()
            if len(words) > 1:
                dist = pos - o.pos if o.pos <= pos else 10_000_000 + o.pos - pos
                if best is None or dist < best[0]:
                    best = (dist, o.text)
        if best:
            return best[1]
        return self.written_out(word)

    def spelled_out(self, acr: str) -> str | None:
        """The words in capitals the text writes whose initials spell `acr` ('European Union' for EU), if any."""
        if acr in self._spelled:
            return self._spelled[acr]
        found = None
        for m in _CAP_RUN.finditer(self.doc.text):
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
        self._spelled[acr] = found
        return found

    def written_out(self, word: str) -> str | None:
        cache = self._written
        if word in cache:
            return cache[word]
        doc = self.doc
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
                if not (p.text[:1].isupper() and p.is_alpha) or p.lower_ == "the":
                    break
                k -= 1
            while k < t.i and doc[k].text in ("of", "on", "for", "and"):
                k += 1
            if k < t.i:
                form = doc[k: t.i + 1].text
                forms[form] = forms.get(form, 0) + 1
        pick = max(forms.items(), key=lambda kv: (kv[1], -len(kv[0])))[0] if forms else None
        cache[word] = pick
        return pick

    def named_body(self, word: str, pos: int) -> _Resolved | None:
        fw = fold(word)
        i = bisect.bisect_left(self.org_pos, pos) - 1
        generic = word in _GENERIC_ORG
        stop = max(-1, i - 200)  # the body named not too far before
        while i > stop:
            o = self.reg.orgs[i]
            words = [fold(w) for w in o.text.split()]
            if (generic and not o.country and len(words) >= 2) or (words and words[-1] == fw and len(words) > 1):
                return _Resolved(self.reg.acronyms.get(o.text, o.text), "country" if o.country else "org")
            if word in ("country", "government") and o.country:
                return _Resolved(o.text, "country")
            i -= 1
        if not generic:
            full = self.fuller_org(word, pos)
            if full:
                return _Resolved(full, "org")
        return None


def _is_place(name: str) -> bool:
    words = tuple(_clean(w) for w in name.split())
    return bool(words) and (words in _PLACE_PHRASES or len(words) == 1 and words[0] in COUNTRIES)


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
        for q in _QUANTIFIERS:
            if low.startswith(q) and len(t) > len(q):
                t = t[len(q):]
                changed = True
                break
    return t


def resolve(doc: Doc, found: list[Attribution], skip: list[tuple[int, int]] = ()) -> list[Attribution]:
    """The same attributions with speaker, speaker_type and speaker_title filled in; unresolved ones dropped.
    `skip` are the chrome and caption spans: names there complete others but are no pronoun's referent."""
    r = _Resolver(doc, found, list(skip))
    out = []
    for att in sorted(found, key=lambda a: (a.mention_start if a.mention_start is not None else a.start)):
        res = r.resolve(att)
        if res is None or not res.name:
            continue
        if res.type == "person" and _is_place(res.name):
            res = _Resolved(res.name, "country")  # "Viet Nam, also a member of the core group, added"
        r.history.append((att.mention_start or att.start, res))
        title = " ".join(res.title.split()) if res.title else None
        out.append(dataclasses.replace(att, speaker=" ".join(res.name.split()), speaker_type=res.type,
                                       speaker_title=title))
    out = _drop_restated(out)
    seen: set[tuple] = set()
    once = []
    for a in out:  # two readings of one subject that name the same person are one statement
        key = (a.speaker, a.content_start, a.cue)
        if key not in seen:
            seen.add(key)
            once.append(a)
    once.sort(key=lambda a: (a.start, a.content_start))
    return once


def _drop_restated(found: list[Attribution]) -> list[Attribution]:
    """A cue inside what the same speaker is reported as saying ('Myanmar said it did not recognise the
    mandate and rejected the report') is part of that statement, not a second one."""
    spans = sorted((a.content_start, a.content_end, a.speaker) for a in found if a.kind != "direct")
    starts = [s for s, _, _ in spans]
    keep = []
    for a in found:
        inside = False
        if a.cue_start is not None and not a.answer:
            i = bisect.bisect_right(starts, a.cue_start) - 1
            while i >= 0 and i >= bisect.bisect_right(starts, a.cue_start) - 8:
                s, e, spk = spans[i]
                if s <= a.cue_start < e and spk == a.speaker and (s, e) != (a.content_start, a.content_end):
                    inside = True
                    break
                i -= 1
        if not inside:
            keep.append(a)
    return keep
