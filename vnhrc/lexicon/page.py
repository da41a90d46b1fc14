"""Page wording: quotation marks, datelines, interview labels and wording. Data only: imports no rules.
"""

from __future__ import annotations

import re

from .cues import CUE_LEMMAS

OPEN_QUOTES = "“\"‘"


CLOSE_QUOTES = "”\"’"


# two apostrophes typed for a straight double quotation mark ("''We will appeal,'' she said.", wire copy)
TWO_APOSTROPHES = "''"


# an opening mark typed for the closing one after a stop or a comma at a line's end ('… They see that. “')
OPENING_FOR_CLOSING = re.compile(r"[.!?,]\s?“$")


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


# the bold Q a page glued to its question ("QWhy did you run?"); a label only where answers carry "A:"
GLUED_QUESTION_LABEL = re.compile(r"\s*Q(?=[A-Z][a-z’'])")


# the label of an answer in a Q-and-A piece: "A: …", "Answer: …"
ANSWER_LABEL = re.compile(r"\s*(?:a|answer)\s*:\s+", re.I)


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


OUTLETS = (
    "Báo Quốc Tế", "VietNamNet", "Tuoi Tre", "VnExpress", "VnExpress International", "Nhân Dân", "Nhan Dan",
    "Vietnam.vn", "VOA", "RFA", "Radio Free Asia", "Viet Nam News", "Vietnam News", "VietnamPlus", "Vietnam Plus",
    "The Straits Times", "UN News", "The Jakarta Post", "TN News", "Thanh Nien", "BBC", "DW", "Reuters", "Kyodo",
    "The Hanoi Times", "The World and Vietnam Report", "VOVworld", "VOV", "VGP", "SGGP", "Bangkok Post",
    "Laotian Times", "South China Morning Post", "The Guardian", "The Diplomat", "Human Rights Watch",
    "Amnesty International", "Bernama",
)


# what a site adds to its name on its own pages: "Nhan Dan Online", "VOV.VN"
SITE_SUFFIX = re.compile(r"(?:\s+(?:online|international|english)|\.(?:vn|com|net|org))$", re.I)


# --- the page's header: what is chrome, what is a headline, a date line, a dateline, a byline ---

# skip links and accessibility chrome, in the languages the pages come in
SKIP_LINKS = re.compile(r"^(?:\d+\.\s*)?(?:skip to\b|pasar al contenido|saltar al contenido|aller au contenu|"
                        r"zum inhalt|accessibility links$|breaking news$)", re.I)


# menu words: a line made of them is a menu ("Home page  Newsletter  Feedback"), a date line with one is the
# site's clock ("Monday, October 15, 2018 Search"), not the article's date
NAV_WORDS = frozenset("home page newsletter feedback weblinks login log in search menu subscribe contact "
                      "english vietnamese advanced sign register".split())


BROWSER_NOTICE = re.compile(r"\b(?:update your browser|browser is out of date|web browsers|download page)\b", re.I)


SECTION_LABELS = frozenset(s.lower() for s in (
    "Meeting Summaries", "In-Depth", "News", "Opinion", "World", "Politics", "Human Rights", "Press releases",
    "Global perspective Human stories", "Email Print", "Share This Article", "Change Size", "More World News",
    "Related News", "Breaking News", "Accessibility links", "Advanced Search", "Log in", "Background",
))


# a label line: "Press releases Human Rights Council", "News Human Rights Council" (up to LABEL_MAX_WORDS)
SECTION_PREFIX = re.compile(r"^(?:press releases?|news|meeting summaries|read more on this topic|more \w+ news|"
                            r"share this)\b", re.I)
LABEL_MAX_WORDS = 6


# page furniture: a document code "WOM/1479", a file size "693 MB", "(Adds Chinese comment)", a lone bar
FURNITURE = re.compile(r"^(?:[A-Z]{2,}/\d+|\d+(?:[.,]\d+)?\s?(?:KB|MB|GB)|\(Adds [^)]*\)|[|•·\-–—]+)$")


SLOGAN = re.compile(r"\s-\s*nền tảng", re.I)  # "Site.vn - Nền tảng quảng bá …"


# a caption or credit, never a headline: "(Photo: VNA)", "FILE - …", "…PHOTO: AFP", "Image: Agency/AP"
CAPTION_LINE = re.compile(r"\((?:photo|source|ảnh)\s*:[^)]*\)\s*\|?\.?|^photo\s*:|\.\s*photo\s*:\s*[^.]*$|"
                          r"^FILE\s*[-–]|\bPHOTO:\s*[A-Z]+$|(?:Image|Photo)\s*:\s*\S", re.I)


