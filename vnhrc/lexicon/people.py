"""Words for people: titles and roles, honorifics, kin, name particles, pronouns, the words that are no names.

Data only. Words are held as `speakers.names._clean` gives them: lower case, no diacritics, no final full stop,
a straight apostrophe ("attaché" → "attache", "d’affaires" → "d'affaires").
"""

# words of titles and roles: they stand before or after a name, never inside it
TITLE_WORDS = frozenset({
    "president", "vice", "vice-president", "ambassador", "minister", "deputy", "assistant", "prime", "foreign",
    "spokesperson", "spokesman", "spokeswoman", "director", "general", "director-general", "secretary",
    "secretary-general", "under-secretary-general", "head", "chairman", "chairwoman", "chair", "chairperson",
    "chief", "commissioner", "high", "coordinator", "resident", "representative", "permanent", "special",
    "rapporteur", "envoy", "dr", "mr", "mrs", "ms", "miss", "madam", "madame", "sir", "dame", "lord", "prof",
    "professor", "lawyer", "journalist", "activist", "official", "officer", "member", "leader", "senior",
    "executive", "former", "acting", "lieutenant", "colonel", "lt", "gen", "captain", "judge", "justice",
    "senator", "sen", "rep", "gov", "congressman", "congresswoman", "governor", "mayor", "premier", "chancellor",
    "king", "queen", "prince", "princess", "sheikh", "excellency", "mp", "undersecretary", "counsellor",
    "counselor", "consul", "consul-general", "attache", "delegate", "daw", "ambassador-at-large", "politburo",
    "standing", "party", "state", "newly-appointed", "outgoing", "incoming", "interim", "first", "second",
    "third", "alternate", "ministers", "ambassadors", "presidents", "advisor", "adviser",
    "analyst", "researcher", "expert", "founder", "co-founder", "ceo", "editor", "reporter", "correspondent",
    "economist", "scholar", "bishop", "reverend", "rev", "father", "venerable", "most", "his", "her",
    "comrade", "mister", "spokespeople", "officials", "leaders", "heads", "members", "dean", "rector", "principal",
    "secretary-general's", "speaker", "pastor", "rabbi", "imam",
    "eminence", "holiness", "majesty", "highness", "charge",
    "d'affaires", "pm", "fm",
    # honorifics of the region that stand before a name ("Datuk Seri Haziq", "U Kyaw", "Khun Somchai")
    "datuk", "dato", "dato'", "datin", "seri", "tun", "tunku", "tengku", "toh", "puan", "encik", "haji", "hajjah",
    "khun", "pak", "bapak", "ibu", "h.e", "honourable", "honorable", "hon", "assoc", "associate", "u",
})
# title words that only ever modify a role ("Secretary of State", "Standing Member", "First Deputy"): the head
# of a noun phrase that is one of them names no person ("The Islamic State said …")
TITLE_MODIFIERS = frozenset({
    "state", "foreign", "first", "second", "third", "standing", "permanent", "executive", "special", "senior",
    "high", "vice", "acting", "party", "politburo", "interim", "former", "incoming", "outgoing", "newly-appointed",
    "assistant", "associate", "alternate", "resident",
})
# nouns for a person by role: "the diplomat", "the spokesman", "the top legislator"
PERSON_ROLES = frozenset({
    "minister", "ambassador", "president", "spokesperson", "spokesman", "spokeswoman", "official", "diplomat",
    "envoy", "leader", "head", "chief", "chair", "chairman", "chairwoman", "chairperson", "director",
    "secretary", "secretary-general", "director-general", "commissioner", "coordinator", "rapporteur",
    "expert", "lawyer", "activist", "advocate", "legislator", "lawmaker", "senator", "governor", "mayor",
    "premier", "chancellor", "deputy", "representative", "delegate", "officer", "general", "professor",
    "analyst", "researcher", "journalist", "reporter", "judge", "prosecutor", "negotiator", "economist",
    "scholar", "politician", "dissident", "blogger", "monk", "priest", "bishop", "campaigner", "defender",
    "founder", "co-founder", "ceo", "adviser", "advisor", "counsellor", "counselor", "consul", "host", "guest",
    "vice-president", "vice-chairman", "prime", "king", "queen", "prince", "pope", "writer", "author",
    "editor", "correspondent", "interviewee", "veteran", "ambassador-at-large", "statesman", "colonel",
    "lieutenant", "major", "captain", "commander", "admiral", "sergeant", "police", "investigator",
})
# roles that cover many others: an ambassador is a diplomat, a minister an official and a leader
GENERIC_ROLES = {"diplomat", "official", "leader", "legislator", "lawmaker", "chief", "head", "expert",
                  "politician", "statesman", "host", "guest", "envoy", "representative", "delegate", "veteran"}
