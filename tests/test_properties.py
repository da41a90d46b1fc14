"""Properties over arbitrary text: the per-document function never raises and every offset, content and
date it hands out is sound, whatever the input (quotes, dashes, digits, newlines, Vietnamese, control
characters). The model is loaded once (the `analyse_text` fixture); examples stay short so the run is fast."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnhrc import pipeline
from vnhrc.documents import SkippedFile, decode

# pieces news text is made of, and pieces that break naive rules
WORDS = [
    "said", "says", "told", "added", "according to", "stressed", "noted", "asked", "replied", "he", "she", "they",
    "It", "The", "minister", "Ambassador", "Mr.", "Ms", "Dr.", "U.N.", "UNHRC", "Viet Nam", "Vietnam", "Geneva",
    "Nguyễn Thị Lan", "Trần Văn Phúc", "Lê", "Đặng", "Hà Nội", "ông", "bà", "President", "Villegas", "of", "the",
    "that", "would", "will", "not", "on", "in", "from", "to", "and", "Q:", "A:", "Photo:", "(VNA)", "Source:",
    "January", "Feb.", "March", "May", "Sept", "December", "Monday", "2023", "2025", "1999", "03/11/2025",
    "2024-02-29", "2023-2025", "14", "31", "0", "1,000", "2.5", "10.000", "one", "two", "hundred", "million",
    "first", "third", "%", "percent", "people", "votes", "$", "VND", "½", "¾", "٣", "²", "IV", "1st", "mid-2024",
]
PUNCT = list(" \n\n\n\t\r.,;:!?\"'“”‘’«»„‚‹›—–-‐()[]/…*#@|") + ["  ", "\n\n", " - ", "...", '"', "“", "”"]
CONTROL = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u200b", "\ufeff", "\ufffd"]

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.sampled_from(CONTROL),
    st.text(max_size=6),  # anything Unicode at all (no surrogates: a str read from a file has none)
    st.from_regex(r"[A-ZĐ][a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]{1,9}",
                  fullmatch=True),
    st.integers(-5, 3000).map(str),
)
soup = st.lists(piece, max_size=70).map(" ".join) | st.lists(piece, max_size=70).map("".join)

# news-like sentences (so the statement, speaker, date and number rules all fire), then damaged at random
NAMES = ["Nguyễn Thị Lan", "Trần Văn Phúc", "Maria Lopez", "Ambassador Le Thi Tuyet Mai", "the minister", "She",
         "He", "They", "The ministry", "Viet Nam", "a spokesperson for the UNHRC", "Phúc", "Mr. Obi", "Q", "A"]
CUES = ["said", "says", "told reporters", "stressed", "noted", "added", "affirmed", "warned", "hoped", "asked",
        "emphasised", "expressed", "underlined", "replied"]
CLAUSES = ["the council would vote on 14 resolutions in March 2025", "it is necessary to listen",
           "about 1,200 people had signed by Oct. 3", "two consecutive terms from 2023 to 2025 are enough",
           "Vietnam received 180 votes in favor", "we will not wait", "this is the spirit of the day",
           "the talks ended on 03/11/2025 after 5 days", "more than half of the 47 members agreed",
           "human rights are universal", "none", "the 2nd session opens on Monday", "prices rose 2.5% in 2024"]
sentence = st.one_of(
    st.builds("{} {} {}.".format, st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(CLAUSES)),
    st.builds("{} {} that {}.".format, st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(CLAUSES)),
    st.builds("“{},” {} {}.".format, st.sampled_from(CLAUSES), st.sampled_from(CUES), st.sampled_from(NAMES)),
    st.builds('"{}," {} {}, {}.'.format, st.sampled_from(CLAUSES), st.sampled_from(NAMES), st.sampled_from(CUES),
              st.sampled_from(NAMES)),
    st.builds("{} {}: “{}. {}”".format, st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(CLAUSES),
              st.sampled_from(CLAUSES)),
    st.builds("According to {}, {}.".format, st.sampled_from(NAMES), st.sampled_from(CLAUSES)),
    st.builds("{}: {}?".format, st.sampled_from(["Q", "A", "Reporter", "PV"]), st.sampled_from(CLAUSES)),
    st.builds("{}, {} {}.".format, st.sampled_from(CLAUSES), st.sampled_from(NAMES), st.sampled_from(CUES)),
)


@st.composite
def damaged(draw: st.DrawFn) -> str:
    """A few news paragraphs, with pieces of soup dropped in and characters cut out at random places."""
    paragraphs = draw(st.lists(st.lists(sentence, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4))
    text = draw(st.sampled_from(["\n\n", "\n", " ", "\r\n\r\n"])).join(paragraphs)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(st.one_of(st.sampled_from(PUNCT + CONTROL), piece)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 3)):]
    return text


texts = st.one_of(damaged(), damaged(), soup)  # two thirds news-like

ISO_PART = re.compile(r"(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?")
EXAMPLES = 150
RAN: dict[str, int] = {}


def iso_ok(iso: str) -> bool:
    """YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM-DD, XXXX-MM (a month whose year nothing fixes, as in the gold), or
    a/b of two of those; each a real calendar value."""
    parts = iso.split("/")
    if len(parts) > 2:
        return False
    for part in parts:
        m = ISO_PART.fullmatch(part)
        if not m:
            return False
        year, month, day = m.groups()
        if year == "XXXX" and month is None:
            return False
        try:
            if day:
                dt.date(2000 if year == "XXXX" else int(year), int(month), int(day))  # 2000: a leap year
            elif month and not 1 <= int(month) <= 12:
                return False
        except ValueError:
            return False
    return True


def check_record(text: str, rec) -> None:
    n = len(text)
    for c in rec.claims:
        assert 0 <= c.start < c.end <= n, (c.start, c.end)
        assert text[c.start:c.end], c
        if c.content is not None:
            assert c.content, c
            assert c.content in text, c.content
        for d in c.dates:
            assert d["iso"] and iso_ok(d["iso"]), d
    for tag in rec.dates:
        assert 0 <= tag["start"] < tag["end"] <= n and text[tag["start"]:tag["end"]] == tag["text"], tag
        assert iso_ok(tag["iso"]), tag
    for tag in rec.numbers + rec.entities:
        assert 0 <= tag["start"] < tag["end"] <= n and text[tag["start"]:tag["end"]] == tag["text"], tag
    # every record goes out as strict JSON (no NaN or Infinity a JSON reader would refuse)
    json.dumps(rec.to_dict(), allow_nan=False)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_analyse_never_raises_and_every_offset_content_and_date_is_sound(analyse_text, text):
    RAN["whole"] = RAN.get("whole", 0) + 1
    check_record(text, analyse_text(text))


@settings(max_examples=EXAMPLES // 3, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.lists(texts, min_size=2, max_size=4).map("\n\n".join))
def test_the_same_holds_when_a_text_is_parsed_in_parts(analyse_text, monkeypatch, text):
    # tiny parts, so the joined Doc that very long files get is what the rules see here
    monkeypatch.setattr(pipeline, "PARSE_CHARS", 60)
    RAN["parts"] = RAN.get("parts", 0) + 1
    check_record(text, analyse_text(text))


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=400) | texts, limit=st.integers(4, 120))
def test_split_text_keeps_every_character_in_bounded_parts(text, limit):
    parts = pipeline.split_text(text, limit)
    assert "".join(p for _, p in parts) == text
    assert all(0 < len(p) <= limit for _, p in parts) or text == ""
    assert all(text[o:o + len(p)] == p for o, p in parts)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decode_gives_text_or_a_skip_never_another_error(data):
    try:
        text = decode(data, "x.txt")
    except SkippedFile as e:
        assert str(e).startswith("x.txt: ")
        return
    assert "\x00" not in text


@pytest.fixture(scope="module", autouse=True)
def _report_examples():
    yield
    if RAN:  # shown with -s or -rA; the report of issue 6 quotes these numbers
        print(f"\nhypothesis examples run: {RAN}")
