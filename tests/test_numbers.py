"""Numbers: what counts, its value and the noun it counts; quantity claims with their subject."""

import pytest

from vnhrc.numbers import find_numbers, find_quantities, word_value


@pytest.fixture(scope="module")
def nums(nlp):
    def run(text: str) -> list[tuple]:
        return [(n["value"], n["unit"], n["ordinal"]) for n in find_numbers(nlp(text))]

    return run


@pytest.mark.parametrize("text, value, ordinal", [
    ("forty-seven", 47, False), ("Twenty-five", 25, False), ("1.5 million", 1_500_000, False),
    ("a dozen", 12, False), ("two dozen", 24, False), ("one hundred and twenty", 120, False),
    ("120,000", 120_000, False), ("50th", 50, True), ("forty-first", 41, True), ("Fifty-Sixth", 56, True),
    ("seventy-fourth", 74, True), ("twentieth", 20, True),
])
def test_word_values(text, value, ordinal):
    assert word_value(text) == (value, ordinal)


@pytest.mark.parametrize("text, expected", [
    ("Vietnam was elected for two consecutive terms.", [(2, "term", False)]),
    ("The council has 47 member states.", [(47, "member state", False)]),
    ("The country announced 8 priority areas.", [(8, "priority area", False)]),
    ("She met the president and three Vice Presidents of the body.", [(3, "Vice President", False)]),
    ("The ministry reported forty-seven new cases.", [(47, "case", False)]),
    ("Some 1.5 million people were displaced and a dozen villages burned.",
     [(1_500_000, "people", False), (12, "village", False)]),
    ("Twenty-five years ago the two sides signed a deal.", [(25, "year", False), (2, "side", False)]),
    ("More than 120,000 people have been killed.", [(120_000, "people", False)]),
    ("Almost one million Palestinians have fled.", [(1_000_000, "Palestinian", False)]),
])
def test_counts_take_the_noun_they_count(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The 50th regular session opened today.", [(50, "session", True)]),
    ("The council met at its forty-first session.", [(41, "session", True)]),
    ("Opening of the Fifty-Sixth Regular Session of the Council", [(56, "session", True)]),
    ("Leaders gathered at the 37th ASEAN Summit and the 23rd ASEAN+3 Summit.",
     [(37, "summit", True), (23, "summit", True)]),
    ("The country won a third term on the council.", [(3, "term", True)]),
])
def test_ordinals_are_flagged(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Civilian deaths rose by 72 per cent last year.", [(72, "percent", False)]),
    ("Exports grew 15% on the year.", [(15, "percent", False)]),
    ("The fund has raised 10 million USD from members.", [(10_000_000, "USD", False)]),
    ("Donors pledged $5 billion and €1.5 billion.", [(5_000_000_000, "USD", False), (1_500_000_000, "EUR", False)]),
    ("Two-way trade hit US$68.6 billion.", [(68_600_000_000, "USD", False)]),
    ("The budget set aside VND5 trillion and $ 4 million.", [(5_000_000_000_000, "VND", False),
                                                               (4_000_000, "USD", False)]),
])
def test_percentages_and_money(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vietnam won 180 votes in favour.", [(180, "vote", False)]),
    ("The country received 145 of 189 valid votes.", [(145, "vote", False), (189, "vote", False)]),
    ("The text was adopted by 19 votes to 17, with 11 abstentions.",
     [(19, "vote", False), (17, "vote", False), (11, "abstention", False)]),
    ("It passed with a vote of 19 in favour, six against and 21 abstentions.",
     [(19, "vote in favour", False), (6, "vote against", False), (21, "abstention", False)]),
    ("The required number of votes to win a seat was 97.", [(97, "vote", False)]),
])
def test_vote_tallies(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare number joined to a counted one shares its noun; "and" never adds two numbers together
    ("They were jailed for between two and five years.", [(2, "year", False), (5, "year", False)]),
    ("Some 10 to 20 people gathered.", [(10, "people", False), (20, "people", False)]),
    ("The 3rd and 4th rounds of talks ended.", [(3, "round", True), (4, "round", True)]),
])
def test_shared_nouns(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He was given a three-year term.", [(3, "year", False)]),
    ("She is serving a 33-year sentence.", [(33, "year", False)]),
    ("The group will convene a two-day global consultation.", [(2, "day", False)]),
    ("He had access to her for perhaps an hour-and-a-half.", [(1.5, "hour", False)]),
    ("He spent two and a half years abroad.", [(2.5, "year", False)]),
])
def test_measures_in_compounds_and_fractions(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text", [
    "First, the trust of the international community.",
    "Second, shaping and leading topics with a clear imprint.",
    "The minister (first, front row, from right) and the delegation.",
    "Comment (0)",
    "Hotline: +84 24 3825 4321 or 0912 345 678.",
    "The meeting opened at 10:30 on 14 March 2024.",
    "The council sat from 2023-2025 and will sit in 2026.",
    "Vietnam is one of the few countries with such ties.",
    "The one-party state rejected the report.",
    "The bloc's Five-Point Consensus remains the basis for talks.",
    "Cases of COVID-19 fell, the G20 said.",
    "This is the third time the country serves on the council.",
    "Trade rose nearly 60 times, and two-way trade grew.",
    "14TH NATIONAL CONGRESS OF THE COMMUNIST PARTY",
    "Views: 1,234 | 5 min read | Updated 2 hours ago",
    "He faced Article 88 charges under Resolution 2758.",
    "A two-thirds majority is needed.",
    "Read more at https://example.org/news/10-people-2022-333185.html today.",
])
def test_what_counts_nothing(nums, text):
    assert nums(text) == []