# roles that speak for a country at a meeting: "Myanmar's representative" is Myanmar
DELEGATE_ROLES = {"representative", "delegate", "delegation"}
# titles of people who speak for their government: "the Thai deputy foreign minister said Thailand always supports
# …" is the minister's statement, not a second one by Thailand
GOVERNMENT_ROLES = frozenset(DELEGATE_ROLES | {"minister", "ministry", "spokesperson", "spokesman", "spokeswoman",
                                               "ambassador", "envoy", "president", "premier", "prime",
                                               "government", "chancellor", "consul", "diplomat", "mission",
                                               "foreign"})
# endings a headline verb and the body's other form of it differ by ('Endorses', 'endorsed')
INFLECTION_SUFFIXES = ("ing", "ed", "es", "s", "ly")
# words of a title or a speaker's name that say nothing of who it is ("Minister of the Interior", "its envoy")
TITLE_FILLER = frozenset({"the", "of", "and", "in", "its", "his", "her", "their", "all", "a", "an", "at", "on", "to"})
# those that speak for it even when their title names no country ("the foreign ministry spokesperson said Vietnam
# always welcomes …"); an ambassador or envoy speaks among other countries, so needs the country named
HOME_VOICE_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "ministry", "government"})
ABBREVIATED = {"pm": {"prime", "minister"}, "fm": {"foreign", "minister"}, "dpm": {"deputy", "prime", "minister"},
                "na": {"national", "assembly"}}
HONORIFIC_GENDER = {"mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
                     "ms": "f", "mrs": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f", "queen": "f",
                     "princess": "f", "daw": "f", "chairwoman": "f", "congresswoman": "f", "spokeswoman": "f",
                     "chairman": "m", "congressman": "m", "spokesman": "m"}
KIN_GENDER = {"wife": "f", "mother": "f", "daughter": "f", "sister": "f", "woman": "f", "girl": "f",
               "grandmother": "f", "aunt": "f", "niece": "f", "widow": "f", "husband": "m", "father": "m",
               "son": "m", "brother": "m", "man": "m", "boy": "m", "grandfather": "m", "uncle": "m",
               "nephew": "m", "widower": "m"}
PEOPLE = {"person", "resident", "witness", "victim", "student", "worker", "farmer", "citizen", "friend",
           "colleague", "relative", "neighbour", "neighbor", "villager", "source", "user", "member", "speaker",
           "voter", "parent", "nun", "monk", "patient", "pupil"}
PARTICLES = {"de", "da", "van", "von", "der", "den", "del", "di", "du", "bin", "binti", "al", "el", "la", "dos",
              "das", "ter", "ibn", "y", "le"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
# the lower-case second syllable of a hyphenated Korean given name ("Kim Sol-ri", "Moon Jae-in", "Ri Son-gwon"):
# an onset, a vowel, a final consonant; English words of that shape glued to a name ("Hamas-run") are no syllable
NAME_SYLLABLE = (r"(?:[bcdghjkmnprstwy]|ch|kk|pp|ss|tt|jj|hw|gw|kw)?"
                 r"(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i|ee|oo)"
                 r"(?:n|ng|k|l|m|p|t|r|b)?")
NOT_NAME_SYLLABLES = frozenset({"run", "man", "wing"})  # "Kim-run", "Park-man": English after a syllable-like name
FAMILY_NAME_MAX = 5  # letters of a Korean family name before the given name ("Kim", "Moon", "Hwang")
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f"}
QUANTIFIERS = ("a number of ", "a group of ", "a few ", "some of the ", "some ", "many ", "several ",
                "most ", "all ", "the ", "a ", "an ", "other ", "both ")


FUNCTION = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "it",
    "he", "she", "they", "we", "i", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but",
    "as", "if", "when", "while", "after", "before", "since", "according", "also", "however", "meanwhile", "yet",
    "so", "then", "there", "here", "what", "why", "how", "who", "which", "where", "speaking", "asked", "during",
    "despite", "under", "over", "both", "all", "some", "many", "most", "other", "another", "each", "every",
    "such", "not", "no", "thanks", "thank", "dear", "yes", "please", "last", "next", "today", "yesterday",
    "neither", "either", "nor", "even", "only",
    # words that open a sentence before a name ("Without Bloomberg in the race", "Now Lowe says")
    "without", "now", "whatever", "whoever", "whenever", "wherever", "though", "although", "because", "unlike",
    "until", "unless", "whether", "instead", "perhaps", "maybe", "indeed", "thus", "hence", "besides", "among",
    "against", "toward", "towards", "through", "throughout", "within", "beyond", "upon", "about", "above",
    "below", "around", "across", "behind", "again", "already", "soon", "often", "never", "always", "sometimes",
    "like",
    # auxiliaries that open a question ("Is Obama right?") are no part of a name ('Will', 'May', 'Do' can be)
    "is", "are", "was", "were", "am", "has", "have", "had", "does", "did", "would", "could", "should", "shall",
    "might", "must",
})


