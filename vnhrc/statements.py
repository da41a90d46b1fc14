"""Statements: reporting clauses in a Doc → who (a mention), the cue, and the span of what was reported.

A statement is one reporting clause: a cue (a reporting verb, a phrase such as "spoke highly of" or
"expressed her hope for", a noun such as "claims by X that …", or "according to X") with an agent that says
it and the content of what was said. The rules read the dependency parse for the clause and the text for what
the parse cannot see: quotation marks (a quote may run over several sentences and paragraphs), page layout
(headlines, captions, related-story lists), questions, and interviews (every answer paragraph is a statement
by the interviewee). Speakers are left as mentions (a token and its span); speakers.py resolves them.

Everything here is one pass over the tokens plus precomputed indexes (bisect over sorted spans), so the cost
stays linear in the length of the document.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .pipeline import hard_wrapped

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

# --- the lexicon: cues and agents -----------------------------------------------------------------

# verbs that report an assertion made in a that-clause, or with the content after a comma before them
THAT_CUES = frozenset({
    "say", "state", "tell", "add", "affirm", "reaffirm", "stress", "emphasise", "emphasize", "underline",
    "underscore", "highlight", "note", "hope", "wish", "urge", "propose", "suggest", "recommend", "clarify",
    "explain", "pledge", "vow", "promise", "reiterate", "warn", "caution", "announce", "declare", "reveal",
    "disclose", "describe", "argue", "claim", "contend", "maintain", "insist", "assert", "allege", "confirm",
    "acknowledge", "admit", "concede", "deny", "believe", "think", "predict", "forecast", "report", "write",
    "answer", "reply", "respond", "retort", "comment", "remark", "observe", "point", "recall", "remind",
    "assure", "inform", "agree", "share", "mention", "request", "demand", "ask", "appeal", "recognise", "recognize",
    "estimate", "conclude", "tweet", "post", "complain", "lament", "regret",
    "welcome", "appreciate", "voice", "express", "elaborate", "specify", "hold",
})
# verbs whose reported content may be a noun phrase ("welcomed the decision", "urged X to …")
NP_CUES = frozenset({
    "affirm", "reaffirm", "stress", "emphasise", "emphasize", "underline", "underscore", "highlight", "note",
    "urge", "propose", "suggest", "recommend", "welcome", "appreciate", "praise", "commend", "laud", "hail",
    "applaud", "congratulate", "thank", "clarify", "pledge", "reiterate", "announce", "declare", "reveal",
    "disclose", "describe", "claim", "request", "demand", "ask", "encourage", "appeal",
    "confirm", "acknowledge", "recognise", "recognize", "voice", "express", "accuse", "deny", "condemn",
    "denounce", "deplore", "decry",
    "predict", "promise", "vow", "advocate", "point", "oppose",
})
# verbs whose object is the listener, not the content ("told the meeting that …")
LISTENER_VERBS = frozenset({"tell", "inform", "assure", "remind", "brief", "notify", "reassure"})
# "expressed her hope for X", "voiced concern at X": the cue runs to the preposition
EXPRESS_VERBS = frozenset({"express", "voice", "convey", "extend", "share", "raise"})
EXPRESS_NOUNS = frozenset({
    "hope", "concern", "concerns", "support", "regret", "appreciation", "gratitude", "thanks", "belief",
    "confidence", "wish", "wishes", "desire", "surprise", "condolence", "condolences", "sympathy",
    "satisfaction", "opposition", "disappointment", "view", "views", "opinion", "interest", "willingness",
    "readiness", "determination", "commitment", "admiration", "congratulations", "congratulation", "worry",
    "alarm", "dismay", "objection", "shock", "outrage", "pleasure", "delight", "joy", "pride", "doubt",
    "doubts", "reservation", "reservations", "solidarity", "hopes", "expectation", "expectations", "welcome",
    "praise", "respect", "anger", "frustration", "skepticism", "scepticism", "sorrow", "grief",
})
# verbs of speaking: a participle cue hanging on them is part of the same speech act
COMM_VERBS = frozenset({"speak", "talk", "share", "address", "deliver", "tell", "write", "respond", "reply",
                        "answer", "comment", "remark", "express", "voice", "meet", "say", "add", "state",
                        "conclude", "open", "close", "present", "brief", "issue", "release", "send",
                        "declare"})
PRAISE_ADVERBS = frozenset({"highly", "positively", "warmly", "well", "favourably", "favorably", "glowingly",
                            "fondly", "proudly", "critically", "approvingly"})
# nouns that report a claim with a that-clause and an agent ("claims by the minister that …")
SPEECH_NOUNS = frozenset({
    "statement", "claim", "call", "remark", "comment", "assertion", "announcement", "warning", "pledge",
    "promise", "view", "belief", "hope", "appeal", "proposal", "suggestion", "demand", "request",
    "insistence", "argument", "accusation", "allegation", "assurance", "message", "affirmation", "confirmation",
    "declaration", "admission", "denial", "prediction", "recommendation", "reminder", "word", "words",
})
# common nouns that can be a speaker: people, roles, groups, institutions, and texts that speak for them
AGENT_NOUNS = frozenset({
    # people and roles
    "minister", "ambassador", "president", "spokesperson", "spokesman", "spokeswoman", "official", "officials",
    "diplomat", "diplomats", "delegate", "delegates", "representative", "representatives", "envoy", "envoys",
    "leader", "leaders", "head", "heads", "chief", "chair", "chairman", "chairwoman", "chairperson",
    "director", "secretary", "commissioner", "coordinator", "rapporteur", "rapporteurs", "expert", "experts",
    "lawyer", "lawyers", "activist", "activists", "advocate", "advocates", "critic", "critics", "analyst",
    "analysts", "observer", "observers", "scholar", "scholars", "researcher", "researchers", "professor",
    "journalist", "journalists", "reporter", "blogger", "bloggers", "dissident", "dissidents", "member",
    "members", "deputy", "deputies", "lawmaker", "lawmakers", "legislator", "legislators", "senator",
    "governor", "mayor", "premier", "chancellor", "king", "queen", "prince", "pope", "general", "officer",
    "officers", "source", "sources", "witness", "witnesses", "resident", "residents", "people", "citizen",
    "citizens", "victim", "victims", "family", "families", "mother", "father", "wife", "husband", "son",
    "daughter", "student", "students", "worker", "workers", "farmer", "farmers", "man", "woman", "men",
    "women", "person", "speaker", "speakers", "participant", "participants", "panelist", "panelists",
    "counterpart", "counterparts", "negotiator", "negotiators", "politician", "politicians", "monk", "monks",
    "priest", "bishop", "defender", "defenders", "campaigner", "campaigners", "economist", "economists",
    "ambassadors", "ministers", "presidents", "chairs", "secretary-general", "director-general",
    "prosecutor", "prosecutors", "judge", "judges", "court", "police", "authorities", "authority",
    "user", "users", "writer", "author", "authors", "editor", "commentator", "commentators",
    "friend", "friends", "colleague", "colleagues", "partner", "partners", "donor", "donors", "other", "others",
    "some", "many", "most", "both", "all", "several",
    "sister", "brother", "aunt", "uncle", "grandmother", "grandfather", "niece", "nephew", "widow", "relative",
    "relatives", "neighbour", "neighbours", "neighbor", "neighbors", "villager", "villagers", "girl", "boy",
    "parent", "parents", "survivor", "survivors", "guest", "host", "detainee", "detainees", "prisoner", "prisoners",
    "inmate", "inmates", "refugee", "refugees", "protester", "protesters", "demonstrator", "demonstrators",
    "petitioner", "petitioners",
    # bodies
    "government", "governments", "ministry", "ministries", "council", "committee", "commission", "group",
    "groups", "organisation", "organization", "organisations", "organizations", "agency", "agencies",
    "office", "department", "mission", "delegation", "delegations", "embassy", "embassies", "assembly",
    "parliament", "congress", "party", "union", "bloc", "body", "bodies", "board", "panel", "secretariat",
    "administration", "state", "states", "country", "countries", "nation", "nations", "side", "sides",
    "community", "association", "federation", "coalition", "alliance", "network", "watchdog", "institute",
    "foundation", "ngo", "ngos", "company", "companies", "firm", "bank", "fund", "forum", "team", "club",
    "newspaper", "outlet", "media", "press", "center", "centre", "campaign", "movement", "news",
    "radio", "television", "broadcaster", "daily", "paper", "website", "portal", "magazine",
    "cabinet", "politburo", "leadership", "military", "army", "junta", "regime", "tribunal",
    # texts that speak for a body
    "statement", "communique", "communiqué", "report", "resolution", "declaration", "letter", "document",
    "release", "note", "memo", "study", "survey", "petition", "joint", "charter", "proclamation",
})

OPEN_QUOTES = "“\"‘"
CLOSE_QUOTES = "”\"’"
_SUBJ = ("nsubj", "nsubjpass")
_MODALS = {"will", "would", "shall", "may", "might", "can", "could", "should", "must", "'ll", "wo"}
_RELATIVE = {"which", "who", "that", "whom"}
# what may come first in a paragraph before its content: a crawler's "date 2022-07-01", a dateline
# "JAKARTA -", "Geneva (VNA) –", "(Geneva) –", "THE HANOI TIMES —", "Vientiane, July 25 (VNA) –",
# "GENEVA (12 February 2025) –"
_LEAD = re.compile(
    r"[\s.,;:–—-]*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?"
    r"(?:(?:\(\s*[A-Z][\w .,/]{0,40}\)|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([\w ,/]{2,30}\))?"
    r"|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3})\s*[–—-]+\s+)?"
)
_LABEL = re.compile(r"\s*([A-Z][\w.’'-]*(?:\s+[A-Za-z][\w.’'-]*){0,6})\s*:\s+(?=\S)")
_QA_LABELS = {"q", "a", "question", "answer", "pv", "reporter", "interviewer", "journalist"}
_INTERVIEWER_WORDS = {"q", "question", "pv", "reporter", "interviewer", "journalist", "host", "editor", "moderator"}
_INTERVIEW_WORDS = re.compile(
    r"\b(?:interview(?:s|ed)?|q\s*&\s*a|talk(?:s|ed)? (?:to|with)|sp(?:oke|eaks?|eaking) (?:to|with)|"
    r"chat(?:s|ted)? with|exchanged? with|conversation with|sat down with|asked by|shared with|"
    r"answer(?:ed|s|ing)? (?:\w+ )?questions?)\b", re.I)
_QUESTION_LABEL = re.compile(r"\s*(?:q|question|pv|reporter|interviewer|journalist)\s*[:.-]", re.I)
_INTERVIEWED = re.compile(r"\b(?:sp(?:oke|eaks?|eaking)|talk(?:ed|s|ing)?|chatt(?:ed|ing))\s+(?:to|with)\s+|"
                          r"\binterview(?:ed|s)?\s+(?:with\s+)?", re.I)
# "This interview has been edited for length and clarity."
_EDITORS_NOTE = re.compile(r"^\W*(?:this|the) (?:interview|conversation|transcript) (?:has been|was|is) |"
                           r"\bedited for (?:length|clarity|brevity)", re.I)
_THANKS = re.compile(r"^\s*(?:thank you|thanks)\b", re.I)
_NOT_LABELS = {"source", "photo", "tags", "tag", "read more", "see more", "related", "note", "editor's note",
               "ảnh", "nguồn", "video", "update", "updated", "explained", "opinion", "analysis", "watch", "live",
               "interview", "exclusive", "infographic", "editorial", "commentary", "breaking", "explainer",
               "feature", "factbox", "fact check", "q&a", "podcast", "photos", "gallery", "listen", "share",
               "email", "tel", "phone", "address", "website", "copyright", "published", "posted", "by"}


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
    mention_start: int | None  # the speaker as written here
    mention_end: int | None
    answer: bool = False
    mention_head: int | None = None  # token index of the mention's head word
    via: str = "verb"  # verb | inverted | quote | according | noun | answer | continued
    cue_start: int | None = None  # where the cue stands in the text
    # filled in by speakers.resolve
    speaker: str | None = None
    speaker_type: str | None = None
    speaker_title: str | None = None


# --- spans and indexes ----------------------------------------------------------------------------


class _Spans:
    """Sorted, non-overlapping character spans with O(log n) membership."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if e <= s:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.spans = [(s, e) for s, e in merged]

    def find(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i]
        return None

    def __contains__(self, pos: int) -> bool:
        return self.find(pos) is not None


