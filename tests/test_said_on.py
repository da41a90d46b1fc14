"""said_on.py: the date of the speech act, read from the reporting clause, else the document's date."""

import pytest

# Friday 7 March 2025; texts of our own
ARTICLE = (
    "Hanoi, March 7, 2025\n\n"
    "Minister Tran Van Hang said on Thursday that the country would run for a seat in the 2026-2028 term.\n\n"
    "On January 10, Hang told reporters that Vietnam had kept the promises it made in 2023.\n\n"
    "The ambassador, Maria Lopez, said yesterday that the vote of June 3 would be close.\n\n"
    "Lopez said in a post on Monday that talks would go on.\n\n"
    "The group said that the 2023 elections were unfair.\n"
)


@pytest.fixture(scope="module")
def claims(analyse_text):
    rec = analyse_text(ARTICLE)
    assert rec.doc_date == "2025-03-07"
    return {c.content.split()[1]: c for c in rec.claims if c.type == "statement"}


def test_a_weekday_on_the_cue_is_the_latest_such_day_before_the_article(claims):
    assert claims["country"].said_on == "2025-03-06"  # "said on Thursday", not the 2026-2028 term it is about


def test_a_date_opening_the_sentence_dates_the_cue(claims):
    assert claims["had"].said_on == "2025-01-10"  # "On January 10, Hang told …" (not the 2023 in the content)


def test_yesterday_counts_back_from_the_article(claims):
    assert claims["vote"].said_on == "2025-03-06"  # not June 3, which the content is about


def test_a_date_on_the_medium_of_the_statement(claims):
    assert claims["would"].said_on == "2025-03-03"  # "said in a post on Monday"


def test_without_a_date_on_the_cue_the_document_date_stands_in(claims):
    assert claims["2023"].said_on == "2025-03-07"


def test_an_undated_article_with_an_undated_cue_gives_none(analyse_text):
    rec = analyse_text("Minister Tran Van Hang said on Thursday that the country would run for the seat.\n")
    assert [c.said_on for c in rec.claims if c.type == "statement"] == [None]  # no date to count a weekday from


def test_a_dated_cue_in_an_undated_article(analyse_text):
    rec = analyse_text("Minister Tran Van Hang said on 4 May 2021 that the country would run for the seat.\n")
    assert [c.said_on for c in rec.claims if c.type == "statement"] == ["2021-05-04"]


def test_the_dates_numbers_py_reads_are_left_as_they_were(nlp):
    from vnhrc import dates, said_on
    from vnhrc.pipeline import parse

    doc = parse(ARTICLE, nlp)
    dates.find_dates(doc, "2025-03-07")
    before = list(doc.user_data[dates.USER_DATA_KEY])
    said_on.said_on(doc, [], "2025-03-07")
    from vnhrc.statements import find_statements

    said_on.said_on(doc, find_statements(doc), "2025-03-07")
    assert doc.user_data[dates.USER_DATA_KEY] == before  # the weekday reading does not leak into numbers.py
