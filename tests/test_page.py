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


# --- the document record on page headers of our own making -----------------------------------------

MENU = "".join(f"• Region {n}\n" for n in range(1, 41))


def test_chrome_and_a_long_menu_do_not_hide_the_headline_or_its_time_stamp():
    text = ("Skip to main content\nHome / World / Asia\n" + MENU +
            "Floods close schools across the delta provinces\n"
            "June 2, 2022 08:15 AM GMT+7\n"
            "Heavy rain closed hundreds of schools in the delta on Wednesday, officials said, and more rain is "
            "expected before the weekend across the region.\n")
    assert find_metadata(text) == ("Floods close schools across the delta provinces", "2022-06-02", None)


def test_a_page_that_opens_with_its_dateline_has_no_title_but_its_date_and_agency():
    text = ("NAIROBI (14 March 2019) – The agency said on 2 March that it had documented the detention of "
            "dozens of reporters in the capital over the past year.\n")
    assert find_metadata(text) == (None, "2019-03-14", None)
    text = ("Hanoi, 12 March 2024 (VNA) - The ministry held its regular briefing on Thursday and answered "
            "questions from foreign reporters on a range of matters.\n")
    assert find_metadata(text) == (None, "2024-03-12", "VNA")


def test_the_body_resolves_its_day_months_from_the_dateline(analyse_text):
    rec = analyse_text("KIGALI (4 February 2020) – Police said they had detained the two men on 28 January "
                       "and released them on 1 February after questioning.\n")
    assert rec.doc_date == "2020-02-04"
    # the dateline's own date is a date mention too
    assert [d["iso"] for d in rec.dates] == ["2020-02-04", "2020-01-28", "2020-02-01"]


def test_outlet_bar_site_name_and_browser_notice():
    text = ("Daily Courier | 2021-05-06 Police said on May 3 that they had arrested a reporter who covered "
            "the land dispute in the north of the province last month.\n")
    assert find_metadata(text)[1:] == ("2021-05-06", "Daily Courier")
    text = ("TheJakartaPost\nPlease Update your browser\nYour browser is out of date, and may not work here.\n"
            "Jakarta Post\nJunta says the new chair will be fair to all sides\n"
            "The junta said on Friday it believed the bloc's new chair would treat every member fairly when "
            "the talks resume next month.\n")
    assert find_metadata(text) == ("Junta says the new chair will be fair to all sides", None, "The Jakarta Post")


def test_a_caption_is_cut_from_the_headline_and_credits_or_mentions_are_no_source():
    text = ("Ministry presents its annual report hinh anh 1Deputy Minister speaks at the event (Photo: ABC)\n"
            "The ministry on Monday presented its annual report on the protection of migrant workers, the "
            "deputy minister told XYZ News at the event.\n"
            "ENDS\n")
    assert find_metadata(text) == ("Ministry presents its annual report", None, None)


def test_a_site_clock_on_a_menu_line_is_no_date_and_no_title():
    text = ("Home page   Newsletter   Feedback\nMonday, June 3, 2019 Search\n"
            "Remarks by the spokesperson at the regular press conference\n"
            "Q: Could you comment on the remarks by the spokesperson at the regular press conference about the "
            "new rules for visiting reporters?\n")
    assert find_metadata(text) == ("Remarks by the spokesperson at the regular press conference", None, None)


def test_the_headline_is_chosen_over_a_banner_and_a_deck_line_is_no_title():
    text = ("SPECIAL COVERAGE OF THE 2030 ELECTIONS\nLog in\n"
            "Ministers agree on a plan to cut river pollution by half\n"
            "The agreement follows months of talks.\n"
            "Ministers from five provinces agreed on Tuesday on a plan to cut pollution in the river by half "
            "within a decade, the environment ministry said.\n")
    assert find_metadata(text)[0] == "Ministers agree on a plan to cut river pollution by half"


def test_the_page_date_honours_monthfirst_like_the_tags(nlp):
    from vnhrc.documents import make_document
    from vnhrc.extract import analyse
    from vnhrc.pipeline import parse

    text = "Posted 04/02/2020\n\nThe court met on 04/02/2020 to hear the appeal of the two farmers in the case.\n"
    assert find_metadata(text)[1] == "2020-02-04"
    assert find_metadata(text, monthfirst=True)[1] == "2020-04-02"
    rec = analyse(make_document("t.txt", text), parse(text, nlp), monthfirst=True)
    assert rec.doc_date == "2020-04-02" and {d["iso"] for d in rec.dates} == {"2020-04-02"}


