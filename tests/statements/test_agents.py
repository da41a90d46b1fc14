"""Who speaks (statements/agents.py): subjects, passive agents, speakers the parse lost,
texts that speak for their authors."""

from .helpers import one


def test_inverted_surname_resolves_to_the_full_name(statements):
    text = ("Deputy Prime Minister Tran Van Long opened the forum on Monday.\n\n"
            "Reforms to the electoral law will be put to the assembly next year, Long said.")
    c = one(statements(text), "said")
    assert c.speaker == "Tran Van Long"
    assert c.content.startswith("Reforms to the electoral law")


def test_passive_with_an_agent(statements):
    text = "It was stressed by the delegation of Chile that the review must remain transparent and inclusive."
    c = one(statements(text))
    assert c.content.startswith("the review must remain transparent")
    assert "Chile" in c.speaker


def test_a_capitalised_dateline_is_not_the_subject(statements):
    text = ("HÀ NỘI — Prime Minister Phạm Minh Chính has urged ministries to step up efforts to protect "
            "children from online abuse.")
    c = one(statements(text), "urged")
    assert c.speaker == "Phạm Minh Chính"
    assert c.content.startswith("ministries to step up efforts")


def test_quoted_as_saying_in_a_relative_clause(statements):
    text = ("The defence lawyer, who was quoted by AFP as saying that his client would appeal, declined further "
            "comment.")
    c = one(statements(text), "saying")
    assert c.content == "his client would appeal"
    assert c.speaker == "defence lawyer"


def test_inverted_speaker_after_the_verb_parsed_as_its_object(statements):
    text = ("Ambassador Tran Van Minh met the rapporteur on Monday.\n\n"
            "The government hopes to receive more technical support for its reforms, added the ambassador.")
    added = one(statements(text), "added")
    assert added.speaker == "Tran Van Minh"
    assert added.content.startswith("The government hopes to receive")


def test_a_name_right_before_its_verb_when_the_parse_lost_the_subject(statements):
    text = ("During a dialogue with the experts, Ambassador and deputy head of the UN delegation Pham Quoc Tru "
            "praised efforts by the experts to document violations.")
    c = one(statements(text), "praised")
    assert c.speaker == "Pham Quoc Tru"


def test_a_statement_urging_speaks_for_its_author(statements, nlp):
    # "urging" must hang on "statement" (the rule for texts that speak for their authors), not on "released"
    # (then the participle rule would find the speaker and this test would not run the rule it names)
    text = ("Human Rights Watch (HRW) released a statement urging lawmakers to use the coming talks to "
            "press for the release of detained activists.")
    from vnhrc.pipeline import parse

    urging = next(t for t in parse(text, nlp) if t.lower_ == "urging")
    assert (urging.dep_, urging.head.lower_) == ("acl", "statement")
    c = one(statements(text), "urging")
    assert c.speaker == "Human Rights Watch"
    assert c.content.startswith("lawmakers to use the coming talks")


def test_a_dateline_is_not_the_speaker(statements):
    # (the parse makes the dateline a subject with the speakers as its apposition)
    text = ("Experts alarmed by arrests\n\n"
            "BANGKOK (3 March 2025) – UN experts today expressed concern about the arrest of three activists.")
    c = one(statements(text))
    assert c.speaker == "UN experts" and c.content.startswith("the arrest of three activists")
    text = ("Vietnam ready to share child protection experience\n\n"
            "Vientiane, July 25 (VNA) – Vietnam is ready to share its experience in protecting children, "
            "Vietnam's representative to the commission Do Thi Lan has affirmed.")
    c = one(statements(text), "affirmed")
    assert c.speaker == "Do Thi Lan" and c.content.startswith("Vietnam is ready to share")


def test_every_role_that_resolves_can_speak(statements):
    # one list of role nouns: "the adviser" speaks like "the spokesman" does
    for role in ("adviser", "spokesman", "commander", "correspondent"):
        text = f"The {role} said that the plan would cut poverty by half within a decade."
        c = one(statements(text), "said")
        assert c.speaker.endswith(role)
        assert c.content.startswith("the plan would cut poverty")


def test_a_thing_as_subject_is_no_speaker(statements):
    assert statements("The old ticket machine said that the fares would rise again next year.") == []


def test_a_person_named_by_what_they_do_can_speak(statements):
    # no closed list: agent nouns, people by role, an age as a noun
    cases = {
        "The candidate said that taxes would fall within two years of the vote.": "candidate",
        "A senior campaign organiser said that the march would go ahead on Sunday.": "organiser",
        "The 56-year-old told reporters that he had no regrets about the protest.": "56-year-old",
    }
    for text, word in cases.items():
        c = one(statements(text))
        assert word in c.speaker, (text, c.speaker)


def test_a_number_of_a_group_speaks_for_the_group(statements):
    c = one(statements("Two of the organisers said that the march would go ahead despite the rain."), "said")
    assert c.speaker == "organisers"
    assert c.content.startswith("the march would go ahead")
    # 'a number' never speaks itself: its members do
    c = one(statements("A number of the teachers said that the new timetable would tire the pupils."), "said")
    assert c.speaker == "teachers"


def test_counted_evidence_is_no_speaker(statements):
    assert statements("The poll said that most voters wanted lower fares on the night buses.") == []
    assert statements("The latest figures suggest that exports fell by a tenth in the spring.") == []


