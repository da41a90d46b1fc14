"""Cue words, by the structure each cue takes. Data only: imports no rules.
"""

from __future__ import annotations

# verbs that report an assertion made in a that-clause, or with the content after a comma before them
THAT_CUES = frozenset({
    "say", "state", "tell", "add", "affirm", "reaffirm", "stress", "emphasise", "emphasize", "underline",
    "underscore", "highlight", "note", "hope", "wish", "urge", "propose", "suggest", "recommend", "clarify",
    "explain", "pledge", "vow", "promise", "reiterate", "warn", "caution", "announce", "declare", "reveal",
    "disclose", "describe", "argue", "claim", "contend", "maintain", "insist", "assert", "allege", "confirm",
    "acknowledge", "admit", "concede", "deny", "believe", "think", "predict", "forecast", "report", "write",
    "answer", "reply", "respond", "retort", "comment", "remark", "observe", "point", "recall", "remind",
    "assure", "inform", "agree", "share", "mention", "request", "demand", "ask", "appeal", "recognise", "recognize",
    "estimate", "conclude", "tweet", "post", "complain", "lament", "regret",
    "welcome", "appreciate", "voice", "express", "elaborate", "specify", "hold",
    # document verbs and stance verbs that also take a that-clause ("the treaty stipulates that …")
    "stipulate", "boast", "refute", "rebut", "repeat", "document", "contest", "dispute", "threaten",
    # "unveiled that …" (with a that-clause only: "unveiled a plan" is an act)
    "unveil",
    # with a that-clause only: "indicated that …", "signalled that …", "implying that …", "speculated that …",
    # "joked that …", "testified that …", "countered that …" ("indicated a decline", "signalled a turn" say
    # nothing)
    "indicate", "signal", "imply", "hint", "speculate", "joke", "quip", "testify", "counter", "charge",
    "brag", "bemoan", "exclaim", "shout", "yell", "scream", "whisper", "mutter", "proclaim", "insinuate",
})


# verbs whose reported content may be a noun phrase ("welcomed the decision", "urged X to …")
NP_CUES = frozenset({
    "affirm", "reaffirm", "stress", "emphasise", "emphasize", "underline", "underscore", "highlight", "note",
    "urge", "propose", "suggest", "recommend", "welcome", "appreciate", "praise", "commend", "laud", "hail",
    "applaud", "congratulate", "thank", "clarify", "pledge", "reiterate", "announce", "declare", "reveal",
    "disclose", "describe", "claim", "request", "demand", "ask", "encourage", "appeal",
    "confirm", "acknowledge", "recognise", "recognize", "voice", "express", "accuse", "deny", "condemn",
    "denounce", "deplore", "decry", "report",
    "predict", "promise", "vow", "advocate", "point", "oppose",
    # stance verbs: the object noun phrase is what the speaker took a stand on ("refuted the accusations",
    # "criticised the government for …", "admitted the charges", "echoed calls for …")
    "refute", "rebut", "reject", "dismiss", "criticise", "criticize", "slam", "blast", "lambaste", "admit",
    "endorse", "question", "defend", "tout", "echo", "document", "cite", "stipulate", "repeat", "dispute",
    "contest", "blame", "liken", "attribute",
    # rebukes: what the speaker blamed the target for ("assailed the governor for cutting …")
    "attack", "assail", "rebuke", "chide", "scold", "fault", "berate", "castigate", "excoriate", "upbraid",
    "hammer", "bash",
    # "challenged the mayor to a debate", "challenged the findings"
    "challenge",
})


# of the NP_CUES, those whose object reports a stance only when it is a claim or a proposal ("rejected
# accusations that …", "dismissed the reports as baseless"), not a thing or an act ("rejected the bill",
# "dismissed the case", "questioned the suspect", "defended the title")
CLAIM_OBJECT_VERBS = frozenset({"reject", "dismiss", "question", "dispute", "contest", "echo", "repeat", "cite",
                                "defend", "document", "challenge"})
