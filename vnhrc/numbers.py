"""Numbers: counts, ordinals and quantities in a Doc, each with its value and the noun it counts.

A number is kept only when it counts something: "47 member states" (47, member state), "the 50th regular
session" (50, session, ordinal), "72 per cent", "10 million USD", "a three-year term" (3, year), "19 in favour,
six against and 21 abstentions" (vote in favour, vote against, abstention). Numbers with nothing counted (list
markers such as "First,", page furniture such as "Comment (0)", phone numbers, times, numbers inside names such
as "COVID-19", "G20" or "the Five-Point Consensus") and every part of a date are left out.

Number expressions are found by patterns over the text (digits, number words, ordinals, scales, fractions);
the counted noun comes from the parse (the noun the number modifies), from the words right after it, or from a
number it is paired with ("145 of 189 valid votes", "by 19 votes to 17"). One pass over the text, one over the
matches: linear in the length of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .dates import date_spans, url_spans
from .firsts import gated

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000}
_CURRENCY = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "VND": "VND",
             "S$": "SGD", "A$": "AUD", "HK$": "HKD", "NZ$": "NZD", "C$": "CAD", "NT$": "TWD"}
# what an ordinal ranks in a series: "the fourth UPR cycle report" ranks cycles, "the 9th East Asia Summit
# Foreign Ministers' Meeting" ranks meetings (the last of them in the name)
_SERIES = frozenset("cycle session meeting meetings summit conference congress plenum round term anniversary forum "
                    "dialogue phase stage tenure".split())
# an ordinal that belongs to a title or an organ's name, not a rank counted: "the Third Committee", "the
# Second Vice-President", "the First Secretary of the embassy"
_TITLE_HEADS = frozenset("committee vice secretary deputy lady lieutenant circuit division republic chamber "
                         "officer counsellor counselor minister sea".split())
# contests whose "N-way" counts the contenders
_CONTESTS = "race|contest|contests|races|battle|runoff|run-off|tie|split"
# verbs of a placing: "came fifth", "finished third"
# ("ranked 107th" in an index is a rank like "third-largest", not a placing in a contest)
_PLACINGS = frozenset("came come comes finished finish finishes placed".split())
# measures a hyphenated "one-…" counts ("a one-year term"); other "one-…" words are adjectives ("one-party")
_MEASURES = frozenset("second minute hour day week month year decade century".split())

# "two-way trade", "a one-time payment", "a two-fold rise": adjectives, not counts
_NOT_HYPHEN_UNITS = frozenset("odd plus fold old way time off sided dimensional "
                              "third thirds quarter quarters fifth fifths half halves".split())

_DASH = "\\-–—‐‑−"
_W_CARD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_W_ORD = "|".join(sorted([*_ORD_UNITS, *_ORD_TENS], key=len, reverse=True))
_W_SCALE = "hundred|thousand|million|billion|trillion"
_JOIN = rf"(?:\s*[{_DASH}]\s*|\s+)"
# forty-seven · one hundred and twenty · two thousand · a dozen · a million
_WORDNUM = (
    rf"(?:(?:{_W_CARD}|{_W_SCALE})(?:{_JOIN}(?:{_W_CARD}|{_W_SCALE}|dozen)"
    # "and" joins only after a scale: "one hundred and twenty", never "two and five"
    rf"|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+(?:{_W_CARD}))*"
    rf"|half(?:\s+an?|\s*-\s*an?)?(?:\s+|\s*-\s*)dozen"
    rf"|an?\s+(?:dozen|{_W_SCALE})(?:\s+(?:{_W_CARD}))?)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMBER = re.compile(
    rf"(?P<cur>(?:\b(?:US|S|A|HK|NZ|C|NT)\$|\$|€|£|¥|\bUSD|\bVND)\s?)?"
    rf"(?:(?P<ord_d>(?<![\w.,/:+#{_DASH}])\d+(?:st|nd|rd|th|ST|ND|RD|TH))(?!\w)"
    rf"|(?P<ord_w>\b(?:(?:{'|'.join(_TENS)}){_JOIN})?(?:{_W_ORD}))(?!\w)"
    rf"|(?P<digits>(?:(?<=[$€£¥])|(?<=[$€£¥]\s)|(?<=USD|VND)|(?<=USD\s|VND\s)|(?<![\w.,/:+#{_DASH}]))(?<![\w][{_DASH}]){_DIGITS}(?:\s*(?:{_W_SCALE}|bn|mn)\b)?)(?![\w]|[.,/:]\d)"
    rf"|(?P<word>\b{_WORDNUM}\b))"
    rf"(?P<half>(?:\s*[{_DASH}]\s*|\s+)and(?:\s*[{_DASH}]\s*|\s+)a(?:\s*[{_DASH}]\s*|\s+)half)?",
    re.I,
)
# "an hour-and-a-half", "two years and a half": the half follows the counted noun
_NOUN_HALF = re.compile(
    rf"\b(?P<n>an?|{_W_CARD}|\d+)(?:\s*[{_DASH}]\s*|\s+)(?P<unit>{'|'.join(_MEASURES)})s?(?:\s*[{_DASH}]\s*|\s+)and"
    rf"(?:\s*[{_DASH}]\s*|\s+)an?(?:\s*[{_DASH}]\s*|\s+)half\b",
    re.I,
)
# an ordinal written as a Roman numeral after a lower-case series word ("cycle III", "round VI"); never after a
# name ("World War II", "Title IX", "Pope John Paul II")
_ROMAN_AFTER = re.compile(r"\b(?P<unit>cycle|session|round|phase|term|plenum|congress|stage)\s+(?P<r>[IVXLC]{1,7})\b")
_ROMAN = re.compile(r"(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_HALF_A = re.compile(rf"\bhalf(?:(?:\s+|\s*-\s*)an?)?(?:\s+|\s*-\s*)(?P<unit>{'|'.join(_MEASURES)})\b", re.I)
_PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pct\b)", re.I)
# Numbers that name or measure nothing counted: plan names ("a five-point plan"), "net-zero", "zero growth",
# file sizes of page furniture ("693 MB") and word fractions ("one-third of the seats": no ordinal)
_PLAN_NOUNS = "plan|plans|consensus|roadmap|agenda|proposal|proposals|programme|program|strategy|initiative|" \
              "declaration|framework|package|formula|approach|vision"
_ZERO_NOUNS = "growth|tolerance|sum|hour|emission|emissions|inflation"
_FRACTIONS = "halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
_LEFT_OUT = [re.compile(p, re.I) for p in (
    rf"\b(?:\d+|{_W_CARD})\s*[{_DASH}]\s*point(?=\s+(?:[\w{_DASH}]+\s+){{0,2}}(?:{_PLAN_NOUNS})\b)",
    rf"\bnet\s*[{_DASH}]?\s*zero\b",
    rf"\bzero\s*[{_DASH}]?\s*(?:{_ZERO_NOUNS})\b",
    r"\b\d+(?:[.,]\d+)?\s?(?:KB|MB|GB|TB)\b",
    rf"(?<![{_DASH}])\b(?:one|a|an)\s*[{_DASH}\s]\s*(?:{_FRACTIONS})\b(?=\s+of\b)|(?<![{_DASH}])\bone\s*[{_DASH}]\s*"
    rf"(?:{_FRACTIONS})\b|(?<![{_DASH}])\b(?:{_W_CARD})\s*[{_DASH}\s]\s*(?:thirds|quarters|fourths|fifths|sixths|"
    r"sevenths|eighths|ninths|tenths)\b",
)]
_PHONE = re.compile(r"(?:\+\d[\d .()\-]{6,}\d|\b\d{2,4}(?:[ .\-]\d{2,4}){2,}\b)")
_TIME = re.compile(r"^\s*(?::\d\d|[ap]\.?m\b|hrs?\b|GMT|UTC|ICT|o'clock)", re.I)
# the patterns scanned over a whole text, gated on the characters a match can start with (firsts.py): the same
# matches in a fraction of the time
_NUMBER_SCAN, _NOUN_HALF_SCAN, _HALF_A_SCAN, _ROMAN_AFTER_SCAN, _PHONE_SCAN = (
    gated(p) for p in (_NUMBER, _NOUN_HALF, _HALF_A, _ROMAN_AFTER, _PHONE))
_LEFT_OUT_SCAN = [gated(p) for p in _LEFT_OUT]


@dataclass
class Quantity:
    subject: str
    value: float | int
    unit: str
    start: int
    end: int
    sent_start: int
    sent_end: int


def word_value(text: str) -> tuple[float | int | None, bool]:
    """'forty-seven' → (47, False); '50th' → (50, True); '1.5 million' → (1500000, False); 'a dozen' → 12."""
    t = re.sub(rf"[{_DASH}]", " ", text.lower().replace(",", "")).strip()
    if m := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", t):
        return int(m.group(1)), True
    words = t.split()
    if words[:1] == ["half"] and words[-1:] == ["dozen"]:
        return 6, False  # "half a dozen", "a half-dozen"
    if words and (words[-1] in _ORD_UNITS or words[-1] in _ORD_TENS):
        last = _ORD_UNITS.get(words[-1]) or _ORD_TENS[words[-1]]
        head, _ = word_value(" ".join(words[:-1])) if len(words) > 1 else (0, False)
        return (int(head or 0) + last), True
    total: float = 0
    current: float = 0
    seen = False
    for w in words:
        if w in ("and", "a", "an"):
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _SCALE:
            current = (current or 1) * _SCALE[w]
            if _SCALE[w] >= 1000:
                total += current
                current = 0
        else:
            return None, False
        seen = True
    if not seen:
        return None, False
    v = total + current
    return _tidy(v), False


def roman_value(text: str) -> int | None:
    """'IV' → 4, 'XII' → 12; None for what is no well-formed Roman numeral ('IIII', 'VX')."""
    if not _ROMAN.fullmatch(text):
        return None
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(text, text[1:] + " "):
        total += -vals[a] if b != " " and vals[b] > vals[a] else vals[a]
    return total


def _tidy(v: float) -> float | int:
    return int(v) if v == int(v) else round(v, 6)


# a number written as a power: the base before "^" or "**", the exponent after it
_POWER_BEFORE = re.compile(r"(?:\^|\*\*)\s?$")
_POWER_AFTER = re.compile(r"\s?(?:\^|\*\*)")


def find_numbers(doc: Doc) -> list[dict[str, Any]]:
    """Every counted number or ordinal as {text, value, unit, ordinal, start, end}, in text order."""
    text = doc.text  # built from the tokens on every access: read once
    left_out = [(m.start(), m.end()) for p in _LEFT_OUT_SCAN for m in p.finditer(text)]
    blocked = sorted(_blocked_spans(doc, text) + left_out)
    found: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []

    for m in _ROMAN_AFTER_SCAN.finditer(text):  # "UPR cycle IV", "in cycle III"
        if _overlaps(m.start(), m.end(), blocked) or (r := roman_value(m.group("r"))) is None:
            continue
        found.append(_tag(text, m.start(), m.end(), r, m.group("unit").lower(), True))
        taken.append((m.start(), m.end()))

    for pat, kind in ((_NOUN_HALF_SCAN, "noun_half"), (_HALF_A_SCAN, "half_a")):
        for m in pat.finditer(text):
            if _overlaps(m.start(), m.end(), blocked):
                continue
            unit_word = m.group("unit").lower()
            if unit_word.endswith("s") and len(unit_word) > 3:
                unit_word = unit_word[:-1]
            if kind == "noun_half":
                n = m.group("n").lower()
                base = 1 if n in ("a", "an") else word_value(n)[0]
                if base is None:
                    continue
                value: float | int = _tidy(float(base) + 0.5)
            else:
                value = 0.5
            tag = _tag(text, m.start(), m.end(), value, unit_word, False)
            found.append(tag)
            taken.append((m.start(), m.end()))

    raw = []
    for m in _NUMBER_SCAN.finditer(text):
        s, e = m.start(), m.end()
        if _overlaps(s, e, blocked) or _overlaps(s, e, taken):
            continue
        if _POWER_BEFORE.search(text, max(0, s - 4), s) or _POWER_AFTER.match(text, e):
            continue  # "10^400 things": a base or an exponent is no count of things (400 things is wrong)
        raw.append(m)

    pending: list[tuple[re.Match[str], float | int, bool, Span]] = []
    for m in raw:
        got = _read_number(m)
        if got is None:
            continue
        value, ordinal = got
        span = doc.char_span(m.start(_main_group(m)), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _not_a_count(m, span, ordinal, text):
            continue
        pending.append((m, value, ordinal, span))

    units: list[tuple[str | None, int]] = []
    for m, value, ordinal, span in pending:
        units.append(_unit_for(m, value, ordinal, span, text))

    # a bare number paired with a counted one shares its noun: "by 19 votes to 17", "145 of 189 valid votes"
    listed: set[int] = set()  # bare numbers given the noun of the number after them
    for k, (_m, _v, ordinal, span) in enumerate(pending):
        if units[k][0] is not None:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(pending) and units[j][0] is not None and pending[j][2] == ordinal:
                if _paired(pending[min(j, k)], pending[max(j, k)], text, bare_first=(j > k)):
                    units[k] = (units[j][0], pending[k][3][-1].idx + len(pending[k][3][-1].text))
                    if j > k:
                        listed.add(k)
                    break
        if units[k][0] is None:
            units[k] = _unit_from_clause(span)
        if units[k][0] is None and _about_a_vote(span):
            units[k] = ("vote", units[k][1])
    # the head of a list shares the noun its rest got: "to three, two-and-a half and two years"
    for k in range(len(pending) - 2, -1, -1):
        if units[k][0] is None and k + 1 in listed and not pending[k][2] and \
                re.fullmatch(r",\s+", text[pending[k][0].end():pending[k + 1][0].start()]):
            units[k] = (units[k + 1][0], units[k][1])
            listed.add(k)
    _pro_forms(pending, units, text)

    for (m, value, ordinal, _span), (unit, end) in zip(pending, units):
        if unit is None:
            continue
        if unit.lower() in ("time", "times"):
            continue  # "the third time", "three times a year", "60 times higher": how often or how much more
        start = m.start()
        found.append(_tag(text, start, max(end, m.end()), value, unit, ordinal))
    found.sort(key=lambda t: t["start"])
    return found


def _tag(text: str, start: int, end: int, value: float | int, unit: str, ordinal: bool) -> dict[str, Any]:
    return {"text": text[start:end], "value": value, "unit": unit, "ordinal": ordinal, "start": start, "end": end}


def _main_group(m: re.Match[str]) -> str:
    return next(g for g in ("ord_d", "ord_w", "digits", "word") if m.group(g))


def _read_number(m: re.Match[str]) -> tuple[float | int, bool] | None:
    g = _main_group(m)
    raw = m.group(g)
    if g == "digits":
        num = re.match(r"[\d,]+(?:\.\d+)?", raw)
        if num is None:
            return None
        v = Decimal(num.group(0).replace(",", ""))
        scale = raw[num.end():].strip().lower()
        if scale:
            v *= _SCALE[scale]  # in decimal: 68.6 billion is 68600000000, not 68599999999.99999
        value: float | int = _tidy(float(v))
        ordinal = False
    else:
        got, ordinal = word_value(raw)
        if got is None:
            return None
        value = got
    if m.group("half"):
        value = _tidy(float(value) + 0.5)
    return value, ordinal


def _blocked_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Dates, phone numbers and all-capital banner lines: never counts."""
    spans = sorted(date_spans(doc)) + url_spans(text)
    spans += [(m.start(), m.end()) for m in _PHONE_SCAN.finditer(text) if sum(ch.isdigit() for ch in m.group()) >= 8]
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        # "Views: 1,234 | 5 min read | Updated 2 hours ago": a page's meta bar, not the article
        if body.count("|") + body.count("·") >= 2 and len(body.split()) <= 16 and not body.endswith("."):
            spans.append((pos, pos + len(line)))
        # a line in capitals ("14TH NATIONAL CONGRESS OF THE …") is a site banner or section label
        if len(body.split()) >= 3 and body.upper() == body and any(ch.isalpha() for ch in body):
            spans.append((pos, pos + len(line)))
        pos += len(line)
    return sorted(spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    import bisect

    i = bisect.bisect_left(spans, (start, start))
    for j in (i - 1, i):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return True
    # a long span that began well before (banner lines) is caught by scanning back a little
    for j in range(max(0, i - 4), i):
        if spans[j][0] < end and start < spans[j][1]:
            return True
    return False


def _not_a_count(m: re.Match[str], span: Span, ordinal: bool, text: str) -> bool:
    """Numbers that count nothing: a year, a time, a list marker, 'one of', a word inside a name."""
    g = _main_group(m)
    raw = m.group(g)
    low = raw.lower()
    first = span[0]
    doc = span.doc
    after = text[m.end():m.end() + 12]
    before = text[max(0, m.start() - 2):m.start()]
    if g == "digits" and _TIME.match(after):
        return True
    if g == "digits" and re.fullmatch(r"(1[5-9]|20)\d\d", raw) and not m.group("cur"):
        nxt = doc[span[-1].i + 1] if span[-1].i + 1 < len(doc) else None
        if nxt is None or nxt.tag_ not in ("NNS", "NNPS"):
            return True  # a year, or a year in a name ("the 2025 ASEAN Community Vision")
    if ordinal and raw[:1].isupper() and (title := re.match(r"\s+([A-Z][a-z]+)", after)) and \
            title.group(1).lower() in _TITLE_HEADS:
        return True  # "the Third Committee", "the Second Vice-President": a title or an organ, not a rank
    if ordinal and low == "first":
        return True  # "first" ranks ("the first question", "first, front row") more than it counts
    if g == "ord_w" and re.match(r"\s*,", after) and not re.search(r"\w", text[max(0, m.start() - 3):m.start()]):
        return True  # "Second, …": a list marker
    if low == "one":
        nxt_text = text[m.end():m.end() + 20].lower()
        prev = doc[first.i - 1].lower_ if first.i > 0 else ""
        if re.match(r"\s+(of|another|by|or two|or more|and only)\b", nxt_text) or prev in (
                "no", "each", "any", "every", "the", "this", "that", "which", "someone", "anyone", "everyone"):
            return True
        hy = re.match(rf"\s*[{_DASH}]\s*([a-z]+)", text[m.end():m.end() + 20], re.I)
        if hy and hy.group(1).lower().rstrip("s") not in _MEASURES:
            return True  # "one-party", "one-sided": adjectives
    if g in ("word",) and raw[:1].isupper() and _inside_name(m, span, text):
        return True
    if g == "digits" and before.endswith(("-", "–")) and re.search(r"[A-Za-z][-–]$", before):
        return True  # COVID-19
    if g == "digits" and not m.group("cur") and first.i > 0:
        prev = doc[first.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and (prev.is_title or prev.is_upper or prev.text == "No.") and \
                prev.ent_type_ not in ("GPE", "NORP", "LOC", "DATE") and prev.whitespace_ == " ":
            return True  # a label: "Article 88", "Resolution 2758", "Phase 2", "No. 5"
    if g == "digits" and re.search(r"\bNos?\.\s*$", text[max(0, m.start() - 6):m.start()]):
        return True  # "Resolution No. 52", the tokenizer having split "No."
    return False


def _inside_name(m: re.Match[str], span: Span, text: str) -> bool:
    """'Asean's Five-Point Consensus': a capitalised number word mid-sentence in ordinary (not title-case) prose."""
    before = text[:m.start()].rstrip(" \t")
    if not before or before[-1] in ".:;!?\"“”'‘’(—–-\n":
        return False
    sent = span[0].sent
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    caps = sum(1 for t in words if t.text[:1].isupper())
    return bool(words) and caps / len(words) < 0.6


# --- the counted noun ----------------------------------------------------------------------------

_NP_INSIDE = ("ADJ", "NOUN", "PROPN", "NUM")


def _unit_for(m: re.Match[str], value: float | int, ordinal: bool, span: Span, text: str) -> tuple[str | None, int]:
    """(unit, end offset) for one number expression; (None, end) when it counts nothing we can name."""
    doc = span.doc
    end = m.end()
    if m.group("cur"):
        return _CURRENCY.get(m.group("cur").strip(), m.group("cur").strip()), end
    if not ordinal and (p := _PERCENT.match(text, end)):
        return "percent", p.end()  # "per cent", "percent", "pct" and "%": one unit
    # "a three-year term", "33-year sentence", "two-day consultation": the measure is the unit
    hy = re.match(rf"\s*[{_DASH}]\s*([A-Za-z]+)", text[end:end + 30])
    if hy:
        word = hy.group(1)
        tok_span = doc.char_span(end + hy.start(1), end + hy.end(1), alignment_mode="expand")
        tok = tok_span[0] if tok_span is not None and len(tok_span) else None
        low = word.lower()
        # "10-to-12", "two-or-three": the word after the dash joins numbers, it is no unit; read on below
        if low in ("and", "or", "to"):
            pass
        elif ordinal and low in _SERIES:
            return low, end + hy.end(1)  # "the third-cycle UPR", "a second-term bid": the series is the unit
        elif low in ("year", "years") and (old := re.match(rf"\s*[{_DASH}]\s*old\b", text[end + hy.end(1):])):
            return "years old", end + hy.end(1) + old.end()  # "a 56-year-old lawyer": an age
        elif low == "way" and re.match(rf"\s+(?:{_CONTESTS})\b", text[end + hy.end(1):], re.I):
            return "way", end + hy.end(1)  # "a five-way race": five contenders (the real/ gold counts it)
        elif tok is not None and (tok.pos_ in ("NOUN", "PROPN") or low.rstrip("s") in _MEASURES) and \
                low not in _NOT_HYPHEN_UNITS:
            if ordinal:
                return None, end  # "third-largest", "second-class": ranks, not counts
            return _singular(low), end + hy.end(1)
        else:
            return None, end
    # vote tallies: "19 in favour", "six against"
    tail = text[end:end + 40]
    if re.match(r"\s+in\s+favou?r\b", tail, re.I):
        return "vote in favour", end + re.match(r"\s+in\s+favou?r", tail, re.I).end()  # type: ignore[union-attr]
    if re.match(r"\s+against\b\s*(?:[,;.)]|and\b|with\b|$)", tail, re.I):
        return "vote against", end + len(re.match(r"\s+against", tail, re.I).group(0))  # type: ignore[union-attr]
    head = _counted_noun(span)
    if ordinal and (series := _series_noun(span)) is not None:
        head = series
    if head is None:
        if ordinal and first_word_before(span) in _PLACINGS:
            return "place", end  # "came fifth with 90 votes": a placing
        return None, end
    unit = _unit_text(head, span, ordinal)
    if unit is None:
        return None, end
    return unit, head.idx + len(head.text)


def first_word_before(span: Span) -> str:
    """The lower-cased word before a span ('' at the start)."""
    i = span[0].i - 1
    return span.doc[i].lower_ if i >= 0 else ""


def _series_noun(span: Span) -> Token | None:
    """The last series word in the name an ordinal opens: 'fourth UPR cycle report' → cycle."""
    doc = span.doc
    found = None
    for t in doc[span[-1].i + 1:span[-1].i + 9]:
        if t.lower_ in _SERIES:
            found = t
        elif not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ == "POS" or t.text in ("+", "-", "‑")):
            break
    return found


def _counted_noun(span: Span) -> Token | None:
    """The noun a number counts: the head it modifies, to its right within the same noun phrase."""
    doc = span.doc
    last = span[-1]
    # the run of noun-phrase words right after the number: adjectives, nouns, names ("the 23rd ASEAN+3 Summit")
    run: list[Token] = []
    i = last.i + 1
    while i < len(doc) and len(run) < 8:
        t = doc[i]
        if t.is_space and ("\n" not in t.text or t.text.count("\n") == 1 and not run and i + 1 < len(doc)
                           and doc[i + 1].is_lower):
            # odd spacing inside a line ("189\u00a0valid votes"), or hard-wrapped copy ("(93\nmiles)")
            i += 1
            continue
        if run and t.tag_ == "POS" and run[-1].pos_ == "PROPN":  # "the 12th Mekong Ministers' Conference"
            run.append(t)
            i += 1
            continue
        if run and t.pos_ == "CCONJ" and all(r.pos_ == "ADJ" or r.ent_type_ == "NORP" for r in run) and \
                i + 1 < len(doc) and doc[i + 1].pos_ in ("ADJ", "NOUN", "PROPN"):
            run.append(t)  # "four environmental and human rights activists": modifiers joined before the noun
            i += 1
            continue
        wordlike = any(ch.isalpha() for ch in t.text) or t.like_num
        if wordlike and (t.pos_ in _NP_INSIDE or t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound")) or \
                t.text in ("+", "-", "‑") and i + 1 < len(doc) and not doc[i + 1].is_space:
            if t.pos_ == "NUM" and not run:
                break
            run.append(t)
            i += 1
            continue
        break
    if not run:
        return None
    nouns = [t for t in run if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    # the parse's head for the number, if it lies in the run
    h = last
    for _ in range(4):
        if h.head.i == h.i:
            break
        if h.dep_ in ("nummod", "amod", "compound", "quantmod", "nmod", "npadvmod") or h.head.like_num:
            h = h.head
        else:
            break
        if h.pos_ in ("NOUN", "PROPN") and h in run:
            return h
    # else the last noun of the first stretch of nouns ("13th human rights dialogue" → dialogue); a name after
    # a plural common noun starts something else ("193 member states Tuvalu")
    k = run.index(nouns[0])
    while k + 1 < len(run) and run[k + 1].pos_ in ("NOUN", "PROPN") and not (
            run[k].pos_ == "NOUN" and run[k + 1].pos_ == "PROPN"):
        k += 1
    return run[k]


def _unit_text(head: Token, span: Span, ordinal: bool) -> str | None:
    """The unit as written, singular: compounds of the same kind kept ('member state', 'Vice President')."""
    if head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "PERSON", "ORG", "LOC", "FAC") and \
            head.ent_type_ != "NORP" and not ordinal and head.tag_ != "NNPS":
        return None  # "3 Hanoi", "five Vietnam": a name, not a thing counted
    if ordinal:
        return _lemma(head).lower() if head.is_title or head.is_upper else _lemma(head)
    parts = []
    i = head.i - 1
    while i > span[-1].i:
        t = head.doc[i]
        if t.dep_ == "compound" and t.head.i in (head.i, i + 1) and (
                t.pos_ == head.pos_ or (t.pos_ == "NOUN" and head.pos_ == "PROPN")) and t.is_alpha:
            parts.insert(0, t.text if t.pos_ == "PROPN" else t.lower_)
            i -= 1
            continue
        break
    mod = head.doc[i]
    if i > span[-1].i and not parts and head.pos_ == "NOUN" and mod.dep_ in ("compound", "amod") and \
            mod.head.i == head.i and (mod.ent_type_ == "NORP" or mod.pos_ == "ADJ" and mod.is_title):
        parts = [mod.text]  # "350 Uyghur men", "three Vietnamese fishermen": who they are is part of what is counted
    return " ".join([*parts, _lemma(head)])


def _lemma(tok: Token) -> str:
    """The singular of a counted noun: the model's lemma for common nouns, a plural -s dropped from names."""
    if tok.text.isupper() and len(tok.text) > 1:
        return tok.text  # USD, NGO
    if tok.text.endswith("s") and tok.text[:-1].isupper() and len(tok.text) > 2:
        return tok.text[:-1]  # FTAs, NGOs
    if tok.pos_ == "NOUN" and tok.lemma_:
        return tok.lemma_ if tok.text[:1].isupper() and tok.lemma_[:1].isupper() else tok.lemma_.lower()
    return _singular(tok.text) if tok.tag_ in ("NNPS", "NNS") else tok.text


def _singular(word: str) -> str:
    if word.isupper() or len(word) <= 3:
        return word
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if word.lower().endswith(suffix):
            return word[: -len(suffix)] + repl
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _paired(a: tuple[re.Match[str], Any, bool, Span], b: tuple[re.Match[str], Any, bool, Span], text: str,
            bare_first: bool) -> bool:
    """Two numbers that share one counted noun: '145 of 189 votes', '10 to 20 people', 'by 19 votes to 17'."""
    between = text[a[0].end():b[0].start()]
    if bare_first:  # "145 of 189 …", "10 to 20 …", "between 5 and 8 …"
        if a[2]:  # ordinals only coordinate: "the 3rd and 4th rounds", "35th & 36th Meetings"
            return bool(re.fullmatch(r"\s*(?:,|and|or|&|,\s*and)\s*", between, re.I))
        return bool(re.fullmatch(rf"\s*(?:(?:out\s+)?of(?:\s+the)?|to|and|or|[{_DASH}])\s*", between, re.I)) and \
            a[0].group(0).lower() != "one"
    # "19 votes to 17", "180 votes against 12": the unit sits between
    if a[2]:
        return False
    return bool(re.fullmatch(r"\s*[\w\s-]{1,40}?\s+(?:to|against|versus|vs\.?|or)\s*", between, re.I))


# units a later bare number cannot stand for: "accounting for 86.7%", "for five years", "$3 million"
_NOT_ANTECEDENTS = frozenset({"percent", "years old", "time", "way", *_CURRENCY.values(), *_MEASURES,
                              *(f"{m}s" for m in _MEASURES)})
_PRO_PRONOUNS = frozenset("them whom those these which".split())
_OTHERS = ("other", "others")


def _pro_forms(pending: list[tuple[re.Match[str], Any, bool, Span]], units: list[tuple[str | None, int]],
               text: str) -> None:
    """Numbers without a noun of their own take the one they stand for, in place (text order, so a number
    given a noun here can pass it on):

    - an age: "Tuyen, 50, had …", "a man aged 73" → years old;
    - a partitive: "two of his lawyers" → lawyer; "172 of whom", "35 of them" → the noun counted before;
      "Three of the six" → the noun of the earlier "six political activists";
    - "the deaths of at least 1,180" → death; "accepts 150, or nearly 79 percent, of 190 recommendations";
    - a pro-form: "30 others", or a bare "fulfilled 120" after "150 recommendations", takes the noun of the
      nearest count before it in its sentence or the one before, in the same paragraph.
    A definite "The three had been arrested" (a reference to people, not a count) is left out.
    """
    for k, (m, value, ordinal, span) in enumerate(pending):
        unit, end = units[k]
        if ordinal:
            continue
        tok = span[-1]
        after = text[m.end():m.end() + 60]
        before = text[max(0, m.start() - 40):m.start()]
        if unit is not None:
            if unit.lower() in _OTHERS and (ante := _antecedent(pending, units, k, text)) is not None:
                units[k] = (ante, end)
            continue
        if not isinstance(value, int) and not float(value).is_integer():
            continue
        if 0 < value <= 110 and re.match(r"\s*,", after) and re.search(r"\b[A-Z][\w'’-]+,\s*$", before) and \
                tok.i > 1 and _names_a_person(tok.doc[tok.i - 2]) or re.search(r"\baged\s+$", before):
            units[k] = ("years old", end)
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if re.match(r"\s+of\s+(?:them|whom|those|these)\b", after) or pobj is not None and pobj.lower_ in _PRO_PRONOUNS:
            if (ante := _antecedent(pending, units, k, text)) is not None:
                units[k] = (ante, end)
            continue
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and pobj.tag_ in ("NNS", "NNPS"):
            units[k] = (_unit_text(pobj, pobj.doc[pobj.i - 1:pobj.i], False) or pobj.lower_, end)
            continue
        if (the := re.match(r"\s+of\s+the\s+", after)) is not None:
            j = next((j for j in range(k + 1, len(pending)) if pending[j][0].start() == m.end() + the.end()), None)
            if j is not None and units[j][0] is None:
                same = _same_count_before(pending, units, k, pending[j][1])
                if same is not None:
                    units[k] = (same, end)
                    units[j] = (same, units[j][1])
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_ == "NNS" and \
                tok.head.head.pos_ == "NOUN":
            units[k] = (_lemma(tok.head.head), end)  # "the deaths of at least 1,180"
            continue
        if (cat := re.match(r",\s*or\s+[^,;]{1,40},\s*of\s+", after)) is not None:
            j = next((j for j in range(k + 1, len(pending)) if pending[j][0].start() >= m.end() + cat.end()), None)
            if j is not None and units[j][0] is not None and units[j][0] not in _NOT_ANTECEDENTS:
                units[k] = (units[j][0], end)
            continue
        if re.search(r"\b(?:the|The)\s+$", before):
            continue  # "The three had been arrested": people referred to, not counted
        if (ante := _antecedent(pending, units, k, text)) is not None:
            units[k] = (ante, end)


def _names_a_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")


def _antecedent(pending: list[tuple[re.Match[str], Any, bool, Span]], units: list[tuple[str | None, int]], k: int,
                text: str) -> str | None:
    """The noun of a count before number k, in its sentence or the one before, same paragraph: the nearest
    one in the same role ("received 190 recommendations from 95 countries and accepted 150 of them": both
    objects), else the nearest."""
    span = pending[k][3]
    doc = span.doc
    sent = span[0].sent
    prev_start = sent.start_char
    if sent.start > 0:
        prev_start = doc[sent.start - 1].sent.start_char
    role = span[-1].dep_
    nearest = None
    for j in range(k - 1, -1, -1):
        m_j, _v, ordinal_j, span_j = pending[j]
        if m_j.start() < prev_start or re.search(r"\n[ \t]*\n", text[m_j.start():pending[k][0].start()]):
            break
        unit = units[j][0]
        if ordinal_j or unit is None or unit in _NOT_ANTECEDENTS or unit.lower() in _OTHERS:
            continue
        noun = doc.char_span(units[j][1] - 1, units[j][1], alignment_mode="expand")
        if noun is not None and len(noun) and noun[-1].dep_ == role:
            return _head_word(unit)
        nearest = nearest or _head_word(unit)
    return nearest


def _head_word(unit: str) -> str:
    """What a pro-form stands for: the noun as counted before ('Uyghur man'), votes without their side."""
    return "vote" if unit.startswith("vote ") else unit


def _same_count_before(pending: list[tuple[re.Match[str], Any, bool, Span]], units: list[tuple[str | None, int]],
                       k: int, value: float | int) -> str | None:
    """'Three of the six': the noun of the count of six made a few sentences before."""
    for j in range(k - 1, max(-1, k - 12), -1):
        if pending[j][1] == value and not pending[j][2] and units[j][0] is not None:
            return _head_word(units[j][0] or "")
    return None


def _unit_from_clause(span: Span) -> tuple[str | None, int]:
    """'The required number of votes … was 97': a bare number said of 'the number of X' counts X."""
    tok = span[-1]
    end = tok.idx + len(tok.text)
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif tok.dep_ not in ("attr", "dobj", "acomp", "appos", "npadvmod", "oprd"):
        return None, end
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in ("number", "total", "tally", "count"):
        return None, end
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None, end
    return _lemma(noun), end


def _about_a_vote(span: Span) -> bool:
    """'The Council voted 26 to 15': a bare number hanging from 'vote' counts votes."""
    t = span[-1]
    for _ in range(3):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() == "vote":
            return True
    return False


# --- quantity claims -----------------------------------------------------------------------------

_CLAUSE_UP = frozenset("prep pobj dobj attr npadvmod nummod appos conj quantmod amod compound oprd acomp agent "
                       "dative nmod".split())


def find_quantities(doc: Doc, numbers: list[dict[str, Any]], skip: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Numbers said of a subject: 'Vietnam … reaching 180 votes' → (Vietnam, 180, vote).

    The subject is the nominal subject of the clause the counted noun belongs to (through participle and
    conjoined clauses to the clause that has one); pronoun subjects and numbers in chrome are left out.
    """
    out = []
    spans = sorted(skip)
    for n in numbers:
        if n["ordinal"] or _overlaps(n["start"], n["end"], spans):
            continue
        span = doc.char_span(n["start"], n["end"], alignment_mode="expand")
        if span is None or not len(span):
            continue
        subj = _subject_of(span.root)
        if subj is not None and _is_dateline(subj):
            # "THE HANOI TIMES — Vietnam has been re-elected …": the parse took the dateline for the subject
            subj = next((t for t in subj.doc[subj.right_edge.i + 1:span.start]
                         if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")), None)
        if subj is None:
            continue
        sent = span.root.sent
        out.append(Quantity(
            subject=_np_text(subj), value=n["value"], unit=n["unit"], start=n["start"], end=n["end"],
            sent_start=sent.start_char, sent_end=sent.end_char,
        ))
    return out


def _is_dateline(tok: Token) -> bool:
    words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.is_alpha]
    return len(words) >= 2 and all(t.is_upper for t in words)


def _own_subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:  # "Vietnam was re-elected": the parse may hang the subject on the auxiliary
        subj = next((g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children
                     if g.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _subject_of(tok: Token) -> Token | None:
    t = tok
    for _ in range(12):
        if t.dep_ in _CLAUSE_UP and t.head.i != t.i:
            t = t.head
            continue
        break
    verb = t
    for _ in range(6):
        subj = _own_subject(verb)
        if subj is None and verb.i >= 2 and verb.doc[verb.i - 1].text in ("-", "‑"):
            # "re-elected" split into "re", "-", "elected": the subject may hang on the prefix
            subj = _own_subject(verb.doc[verb.i - 2])
        if subj is not None:
            if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None
            if subj.pos_ == "PRON" or subj.lower_ in ("there", "this", "that"):
                return None
            if subj.pos_ not in ("NOUN", "PROPN"):
                return None
            return subj
        # a participle or conjoined clause takes the subject of the clause it hangs from
        if verb.dep_ in ("advcl", "conj", "xcomp", "ccomp", "acl", "relcl") and verb.head.i != verb.i:
            if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
                # "the news that Vietnam was re-elected …": a subject inside the clause, misattached by the
                # parse, is still the clause's own; else the noun the clause describes ("14 countries elected")
                inner = [t for t in verb.doc[verb.head.i + 1:verb.i] if t.dep_ in ("nsubj", "nsubjpass")]
                if inner:
                    return inner[-1] if inner[-1].pos_ in ("NOUN", "PROPN") else None
                return verb.head
            verb = verb.head
            continue
        return None
    return None


def _np_text(tok: Token) -> str:
    """The subject's noun phrase without trailing clauses: 'The ASEAN COVID-19 Response Fund'."""
    start = tok.left_edge.i
    end = tok.i
    for c in tok.rights:
        if c.dep_ in ("compound", "prep") and c.lower_ in ("of",) or c.dep_ == "compound":
            end = max(end, c.right_edge.i)
    words = tok.doc[start:end + 1]
    return words.text.strip(" ,;:")
