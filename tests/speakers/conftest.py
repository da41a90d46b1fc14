"""The speakers of a text of our own, as (speaker, speaker_type, cue) of each statement."""

import pytest


@pytest.fixture(scope="module")
def speakers_of(analyse_text):
    def run(text: str):
        rec = analyse_text(text)
        return [(c.speaker, c.speaker_type, c.cue) for c in rec.claims if c.type == "statement"]

    return run
