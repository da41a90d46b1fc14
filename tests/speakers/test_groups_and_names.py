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
    text = "Thirty percent said they would stay at home on polling day this autumn."
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
    text = ("Tobias Wren was fined on Monday. His sister, Clara Wren, sat at the back of the hall.\n\n"
            "Asked about the fine, Wren said he had parked in the bus lane by mistake. It happened twice, he "
            "admitted.")
    assert ("Tobias Wren", "person", "admitted") in speakers_of(text)


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it(speakers_of):
    text = ("Senator Ruth Malley spoke in Dayton on Monday.\n\n"
            "Now Malley says the state must spend more on roads and bridges.")
    assert speakers_of(text) == [("Ruth Malley", "person", "says")]


def test_he_is_never_the_short_form_of_a_woman_s_name(speakers_of):
    text = ("Mrs. Anna Berg signed the permits while she ran the board. Water Board spokesman Tom Kessler "
            "spoke on Friday.\n\n"
            "Kessler took questions for an hour, and Berg stayed silent. He said those permits were never "
            "challenged.")
    assert speakers_of(text) == [("Tom Kessler", "person", "said")]


def test_a_nickname_in_quotes_is_no_part_of_the_name(speakers_of):
    text = ("Retired ferry captain Paul “Skip” Halvorsen spoke in Bergen on Monday.\n\n"
            "He noted that the crossing had taken nine hours.")
    assert speakers_of(text) == [("Paul Halvorsen", "person", "noted")]


def test_a_surname_the_model_tags_a_place_stays_a_name(speakers_of):
    text = ("Neighbours gathered at the library in Port Arden on Friday. - Omar Velkan said the street was in "
            "mourning.\n\nVelkan, a music teacher, spoke after the meeting. He said he had never met the driver.")
    assert speakers_of(text) == [("Omar Velkan", "person", "said")] * 2


def test_a_town_named_after_in_or_of_is_nobody_she_stands_for(speakers_of):
    text = ("Pastor Linda Hale of Port Arden spoke to the crowd. Port Arden has two libraries. She said the town "
            "would hold a vigil.")
    assert speakers_of(text) == [("Linda Hale", "person", "said")]


def test_a_party_letter_in_brackets_is_no_person(speakers_of):
    text = ("State Rep. Greta Solberg (R), who chairs the farm committee, spoke in Millbrook. \"Nobody here has "
            "read the bill to the end,\" she said.")
    assert speakers_of(text) == [("Greta Solberg", "person", "said")]


def test_a_name_with_an_apostrophe_inside_is_a_name(speakers_of):
    text = ("Harbour master Niall O'Brannagh spoke in Cork.\n\n"
            "O'Brannagh, the harbour master of Cork and former captain of its lifeboat, stressed his long "
            "record and his plan for the docks.")
    assert speakers_of(text) == [("Niall O'Brannagh", "person", "stressed")]


def test_a_possessive_is_still_no_part_of_a_name(speakers_of):
    text = ("Harbour master Niall O'Brannagh spoke in Cork.\n\n"
            "O’Brannagh’s campaign said it would stay in the race until the vote.")
    assert speakers_of(text) == [("O’Brannagh’s campaign", "org", "said")]
