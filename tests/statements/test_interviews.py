"""Interviews (statements/interviews.py): transcripts and question/answer pieces; every answer is the interviewee's."""



def test_interview_with_question_paragraphs(statements):
    text = ("Rights lawyer Dang Van Khoa talked to our reporter about the new decree.\n\n"
            "What changes does the decree bring for ordinary citizens?\n\n"
            "The decree gives citizens the right to request public information within fifteen days. It is "
            "a real step forward.\n\n"
            "I believe that the courts will now apply it fairly.\n\n"
            "What should happen next?\n\n"
            "The assembly must pass the implementing rules before the end of the year.\n\n"
            "Thank you very much!")
    found = statements(text)
    answers = [c for c in found if c.cue == "answered"]
    assert [a.content[:30] for a in answers] == [
        "The decree gives citizens the ", "I believe that the courts will", "The assembly must pass the imp"]
    assert all(a.speaker == "Dang Van Khoa" and a.kind == "direct" for a in answers)
    assert not any(c.cue == "believe" for c in found)
    assert not any("What" in c.content for c in found)


def test_interview_transcript_with_name_labels(statements):
    text = ("Reporter Minh Chau: Thank you for joining us. How do you see the council's work this year?\n\n"
            "Ambassador Laura Stein: The council has worked under great pressure. We managed to adopt every "
            "resolution on time.\n\n"
            "Minh Chau: What comes next for your delegation?\n\n"
            "Ambassador Laura Stein: We will focus on the rights of older persons.")
    found = statements(text)
    answers = [c for c in found if c.cue == "answered"]
    assert len(answers) == 2
    assert all(a.speaker == "Laura Stein" for a in answers)
    assert answers[0].content.startswith("The council has worked under great pressure")
    assert not any(c.speaker == "Minh Chau" for c in found)


def test_a_heading_question_in_a_news_story_is_no_interview(statements):
    text = ("Why does the country want a second term?\n\n"
            "Analyst Carl Thayer told the station that the bid was about prestige at home.\n\n"
            "The vote takes place in October.")
    found = statements(text)
    assert len(found) == 1 and found[0].cue == "told" and found[0].speaker == "Carl Thayer"


def test_interview_whose_lead_has_no_reporting_verb(statements):
    text = ("Ms Rana Flowers, the agency's representative in the country, talks to our reporter about gender "
            "equality.\n\n"
            "How do you assess the country's progress on gender equality?\n\n"
            "The country has made remarkable progress. More girls than boys now enrol in secondary school.\n\n"
            "What should be done next?\n\n"
            "First, we need laws that are implemented effectively. Second, social norms must change.\n\n"
            "Thank you.")
    found = statements(text)
    assert [(c.speaker, c.cue) for c in found] == [("Rana Flowers", "answered")] * 2


def test_a_statement_inside_an_interviewers_question_is_not_one(statements):
    text = ("Economist Tran Dinh Thien spoke to our reporter about growth.\n\n"
            "The government has said that growth will reach 7 percent this year. Is that realistic?\n\n"
            "It is ambitious but possible if public investment is disbursed on time.\n\n"
            "What are the main risks?\n\n"
            "The main risks come from weak export demand in the second half of the year.")
    found = statements(text)
    assert [(c.speaker, c.cue) for c in found] == [("Tran Dinh Thien", "answered")] * 2


def test_an_explainer_with_question_headings_is_no_interview(statements):
    text = ("EXPLAINED: the council's new term\n\n"
            "What is the Human Rights Council?\n\n"
            "The council is a body of 47 member states elected by the General Assembly.\n\n"
            "Why does the country want a seat?\n\n"
            "A seat gives the government a platform to answer criticism of its record.\n\n"
            "What happens next?\n\n"
            "The new members take their seats in January.")
    assert statements(text) == []


def test_labelled_questions_with_unlabelled_answers(statements):
    text = ("Professor Hoang Van Nghia, a legal scholar, discussed the draft law.\n\n"
            "Q: What does the draft change?\n\n"
            "It gives courts the power to review administrative decisions within thirty days.\n\n"
            "Q: Will it pass this year?\n\n"
            "The assembly is likely to vote on it at the autumn session.")
    found = statements(text)
    assert [(c.speaker, c.cue) for c in found] == [("Hoang Van Nghia", "answered")] * 2


