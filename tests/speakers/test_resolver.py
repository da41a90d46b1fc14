"""speakers/resolver.py: a mention to its speaker — short names to the fullest, role and kin nouns
to who holds them, pronouns to the last compatible speaker, "the Council", "the group", "the
report" to the body named before."""

import pytest


def test_vietnamese_given_name_resolves_to_the_full_name(speakers_of):
    text = ("Deputy Foreign Minister Do Minh Viet met the delegation in Hanoi on Tuesday.\n\n"
            "The two sides should expand trade in farm products, Viet said.")
    assert speakers_of(text) == [("Do Minh Viet", "person", "said")]


def test_a_role_noun_is_the_person_holding_that_role(speakers_of):
    text = ("Elena Marquez, the UN High Commissioner for Refugees, visited the camp on Monday.\n\n"
            "The High Commissioner said the camp needed clean water before the rainy season.")
    assert speakers_of(text) == [("Elena Marquez", "person", "said")]


def test_a_spokesperson_named_earlier(speakers_of):
    text = ("Foreign Ministry spokesperson Pham Thu Lan chaired the regular press briefing.\n\n"
            "The ministry is following the case closely, the spokesperson said.")
    assert speakers_of(text) == [("Pham Thu Lan", "person", "said")]


def test_organisation_and_the_group(speakers_of):
    text = ("Amnesty International said the trial had failed to meet international standards.\n\n"
            "The group also urged the authorities to release the defendants immediately.")
    assert speakers_of(text) == [("Amnesty International", "org", "said"),
                                 ("Amnesty International", "org", "urged")]


def test_the_council_and_it(speakers_of):
    text = ("The Human Rights Council this morning adopted four resolutions.\n\n"
            "The Council requested the Secretary-General to present a report at its next session. "
            "It also requested the working group to hold a two-day consultation on migrant workers.")
    found = speakers_of(text)
    assert found == [("Human Rights Council", "org", "requested")] * 2


def test_a_country_as_speaker(speakers_of):
    text = "Indonesia on Friday announced its candidacy for a seat on the council for the 2027-2029 term."
    assert speakers_of(text) == [("Indonesia", "country", "announced")]


def test_a_group_and_they(speakers_of):
    text = ("Several ambassadors and heads of delegations spoke highly of the country's progress in poverty "
            "reduction.\n\n"
            "They also proposed new ways to deepen cooperation in education and health care.")
    found = speakers_of(text)
    assert [f[0] for f in found] == ["ambassadors and heads of delegations"] * 2


def test_others_is_the_group_it_contrasts_with(speakers_of):
    text = ("Some governments support the proposal, while others argue that it would weaken the treaty "
            "bodies.")
    found = speakers_of(text)
    assert found == [("governments", "country", "argue")]


def test_pronoun_skips_people_of_the_other_gender_and_reported_people(speakers_of):
    text = ("Ms Rosa Ortiz met Mr Ken Ito in Tokyo on Monday.\n\n"
            "She said Ito would visit Hanoi in June to open the new fund.\n\n"
            "She added that the fund would open in May.")
    found = speakers_of(text)
    assert [f[0] for f in found] == ["Rosa Ortiz", "Rosa Ortiz"]


def test_a_role_noun_with_no_title_match_is_the_person_in_focus(speakers_of):
    text = ("Ambassador Mai Phan Dung addressed the session on Monday.\n\n"
            "The diplomat highlighted the country's progress in reducing poverty in the highlands.")
    assert speakers_of(text) == [("Mai Phan Dung", "person", "highlighted")]


def test_a_role_in_the_lead_is_the_person_named_next(speakers_of):
    text = ("The UN human rights chief on Tuesday urged the security forces to show restraint.\n\n"
            "“Those responsible must be held to account,” Jonas Öberg said in a statement.")
    found = speakers_of(text)
    assert [f[0] for f in found] == ["Jonas Öberg", "Jonas Öberg"]


def test_an_unnamed_spokesman_stays_as_written_and_is_met_again(speakers_of):
    text = ("A foreign ministry spokesman told reporters that the troops had acted lawfully.\n\n"
            "“We reject these claims,” the spokesman said.")
    found = speakers_of(text)
    assert [f[0] for f in found] == ["foreign ministry spokesman"] * 2
    assert found[0][1] == "person"


