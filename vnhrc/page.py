"""Page layout from the text alone: paragraphs, lines, hard-wrapped paragraphs, headlines. No spaCy.
"""

from __future__ import annotations

import re

from .lexicon.page import CLOSE_QUOTES, OPEN_QUOTES


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


def wrapped_units(text: str) -> list[tuple[int, int]]:
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


def is_headline(line: str) -> bool:
    """A line with no sentence punctuation at its end: a headline, a menu entry, a related-story link."""
    s = line.strip().rstrip("*").strip()
    if not s:
        return True
    if s[-1] in ".!?…,;:" or s[-1] in CLOSE_QUOTES or s.endswith((".)", "!)", "?)")):
        return False
    return len(s.split()) < 40


def title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line)]
    if len(words) < 4:
        return False
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "as", "from", "is"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and sum(w[0].isupper() for w in big) >= 0.85 * len(big)


def hard_wrapped(text: str) -> bool:
    """Text cut into lines of a fixed width inside its paragraphs (mail, PDF, some blogs): there a line break
    is a space, not the end of a paragraph. Lines that mostly stop without sentence punctuation, often go on
    in lower case, and are of about the same length."""
    lines = [ln.strip() for ln in text.split("\n")]
    inner = open_ends = lower_next = 0
    lengths = []
    for a, b in zip(lines, lines[1:]):
        if not a or not b:
            continue
        inner += 1
        lengths.append(len(a))
        open_ends += not re.search(r"[.!?:;\"”’)\]]$", a)
        lower_next += b[0].islower()
    if inner < 4:
        return False
    lengths.sort()
    median = lengths[len(lengths) // 2]
    even = sum(1 for n in lengths if abs(n - median) <= 20)
    return open_ends * 2 >= inner and lower_next * 5 >= inner and 40 <= median <= 100 and even * 5 >= inner * 3