def test_a_transcript_with_two_guests(statements):
    text = ("Host Mai Anh: Welcome to both of you. What did the council achieve this year?\n\n"
            "Ambassador Laura Stein: It adopted every resolution on time despite the pressure.\n\n"
            "Professor Kenji Sato: It also opened its debates to far more civil society groups.\n\n"
            "Host Mai Anh: What comes next?\n\n"
            "Ambassador Laura Stein: The rights of older persons will be our focus next year.")
    found = statements(text)
    assert [(c.speaker, c.cue) for c in found] == [
        ("Laura Stein", "answered"), ("Kenji Sato", "answered"), ("Laura Stein", "answered")]


def test_a_wrapped_transcript_without_blank_lines(statements):
    text = ("Deputy Minister Tran Van Khoa gave an interview on the margins of the\n"
            "forum, looking back on three years on the board of the water agency.\n"
            "Reporter: How would you rate the country's work on the board of the\n"
            "agency so far?\n"
            "Deputy Minister Tran Van Khoa: Three years into its seat on the board,\n"
            "the country has taken on more tasks and won the trust of its partners\n"
            "across the region.\n"
            "Though this is the country's first seat on the board, it has been a\n"
            "careful and willing member of it.")
    found = statements(text)
    assert [(c.speaker, c.cue) for c in found] == [("Tran Van Khoa", "answered")] * 2
    assert found[0].content.startswith("Three years into its seat")
    assert found[0].content.endswith("across the region")  # the answer runs on over its wrapped lines


def test_an_editors_note_and_closing_thanks_are_no_answers(statements):
    text = ("The Courier spoke with Maren Holt, a researcher at the Civic Forum, about the review.\n\n"
            "Q: Why has the rating not changed?\n\n"
            "A: Because nothing on the ground has changed. People are still jailed for posts online.\n\n"
            "Q: What should donors do?\n\n"
            "A: They should name the prisoners in public and ask for answers.\n\n"
            "Reporter: Thank you very much!\n\n"
            "This interview has been edited for length and clarity.")
    found = statements(text)
    assert [c.speaker for c in found] == ["Maren Holt", "Maren Holt"]
    assert found[1].content.startswith("They should name the prisoners")


def test_a_briefing_heading_names_who_answers_never_a_country(statements):
    text = ("Remarks by Foreign Ministry Spokesperson Tran Minh Duc at the Regular Press Briefing on May 4\n\n"
            "Q: Fisheries Minister Lars Berg said the fishing ban will be extended. How does Viet Nam see it?\n\n"
            "A: Viet Nam’s position is that every decision on fishing must respect the rules agreed by "
            "all coastal states.\n\n"
            "Q: Will your ministry send a note?\n\n"
            "A: We are studying the information carefully and will respond in due course.")
    answers = [c for c in statements(text) if c.cue == "answered"]
    assert len(answers) == 2
    assert all(a.speaker.endswith("Tran Minh Duc") for a in answers), [a.speaker for a in answers]


def test_the_interviewee_talks_to_an_outlet_not_the_outlet(statements):
    text = ("Ambassador Sofia Lindqvist talks to the Harbour Courier about the trade talks.\n\n"
            "Q: How will your team approach the next round?\n\n"
            "A: We will listen first. I think both sides want a deal before the summer.\n\n"
            "Q: What is the main obstacle?\n\n"
            "A: The tariffs on steel remain the hardest question for my government.")
    answers = [c for c in statements(text) if c.cue == "answered"]
    assert len(answers) == 2
    assert all(a.speaker == "Sofia Lindqvist" for a in answers), [a.speaker for a in answers]


def test_one_bare_question_in_a_story_that_mentions_an_interview_is_no_interview(statements):
    text = ("In an interview last spring, club director Rob Tallis boasted that the season would be easy.\n\n"
            "But under his watch the season has turned into a hard one.\n\n"
            "Why?\n\n"
            "For one, the coach ignores advice and quarrels with his own players.\n\n"
            "The staff that ran the youth teams is still in place and answers to no one.")
    found = statements(text)
    assert not any(c.cue == "answered" for c in found)


def test_a_paragraph_ending_in_someones_quoted_question_is_no_interviewers_question(statements):
    text = ("Harbour master Mara Quill talked to fishermen in Port Ellis about the new fees.\n\n"
            "Many boat owners distrust the plan, Quill said. \"How do you win them back?\"\n\n"
            "The port office expects a loss next year.\n\n"
            "Her deputy Tom Brand was blunt: \"Who would pay these fees at all?\"\n\n"
            "The vote is set for March.")
    found = statements(text)
    assert not any(c.cue == "answered" for c in found)