def test_a_bare_part_speaks_as_the_plural_subject_of_its_clause(statements):
    text = "Nurses marched to the ministry on Friday, some urging the government to raise pay for night shifts."
    c = one(statements(text), "urging")
    assert c.speaker == "Nurses" and c.content.startswith("the government to raise pay")
    c = one(statements("Dock workers walked off the job on Monday, some accusing the port of cutting their pay."),
            "accusing")
    assert c.speaker == "Dock workers"


def test_a_bare_part_is_no_part_of_a_singular_subject(statements):
    found = statements("The union marched to the ministry on Friday, some urging the government to raise pay.")
    assert not any(c.speaker.endswith("union") for c in found), [(c.speaker, c.cue) for c in found]


def test_a_text_with_no_author_named_speaks_itself(statements):
    text = ("The protest came a day after the release of a report calling on the council to reject the new "
            "mining licences.")
    c = one(statements(text), "calling on")
    assert c.speaker.endswith("report") and c.content.startswith("the council to reject")


def test_a_participle_phrase_parsed_as_the_clausal_subject_gives_its_noun(nlp):
    from spacy.tokens import Doc

    from vnhrc.statements.agents import reduced_relative_subject

    # "Members of the committee monitoring the treaty stressed the need ...", as the small model parses it
    # in long sentences: 'monitoring' the clausal subject of 'stressed', 'Members' the subject of 'monitoring'
    words = ["Members", "of", "the", "committee", "monitoring", "the", "treaty", "stressed", "the", "need", "."]
    heads = [4, 0, 3, 1, 7, 6, 4, 7, 9, 7, 7]
    deps = ["nsubj", "prep", "det", "pobj", "csubj", "det", "dobj", "ROOT", "det", "dobj", "punct"]
    tags = ["NNS", "IN", "DT", "NN", "VBG", "DT", "NN", "VBD", "DT", "NN", "."]
    pos = ["NOUN", "ADP", "DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert reduced_relative_subject(doc[7]).text == "Members"
    # a clausal subject that is a gerund with no noun of its own ("Monitoring the treaty stressed …") gives none
    words2 = ["Monitoring", "the", "treaty", "stressed", "the", "need", "."]
    doc2 = Doc(nlp.vocab, words=words2, heads=[3, 2, 0, 3, 5, 3, 3],
               deps=["csubj", "det", "dobj", "ROOT", "det", "dobj", "punct"],
               tags=["VBG", "DT", "NN", "VBD", "DT", "NN", "."],
               pos=["VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert reduced_relative_subject(doc2[3]) is None


def test_the_name_before_a_relative_clause_closed_right_before_the_verb(statements):
    text = ("Addressing the river forum, Thai Deputy Prime Minister and Minister of Foreign Affairs Somchai "
            "Rattana, who headed the Thai team, stressed that shared rules for the dams were needed before the dry "
            "season.")
    c = one(statements(text), "stressed")
    assert c.speaker == "Somchai Rattana" and c.content.startswith("shared rules for the dams")


def test_a_ratio_of_those_polled_speaks(statements):
    text = ("The survey of 900 adults was taken last week.\n\n"
            "Two in three said they were less likely to back the mayor because of the tax plan.")
    c = one(statements(text), "said")
    assert c.speaker == "Two in three"
    assert c.content.startswith("they were less likely")


def test_a_bare_majority_in_a_poll_speaks(statements):
    text = "Majorities in all four districts say they want the bus line to be extended for another year."
    c = one(statements(text), "say")
    assert c.speaker == "Majorities in all four districts"


def test_a_number_in_a_place_is_no_ratio(statements):
    text = "Three in the crowd shouted that the mayor should resign before the next budget."
    assert not [c for c in statements(text) if c.speaker == "Three in the crowd"]


def test_those_with_a_relative_clause_speak_as_written(statements):
    text = ("The councillor has many critics.\n\n"
            "But those who back her rivals say the row has damaged her standing with renters.")
    c = one(statements(text), "say")
    assert c.speaker == "those who back her rivals"


def test_those_close_to_a_named_person_are_not_that_person(statements):
    text = "Those close to Governor Lena Ortiz say she will not seek a third term next year."
    c = one(statements(text), "say")
    assert c.speaker == "Those close to Governor Lena Ortiz"


def test_a_bare_those_speaks_for_no_one(statements):
    text = "The guards freed some of the men on Monday, but those said they had been beaten in the camp."
    assert not [c for c in statements(text) if c.speaker and c.speaker.lower().startswith("those")]


def test_those_after_even_name_no_person_in_their_clause(statements):
    text = "Even those who have drawn up plans for Mr. Reed to win the seat acknowledge they are slim and rest on luck."
    c = one(statements(text), "acknowledge")
    assert c.speaker == "those who have drawn up plans for Mr. Reed to win the seat"


def test_an_owner_does_not_speak_through_what_is_no_text(statements):
    # a that-clause cue ('indicates', 'implies', 'suggests') after a possessor's non-text subject is evidence
    # read by the writer, not the possessor speaking
    assert statements("Norway's steady growth indicates that the new farm subsidies are working well.") == []
    assert statements("Oslo's new tax law implies that small shops will pay less from next spring.") == []
    assert statements("Greta Solberg's victory suggests that voters want a cleaner river and cheaper buses.") == []


def test_an_owner_speaks_through_its_text_or_a_code_for_one(statements):
    found = statements("The Andean Board's 7TR calls for fresh elections within a year and a census of every "
                       "district.")
    assert [c.speaker for c in found] == ["Andean Board"]
    found = statements("The water board's website said the reservoir would be drained for repairs in May.")
    assert len(found) == 1 and "water board" in found[0].speaker.lower()
