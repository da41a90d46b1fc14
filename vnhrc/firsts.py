"""A regex's scans made faster by a gate on the characters its matches can start with.

Python's `re` tries a pattern at every position of the text. A date or number pattern that opens with a
lookbehind, a word boundary and dozens of alternatives ("January|February|…") spends most of a scan failing
that opening; `gated` puts a lookahead for the characters a match can begin with in front of it (worked out from
the parsed pattern), which fails at a glance almost everywhere. The gated pattern finds the same matches with the
same groups: a non-empty match's first character is always one of them, and the wrapper group captures nothing.
A pattern whose first characters cannot be bounded (one that can match the empty string, a back-reference, a
negated class, `.`) is returned as it is.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser re compiles with (private, so checked): without it every pattern stays as it is
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None  # type: ignore[assignment]

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


class _Unbounded(Exception):
    """The pattern's first characters cannot be listed."""


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead for its possible first characters in front; itself when there is none."""
    if _p is None or not isinstance(pattern.pattern, str):
        return pattern
    try:
        chars, nullable = _first(_p.parse(pattern.pattern, pattern.flags))
        if nullable or not chars:
            return pattern
        out = re.compile(f"(?=[{''.join(sorted(chars))}])(?:{pattern.pattern})", pattern.flags)
    except (_Unbounded, re.error, RecursionError):
        return pattern
    if out.groups != pattern.groups or out.groupindex != pattern.groupindex:  # pragma: no cover - cannot happen
        return pattern
    return out


def _first(seq: Any) -> tuple[set[str], bool]:
    """(class fragments for the first character, can it match empty) of a parsed sequence."""
    chars: set[str] = set()
    for op, av in seq:
        got, nullable = _item(op, av)
        chars |= got
        if not nullable:
            return chars, False
    return chars, True


def _item(op: Any, av: Any) -> tuple[set[str], bool]:
    name = str(op)
    if name == "LITERAL":
        return {_lit(av)}, False
    if name == "IN":
        return _class(av), False
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width: the first character is the next item's
        return set(), True
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # (?i:…) inside: the gate would be read with other flags
            raise _Unbounded
        return _first(sub)
    if name == "ATOMIC_GROUP":
        return _first(av)
    if name == "BRANCH":
        chars: set[str] = set()
        nullable = False
        for alt in av[1]:
            got, empty = _first(alt)
            chars |= got
            nullable = nullable or empty
        return chars, nullable
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, _hi, sub = av
        chars, empty = _first(sub)
        return chars, empty or lo == 0
    raise _Unbounded  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, …


def _class(items: Any) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(_lit(av))
        elif name == "RANGE":
            out.add(f"{_lit(av[0])}-{_lit(av[1])}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:  # NEGATE, other categories
            raise _Unbounded
    return out


def _lit(code: int) -> str:
    """A character as it stands in a class: an ASCII letter or digit as it is, anything else escaped by its
    code."""
    ch = chr(code)
    if ch.isascii() and ch.isalnum():
        return ch
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