SEED_TITLES = {  # the headline each seed page prints (None: the excerpt starts with its lead)
    "000_878fe1fc6b54c48a.txt": None,
    "001_29bbedf968ffdac6.txt": "Vietnam re-elected to the United Nations Human Rights Council: Accumulating "
                                "trust, higher expectations",
}


def test_the_title_is_right_on_every_seed():
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert sorted(p.name for p in seeds.glob("*.txt")) == sorted(SEED_TITLES)
    for name, title in SEED_TITLES.items():
        assert find_metadata((seeds / name).read_text(encoding="utf-8"))[0] == title, name


def test_a_stamp_with_words_around_its_date_still_dates_the_page_but_a_headline_does_not():
    text = ("Court frees two reporters held since March\nPosted by the news desk on 22/05/2025 at 10:00\n"
            "A provincial court on Thursday freed two reporters who had been held since March on charges that "
            "their lawyers called baseless.\n")
    assert find_metadata(text)[1] == "2025-05-22"
    text = ("Council to vote on new members on May 23, 2026\n"
            "The council will vote on its new members next month, the president of the assembly told "
            "reporters at the end of the session.\n")
    assert find_metadata(text) == ("Council to vote on new members on May 23, 2026", None, None)


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


def test_a_last_line_cut_off_mid_sentence_is_no_headline():
    from vnhrc.page import cut_off
    assert cut_off("We will work with every delegation on the follow-up, and in my view the first step is a")
    assert cut_off("“If the bridge opens on time, traders from both provinces could ship their rice to the port and")
    assert not cut_off("Related: Council Elects New Members For The Next Term")
    assert not cut_off("Share this article")


def test_a_long_last_line_in_small_letters_is_cut_off_but_short_or_title_case_lines_are_not():
    from vnhrc.page import cut_off
    assert cut_off("The minister thanked the organisers for hosting the talks and for the many special efforts "
                   "they had made over the passing of the sea")
    for tail in ("More Politics News", "Activists call on the top leader to honour his pledge",
                 "Regional Leaders Gather In Jakarta As Tensions Rise Over Fishing Rights And Shipping Lanes Near"):
        assert not cut_off(tail), tail


def test_a_line_closing_on_two_apostrophes_after_its_stop_is_a_sentence_no_headline():
    from vnhrc.page import is_headline
    # the two apostrophes become a closing mark first, so '.''' ends like '.”' (no separate endings needed)
    for line in ("The mayor said the ferry will run all winter.''", "Will the ferry run all winter?''",
                 "The ferry will run all winter!''"):
        assert not is_headline(line), line
    assert is_headline("Ferry To Run All Winter, Mayor Says")


def test_cut_off_weighs_the_share_of_small_letters_in_long_lines():
    from vnhrc.page import CUT_OFF_WORDS, cut_off
    names = ("Ana Ruiz, Tomas Lind, Lena Hartig, Mara Quill, Rob Tallis, Paul Ames and Ruth Calder Join "
             "The Board Of")
    assert len(names.split()) >= CUT_OFF_WORDS and not cut_off(names)  # long but title case: a link or a list
    half = "Ana Ruiz And Tomas Lind Met Lena Hartig In Hue and then they went on to see the new bridge by the"
    assert len(half.split()) >= CUT_OFF_WORDS and cut_off(half)  # half the words small: running text
    short = "the ferry will run all winter and the mayor said the new"  # small letters but too short
    assert len(short.split()) < CUT_OFF_WORDS and not cut_off(short)
    mostly_big = "Ana Ruiz And Tomas Lind Met Lena Hartig In Hue Today and they went on to see the new"
    assert len(mostly_big.split()) >= CUT_OFF_WORDS and not cut_off(mostly_big)  # fewer than half small


def test_a_short_last_line_right_after_running_text_is_cut_off_too():
    from vnhrc.page import cut_off_after
    prose = "The delegates met for three hours and agreed to hold another round of talks in Hue in the spring."
    assert cut_off_after("The harbour office has admitted that the new fees were never", prose)
    # a footer or a link in title case stays a headline; so does a short line after another headline
    assert not cut_off_after("More Politics News From The Region", prose)
    assert not cut_off_after("The harbour office has admitted that the new fees were never",
                             "Fishermen Protest New Harbour Fees")
    assert not cut_off_after("Share this article", prose)


def test_a_line_closing_on_a_straight_single_mark_after_its_stop_is_a_sentence():
    from vnhrc.page import is_headline
    assert not is_headline("The mayor said the ferry 'will run all winter.'")
    assert not is_headline("Will the ferry 'run all winter?'")
    assert is_headline("Mayor Promises Ferry 'For All Seasons'")
