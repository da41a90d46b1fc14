"""Helpers on tokens and character spans (statements/tokens.py)."""

from .helpers import one


def test_a_report_in_a_page_cut_off_mid_word_is_found(statements):
    text = ("Talks on the fisheries deal ended on Friday in the capital.\n\n"
            "Minister Lan Pham stressed that the deal would protect small fishing crews across the region and "
            "called on both sides to respect the quotas agreed last ye")
    c = one(statements(text), "stressed")
    assert c.speaker == "Lan Pham" and c.content.startswith("the deal would protect small fishing crews")


def test_a_content_never_starts_inside_a_word_split_at_its_apostrophe(statements):
    text = ("The boy pointed at the painting and asked who the man was. Another child answered, "
            "“That’s the mayor’s husband.”")
    c = one(statements(text), "answered")
    assert c.content.startswith("That’s the mayor’s husband")