CLAIM_NOUNS = frozenset({
    "allegation", "accusation", "claim", "report", "charge", "criticism", "suggestion", "idea", "notion",
    "assertion", "information", "rumour", "rumor", "speculation", "view", "call", "demand", "statement",
    "remark", "comment", "finding", "conclusion", "argument", "account", "version", "characterisation",
    "characterization", "assessment", "premise", "theory", "concern", "fear", "warning", "appeal", "plea",
    "sentiment", "position", "stance", "decision", "policy", "legality", "validity", "legitimacy", "need",
    "wisdom", "motive", "figure", "estimate", "interpretation", "narrative", "message", "label", "description",
    "comparison", "analysis", "insinuation", "perception", "impression", "contention",
})
# verbs whose person object is an act done to that person, not a thing said: "endorsed Ortiz last week" (backing),
# "confirmed 41 new judges" (an appointment); their object is content only when it is a claim, a plan or a
# deed ("endorsed the deal", "confirmed the reports"), or with a role after it ("endorsed X for president")
PERSON_ACT_VERBS = frozenset({"endorse", "confirm"})
PERSON_ACT_ROLE_PREPS = frozenset({"for"})
PERSON_ACT_ENTS = frozenset({"PERSON", "NORP"})
PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "DATE"})
# verbs that report a finding: "reported 312 landings", "reported unusually low rainfall", "the audit
# documented several breaches"; with a thing as object a finding only when it is counted or graded, or when a
# text reports it ("reported the news", "reported the latest news", "photographers documented the peaceful
# protest" say nothing)
FINDING_VERBS = frozenset({"report", "document"})
FINDING_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# adjectives that count the thing found ("documented several breaches", "reported numerous cases")
FINDING_QUANTIFIERS = frozenset({"several", "many", "numerous", "multiple", "countless"})
# comparatives and superlatives grade the thing found ("reported its lowest profit", "reported larger crowds")
DEGREE_TAGS = frozenset({"JJR", "JJS"})
# superlatives of order in time, not of degree ("reported the latest news", "documented the first day")
ORDER_SUPERLATIVES = frozenset({"latest", "last", "first", "next", "earliest", "newest"})
# "…, citing changes in the climate": the ground a speaker gives, unless the object is who the words came
# from ("citing unnamed sources")
CITING_VERBS = frozenset({"cite"})
# "likened the law to a gag order", "attributed the delay to the weather", "blamed X for/on Y": a cue only
# with its preposition
PREP_FRAME_VERBS = {"liken": ("to",), "attribute": ("to",), "blame": ("for", "on"), "challenge": ("to",)}
# "challenged her rival to debate him", "… to a duel": a dare only to a person or body, with an infinitive or a
# contest (not "challenged the ruling to the supreme court", an appeal)
CONTEST_FRAME_VERBS = frozenset({"challenge"})
CONTEST_NOUNS = frozenset({"debate", "duel", "vote", "contest", "match", "race", "showdown"})
# "criticised Vietnam" names a target, not a stand: with a person, body or country as object these report
# only with the ground of the blame ("criticised the council for …", "blasted the UN over …")
TARGET_VERBS = frozenset({"criticise", "criticize", "slam", "blast", "lambaste", "attack", "blame", "assail",
                          "rebuke", "chide", "scold", "fault", "berate", "castigate", "excoriate", "upbraid",
                          "hammer", "bash"})
