"""Interviews: 'Name: answer' transcripts and question/answer pieces; every answer is a statement by the
interviewee.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon.cues import REPORTING_FORMS
from ..lexicon.page import (
    ANSWER_LABEL,
    CLOSE_QUOTES,
    EDITORS_NOTE,
    GLUED_QUESTION_LABEL,
    INTERVIEW_WORDS,
    INTERVIEWED,
    INTERVIEWER_WORDS,
    LABEL,
    NOT_LABELS,
    OPEN_QUOTES,
    QA_LABELS,
    QUESTION_LABEL,
    SPEAKER_HEADING,
    THANKS,
    TWO_APOSTROPHES,
)
from ..lexicon.places import COUNTRIES
from .attribution import Attribution
from .layout import skipped_line
from .tokens import _words, trim_chars

# the page's last answer cut off before its full stop still counts when it is this long (words)
CUT_ANSWER_WORDS = 8
# an interview of one question without "you" or a label asks at least this many words ("Why?" is rhetoric)
ONE_QUESTION_WORDS = 8
# an interview without Q: labels asks its first question within this many paragraphs of the page's start
QA_LEAD_UNITS = 8
# words of an attribution after an answer's quotation ('…," he said with a smile.')
QUOTED_ANSWER_TAIL = 8

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .layout import Layout


@dataclass
class _Interview:
    answers: list[tuple[int, int]]  # (start, end) of each answer paragraph's text (after a "Name:" label)
    mention: tuple[int, int] | None  # the interviewee as named in the text
    mention_head: int | None
    first_q: int = 0  # where the questions start
    from_lead: bool = False  # the interviewee was guessed from the lead's first person
    labels: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # "Name:" labels of turns
    questions: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # the interviewer's questions
    who: dict[int, tuple[tuple[int, int] | None, int | None]] = dataclasses.field(default_factory=dict)


def interviewee_from(iv: _Interview, found: list[Attribution], doc: Doc) -> _Interview:
    """The interviewee is who the lead reports as saying something before the first question (the interview
    unchanged when nobody is)."""
    for a in sorted(found, key=lambda a: a.start):
        if a.start >= iv.first_q or a.mention_head is None:
            break
        head = doc[a.mention_head]
        span = doc.char_span(a.mention_start, a.mention_end, alignment_mode="expand")
        if span is None:
            continue
        if any(t.pos_ == "PROPN" and t.text[:1].isupper() or t.ent_type_ == "PERSON" for t in span) and \
                head.ent_type_ not in ("GPE", "NORP"):
            return dataclasses.replace(iv, mention=(a.mention_start, a.mention_end), mention_head=a.mention_head)
    return iv


def _interview(doc: Doc, lay: Layout, found: list[Attribution]) -> _Interview | None:
    """Question-and-answer pieces: 'Name: answer' transcripts, or question paragraphs (ending in '?') each
    followed by answer paragraphs, with the interviewee named in the lead."""
    text = doc.text
    units = [(s, e) for s, e in lay.lines if not skipped_line(lay, s, e)]
    return _transcript(doc, text, lay, units) or _qa_form(doc, text, lay, units, found)


def _transcript(doc: Doc, text: str, lay: Layout, units: list[tuple[int, int]]) -> _Interview | None:
    turns = []  # (start, end, label, body_start)
    for s, e in units:
        m = LABEL.match(text, s, e)
        if m:
            label = m.group(1).strip()
            low = label.lower()
            if low in NOT_LABELS or label.isupper() and low not in QA_LABELS and len(label) > 3:
                continue
            words = label.split()
            if not (low in QA_LABELS or all(w[0].isupper() for w in words if w[0].isalpha())):
                continue
            turns.append((s, e, label, m.end()))
    if len(turns) < 2 or len({t[2] for t in turns}) > 40:  # a list of "Key: value" lines, not a dialogue
        return None
    keys = {}
    for _, _, label, _ in turns:
        keys.setdefault(_label_key(label, keys), label)
    labels = {_label_key(t[2], keys) for t in turns}
    if len(labels) < 2:
        return None
    asks: dict[str, int] = {}
    for _s, e, label, b in turns:
        k = _label_key(label, keys)
        asks[k] = asks.get(k, 0) + (1 if "?" in text[b:e] else 0)
    interviewers = {k for k in labels if asks.get(k, 0) > 0 or k.split()[0] in INTERVIEWER_WORDS
                    or k in ("q",)}
    interviewers |= {k for k in labels if any(w in INTERVIEWER_WORDS for w in k.split())}
    if "a" in labels:
        interviewers.discard("a")
    # "Ortiz: …", "Lind: …", "Chu: Will the ferry run?": each label once is a list of sections, not a
    # dialogue, unless a label says it asks ("Q:", "Reporter:")
    seen = [_label_key(t[2], keys) for t in turns]
    if len(seen) == len(set(seen)) and not any(k in QA_LABELS or k.split()[0] in INTERVIEWER_WORDS for k in seen):
        return None
    guests = labels - interviewers
    if not guests or not interviewers:
        return None
    answers = []
    who: dict[int, tuple[tuple[int, int] | None, int | None]] = {}  # answer start → the guest who gives it
    mention = None
    head = None
    turn_at = {t[0]: t for t in turns}
    current_guest = False
    current: tuple[tuple[int, int] | None, int | None] = (None, None)
    for s, e in units:
        t = turn_at.get(s)
        if t is not None:
            k = _label_key(t[2], keys)
            current_guest = k in guests
            if current_guest:
                answers.append((t[3], e))
                current = _label_mention(doc, s, t[3]) if k not in ("a", "answer") else (None, None)
                who[t[3]] = current
                if mention is None and current[0] is not None:
                    mention, head = current
            continue
        if current_guest and not THANKS.match(text[s:e]) and not text[s:e].rstrip().endswith("?") and \
                not EDITORS_NOTE.search(text[s:e]):
            answers.append((s, e))
            who[s] = current
    if not answers:
        return None
    first_q = turns[0][0]
    labels = [(t[0], t[3]) for t in turns]
    questions = [(t[0], t[1]) for t in turns if _label_key(t[2], keys) in interviewers and
                 text[t[0]:t[1]].rstrip().endswith("?")]
    if mention is None or text[mention[0]:mention[1]].strip().lower() in ("a", "answer"):
        mention, head = _lead_person(doc, lay, answers[0][0])
        return _Interview(answers, mention, head, first_q=first_q, from_lead=True, labels=labels,
                          questions=questions)
    return _Interview(answers, mention, head, first_q=first_q, labels=labels, questions=questions, who=who)


def _label_key(label: str, keys: dict[str, str]) -> str:
    """The same speaker under a longer and a shorter label ('Journalist Dieu Thuy', 'Dieu Thuy')."""
    low = " ".join(label.lower().split())
    for k in keys:
        if k != low and (k.endswith(" " + low) or low.endswith(" " + k)):
            return k if len(k) > len(low) else low
    return low


def _label_mention(doc: Doc, s: int, body: int) -> tuple[tuple[int, int] | None, int | None]:
    span = doc.char_span(s, body, alignment_mode="contract")
    if span is None:
        return None, None
    toks = [t for t in span if not t.is_punct and not t.is_space]
    if not toks:
        return None, None
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text)), toks[-1].i


def _qa_form(doc: Doc, text: str, lay: Layout, units: list[tuple[int, int]],
             found: list[Attribution]) -> _Interview | None:
    reported_at = sorted(a.start for a in found if _reported(doc, a))
    # a question ends on its mark, or opens on a label ("QYou have stayed out of politics since. ...")
    labelled = any(ANSWER_LABEL.match(text, s, e) for s, e in units)
    is_q = [text[s:e].rstrip().rstrip("".join(CLOSE_QUOTES)).endswith("?") and text[s] not in OPEN_QUOTES
            and not text.startswith(TWO_APOSTROPHES, s) and not _quoted_question(text, lay, s, e)
            or _question_label(text, s, e, labelled) for s, e in units]
    q_idx = [i for i, q in enumerate(is_q) if q and i + 1 < len(units) and not is_q[i + 1]]
    if not q_idx:
        return None
    first_q = units[q_idx[0]][0]
    lead = text[:first_q]
    qtexts = [text[units[i][0]:units[i][1]] for i in q_idx]
    asks_labelled = any(_question_label(text, units[i][0], units[i][1], labelled) for i in q_idx)
    if q_idx[0] > QA_LEAD_UNITS and not asks_labelled:
        return None  # an interview asks after a short lead; a question deep in a story or a live blog is rhetoric
    said_so = bool(INTERVIEW_WORDS.search(lead)) or asks_labelled
    addressed = sum(1 for q in qtexts if re.search(r"\b(?:you|your|yours)\b", q, re.I))
    answers = []
    for k, qi in enumerate(q_idx):
        stop = q_idx[k + 1] if k + 1 < len(q_idx) else len(units)
        for i in range(qi + 1, stop):
            s, e = units[i]
            body = text[s:e]
            if is_q[i]:
                continue
            m = QUESTION_LABEL.match(body) or (GLUED_QUESTION_LABEL.match(body) if labelled else None)
            if m is not None or THANKS.match(body) and len(body.split()) <= 12:
                stop = i  # the interviewer's closing thanks ("Reporter: Thank you, Ambassador!") or next turn
                break
            if EDITORS_NOTE.search(body) or not re.search(r"[.!?…”\":]\s*$", body) and \
                    not (i + 1 == len(units) and _words(body) >= CUT_ANSWER_WORDS):
                continue  # a line that does not end a sentence; the page's last line may be cut off mid-word
            label = ANSWER_LABEL.match(text, s, e)
            answers.append((label.end() if label else s, e))  # "A: Yes, absolutely.": the words after the label
        if k + 1 == len(q_idx):
            break
    if not answers:
        return None
    # an explainer's question headings ("Why does Vietnam want a seat?") are no interview: a real one says so
    # in its lead or labels, or asks "you", or is answered in the first person
    first_person = sum(1 for s, e in answers if re.search(r"\b(?:I|we|my|our|us|I'm|I’m)\b", text[s:e]))
    if not said_so and (len(q_idx) < 2 or (addressed * 2 < len(q_idx) and first_person * 2 < len(answers))):
        return None
    # "Why?" once in a story that mentions an interview somewhere is a rhetorical question, no interview:
    # one question needs a label, to ask "you" or the length of a real one
    if len(q_idx) < 2 and not addressed and not asks_labelled and \
            _words(qtexts[0]) < ONE_QUESTION_WORDS:
        return None
    # a news story with a question as a heading: what follows reports other people's words
    third = sum(1 for s, e in answers if _has(reported_at, s, e))
    if third * 2 >= len(answers):
        return None
    mention, head = _lead_person(doc, lay, first_q)
    questions = [units[i] for i, q in enumerate(is_q) if q and units[i][0] >= first_q]
    return _Interview(answers, mention, head, first_q=first_q, from_lead=True, questions=questions)


def _question_label(text: str, s: int, e: int, labelled: bool) -> bool:
    """The unit opens on a question label ('Q: …', and 'QWhy …' glued where the answers carry 'A:'), and is
    no closing thanks ('Q: Thank you, Ambassador.')."""
    m = QUESTION_LABEL.match(text, s, e) or (GLUED_QUESTION_LABEL.match(text, s, e) if labelled else None)
    return m is not None and not THANKS.match(text[m.end():e])


def _reported(doc: Doc, a: Attribution) -> bool:
    """'…, Mrs. Lowe said.': a third person's words reported by the writer, not an answer of the interview's."""
    return a.mention_head is not None and doc[a.mention_head].lower_ not in ("i", "we") and \
        (a.via in ("inverted", "quote", "according") or a.cue.split()[0].lower() in REPORTING_FORMS)


def _quoted_question(text: str, lay: Layout, s: int, e: int) -> bool:
    """'… Ortiz said. "So where do we find the money?"': the paragraph ends in someone's quoted
    question, which no interviewer asks."""
    q = text.rfind("?", s, e)
    return q >= 0 and q in lay.quote_spans


def _has(starts: list[int], s: int, e: int) -> bool:
    k = bisect.bisect_left(starts, s)
    return k < len(starts) and starts[k] < e


def _lead_person(doc: Doc, lay: Layout, limit: int) -> tuple[tuple[int, int] | None, int | None]:
    """The person the lead is about: the first person named in running text before `limit`, preferring
    the subject of a sentence."""
    first = None
    # "The Diplomat spoke with Josef Benedek, …": the one the lead says is interviewed
    m = INTERVIEWED.search(doc.text, 0, limit)
    span = doc.char_span(m.end(), min(len(doc.text), m.end() + 60), alignment_mode="expand") if m else None
    if span is not None:
        name = []
        for t in span:
            if not (t.text[:1].isupper() and t.is_alpha) or len(name) == 5:
                break
            name.append(t)
        if len(name) >= 2:
            return (name[0].idx, name[-1].idx + len(name[-1].text)), name[-1].i
    heading = _heading_person(doc, lay, limit)
    if heading is not None:
        return heading
    for ent in doc.ents:
        if ent.start_char >= limit:
            break
        if ent.label_ != "PERSON" or ent.start_char in lay.skip or _country(ent.text) or \
                ent.start > 0 and doc[ent.start - 1].lower_ == "by":  # a byline names the writer
            continue
        if first is None:
            first = ent
        if ent.root.dep_ in ("nsubj", "nsubjpass", "appos") or ent.root.head.dep_ in ("nsubj",):
            return (ent.start_char, ent.end_char), ent.root.i
    if first is not None:
        return (first.start_char, first.end_char), first.root.i
    return None, None


def _country(name: str) -> bool:
    """'Viet Nam’s' tagged as a person: a country is never the one who answers."""
    key = re.sub(r"[’']s$", "", name.strip()).lower().replace(" ", "")
    return key in COUNTRIES


def _heading_person(doc: Doc, lay: Layout, limit: int) -> tuple[tuple[int, int], int] | None:
    """'Remarks by the Ministry's Spokesperson Dao Van Hieu at the weekly briefing': a heading before the
    questions that says whose remarks these are names the one who answers (headings are no running text, so
    the lead's search passes over them), never a country."""
    for s, e in lay.lines:
        if s >= limit:
            break
        m = SPEAKER_HEADING.search(doc.text, s, e)
        if m is None:
            continue
        for ent in doc.ents:
            if ent.start_char >= e:
                break
            if ent.label_ == "PERSON" and s <= ent.start_char and not _country(ent.text) and \
                    (ent.start_char >= m.end() or ent.end_char <= m.start()):
                return (ent.start_char, ent.end_char), ent.root.i
    return None


def _answers(doc: Doc, text: str, iv: _Interview, lay: Layout) -> list[Attribution]:
    out = []
    for s, e in iv.answers:
        cs, ce = _quoted_answer(text, lay, *trim_chars(text, s, e))
        if _words(text[cs:ce]) < 3 or (THANKS.match(text[cs:ce]) and _words(text[cs:ce]) <= 6):
            continue  # "Thank you very much." answers nothing
        mention, head = iv.who.get(s) or (None, None)  # a transcript with several guests: each their own
        if mention is None:
            mention, head = iv.mention, iv.mention_head
        out.append(Attribution(
            cue="answered", kind="direct", content_start=cs, content_end=ce, sent_start=s, sent_end=e,
            start=s, end=e, mention_start=mention[0] if mention else None,
            mention_end=mention[1] if mention else None, answer=True, mention_head=head, via="answer",
        ))
    return out


def _quoted_answer(text: str, lay: Layout, cs: int, ce: int) -> tuple[int, int]:
    """'"We will now work on the follow-up," he said with a smile.': an answer that opens with a quotation
    and closes on its attribution is the quotation."""
    q = lay.quote(cs)
    if q is None or q.start != cs or q.close_at is None or q.close_at >= ce - 1:
        return cs, ce
    tail = text[q.close_at + 1:ce].lower().split()
    if len(tail) > QUOTED_ANSWER_TAIL or not any(w.strip(".,") in REPORTING_FORMS for w in tail):
        return cs, ce
    return trim_chars(text, q.start, q.end)