def test_a_possessor_is_not_the_speaker(speakers_of):
    text = ("High Commissioner Jonas Öberg visited the region last month.\n\n"
            "Öberg's office said it had received reports of arbitrary arrests in three provinces.")
    found = speakers_of(text)
    assert found == [("Öberg's office", "org", "said")]


def test_abbreviated_titles(speakers_of):
    text = ("Deputy Prime Minister Tran Luu Quang opened the meeting.\n\n"
            "The Deputy PM thanked the agencies for their support during the pandemic.")
    assert speakers_of(text) == [("Tran Luu Quang", "person", "thanked")]


def test_a_family_noun_gives_a_person_and_a_gender(speakers_of):
    text = ("Lawyer Ha Huy Son said the trial had lasted half a day.\n\n"
            "The defendant's wife said her husband had done nothing wrong.\n\n"
            "“Our children will grow up without their father,” she said.")
    found = speakers_of(text)
    assert [f[0] for f in found] == ["Ha Huy Son", "defendant's wife", "defendant's wife"]


def test_a_role_is_not_given_to_someone_holding_another_role(speakers_of):
    text = ("Activist Lan Anh was sentenced to five years.\n\n"
            "The lawyer said the verdict would be appealed within fifteen days.")
    assert speakers_of(text) == [("lawyer", "person", "said")]


def test_one_name_word_is_a_given_or_family_name_not_a_middle_one(speakers_of):
    text = ("Prime Minister Pham Binh Khoa met Deputy Minister Pham Quoc Binh on Monday.\n\n"
            "Binh said the talks had gone well.")
    assert speakers_of(text) == [("Pham Quoc Binh", "person", "said")]


def test_an_unnamed_role_that_a_named_person_holds(speakers_of):
    text = ("Foreign Ministry Spokesperson Pham Thu Lan commented on the report on Thursday.\n\n"
            "A spokesperson for the ministry noted that this was not the first such report.")
    assert speakers_of(text) == [("Pham Thu Lan", "person", "noted")]


def test_a_role_goes_to_the_person_in_focus_only(speakers_of):
    text = ("Police chief Nguyen Van Binh said on Tuesday that the case was closed. Activist Pham Doan Trang "
            "said in a post that she had been followed for weeks. The lawyer said the court had not "
            "received the appeal.")
    assert [f[0] for f in speakers_of(text)] == ["Nguyen Van Binh", "Pham Doan Trang", "lawyer"]


def test_a_bare_noun_in_a_standfirst_names_nobody(speakers_of):
    text = ("Rights groups appeal to the secretary general\n\n"
            "Letter says the prisoners are victims of a new wave of repression.")
    assert speakers_of(text) == []


def test_a_title_given_once_holds_for_later_mentions(speakers_of):
    # "the minister" is the one quoted last, though another minister was named between
    text = ("Thai Foreign Minister Somchai Rattanakul said the meeting had gone well.\n\n"
            "Cambodian Foreign Minister Sok Vanna, in his remarks, underlined the value of trade.\n\n"
            "Later, Khun Somchai said the envoy would travel in May.\n\n"
            "The minister said no date had been set for the summit.")
    assert [f[0] for f in speakers_of(text)] == ["Somchai Rattanakul", "Sok Vanna", "Somchai Rattanakul",
                                                "Somchai Rattanakul"]


def test_a_kin_noun_goes_to_the_relative_the_text_names(speakers_of):
    text = ("A court sentenced the blogger to six years in prison, his mother told reporters.\n\n"
            "His mother, Tran Thi Loan, said the hearing had lasted less than two hours.")
    assert [f[0] for f in speakers_of(text)] == ["Tran Thi Loan", "Tran Thi Loan"]


def test_the_relative_named_after_of_is_not_the_speaker(speakers_of):
    text = ("The wife of jailed activist Le Quang Vinh says he has been denied medical care.\n\n"
            "Pham Thi Mai told reporters she had not been allowed to visit since March.")
    assert [f[0] for f in speakers_of(text)] == ["Pham Thi Mai", "Pham Thi Mai"]


