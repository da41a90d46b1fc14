"""Speakers: a mention ("She", "Villegas", "the spokesperson", "President of the UNHRC Federico Villegas",
"the group") → the canonical speaker, the fullest name the document gives, with its type and title.

No model beyond the parse: person names are runs of capitalised words read off the text (the small NER model
often tags "the UNHRC Federico Villegas" as an organisation or splits "Do Minh Viet"), with title words,
acronyms, place names and organisation words cutting them. A document-wide registry of the names, titles and
organisations it mentions resolves short forms: a surname or a Vietnamese family or given name to the
fullest name containing it ("Pham" → "Pham Quoc Binh", "Nam" → "Duong Hoai Nam"), a role noun to the person
who holds that role ("the spokesperson"), "the Council" to the council named, an acronym to its long form,
and pronouns to the last compatible speaker.


The passes, in order: the registry of the document's people and bodies (`registry`), each mention resolved in
text order against it and the speakers resolved before (`resolver`), then restated cues and double readings
dropped. Names are read off the tokens in `names`; the word lists are in `vnhrc.lexicon`.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING

from ..claims import fold
from ..lexicon.cues import SIDE_MENTION_STEMS
from ..lexicon.people import TITLE_FILLER
from . import resolver
from .names import _is_place, names_country_in, speaks_for
from .records import Resolved

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..statements.attribution import Attribution

__all__ = ["resolve"]


def resolve(doc: Doc, found: list[Attribution], skip: list[tuple[int, int]] = ()) -> list[Attribution]:
    """The same attributions with speaker, speaker_type and speaker_title filled in; unresolved ones dropped.
    `skip` are the chrome and caption spans: names there complete others but are no pronoun's referent."""
    r = resolver.Resolver(doc, found, list(skip))
    out = []
    for att in sorted(found, key=lambda a: (a.mention_start if a.mention_start is not None else a.start)):
        res = resolver.resolve(r, att)
        if res is None or not res.name:
            continue
        if res.type == "person" and _is_place(res.name):
            res = Resolved(res.name, "country")  # "Viet Nam, also a member of the core group, added"
        r.history.append((att.mention_start or att.start, res))
        title = " ".join(res.title.split()) if res.title else None
        out.append(dataclasses.replace(att, speaker=" ".join(res.name.split()), speaker_type=res.type,
                                       speaker_title=title))
    out = _drop_restated(out, _represented(doc, out))
    out = _drop_follow_on(doc.text, out)
    out = _drop_side_objects(doc.text, out)
    seen: set[tuple] = set()
    once = []
    for a in out:  # two readings of one subject that name the same person are one statement
        key = (a.speaker, a.content_start, a.cue)
        if key not in seen:
            seen.add(key)
            once.append(a)
    once.sort(key=lambda a: (a.start, a.content_start))
    return once


BEHALF = re.compile(r"\b(?:on behalf of|in the name of|representing|speaking for)\s+((?:[\w’'-]+\s*){1,5})", re.I)


def _represented(doc: Doc, found: list[Attribution]) -> dict[str, set[str]]:
    """The parties each speaker is said to speak for ('in a speech on behalf of ASEAN countries'), as words."""
    text = doc.text
    out: dict[str, set[str]] = {}
    names = {a.speaker for a in found if a.speaker}
    for m in BEHALF.finditer(text):
        words = {fold(w) for w in re.findall(r"[\w-]+", m.group(1))} - TITLE_FILLER
        tok = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if tok is None:
            continue
        # the speaker named before the phrase in its sentence ("Ambassador X, speaking on behalf of …")
        before = {fold(w) for w in re.findall(r"[\w-]+", text[tok[0].sent.start_char: m.start()])}
        for name in names:
            if fold(name.split()[-1]) in before:
                out.setdefault(name, set()).update(words)
    return out


def _drop_restated(found: list[Attribution], represented: dict[str, set[str]] | None = None) -> list[Attribution]:
    """A cue inside what the same speaker is reported as saying ('Myanmar said it did not recognise the
    mandate and rejected the report') is part of that statement, not a second one; so is a cue of the party the
    speaker speaks for ('Ambassador X, speaking on behalf of ASEAN, said ASEAN welcomed …'), and a cue of the
    country whose official speaks ('the Thai Deputy Foreign Minister said Thailand stood ready to host …', 'the
    foreign ministry spokesperson said Laos had long valued …')."""
    represented = represented or {}
    spans = sorted((a.content_start, a.content_end, a.speaker, a.speaker_type, a.speaker_title or "")
                   for a in found if a.kind != "direct")
    starts = [s for s, *_ in spans]
    keep = []
    for a in found:
        inside = False
        if a.cue_start is not None and not a.answer:
            own = {fold(w) for w in re.findall(r"[\w-]+", a.speaker or "")} - TITLE_FILLER
            i = bisect.bisect_right(starts, a.cue_start) - 1
            while i >= 0 and i >= bisect.bisect_right(starts, a.cue_start) - 8:
                s, e, spk, kind, title = spans[i]
                if s <= a.cue_start < e and (s, e) != (a.content_start, a.content_end) and \
                        (spk == a.speaker or own & represented.get(spk, set()) or
                         a.speaker_type == "country" and kind == "person" and speaks_for(title, a.speaker or "")):
                    inside = True
                    break
                i -= 1
        if not inside:
            keep.append(a)
    return keep


FOLLOW_ON_GAP = 3  # characters between one sentence's end and the next one's start ('… 2020-2022. The …')


def _drop_follow_on(text: str, found: list[Attribution]) -> list[Attribution]:
    """'Foreign Minister of Chile Pablo Reyes told the assembly … Chile would keep pressing for …': in the same
    paragraph, the sentence right after an official's
    indirect speech whose subject is the country the official's title names goes on with that speech (a
    meeting summary's follow-on sentence), no statement of the country's own."""
    ends = sorted(((a.content_end, a) for a in found if a.kind == "indirect" and a.speaker_type == "person"
                   and a.speaker_title), key=lambda x: x[0])
    keys = [e for e, _ in ends]
    keep = []
    for a in found:
        if a.speaker_type == "country" and not a.answer and a.kind == "indirect":
            i = bisect.bisect_right(keys, a.sent_start) - 1
            if i >= 0:
                end, outer = ends[i]
                gap = text[end:a.sent_start]
                if len(gap) <= FOLLOW_ON_GAP and "\n" not in gap and \
                        names_country_in(outer.speaker_title or "", a.speaker or ""):
                    continue
        keep.append(a)
    return keep


SIDE_OBJECT_MAX_WORDS = 5  # "acknowledging the progress made", "confirmed the incident": a mention, no report
MAIN_REPORT_MIN_WORDS = 8


def _drop_side_objects(text: str, found: list[Attribution]) -> list[Attribution]:
    """'While acknowledging the progress made, he urged …', 'She confirmed the incident and said that …':
    a short noun phrase taken by a verb that only points at something (SIDE_MENTION_STEMS), beside the
    speaker's main report in the same sentence, only names what the report is about; the report is the
    statement."""
    main = {(a.speaker, a.sent_start) for a in found
            if len(text[a.content_start:a.content_end].split()) >= MAIN_REPORT_MIN_WORDS}
    keep = []
    for a in found:
        seg = text[a.content_start:a.content_end]
        if a.kind == "indirect" and not a.answer and (a.speaker, a.sent_start) in main and \
                len(seg.split()) <= SIDE_OBJECT_MAX_WORDS and a.via not in ("quote",) and \
                (a.cue or "").lower().startswith(SIDE_MENTION_STEMS):
            continue
        keep.append(a)
    return keep
