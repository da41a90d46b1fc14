"""Page wording: quotation marks, datelines, interview labels and wording. Data only: imports no rules.
"""

from __future__ import annotations

import re

OPEN_QUOTES = "“\"‘"


CLOSE_QUOTES = "”\"’"


# what may come first in a paragraph before its content: a crawler's "date 2022-07-01", a dateline
# "JAKARTA -", "Geneva (VNA) –", "(Geneva) –", "THE HANOI TIMES —", "Vientiane, July 25 (VNA) –",
# "GENEVA (12 February 2025) –"
LEAD = re.compile(
    r"[\s.,;:–—-]*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?"
    r"(?:(?:\(\s*[A-Z][\w .,/]{0,40}\)|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([\w ,/]{2,30}\))?"
    r"|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3})\s*[–—-]+\s+)?"
)


LABEL = re.compile(r"\s*([A-Z][\w.’'-]*(?:\s+[A-Za-z][\w.’'-]*){0,6})\s*:\s+(?=\S)")


QA_LABELS = {"q", "a", "question", "answer", "pv", "reporter", "interviewer", "journalist"}


INTERVIEWER_WORDS = {"q", "question", "pv", "reporter", "interviewer", "journalist", "host", "editor", "moderator"}


INTERVIEW_WORDS = re.compile(
    r"\b(?:interview(?:s|ed)?|q\s*&\s*a|talk(?:s|ed)? (?:to|with)|sp(?:oke|eaks?|eaking) (?:to|with)|"
    r"chat(?:s|ted)? with|exchanged? with|conversation with|sat down with|asked by|shared with|"
    r"answer(?:ed|s|ing)? (?:\w+ )?questions?)\b", re.I)


QUESTION_LABEL = re.compile(r"\s*(?:q|question|pv|reporter|interviewer|journalist)\s*[:.-]", re.I)


INTERVIEWED = re.compile(r"\b(?:sp(?:oke|eaks?|eaking)|talk(?:ed|s|ing)?|chatt(?:ed|ing))\s+(?:to|with)\s+|"
    r"\binterview(?:ed|s)?\s+(?:with\s+)?", re.I)


# "This interview has been edited for length and clarity."
EDITORS_NOTE = re.compile(r"^\W*(?:this|the) (?:interview|conversation|transcript) (?:has been|was|is) |"
    r"\bedited for (?:length|clarity|brevity)", re.I)


THANKS = re.compile(r"^\s*(?:thank you|thanks)\b", re.I)


NOT_LABELS = {"source", "photo", "tags", "tag", "read more", "see more", "related", "note", "editor's note",
    "ảnh", "nguồn", "video", "update", "updated", "explained", "opinion", "analysis", "watch", "live",
    "interview", "exclusive", "infographic", "editorial", "commentary", "breaking", "explainer",
    "feature", "factbox", "fact check", "q&a", "podcast", "photos", "gallery", "listen", "share",
    "email", "tel", "phone", "address", "website", "copyright", "published", "posted", "by"}
