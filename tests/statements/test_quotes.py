"""Quotations (statements/quotes.py): marks, quotes over sentences and paragraphs,
quotes going on after their attribution."""

from .helpers import one


def test_quote_then_pronoun_attribution(statements):
    text = ("Opposition leader Maria Ruiz met voters in the capital on Friday.\n\n"
            "“We will not accept any further delay to the election,” she said.")
    c = one(statements(text), "said")
    assert c.speaker == "Maria Ruiz"
    assert c.kind == "direct"
    assert c.content.startswith("We will not accept any further delay")
    assert "”" not in c.content and "“" not in c.content


def test_quote_over_several_sentences_and_straight_marks(statements):
    text = '"The vote was fair. The results are final. Nobody disputes them," said election chief Peter Hall.'
    c = one(statements(text), "said")
    assert c.speaker == "Peter Hall"
    assert c.content.startswith("The vote was fair. The results are final.")
    assert c.kind == "direct"


def test_quote_running_over_paragraphs(statements):
    text = ("Peter Hall, the head of the election commission, defended the count.\n\n"
            "“Every ballot was checked twice by observers from three parties.\n\n"
            "“Nobody has shown us a single case of fraud,” Hall added.")
    added = [c for c in statements(text) if c.cue == "added"]
    # one statement a paragraph, both Hall's: a reader counts the quote's paragraphs apart
    assert [c.speaker for c in added] == ["Peter Hall", "Peter Hall"]
    assert added[0].content.startswith("Every ballot was checked twice")
    assert "Nobody" not in added[0].content
    assert added[1].content.startswith("Nobody has shown us")


def test_a_bare_quote_paragraph_belongs_to_the_last_speaker(statements):
    text = ("Election chief Peter Hall said the count had been fair and transparent.\n\n"
            "“Nobody has shown us a single case of fraud in any province.”\n\n"
            "The commission will publish the final results on Monday.")
    found = statements(text)
    assert len(found) == 2
    bare = found[1]
    assert bare.speaker == "Peter Hall" and bare.kind == "direct"
    assert bare.content.startswith("Nobody has shown us a single case")


def test_a_quote_after_the_attribution_in_the_same_paragraph(statements):
    text = ("“The law must change,” activist Lan Pham told reporters. “Too many people are still in prison "
            "for what they wrote online.”")
    found = statements(text)
    assert len(found) == 2
    assert all(c.speaker == "Lan Pham" for c in found)
    assert found[1].content.startswith("Too many people are still in prison")


def test_speech_verbs_inside_a_quote_are_not_statements(statements):
    text = ("“According to the officials, they say the prisoners are well. I cannot confirm that they told "
            "the truth,” the lawyer Tom Reyes said.")
    found = statements(text)
    assert len(found) == 1
    assert found[0].speaker == "Tom Reyes"


def test_mixed_content(statements):
    text = ("The rapporteur Ilse Varga said the new decree was “a serious step backwards” for the freedom of "
            "the press in the country.")
    c = one(statements(text), "said")
    assert c.kind == "mixed"
    assert c.content.startswith("the new decree was “a serious step backwards”")


def test_single_curly_quotes_in_the_british_style(statements):
    text = ("‘We will not give up,’ activist Lan Anh said after the verdict. ‘The fight for land rights goes "
            "on.’ The countries’ envoys left.")
    found = statements(text)
    assert [(c.speaker, c.kind) for c in found] == [("Lan Anh", "direct"), ("Lan Anh", "direct")]
    assert found[0].content == "We will not give up"
    assert found[1].content.startswith("The fight for land rights goes on")


def test_a_split_quote_with_the_speaker_between_the_marks(statements):
    text = ("“The court was fair,” the ministry’s spokesman, Colonel To An Xo, said, “and the sentences reflect "
            "the law.”")
    said = [c for c in statements(text) if c.cue == "said"]
    assert [c.speaker for c in said] == ["To An Xo", "To An Xo"]
    assert said[0].content.startswith("The court was fair")
    # the longer second half goes on after the cue's comma: a statement of its own words
    assert said[1].content.startswith("and the sentences reflect the law") and said[1].kind == "direct"


def test_the_shorter_second_half_of_a_cut_quote_stays_with_the_first(statements):
    text = ("“We have done everything we could for the families of the missing sailors,” the minister said, "
            "“really.”")
    c = one(statements(text), "said")
    assert c.content.startswith("We have done everything we could")


def test_a_quote_that_opens_with_a_question_and_goes_on_is_the_speakers(statements):
    text = ("“Will the dam hold? Nobody can promise that, but we have doubled the patrols,” Mayor Ana Ruiz said. "
            "“Is it going to be enough? We will know by the weekend, when the rain stops.”\n\n"
            "“Why should we pay for the new road through the valley?” asked farmer Tom Baird. “Who will use it?”")
    found = statements(text)
    ruiz = [c.content for c in found if c.speaker == "Ana Ruiz"]
    assert len(ruiz) == 2 and ruiz[1].startswith("Is it going to be enough? We will know")
    # a quote that only asks is no statement going on
    assert not any(c.content.startswith("Who will use it") for c in found)