def test_short_forms_of_bodies_are_written_out(speakers_of):
    text = ("The Human Rights Council closed its session on Friday. In a resolution adopted without a vote, "
            "the Council requested the Secretary-General to present a report next year.\n\n"
            "Talks between the European Union and Vietnam ended on Tuesday. The EU said it had raised the cases of "
            "several detained bloggers.")
    assert [f[0] for f in speakers_of(text)] == ["Human Rights Council", "European Union"]


def test_a_report_and_a_group_speak_for_the_body_last_quoted(speakers_of):
    text = ("Rights monitor Asia Justice Watch said in its annual report that arrests had doubled.\n\n"
            "The report also noted that three bloggers had been jailed in March.\n\n"
            "Donors should raise the cases at the dialogue, the group said.")
    assert [f[0] for f in speakers_of(text)] == ["Asia Justice Watch"] * 3


def test_a_report_no_body_spoke_for_is_the_report_as_first_named(speakers_of):
    text = ("The Commission's annual report on prison conditions was released in Geneva on Monday.\n\n"
            "The report stated that overcrowding had worsened in most provinces since 2020.")
    found = speakers_of(text)
    assert [(f[0], f[1]) for f in found] == [("Commission's annual report on prison conditions", "org")]


def test_a_bare_report_with_no_fuller_mention_stays_the_report(speakers_of):
    text = ("A report was released in Geneva on Monday.\n\n"
            "The report stated that overcrowding had worsened in most provinces since 2020.")
    assert [f[0] for f in speakers_of(text)] == ["report"]


def test_a_report_of_a_body_that_spoke_before_is_that_body(speakers_of):
    text = ("The Commission said on Monday that jails were full.\n\n"
            "Its annual report on prisons was released in Geneva.\n\n"
            "The report stated that overcrowding had worsened in most provinces since 2020.")
    assert [f[0] for f in speakers_of(text)] == ["Commission", "Commission"]


def test_the_spokeswoman_is_the_woman_last_quoted(speakers_of):
    text = ("Ingrid Haugland, for the Office of the High Commissioner, said the Office was alarmed by the "
            "return of Mr. Tran.\n\n"
            "Asked whether Mr. Tran had been charged, the spokeswoman said she could not confirm the charges.")
    assert [f[0] for f in speakers_of(text)] == ["Ingrid Haugland", "Ingrid Haugland"]


def test_a_delegation_named_in_full_keeps_its_name(speakers_of):
    # only a bare "the delegation" goes back to the country last quoted
    text = ("China said each country had the right to choose its own path.\n\n"
            "The European Union delegation in Geneva said it was following the case closely.\n\n"
            "Viet Nam said it had accepted most recommendations. The delegation stressed that the law protected "
            "national security.")
    names = [f[0] for f in speakers_of(text)]
    assert names[0] == "China" and names[1].startswith("European Union delegation") and names[2:] == ["Viet Nam"] * 2


def test_an_epithet_is_the_person_in_focus(speakers_of):
    text = ("Activist Le Van Minh was jailed in May. "
            "The 56-year-old told reporters that he had no regrets about the protest.")
    assert speakers_of(text) == [("Le Van Minh", "person", "told")]
    # an indefinite one is someone else, as written
    text = "Tom Baird arrived on Monday. A campaign aide said that the tour would end early next month."
    assert speakers_of(text) == [("campaign aide", "person", "said")]


def test_his_group_is_the_group_of_the_man_it_stands_for(speakers_of):
    text = ("Activist Le Van Minh was jailed in May. "
            "According to his lawyers, the trial lasted only four hours and the verdict was read out at night.")
    assert speakers_of(text) == [("Le Van Minh's lawyers", "org", "According to")]


def test_a_description_before_a_name_is_no_part_of_it(speakers_of):
    assert speakers_of("The Oslo-based organisation Viet Tan said two editors were held overnight.") \
        == [("Viet Tan", "org", "said")]
    assert speakers_of("The Geneva-based campaign group Reporters Without Borders has denounced the closure of the "
                       "weekly paper.") == [("Reporters Without Borders", "org", "denounced")]
    # a name whose own words start in capitals keeps them
    assert speakers_of("The Nordic Fund said that fees rose sharply over the winter.") == [
        ("Nordic Fund", "org", "said")]