@dataclass
class _Quote:
    start: int  # first character inside the marks
    end: int  # end of the quoted text (before the closing mark, or the paragraph's end)
    open_at: int  # the opening mark
    close_at: int | None  # the closing mark, None when the paragraph ends first
    group: int  # quotes continued over paragraphs share a group


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of text between blank lines, without surrounding blanks."""
    out = []
    pos = 0
    for m in re.finditer(r"\n[ \t\r\f\v\u00a0]*\n\s*", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return _trimmed(text, out)


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return _trimmed(text, out)


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without surrounding white space; spans left empty are dropped."""
    res = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            res.append((s, e))
    return res


def _wrapped_units(text: str) -> list[tuple[int, int]]:
    """Paragraphs of hard-wrapped text, even without blank lines between them: a line goes on the one before
    unless that one ended a sentence and this one starts anew (a capital, a quote mark, a 'Name:' label)."""
    units: list[list[int]] = []
    prev_end = ""
    for s, e in _lines(text):
        line = text[s:e]
        blank_before = units and text.count("\n", units[-1][1], s) >= 2
        new_unit = not units or blank_before or (
            re.search(r"[.!?:”\"’]$", prev_end) is not None and (line[0].isupper() or line[0] in OPEN_QUOTES))
        if new_unit:
            units.append([s, e])
        else:
            units[-1][1] = e
        prev_end = line
    return [(s, e) for s, e in units]


def _find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[_Quote]:
    """Quotations, paragraph by paragraph. Curly marks pair up; a straight mark opens after a space or an
    opening bracket and closes otherwise; single curly marks (‘…’, the British style) count when a ’ that is
    no apostrophe closes them in the same paragraph. A double quote still open at the end of its paragraph
    ends there, and when the next paragraph opens with a quote mark it is the same quotation going on (the
    press convention)."""
    quotes: list[_Quote] = []
    group = 0
    carry = False  # the previous paragraph ended inside a quote
    for pi, (ps, pe) in enumerate(paragraphs):
        open_at: int | None = None
        mark = ""  # the opening mark of the open quote
        first = True
        for i in range(ps, pe):
            ch = text[i]
            if ch not in "“”\"‘’":
                continue
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            opens_single = ch == "‘" and (prev.isspace() or prev in "([{—–-:,") and not nxt.isspace()
            if open_at is not None and mark == "‘":
                if ch == "’" and not nxt.isalnum():
                    quotes.append(_Quote(open_at + 1, i, open_at, i, group))
                    open_at = None
                elif ch in "“\"":  # a double mark inside a single-quoted stretch: it was no quote after all
                    open_at = None
                else:
                    continue
                if open_at is not None or ch == "’":
                    first = False
                    continue
            if ch in "‘’":
                if open_at is None and opens_single and _closes_single(text, i + 1, pe):
                    group += 1
                    open_at, mark = i, ch
                first = False
                continue
            if ch == "“" or (ch == '"' and open_at is None and (prev.isspace() or prev in "([{—–-:,") and
                             not nxt.isspace()):
                if open_at is not None:  # an opening mark inside an open quote: the first one was never closed
                    quotes.append(_Quote(open_at + 1, i, open_at, None, group))
                    group += 1
                if not (first and carry and i == ps):
                    group += 1
                open_at, mark = i, ch
            elif open_at is not None:
                quotes.append(_Quote(open_at + 1, i, open_at, i, group))
                open_at = None
            first = False
        carry = False
        if open_at is not None and mark != "‘":
            quotes.append(_Quote(open_at + 1, pe, open_at, None, group))
            carry = True
        if carry:
            # the same quotation goes on only when the next paragraph opens with a mark
            nxt_par = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            carry = nxt_par is not None and text[nxt_par[0]] in "“\""
    return quotes


def _closes_single(text: str, pos: int, end: int) -> bool:
    """A ’ that is not an apostrophe (no letter after it) comes before the paragraph ends."""
    j = text.find("’", pos, end)
    while j != -1:
        if j + 1 >= end or not text[j + 1].isalnum():
            return j - pos >= 3
        j = text.find("’", j + 1, end)
    return False


# --- layout: what is not running text -------------------------------------------------------------


def _is_headline(line: str) -> bool:
    """A line with no sentence punctuation at its end: a headline, a menu entry, a related-story link."""
    s = line.strip().rstrip("*").strip()
    if not s:
        return True
    if s[-1] in ".!?…,;:" or s[-1] in CLOSE_QUOTES or s.endswith((".)", "!)", "?)")):
        return False
    return len(s.split()) < 40


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line)]
    if len(words) < 4:
        return False
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "as", "from", "is"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and sum(w[0].isupper() for w in big) >= 0.85 * len(big)


@dataclass
class _Layout:
    paragraphs: list[tuple[int, int]]
    par_starts: list[int]
    lines: list[tuple[int, int]]
    line_starts: list[int]
    skip: _Spans  # chrome, captions, headlines: nothing here is a statement
    quotes: list[_Quote]
    quote_spans: _Spans  # inside quotation marks (content, never cues)
    quote_starts: list[int]

    def paragraph(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.par_starts, pos) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos <= self.paragraphs[i][1]:
            return self.paragraphs[i]
        return None

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right(self.par_starts, pos) - 1

    def line(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.line_starts, pos) - 1
        if i >= 0 and self.lines[i][0] <= pos <= self.lines[i][1]:
            return self.lines[i]
        return None

    def quote(self, pos: int) -> _Quote | None:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < max(self.quotes[i].end, self.quotes[i].start + 1):
            return self.quotes[i]
        return None


def _layout(text: str, skip: list[tuple[int, int]], title: str | None) -> _Layout:
    paragraphs = _paragraphs(text)
    # in hard-wrapped text a line is a piece of a paragraph: the paragraph is the unit of layout
    lines = _wrapped_units(text) if hard_wrapped(text) else _lines(text)
    blocked = list(skip)
    first_line = lines[0] if lines else None
    # a real headline: a line of its own, with no sentence punctuation at its end
    head = " ".join(title.split()) if title and len(title.split()) >= 4 and _is_headline(title) and any(
        " ".join(text[s:e].split()) == " ".join(title.split()) for s, e in lines[:12]) else None
    for s, e in lines:
        line = text[s:e]
        if head and " ".join(line.split()).startswith(head) and len(line) > len(head) + 5:
            # the headline repeated in front of a caption ("Critics Roll Their Eyes … Minister X is shown …")
            blocked.append((s, s + len(head)))
        is_title = bool(title) and line.strip() == title.strip() and (
            _is_headline(title) or ((s, e) == first_line and len(line.split()) <= 25 and
                                     not re.search(r"[.!?…][”\"’]?$", line.rstrip())))
        if _is_headline(line) or is_title or \
                (_title_case(line) and not line.rstrip().endswith(tuple(CLOSE_QUOTES))):
            blocked.append((s, e))
    quotes = _find_quotes(text, paragraphs)
    return _Layout(
        paragraphs=paragraphs, par_starts=[s for s, _ in paragraphs], lines=lines,
        line_starts=[s for s, _ in lines], skip=_Spans(blocked), quotes=quotes,
        quote_spans=_Spans([(q.open_at, (q.close_at + 1) if q.close_at is not None else q.end) for q in quotes]),
        quote_starts=[q.start for q in quotes],
    )