def test_a_bare_quote_line_after_a_quote_line(statements):
    text = ("“My father’s health is not good,” his son Ngo Minh Tam said.\n"
            "“At noon he was tired again, but they said he had to stay until the verdict.”")
    found = statements(text)
    assert len(found) == 2 and found[1].speaker == "Ngo Minh Tam" and found[1].kind == "direct"


def test_a_quoted_phrase_inside_the_clause_keeps_the_clause(statements):
    text = "The group believes that “at least 145 people” are being held for their opinions in the country."
    c = one(statements(text), "believes")
    assert c.kind == "mixed"
    assert c.content.startswith("“at least 145 people” are being held")


def test_a_run_of_bare_quote_paragraphs(statements):
    text = ("“The law must change,” activist Lan Pham told reporters on Friday.\n\n"
            "“Too many people are still in prison for what they wrote online.”\n\n"
            "“We will keep asking for their release until the last one is free.”")
    found = statements(text)
    assert [(c.speaker, c.kind) for c in found] == [("Lan Pham", "direct")] * 3


def test_a_long_quote_handed_to_said_name_with_a_long_appositive_and_its_continuation(statements):
    text = ("The fine is the highest the tribunal has ever imposed.\n\n"
            "“These two clauses, along with other similar rules dealing with so-called harbour offences, run "
            "contrary to regional agreements and should be struck out,” said Marta Kovac, the acting deputy "
            "head of the Fisheries Union for the Adriatic. “The port should order a full review of "
            "the fines.”\n\n"
            "“Open the gates,” read the banner on the quay.")
    found = statements(text)
    said = [c for c in found if c.cue == "said"]
    assert [c.speaker for c in said] == ["Marta Kovac", "Marta Kovac"], [(c.speaker, c.content) for c in found]
    assert said[0].content.startswith("These two clauses")
    assert said[1].content.startswith("The port should order a full review")
    assert not any("Open the gates" in c.content for c in found)


def test_two_apostrophes_stand_for_a_double_quote_mark(statements):
    text = ("Governor Ellen Marsh toured the flooded towns on Monday.\n\n"
            "''We will rebuild every bridge before the winter,'' Ms. Marsh said. ''Nobody will be left behind.''\n\n"
            "Her rival called the plan ''a fantasy'' but offered none of his own.")
    found = statements(text)
    said = found[0]
    assert said.cue == "said" and said.speaker == "Ellen Marsh" and said.kind == "direct"
    assert said.content.startswith("We will rebuild every bridge") and "'" not in said.content
    assert found[1].content.startswith("Nobody will be left behind") and found[1].speaker == "Ellen Marsh"
    assert found[2].kind == "mixed"


def test_find_quotes_reads_a_pair_of_apostrophes_as_one_mark():
    from vnhrc.statements.quotes import find_quotes
    text = "He said ''the door is open'' and left. It's the team's plan."
    qs = find_quotes(text, [(0, len(text))])
    assert [text[q.start:q.end] for q in qs] == ["the door is open"]


def test_an_opening_mark_typed_for_the_closing_one(statements):
    text = ("Her brother Tran Minh spoke to reporters outside the court.\n\n"
            "“The verdict against my sister was far too harsh,“ he said.\n\n"
            "“We will appeal the ruling as soon as the court allows us.”")
    found = statements(text)
    assert [(c.speaker, c.kind) for c in found] == [("Tran Minh", "direct")] * 2
    assert found[0].content == "The verdict against my sister was far too harsh"
    assert found[1].content.startswith("We will appeal the ruling")


def test_a_short_quoted_sentence_right_after_the_speakers_quote_goes_on_with_it(statements):
    text = ("Lawyer Ana Ruiz spoke after the hearing.\n\n"
            "“We will appeal the ruling before the end of the month,” Ruiz said. “No question.”")
    found = statements(text)
    assert [(c.speaker, c.kind, c.content) for c in found][1:] == [("Ana Ruiz", "direct", "No question")]


def test_a_short_quoted_name_after_a_quote_is_no_statement(statements):
    text = ("Lawyer Ana Ruiz spoke after the hearing.\n\n"
            "“We will appeal the ruling before the end of the month,” Ruiz said.\n\n"
            "“Justice Now” is the name of the families' group.")
    found = statements(text)
    assert len(found) == 1 and found[0].speaker == "Ana Ruiz"