# --- used by statements ---


# common nouns that can be a speaker: people, roles, groups, institutions, and texts that speak for them.
# The role nouns are PERSON_ROLES (one list: what can speak is what resolves), with their plurals.
_MORE_PEOPLE = frozenset({
    "critic", "observer", "source", "witness", "resident", "people", "citizen", "victim", "family", "families",
    "student", "worker", "farmer", "man", "woman", "men", "women", "person", "speaker", "participant",
    "panelist", "counterpart", "court", "police", "authorities", "authority", "user", "commentator", "friend",
    "colleague", "partner", "donor", "other", "others", "some", "many", "most", "both", "all", "several",
    "relative", "neighbour", "neighbor", "villager", "parent", "survivor", "detainee", "prisoner", "inmate",
    "refugee", "protester", "demonstrator", "petitioner",
})
_BODY_NOUNS = frozenset({
    "government", "ministry", "ministries", "council", "committee", "commission", "group", "organisation",
    "organization", "agency", "agencies", "office", "department", "mission", "delegation", "embassy",
    "embassies", "assembly", "parliament", "congress", "party", "union", "bloc", "body", "bodies", "board",
    "panel", "secretariat", "administration", "state", "country", "countries", "nation", "side", "community",
    "association", "federation", "coalition", "alliance", "network", "watchdog", "institute", "foundation",
    "ngo", "company", "companies", "firm", "bank", "fund", "forum", "team", "club", "newspaper", "outlet",
    "media", "press", "center", "centre", "campaign", "movement", "news", "radio", "television", "broadcaster",
    "daily", "paper", "website", "portal", "magazine", "cabinet", "politburo", "leadership", "military", "army",
    "junta", "regime", "tribunal",
})
# texts that speak for a body
_SPEAKING_TEXTS = frozenset({
    "statement", "communique", "communiqué", "report", "resolution", "declaration", "letter", "document",
    "release", "note", "memo", "study", "survey", "petition", "joint", "charter", "proclamation",
})


def _plural(w: str) -> str:
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith("man"):
        return w[:-3] + "men"
    return w + "s"


_SINGULAR_AGENTS = PERSON_ROLES | set(KIN_GENDER) | PEOPLE | _MORE_PEOPLE | _BODY_NOUNS | _SPEAKING_TEXTS
AGENT_NOUNS = frozenset(_SINGULAR_AGENTS | {_plural(w) for w in _SINGULAR_AGENTS if w not in (
    "people", "police", "media", "press", "news", "others", "some", "many", "most", "both", "all", "several",
    "authorities", "families", "ministries", "agencies", "embassies", "bodies", "countries", "companies",
    "men", "women", "joint", "prime", "major", "chief", "wife")} | {"chiefs", "wives"}) - {"prime", "major"}


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

# shares of a group that speak as its members ("55 percent of voters said", "Almost half of respondents said",
# "Two-thirds of the insiders said"); a bare percentage speaks for those polled ("Thirty percent said")
QUANTITY_PARTS = frozenset({"percent", "%", "half", "third", "thirds", "two-thirds", "quarter", "quarters",
                            "three-quarters", "fifth", "fifths", "minority", "plurality", "share", "proportion"})
