"""Phrase and noun cues (statements/phrase_cues.py): 'according to X', 'in X's words', 'claims by X that …'."""

from .helpers import one


def test_according_to_before_and_after(statements):
    text = ("According to the Ministry of Health, more than 300 rural clinics opened last year.\n\n"
            "Vaccination rates in the highlands have doubled since 2020, according to the World Health "
            "Organization.")
    found = statements(text)
    assert len(found) == 2
    first, second = found
    assert first.speaker == "Ministry of Health" and first.speaker_type == "org"
    assert first.content.startswith("more than 300 rural clinics")
    assert second.speaker == "World Health Organization"
    assert second.content.startswith("Vaccination rates in the highlands")


def test_noun_cue_with_an_agent_and_a_that_clause(statements):
    text = ("Claims by the energy minister that the new dam is safe were rejected by engineers, who pointed "
            "to cracks in the spillway.")
    c = one(statements(text), "Claims")
    assert c.content.startswith("the new dam is safe")


def test_in_someones_words_and_according_to_a_pronoun(statements):
    text = ("Prime Minister Ana Lopes met the press after the talks.\n\n"
            "In the prime minister's words, the agreement is “a turning point for the region”.\n\n"
            "According to her, both parliaments will ratify the agreement before the end of the year.")
    found = statements(text)
    assert [c.speaker for c in found] == ["Ana Lopes", "Ana Lopes"]
    assert found[0].content.startswith("the agreement is “a turning point")
    assert found[1].content.startswith("both parliaments will ratify")


def test_according_to_a_name_the_parse_hangs_the_clause_on(statements):
    text = ("Assistant Minister Vu Quoc Hai led the trade mission.\n\n"
            "According to Hai, the mission’s talks at the fair aimed to build trust and open new markets.")
    c = one(statements(text), "According to")
    assert c.speaker == "Vu Quoc Hai"
    assert c.content.startswith("the mission’s talks at the fair")


def test_a_credit_to_the_channel_after_an_attributed_clause_is_no_statement(statements):
    text = ("\"The harbour must stay open to every boat in the bay,\" he said, according to news agencies.\n\n"
            "Mayor Ines Roth said the ferry would run again in May, local radio reported.\n\n"
            "According to Minister Paul Weber, the bridge will reopen to traffic next week.")
    found = statements(text)
    assert not any(c.cue.lower() in ("according to", "reported") and c.speaker != "Paul Weber" for c in found), \
        [(c.speaker, c.cue) for c in found]
    assert one(found, "According to").speaker == "Paul Weber"
    assert one(found, "said", "Ines Roth").content.startswith("the ferry would run again")


def test_made_the_above_statement_refers_to_the_sentence_before(statements):
    text = ("The rice harvest in the delta will double next year and bring new jobs to young farmers.\n\n"
            "Trade Minister Lan Pham\n\n"
            "Trade Minister Lan Pham made the above statement at a press briefing on Friday.\n")
    c = one(statements(text), "made the above statement")
    assert c.speaker == "Lan Pham"
    assert c.content.startswith("The rice harvest in the delta will double")


def test_made_the_aforementioned_remarks_refers_to_the_sentence_before(statements):
    text = ("The new port on the river will open to cargo ships before the end of the coming year.\n\n"
            "Transport Minister Hai Dang made the aforementioned remarks during a visit to the docks.\n")
    c = one(statements(text), "made the aforementioned remarks")
    assert c.speaker == "Hai Dang"
    assert c.content.startswith("The new port on the river will open")


def test_made_the_remarks_after_a_report_of_its_own_adds_nothing(statements):
    text = ("Minister Lan Pham said the trade pact would open new markets for farmers.\n\n"
            "Lan Pham made the remarks at a press briefing on Friday.\n")
    assert [c.cue for c in statements(text)] == ["said"]


def test_made_the_remark_after_an_account_of_what_someone_did_refers_to_nothing(statements):
    text = ("Lan Pham visited the flooded districts of the province on Monday.\n\n"
            "She made the remark during a meeting with students.\n")
    assert statements(text) == []


def test_made_a_statement_on_a_topic_refers_to_nothing(statements):
    text = ("The floods destroyed three bridges in the province last week.\n\n"
            "Lan Pham made a statement on the floods on Friday.\n")
    assert statements(text) == []


def test_according_to_a_text_or_counted_evidence(statements):
    c = one(statements("The mill closed in 2019 and moved its looms abroad, according to court filings seen by "
                       "the newspaper."), "according to")
    assert c.speaker == "court filings" and c.content.startswith("The mill closed in 2019")
    c = one(statements("Shipments of rice rose by a third last year, according to customs data."), "according to")
    assert c.content.startswith("Shipments of rice rose by a third")


def test_according_to_a_norm_is_no_source(statements):
    assert not statements("The ferry to the island will leave at noon, according to the schedule.")


def test_according_to_in_mid_sentence_after_an_adverbial(statements):
    text = "Since last November, according to Amnesty International, security forces have killed 40 protesters."
    c = one(statements(text), "according to")
    assert c.speaker == "Amnesty International" and c.content == "security forces have killed 40 protesters"
    c = one(statements("The reform, according to the Finance Ministry, will cost more than planned."),
            "according to")
    assert c.content.startswith("The reform") and c.content.endswith("will cost more than planned")


def test_according_to_after_a_pledge_reports_it(statements):
    found = statements("By Friday, three council members had pledged to back the mayor, according to city clerk "
                       "Ed Lund.")
    c = one(found, "according to")
    assert c.speaker == "Ed Lund" and c.content.startswith("By Friday, three council members had pledged")
    assert one(found, "pledged").content == "to back the mayor"


def test_according_to_after_said_only_names_the_channel(statements):
    found = statements("Mayor Ines Roth said the town would rebuild, according to local news agencies.")
    assert [c.cue for c in found] == ["said"] and found[0].content == "the town would rebuild"


def test_according_to_inside_brackets_credits_the_bracket(statements):
    text = ("Mr. Lund insisted again that ticket sales had doubled (the real rise is nearer 20 percent, "
            "according to the statistics office).")
    c = one(statements(text), "according to")
    assert c.content == "the real rise is nearer 20 percent"