def test_a_cue_ending_on_a_colon_points_at_the_quote_after_it(statements):
    text = ("The council voted on Friday to open an inquiry.\n\n"
            "Asked about the court's ruling on the “land recovery” plan in the delta, Tomas Lind, "
            "a lawyer for the farmers, said:\n\n"
            "“We will take this case to every court that will hear it until the fields are returned.”")
    found = statements(text)
    assert [(c.speaker, c.kind) for c in found] == [("Tomas Lind", "direct")]
    assert found[0].content.startswith("We will take this case")


def test_a_colon_after_the_verb_hands_over_to_the_quote(statements):
    text = ("The residents asked the two engineers about the old bridge.\n\n"
            "Dr. Ruth Calder said: \"Certainly. . . . The steel is rusting under the deck and the repairs "
            "cannot wait.\"\n\n"
            "Her colleague Paul Ames spoke next. He went on: \"Nobody here wants the bridge closed for a year.\"\n\n"
            "The list includes: apples, pears and plums from the region.")
    found = statements(text)
    got = [(c.speaker, c.kind, c.content[:20]) for c in found]
    assert ("Ruth Calder", "direct", "Certainly. . . . The") in got
    assert any(c.content.startswith("Nobody here wants") and c.kind == "direct" for c in found)
    assert not any("apples" in c.content for c in found)


def test_a_long_paragraph_full_of_clock_colons_still_finds_the_colon_cue(statements):
    # every colon of the long timetable paragraph is looked at once, the rest of its paragraph never copied
    times = " ".join(f"the {h}:{m:02d} boat," for h in range(6, 22) for m in range(0, 60, 1))
    text = ("The ferry office printed its new timetable on Monday.\n\n"
            f"Boats leave daily: {times} and the last one at night.\n\n"
            "Harbour master Mara Quill said:\n\n"
            "“Every boat on the timetable will run, whatever the weather brings this winter.”")
    found = statements(text)
    assert [(c.speaker, c.kind) for c in found] == [("Mara Quill", "direct")]
    assert found[0].content.startswith("Every boat on the timetable")


def test_colon_cues_in_a_row_each_take_their_own_words(statements):
    text = ("Three mayors spoke at the river summit.\n\n"
            "Mayor Lena Hartig said:\n\n"
            "The river towns should share one warning system for the floods.\n\n"
            "Mayor Ana Ruiz said: “The dam must be finished before the floods come next year.” "
            "Mayor Tomas Lind added: “Our town will pay its share of the dam without delay.”")
    found = statements(text)
    got = [(c.speaker, c.content[:14]) for c in found]
    assert got == [("Lena Hartig", "The river town"), ("Ana Ruiz", "The dam must b"),
                   ("Tomas Lind", "Our town will ")], got


def test_covered_spans_grow_and_merge_as_a_pass_takes_words():
    from vnhrc.statements.quotes import _Covered
    cov = _Covered([(10, 20), (40, 50)])
    cov.add(60, 70)
    cov.add(18, 42)  # reaches over the gap: one span 10-50
    cov.add(0, 5)
    assert [p for p in (0, 4, 5, 9, 10, 30, 49, 50, 59, 60, 69, 70) if p in cov] == [0, 4, 10, 30, 49, 60, 69]
    assert cov.starts == [0, 10, 60] and cov.ends == [5, 50, 70]


def test_a_comma_after_the_verb_and_its_listener_hands_over_to_the_quote(statements):
    text = ("The union leader Ana Ruiz was not impressed, telling reporters, “These fees will ruin every family "
            "on the coast.”\n\n"
            "The minister was asked which rule she regretted most. Lena Ortiz responded, “Probably the one about "
            "the night ferries, because nobody used them.”")
    found = statements(text)
    got = {(c.speaker, c.cue, c.kind) for c in found}
    assert ("Ana Ruiz", "telling", "direct") in got and ("Lena Ortiz", "responded", "direct") in got
    assert one(found, "responded").content.startswith("Probably the one about the night ferries")


def test_a_comma_before_a_quote_hands_over_only_from_a_reporting_verb(statements):
    text = ("In the village, “the old road” is what everybody calls the track along the river.\n\n"
            "Tom Baird, who runs the ferry, shrugged, “nothing changes here.”\n\n"
            "Lena Ortiz said the talks had failed, “and nobody in this room is surprised by it.”")
    found = statements(text)
    assert not any(c.content.startswith(("the old road", "nothing changes")) for c in found)
    # the words came before the comma: one statement, the clause with its quoted tail
    said = one(found, "said")
    assert said.content.startswith("the talks had failed")


def test_a_cue_ending_on_a_colon_leaves_the_quote_before_it_alone(statements):
    text = ("The river towns met in Can Tho on Friday to discuss the new dam upstream.\n\n"
            "“We cannot let the fish stocks collapse before anyone has even measured them.”\n\n"
            "Mayor Lena Ortiz said:\n\n"
            "“The towns will share the cost of a survey, and we will publish every figure.”")
    found = statements(text)
    assert [c.content[:20] for c in found if c.speaker == "Lena Ortiz"] == ["The towns will share"]