POLLED_PARTS = frozenset({"percent", "%"})
# "majorities in all five states say", "a majority among independents said": a poll's majority, bare
POLLED_MAJORITIES = frozenset({"majority", "minority"})
# "Two in three said", "nine out of ten say": the words between the two numbers of a ratio
SHARE_PREPS = frozenset({"in", "out"})
# "those close to the governor say", "those familiar with the talks said": the words that make 'those' a group
THOSE_DESCRIBED = frozenset({"close", "familiar", "present", "involved", "opposed", "loyal"})

# pronouns that may stand for a speaker (the ones a subject takes, then every form)
AGENT_PRONOUN_WORDS = frozenset({"he", "she", "they", "we", "i", "it", "others", "you"})
AGENT_PRONOUNS = AGENT_PRONOUN_WORDS | {"who", "him", "her", "them"}


# --- who can speak beyond the closed list: an open test over these (statements/agents.py, speaking_noun) ---

# endings of agent nouns ("organiser", "investor", "economist", "politician", "migrant", "opponent")
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent",
                  # "the fishermen", "a spokeswoman", "a chairperson", "local townspeople"
                  "man", "men", "woman", "women", "person", "persons", "people")
# words with those endings that name things, not agents ("the number said" names no one)
SUFFIXED_THINGS = frozenset({
    "number", "paper", "water", "letter", "order", "border", "matter", "power", "answer", "computer", "quarter",
    "chamber", "register", "corner", "river", "weather", "dinner", "winter", "summer", "filter", "finger",
    "tower", "poster", "cancer", "danger", "meter", "metre", "liter", "litre", "barrier", "layer", "cluster",
    "character", "chapter", "disaster", "theater", "theatre", "trailer", "banner", "container", "sticker",
    "counter", "cover", "shelter", "folder", "header", "footer", "offer", "lower", "manner",
    "upper", "master", "fever", "rubber", "timber", "silver", "copper", "leather", "pepper", "butter", "ledger",
    "never", "ever", "however", "whether", "rather", "further", "together", "either", "neither", "after",
    "later", "under", "over",
    "door", "floor", "color", "colour", "factor", "sector", "error", "mirror", "tractor", "motor", "vector",
    "terror", "horror", "labor", "labour", "favor", "favour", "honor", "honour", "rumor", "rumour", "reactor",
    "elevator", "indicator", "corridor", "monitor", "vapor", "tumor", "behavior", "behaviour", "humor",
    "humour", "harbor", "harbour", "calculator", "detector", "generator", "ventilator", "radiator",
    "list", "wrist", "twist", "mist", "fist", "exist", "assist", "resist", "insist", "persist", "consist",
    "median", "ocean",
    "plant", "restaurant", "grant", "elephant", "want", "instant", "variant", "constant", "implant",
    "pollutant", "quadrant", "warrant", "covenant", "remnant", "relevant", "significant", "important",
    "event", "percent", "extent", "intent", "content", "incident", "accident", "current", "talent", "patent",
    "tent", "rent", "scent", "cent", "consent", "dissent", "descent", "accent", "segment", "ingredient",
    "component", "coefficient", "gradient", "nutrient", "deficient", "recent", "present", "frequent",
    "permanent", "moment", "comment",
    "specimen", "abdomen", "regimen", "acumen", "ottoman", "talisman",
})
# people by what they are or do, without an agent ending ("The candidate said", "a campaign aide")
MORE_PERSON_NOUNS = frozenset({
    "candidate", "aide", "nominee", "appointee", "employee", "trustee", "ally", "allies", "rival", "attorney",
    "counsel", "surgeon", "nurse", "pastor", "imam", "rabbi", "cleric", "chef", "boss", "executive", "sheriff",
    "marshal", "clerk", "juror", "coach", "pilot", "troop", "guard", "lady", "dad", "mom", "mum", "child",
    "children", "kid", "teen", "youth", "adult", "elder", "fan", "staffer", "democrat", "republican",
    "conservative", "liberal", "progressive", "moderate", "socialist", "communist", "nationalist", "loyalist",
    "hardliner", "patient", "client", "customer", "tenant", "landlord", "owner", "spouse", "fiance", "fiancee",
    "mp", "mep", "cardinal", "archbishop", "sponsor", "plaintiff", "defendant", "suspect",
})
# bodies and groups beyond the closed list ("the opposition said", "the jury found")
MORE_BODY_NOUNS = frozenset({
    "jury", "crowd", "audience", "public", "electorate", "staff", "opposition", "caucus", "legislature",
    "senate", "house", "university", "school", "hospital", "church", "prosecution", "defence", "defense",
    "consulate", "corporation", "airline", "industry", "camp", "bureau", "municipality", "city",
})
# meetings and texts that speak for those who hold or adopt them ("The meeting called for", "The plan calls for")
MORE_TEXT_NOUNS = frozenset({
    "meeting", "summit", "conference", "plan", "agreement", "treaty", "convention", "indictment", "verdict",
    "ruling", "judgment", "judgement", "decree", "proposal", "manifesto",
})
# channels a named owner speaks through ("the ministry's website said", "the party's newspaper wrote")
OWNED_CHANNELS = frozenset({
    "website", "site", "account", "page", "blog", "newspaper", "paper", "mouthpiece", "broadcaster", "channel",
    "feed", "newsletter", "bulletin", "journal", "office", "spokesperson", "spokesman", "spokeswoman",
    "unit", "desk", "form", "filing", "disclosure", "guidelines", "guideline",
})
# words before 'campaign' or 'staff' that name no owner ("the campaign", "her staff")
NOT_OWNER_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
# counted or measured evidence is no speaker: "the poll said", "figures showed", "data suggest"
EVIDENCE_NOUNS = frozenset({
    "poll", "polls", "survey", "surveys", "data", "figure", "figures", "statistic", "statistics", "chart",
    "graph", "map", "photo", "photograph", "picture", "image", "footage", "video", "evidence", "record",
    "records", "result", "results", "estimate", "estimates", "number", "numbers", "count", "tally", "index",
    "rate", "price", "prices", "score", "model", "forecast", "projection", "sign", "signs", "trend",
})
# "The 56-year-old said": an age as a noun names a person
AGE_NOUN = r"\d+-year-old|\w+-year-old"

