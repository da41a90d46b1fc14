"""The claim: one dataclass that every later stage (store, output, filters) passes on.

Also the per-document record that `vnhrc tags` prints, and the step that turns the rules' findings
(statements with their speakers, quantities) into claims carrying the dates and numbers inside them.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Claim:
    """One claim; every field is described in README ("A claim's fields") and in `CLAIM_SCHEMA` (schema.py)."""

    id: str  # claim_id(doc, n): unique within a run, the same on every run over the same input
    doc: str
    doc_date: str | None
    type: str  # statement | quantity
    speaker: str | None = None
    speaker_type: str | None = None  # person | org | country
    speaker_title: str | None = None
    cue: str | None = None
    kind: str | None = None  # direct | indirect | mixed
    content: str | None = None
    dates: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    sentence: str = ""
    start: int = 0
    end: int = 0
    # quantity claims
    subject: str | None = None
    value: float | int | None = None
    unit: str | None = None
    # when the statement was made (said_on.py): the speech act's date, else the document's date, else None;
    # a quantity claim is dated by its document
    said_on: str | None = None
    url: str | None = None  # the page's address when known (a URL read, a page's canonical link, a corpus field)
    # statements: the speaker's per-name id (identity.speaker_id); corpus tools merge short forms into full names
    speaker_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # a shallow copy per field: asdict's recursive deep copy dominated output time on large corpora
        d = {name: getattr(self, name) for name in _CLAIM_FIELDS}
        d["dates"] = [dict(x) for x in self.dates]
        d["numbers"] = [dict(x) for x in self.numbers]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        # Names computed once (below the class): fields() per call was a third of reading a large cache.
        return cls(**{k: v for k, v in d.items() if k in _CLAIM_NAMES})


@dataclass
class DocRecord:
    """Everything vnhrc found in one document: metadata, tags and claims."""

    doc: str
    title: str | None
    doc_date: str | None
    source: str | None
    url: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    sha256: str | None = None  # of the text as read: copies of one text under several paths share it
    error: str | None = None  # set when the rules failed on this document (it is then reported as skipped)

    def tags_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _RECORD_FIELDS if name not in ("claims", "error")}

    def to_dict(self) -> dict[str, Any]:
        return {**self.tags_dict(), "claims": [c.to_dict() for c in self.claims]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocRecord:
        d = dict(d)
        d["claims"] = [Claim.from_dict(c) for c in d.get("claims", [])]
        return cls(**d)

    def moved_to(self, path: str, text_key: str | None = None) -> DocRecord:
        """The same record for the same text read from another path (ids and doc follow the path); `text_key`
        (the text's sha256) names a record moved to stdin."""
        claims = []
        for n, c in enumerate(self.claims):
            claims.append(Claim.from_dict({**c.to_dict(), "doc": path, "id": claim_id(path, n, text_key)}))
        return DocRecord(**{**self.tags_dict(), "doc": path, "claims": claims})


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_CLAIM_NAMES = frozenset(_CLAIM_FIELDS)
_RECORD_FIELDS = tuple(f.name for f in fields(DocRecord))


STDIN = "-"
_DIGEST_CHARS = 12  # of the text's sha256 in a stdin claim's id: collisions need ~10^7 distinct texts


def text_digest(text: str) -> str:
    """sha256 of the text as read (the cache's key for it too)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def claim_id(path: str, n: int, text_key: str | None = None) -> str:
    """`<path as given>#<n>` (n: the claim's place in its document), or `stdin:<12 hex of the text's sha256>#<n>`.

    Two files of one name in two folders differ by their paths; every stdin run of the same text gets the same
    ids and different texts different ones. The same command over the same files gives the same ids.
    """
    if path == STDIN:
        return f"stdin:{(text_key or '')[:_DIGEST_CHARS]}#{n}"
    return f"{path}#{n}"


def doc_short(path: str) -> str:
    """The document as a table shows it: the file name (`stdin` for standard input; a URL's last path segment,
    or its host when it has none; an article of a corpus as `dump.jsonl:7`)."""
    if path == STDIN:
        return "stdin"
    if "://" in path[:10]:
        address = path.split("://", 1)[1].split("#", 1)[0].split("?", 1)[0]
        host, _, rest = address.partition("/")
        segments = [s for s in rest.split("/") if s]
        return segments[-1] if segments else host
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


# --- the claim's JSON Schema (`vnhrc schema`; README "A claim's fields" says the same in words) ---------------

_NULLABLE_STR = {"type": ["string", "null"]}
_ISO = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CLAIM_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "vnhrc claim",
    "description": "One claim as `vnhrc extract` and `vnhrc who` print it (a JSON Lines row, a JSON array item).",
    "type": "object",
    "required": ["id", "doc", "doc_date", "said_on", "type", "content", "dates", "numbers", "sentence", "start",
                 "end"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "description": "`<path as given>#<n>`, or `stdin:<12 hex of the text's sha256>#<n>`;"
               " unique within a run, the same on every run over the same input", "pattern": "#\\d+$"},
        "doc": {"type": "string", "description": "the path as given (`-` for standard input)"},
        "doc_date": {"type": ["string", "null"], "pattern": _ISO,
                     "description": "the publication date the article states"},
        "said_on": {"type": ["string", "null"], "pattern": _ISO,
                    "description": "when the statement was made: the reporting clause's date ('said on Thursday',"
                                   " resolved against doc_date), else doc_date, else null; quantities: doc_date"},
        "type": {"enum": ["statement", "quantity"]},
        "speaker": {**_NULLABLE_STR, "description": "the fullest name in the document (statements)"},
        "speaker_id": {"type": ["string", "null"], "pattern": "^[0-9a-f]{12}$",
                       "description": "statements: 12 hex digits naming the speaker, the same for every spelling"
                                      " of the name (case, diacritics, an honorific) on every run; `speakers`,"
                                      " `who` and the database merge a surname or acronym into the one full"
                                      " name it fits"},
        "speaker_type": {"enum": ["person", "org", "country", None]},
        "speaker_title": {**_NULLABLE_STR, "description": "title or role, as the document gives it"},
        "cue": {**_NULLABLE_STR, "description": "the reporting verb or phrase"},
        "kind": {"enum": ["direct", "indirect", "mixed", None]},
        "content": {**_NULLABLE_STR, "description": "the reported content, verbatim"},
        "dates": {"type": "array", "description": "dates inside the content", "items": {
            "type": "object", "required": ["text", "iso"], "additionalProperties": False,
            "properties": {"text": {"type": "string"}, "iso": {"type": "string"}}}},
        "numbers": {"type": "array", "description": "numbers inside the content", "items": {
            "type": "object", "required": ["text", "value", "unit"], "additionalProperties": False,
            "properties": {"text": {"type": "string"}, "value": {"type": ["number", "null"]}, "unit": _NULLABLE_STR}}},
        "sentence": {"type": "string", "description": "the sentence the claim stands in"},
        "start": {"type": "integer", "minimum": 0, "description": "text[start:end] is the claim in the text as read"},
        "end": {"type": "integer", "minimum": 0},
        "url": {**_NULLABLE_STR, "description": "the page's address when known (a URL read, a page's canonical"
                                                " link, a corpus's url field)"},
        "subject": {**_NULLABLE_STR, "description": "quantities: what the number is said of"},
        "value": {"type": ["number", "null"], "description": "quantities: the value"},
        "unit": {**_NULLABLE_STR, "description": "quantities: the counted noun, singular"},
    },
}


def tags_within(tags: Iterable[dict[str, Any]], start: int, end: int, keys: Sequence[str]) -> list[dict]:
    return [{k: t.get(k) for k in keys} for t in tags if t["start"] >= start and t["end"] <= end]


def build_claims(
    path: str,
    doc_date: str | None,
    text: str,
    statements: Iterable[Any],
    quantities: Iterable[Any],
    dates: list[dict[str, Any]],
    numbers: list[dict[str, Any]],
    said_on: Sequence[str | None] | None = None,
    url: str | None = None,
) -> list[Claim]:
    """Statements (with resolved speakers) and quantities → claims in text order, with ids.

    A statement carries the dates and numbers inside its content span; a quantity those inside its span.
    `said_on` gives each statement's date (as said_on.said_on finds it); a quantity is dated by the document.
    """
    raw: list[Claim] = []
    statements = list(statements)
    when = list(said_on) if said_on is not None else [doc_date] * len(statements)
    for s, day in zip(statements, when):
        content = text[s.content_start : s.content_end]
        raw.append(
            Claim(
                id="",
                doc=path,
                doc_date=doc_date,
                type="statement",
                speaker=s.speaker,
                speaker_type=s.speaker_type,
                speaker_title=s.speaker_title,
                cue=s.cue,
                kind=s.kind,
                content=content,
                dates=tags_within(dates, s.content_start, s.content_end, ("text", "iso")),
                numbers=tags_within(numbers, s.content_start, s.content_end, ("text", "value", "unit")),
                sentence=text[s.sent_start : s.sent_end],
                start=s.start,
                end=s.end,
                said_on=day,
            )
        )
    for q in quantities:
        raw.append(
            Claim(
                id="",
                doc=path,
                doc_date=doc_date,
                type="quantity",
                content=text[q.start : q.end],
                dates=tags_within(dates, q.start, q.end, ("text", "iso")),
                numbers=tags_within(numbers, q.start, q.end, ("text", "value", "unit")),
                sentence=text[q.sent_start : q.sent_end],
                start=q.start,
                end=q.end,
                subject=q.subject,
                value=q.value,
                unit=q.unit,
                said_on=doc_date,
            )
        )
    raw.sort(key=lambda c: (c.start, c.type != "statement", c.end))
    key = text_digest(text) if path == STDIN else None
    for i, c in enumerate(raw):
        c.id = claim_id(path, i, key)
        c.url = url
    return raw


# --- matching names as users type them ----------------------------------------------------------

_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss"})


@functools.lru_cache(maxsize=65536)  # the rules fold the same words thousands of times per document
def fold(text: str) -> str:
    """Lower case without diacritics: 'Lê Thị Tuyết Mai' → 'le thi tuyet mai'."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def speaker_matches(query: str, speaker: str | None) -> bool:
    """True when every word the user typed is a word of the speaker's name (any case, any diacritics)."""
    if not speaker:
        return False
    q, s = fold(query).replace("-", " ").split(), fold(speaker).replace("-", " ").split()
    return bool(q) and all(w in s for w in q)


def date_bound(value: str, end: bool = False) -> str:
    """A `--since/--until` value (YYYY, YYYY-MM or YYYY-MM-DD) as the day it begins or, as an `end`, ends.

    '2023' → '2023-01-01' (or '2023-12-31'); '2024-02' → '2024-02-01' (or '2024-02-29'); ValueError otherwise.
    """
    import calendar
    import datetime as dt

    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d is not None:
            return dt.date(y, int(mo), int(d)).isoformat()
        if mo is not None:
            last = calendar.monthrange(y, int(mo))[1]  # ValueError for month 13
            return dt.date(y, int(mo), last if end else 1).isoformat()
        return dt.date(y, 12, 31).isoformat() if end else dt.date(y, 1, 1).isoformat()
    except (ValueError, calendar.IllegalMonthError):
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") from None


@dataclass
class ClaimFilter:
    """The `--type/--speaker/--since/--until/--grep` filters of extract, who and speakers.

    `speakers`: any of these names (as `speaker_matches` compares them); `since`/`until`: full ISO days,
    compared with the claim's `said_on` (a said_on of a month or a year passes when the periods overlap);
    `grep`: a compiled regex searched in the content. `undated` counts the claims a date filter left out only
    because they have no said_on, so the command can say so.
    """

    types: Sequence[str] = ()
    speakers: Sequence[str] = ()
    since: str | None = None
    until: str | None = None
    grep: Any = None
    undated: int = 0

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"--since {self.since} is after --until {self.until}")

    def keep(self, c: Claim) -> bool:
        if self.types and c.type not in self.types:
            return False
        if self.speakers and not any(speaker_matches(name, c.speaker) for name in self.speakers):
            return False
        if self.grep is not None and not self.grep.search(c.content or ""):
            return False
        if self.since or self.until:
            if not c.said_on:
                self.undated += 1
                return False
            if self.since and date_bound(c.said_on, end=True) < self.since:
                return False
            if self.until and date_bound(c.said_on) > self.until:
                return False
        return True
