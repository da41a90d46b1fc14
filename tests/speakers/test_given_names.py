"""A lower-case syllable glued by a hyphen is part of a name only after a syllable-shaped given-name part."""


def test_an_english_word_after_a_surname_and_a_hyphen_is_no_given_name(speakers_of):
    # 'won' fits the syllable pattern, but 'Kessler' is no Korean given-name syllable
    found = speakers_of("Voters in Kessler-won districts said the recount should start on Monday.")
    assert not any("-won" in s for s, _, _ in found)


def test_a_syllable_after_a_syllable_stays_in_the_name(speakers_of):
    text = "Former envoy Ri Son-gwon said the talks would resume in the spring."
    assert speakers_of(text) == [("Ri Son-gwon", "person", "said")]