# --- the public entry point -----------------------------------------------------------------------


def find_statements(doc: Doc, skip: list[tuple[int, int]] = (), title: str | None = None) -> list[Attribution]:
    """Every reporting clause in the Doc, in text order (chrome, captions and headlines are passed over)."""
    text = doc.text
    lay = _layout(text, list(skip), title)
    sents = list(doc.sents)
    questions = _Spans([(s.start_char, s.end_char) for s in sents if _is_question(s)])
    ctx = _Ctx(doc, text, lay, questions, _Spans([]))

    found: list[Attribution] = []
    for sent in sents:
        if sent.start_char in lay.skip and (sent.end_char - 1) in lay.skip:
            continue
        for tok in sent:
            att = ctx.from_token(sent, tok)
            if att is not None:
                found.append(att)
    found = _dedupe(found)
    interview = _interview(doc, lay, found)
    if interview:
        # inside an answer only the answer counts ("I believe …" is the interviewee answering)
        ctx.answers = _Spans(interview.answers + interview.labels + interview.questions)
        found = [a for a in found if not _blocked(ctx, a)]
    found.extend(_continued_quotes(ctx, found))
    if interview:
        if interview.mention is None or interview.from_lead:
            _interviewee_from(interview, found, doc)
        found.extend(_answers(doc, text, interview))
    found = [a for a in found if not _blocked(ctx, a)]
    found = _by_paragraph(text, lay, found)
    found.sort(key=lambda a: (a.content_start, a.start))
    return _each_speaker(doc, _dedupe(found))


def _named(tok: Token) -> bool:
    """A person's name heads this phrase: the model's PERSON label, or a proper noun with proper-noun parts."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "ORG", "NORP", "LOC") or tok.lower_ in AGENT_NOUNS:
        return False
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1
                                            for c in tok.children)


def _each_speaker(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """'X of Laos and Malaysian representative Dr Y both highlighted …': one statement for each person."""
    out: list[Attribution] = []
    for a in found:
        head = doc[a.mention_head] if a.mention_head is not None and not a.answer else None
        conjs = [c for c in head.children if c.dep_ == "conj" and _named(c)] if head is not None else []
        if not conjs or not _named(head) or a.via == "continued":
            out.append(a)
            continue
        out.append(dataclasses.replace(a, mention_end=head.idx + len(head.text)))
        for c in conjs:
            ms = doc[c.left_edge.i].idx
            out.append(dataclasses.replace(a, mention_start=ms, mention_end=c.idx + len(c.text), mention_head=c.i))
    return out


def _by_paragraph(text: str, lay: _Layout, found: list[Attribution]) -> list[Attribution]:
    """A quotation running over several paragraphs is one statement a paragraph, as a reader counts them: each
    paragraph after the first goes on the same speaker's words."""
    out: list[Attribution] = []
    for a in found:
        if a.answer:
            out.append(a)
            continue
        i = lay.paragraph_index(a.content_start)
        j = lay.paragraph_index(max(a.content_start, a.content_end - 1))
        if i < 0 or j <= i:
            out.append(a)
            continue
        pieces = []
        for k in range(i, j + 1):
            ps, pe = lay.paragraphs[k]
            lo = max(ps, a.content_start)
            while lo < pe and text[lo].isspace():
                lo += 1
            if k > i and not (lo < pe and text[lo] in OPEN_QUOTES):
                break  # a paragraph that is no quotation going on: the words before the cue end at the break
            cs, ce = _trim_chars(text, lo, min(pe, a.content_end))
            while cs < ce and text[cs] in OPEN_QUOTES:
                cs += 1
            if _words(text[cs:ce]) >= 2:
                pieces.append((cs, ce))
        if not pieces:
            out.append(a)
            continue
        out.append(dataclasses.replace(a, content_start=pieces[0][0], content_end=pieces[0][1]))
        for cs, ce in pieces[1:]:
            out.append(dataclasses.replace(a, content_start=cs, content_end=ce, kind=_kind(text, cs, ce, lay),
                                           via="continued", sent_start=cs, sent_end=ce, start=cs, end=ce,
                                           cue_start=None))
    return out


