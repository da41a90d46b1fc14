"""Dates: every written form → the ISO value the gold schema asks for, anchored to the article's date."""

import re

import pytest

from vnhrc.dates import find_dates


@pytest.fixture(scope="module")
def isos(nlp):
    def run(text: str, anchor: str | None = None, **kw) -> list[str]:
        return [d["iso"] for d in find_dates(nlp(text), anchor, **kw)]

    return run


@pytest.mark.parametrize("text, anchor, expected", [
    # a day without a year takes the anchor's year; with no anchor the year stays unknown
    ("The vote took place on October 14 in New York.", "2025-11-03", ["2025-10-14"]),
    ("The vote took place on October 14 in New York.", None, ["XXXX-10-14"]),
    ("Talks resumed 7 October, officials said.", None, ["XXXX-10-07"]),
    # written years win over the anchor; abbreviations with and without a full stop
    ("A photo taken Sept. 30, 2020 shows the minister.", "2024-01-01", ["2020-09-30"]),
    ("The term begins Jan. 1, 2023 for all members.", None, ["2023-01-01"]),
    ("Nominations closed on Dec. 12 this time.", None, ["XXXX-12-12"]),
    ("Released 06 July 2018 in Geneva.", None, ["2018-07-06"]),
    ("Monday, February 19, 2026, 10:09 GMT+7", None, ["2026-02-19"]),
])
def test_calendar_days(isos, text, anchor, expected):
    assert isos(text, anchor) == expected


def test_numeric_dates_are_day_first_unless_told(isos):
    text = "Posted 03/11/2025, updated 2022/07/14 and 2022-07-01."
    assert isos(text) == ["2025-11-03", "2022-07-14", "2022-07-01"]
    assert isos(text, monthfirst=True) == ["2025-03-11", "2022-07-14", "2022-07-01"]
    # a first part above 12 can only be a day, whatever the setting
    assert isos("Filed 25/12/2024.", monthfirst=True) == ["2024-12-25"]


@pytest.mark.parametrize("text, anchor, expected", [
    ("The delegation stayed from June 27 to July 1 in Geneva.", "2022-07-01", ["2022-06-27/2022-07-01"]),
    ("The forum, 27 June–1 July 2022, closed with a declaration.", None, ["2022-06-27/2022-07-01"]),
    ("Leaders meet online on November 12-15, the spokesman said.", "2020-11-05", ["2020-11-12/2020-11-15"]),
    ("It will sit from 18 June to 12 July, hearing 40 reports.", None, ["XXXX-06-18/XXXX-07-12"]),
    ("The course ran from 12 to 15 March 2024.", None, ["2024-03-12/2024-03-15"]),
    # a range over New Year: the start belongs to the year before
    ("Holidays last December 28 – January 3, 2024.", None, ["2023-12-28/2024-01-03"]),
])
def test_day_ranges(isos, text, anchor, expected):
    assert isos(text, anchor) == expected


@pytest.mark.parametrize("written", ["2023-2025", "2023 –2025", "2023 – 2025", "2023—2025", "2023-25", "2023 - 25"])
def test_terms_with_any_dash_and_spacing(isos, written):
    assert isos(f"She was elected for the {written} term.") == ["2023/2025"]


def test_year_ranges_in_words_and_what_is_no_range(isos):
    assert isos("It served on the council from 2014 to 2016.") == ["2014/2016"]
    assert isos("It served on the council between 2014 and 2016.") == ["2014/2016"]
    # two years listed are two years; a backwards pair and a copyright notice are no term
    assert isos("Seats were won in 2019 and 2021.") == ["2019", "2021"]
    assert isos("Copyright © 1998-2024 Radio Free Asia.") == []
    assert isos("Source: https://example.org/2024/06/11/vote-2023-2025.html") == []


@pytest.mark.parametrize("text, anchor, expected", [
    ("She took up the post in June and travels widely.", "2023-07-14", ["2023-06"]),
    ("She took up the post in June and travels widely.", None, ["XXXX-06"]),
    ("Conflicts have grown since last March, he said.", "2024-06-18", ["2024-03"]),
    ("Conflicts have grown since last March, he said.", "2024-02-10", ["2023-03"]),
    ("Since early May, thousands have fled.", None, ["XXXX-05"]),
    ("The body met in mid-June and again in late October.", "2021-12-01", ["2021-06", "2021-10"]),
    ("The report is due in September 2025.", None, ["2025-09"]),
])
def test_months(isos, text, anchor, expected):
    assert isos(text, anchor) == expected


def test_month_words_that_are_not_months(isos):
    assert isos("Members may raise concerns and march to the square.") == []


@pytest.mark.parametrize("text, expected", [
    ("The review was held in 2022.", ["2022"]),
    ("The goals should be met by 2030.", ["2030"]),
    ("The year 2022 marked 45 years of ties.", ["2022"]),
    ("Growth slowed by mid-2021.", ["2021"]),
    # a year inside a name, or counting something, is no time
    ("The Mid-Term Review of the 2025 ASEAN Community Vision was done.", []),
    ("Member states adopted Agenda 2030 unanimously.", []),
    ("Over 2000 people marched in the capital.", []),
    ("Call the hotline 1900 1234 for help.", []),
])
def test_bare_years(isos, text, expected):
    assert isos(text) == expected


def test_a_yearless_day_takes_the_year_of_the_story_it_continues(isos):
    text = ("On the night of July 11, 1995, the president announced normalisation. "
            "On the next morning of July 12, the prime minister read a statement.")
    assert isos(text) == ["1995-07-11", "1995-07-12"]
    assert isos(text, "2020-07-10") == ["1995-07-11", "1995-07-12"]


