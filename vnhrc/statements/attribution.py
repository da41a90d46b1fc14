"""The Attribution type: one reporting clause found in a document.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Attribution:
    cue: str
    kind: str  # direct | indirect | mixed
    content_start: int
    content_end: int
    sent_start: int
    sent_end: int
    start: int
    end: int
    mention_start: int | None  # the speaker as written here
    mention_end: int | None
    answer: bool = False
    mention_head: int | None = None  # token index of the mention's head word
    via: str = "verb"  # verb | inverted | quote | according | noun | answer | continued
    cue_start: int | None = None  # where the cue stands in the text
    # filled in by speakers.resolve
    speaker: str | None = None
    speaker_type: str | None = None
    speaker_title: str | None = None
