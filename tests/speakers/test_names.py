"""speakers/names.py: names read off the tokens — runs of capitals, titles before and after a name,
the name part of a noun phrase; places, nationality words and honorifics cut a name."""

import pytest


def test_title_from_the_apposition(analyse_text):
    text = ("Nora Klein, director of the Asia programme at Freedom Now, said the verdict would be appealed "
            "next week.")
    c = [c for c in analyse_text(text).claims if c.type == "statement"][0]
    assert c.speaker == "Nora Klein"
    assert c.speaker_title and c.speaker_title.startswith("director of the Asia programme")


def test_name_the_model_tags_as_an_organisation(speakers_of):
    text = ("Dialogue is the only way forward for the region, said President of the Regional Assembly "
            "Tomas Villanueva Cruz.")
    assert speakers_of(text) == [("Tomas Villanueva Cruz", "person", "said")]


def test_a_capitalised_function_word_inside_a_name(speakers_of):
    text = "Dialogue must continue, General Secretary To Lam told the delegates on Monday."
    assert speakers_of(text) == [("To Lam", "person", "told")]


def test_names_in_capitals_as_meeting_summaries_write_them(speakers_of):
    text = ("DO MINH VIET, Deputy Minister of Justice of Viet Nam, said that his Government had taken note of "
            "every question put to it.\n\n"
            "Mr. VIET thanked the experts for their questions.\n\n"
            "HUMAN RIGHTS COMMITTEE CONCLUDES REVIEW\n\n"
            "Viet Nam said it would send a written reply within a month.")
    found = speakers_of(text)
    assert found == [("Do Minh Viet", "person", "said"), ("Do Minh Viet", "person", "thanked"),
                     ("Viet Nam", "country", "said")]


def test_a_place_of_several_words_is_no_part_of_a_name(speakers_of):
    text = ("Dialogue is the only way forward, said the Ambassador of Vietnam to the United States Pham Quang "
            "Vinh.")
    assert speakers_of(text) == [("Pham Quang Vinh", "person", "said")]


def test_a_report_with_a_capitalised_name_is_no_person(speakers_of):
    text = ("The annual Country Reports on Human Rights Practices, which mentioned that several countries had "
            "violated rights, were published on Monday.")
    found = speakers_of(text)
    assert found and found[0][1] != "person"


def test_a_list_of_organisations_is_one_speaker(speakers_of):
    text = ("In a joint letter, Human Rights Watch, Amnesty International and the other organizations demanded "
            "the release of the four activists.")
    assert speakers_of(text) == [("Human Rights Watch, Amnesty International and the other organizations", "org",
                                  "demanded")]


def test_a_regional_honorific_is_no_part_of_the_name(speakers_of):
    text = ("Indonesian Foreign Minister Budi Santoso Wirawan said on Monday the talks would resume.\n\n"
            "Speaking to reporters later, Pak Budi said the bloc was united on the issue.")
    assert [f[0] for f in speakers_of(text)] == ["Budi Santoso Wirawan", "Budi Santoso Wirawan"]


def test_a_nationality_and_a_ministry_name_are_not_the_speaker(speakers_of):
    text = ("Lao Deputy Minister of Labour and Social Welfare Bounmy Phommachanh highlighted the role of the "
            "commission in protecting migrant workers.")
    assert speakers_of(text) == [("Bounmy Phommachanh", "person", "highlighted")]


def test_a_hyphenated_surname_is_one_name(speakers_of):
    text = ("Amara Okoye-Lindgren, the agency's director, said funding had fallen by a third.\n\n"
            "“We cannot do more with less forever,” Ms. Okoye-Lindgren said.")
    assert [f[0] for f in speakers_of(text)] == ["Amara Okoye-Lindgren", "Amara Okoye-Lindgren"]


def test_a_headline_verb_meets_its_other_forms_in_the_body(speakers_of):
    text = ("Maria Lopez Endorses Rival In Council Race\n\n"
            "Lopez endorsed her former rival's budget plan at a rally in the city centre on Saturday.\n\n"
            "“We need every vote we can get this year,” Lopez said.")
    assert [f[0] for f in speakers_of(text)] == ["Maria Lopez", "Maria Lopez"]


def test_a_lone_initial_is_no_party_label(speakers_of):
    text = "J. Ruiz said the port would reopen next week after repairs to the main pier."
    assert speakers_of(text) == [("J. Ruiz", "person", "said")]


# (title, country, does the title name that country?)
COUNTRY_TITLES = [
    ("North Korean Ambassador", "South Korea", False),  # the compass word tells the two apart
    ("South African Foreign Minister", "South Korea", False),  # "South" names no country alone
    ("Nigerian Foreign Minister", "Niger", False),  # Nigeria's nationality, though it starts with "Niger"
    ("Sudanese Ambassador", "South Sudan", False),
    ("Dominican Foreign Minister", "Dominica", False),  # the Dominican Republic's
    ("Vietnamese Foreign Minister", "Viet Nam", True),
    ("Vietnamese Foreign Minister", "Vietnam", True),
    ("Nigerian minister", "Nigeria", True),
    ("South Korean Ambassador", "South Korea", True),
    ("South Sudanese Ambassador", "South Sudan", True),
    ("Saudi Ambassador", "Saudi Arabia", True),
    ("Thai deputy foreign minister", "Thailand", True),
    ("Minister of Foreign Affairs of the Republic of Ghana", "Ghana", True),
    ("Minister of Health of Ghana", "Republic of Ghana", True),
]


@pytest.mark.parametrize(("title", "country", "named"), COUNTRY_TITLES)
def test_a_title_names_a_country_by_its_whole_name_or_nationality(title, country, named):
    from vnhrc.speakers.names import names_country_in, speaks_for

    assert names_country_in(title, country) is named
    assert speaks_for(title, country) is named


def test_a_title_naming_another_country():
    from vnhrc.speakers.names import names_other_country

    assert names_other_country("Lao Deputy Minister", "Vietnamese")
    assert names_other_country("Nigerian Foreign Minister", "Niger")
    assert not names_other_country("Vietnamese Deputy Prime Minister", "Vietnamese")
    assert not names_other_country("Deputy Prime Minister", "Vietnamese")  # names none
    # "Chairman", "Ombudsman", "Spokeswoman" end like nationality words and are none
    assert not names_other_country("Chairman of the Ombudsman Office", "Vietnamese")
    assert not names_other_country("Spokeswoman", "Thai")


def test_a_gerund_opening_a_sentence_is_no_given_name(nlp):
    from vnhrc.pipeline import parse
    from vnhrc.speakers.registry import _build_registry

    doc = parse("I would agree. Entrusting Tom Varga with our future is a risky bet. "
                "Manning Ortiz said the plan would fail.", nlp)
    names = {" ".join(p.words) for p in _build_registry(doc, []).persons}
    assert "Tom Varga" in names and "Manning Ortiz" in names
    assert not any(n.startswith("Entrusting") for n in names)
