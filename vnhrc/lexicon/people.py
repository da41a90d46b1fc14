"""People: who can speak. Data only: imports no rules."""


# --- used by statements ---


# common nouns that can be a speaker: people, roles, groups, institutions, and texts that speak for them
AGENT_NOUNS = frozenset({
    # people and roles
    "minister", "ambassador", "president", "spokesperson", "spokesman", "spokeswoman", "official", "officials",
    "diplomat", "diplomats", "delegate", "delegates", "representative", "representatives", "envoy", "envoys",
    "leader", "leaders", "head", "heads", "chief", "chair", "chairman", "chairwoman", "chairperson",
    "director", "secretary", "commissioner", "coordinator", "rapporteur", "rapporteurs", "expert", "experts",
    "lawyer", "lawyers", "activist", "activists", "advocate", "advocates", "critic", "critics", "analyst",
    "analysts", "observer", "observers", "scholar", "scholars", "researcher", "researchers", "professor",
    "journalist", "journalists", "reporter", "blogger", "bloggers", "dissident", "dissidents", "member",
    "members", "deputy", "deputies", "lawmaker", "lawmakers", "legislator", "legislators", "senator",
    "governor", "mayor", "premier", "chancellor", "king", "queen", "prince", "pope", "general", "officer",
    "officers", "source", "sources", "witness", "witnesses", "resident", "residents", "people", "citizen",
    "citizens", "victim", "victims", "family", "families", "mother", "father", "wife", "husband", "son",
    "daughter", "student", "students", "worker", "workers", "farmer", "farmers", "man", "woman", "men",
    "women", "person", "speaker", "speakers", "participant", "participants", "panelist", "panelists",
    "counterpart", "counterparts", "negotiator", "negotiators", "politician", "politicians", "monk", "monks",
    "priest", "bishop", "defender", "defenders", "campaigner", "campaigners", "economist", "economists",
    "ambassadors", "ministers", "presidents", "chairs", "secretary-general", "director-general",
    "prosecutor", "prosecutors", "judge", "judges", "court", "police", "authorities", "authority",
    "user", "users", "writer", "author", "authors", "editor", "commentator", "commentators",
    "friend", "friends", "colleague", "colleagues", "partner", "partners", "donor", "donors", "other", "others",
    "some", "many", "most", "both", "all", "several",
    "sister", "brother", "aunt", "uncle", "grandmother", "grandfather", "niece", "nephew", "widow", "relative",
    "relatives", "neighbour", "neighbours", "neighbor", "neighbors", "villager", "villagers", "girl", "boy",
    "parent", "parents", "survivor", "survivors", "guest", "host", "detainee", "detainees", "prisoner", "prisoners",
    "inmate", "inmates", "refugee", "refugees", "protester", "protesters", "demonstrator", "demonstrators",
    "petitioner", "petitioners",
    # bodies
    "government", "governments", "ministry", "ministries", "council", "committee", "commission", "group",
    "groups", "organisation", "organization", "organisations", "organizations", "agency", "agencies",
    "office", "department", "mission", "delegation", "delegations", "embassy", "embassies", "assembly",
    "parliament", "congress", "party", "union", "bloc", "body", "bodies", "board", "panel", "secretariat",
    "administration", "state", "states", "country", "countries", "nation", "nations", "side", "sides",
    "community", "association", "federation", "coalition", "alliance", "network", "watchdog", "institute",
    "foundation", "ngo", "ngos", "company", "companies", "firm", "bank", "fund", "forum", "team", "club",
    "newspaper", "outlet", "media", "press", "center", "centre", "campaign", "movement", "news",
    "radio", "television", "broadcaster", "daily", "paper", "website", "portal", "magazine",
    "cabinet", "politburo", "leadership", "military", "army", "junta", "regime", "tribunal",
    # texts that speak for a body
    "statement", "communique", "communiqué", "report", "resolution", "declaration", "letter", "document",
    "release", "note", "memo", "study", "survey", "petition", "joint", "charter", "proclamation",
})


RELATIVE = {"which", "who", "that", "whom"}


GUEST_NOUNS = {"delegation", "guest", "visitor", "tourist", "counterpart", "leader", "minister", "president",
    "ambassador", "delegate", "participant", "official", "envoy", "team", "group", "visit", "arrival",
    "premier", "chairman", "chairwoman", "secretary", "king", "queen", "prince", "host", "student",
    "people", "friend", "partner", "investor", "passenger", "athlete"}


# texts that speak for their authors: "a statement urging …", "a letter calling for …"
TEXT_NOUNS = {"statement", "letter", "report", "resolution", "message", "communique", "communiqué", "declaration",
    "petition", "appeal", "note", "memo", "memorandum", "release", "post", "tweet", "speech", "op-ed"}


# "in the minister's words", "in his view": the speaker's own words follow
VIEW_NOUNS = {"words", "view", "opinion", "assessment", "estimation", "judgement", "judgment", "analysis"}


# "a number of countries said": the group speaks through its members, and these never speak themselves
MEMBERS_ONLY_PARTITIVES = frozenset({"number", "lot", "majority", "handful", "couple"})
PARTITIVES = MEMBERS_ONLY_PARTITIVES | {"some", "many", "most", "all", "several", "few",
    "one", "each", "both", "none", "rest", "dozens", "hundreds", "thousands", "group"}

# pronouns that may stand for a speaker (the ones a subject takes, then every form)
AGENT_PRONOUN_WORDS = frozenset({"he", "she", "they", "we", "i", "it", "others", "you"})
AGENT_PRONOUNS = AGENT_PRONOUN_WORDS | {"who", "him", "her", "them"}
