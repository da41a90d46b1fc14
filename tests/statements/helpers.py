"""Picking one statement out of what a text gives."""


def one(found, cue=None, speaker=None):
    """The single statement with this cue (and speaker), failing clearly otherwise."""
    hits = [c for c in found if (cue is None or c.cue == cue) and (speaker is None or c.speaker == speaker)]
    assert len(hits) == 1, [(c.speaker, c.cue, c.content) for c in found]
    return hits[0]
