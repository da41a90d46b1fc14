"""Dates: calendar mentions in a Doc → ISO values anchored to the document's own date.

First version: spaCy's DATE entities and year ranges, parsed with dateutil.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from dateutil import parser as dateparser

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

_DASH = r"\s*[-–—‐‑−]\s*"
_YEAR_RANGE = re.compile(rf"\b((?:19|20)\d\d){_DASH}((?:19|20)?\d\d)\b")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def find_dates(doc: Doc, anchor: str | None, monthfirst: bool = False) -> list[dict[str, Any]]:
    """Every calendar date, range or term in the Doc as {text, iso, start, end}, in text order."""
    text = doc.text
    found: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for m in _YEAR_RANGE.finditer(text):
        a, b = m.group(1), m.group(2)
        if len(b) == 2:
            b = a[:2] + b
        if int(b) > int(a):
            found.append({"text": m.group(0), "iso": f"{a}/{b}", "start": m.start(), "end": m.end()})
            taken.append((m.start(), m.end()))
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        iso = normalise(ent.text, anchor, monthfirst)
        if iso:
            found.append({"text": ent.text, "iso": iso, "start": ent.start_char, "end": ent.end_char})
    found.sort(key=lambda d: d["start"])
    return found


def normalise(text: str, anchor: str | None = None, monthfirst: bool = False) -> str | None:
    """One date mention → ISO (`2025-10-14`, `2025-10`, `2025`, `XXXX-10-14`), or None if it is no date."""
    t = text.strip()
    if re.fullmatch(r"(?:19|20)\d\d", t):
        return t
    if not any(ch.isdigit() for ch in t):
        return None
    has_year = bool(re.search(r"\b(?:19|20)\d\d\b", t))
    has_month = any(m in t.lower() for m in _MONTHS) or bool(re.search(r"\d+/\d+", t))
    if not has_month:
        return None
    base = dt.datetime(_anchor_year(anchor) or 1900, 1, 1)
    try:
        d = dateparser.parse(t.replace("Sept.", "Sep."), default=base, dayfirst=not monthfirst, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.sub(r"\b(?:19|20)\d\d\b", "", t)))
    if not has_day:
        return f"{d.year:04d}-{d.month:02d}" if (has_year or anchor) else None
    if not has_year and not anchor:
        return f"XXXX-{d.month:02d}-{d.day:02d}"
    return d.date().isoformat()


def _anchor_year(anchor: str | None) -> int | None:
    if anchor and re.match(r"\d{4}", anchor):
        return int(anchor[:4])
    return None
