"""Speakers that are part of a group or a share of those polled, a person's campaign, names with a lower-case
syllable, countries the list missed, the stops of initials."""


def test_a_partitive_of_people_by_trade_speaks_as_that_group(speakers_of):
    for text in ("A number of the fishermen said the coast guard had seized their boats without warning.",
                 "Some of the fishermen said the coast guard had seized their boats without warning."):
        assert speakers_of(text) == [("fishermen", "org", "said")]


def test_a_share_of_the_polled_speaks_as_the_group(speakers_of):
    text = "In the survey, 55 percent of registered voters said the mayor should resign before the summer."
    assert speakers_of(text) == [("registered voters", "org", "said")]
    text = "Two-thirds of the party insiders said the governor could not win the primary."
    assert speakers_of(text) == [("party insiders", "org", "said")]


def test_a_bare_percentage_speaks_for_those_polled(speakers_of):
    text = "Thirty percent said they would not vote in the local election this autumn."
    assert speakers_of(text) == [("Thirty percent", "org", "said")]


def test_a_share_of_a_thing_is_no_speaker(speakers_of):
    assert speakers_of("Half of the budget said nothing about schools.") == []
    text = "Exports rose 5 percent last year, the ministry said on Friday."
    assert [s for s, _, _ in speakers_of(text)] == ["ministry"]


def test_her_campaign_is_the_campaign_of_the_woman_named(speakers_of):
    text = ("Senator Ruth Malley launched her bid for the governorship in Dayton on Monday.\n\n"
            "Her campaign said it had raised $2 million in its first week.")
    assert speakers_of(text) == [("Ruth Malley's campaign", "org", "said")]


def test_the_campaign_is_the_one_named_before(speakers_of):
    text = ("Senator Ruth Malley launched her bid for the governorship in Dayton on Monday, and the Malley "
            "campaign opened offices in three towns.\n\n"
            "The campaign said it had raised $2 million in its first week.")
    assert speakers_of(text) == [("Malley campaign", "org", "said")]


def test_a_campaign_nobody_named_stays_as_written(speakers_of):
    text = "The campaign said it had raised $2 million in its first week."
    assert speakers_of(text) == [("campaign", "org", "said")]


def test_a_hyphenated_given_name_keeps_its_lower_case_syllable(speakers_of):
    text = ("North Korean defector Kim Sol-ri said the regime had jailed her brother for listening to foreign "
            "radio.\n\nKim said she had not heard from him since 2019.")
    assert speakers_of(text) == [("Kim Sol-ri", "person", "said")] * 2
    text = "Former president Moon Jae-in said the talks had failed because of the missile tests."
    assert speakers_of(text) == [("Moon Jae-in", "person", "said")]


def test_an_english_word_glued_to_a_name_is_no_syllable(speakers_of):
    text = "Hamas-run media said the strike had killed four people in the camp on Tuesday."
    assert speakers_of(text) == [("Hamas-run media", "org", "said")]


def test_niger_is_a_country(speakers_of):
    text = "Niger said on Friday that it would close its border with Benin until further notice."
    assert speakers_of(text) == [("Niger", "country", "said")]


def test_initials_keep_their_last_stop(speakers_of):
    text = "The U.N. said the convoy had reached the town on Monday after a week of delays."
    assert speakers_of(text) == [("U.N.", "org", "said")]
    text = "The agency said the convoy had reached the town on Monday after a week of delays, said the U.N."
    assert ("U.N.", "org", "said") in speakers_of(text)


def test_a_lead_official_named_next_with_a_portfolio_title(speakers_of):
    text = ("Fuel prices will rise again next month, a senior official said on Tuesday.\n\n"
            "Speaking to reporters in Hanoi, Deputy Minister of Industry Tran Van Long said the increase was "
            "unavoidable.")
    assert [s for s, _, _ in speakers_of(text)] == ["Tran Van Long"] * 2


def test_he_after_a_shared_family_name_is_the_man_of_that_name(speakers_of):
    text = ("Marcel Lazar pleaded guilty on Friday. His wife, Gabriela Lazar, wept in court.\n\n"
            "In an interview, Lazar said he had broken into the accounts for fun. He succeeded only rarely, he "
            "estimated.")
    assert ("Marcel Lazar", "person", "estimated") in speakers_of(text)


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it(speakers_of):
    text = ("Senator Ruth Malley spoke in Dayton on Monday.\n\n"
            "Now Malley says the state must spend more on roads and bridges.")
    assert speakers_of(text) == [("Ruth Malley", "person", "says")]


def test_he_is_never_the_short_form_of_a_woman_s_name(speakers_of):
    text = ("Mrs. Anna Berg sent the emails while she ran the agency. State Department spokesman John Kirby "
            "spoke on Friday.\n\n"
            "Kirby took questions for an hour, and Berg stayed silent. He said those emails were never marked "
            "secret.")
    assert speakers_of(text) == [("John Kirby", "person", "said")]


def test_a_nickname_in_quotes_is_no_part_of_the_name(speakers_of):
    text = ("Former Marine sergeant John “Tig” Tiegen spoke in Dallas on Monday.\n\n"
            "He noted that the attack had lasted thirteen hours.")
    assert speakers_of(text) == [("John Tiegen", "person", "noted")]


def test_a_surname_the_model_tags_a_place_stays_a_name(speakers_of):
    text = ("Worshippers gathered at the mosque in Fort Pierce on Friday. - Adel Nefzi said the community was in "
            "shock.\n\nNefzi, a chemistry professor, spoke after the prayers. He said he had never met the gunman.")
    assert speakers_of(text) == [("Adel Nefzi", "person", "said")] * 2


def test_a_town_named_after_in_or_of_is_nobody_she_stands_for(speakers_of):
    text = ("Pastor Linda Hale of Fort Pierce spoke to the crowd. Fort Pierce has two mosques. She said the town "
            "would hold a vigil.")
    assert speakers_of(text) == [("Linda Hale", "person", "said")]


def test_a_party_letter_in_brackets_is_no_person(speakers_of):
    text = ("State Rep. Wendy Nanney (R), a leader of the campaign, spoke in Greenville. \"Voters here have not "
            "looked into his record yet,\" she said.")
    assert speakers_of(text) == [("Wendy Nanney", "person", "said")]


def test_a_name_with_an_apostrophe_inside_is_a_name(speakers_of):
    text = ("Former governor Martin O'Malley spoke in Iowa.\n\n"
            "O'Malley, the former governor of Maryland and former mayor of Baltimore, stressed his executive "
            "experience and his climate plan.")
    assert speakers_of(text) == [("Martin O'Malley", "person", "stressed")]


def test_a_possessive_is_still_no_part_of_a_name(speakers_of):
    text = ("Former governor Martin O'Malley spoke in Iowa.\n\n"
            "O’Malley’s campaign said it would stay in the race until the convention.")
    assert speakers_of(text) == [("O’Malley’s campaign", "org", "said")]
