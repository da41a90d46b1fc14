"""A text speaks for its author: the owner of a thing that 'calls for', the body a plan or report was
named with before; an acronym's long form, a compass compound giving two of its letters."""


def test_a_named_owner_speaks_through_a_thing_the_parse_cannot_place(speakers_of):
    text = "The Andean Board's 7TR calls for fresh elections within a year and a census of every district."
    assert speakers_of(text) == [("Andean Board", "org", "calls for")]


def test_counted_evidence_speaks_for_nobody(speakers_of):
    text = "Gallup's poll found that most voters wanted the mayor to resign before the summer."
    assert speakers_of(text) == []


def test_the_plan_speaks_for_the_body_that_adopted_it(speakers_of):
    text = ("The mayors asked every town to carry out the water plan drafted and approved by the Nordic "
            "Council at its summit in May.\n\n"
            "The plan calls for meters in every home and a tax on bottled water.")
    assert ("Nordic Council", "org", "calls for") in speakers_of(text)


def test_the_report_speaks_for_the_body_named_as_its_author(speakers_of):
    text = ("A report by Amnesty International was released on Monday.\n\n"
            "The report calls on the government to free all political prisoners before the election.")
    assert speakers_of(text) == [("Amnesty International", "org", "calls on")]


def test_an_acronym_in_capitals_takes_the_long_form_the_text_writes(speakers_of):
    text = ("The vote was backed by the European Union and the Pacific Islands Forum, or PIF, which includes "
            "Fiji.\n\nPIF said the vote was a step towards peace in the region.")
    assert speakers_of(text) == [("Pacific Islands Forum", "org", "said")]


def test_a_compass_compound_gives_two_letters_of_an_acronym(speakers_of):
    text = ("Members of the Southeast Asian Fisheries Council (SEAFC) met in Manila on Monday.\n\n"
            "SEAFC said the ban on trawling would take effect in July.")
    assert speakers_of(text) == [("Southeast Asian Fisheries Council", "org", "said")]


def test_an_acronym_s_long_form_drops_a_possessive_mark(speakers_of):
    text = ("Reporters from The Associated Press’ (AP) office asked for comment.\n\n"
            "The AP said it had not included those meetings.")
    assert speakers_of(text) == [("Associated Press", "org", "said")]


def test_a_flight_is_no_part_of_an_airline_s_name(speakers_of):
    text = ("Relatives gathered at the airport after Nordair Flight NR12 vanished over the sea.\n\n"
            "Nordair has confirmed that 40 passengers and six crew members were on board.")
    assert [s for s, _, _ in speakers_of(text)] == ["Nordair"]
