"""Gated scans (firsts.py) find exactly what their patterns find, and a pattern with no bounded first
characters is left alone."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vnhrc import dates, numbers
from vnhrc.firsts import gated


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


SCANS = [*(p for _, p in dates._SCANS), numbers._NUMBER_SCAN, numbers._NOUN_HALF_SCAN, numbers._HALF_A_SCAN,
         numbers._ROMAN_AFTER_SCAN, numbers._PHONE_SCAN, *numbers._LEFT_OUT_SCAN]
ORIGINALS = [*(p for _, p in dates._PATTERNS), numbers._NUMBER, numbers._NOUN_HALF, numbers._HALF_A,
             numbers._ROMAN_AFTER, numbers._PHONE, *numbers._LEFT_OUT]

PIECES = ["from", "From", "between", "to", "and", "in", "mid", "late", "last", "this", "year", "May", "June",
          "JULY", "Sept.", "Dec", "Monday", "yesterday", "1", "7", "12", "31", "1999", "2024", "03/11/2025",
          "2022-07-01", "1990s", "1st", "twenty-one", "one", "half", "an", "hour", "cycle", "IV", "net", "zero",
          "five-point", "plan", "one-third", "of", "693", "MB", "$", "US$", "€", "VND", "5.2", "1,000", "+84",
          "90 123 45", "million", "per cent", "%", "Kelvin\u212a", "\u017f", "ſix", "K", "k", " ", " ", "\n\n",
          ",", ".", "-", "–", "/", ":", "(", ")", "'", "’"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_every_gated_scan_finds_what_its_pattern_finds(pieces):
    text = "".join(pieces)
    for gate, original in zip(SCANS, ORIGINALS):
        assert _found(gate, text) == _found(original, text), original.pattern[:80]


def test_the_scans_are_gated():
    # else the property test above compares each pattern with itself and cannot fail
    assert all(g is not p for g, p in zip(SCANS, ORIGINALS))


def test_a_gate_lists_every_way_a_match_can_begin():
    pat = re.compile(r"(?P<cur>\$\s?)?(?<![\w.])(?:(?P<n>\d+)|\b(?P<w>one|two)\b)(?:st|nd)?", re.I)
    gate = gated(pat)
    assert gate.groupindex == pat.groupindex
    for text in ("$ 5 and 12nd", "TWO or One", "x1 .5 one", "Ｔwo", "\u212a"):
        assert _found(gate, text) == _found(pat, text)


def test_ignorecase_gates_match_what_case_folding_matches():
    pat = re.compile(r"\b(?:kilo|six)\b", re.I)  # "\u212a" (Kelvin) folds to k, "\u017f" (long s) to s
    for text in ("\u212aILO", "\u017fix", "KILO six"):
        assert _found(gated(pat), text) == _found(pat, text)


def test_a_pattern_without_bounded_first_characters_is_left_alone():
    for p in (r"a?", r"\b", r".x", r"[^a]b", r"(?P<q>a)(?P=q)|(?P=q)b", r"(?i:a)b", r"\Wb|x"):
        pat = re.compile(p)
        if p == r"\Wb|x":  # a category is a bound: gated, and still the same matches
            assert gated(pat) is not pat and _found(gated(pat), " b x") == _found(pat, " b x")
        else:
            assert gated(pat) is pat, p