# the gender a given name tells, for pronouns ("Tom Baird said … She told …" is not Tom Baird)
GIVEN_NAME_GENDER = {
    **dict.fromkeys((
        "tom", "john", "james", "david", "michael", "robert", "william", "richard", "joseph", "thomas", "charles",
        "peter", "paul", "mark", "george", "steven", "stephen", "andrew", "daniel", "matthew", "anthony",
        "kevin", "brian", "edward", "ronald", "donald", "jason", "jeff", "jeffrey", "ryan", "jacob", "gary",
        "eric", "jonathan", "larry", "justin", "scott", "frank", "benjamin", "samuel", "gregory", "patrick",
        "alexander", "jack", "dennis", "jerry", "tyler", "aaron", "henry", "adam", "nathan", "douglas", "zach",
        "kyle", "walter", "harold", "jeremy", "ethan", "carl", "keith", "roger", "gerald", "christian", "terry",
        "sean", "arthur", "austin", "noah", "lawrence", "jesse", "joe", "bryan", "billy", "jordan", "albert",
        "dylan", "bruce", "willie", "gabriel", "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene",
        "randy", "vincent", "russell", "louis", "philip", "bobby", "johnny", "bradley", "mike", "bill", "bob",
        "jim", "ben", "tim", "dan", "nick", "chris", "matt", "tony", "ted", "barack", "vladimir", "xi", "carlos",
        "jose", "luis", "miguel", "pedro", "antonio", "francisco", "hans", "klaus", "pierre", "ivan",
        "sergei", "ahmed", "mohamed", "mohammed", "muhammad", "ali", "hassan", "hun", "joko", "rodrigo",
        "ferdinand", "narendra", "shinzo", "fumio", "emmanuel", "olaf", "boris", "rishi", "keir",
    ), "m"),
    **dict.fromkeys((
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
        "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "ana", "brenda", "pamela", "nicole",
        "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet",
        "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
        "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha",
        "jacqueline", "frances", "gloria", "ann", "anne", "teresa", "kathryn", "sara", "janice",
        "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn",
        "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
        "charlotte", "rose", "alexis", "kayla", "hillary", "kamala", "ursula", "jacinda", "elena", "sofia",
        "fatima", "aisha", "yanghee", "pauline", "ravina",
        "liz", "kate", "jane", "sue", "meg", "beth", "thuy", "huong",
    ), "f"),
}
# a Vietnamese middle name that tells the gender: "Nguyen Thi Lan" is a woman, "Tran Van Tuan" a man
VIETNAMESE_MIDDLE_GENDER = {"thi": "f", "van": "m"}
