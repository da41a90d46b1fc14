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
