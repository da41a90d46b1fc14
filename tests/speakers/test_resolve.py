"""speakers/__init__.py: `resolve`, the passes in order — unresolved mentions dropped, a place never a
person, one statement per named co-speaker."""


def test_unresolvable_pronoun_gives_no_statement(speakers_of):
    assert speakers_of("It said that the talks were useful.") == []


def test_each_named_co_speaker_has_the_statement(speakers_of):
    text = ("Commission chair Somsak Chanthavong of Laos and Malaysian representative Dr Nur Aisyah Rahim both "
            "stressed the importance of the regional declaration on human rights.")
    assert [f[0] for f in speakers_of(text)] == ["Somsak Chanthavong", "Nur Aisyah Rahim"]


def test_a_country_set_off_by_commas_is_the_speaker(speakers_of):
    text = ("Speaking in explanation of the vote before the vote, Austria, on behalf of the member States of the "
            "European Union, said the text could not be supported in its current form.")
    assert speakers_of(text) == [("Austria", "country", "said")]
