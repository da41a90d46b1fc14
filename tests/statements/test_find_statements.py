"""The passes in order (statements/__init__.py): questions asked are passed over; one statement per named co-speaker."""

from .helpers import one


def test_two_speakers_in_one_sentence(statements):
    text = ("Finance Minister Ho Duc Phoc said the budget was balanced, while opposition leader Maria Ruiz "
            "argued that it left rural clinics without funding.")
    found = statements(text)
    assert one(found, "said").speaker == "Ho Duc Phoc"
    argued = one(found, "argued")
    assert argued.speaker == "Maria Ruiz"
    assert argued.content.startswith("it left rural clinics without funding")


def test_a_question_is_not_a_statement(statements):
    text = "Why did the minister say that the talks had failed? Nobody knows yet."
    assert statements(text) == []


def test_a_credit_after_a_warning_or_an_announcement_is_only_its_channel(statements):
    # one statement each: the agency only passes the words on
    for text, cue, who in [
        ("Ferry captain Ivo Brandt warned that the old pier would collapse, according to the state news agency.",
         "warned", "Ivo Brandt"),
        ("Mayor Hana Berg stressed that the clinics would stay open all winter, according to local media.",
         "stressed", "Hana Berg"),
        ("The harbour office announced that the night ferry would stop in May, according to the news agency.",
         "announced", "harbour office"),
    ]:
        found = statements(text)
        assert [c.cue for c in found] == [cue], text
        assert who in found[0].speaker


def test_a_credit_after_a_pledge_reports_the_pledge(statements):
    found = statements("By Friday, three council members had vowed to back the new bridge, according to Mayor "
                       "Ivo Brandt.")
    c = one(found, "according to")
    assert c.speaker == "Ivo Brandt" and c.content.startswith("By Friday, three council members had vowed")
