"""speakers/registry.py: the document's people and bodies — who is named, with which title, standing
as a subject or not; the acronyms it spells out; the names it calls an organisation."""


def test_vietnamese_family_name_and_diacritics(speakers_of):
    text = ("Lê Thị Thu Hường, the ministry's spokeswoman, opened the briefing.\n\n"
            "Hường said the ministry had received the report from the embassy.\n\n"
            "Lê said the citizens involved were safe.")
    found = speakers_of(text)
    assert found == [("Lê Thị Thu Hường", "person", "said")] * 2


def test_an_acronym_takes_its_long_form(speakers_of):
    text = ("The Ministry of Natural Resources and Environment (MONRE) published the draft on Friday.\n\n"
            "MONRE said the rules would take effect in July after a public consultation.")
    assert speakers_of(text) == [("Ministry of Natural Resources and Environment", "org", "said")]


def test_a_name_before_its_verb_is_a_subject_for_pronouns(speakers_of):
    text = ("Ambassador Lê Thị Tuyết Mai affirmed Việt Nam’s support for the Office.\n\n"
            "Speaking at the ceremony, Acting High Commissioner Nada Al Nashif delivered the annual report.\n\n"
            "She called on countries to intensify coordination at multilateral forums.")
    found = speakers_of(text)
    assert found == [("Lê Thị Tuyết Mai", "person", "affirmed"), ("Nada Al Nashif", "person", "called on")]


def test_a_name_the_text_calls_an_organisation(speakers_of):
    text = ("In a statement, the organisation Viet Tan said seven activists had been jailed.\n\n"
            "It said they were convicted after a one-day trial. The sentencing was unjust, Viet Tan said.")
    found = speakers_of(text)
    assert found == [("Viet Tan", "org", "said")] * 3


def test_a_role_phrase_before_the_name_and_a_comma(speakers_of):
    text = ("The Special Rapporteur on the situation of human rights in Myanmar, Tom Andrews, presented his "
            "report on Monday.\n\n"
            "The Special Rapporteur said the junta had killed more than 4,000 civilians.")
    assert speakers_of(text) == [("Tom Andrews", "person", "said")]
