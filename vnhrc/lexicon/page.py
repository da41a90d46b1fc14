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


# a heading that names who answers: "Remarks by MOFA's Spokesperson X at the press conference",
# "Statement of Ambassador X", "Interview with Minister X", "Minister X answers questions"
SPEAKER_HEADING = re.compile(
    r"\b(?:remarks|statement|comments?|answers|briefing|interview|q\s*&\s*a|transcript)\s+(?:by|of|with|from)\s+|"
    r"\b(?:answers|responds to)\s+(?:\w+\s+)?(?:questions|queries)\b", re.I)


# "This interview has been edited for length and clarity."
EDITORS_NOTE = re.compile(r"^\W*(?:this|the) (?:interview|conversation|transcript) (?:has been|was|is) |"
    r"\bedited for (?:length|clarity|brevity)", re.I)


THANKS = re.compile(r"^\s*(?:thank you|thanks)\b", re.I)


NOT_LABELS = {"source", "photo", "tags", "tag", "read more", "see more", "related", "note", "editor's note",
    "ảnh", "nguồn", "video", "update", "updated", "explained", "opinion", "analysis", "watch", "live",
    "interview", "exclusive", "infographic", "editorial", "commentary", "breaking", "explainer",
    "feature", "factbox", "fact check", "q&a", "podcast", "photos", "gallery", "listen", "share",
    "email", "tel", "phone", "address", "website", "copyright", "published", "posted", "by"}


# --- metadata: datelines, sources, chrome and captions (page.py reads them) ---

ISO_DATE = re.compile(r"\bdate\s+(\d{4}-\d{2}-\d{2})\b", re.I)


DMY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


YMD_SLASH = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")


BARE_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


WORDY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?"
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})"
)


SOURCE_PATTERNS = (
    re.compile(r"^\s*Source:\s*(\S.*?)\s*$", re.M),
    re.compile(r"\((VNA|VNS|AFP|Reuters|AP|RFA|VOV|Xinhua)\)"),
    re.compile(r"^\s*By\s+(RFA[\w ]*|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\s*$", re.M),
)


OUTLETS = ("Báo Quốc Tế", "VietNamNet", "Tuoi Tre", "VnExpress", "Nhân Dân", "Vietnam.vn", "VOA", "RFA",
            "Vietnam News", "Vietnam Plus", "VietnamPlus", "The Straits Times", "UN News", "OHCHR")


CHROME = re.compile(
    r"^(?:related news|related|comment\s*\(\d+\)|comments?|share|print|tags?:.*|read more.*|see more.*|"
    r"source:\s*https?://\S+|https?://\S+|home|menu|login|subscribe|advertisement|in-depth|"
    r"chi tiết.*|.*\s-\s nền tảng.*)$",
    re.I,
)


# a photo credit in brackets, the one pattern for captions (page.py) and sentence starts (pipeline.py):
# "(Photo: VNA)", "(Source: …)", "(ảnh: …)", "(Image: …)"
PHOTO_CREDIT = re.compile(r"\((?:photo|source|ảnh|image)\s*:[^()\n]{0,80}\)", re.I)


# a photo credit ends a caption: "(Photo: VNA)", "(Source: …)", ". Photo: Name / Outlet"
CAPTION = re.compile(PHOTO_CREDIT.pattern + r"\.?|^photo\s*:.*$|\.\s*photo\s*:\s*[^.]*$", re.I)


# a caption is a sentence or two: the blank before a credit reaches back at most this many words
CAPTION_WORDS = 40