def test_a_capital_that_speaks_is_its_country(speakers_of):
    text = ("Germany expelled a diplomat on Monday. "
            "Berlin demanded that the businessman be allowed to return to Germany at once.")
    assert speakers_of(text) == [("Germany", "country", "demanded")]


def test_a_resolution_speaks_for_the_assembly_that_adopted_it(speakers_of):
    text = ("The United Nations General Assembly met on Friday. The vote by the UN General Assembly was 119 to one. "
            "The resolution calls on the military to restore the democratic transition.")
    assert speakers_of(text) == [("United Nations General Assembly", "org", "calls on")]


def test_one_of_a_group_named_in_apposition_is_that_person(speakers_of):
    text = '"He did not plead guilty," said one of his lawyers, Le Quoc Viet, after the trial on Monday.'
    assert speakers_of(text) == [("Le Quoc Viet", "person", "said")]
    text = "Tom Baird was away. One of her aides, Mai Lan, said the trip was off for the rest of the year."
    assert speakers_of(text) == [("Mai Lan", "person", "said")]


def test_a_countrys_representative_is_the_country(speakers_of):
    text = ("Special adviser Vijay Rao, the representative of the Secretary-General, spoke first. "
            "In the dialogue, Myanmar's representative underscored the efforts underway to find a solution.")
    assert ("Myanmar", "country", "underscored") in speakers_of(text)


def test_a_pronoun_agrees_with_the_gender_a_name_tells(speakers_of):
    # "She" is not the man the text just named, though he is the only one
    text = "One of her aides, Tom Baird, said the trip was off. She told the radio that the talks had stalled."
    assert speakers_of(text) == [("Tom Baird", "person", "said")]
    # a Vietnamese middle name tells it too: "Thi" a woman, "Van" a man
    text = "Minister Tran Van Tuan met Nguyen Thi Lan on Monday. She said that the deal would be signed in May."
    assert speakers_of(text) == [("Nguyen Thi Lan", "person", "said")]
    text = "Nguyen Thi Lan met Minister Tran Van Tuan on Monday. He said that the deal would be signed in May."
    assert speakers_of(text) == [("Tran Van Tuan", "person", "said")]


def test_a_vocative_is_never_the_speaker_and_we_is_the_author(speakers_of):
    text = ("Mr. President,\n\nCIVICUS and FORUM-ASIA welcomes Laos's openness during the second reading.\n\n"
            "This year, we note that Laos accepted 31 proposals on press freedom.")
    assert speakers_of(text) == [("CIVICUS and FORUM-ASIA", "org", "welcomes"),
                                 ("CIVICUS and FORUM-ASIA", "org", "note")]
    # a title that is the subject still speaks
    assert speakers_of("The President said that the review was fair to all member states.") == [
        ("President", "person", "said")]


def test_a_body_named_after_a_preposition_is_no_person(speakers_of):
    text = ("The UN Human Rights Office for South-East Asia expressed serious concern on Thursday over the eviction "
            "of two villages.")
    assert speakers_of(text) == [("UN Human Rights Office for South-East Asia", "org", "expressed serious concern on")]


def test_the_party_a_speaker_speaks_for_is_no_second_speaker_inside_her_words(speakers_of):
    text = ("Ambassador Maria Lindqvist addressed the Security Council on behalf of Nordic countries on Monday.\n\n"
            "Nordic countries welcome the new mission and believe that prevention is the best protection, "
            "she said.")
    assert [f[0] for f in speakers_of(text)] == ["Maria Lindqvist"]


def test_another_party_reported_inside_a_representatives_words_keeps_its_statement(speakers_of):
    text = ("Ambassador Maria Lindqvist addressed the Security Council on behalf of Nordic countries on Monday.\n\n"
            "She said Japan had welcomed the new mission and believed that prevention was the best protection.")
    found = [f[0] for f in speakers_of(text)]
    assert "Maria Lindqvist" in found and "Japan" in found