def _blocked(ctx: _Ctx, a: Attribution) -> bool:
    if a.answer:
        return False
    if a.content_start in ctx.lay.skip and a.mention_start is not None and a.mention_start in ctx.lay.skip:
        return True
    return a.content_start in ctx.answers or (a.mention_start is not None and a.mention_start in ctx.answers)


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One statement per cue; two cues never give the same content twice (the first, plainer reading wins)."""
    out: list[Attribution] = []
    seen_cue: set[tuple[int, str]] = set()
    seen_content: set[tuple[int, int]] = set()
    for a in found:
        key = (a.cue_start if a.cue_start is not None else a.start, a.cue)
        if (a.content_start, a.mention_head or -1) in seen_content or key in seen_cue:
            continue
        seen_cue.add(key)
        seen_content.add((a.content_start, a.mention_head or -1))
        out.append(a)
    return out


def _is_question(sent: Span) -> bool:
    t = sent.text.rstrip().rstrip("".join(CLOSE_QUOTES) + ")").rstrip()
    return t.endswith("?")


# --- the rules ------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, doc: Doc, text: str, lay: _Layout, questions: _Spans, answers: _Spans) -> None:
        self.doc = doc
        self.text = text
        self.lay = lay
        self.questions = questions
        self.answers = answers
        self.lower_words = {t.lower_ for t in doc if t.is_lower}
        self.spans: dict[int, tuple[int, int]] = {}  # mention spans read off the text where the parse failed

    # -- where a cue may stand

    def usable(self, tok: Token) -> bool:
        pos = tok.idx
        return not (pos in self.lay.skip or pos in self.lay.quote_spans or pos in self.questions
                    or pos in self.answers)

    def from_token(self, sent: Span, tok: Token) -> Attribution | None:
        if not self.usable(tok):
            return None
        low = tok.lower_
        lemma = lemma_of(tok)
        if low == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
            return self.according(sent, tok)
        if low in _VIEW_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            return self.in_words(sent, tok)
        if tok.pos_ in ("NOUN", "PROPN") and lemma in SPEECH_NOUNS:
            return self.noun_cue(sent, tok)
        if tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX"):
            if lemma in NP_CUES or lemma in THAT_CUES or lemma in LISTENER_VERBS or lemma in EXPRESS_VERBS \
                    or lemma in ("speak", "talk", "call", "value", "evaluate", "assess", "rate"):
                return self.verb_cue(sent, tok, lemma)
        return None

    # -- verbs

    def verb_cue(self, sent: Span, v: Token, lemma: str) -> Attribution | None:
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in _TEXT_NOUNS:
            pass  # "released a statement urging …": the statement's author speaks (speaker_of finds them)
        elif v.dep_ in ("amod", "compound", "nmod", "acl", "npadvmod", "nsubj", "dobj", "pobj", "attr"):
            return None
        if any(c.dep_ == "neg" for c in v.children):
            return None
        if v.tag_ == "VBN" and v.dep_ in ("advcl", "dep") and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children):
            return None  # "Asked whether …, the minister said": the one asked is not the one asserting
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in v.children):
            return None
        subj = self.speaker_of(v)
        if subj is None:
            return None
        cue_end = v.i + 1
        content_tok: Token | None = None
        if lemma in EXPRESS_VERBS:
            phrase = self.express_phrase(v)
            if phrase is not None:
                cue_end, content_tok = phrase
            elif lemma not in THAT_CUES and lemma not in NP_CUES:
                return None
        if content_tok is None and lemma in ("value", "appreciate", "evaluate", "assess", "rate") and any(
                c.dep_ == "advmod" and c.lower_ in ("highly", "greatly") for c in v.children):
            obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
            if obj is None:
                return None
            content_tok = obj  # "highly valued the role of …": an appreciation
            cue_end = v.i + 1
        elif content_tok is None and lemma in ("value", "evaluate", "assess", "rate"):
            return None
        if content_tok is None and lemma in ("speak", "talk"):
            phrase = self.speak_phrase(v)
            if phrase is None:
                return None
            cue_end, content_tok = phrase
        if content_tok is None and lemma == "call":
            phrase = self.call_phrase(v)
            if phrase is None:
                return None
            cue_end, content_tok = phrase
        if content_tok is None:
            for c in v.children:  # particle cues: "pointed out", "spelled out"
                if c.dep_ == "prt" and c.i == cue_end and c.lower_ in ("out", "up"):
                    cue_end += 1
            content_tok = self.content_after(v, lemma)
            if lemma in ("ask", "wonder", "inquire", "enquire") and content_tok is not None and \
                    content_tok.left_edge.lower_ in ("whether", "if", "why", "how", "what", "when", "where", "who"):
                return None  # "A journalist asked whether …": a question asserts nothing
            that = self.that_after(v, cue_end)
            if that is not None and (content_tok is None or content_tok.i < that or content_tok.lower_ == "that"):
                if v.tag_ == "VBG" and not self.licensed(v, self.doc[that]):
                    return None
                return self.make_after(sent, v, subj, cue_end, that)
        if content_tok is not None:
            if v.tag_ == "VBG" and subj is not None and not self.licensed(v, content_tok):
                return None
            start = content_tok.left_edge.i if content_tok.left_edge.i > v.i else content_tok.i
            if lemma in ("welcome", "greet", "receive") and self.guests_at(start):
                return None
            return self.make_after(sent, v, subj, cue_end, start)
        return self.make_inverted(sent, v, subj, cue_end)

    def that_after(self, v: Token, cue_end: int) -> int | None:
        """'affirmed that …' read off the words when the parse missed the clause: the index after 'that'."""
        doc = self.doc
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

    def speaker_of(self, v: Token) -> Token | None:
        """The agent of a reporting verb: its subject, the antecedent of 'which/who', the 'by' agent of a
        passive, or the subject a participle or coordinated verb shares with the verb it hangs on."""
        s = self._speaker_of(v)
        if s is not None and s.lemma_.lower() in _PARTITIVES:  # "a number of Asean countries said"
            of = next((c for c in s.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            g = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if g is not None and self.agentive(g):
                return g
            return None if s.lemma_.lower() in ("number", "lot", "majority", "handful", "couple") else s
        return s

    def _speaker_of(self, v: Token) -> Token | None:
        if v.dep_ == "acl" and v.head.lemma_.lower() in _TEXT_NOUNS:
            text_noun = v.head
            owner = next((c for c in text_noun.children if c.dep_ == "poss"), None)
            if owner is None and text_noun.dep_ in ("dobj", "pobj"):
                gov = text_noun.head if text_noun.dep_ == "dobj" else text_noun.head.head
                owner = _own_subject(gov)
            return owner if owner is not None and self._agent_ok(owner) else None
        lifted = _lifted_to(v)
        if lifted is not None:
            return self._speaker_of(lifted)
        subj = _own_subject(v)
        if subj is None and v.tag_ in ("VBD", "VBZ", "VBP"):
            subj = self.adjacent_subject(v) or self.after_quote_subject(v) or self.inverted_object(v)
        if subj is not None:
            passive_subject = subj.dep_ == "nsubjpass" and subj.head.i == v.i
            if subj.lower_ in _RELATIVE and v.dep_ == "relcl":
                subj = v.head  # "…, which mentioned that …": the antecedent (whatever its own role)
            elif subj.lower_ in _RELATIVE:
                return None
            if passive_subject or (subj.lower_ == "it" and _passive(v)):
                agent = _agent(v)
                return agent if agent is not None and self._agent_ok(agent) else None
            if subj.lower_ in ("it", "there") and any(c.dep_ in ("ccomp", "xcomp") and c.i > v.i and
                                                       c.lower_ not in ("that",) for c in v.children) and \
                    _passive(v):
                return None
            return subj if self._agent_ok(subj) else None
        if _passive(v):
            agent = _agent(v)
            return agent if agent is not None and self._agent_ok(agent) else None
        h = v
        for _ in range(4):
            if h.dep_ not in ("conj", "advcl", "xcomp", "pcomp", "dep", "parataxis") or h.head.i == h.i:
                return None
            h = h.head
            if h.dep_ == "prep" or h.pos_ == "ADP":  # "in promoting …", "by saying …"
                h = h.head
            s = _own_subject(h)
            if s is not None:
                if s.lower_ in _RELATIVE and h.dep_ == "relcl":
                    s = h.head  # "the lawyer, who was quoted as saying …"
                if s.dep_ == "nsubjpass" or s.i == h.head.i and _passive(h):
                    # "X was quoted as saying": the passive subject of quote/cite is the speaker
                    if h.lemma_.lower() in ("quote", "cite", "report", "hear", "see"):
                        return s if self._agent_ok(s) else None
                    agent = _agent(h)
                    return agent if agent is not None and self._agent_ok(agent) else None
                if s.lower_ in _RELATIVE and h.dep_ == "relcl":
                    s = h.head
                return s if self._agent_ok(s) else None
        return None

    def _agent_ok(self, tok: Token) -> bool:
        return self.agentive(tok) or tok.lemma_.lower() in _PARTITIVES

    def inverted_object(self, v: Token) -> Token | None:
        """'…, added the ambassador.': the parse took the speaker after the verb for its object."""
        doc = self.doc
        k = v.i - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0 or doc[k].text not in ("," + CLOSE_QUOTES + '"'):
            return None
        for c in v.children:
            if c.i > v.i and c.dep_ in ("dobj", "attr", "npadvmod", "dative") and self.agentive(c):
                end = c.right_edge.i + 1
                while end < v.sent.end and (doc[end].is_punct or doc[end].is_space):
                    end += 1
                if end >= v.sent.end or doc[end].dep_ == "prep" and doc[end].head.i == v.i:
                    return c
        return None

    def after_quote_subject(self, v: Token) -> Token | None:
        """'“…,” the ministry's spokesman, Colonel X, said': the parse lost the subject; the words between the
        closing mark and the verb name the speaker."""
        doc = self.doc
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
        heads = [t for t in doc[a:b] if t.pos_ in ("NOUN", "PROPN") and self.agentive(t) and
                 not (a <= t.head.i < b and t.dep_ in ("compound", "poss"))]
        if not heads:
            return None
        self.spans[heads[0].i] = (doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        return heads[0]

    def adjacent_subject(self, v: Token) -> Token | None:
        """A finite cue the parse left without a subject, right after a noun phrase ('a day after a joint
        communique by the ministers said that …'): that phrase's head is the speaker."""
        doc = self.doc
        i = v.i - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i >= 0 and doc[i].text == ",":
            return self.bracketed_subject(v, i)
        if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "PRON") or doc[i].is_punct:
            return None
        t = doc[i]
        if t.pos_ == "PROPN" and t.dep_ in ("appos", "conj", "nsubj", "npadvmod", "dobj", "pobj") and \
                self.agentive(t) and (t.ent_type_ == "PERSON" or doc[i - 1].pos_ == "PROPN"):
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
        if t.right_edge.i != i or not self.agentive(t):
            return None
        return t

    def bracketed_subject(self, v: Token, comma: int) -> Token | None:
        """'Speaking in explanation of the vote, Germany, on behalf of the member States …, said …': the
        name before a phrase set off by commas, when the parse hung it elsewhere."""
        doc = self.doc
        sent_start = v.sent.start
        k = comma - 1
        while k > sent_start and comma - k < 40:
            t = doc[k]
            if t.text == "," and k + 1 < comma and doc[k + 1].lower_ in ("on", "speaking", "also", "as", "in") and \
                    k - 1 >= sent_start:
                name = doc[k - 1]
                if name.pos_ == "PROPN" and name.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and \
                        name.dep_ not in ("nsubj", "nsubjpass") and self.agentive(name):
                    return name
            k -= 1
        return None

    def agentive(self, tok: Token) -> bool:
        """Could this word stand for someone who says something (a person, a body, a country, a text)?"""
        low = tok.lower_
        if tok.pos_ == "PRON" or low in ("he", "she", "they", "we", "i", "it", "others", "you"):
            return low in ("he", "she", "they", "we", "i", "it", "who", "others", "you", "him", "her", "them")
        if tok.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"):
            return False
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if tok.text[:1].isupper() and tok.pos_ == "NOUN" and tok.lower_ not in self.lower_words:
            return True  # a name the tagger took for a common noun ("Tamesis congratulated …")
        if tok.lemma_.lower() in AGENT_NOUNS or low in AGENT_NOUNS:
            return True
        if tok.pos_ == "NOUN":  # "the UN report", "Vietnamese officials": a named body in front
            return any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP", "GPE")
                       for c in tok.children) and tok.lemma_.lower() in AGENT_NOUNS
        return False

    def licensed(self, v: Token, content: Token) -> bool:
        """A participle cue (", affirming …") hangs on a speech act or carries a that-clause; otherwise it
        is an event's effect ("re-elected …, reaffirming its standing")."""
        if _own_subject(v) is not None or v.dep_ == "acl" and v.head.lemma_.lower() in _TEXT_NOUNS:
            return True
        if content.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children):
            return True
        h = v.head
        while h.dep_ in ("conj",) and h.head.i != h.i and h.tag_ == "VBG":
            h = h.head
        hl = lemma_of(h)
        if hl in COMM_VERBS or hl in NP_CUES or hl in THAT_CUES or hl in EXPRESS_VERBS:
            return True
        # "Dung highly valued the role of …, while affirming Vietnam's support": a speech verb on an active
        # clause whose subject is a person speaks for itself
        subj = _own_subject(h)
        return lemma_of(v) in _STRONG_PARTICIPLES and subj is not None and subj.dep_ == "nsubj" and \
            (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she") or subj.pos_ == "PROPN" and
             subj.ent_type_ not in ("GPE", "NORP", "ORG"))

    def content_after(self, v: Token, lemma: str) -> Token | None:
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
            elif dep in ("dobj", "dative", "oprd", "attr") and takes_np and not listener:
                ok = c.lemma_.lower() not in ("it", "this", "that", "so") or \
                    any(x.dep_ in ("xcomp", "ccomp") for x in v.children)
            elif dep == "xcomp" and lemma not in ("ask", "request", "urge", "encourage", "demand") and \
                    (takes_np or lemma in ("hope", "pledge", "vow", "promise", "appeal", "propose", "suggest")):
                # "asked not to be named" asks for oneself; "asked X to …" has its object first
                ok = c.tag_ in ("VB", "VBG") or any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
            elif dep == "prep" and lemma in ("hope", "warn", "appeal", "advocate", "caution") and \
                    c.lower_ in ("for", "of", "against", "about"):
                ok = any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            elif dep == "pcomp" and takes_np:
                ok = True
            if ok and (best is None or c.left_edge.i < best.left_edge.i):
                best = c
        if best is None:
            return None
        if best.dep_ == "prep":
            return next(g for g in best.children if g.dep_ in ("pobj", "pcomp"))
        if listener is False and lemma in THAT_CUES and lemma not in NP_CUES and best.dep_ in ("dobj",):
            return None
        if lemma == "thank" and best.lower_ in ("you", "everyone", "all", "them", "us"):
            return None  # a courtesy, not a report
        if lemma in ("welcome", "greet", "receive") and best.dep_ == "dobj" and self.is_guest(best, v):
            return None  # "welcomed visiting Prime Minister X to Hanoi": a reception, not a statement
        if lemma == "ask" and best.dep_ == "dobj" and not any(c.dep_ in ("xcomp", "ccomp") for c in v.children) \
                and not any(c.dep_ in ("xcomp", "ccomp") for c in best.children):
            return None  # "asked questions", "asked him": no request reported
        if lemma == "describe" and best.dep_ != "ccomp" and not any(t.lower_ == "as" for t in v.subtree):
            return None  # "described the meeting" reports nothing; "described X as Y" does
        return best

    def guests_at(self, start: int) -> bool:
        """'welcomed visiting Lao Prime Minister X …': people, not a decision, are what was welcomed."""
        head = self.doc[start: start + 7]
        return any(t.ent_type_ == "PERSON" or t.lower_ in ("visiting", "delegation", "delegations", "counterpart")
                   or t.lemma_.lower() in _GUEST_NOUNS and t.dep_ in ("dobj", "pobj", "appos") for t in head)

    def is_guest(self, obj: Token, v: Token) -> bool:
        """The object of 'welcomed' is a person or a party of visitors (or the verb says where to)."""
        if any(c.dep_ == "prep" and c.lower_ in ("to", "at") for c in v.children):
            return True
        if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in _GUEST_NOUNS or obj.lower_ in ("him", "her", "them"):
            return True
        return obj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.text[:1].isupper() for c in obj.children) \
            and obj.ent_type_ not in ("ORG", "GPE", "NORP", "EVENT", "LAW")

    def express_phrase(self, v: Token) -> tuple[int, Token] | None:
        """'expressed her hope for X', 'voiced surprise and concern at X', 'expressed concern that X'."""
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None or (obj.lemma_.lower() not in EXPRESS_NOUNS and obj.lower_ not in EXPRESS_NOUNS):
            return None
        heads = [obj] + [c for c in obj.children if c.dep_ == "conj"]
        for h in heads + [v]:
            for c in h.children:
                if c.i <= obj.i:
                    continue
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

    def speak_phrase(self, v: Token) -> tuple[int, Token] | None:
        """'spoke highly of X', 'talked positively about X'."""
        if not any(c.dep_ == "advmod" and c.lower_ in PRAISE_ADVERBS for c in v.children):
            return None
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > v.i:
                g = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if g is not None:
                    return c.i + 1, g
        return None

    def call_phrase(self, v: Token) -> tuple[int, Token] | None:
        """'called for X', 'called on X to …', 'calling X Y' (calling Vietnam the region's worst)."""
        for c in v.children:
            if c.i > v.i and c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon"):
                g = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if g is None:  # "called on" as a particle: the object is the verb's
                    g = next((x for x in v.children if x.i > c.i and x.dep_ in ("dobj", "ccomp", "xcomp")), None)
                if g is not None:
                    return c.i + 1, g
        nxt = self.doc[v.i + 1] if v.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lower_ == "for" and nxt.dep_ == "mark" and nxt.head.head.i == v.i:
            return v.i + 2, nxt.head  # "calling for Vietnam to be placed back on the list"
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is not None and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and c.i > obj.i
                                   for c in v.children):
            return v.i + 1, obj
        oprd = next((c for c in v.children if c.dep_ == "oprd" and c.i > v.i), None)
        if oprd is not None and oprd.left_edge.i == v.i + 1 and oprd.left_edge.pos_ in ("PROPN", "NOUN", "PRON"):
            return v.i + 1, oprd.left_edge  # "calling Vietnam Southeast Asia’s most oppressive state"
        return None

    def make_after(self, sent: Span, v: Token, subj: Token, cue_end: int, start: int) -> Attribution | None:
        doc = self.doc
        start = max(start, cue_end)
        # "said that …", "said: …", "said, “…”"
        while start < len(doc) and (doc[start].lower_ == "that" and doc[start].dep_ in ("mark", "dobj", "nsubj")
                                    or doc[start].is_space or doc[start].text in ",:;–—-"):
            if doc[start].lower_ == "that" and doc[start].dep_ != "mark" and \
                    doc[start].head.dep_ not in ("ccomp", "advcl"):
                break
            start += 1
        if start >= len(doc):
            return None
        first = doc[start]
        # direct speech right after the cue: the whole quotation, over sentences and paragraphs
        if first.text in "“\"":
            q = self.lay.quote(first.idx + 1)
            if q is not None and q.open_at == first.idx and self._quote_ends_clause(q):
                cs, ce = _trim_chars(self.text, *self.quote_group_span(q))
                if ce - cs >= 3:
                    return self._att(doc, sent, v, subj, cue_end, cs, ce, "direct", "verb")
        end_tok = self.clause_end(v, start)
        cs = doc[start].idx
        ce = doc[end_tok - 1].idx + len(doc[end_tok - 1].text) if end_tok > start else cs
        cs, ce = _trim_chars(self.text, cs, ce)
        # a quote the content opens may run past the sentence: follow it to its end
        q = self.lay.quote(cs)
        if q is not None and q.open_at == cs - 1 and (q.close_at is None or q.close_at >= ce):
            gs, ge = self.quote_group_span(q)
            ce = max(ce, ge)
        if _words(self.text[cs:ce]) < 2:
            return None
        kind = _kind(self.text, cs, ce, self.lay)
        return self._att(doc, sent, v, subj, cue_end, cs, ce, kind, "verb")

    def _quote_ends_clause(self, q: _Quote) -> bool:
        """The quotation runs to the end of the clause ('said “…”.'), not a quoted phrase the clause goes on
        after ('believes that “at least 145 people” are detained')."""
        if q.close_at is None:
            return True
        j = q.close_at + 1
        while j < len(self.text) and self.text[j] in " \t":
            j += 1
        return j >= len(self.text) or not (self.text[j].isalnum() or self.text[j] in "(“\"‘")

    def clause_end(self, v: Token, start: int) -> int:
        """Token index just past the content: the end of the verb's clause, leaving out a coordinated or
        participial cue that makes a statement of its own (", adding that …", "and stressed …")."""
        doc = self.doc
        # the phrase the content starts in, up to the word it hangs on
        t = doc[start]
        # (Token objects are made afresh on each access: compare positions, never identity)
        while t.head.i != t.i and t.head.i >= start and t.head.i != v.i:
            t = t.head
        end = max(start + 1, t.right_edge.i + 1) if t.i != v.i else start + 1
        cut = None
        for c in t.children:  # "… and urged …" said by the reporter ends the reported clause
            if c.dep_ in ("conj", "advcl") and start < c.i < end and (r := _lifted_to(c)) is not None and r.i == v.i:
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
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > start and doc[c.i - 1].text == ",":
                if c.lemma_.lower() in ("include",):
                    pass
                else:
                    continue
            end = max(end, c.right_edge.i + 1)
        # a parse that broke the clause off early: run on to the sentence's end unless another cue starts
        sent = v.sent
        if end < sent.end and sent.end - end <= 60:
            rest = doc[end:sent.end]
            ancestors = {a.i for a in v.ancestors}
            if not any(t.i in ancestors for t in rest) and \
                    not any(lemma_of(t) in _CUE_LEMMAS and t.pos_ == "VERB" for t in rest) and \
                    not any(t.text in ";" for t in rest):
                tail = [t for t in rest if not t.is_space]
                if tail and len(tail) <= 40:
                    end = sent.end
        end = min(end, start + _MAX_CONTENT, cut if cut is not None else end)  # the bound keeps it linear
        end = self.cut_contrast(start, end)
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in ".,;:–—-" or
                               doc[end - 1].is_punct and doc[end - 1].text not in CLOSE_QUOTES + ")]"):
            end -= 1
        return end

    def cut_contrast(self, start: int, end: int) -> int:
        """'… said A, while others urged B': another speaker's clause brought in by 'while/whereas/but' after a
        comma is that speaker's statement, not part of this content."""
        doc = self.doc
        for t in doc[start:end]:
            if t.pos_ != "VERB" or lemma_of(t) not in _CUE_LEMMAS:
                continue
            subj = _own_subject(t)
            if subj is None or subj.lower_ in _RELATIVE:
                continue
            left = min(t.left_edge.i, subj.left_edge.i)
            k = left
            while k > start and doc[k - 1].is_space:
                k -= 1
            opener = doc[left] if doc[left].lower_ in ("while", "whereas", "but") else None
            if opener is None and k > start and doc[k - 1].lower_ in ("while", "whereas", "but"):
                opener, k = doc[k - 1], k - 1
            if opener is not None and k > start and doc[k - 1].text in (",", ";"):
                return k - 1
        return end

    def make_inverted(self, sent: Span, v: Token, subj: Token, cue_end: int) -> Attribution | None:
        """'…, said President X.', '…, X told the meeting.', '“…,” she said.'"""
        doc = self.doc
        if v.tag_ == "VBG" and v.dep_ not in ("ROOT",):
            return None
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
                                                     if c.dep_ in _SUBJ and c.i < subj.i])
            if subj.i in self.spans:  # the words after a closing quote, read off the text
                cs0 = doc.char_span(self.spans[subj.i][0], self.spans[subj.i][1], alignment_mode="expand")
                clause_start = cs0.start if cs0 is not None else clause_start
            if any(t.pos_ in ("VERB", "AUX") and t.i != v.i and t.dep_ not in ("aux", "auxpass", "amod", "acl",
                                                                                "relcl", "appos")
                   for t in doc[subj.right_edge.i + 1: v.i]):
                return None
        i = clause_start - 1
        while i >= sent.start and (doc[i].is_space or doc[i].text in ("—", "–", "-")):
            i -= 1
        if i >= sent.start and doc[i].text not in ",:" + CLOSE_QUOTES + '"' and subj.i < v.i:
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
        elif i >= sent.start and doc[i].text in (",", ":"):
            pass
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
        if quote_end is not None:
            q = self.lay.quote(quote_end.idx - 1) if quote_end.idx > 0 else None
            if q is not None and q.close_at == quote_end.idx:
                gs, ge = self.quote_group_span(q)
                head = self.lay.quote(gs)
                opener = head.open_at if head else gs - 1
                # the quote is the content when it opens the sentence (or a paragraph of its own)
                if self._opens_sentence(opener, sent):
                    cs, ce = _trim_chars(self.text, gs, ge)
                    if _words(self.text[cs:ce]) >= 2:
                        return self._att(doc, sent, v, subj, cue_end, cs, ce, "direct", "quote")
        # content: from the start of the sentence (after a dateline) to the comma before the clause
        end_char = doc[i].idx if i >= sent.start else sent.start_char
        first = max(sent.start, i - _MAX_CONTENT)
        begin = _lead_skip(self.text, doc[first].idx, end_char, self.lay)
        cs, ce = _trim_chars(self.text, begin, end_char)
        part = doc.char_span(cs, ce, alignment_mode="expand") if ce > cs else None
        if part is None or _words(self.text[cs:ce]) < 3 or not _finite(part):
            # "Teachers, he insisted, are the backbone of the system": the clause goes on after the cue
            after = self.parenthetical_rest(v, subj, sent)
            if after is None or ce <= cs and begin >= end_char:
                return None
            cs, ce = _trim_chars(self.text, begin, after)
            part = doc.char_span(cs, ce, alignment_mode="expand")
            if part is None or not _finite(part):
                return None  # an adverbial ("In an interview granted to …,") is no reported content
        if self.text[cs] in OPEN_QUOTES:
            cs += 1
        kind = _kind(self.text, cs, ce, self.lay)
        return self._att(doc, sent, v, subj, cue_end, cs, ce, kind, "inverted")

    def parenthetical_rest(self, v: Token, subj: Token, sent: Span) -> int | None:
        """The end of the sentence when the attribution sits inside it between commas and a verb follows."""
        doc = self.doc
        last = max(v.i, subj.right_edge.i if subj.i > v.i else v.i)
        j = last + 1
        while j < sent.end and doc[j].is_space:
            j += 1
        if j >= sent.end or doc[j].text != ",":
            return None
        rest = [t for t in doc[j + 1: sent.end] if not t.is_space]
        if len(rest) < 3 or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest):
            return None
        return sent.end_char

    def _opens_sentence(self, opener: int, sent: Span) -> bool:
        """The opening mark at `opener` starts a sentence or a paragraph (not a quoted phrase inside one)."""
        j = opener - 1
        while j >= 0 and self.text[j] in " \t":
            j -= 1
        if j < 0 or self.text[j] in "\n.!?:" or opener <= sent.start_char:
            return True
        par = self.lay.paragraph(opener)
        return par is not None and _lead_skip(self.text, par[0], opener, self.lay) >= opener

    def quote_group_span(self, q: _Quote) -> tuple[int, int]:
        """(start, end) of the whole quotation `q` belongs to, over paragraphs."""
        i = bisect.bisect_left(self.lay.quote_starts, q.start)
        first = last = i
        while first > 0 and self.lay.quotes[first - 1].group == q.group:
            first -= 1
        while last + 1 < len(self.lay.quotes) and self.lay.quotes[last + 1].group == q.group:
            last += 1
        return self.lay.quotes[first].start, self.lay.quotes[last].end

    def _att(self, doc: Doc, sent: Span, v: Token, subj: Token, cue_end: int, cs: int, ce: int, kind: str,
             via: str) -> Attribution:
        cue = self.text[v.idx: doc[cue_end - 1].idx + len(doc[cue_end - 1].text)]
        ms, me = self.spans.get(subj.i) or _mention_span(subj)
        start = min(ms, v.idx, cs)
        end = max(me, v.idx + len(v.text), ce)
        return Attribution(
            cue=cue, kind=kind, content_start=cs, content_end=ce, sent_start=sent.start_char,
            sent_end=sent.end_char, start=start, end=end, mention_start=ms, mention_end=me,
            mention_head=subj.i, via=via, cue_start=v.idx,
        )

    # -- "according to X", noun cues

    def according(self, sent: Span, tok: Token) -> Attribution | None:
        doc = self.doc
        to = doc[tok.i + 1]
        who = next((c for c in to.children if c.dep_ == "pobj"), None)
        if who is None:
            return None
        phrase = who
        if not self.agentive(who):
            # "according to the ministry's figures": the possessor speaks through its data
            owner = next((c for c in who.children if c.dep_ == "poss" and self.agentive(c)), None)
            if owner is None:
                of = next((c for c in who.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")), None)
                owner = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                              and self.agentive(g)), None) if of is not None else None
            if owner is None:
                return None
            who = owner
        phrase_end = max(phrase.right_edge.i, who.right_edge.i) + 1
        lead = [t for t in doc[sent.start: tok.i] if not t.is_space and not t.is_punct]
        if not lead or tok.i == sent.start or all(t.dep_ in ("cc", "advmod") for t in lead):
            # "According to X, CONTENT." (the first comma ends the phrase, whatever the parse hung on X)
            comma = next((t.i for t in doc[to.i + 1: min(sent.end, to.i + 16)] if t.text == ","), None)
            if comma is not None and comma < phrase_end:
                phrase_end = comma
                who = self._according_head(to, comma) or who
            j = phrase_end
            if j < sent.end and doc[j].text == "(":  # "According to the Ministry (MOFA), …"
                k = j
                while k < sent.end and k < j + 8 and doc[k].text != ")":
                    k += 1
                if k < sent.end and doc[k].text == ")":
                    j = k + 1
            while j < sent.end and (doc[j].is_space or doc[j].text in ",:"):
                j += 1
            cs = doc[j].idx if j < sent.end else sent.end_char
            ce = sent.end_char
        else:
            # "CONTENT, according to X."
            cs = _lead_skip(self.text, sent.start_char, tok.idx, self.lay)
            ce = tok.idx
        cs, ce = _trim_chars(self.text, cs, ce)
        if _words(self.text[cs:ce]) < 4:
            return None
        ms, me = _mention_span(who)
        if ms < cs < me:  # a parse that hung the content on the speaker's name
            me = min(me, doc[phrase_end - 1].idx + len(doc[phrase_end - 1].text))
            ms = max(ms, to.idx + len(to.text) + 1)
        return Attribution(
            cue=self.text[tok.idx: to.idx + len(to.text)], kind=_kind(self.text, cs, ce, self.lay),
            content_start=cs, content_end=ce, sent_start=sent.start_char, sent_end=sent.end_char,
            start=min(tok.idx, cs), end=max(me, ce), mention_start=ms, mention_end=me, mention_head=who.i,
            via="according", cue_start=tok.idx,
        )

    def _according_head(self, to: Token, comma: int) -> Token | None:
        """The head word of the phrase between 'according to' and the comma."""
        span = self.doc[to.i + 1: comma]
        inside = [t for t in span if not (to.i < t.head.i < comma) or t.head.i == t.i]
        return next((t for t in inside if t.pos_ in ("PROPN", "NOUN", "PRON")), None)

    def in_words(self, sent: Span, n: Token) -> Attribution | None:
        """'In the Lao leader's words, …', 'In the words of the rapporteur, …', 'In his view, …'."""
        doc = self.doc
        prep = n.head
        who = next((c for c in n.children if c.dep_ == "poss"), None)
        if who is None:
            of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            who = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if who is None or not self.agentive(who):
            return None
        lead = [t for t in doc[sent.start: prep.i] if not t.is_space and not t.is_punct]
        if lead and not all(t.dep_ in ("cc", "advmod") for t in lead):
            return None
        j = max(n.right_edge.i, who.right_edge.i) + 1
        while j < sent.end and (doc[j].is_space or doc[j].text in ",:"):
            j += 1
        if j >= sent.end:
            return None
        cs, ce = _trim_chars(self.text, doc[j].idx, sent.end_char)
        if _words(self.text[cs:ce]) < 4:
            return None
        ms, me = _mention_span(who)
        cue_end = doc[max(n.i, who.right_edge.i)]
        return Attribution(
            cue=self.text[prep.idx: cue_end.idx + len(cue_end.text)], kind=_kind(self.text, cs, ce, self.lay),
            content_start=cs, content_end=ce, sent_start=sent.start_char, sent_end=sent.end_char,
            start=prep.idx, end=ce, mention_start=ms, mention_end=me, mention_head=who.i, via="according",
            cue_start=prep.idx,
        )

    def noun_cue(self, sent: Span, n: Token) -> Attribution | None:
        """'claims by the minister that …', 'X's statement that …', 'calls by rights groups for …'."""
        if n.dep_ == "dobj" and lemma_of(n.head) in _KNOWN and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children):
            return None  # "expressed her belief that …" is the verb's statement already
        who = None
        for c in n.children:
            if c.dep_ == "poss" and self.agentive(c):
                who = c
            elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and c.i > n.i:
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                if g is not None and self.agentive(g) and (c.lower_ != "of" or g.pos_ in ("PROPN", "PRON")):
                    who = g
        if who is None:
            return None
        content = None
        for c in n.children:
            if c.i > n.i and c.dep_ in ("acl", "ccomp", "relcl", "appos") and \
                    any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                content = c
                break
        if content is None:
            return None
        start = content.left_edge.i
        while start < content.i and (self.doc[start].lower_ == "that" or self.doc[start].is_punct):
            start += 1
        end = content.right_edge.i + 1
        cs, ce = _trim_chars(self.text, self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text))
        if _words(self.text[cs:ce]) < 3:
            return None
        ms, me = _mention_span(who)
        return Attribution(
            cue=n.text, kind=_kind(self.text, cs, ce, self.lay), content_start=cs, content_end=ce,
            sent_start=sent.start_char, sent_end=sent.end_char, start=min(n.idx, ms, cs), end=max(me, ce),
            mention_start=ms, mention_end=me, mention_head=who.i, via="noun", cue_start=n.idx,
        )