# a caption glued to the headline: "… announced hinh anh 1Deputy Minister …", "… multilateralism- Ảnh 1."
GLUED_CAPTION = re.compile(r"\s*[-–]?\s*(?:hinh anh|hình ảnh|ảnh)\s*\d+\.?.*$", re.I)


# a dateline opening the lead: "JAKARTA - …", "HÀ NỘI — …", "TOKYO (Kyodo) –", "(Geneva) –", "(Bangkok, May 2) –"
DATELINE = re.compile(r"^[A-ZÀ-Ỹ][A-ZÀ-Ỹ .'’-]{2,40}(?:,|\s*\(|\s+[-–—:])|^\([A-Z][\w .,]{1,40}\)\s*[-–—]")


# a dateline with its date or agency ("KUALA LUMPUR, June 9 …", "TOKYO (Kyodo) –") is never a headline,
# whatever its casing; "OPENING - High Commissioner …" can be one
DATED_DATELINE = re.compile(r"^[A-ZÀ-Ỹ][A-ZÀ-Ỹ .'’-]{2,40}(?:,\s*\w+\s+\d|\s*\()")


BYLINE = re.compile(r"^(?:by|delivered by|reported by)\s+\S", re.I)


# the date in a dateline: "BANGKOK (22 November 2016) –", "Hanoi, 12 March 2024 (VNA) -", "(Bangkok, May 2, 2023) –"
DATELINE_DATE = re.compile(r"^(?:[A-ZÀ-Ỹ][\w .'’-]{1,40}?(?:\s*\((?P<a>[^)]{6,30})\)|,\s*(?P<b>[^()–—-]{6,30}?))"
                           r"|\([A-Z][\w .'’-]{1,30},\s*(?P<c>[^)]{6,30})\))\s*(?:\([^)]*\)\s*)?[–—-]")


# "Harbour Courier | 2024-03-05 Body …": an outlet and its date glued to the body
OUTLET_BAR = re.compile(r"^(?P<outlet>[^|]{2,40}?)\s*\|\s*(?P<date>\d{4}-\d{2}-\d{2})\b")


# an agency in the dateline: "Hanoi (VNA) -", "BERLIN (REUTERS) -", "(VOVworld)-" (a bare "(Geneva) –" is a
# place: at the start of a line only a name with two capitals counts)
AGENCY = re.compile(r"^[A-ZÀ-Ỹ][\w .,'’À-ỹ-]{0,40}?\s*\((?P<s>[A-Z][A-Za-z]{1,11})\)\s*[-–—:]|"
                    r"^\((?P<s2>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)\s*[-–—:]")


# an outlet's code before the lead: "VGP - …", "WVR - …", "THE HANOI TIMES — …"
LEAD_PREFIX = re.compile(r"^(?P<s>[A-Z]{2,4}|THE [A-Z ]{3,30}?)\s+[-–—]\s")
SHORT_CITIES = frozenset("ROME LIMA BAKU DOHA KIEV OSLO BERN SUVA APIA".split())


# a staff photographer's credit names the outlet: "Photo: Nguyen Khanh / Tuoi Tre"
STAFF_CREDIT = re.compile(r"photo\s*:\s*[^/]{2,40}/\s*(?P<s>[^/()]{2,40}?)\s*\)?\s*$", re.I)


# release terminators, not agencies
NOT_SIGN_OFFS = frozenset("ENDS END MORE".split())


# words that carry no content when a headline is compared with the lead
TITLE_STOP_WORDS = frozenset(
    "the a an of to in on for and or at by with from as is are was were be its it his her their this that these "
    "those has have had will would not but than into over after about".split())


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


# verbs whose colon hands over to the words ("Ruiz said: “…”", "She went on: “…”", "… said:" + paragraph): the
# cue verbs that report words as they were put, and four that are cues only before a colon or a quote
COLON_CUE_LEMMAS = CUE_LEMMAS & frozenset({
    "say", "tell", "add", "state", "write", "explain", "declare", "warn", "respond", "reply",
    "note", "remark", "insist", "argue", "conclude", "tweet", "answer", "recall", "announce",
    "emphasise", "emphasize", "stress", "underline", "affirm", "assert", "observe", "comment",
    "urge", "caution", "admit", "acknowledge", "confirm", "reiterate", "post",
}) | frozenset({"continue", "exclaim", "go", "quip"})


# nouns of what was said that a colon hands over from, as the object of a verb ("issued the following
# statement:", "posted this message:", "had these words for the crowd:")
COLON_NOUNS = frozenset({"statement", "remark", "remarks", "comment", "comments", "message", "announcement",
                         "word", "words", "tweet", "post", "note", "letter", "warning"})

