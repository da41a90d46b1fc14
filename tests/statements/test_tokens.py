"""Helpers on tokens and character spans (statements/tokens.py)."""

from vnhrc.statements.tokens import cut_off_tail

from .helpers import one


def _last_line(text: str) -> tuple[int, int]:
    s = text.rstrip().rfind("\n") + 1
    return s, len(text.rstrip())


def test_a_long_last_line_cut_off_mid_sentence_is_running_text():
    text = ("Talks on the fisheries deal ended on Friday.\n\nThe minister thanked the organisers for hosting "
            "the talks and for the many special efforts they had made over the passing of the sea")
    assert cut_off_tail(text, *_last_line(text))


def test_a_short_or_title_case_last_line_is_no_cut_off_sentence():
    for tail in ("More Politics News", "Activists call on the top leader to honour his pledge",
                 "Regional Leaders Gather In Jakarta As Tensions Rise Over Fishing Rights And Shipping Lanes Near"):
        text = "Talks on the fisheries deal ended on Friday.\n\n" + tail
        assert not cut_off_tail(text, *_last_line(text)), tail


def test_a_line_before_more_text_is_never_the_cut_off_tail():
    text = ("The minister thanked the organisers for hosting the talks and for the many special efforts they "
            "had made\n\nMore text follows here.")
    assert not cut_off_tail(text, 0, text.find("\n"))


def test_a_report_in_a_page_cut_off_mid_word_is_found(statements):
    text = ("Talks on the fisheries deal ended on Friday in the capital.\n\n"
            "Minister Lan Pham stressed that the deal would protect small fishing crews across the region and "
            "called on both sides to respect the quotas agreed last ye")
    c = one(statements(text), "stressed")
    assert c.speaker == "Lan Pham" and c.content.startswith("the deal would protect small fishing crews")
