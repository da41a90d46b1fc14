"""Layout (statements/layout.py, page.py): headlines, captions, datelines and hard-wrapped text are no statements."""

from .helpers import one


def test_headlines_captions_and_events_are_not_statements(statements):
    text = ("Minister Says Talks Will Resume Next Month\n\n"
            "Foreign Minister Anna Kowalska speaks at the forum in Warsaw. (Photo: PAP)\n\n"
            "Kowalska attended the opening session of the forum on Monday.\n\n"
            "She made the remark during a meeting with students.\n\n"
            "Kowalska said the talks would resume next month in Geneva.")
    found = statements(text)
    assert len(found) == 1
    assert found[0].content.startswith("the talks would resume next month")


def test_a_paragraph_broken_after_a_comma_stays_one_sentence(statements):
    text = ("The summit will open on Thursday and last three days,\n\n"
            "spokesperson Nguyen Thi Lan told a press conference on Tuesday.")
    c = one(statements(text), "told")
    assert c.speaker == "Nguyen Thi Lan"
    assert c.content.startswith("The summit will open on Thursday")


def test_caption_glued_before_the_body(statements):
    text = ("Delegates at the opening session in Geneva.(Photo: VNA) Geneva (VNA) – Dialogue is the only way "
            "forward for the council, said Ambassador Hoang Thi Mai.")
    c = one(statements(text), "said")
    assert c.speaker == "Hoang Thi Mai"
    assert c.content.startswith("Dialogue is the only way forward")


def test_a_dateline_in_brackets_is_not_content(statements):
    text = ("(Bangkok, May 2, 2023) – The authorities should release the detained activists at once, the "
            "group Freedom Now said today.")
    c = one(statements(text), "said")
    assert c.content.startswith("The authorities should release the detained activists")


def test_hard_wrapped_text_is_read_by_paragraph(statements):
    text = ("Rights lawyer says reform is overdue\n\n"
            "Nguyen Thi Lan, a lawyer who has defended dozens of land\n"
            "petitioners, told reporters on Tuesday that the new land law still\n"
            "leaves farmers without a fair way to challenge compensation decisions\n"
            "made by provincial authorities.\n\n"
            "Lan said the assembly should create a special chamber in provincial\n"
            "courts and give farmers free legal aid during the first hearing.")
    found = statements(text)
    assert [(c.speaker, c.cue) for c in found] == [("Nguyen Thi Lan", "told"), ("Nguyen Thi Lan", "said")]
    assert "made by provincial authorities" in found[0].content
    assert "during the first hearing" in found[1].content
    assert "\n" not in (found[0].speaker_title or "")


def test_a_headline_repeated_before_a_caption_is_no_statement(statements):
    text = ("Rights groups call on the secretary general to urge the release of four activists\n\n"
            "A letter says the prisoners are victims of a new wave of repression.\n"
            "Rights groups call on the secretary general to urge the release of four activists The secretary "
            "general and the president speak during a ceremony in Hanoi on October 21, 2022.\n\n"
            "Fourteen rights organizations called on him to urge the government to release the activists.")
    found = statements(text)
    assert [c.cue for c in found] == ["says", "called on"]


def test_a_paragraph_printed_twice_gives_its_statements_once(statements):
    text = ("Minister Ella Stone said the new port would open to ships from three countries next spring.\n\n"
            "A crane at the harbour in Brest (Photo: AFP)\n\n"
            "Speaking in Brest on Monday, Transport Minister Ella Stone said the new port would open to ships "
            "from three countries next spring.\n\n"
            "Stone said the harbour would open to ships from three countries next spring as well.")
    found = [c for c in statements(text) if c.cue == "said"]
    assert len(found) == 2, [(c.speaker, c.content) for c in found]
    assert sum(c.content.startswith("the new port would open") for c in found) == 1


def test_a_summary_repeating_a_decision_with_more_keeps_both(statements):
    text = ("The board this morning asked the audit panel to review the accounts of the three regional offices.\n\n"
            "In a later vote, the board asked the audit panel to review the accounts of the three regional "
            "offices, open to all members, and to report by June.")
    found = [c for c in statements(text) if c.cue == "asked"]
    assert len(found) == 2, [(c.speaker, c.content) for c in found]


def test_a_headline_ending_on_a_quoted_name_and_its_deck_are_no_statements(statements):
    text = ("Harbour Times\n\n"
            "Ministers urge port authority to free trawler ‘Blue Heron’\n\n"
            "Unions say the seizure would hurt the fishing towns along the coast.\n"
            "By Maria Olsen\n\n"
            "Two ministers on Monday urged the port authority to release the trawler seized last week.\n\n"
            "Ministers urge port authority to free trawler ‘Blue Heron’ A trawler moored in the port of Vigo.\n\n"
            "The union said the seizure would hurt the fishing towns along the coast.")
    found = statements(text)
    assert sorted(c.cue for c in found) == ["said", "urged"], [(c.cue, c.content) for c in found]


def test_a_sentence_before_a_by_phrase_in_running_text_stays(statements):
    text = ("Talks Resume In Oslo\n\n"
            "The envoy said the talks would resume in Oslo after a pause of two months.\n"
            "By Friday, both sides had named their negotiators for the first round.")
    assert [c.cue for c in statements(text)] == ["said"]


def test_a_page_cut_off_on_a_short_last_line_keeps_its_report(statements):
    text = ("Harbour Fees Rise Again\n\n"
            "The port council voted on Monday to raise the mooring fees for the third time this year.\n"
            "The harbour office has admitted that the new fees were never")
    found = statements(text)
    assert [(c.speaker, c.cue) for c in found] == [("harbour office", "admitted")]


def test_a_drop_cap_printed_as_a_paragraph_of_its_own_starts_the_content(statements):
    text = ("Harbour fees will rise: council\n\n"
            "T\n\n"
            "he port council will raise the mooring fees for the third time this year, its spokesman Tom Baird "
            "said on Friday.\n\n"
            "A\n\n"
            "nd the ferry will run all winter.")
    c = one(statements(text), "said")
    assert c.speaker == "Tom Baird" and c.content.startswith("T\n\nhe port council will raise")
