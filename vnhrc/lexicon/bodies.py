"""Words for bodies: organisations, the words that introduce one, texts that speak for their authors.

Data only, held as `speakers.names._clean` gives words (lower case, no diacritics).
"""

# words that make a capitalised run an organisation, an event or a text, not a person
ORG_WORDS = frozenset({
    "council", "ministry", "mission", "office", "department", "committee", "commission", "nations", "united",
    "union", "organization", "organisation", "association", "society", "agency", "assembly", "group", "watch",
    "amnesty", "international", "bank", "fund", "foundation", "institute", "university", "government",
    "national", "rights", "affairs", "law", "court", "service", "news", "times", "radio", "television", "forum",
    "centre", "center", "program", "programme", "network", "alliance", "federation", "coalition", "company",
    "corporation", "inc", "ltd", "school", "academy", "embassy", "consulate", "parliament", "congress",
    "senate", "army", "police", "summit", "conference", "session", "convention", "charter", "declaration",
    "resolution", "treaty", "review", "secretariat", "bureau", "board", "authority", "administration",
    "republic", "kingdom", "community", "ministries", "front", "federal", "central", "security", "human",
    "development", "world", "trade", "health", "forces", "navy", "tribune", "herald", "journal", "daily",
    "magazine", "initiative", "project", "communist", "democratic", "socialist", "party", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
    "july", "august", "september", "october", "november", "december", "covid-19", "covid", "asean", "province",
    "district", "city", "consensus", "agreement", "framework", "goals", "vision", "strategy", "report",
    "reports", "country", "index", "survey", "study", "organizations", "organisations", "associations",
    # bodies named like people ("the Living Church of God", "Centenary College", "IHS Life Sciences")
    "college", "church", "sciences", "hospital", "airlines", "airways", "museum", "seminary", "industries",
    "league", "flight",
})
# the head words of a body's name that are never a surname: after a name they make it the body's ('the Clinton
# Global Initiative', 'his Donald J. Trump Foundation'), though the model tags the whole a person
ORG_ONLY_HEADS = frozenset({"foundation", "initiative", "institute", "university", "committee", "commission",
                            "ministry", "association", "organization", "organisation", "corporation",
                            "department", "agency", "coalition", "federation", "administration", "secretariat"})

ORG_INTRO = {"organisation", "organization", "group", "party", "movement", "company", "newspaper", "agency",
              "website", "network", "coalition", "ngo", "association", "outlet", "daily", "magazine", "firm",
              "station", "broadcaster", "channel", "portal", "foundation", "institute", "union", "bank", "club"}
HEADLINE_NOUNS = {"letter", "report", "statement", "study", "survey", "document", "memo", "resolution",
                   "declaration", "petition", "communique", "official", "minister", "expert", "envoy", "group"}
# texts that speak for their authors
AUTHORED = {"statement", "report", "communique", "communiqué", "letter", "release", "declaration"}
# texts that speak for the author the text gave them when it first named them ("the plan proposed by ASEAN")
AUTHOR_TEXTS = frozenset({"plan", "proposal", "resolution", "study", "memo", "manifesto", "roadmap"})
# agents English names without an article: "Police said", unlike "Wife says" (headline style)
MASS_AGENTS = {"police", "media", "press", "military", "staff", "congress", "parliament", "government"}
COUNTRY_NOUNS = {"country", "countries", "government", "governments", "nation", "nations", "state", "states",
                  "side", "sides"}
GENERIC_ORG = {"group", "organisation", "organization", "body", "agency", "watchdog", "ngo", "institution",
                "association", "network", "coalition"}

# bodies that adopt a resolution, which then speaks for them ("The resolution calls on …" is the Assembly's)
ADOPTING_BODIES = {"assembly", "council", "committee", "commission", "conference", "parliament", "summit",
                   "congress", "senate"}

# instruments named by their head first ("the Convention on the Elimination of …"): "the Convention
# stipulates" is that instrument
TREATY_NOUNS = frozenset({"convention", "covenant", "charter", "treaty", "protocol"})
TREATY_LINKS = ("on", "against", "of", "for", "relating to")
# the portfolio words of a ministry's name ("Minister of Labour, Invalids and Social Affairs"): they name no
# country, so such a title alone does not say which country its holder speaks for
PORTFOLIO_WORDS = frozenset({
    "affairs", "foreign", "home", "interior", "justice", "labour", "labor", "invalids", "social", "defence",
    "defense", "public", "security", "information", "communications", "finance", "trade", "industry",
    "planning", "investment", "education", "training", "health", "culture", "sports", "tourism", "agriculture",
    "rural", "development", "natural", "resources", "environment", "construction", "transport", "science",
    "technology", "economy", "economic", "international", "cooperation", "integration", "european", "relations",
    "legal", "external", "commerce", "energy", "women", "family", "children", "human", "rights",
})
# words that describe a body without naming it: "the Regional Office", "the Country Office" is the office the
# text named in full before ("UN Human Rights Office for South-East Asia")
GENERIC_BODY_WORDS = frozenset({"regional", "country", "national", "local", "field", "central", "main", "head",
                                "liaison", "permanent", "joint", "special", "executive", "standing"})
# a person's own bodies: "her campaign said" is the campaign of the woman "her" stands for, "the campaign said"
# the one the text named before ("the Malley campaign")
OWNED_BODIES = frozenset({"campaign", "team", "camp", "office", "staff"})