# --- helpers on tokens ----------------------------------------------------------------------------

_KNOWN = THAT_CUES | NP_CUES | LISTENER_VERBS | EXPRESS_VERBS | COMM_VERBS | {"speak", "talk", "call"}
_CUE_LEMMAS = THAT_CUES | NP_CUES | LISTENER_VERBS | {"call", "speak", "talk"}


def lemma_of(tok: Token) -> str:
    """The verb's lemma, checked against the cue lexicon: the small model lemmatises 'hoped' as 'hop'."""
    lemma = tok.lemma_.lower()
    if lemma in _KNOWN or not tok.tag_.startswith("VB"):
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
    return next((c for c in cands if c in _KNOWN), lemma)


_GUEST_NOUNS = {"delegation", "guest", "visitor", "tourist", "counterpart", "leader", "minister", "president",
                "ambassador", "delegate", "participant", "official", "envoy", "team", "group", "visit", "arrival",
                "premier", "chairman", "chairwoman", "secretary", "king", "queen", "prince", "host", "student",
                "people", "friend", "partner", "investor", "passenger", "athlete"}
_STRONG_PARTICIPLES = {"affirm", "reaffirm", "stress", "emphasise", "emphasize", "underline", "underscore",
                       "highlight", "note", "say", "add", "state", "reiterate", "express", "voice", "urge", "warn",
                       "insist", "argue", "claim", "describe", "praise", "suggest", "propose", "pledge", "assert",
                       "confirm", "acknowledge", "call"}