def test_a_short_object_of_a_pointing_verb_beside_the_main_report_is_no_statement(speakers_of):
    text = ("While acknowledging the progress made, the minister urged provinces to speed up the building of "
            "schools in the mountain districts.")
    assert [f[2] for f in speakers_of(text)] == ["urged"]


def test_a_short_call_beside_a_longer_report_keeps_its_statement(speakers_of):
    text = ("The office called for their immediate release and said that the three bloggers had been held "
            "without charge for more than a year.")
    assert sorted(f[2] for f in speakers_of(text)) == ["called for", "said"]


def test_the_convention_is_the_instrument_named_head_first_before(speakers_of):
    text = ("Kiribati ratified the Convention on the Rights of Persons with Disabilities in 2013.\n\n"
            "The Convention stipulates that each signatory files its first report to the panel within two years.")
    assert [f[:2] for f in speakers_of(text)] == [
        ("Convention on the Rights of Persons with Disabilities", "org")]


def test_a_convention_named_nowhere_before_stays_the_convention(speakers_of):
    text = ("Kiribati signed a trade agreement with Fiji in 2013.\n\n"
            "The Convention stipulates that each signatory files its first report to the panel within two years.")
    assert [f[0] for f in speakers_of(text)] == ["Convention"]


def test_a_country_inside_its_own_officials_words_is_no_second_speaker(speakers_of):
    text = ("Thai Deputy Foreign Minister Somchai Rattana said Thailand always supports dialogue among the "
            "parties and welcomes every effort to end the fighting in the border provinces.")
    assert [f[0] for f in speakers_of(text)] == ["Somchai Rattana"]


def test_a_spokesperson_with_no_country_in_the_title_speaks_for_the_country_she_reports(speakers_of):
    text = ("Foreign ministry spokeswoman Tran Thi Lan said on Thursday that Vietnam always welcomes foreign "
            "investors who respect the law and contribute to the country's development.")
    assert [f[0] for f in speakers_of(text)] == ["Tran Thi Lan"]


def test_another_country_inside_an_officials_words_keeps_its_statement(speakers_of):
    text = ("Thai Deputy Foreign Minister Somchai Rattana said Japan had pledged to fund three new schools "
            "in the border provinces before the end of the year.")
    found = [f[0] for f in speakers_of(text)]
    assert "Somchai Rattana" in found and "Japan" in found


@pytest.mark.parametrize(("title", "name", "country"), [
    ("North Korean Ambassador", "Kim Song", "South Korea"),  # the compass word tells the Koreas apart
    ("South African Foreign Minister", "Thandi Mokoena", "South Korea"),
    ("Sudanese Ambassador", "Omar Bashiri", "South Sudan"),
])
def test_a_country_sharing_a_word_with_the_officials_keeps_its_statement(speakers_of, title, name, country):
    text = f"{title} {name} said {country} had pledged to fund two new clinics before the end of the year."
    assert [f[:2] for f in speakers_of(text)] == [(name, "person"), (country, "country")]


def test_the_officials_own_country_inside_her_words_is_her_statement(speakers_of):
    text = ("Vietnamese Foreign Minister Tran Quoc Hung said Vietnam had pledged to host the next round of talks "
            "before the end of the year.")
    assert speakers_of(text) == [("Tran Quoc Hung", "person", "said")]


def test_a_citizen_does_not_speak_for_the_country_he_reports(speakers_of):
    text = ("Vietnamese blogger Pham Van Long said Vietnam had pledged to release the two journalists before "
            "the end of the year.")
    found = [f[0] for f in speakers_of(text)]
    assert "Pham Van Long" in found and "Vietnam" in found


def test_a_plural_word_opening_an_organisations_name_is_one_body_for_it(speakers_of):
    text = ("The legal aid network Lawyers Across Borders denounced the sentences handed to three farmers on "
            "Tuesday.\n\n"
            "“They were punished for asking for fair compensation,” it added in a statement.")
    assert [f[0] for f in speakers_of(text)] == ["Lawyers Across Borders"] * 2


def test_a_group_named_with_a_place_stays_a_group_for_they(speakers_of):
    text = ("Officials in Hanoi said the new rules would apply to every foreign company from next year.\n\n"
            "They said the rules had been discussed with business groups for months.")
    assert [f[0] for f in speakers_of(text)] == ["Officials in Hanoi"] * 2