def test_offsets_point_at_the_text(nlp):
    text = "Vietnam received  145 of 189\u00a0valid votes and 72 per cent backing at the 50th session."
    found = find_numbers(nlp(text))
    assert [n["value"] for n in found] == [145, 189, 72, 50]
    for n in found:
        assert text[n["start"]:n["end"]] == n["text"]
        assert n["text"].startswith(str(n["value"]))


def test_quantities_name_their_subject(nlp):
    text = ("The ASEAN COVID-19 Response Fund has raised 10 million USD from member countries. "
            "Vietnam was re-elected with the highest number of votes in the group, reaching 180 votes in favour. "
            "It also made 12 voluntary commitments.")
    doc = nlp(text)
    got = {(q.subject, q.value, q.unit) for q in find_quantities(doc, find_numbers(doc))}
    assert got == {("The ASEAN COVID-19 Response Fund", 10_000_000, "USD"), ("Vietnam", 180, "vote")}
    for q in find_quantities(doc, find_numbers(doc)):
        assert q.sent_start <= q.start < q.end <= q.sent_end
        assert text[q.start:q.end].split()[0].replace(",", "") in ("10", "180")


def test_quantities_skip_chrome(nlp):
    text = "Photo caption: the council adopted 30 resolutions.\nThe council adopted 24 resolutions."
    doc = nlp(text)
    cut = text.index("\n")
    got = find_quantities(doc, find_numbers(doc), skip=[(0, cut)])
    assert [(q.subject, q.value) for q in got] == [("The council", 24)]


def test_quantity_subjects_behind_a_dateline_or_a_misparsed_clause(nlp):
    text = ("THE HANOI TIMES — Vietnam has been re-elected to the council for the 2026–2028 term with 180 votes.\n\n"
            "Readers welcomed the news that Vietnam was re-elected for two consecutive terms.")
    doc = nlp(text)
    got = [(q.subject, q.value, q.unit) for q in find_quantities(doc, find_numbers(doc))]
    assert got == [("Vietnam", 180, "vote"), ("Vietnam", 2, "term")]


@pytest.mark.parametrize("text, expected", [
    # one spelling of percent; dollar prefixes of other currencies are not US dollars
    ("Turnout was 64 per cent, up from 58 percent and 51%.", [(64, "percent", False), (58, "percent", False),
                                                              (51, "percent", False)]),
    ("The port cost S$310 million and HK$2 billion, against US$90 million.",
     [(310_000_000, "SGD", False), (2_000_000_000, "HKD", False), (90_000_000, "USD", False)]),
    ("Half a dozen reporters and a half-dozen monks waited.", [(6, "reporter", False), (6, "monk", False)]),
])
def test_unit_spellings_currencies_and_half_a_dozen(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text", [
    "Leaders backed a seven-point roadmap for the talks.",
    "The party set out its ten-point peace plan.",
    "The bank forecast zero growth and aims for net-zero by 2060.",
    "Download the clip (412 MB) or the summary (1.5 GB).",
    "Two-thirds of the deputies and one-fifth of the judges objected; a third of the seats were empty.",
    "The Fourth Committee heard the First Secretary and the Second Vice-President.",
])
def test_plan_names_zero_file_sizes_fractions_and_titles_are_left_out(nums, text):
    assert nums(text) == []