# texts that speak for their authors: "a statement urging …", "a letter calling for …"
_TEXT_NOUNS = {"statement", "letter", "report", "resolution", "message", "communique", "communiqué", "declaration",
               "petition", "appeal", "note", "memo", "memorandum", "release", "post", "tweet", "speech", "op-ed"}
_MAX_CONTENT = 300  # tokens: far more than any reported clause needs
_VIEW_NOUNS = {"words", "view", "opinion", "assessment", "estimation", "judgement", "judgment", "analysis"}
_PARTITIVES = {"number", "lot", "majority", "handful", "couple", "some", "many", "most", "all", "several", "few",
               "one", "each", "both", "none", "rest", "dozens", "hundreds", "thousands", "group"}


def _own_subject(v: Token) -> Token | None:
    """The verb's subject; of two (a dateline or a title the parse made a second subject), the one nearest
    before the verb."""
    subs = [c for c in v.children if c.dep_ in _SUBJ and c.pos_ != "SCONJ"]
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


def _lifted_to(v: Token) -> Token | None:
    """'X said the bloc remained concerned and urged the junta …': a reporting verb with no subject of its own,
    coordinated with the verb of a reported clause and in the reporting verb's tense, is a second act of the
    reporter. Returns that reporting verb. Not when the reported clause has a named person of its own as
    subject ('said Minh visited the site and promised …'): then Minh is the one who promised."""
    participle = v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == ","
    if not (participle or v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ", "VBP")) or _own_subject(v) is not None:
        return None  # (", saying …" after the reported clause is the reporter's too)
    h = v.head
    if h.dep_ != "ccomp" or h.i > v.i or not participle and lemma_of(h) in _CUE_LEMMAS:
        return None
    r = h.head
    if r.i > h.i or not participle and r.tag_ != v.tag_ or lemma_of(r) not in THAT_CUES:
        return None
    s = _own_subject(h)
    if s is not None and s.ent_type_ == "PERSON":
        return None
    return r


def _passive(v: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def _agent(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _mention_span(tok: Token) -> tuple[int, int]:
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


def _finite(span: Span) -> bool:
    """The words hold a clause (a finite verb), not just a phrase."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.tag_ == "VB" and t.dep_ in ("ROOT", "ccomp", "conj")
               for t in span)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _trim_chars(text: str, s: int, e: int) -> tuple[int, int]:
    """No blanks or stray punctuation at the ends; an opening quote mark at the start is dropped, a closing one
    kept only when its opening is inside."""
    while s < e and (text[s].isspace() or text[s] in ",;:–—-" or text[s] in OPEN_QUOTES and text[s] != "‘"):
        if text[s] in "“" and "”" in text[s + 1:e] and text.find("”", s + 1, e) < e - 1:
            break  # the quoted phrase closes inside: keep its opening mark (mixed content)
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:–—-./"):
        e -= 1
    seg = text[s:e]
    if seg and seg[-1] in "”\"" and seg.count("“") + seg.count('"') - (1 if seg[-1] == '"' else 0) < \
            seg.count("”") + (1 if seg[-1] == '"' else 0):
        e -= 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
    return s, e


def _lead_skip(text: str, pos: int, limit: int, lay: _Layout | None = None) -> int:
    """The first position at or after `pos` that is content: past caption credits, a crawler's date, a
    dateline ('JAKARTA -', 'Geneva (VNA) –')."""
    for _ in range(3):
        if lay is not None:
            sp = lay.skip.find(pos)
            if sp is not None and sp[1] <= limit:
                pos = sp[1]
        m = _LEAD.match(text, pos)
        new = m.end() if m and m.end() <= limit else pos
        if new == pos:
            break
        pos = new
    while pos < limit and text[pos] in " \t\n.,;:–—-":
        pos += 1
    return pos


def _kind(text: str, cs: int, ce: int, lay: _Layout) -> str:
    seg = text[cs:ce]
    q = lay.quote(cs)
    if q is not None and q.start <= cs and (q.end >= ce - 1):
        return "direct"
    if any(ch in seg for ch in "“”\""):
        return "mixed"
    return "indirect"


# --- quotes that go on after their attribution ----------------------------------------------------


def _continued_quotes(ctx: _Ctx, found: list[Attribution]) -> list[Attribution]:
    """A quotation that opens a sentence with no attribution of its own belongs to the last speaker when it
    follows a statement in the same or the previous paragraph: '“…,” X told Y. “…”' and a bare quote
    paragraph after '“…,” Pham said.'"""
    text = ctx.text
    lay = ctx.lay
    covered = _Spans([(a.content_start, a.content_end) for a in found])
    by_pos = sorted(found, key=lambda a: a.content_start)
    starts = [a.content_start for a in by_pos]
    out: list[Attribution] = []
    seen_groups: set[int] = set()
    for q in lay.quotes:
        if q.group in seen_groups:
            continue
        gs, ge = ctx.quote_group_span(q)
        if gs in covered or (gs + 1) in covered:
            seen_groups.add(q.group)
            continue
        if q.open_at in lay.skip or q.open_at in ctx.answers or q.open_at in ctx.questions:
            continue
        par = lay.paragraph(q.open_at)
        if par is None:
            continue
        # the quote opens its sentence
        j = q.open_at - 1
        while j >= par[0] and text[j] in " \t":
            j -= 1
        if j >= par[0] and text[j] not in ".!?”\"’\n":
            continue
        cs, ce = _trim_chars(text, gs, ge)
        if _words(text[cs:ce]) < 5:
            continue
        # the statement just before, in this paragraph or the one before it
        k = bisect.bisect_left(starts, q.open_at) - 1
        prev = by_pos[k] if k >= 0 else None
        if out and (prev is None or out[-1].content_start > prev.content_start):
            prev = out[-1]  # a run of quote paragraphs: each goes on the one before
        if prev is None:
            continue
        pi, qi = lay.paragraph_index(prev.content_start), lay.paragraph_index(q.open_at)
        if qi - pi > 1 or prev.mention_start is None:
            continue
        if qi - pi == 1 and not _opens_paragraph(text, par, q.open_at):
            continue
        seen_groups.add(q.group)
        sent_end = ce
        out.append(Attribution(
            cue=prev.cue, kind="direct", content_start=cs, content_end=ce, sent_start=q.open_at,
            sent_end=sent_end, start=q.open_at, end=ce, mention_start=prev.mention_start,
            mention_end=prev.mention_end, mention_head=prev.mention_head, via="continued",
        ))
    return out


def _opens_paragraph(text: str, par: tuple[int, int], pos: int) -> bool:
    return text[par[0]:pos].strip() == ""


# --- interviews -----------------------------------------------------------------------------------


@dataclass
class _Interview:
    answers: list[tuple[int, int]]  # (start, end) of each answer paragraph's text (after a "Name:" label)
    mention: tuple[int, int] | None  # the interviewee as named in the text
    mention_head: int | None
    first_q: int = 0  # where the questions start
    from_lead: bool = False  # the interviewee was guessed from the lead's first person
    labels: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # "Name:" labels of turns
    questions: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # the interviewer's questions
    who: dict[int, tuple[tuple[int, int] | None, int | None]] = dataclasses.field(default_factory=dict)


def _interviewee_from(iv: _Interview, found: list[Attribution], doc: Doc) -> None:
    """The interviewee is who the lead reports as saying something before the first question."""
    for a in sorted(found, key=lambda a: a.start):
        if a.start >= iv.first_q or a.mention_head is None:
            break
        head = doc[a.mention_head]
        span = doc.char_span(a.mention_start, a.mention_end, alignment_mode="expand")
        if span is None:
            continue
        if any(t.pos_ == "PROPN" and t.text[:1].isupper() or t.ent_type_ == "PERSON" for t in span) and \
                head.ent_type_ not in ("GPE", "NORP"):
            iv.mention, iv.mention_head = (a.mention_start, a.mention_end), a.mention_head
            return


def _interview(doc: Doc, lay: _Layout, found: list[Attribution]) -> _Interview | None:
    """Question-and-answer pieces: 'Name: answer' transcripts, or question paragraphs (ending in '?') each
    followed by answer paragraphs, with the interviewee named in the lead."""
    text = doc.text
    units = [(s, e) for s, e in lay.lines if not _skipped_line(lay, s, e)]
    return _transcript(doc, text, lay, units) or _qa_form(doc, text, lay, units, found)


def _skipped_line(lay: _Layout, s: int, e: int) -> bool:
    sp = lay.skip.find(s)
    return sp is not None and sp[1] >= e


def _transcript(doc: Doc, text: str, lay: _Layout, units: list[tuple[int, int]]) -> _Interview | None:
    turns = []  # (start, end, label, body_start)
    for s, e in units:
        m = _LABEL.match(text, s, e)
        if m:
            label = m.group(1).strip()
            low = label.lower()
            if low in _NOT_LABELS or label.isupper() and low not in _QA_LABELS and len(label) > 3:
                continue
            words = label.split()
            if not (low in _QA_LABELS or all(w[0].isupper() for w in words if w[0].isalpha())):
                continue
            turns.append((s, e, label, m.end()))
    if len(turns) < 2 or len({t[2] for t in turns}) > 40:  # a list of "Key: value" lines, not a dialogue
        return None
    keys = {}
    for _, _, label, _ in turns:
        keys.setdefault(_label_key(label, keys), label)
    labels = {_label_key(t[2], keys) for t in turns}
    if len(labels) < 2:
        return None
    asks: dict[str, int] = {}
    for _s, e, label, b in turns:
        k = _label_key(label, keys)
        asks[k] = asks.get(k, 0) + (1 if "?" in text[b:e] else 0)
    interviewers = {k for k in labels if asks.get(k, 0) > 0 or k.split()[0] in _INTERVIEWER_WORDS
                    or k in ("q",)}
    interviewers |= {k for k in labels if any(w in _INTERVIEWER_WORDS for w in k.split())}
    if "a" in labels:
        interviewers.discard("a")
    guests = labels - interviewers
    if not guests or not interviewers:
        return None
    answers = []
    who: dict[int, tuple[tuple[int, int] | None, int | None]] = {}  # answer start → the guest who gives it
    mention = None
    head = None
    turn_at = {t[0]: t for t in turns}
    current_guest = False
    current: tuple[tuple[int, int] | None, int | None] = (None, None)
    for s, e in units:
        t = turn_at.get(s)
        if t is not None:
            k = _label_key(t[2], keys)
            current_guest = k in guests
            if current_guest:
                answers.append((t[3], e))
                current = _label_mention(doc, s, t[3]) if k not in ("a", "answer") else (None, None)
                who[t[3]] = current
                if mention is None and current[0] is not None:
                    mention, head = current
            continue
        if current_guest and not _THANKS.match(text[s:e]) and not text[s:e].rstrip().endswith("?") and \
                not _EDITORS_NOTE.search(text[s:e]):
            answers.append((s, e))
            who[s] = current
    if not answers:
        return None
    first_q = turns[0][0]
    labels = [(t[0], t[3]) for t in turns]
    questions = [(t[0], t[1]) for t in turns if _label_key(t[2], keys) in interviewers and
                 text[t[0]:t[1]].rstrip().endswith("?")]
    if mention is None or text[mention[0]:mention[1]].strip().lower() in ("a", "answer"):
        mention, head = _lead_person(doc, lay, answers[0][0])
        return _Interview(answers, mention, head, first_q=first_q, from_lead=True, labels=labels,
                          questions=questions)
    return _Interview(answers, mention, head, first_q=first_q, labels=labels, questions=questions, who=who)


def _label_key(label: str, keys: dict[str, str]) -> str:
    """The same speaker under a longer and a shorter label ('Journalist Dieu Thuy', 'Dieu Thuy')."""
    low = " ".join(label.lower().split())
    for k in keys:
        if k != low and (k.endswith(" " + low) or low.endswith(" " + k)):
            return k if len(k) > len(low) else low
    return low


def _label_mention(doc: Doc, s: int, body: int) -> tuple[tuple[int, int] | None, int | None]:
    span = doc.char_span(s, body, alignment_mode="contract")
    if span is None:
        return None, None
    toks = [t for t in span if not t.is_punct and not t.is_space]
    if not toks:
        return None, None
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text)), toks[-1].i


def _qa_form(doc: Doc, text: str, lay: _Layout, units: list[tuple[int, int]],
             found: list[Attribution]) -> _Interview | None:
    is_q = [text[s:e].rstrip().rstrip("".join(CLOSE_QUOTES)).endswith("?") and text[s] not in OPEN_QUOTES
            for s, e in units]
    q_idx = [i for i, q in enumerate(is_q) if q and i + 1 < len(units) and not is_q[i + 1]]
    if not q_idx:
        return None
    first_q = units[q_idx[0]][0]
    lead = text[:first_q]
    qtexts = [text[units[i][0]:units[i][1]] for i in q_idx]
    said_so = bool(_INTERVIEW_WORDS.search(lead)) or any(_QUESTION_LABEL.match(q) for q in qtexts)
    addressed = sum(1 for q in qtexts if re.search(r"\b(?:you|your|yours)\b", q, re.I))
    answers = []
    for k, qi in enumerate(q_idx):
        stop = q_idx[k + 1] if k + 1 < len(q_idx) else len(units)
        for i in range(qi + 1, stop):
            s, e = units[i]
            body = text[s:e]
            if is_q[i]:
                continue
            m = _QUESTION_LABEL.match(body)
            if m is not None or _THANKS.match(body) and len(body.split()) <= 12:
                stop = i  # the interviewer's closing thanks ("Reporter: Thank you, Ambassador!") or next turn
                break
            if not re.search(r"[.!?…”\":]\s*$", body) or _EDITORS_NOTE.search(body):
                continue
            answers.append((s, e))
        if k + 1 == len(q_idx):
            break
    if not answers:
        return None
    # an explainer's question headings ("Why does Vietnam want a seat?") are no interview: a real one says so
    # in its lead or labels, or asks "you", or is answered in the first person
    first_person = sum(1 for s, e in answers if re.search(r"\b(?:I|we|my|our|us|I'm|I’m)\b", text[s:e]))
    if not said_so and (len(q_idx) < 2 or (addressed * 2 < len(q_idx) and first_person * 2 < len(answers))):
        return None
    # a news story with a question as a heading: what follows reports other people's words
    reported = sorted(a.start for a in found if a.mention_head is not None and
                      doc[a.mention_head].lower_ not in ("i", "we") and
                      (a.via in ("inverted", "quote", "according") or
                       a.cue.split()[0].lower() in ("said", "says", "told", "tells", "added", "stated", "wrote")))
    third = 0
    for s, e in answers:
        k = bisect.bisect_left(reported, s)
        third += k < len(reported) and reported[k] < e
    if third * 2 >= len(answers):
        return None
    mention, head = _lead_person(doc, lay, first_q)
    questions = [units[i] for i, q in enumerate(is_q) if q and units[i][0] >= first_q]
    return _Interview(answers, mention, head, first_q=first_q, from_lead=True, questions=questions)


def _lead_person(doc: Doc, lay: _Layout, limit: int) -> tuple[tuple[int, int] | None, int | None]:
    """The person the lead is about: the first person named in running text before `limit`, preferring
    the subject of a sentence."""
    first = None
    # "The Diplomat spoke with Josef Benedek, …": the one the lead says is interviewed
    m = _INTERVIEWED.search(doc.text, 0, limit)
    span = doc.char_span(m.end(), min(len(doc.text), m.end() + 60), alignment_mode="expand") if m else None
    if span is not None:
        name = []
        for t in span:
            if not (t.text[:1].isupper() and t.is_alpha) or len(name) == 5:
                break
            name.append(t)
        if len(name) >= 2:
            return (name[0].idx, name[-1].idx + len(name[-1].text)), name[-1].i
    for ent in doc.ents:
        if ent.start_char >= limit:
            break
        if ent.label_ != "PERSON" or ent.start_char in lay.skip or \
                ent.start > 0 and doc[ent.start - 1].lower_ == "by":  # a byline names the writer
            continue
        if first is None:
            first = ent
        if ent.root.dep_ in ("nsubj", "nsubjpass", "appos") or ent.root.head.dep_ in ("nsubj",):
            return (ent.start_char, ent.end_char), ent.root.i
    if first is not None:
        return (first.start_char, first.end_char), first.root.i
    return None, None


def _answers(doc: Doc, text: str, iv: _Interview) -> list[Attribution]:
    out = []
    for s, e in iv.answers:
        cs, ce = _trim_chars(text, s, e)
        if _words(text[cs:ce]) < 3 or (_THANKS.match(text[cs:ce]) and _words(text[cs:ce]) <= 6):
            continue  # "Thank you very much." answers nothing
        mention, head = iv.who.get(s) or (None, None)  # a transcript with several guests: each their own
        if mention is None:
            mention, head = iv.mention, iv.mention_head
        out.append(Attribution(
            cue="answered", kind="direct", content_start=cs, content_end=ce, sent_start=s, sent_end=e,
            start=s, end=e, mention_start=mention[0] if mention else None,
            mention_end=mention[1] if mention else None, answer=True, mention_head=head, via="answer",
        ))
    return out
