"""How far back a pronoun may look for the person it stands for."""

from vnhrc.speakers.resolver import PRONOUN_WITHIN

FILLER = "The river rose again overnight and the ferries stayed in port. "


def test_a_pronoun_finds_no_person_beyond_its_reach(speakers_of):
    gap = FILLER * (PRONOUN_WITHIN // len(FILLER) + 5)
    text = ("Harbour master Tobias Wren was fined on Monday.\n\n" + gap +
            "\n\nHe said the fine was unfair and would appeal.")
    assert ("Tobias Wren", "person", "said") not in speakers_of(text)


def test_a_pronoun_finds_the_person_within_its_reach(speakers_of):
    text = ("Harbour master Tobias Wren was fined on Monday.\n\n" + FILLER * 3 +
            "\n\nHe said the fine was unfair and would appeal.")
    assert ("Tobias Wren", "person", "said") in speakers_of(text)