TARGET_PREPS = frozenset({"for", "over", "as", "on"})
# of the TARGET_VERBS, those that are acts with any object unless a ground is given: "attacked the convoy",
# "hammered the nail" (but "attacked the plan for its cost", "hammered the council over the delays")
GROUND_ONLY_VERBS = frozenset({"attack", "hammer", "bash"})
# a 'for' phrase of time is no ground of blame ("attacked the town for hours")
TIME_NOUNS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "while", "time"})
# "said in a statement, …", "told a briefing on Tuesday, …": where and when it was said, no part of the content
# (while "noted in the first quarter, exports had doubled" fronts the content's own adverbial)
SPEECH_SETTING_NOUNS = frozenset({
    "statement", "interview", "conference", "meeting", "speech", "briefing", "letter", "post", "tweet",
    "session", "address", "message", "remarks", "release", "rally", "debate", "hearing", "forum", "email",
    "call", "broadcast", "video", "podcast", "op-ed", "article", "report", "event", "summit", "visit",
    "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# "according to court filings", "according to a new poll", "according to census data": the texts and the
# counted evidence that 'according to' credits with what the sentence reports (lemmas; not "according to
# plan", "according to the law", "according to tradition", which give a norm, not a source)
ACCORDING_SOURCES = frozenset({
    "report", "statement", "filing", "lawsuit", "suit", "complaint", "document", "paper", "cable", "record",
    "transcript", "profile", "website", "email", "e-mail", "memo", "memorandum", "letter", "study", "analysis",
    "poll", "survey", "data", "datum", "figure", "statistic", "estimate", "census", "return", "result", "tally",
    "count", "account", "minute", "indictment", "affidavit", "testimony", "disclosure", "calendar", "tweet", "post",
    "release", "notice", "audit", "review", "assessment", "investigation", "probe", "research", "calculation",
    "projection", "forecast", "source", "log", "receipt", "invoice", "average", "index", "book", "biography",
    "memoir", "interview", "timeline", "declaration", "polling", "article", "story", "ranking", "rating", "list",
    "tracker", "database", "file", "register", "registry",
})
# "Beijing claims the islands", "claims most of the sea": a claim to land or water, not a statement
TERRITORY_VERBS = frozenset({"claim"})
TERRITORY_NOUNS = frozenset({"island", "islet", "territory", "sea", "water", "reef", "shoal", "archipelago", "land",
                             "region", "area", "province", "border", "coast", "zone", "strait", "atoll", "rock"})
# "As Professor Lind put it, …": a cue only in an as-clause, with 'it' as its object
AS_ONLY_VERBS = frozenset({"put"})
# "“…,” Dr. Hollis continued.", "Hollis continued: “…”": a cue only next to the quotation it goes on with
AFTER_QUOTE_ONLY_VERBS = frozenset({"continue"})
# "Ambassador X made the above statement at a forum": the statement is what the text has just given
REMARK_NOUNS = frozenset({"statement", "remark", "comment", "assessment", "announcement"})
BACK_DETERMINERS = frozenset({"the", "this", "these", "those", "such"})
# "made the above statement", "made the aforementioned remarks": modifiers that also point back
BACK_MODIFIERS = frozenset({"above", "aforementioned"})
# "made it clear that …", "made clear that …"
MAKE_VERBS = frozenset({"make"})
MAKE_PREDICATES = frozenset({"clear", "plain", "known"})


# verbs whose object is the listener, not the content ("told the meeting that …")
LISTENER_VERBS = frozenset({"tell", "inform", "assure", "remind", "brief", "notify", "reassure"})


# "expressed her hope for X", "voiced concern at X": the cue runs to the preposition, with any of EXPRESS_NOUNS
EXPRESSING_VERBS = frozenset({"express", "voice", "convey", "extend", "share", "raise"})
# "offered condolences over X", "offered his congratulations on X": 'offer' expresses only courtesies and
# views, its own OFFER_NOUNS (lemmas): "offered support to the victims", "offered help" are acts, not words, and
# "offered a gloomy assessment of the harvest" names only a topic
OFFER_VERBS = frozenset({"offer"})
OFFER_NOUNS = frozenset({"condolence", "sympathy", "congratulation", "thank", "gratitude", "apology", "view",
                         "opinion", "praise", "wish", "regret"})
# every verb whose object noun is part of the cue
EXPRESS_VERBS = EXPRESSING_VERBS | OFFER_VERBS


EXPRESS_NOUNS = frozenset({
    "hope", "concern", "concerns", "support", "regret", "appreciation", "gratitude", "thanks", "belief",
    "confidence", "wish", "wishes", "desire", "surprise", "condolence", "condolences", "sympathy",
    "satisfaction", "opposition", "disappointment", "view", "views", "opinion", "interest", "willingness",
    "readiness", "determination", "commitment", "admiration", "congratulations", "congratulation", "worry",
    "alarm", "dismay", "objection", "shock", "outrage", "pleasure", "delight", "joy", "pride", "doubt",
    "doubts", "reservation", "reservations", "solidarity", "hopes", "expectation", "expectations", "welcome",
    "praise", "respect", "anger", "frustration", "skepticism", "scepticism", "sorrow", "grief",
})


# verbs of speaking: a participle cue hanging on them is part of the same speech act
COMM_VERBS = frozenset({"speak", "talk", "share", "address", "deliver", "tell", "write", "respond", "reply",
    "answer", "comment", "remark", "express", "voice", "meet", "say", "add", "state",
    "conclude", "open", "close", "present", "brief", "issue", "release", "send",
    "declare"})


PRAISE_ADVERBS = frozenset({"highly", "positively", "warmly", "well", "favourably", "favorably", "glowingly",
    "fondly", "proudly", "critically", "approvingly"})


# nouns that report a claim with a that-clause and an agent ("claims by the minister that …")
SPEECH_NOUNS = frozenset({
    "statement", "claim", "call", "remark", "comment", "assertion", "announcement", "warning", "pledge",
    "promise", "view", "belief", "hope", "appeal", "proposal", "suggestion", "demand", "request",
    "insistence", "argument", "accusation", "allegation", "assurance", "message", "affirmation", "confirmation",
    "declaration", "admission", "denial", "prediction", "recommendation", "reminder", "word", "words",
})


MODALS = {"will", "would", "shall", "may", "might", "can", "could", "should", "must", "'ll", "wo"}


# "spoke highly of X", "talked positively about X": a cue only with a praising adverb
SPEAK_VERBS = frozenset({"speak", "talk"})
# "called for X", "called on X to …", "calling X Y"
CALL_VERBS = frozenset({"call"})
# "labelled the vote shameful", "branded the tax a betrayal": evaluative naming, a cue only with the name given
NAMING_VERBS = frozenset({"label", "brand", "dub", "term"})
# "has committed to reaching …", "is committed to …": the gerund after 'to' is the content
COMMIT_VERBS = frozenset({"commit"})
# "was convinced that …", "was confident that …" (meeting summaries): a belief held, on a copula's subject
BELIEF_ADJECTIVES = frozenset({"convinced", "confident", "certain", "sure", "adamant", "hopeful", "optimistic",
                               "persuaded", "positive", "insistent"})
# "was of the view that …", "is of the opinion that …"
BELIEF_NOUNS = frozenset({"view", "opinion", "belief", "conviction"})
# "highly valued the role of …": an appreciation, a cue only with one of APPRAISAL_ADVERBS (value, evaluate,
# assess and rate are no cues otherwise)
APPRAISAL_ONLY_VERBS = frozenset({"value", "evaluate", "assess", "rate"})
APPRAISAL_VERBS = APPRAISAL_ONLY_VERBS | {"appreciate"}
APPRAISAL_ADVERBS = frozenset({"highly", "greatly"})
# "welcomed visiting Prime Minister X": with people as their object these report a reception, not a statement
RECEPTION_VERBS = frozenset({"welcome", "greet", "receive"})
# "A journalist asked whether …": a question asserts nothing
QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire"})
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who"})
# "asked X to …", "urged X to …": the object comes before the infinitive ("asked not to be named" asks for oneself)
REQUEST_VERBS = frozenset({"ask", "request", "urge", "encourage", "demand"})
# "pledged to …", "hoped to …": the infinitive is the content
INTENT_VERBS = frozenset({"hope", "pledge", "vow", "promise", "appeal", "propose", "suggest", "threaten"})
# "hoped for X", "warned against X": the preposition's object is the content
PREP_CONTENT_VERBS = frozenset({"hope", "warn", "appeal", "advocate", "caution"})
PREP_CONTENT_PREPS = frozenset({"for", "of", "against", "about"})
# "pointed to the falling crime rate as proof …": the evidence a speaker points to (not 'referring to X', a
# reference that asserts nothing)
PREP_CONTENT_FRAMES = {"point": ("to",)}
# "was quick to note that …", "was careful to stress …": the copula's subject speaks
EAGER_ADJECTIVES = frozenset({"quick", "careful", "eager", "keen", "happy", "glad", "proud", "anxious", "swift"})
# "X was quoted as saying": the passive subject of these is the speaker
QUOTED_VERBS = frozenset({"quote", "cite", "report", "hear", "see"})
# 'say' takes a clause, never a noun phrase with a relative clause as what is said
SAY_LEMMAS = frozenset({"say"})
# "As the vote nears, Lund says, …": a dependent clause before a cue in mid-sentence, its main clause after
SUBORDINATORS = frozenset({"as", "when", "while", "if", "because", "although", "though", "since", "after", "before",
                           "once", "unless", "until", "whether", "whenever"})
# "A, the captain said, so B", "A, she said, because B": the host clause goes on after a cue set between commas
# with its consequence or its reason ('and', 'but' may start the narrator's next clause)
REASON_CONJUNCTIONS = frozenset({"so", "because", "since", "therefore", "hence"})
# a cue's own modifiers before such a comma ("she said on Monday, so …", "he said later, because …")
CUE_MODIFIER_DEPS = frozenset({"prep", "npadvmod", "advmod"})
# '… said A, while others urged B': another speaker's clause
CONTRAST_WORDS = frozenset({"while", "whereas", "but"})
# cue words as written that report someone else's words (a news story, not an interview answer)
REPORTING_FORMS = frozenset({"said", "says", "told", "tells", "added", "stated", "wrote"})

KNOWN = THAT_CUES | NP_CUES | LISTENER_VERBS | EXPRESS_VERBS | COMM_VERBS | SPEAK_VERBS | CALL_VERBS \
    | AFTER_QUOTE_ONLY_VERBS | NAMING_VERBS | COMMIT_VERBS | MAKE_VERBS


# words that tie a sentence back to the one before ("Two others are …", "… have also improved"): a report
# closing its paragraph with them carries the sentences before it too
COHESIVE_ADVERBS = frozenset({"also", "too", "likewise", "similarly", "further", "furthermore", "moreover",
                              "additionally", "meanwhile"})
BACK_REFERRING_WORDS = frozenset({"other", "others", "another", "rest", "remaining", "remainder", "it", "this",
                                  "these", "they", "such", "latter", "former"})

CUE_LEMMAS = THAT_CUES | NP_CUES | LISTENER_VERBS | CALL_VERBS | SPEAK_VERBS | NAMING_VERBS


# participles that speak for a person subject even on a clause that is no speech act
# ("Dung highly valued …, while affirming Vietnam's support")
STRONG_PARTICIPLES = {"affirm", "reaffirm", "stress", "emphasise", "emphasize", "underline", "underscore",
    "highlight", "note", "say", "add", "state", "reiterate", "express", "voice", "warn",
    "insist", "argue", "claim", "describe", "suggest", "propose", "pledge", "assert",
    "confirm", "acknowledge"}
# participles that are speech acts by their meaning, whoever the active subject (a country, a body, a
# person) and whatever the clause they hang on ("Germany expelled a diplomat, accusing Hanoi of …", "the
# Council voted, requesting the office to …"); not 'welcoming' (guests) nor 'hailing from' (a place)
SPEECH_ACT_PARTICIPLES = frozenset({"accuse", "urge", "call", "request", "demand", "hail", "condemn", "denounce",
                                    "criticise", "criticize", "praise", "commend", "congratulate", "thank",
                                    "appreciate", "appeal", "deplore", "decry", "blame", "cite"})
# (STRONG_PARTICIPLES holds none of these: this wider test runs first)
# a speech-act participle is none with this preposition right after it ("hailing from a fishing village")
NOT_SPEECH_ACT_PREPS = {"hail": ("from",)}


# verbs that only point at something ("acknowledging the progress made", "confirmed the incident"): with a
# short object beside the speaker's main report in the sentence they name its topic, not a statement
SIDE_MENTION_STEMS = ("acknowledg", "confirm", "highlight", "recogni", "mention", "not")
