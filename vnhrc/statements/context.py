"""One document's state as the rules read it: the Doc, its text, its layout, questions and interview answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..spans import Spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .layout import Layout


class Ctx:
    def __init__(self, doc: Doc, text: str, lay: Layout, questions: Spans, answers: Spans) -> None:
        self.doc = doc
        self.text = text
        self.lay = lay
        self.questions = questions
        self.answers = answers
        self.lower_words = {t.lower_ for t in doc if t.is_lower}
        self.spans: dict[int, tuple[int, int]] = {}  # mention spans read off the text where the parse failed