def test_the_tense_moves_a_yearless_day_across_new_year(isos):
    # written in January: a past December is last year's, a coming one this year's
    assert isos("The verdict was handed down on December 28.", "2025-01-10") == ["2024-12-28"]
    assert isos("The verdict will be handed down on December 28.", "2025-01-10") == ["2025-12-28"]


def test_relative_days_need_an_anchor(isos):
    text = "The minister said yesterday that the vote would be held tomorrow."
    assert isos(text, "2023-07-14") == ["2023-07-13", "2023-07-15"]
    assert isos(text, None) == []


def test_weekdays_and_this_year_only_when_asked(isos):
    text = "The minister revealed on Wednesday that he had met her on Sunday, and this year is busy."
    assert isos(text, "2023-07-14") == []  # the gold marks calendar dates, not weekdays
    assert isos(text, "2023-07-14", relative=True) == ["2023-07-12", "2023-07-09", "2023"]
    assert isos(text, None, relative=True) == []  # no anchor, no guess
    # a future weekday is the next one
    assert isos("Ministers will meet on Tuesday.", "2025-11-03", relative=True) == ["2025-11-04"]


def test_durations_are_not_dates(isos):
    assert isos("Twenty-five years ago the two countries were apart; two years later they met.") == []


def test_every_value_is_well_formed_and_offsets_point_at_the_text(nlp):
    text = ("GENEVA, 10 July 2024 – The council, in session from 18 June–12 July, heard that in 2023 deaths "
            "rose. Viet Nam sits for 2023 – 2025 and ran in early May; posted 14/10/2025; on Dec. 3 and "
            "November 12-15.")
    found = find_dates(nlp(text), "2024-07-10")
    assert len(found) == 8
    part = r"(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?"
    for d in found:
        assert re.fullmatch(rf"{part}(?:/{part})?", d["iso"]), d
        assert text[d["start"]:d["end"]] == d["text"]


@pytest.mark.parametrize("text, expected", [
    # a range whose ends are written at different granularities keeps each end as written
    ("The fund grew from 2015 to March 2020, auditors found.", ["2015/2020-03"]),
    ("Prices fell between 2011 and June 2014 in the north.", ["2011/2014-06"]),
    ("Output was flat from October 2018 to 2021.", ["2018-10/2021"]),
    # "Y to Y" is a term even without "from"; "Y and Y" without "between" lists two years
    ("Figures cover the period 1996 to 2001 only.", ["1996/2001"]),
    ("Floods struck in 2012 and October 2016.", ["2012", "2016-10"]),
    # a count that looks like two years is no term
    ("Some 1500 to 2000 farmers joined the march.", []),
])
def test_year_ranges_of_mixed_granularity(isos, text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Reforms began in the 1980s.", ["1980/1989"]),
    ("The law dates from the 2000s and was amended in the mid-1970s.", ["2000/2009", "1970/1979"]),
])
def test_decades(isos, text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # the relative year wins over the tense: a past-tense "May this year" is still this year
    ("The law was passed in May this year.", "2024-03-02", ["2024-05"]),
    ("Talks will resume in December this year.", "2021-01-15", ["2021-12"]),
    ("The body met in November of last year.", "2019-06-01", ["2018-11"]),
    ("She was freed on March 9 this year.", "2022-08-30", ["2022-03-09"]),
    # no article date, no year to give
    ("The law was passed in May this year.", None, ["XXXX-05"]),
])
def test_months_in_this_year_take_the_articles_year(isos, text, anchor, expected):
    assert isos(text, anchor) == expected


def test_a_yearless_day_takes_a_year_the_text_states_nearby(isos):
    # a range with a year that contains the day
    assert isos("The fair ran from April 2 to April 20, 2018. On April 9, buyers left.") == [
        "2018-04-02/2018-04-20", "2018-04-09"]
    # the same day written elsewhere with its year
    assert isos("Envoys left on Oct 4, 2016 (photo).\n\nThe talks of (Oct 4) failed.") == ["2016-10-04", "2016-10-04"]
    # the one year stated in the same paragraph
    assert isos("In 2014 the group marched on June 5 in the capital.") == ["2014", "2014-06-05"]
    # a year in another paragraph, or two years in this one, fix nothing
    assert isos("On June 5 the group marched.\nIt plans more in 2014.") == ["XXXX-06-05", "2014"]
    assert isos("Between visits in 2012 and in 2014 she wrote on June 5 to the court.") == [
        "2012", "2014", "XXXX-06-05"]
    # with an article date the anchor decides, as before
    assert isos("In 2014 the group marched on June 5 in the capital.", "2016-07-01") == ["2014", "2016-06-05"]


def test_a_year_naming_a_publication_is_no_time(isos):
    assert isos("The group issued its latest 2027 annual report on rights.") == []
    assert isos("Its review was held in 2027 and the report followed.") == ["2027"]


@pytest.mark.parametrize("text, monthfirst, expected", [
    ("KIGALI (4 February 2020) – The office said", False, "2020-02-04"),
    ("Daily Courier | 2021-05-06 Police said", False, "2021-05-06"),
    ("June 2, 2022 08:15 AM GMT+7", False, "2022-06-02"),
    ("Posted 04/02/2020", False, "2020-02-04"),
    ("Posted 04/02/2020", True, "2020-04-02"),
    ("The summit opens on June 9", False, None),
])
def test_read_day_is_the_reader_a_page_date_shares(text, monthfirst, expected):
    from vnhrc.dates import read_day

    got = read_day(text, monthfirst)
    assert (got[0] if got else None) == expected