def test_the_state_of_a_country_is_that_country(speakers_of):
    text = ("Secretary Amal Haddad opened the session on Wednesday.\n\n"
            "The island nation of Fiji then urged all parties to return to the talks before the monsoon season.")
    assert [f[:2] for f in speakers_of(text)] == [("Fiji", "country")]


def test_his_lawyers_are_the_lawyers_of_the_man_named_in_their_report(speakers_of):
    text = ("The teacher Nguyen Van Phuc was held for two days without charge, three of his colleagues told "
            "reporters on Wednesday.")
    assert speakers_of(text) == [("Nguyen Van Phuc's colleagues", "org", "told")]


def test_a_body_named_by_generic_words_is_the_one_last_quoted(speakers_of):
    text = ("The UN Children's Office for the Pacific Islands said on Monday that two schools had been closed "
            "after the storm.\n\n"
            "The Regional Office also called for the immediate reopening of the schools in the flooded districts.")
    assert [f[0] for f in speakers_of(text)] == ["UN Children's Office for the Pacific Islands"] * 2


def test_a_part_of_a_body_is_not_the_bodys_fuller_name(speakers_of):
    text = ("The Office of the UN Refugee Agency opened a new camp in the north of the country last month.\n\n"
            "The UN reports that more than four thousand families have fled the fighting since the spring.")
    assert speakers_of(text) == [("UN", "org", "reports")]


def test_title_case_headline_words_are_no_part_of_a_name(speakers_of):
    text = ("Maria Lopez Gives Emotional Tribute To Mother\n\n"
            "The senator gave an emotional tribute to her mother at the funeral on Sunday.\n\n"
            "“She taught me to fight for every family in this state,” Lopez said.")
    assert [f[0] for f in speakers_of(text)] == ["Maria Lopez"]


def test_a_name_the_body_writes_in_capitals_keeps_its_first_word_in_a_headline(speakers_of):
    text = ("To Lam Meets Visiting Leaders In Hanoi\n\n"
            "General Secretary To Lam met the visiting leaders on Monday and went to the new museum.\n\n"
            "“Our two peoples share a long history of friendship,” To Lam said.")
    assert [f[0] for f in speakers_of(text)] == ["To Lam"]


def test_a_name_modifying_a_body_noun_is_the_body_not_the_person(speakers_of):
    text = ("Senator Ted Lowe spoke to farmers in Ohio on Monday.\n\n"
            "The Lowe campaign said the poll was misleading because it left out voters in rural districts.")
    assert speakers_of(text) == [("Lowe campaign", "org", "said")]


def test_the_name_the_mention_is_headed_by_speaks_not_the_one_before_it(speakers_of):
    text = ("Senator Ted Lowe spoke to farmers in Ohio on Monday.\n\n"
            "Lowe spokesman Tim Hall said the poll was misleading because it left out voters in rural districts.")
    assert [f[0] for f in speakers_of(text)] == ["Tim Hall"]


def test_a_party_and_state_label_is_no_name(speakers_of):
    text = ("Rep. Ann Cole (D-N.Y.) spoke to the crowd on Thursday.\n\n"
            "“It should shock every decent voter that this man is selling the gun,” she added.")
    assert [f[0] for f in speakers_of(text)] == ["Ann Cole"]


def test_neither_opening_a_sentence_is_no_part_of_a_name(speakers_of):
    text = ("Neither Dana Whitlock nor her lawyers would comment on Friday.\n\n"
            "“We have nothing to add at this stage,” Whitlock told the paper.")
    assert [f[0] for f in speakers_of(text)] == ["Dana Whitlock"]


def test_an_unnamed_official_closing_the_lead_is_the_person_the_next_paragraph_names(speakers_of):
    text = ("Hospitals in the flooded provinces will need more nurses before the rains return, a Cambodian "
            "official has said.\n\n"
            "Addressing donors in Phnom Penh on Tuesday, Minister of Health Chea Sophal called for "
            "help to train them.")
    assert [f[0] for f in speakers_of(text)] == ["Chea Sophal", "Chea Sophal"]


