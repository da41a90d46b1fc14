"""'The campaign said …', 'the staff said …': the body of that noun the text named before."""


def test_the_staff_is_the_whole_name_written_before_it(speakers_of):
    text = ("Members of the Riverside Hall staff gathered outside on Monday.\n\n"
            "The staff said the building would stay closed for repairs until June.")
    assert speakers_of(text) == [("Riverside Hall staff", "org", "said")]


def test_a_determiner_before_the_name_is_no_part_of_it(speakers_of):
    text = ("The Riverside Hall staff gathered outside on Monday.\n\n"
            "The staff said the building would stay closed for repairs until June.")
    assert speakers_of(text) == [("Riverside Hall staff", "org", "said")]