def test_the_last_answer_cut_off_before_its_full_stop_still_counts(statements):
    text = ("Envoy Lena Hartig spoke to our reporter about the council session.\n\n"
            "How do you see the outcome of the session?\n\n"
            "The outcome is a real success for the whole region.\n\n"
            "What comes next for your team?\n\n"
            "We will work with every delegation on the follow-up, and in my view the first step is a")
    found = statements(text)
    answers = [c for c in found if c.cue == "answered"]
    assert [a.content[:20] for a in answers] == ["The outcome is a rea", "We will work with ev"]
    assert all(a.speaker == "Lena Hartig" for a in answers)


def test_labels_that_each_head_one_section_are_no_dialogue(statements):
    text = ("What each team needs in the final round.\n\n"
            "The quiz is wide open after the first round.\n\n"
            "Alvarez: A strong round on history would keep the team in the lead.\n\n"
            "Brennan: Anything below third place ends their run for good.\n\n"
            "Chu: Will the captain remember the science answers? She needs a late rally.")
    found = statements(text)
    assert not any(c.cue == "answered" for c in found)


def test_a_question_deep_in_a_long_story_opens_no_interview(statements):
    towns = ["Alden", "Brook", "Cray", "Dunmore", "Elton", "Fenwick", "Garth", "Hollis", "Irwin", "Jasper"]
    paras = [f"In {town} the two parties spent {i + 2} million dollars on television advertising."
             for i, town in enumerate(towns)]
    text = ("Governor Ina Berg gave an interview to the local radio on Monday.\n\n" + "\n\n".join(paras) +
            "\n\nSo what does this long and costly campaign tell us about the candidates and their parties?\n\n"
            "Money still decides far too much in the state's politics, I am afraid.\n\n"
            "And what will the parties do differently when the next campaign comes around?\n\n"
            "We will see the same advertising again, because it works.")
    found = statements(text)
    assert not any(c.cue == "answered" for c in found)


def test_an_answer_that_opens_with_a_quote_is_the_quotation(statements):
    text = ("Summit envoy looks ahead\n\n"
            "Ambassador Tomas Lind spoke to our reporter about the summit.\n\n"
            "How do you see the outcome of the summit?\n\n"
            "“Frankly, the outcome went beyond what we had hoped for. We reached a deal on every point.”\n\n"
            "What comes next for your delegation?\n\n"
            "\"We will now work on the follow-up with all partners,\" Lind said with a smile.\n\n"
            "When does the next round begin?\n\n"
            "“In the spring, as planned, and I expect a short one.”")
    answers = [c for c in statements(text) if c.cue == "answered"]
    assert [a.content for a in answers] == [
        "Frankly, the outcome went beyond what we had hoped for. We reached a deal on every point.",
        "We will now work on the follow-up with all partners", "In the spring, as planned, and I expect a short one."]
    assert all(a.speaker == "Tomas Lind" for a in answers)


def test_a_question_label_glued_to_its_question_and_answer_labels(statements):
    text = ("Ferry captain Lena Ortiz sat down with us this week to talk about the winter timetable.\n\n"
            "QWhy keep the night ferry running through the winter?\n\n"
            "A: Because the island has no doctor of its own. People need a way to reach the hospital at any hour.\n\n"
            "QYou have run the line for twenty years now, and your father ran it before you. ...\n\n"
            "A: He did. I learned every rock in the channel from him.\n\n"
            "QWill the fares go up?\n\n"
            "A: Not this year. The council has promised to cover the fuel.")
    found = statements(text)
    assert [c.content[:12] for c in found] == ["Because the ", "He did. I le", "Not this yea"]
    assert all(c.speaker == "Lena Ortiz" and c.cue == "answered" for c in found)


def test_a_capital_q_glued_to_a_word_is_no_question_label_without_answer_labels(statements):
    text = ("QAnon posters gathered outside the court on Monday, the police said.\n\n"
            "Why did the court move the hearing?\n\n"
            "Judge Tomas Lind said the old building had no room for the crowds and that the hearing would go on.")
    found = statements(text)
    assert [(c.speaker, c.cue) for c in found if c.cue != "answered"] == [("police", "said"),
                                                                          ("Tomas Lind", "said")]
    assert not any(c.cue == "answered" for c in found)