@pytest.mark.parametrize("text, expected", [
    # Roman numerals after a series word, hyphenated ordinals, the series word inside a longer name
    ("Work on round VII began after cycle IV closed.", [(7, "round", True), (4, "cycle", True)]),
    ("The second-term bid followed the fifth-round talks.", [(2, "term", True), (5, "round", True)]),
    ("Delegates drafted the sixth UPR cycle summary.", [(6, "cycle", True)]),
    ("They met at the 14th Mekong Ministers' Conference.", [(14, "conference", True)]),
    ("Minutes of the 12th & 13th Meetings were read.", [(12, "meeting", True), (13, "meeting", True)]),
    ("The party came fourth with 12 seats.", [(4, "place", True), (12, "seat", False)]),
    ("The country ranked 98th in the index.", []),
    # a name with a Roman numeral is no series
    ("Veterans of World War II and Pope John Paul II were honoured.", []),
])
def test_ordinals_in_other_shapes(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mai, 47, a teacher, was held with a 62-year-old farmer and a man aged 71.",
     [(47, "years old", False), (62, "years old", False), (71, "years old", False)]),
    ("The jeep halted some 40 km (25\nmiles) short of the border.", [(40, "km", False), (25, "mile", False)]),
    ("Police held three Cambodian and Lao activists.", [(3, "activist", False)]),
    # who is counted is part of the unit: "Uyghur man", not "man"
    ("The guards detained 40 Tibetan women and 12 children.", [(40, "Tibetan woman", False), (12, "child", False)]),
    ("It was a three-way race, though two-way trade grew.", [(3, "way", False)]),
])
def test_ages_wrapped_lines_joined_modifiers_and_nationalities(nums, text, expected):
    assert nums(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pro-form takes the noun counted in its sentence or the one before
    ("Of the 120 petitions filed, the court rejected 95 and upheld 17 others. Four others are pending.",
     [(120, "petition", False), (95, "petition", False), (17, "petition", False), (4, "petition", False)]),
    ("The board got 64 bids and approved 40.", [(64, "bid", False), (40, "bid", False)]),
    # partitives: a noun, a pronoun, "the N" of an earlier count
    ("Seven of their lawyers resigned.", [(7, "lawyer", False)]),
    ("Officers seized 80 boats, 30 of which were sunk.", [(80, "boat", False), (30, "boat", False)]),
    ("Guards beat nine young monks on Monday.\n\nTwo of the nine are in hospital.",
     [(9, "monk", False), (2, "monk", False), (9, "monk", False)]),
    # "the NOUN of N", and a count told before its noun
    ("Rescuers confirmed the deaths of at least 1,450.", [(1450, "death", False)]),
    ("The council adopted 75, or nearly 60 percent, of 128 motions.",
     [(75, "motion", False), (60, "percent", False), (128, "motion", False)]),
    # the count in the same role is the one stood for, not the nearest
    ("They got 150 petitions from 40 groups and granted 90 of them.",
     [(150, "petition", False), (40, "group", False), (90, "petition", False)]),
    # "The three" as subject is a reference to people, and with no count before, "others" stays
    ("The three had been held since May, along with 11 others.", [(11, "other", False)]),
])
def test_pro_forms_take_the_noun_they_stand_for(nums, text, expected):
    assert nums(text) == expected


def test_a_pro_form_does_not_reach_into_another_paragraph(nums):
    assert nums("The fund paid 300 grants.\n\nIt later approved 12.") == [(300, "grant", False)]


def test_a_list_of_numbers_shares_the_noun_of_its_last(nums):
    assert nums("They got four, six-and-a-half and nine years respectively.") == [
        (4, "year", False), (6.5, "year", False), (9, "year", False)]
    assert nums("Of the 10, 5 were freed.") == []
