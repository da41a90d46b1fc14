"""Page layout and metadata read off the text alone: titles, dates, sources, chrome and captions."""

from vnhrc.page import chrome_spans, find_metadata


def test_metadata_iso_dateline():
    title, date, source = find_metadata(" date 2022-07-01 Something happened in Geneva (VNA) – More text.")
    assert date == "2022-07-01"
    assert source == "VNA"


def test_metadata_vietnamese_day_first_and_outlet():
    text = "Site name\n\nA headline about the council vote\n\nBáo Quốc Tế03/11/2025\n\nBody text here."
    title, date, source = find_metadata(text)
    assert date == "2025-11-03"
    assert source == "Báo Quốc Tế"
    assert title == "A headline about the council vote"


def test_metadata_weekday_dateline_with_time():
    _, date, _ = find_metadata("Politics\n\nThursday, 12/10/2023 09:15\n\nThe minister spoke.")
    assert date == "2023-10-12"


def test_metadata_wordy_dateline():
    _, date, _ = find_metadata("In-Depth\n\nThursday, February 19, 2026, 10:09 GMT+7\n\nHeadline here now")
    assert date == "2026-02-19"


def test_no_date_when_text_states_none():
    assert find_metadata("Just a headline here\n\nAnd a body sentence.")[1] is None


def test_caption_and_chrome_lines_are_marked():
    text = ("Officials at the meeting. (Photo: VNA)\nReal paragraph: the minister said it works.\n"
            "Related news\nComment (0)\n")
    spans = [text[s:e] for s, e in chrome_spans(text)]
    assert "Officials at the meeting. (Photo: VNA)" in spans
    assert "Related news" in spans and "Comment (0)" in spans
    assert not any("minister said" in s for s in spans)


def test_caption_glued_before_body_blanks_only_the_caption():
    text = "Envoys in Geneva.(Photo: VNA) Geneva (VNA) – It is necessary, said the president."
    (s, e), = chrome_spans(text)
    assert text[s:e].endswith("(Photo: VNA)")
    assert "necessary" not in text[s:e]


def test_a_headline_may_end_on_a_quoted_name_but_a_sentence_closing_a_quote_is_no_headline():
    from vnhrc.page import is_headline

    assert is_headline("Ministers urge port authority to free trawler ‘Blue Heron’")
    assert not is_headline("He said his aide told him: 'we are going to win.'”")
    assert not is_headline("“We will keep the harbour open to every trawler in the bay”")


def test_a_photo_credit_blanks_only_the_caption_sentence_not_the_paragraph_glued_to_it():
    from vnhrc.page import chrome_spans

    text = ("The minister said the port would reopen in May to ships from three countries. Cranes at the "
            "harbour in Brest (Photo: AFP)\n\nShe added that fees would fall.")
    assert [text[s:e] for s, e in chrome_spans(text)] == ["Cranes at the harbour in Brest (Photo: AFP)"]
    glued = "Talks ended on Friday.Cranes at the harbour (Photo: AFP)"
    assert [glued[s:e] for s, e in chrome_spans(glued)] == ["Cranes at the harbour (Photo: AFP)"]
    alone = "A crane at the harbour in Brest.(Photo: AFP) Brest (AFP) – The port reopened."
    assert [alone[s:e] for s, e in chrome_spans(alone)] == ["A crane at the harbour in Brest.(Photo: AFP)"]