def test_an_unnamed_official_stays_unnamed_beside_an_official_of_another_country(speakers_of):
    text = ("Hospitals in the flooded provinces will need more nurses before the rains return, a Cambodian "
            "official has said.\n\n"
            "Addressing donors in Phnom Penh on Tuesday, Thai Minister of Health Somchai Rattana called "
            "for help to train them.")
    assert [f[0] for f in speakers_of(text)] == ["Cambodian official", "Somchai Rattana"]


def test_an_unnamed_official_closing_a_lead_is_named_after_a_place_opener_too(speakers_of):
    text = ("Closer cooperation among river states is the only way to protect fishing families, a Lao official "
            "said on Friday.\n\n"
            "At a meeting in Vientiane, Deputy Minister of Agriculture Khamla Vongsa urged neighbours to share "
            "water data.")
    assert speakers_of(text) == [("Khamla Vongsa", "person", "said"), ("Khamla Vongsa", "person", "urged")]


def test_an_unnamed_official_stays_unnamed_when_the_next_paragraph_names_nobody(speakers_of):
    text = ("Hospitals in the flooded provinces will need more nurses before the rains return, a Cambodian "
            "official has said.\n\n"
            "The donors met in Phnom Penh on Tuesday.\n\n"
            "Minister of Health Chea Sophal called for help to train them.")
    assert [f[0] for f in speakers_of(text)] == ["Cambodian official", "Chea Sophal"]


def test_the_name_in_apposition_to_a_role_speaks_not_a_name_inside_a_bodys_name(speakers_of):
    text = ("Mark Halden founded the lobbying firm in 1990.\n\n"
            "The Halden Group's chief executive, Nora Pike, said the two firms had agreed that no filing was "
            "needed.")
    assert speakers_of(text)[0] == ("Nora Pike", "person", "said")


def test_a_meeting_summarys_follow_on_sentence_by_the_officials_country_is_no_statement(speakers_of):
    text = ("Foreign Minister of Chile Pablo Reyes told the assembly that his Government backed the new mandate. "
            "Chile would keep pressing for stronger protection of journalists in every region.")
    assert [f[0] for f in speakers_of(text)] == ["Pablo Reyes"]


def test_the_officials_country_speaking_in_a_paragraph_of_its_own_keeps_its_statement(speakers_of):
    text = ("Foreign Minister of Chile Pablo Reyes told the assembly that his Government backed the new "
            "mandate.\n\n"
            "Chile also urged the release of all journalists held without charge in the region.")
    assert [f[0] for f in speakers_of(text)] == ["Pablo Reyes", "Chile"]


def test_some_of_a_group_is_that_group(speakers_of):
    text = ("About 90 delegates spoke at the review on Tuesday, some praising the country's progress in cutting "
            "poverty in the mountain provinces.")
    assert speakers_of(text) == [("About 90 delegates", "org", "praising")]  # the group, never "some"


def test_the_abbreviated_governor_is_a_title_not_part_of_the_name(speakers_of):
    text = ("Gov. Anna Ruiz spoke in Phoenix on Monday.\n\n"
            "“We will win this state in November,” Ruiz said.")
    assert [f[0] for f in speakers_of(text)] == ["Anna Ruiz"]


_BODY = ("The two rivals met at a forum in the capital on Tuesday, where the debate turned to taxes, schools and "
         "the price of housing for young families across the region.\n\n")


def test_a_headline_verb_the_body_never_capitalises_ends_a_name(speakers_of):
    text = ("Ann Keller Rebuts Tom Varga On Housing\n\n" + _BODY +
            "Keller said the plan would leave thousands of renters without help.\n\n"
            "Varga said the critics had not read the plan.")
    assert [f[0] for f in speakers_of(text)] == ["Ann Keller", "Tom Varga"]


def test_a_headline_name_the_body_repeats_stays_whole(speakers_of):
    text = ("Ann Marie Keller Wins Seat\n\n" + _BODY +
            "Ann Marie Keller said the result showed that voters wanted a change of course.")
    assert [f[0] for f in speakers_of(text)] == ["Ann Marie Keller"]
