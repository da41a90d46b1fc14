"""One document's state as the rules read it: the Doc, its text, its layout, questions and interview answers.

Rules receive the context first (`verb_cue(cx, sent, verb)`). It is built once per document by `context`; the
interview pass gives a new one that knows the answers (`with_answers`) rather than changing it midway.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..spans import Spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .layout import Layout


@dataclass(frozen=True)
class Ctx:
    doc: Doc
    text: str
    lay: Layout
    questions: Spans  # sentences that ask: no cue stands in them
    answers: Spans  # an interview's answers, labels and questions: inside them only the answer counts
    lower_words: frozenset[str]  # words written in lower case somewhere in the document
    # mention spans read off the text where the parse lost the speaker's phrase, by the head token's index:
    # recorded by speaker_of (from after_quote_subject's result), read where the attribution is made
    mention_spans: dict[int, tuple[int, int]] = field(default_factory=dict)


def context(doc: Doc, lay: Layout, questions: Spans) -> Ctx:
    """The state of one document before any statement is known."""
    return Ctx(doc, doc.text, lay, questions, Spans([]), frozenset(t.lower_ for t in doc if t.is_lower))


def with_answers(cx: Ctx, answers: Spans) -> Ctx:
    """The same document once its interview answers are known."""
    return dataclasses.replace(cx, answers=answers)