def test_a_colon_cue_inside_another_statements_words_is_a_second_speaker(statements):
    text = ("The talks went on for hours.\n"
            "The forum urged open access to the archive for every student, with Ms Berg emphasising: \"This will be "
            "the first step toward a better library. Several schools voiced firm backing for it.\"\n"
            "Other topics were covered.")
    c = one(statements(text), "emphasising:")
    assert c.speaker == "Berg" and c.kind == "direct" and c.content.startswith("This will be the first step")


def test_a_colon_after_a_phrase_of_the_verb_or_a_noun_of_speech_hands_over(statements):
    text = ("The mayor spoke on Wednesday night.\n\n"
            "Mayor Ana Ruiz told her audience, to loud applause:\n\n"
            "“Nobody in this town will be left without a roof this winter, and the council will pay for it.”\n\n"
            "After the flood, the harbour office issued the following statement:\n\n"
            "“The port will reopen on Monday. Boats under six metres may leave from Sunday.”\n\n"
            "The council published the following list:\n\n"
            "“Apples, pears, plums and cherries from the valley.”")
    found = statements(text)
    got = [(c.speaker, c.cue, c.content[:16]) for c in found]
    assert ("Ana Ruiz", "told", "Nobody in this t") in got
    assert ("harbour office", "issued the following statement:", "The port will re") in got
    assert not any(c.content.startswith("Apples") for c in found)


def test_a_quote_after_the_verbs_comma_replaces_a_misread_content(statements):
    text = ("When he first described the plan in May, Mayor Tomas Lind said, “We will open a school for the "
            "ferry children, a bright new school right by the river.”\n\n"
            "The fishermen came to the hall. Tom Baird said, “Well, maybe so. Maybe that is why we stayed home.”\n\n"
            "The harbour is poor, Lena Ortiz said, “and it will get poorer before the summer.”")
    found = statements(text)
    said = {c.speaker: c for c in found if c.cue == "said"}
    assert said["Tomas Lind"].content.startswith("We will open a school for the ferry")
    assert said["Tomas Lind"].kind == "direct"
    assert said["Tom Baird"].content.startswith("Well, maybe so. Maybe")
    # a quote going on in small letters leaves the clause before the cue its content
    assert said["Lena Ortiz"].content.startswith("The harbour is poor")


def test_a_quote_handed_to_a_name_the_parse_misread_or_a_name_with_an_apposition(statements):
    text = ("The council met on Monday.\n\n"
            "“Keeping the old ferry and a crew who know the river is worth a lot,” said Hartly, noting she had "
            "sailed with Oduya.\n\n"
            "“That is a fair worry, because the ferry workers are very passionate and principled,” Ortiz, 69, "
            "told the radio on Monday.")
    found = statements(text)
    got = {(c.speaker, c.cue, c.content[:12]) for c in found}
    assert ("Hartly", "said", "Keeping the ") in got and ("Ortiz", "told", "That is a fa") in got


def test_an_opening_mark_typed_for_the_closing_one_after_a_stop_and_a_space(statements):
    text = ("He said he was a target.\n\n"
            "“They can look at the numbers, and they can see I am the one who can win the seat,” Tomas Lind said. "
            "“They see that. “\n\n"
            "The story was updated.")
    found = statements(text)
    assert [c.content for c in found if c.speaker == "Tomas Lind"] == [
        "They can look at the numbers, and they can see I am the one who can win the seat", "They see that"]


def test_a_name_and_a_colon_hand_over_to_the_quote_after_them(statements):
    text = ("The two candidates were asked about the river.\n\n"
            "Ortiz: \"Our goal is not to delay the dam, but to stop it for good.\" Lind: \"The dam will be built "
            "and the towns will be paid for their land.\"\n\n"
            "The ferry times changed again - Jonas Pell: “Our first lesson from the storm was plain: always check "
            "the tide table twice.”\n\n"
            "The council met again. Update: \"The meeting was moved to Friday because of the storm.\"\n\n"
            "The menu of the day: \"fish soup and rice and a glass of green tea\".")
    found = statements(text)
    got = [(c.speaker, c.cue, c.content[:12]) for c in found]
    assert ("Ortiz", ":", "Our goal is ") in got and ("Lind", ":", "The dam will") in got
    assert ("Jonas Pell", ":", "Our first le") in got
    assert not any(c.content.startswith(("The meeting was", "fish soup")) for c in found)


def test_a_name_and_a_colon_in_a_headline_give_no_statement(statements):
    text = ("Ortiz: ‘We Will Rebuild Every Bridge the River Took From Us.’\n\n"
            "The mayor spoke to the council on Monday about the flood and the repairs.")
    assert not any(c.cue == ":" for c in statements(text))
