"""The claim: one dataclass that every later stage (store, output, filters) passes on.

Also the per-document record that `vnhrc tags` prints, and the step that turns the rules' findings
(statements with their speakers, quantities) into claims carrying the dates and numbers inside them.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Claim:
    id: str
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

    def to_dict(self) -> dict[str, Any]:
        # a shallow copy per field: asdict's recursive deep copy dominated output time on large corpora
        d = {name: getattr(self, name) for name in _CLAIM_FIELDS}
        d["dates"] = [dict(x) for x in self.dates]
        d["numbers"] = [dict(x) for x in self.numbers]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


@dataclass
class DocRecord:
    """Everything vnhrc found in one document: metadata, tags and claims."""

    doc: str
    title: str | None
    doc_date: str | None
    source: str | None
    entities: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    numbers: list[dict[str, Any]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
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

    def moved_to(self, path: str) -> DocRecord:
        """The same record for the same text read from another path (ids and doc follow the path)."""
        stem = doc_stem(path)
        claims = []
        for c in self.claims:
            n = c.id.rsplit("#", 1)[-1]
            claims.append(Claim.from_dict({**c.to_dict(), "doc": path, "id": f"{stem}#{n}"}))
        return DocRecord(**{**self.tags_dict(), "doc": path, "claims": claims})


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_RECORD_FIELDS = tuple(f.name for f in fields(DocRecord))


def doc_stem(path: str) -> str:
    if path == "-":
        return "stdin"
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


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
) -> list[Claim]:
    """Statements (with resolved speakers) and quantities → claims in text order, with ids.

    A statement carries the dates and numbers inside its content span; a quantity those inside its span.
    """
    stem = doc_stem(path)
    raw: list[Claim] = []
    for s in statements:
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
            )
        )
    raw.sort(key=lambda c: (c.start, c.type != "statement", c.end))
    for i, c in enumerate(raw):
        c.id = f"{stem}#{i}"
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
    q, s = fold(query).split(), fold(speaker).replace("-", " ").split()
    return bool(q) and all(w in s for w in q)


def claim_dates(c: Claim) -> list[str]:
    """ISO dates a claim is about (each end of a range), else the document's date."""
    out = []
    for d in c.dates:
        for part in str(d.get("iso") or "").split("/"):
            if part and not part.startswith("X"):
                out.append(part)
    if not out and c.doc_date:
        out.append(c.doc_date)
    return out


def _date_key(iso: str, end: bool) -> str:
    """'2023' → '2023-01-01' (or '2023-12-31' as an end), so partial ISO values compare with full ones."""
    if len(iso) == 4:
        return iso + ("-12-31" if end else "-01-01")
    if len(iso) == 7:
        return iso + ("-31" if end else "-01")
    return iso


def keep_claim(
    c: Claim,
    types: Sequence[str] = (),
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    grep: Any = None,
) -> bool:
    """The `--type/--speaker/--since/--until/--grep` filters; `grep` is a compiled regex."""
    if types and c.type not in types:
        return False
    if speaker and not speaker_matches(speaker, c.speaker):
        return False
    if since or until:
        ds = claim_dates(c)
        if not ds:
            return False
        if since and not any(_date_key(d, True) >= since for d in ds):
            return False
        if until and not any(_date_key(d, False) <= until for d in ds):
            return False
    return not (grep is not None and not grep.search(c.content or ""))
