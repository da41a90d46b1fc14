"""Words for places: countries and cities, places of several words, nationality words.

Data only, held as `speakers.names._clean` gives words (lower case, no diacritics).
"""

# places that commonly stand right before a name ("Resident Coordinator in Vietnam Clara Mendes")
COUNTRIES = frozenset({
    "vietnam", "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bangladesh", "belarus", "belgium", "bolivia", "brazil", "brunei", "bulgaria",
    "burma", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "cuba", "cyprus", "czechia",
    "denmark", "egypt", "eritrea", "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece",
    "hungary", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan",
    "kazakhstan", "kenya", "korea", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "libya", "lithuania",
    "malaysia", "maldives", "mexico", "mongolia", "morocco", "myanmar", "nepal", "netherlands", "nigeria",
    "norway", "pakistan", "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal",
    "qatar", "romania", "russia", "rwanda", "singapore", "slovakia", "slovenia", "somalia", "spain",
    "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia",
    "turkey", "turkiye", "uganda", "ukraine", "uruguay", "uzbekistan", "venezuela", "yemen", "zambia",
    "zimbabwe", "us", "u.s", "usa", "uk", "britain", "england", "europe", "asia", "africa", "america",
    "geneva", "hanoi", "washington", "beijing", "bangkok", "jakarta", "manila", "tokyo",
    "london", "paris", "moscow", "seoul", "gaza", "asia-pacific", "timor-leste",
    # ("Chad", a given name too, is left out: a place word cuts a name)
    "niger", "mali", "benin", "togo", "senegal", "guinea", "liberia", "gabon", "congo", "burundi", "malawi",
    "mozambique", "namibia", "botswana", "madagascar", "mauritania", "djibouti", "lesotho", "eswatini",
    "mauritius", "seychelles", "comoros", "ecuador", "honduras", "guatemala", "nicaragua", "haiti", "jamaica",
    "fiji", "samoa", "tonga", "vanuatu", "bhutan", "oman", "bahrain", "estonia", "iceland", "luxembourg",
    "malta", "moldova", "montenegro", "serbia", "croatia", "bosnia", "kosovo", "turkmenistan", "macedonia",
})


# places of several words ("Viet Nam" is the country; "Do Minh Viet" and "Duong Hoai Nam" are people)
PLACE_PHRASES = frozenset({
    ("viet", "nam"), ("united", "states"), ("united", "kingdom"), ("new", "york"), ("new", "zealand"),
    ("new", "delhi"), ("south", "africa"), ("south", "korea"), ("north", "korea"), ("hong", "kong"),
    ("sri", "lanka"), ("saudi", "arabia"), ("costa", "rica"), ("el", "salvador"), ("south", "sudan"),
    ("czech", "republic"), ("ho", "chi", "minh", "city"), ("da", "nang"), ("hai", "phong"), ("can", "tho"),
    ("sierra", "leone"), ("burkina", "faso"), ("papua", "new", "guinea"), ("sao", "tome"), ("cabo", "verde"),
    ("phnom", "penh"), ("kuala", "lumpur"), ("buenos", "aires"), ("san", "francisco"), ("los", "angeles"),
    ("south", "china", "sea"), ("east", "sea"), ("mekong", "delta"), ("timor", "leste"), ("puerto", "rico"),
})


# nationality words that are no country's name plus a nationality ending ("French" is France, "Thai"
# Thailand); countries of several words joined ("saudiarabia") as speakers.names keys them. "Dominican" is
# the Dominican Republic's, not Dominica's; "Korean" is left to the endings (North or South is in the title)
DEMONYM_COUNTRY = {"french": "france", "british": "britain", "dutch": "netherlands", "swiss": "switzerland",
                   "american": "us", "filipino": "philippines", "philippine": "philippines", "irish": "ireland",
                   "danish": "denmark", "swedish": "sweden", "polish": "poland", "finnish": "finland",
                   "spanish": "spain", "turkish": "turkey", "greek": "greece", "lao": "laos", "khmer": "cambodia",
                   "burmese": "myanmar", "emirati": "uae", "saudi": "saudiarabia", "german": "germany",
                   "thai": "thailand", "czech": "czechia", "slovak": "slovakia", "kazakh": "kazakhstan",
                   "uzbek": "uzbekistan", "tajik": "tajikistan", "kyrgyz": "kyrgyzstan", "afghan": "afghanistan",
                   "norwegian": "norway", "belgian": "belgium", "lebanese": "lebanon", "portuguese": "portugal",
                   "peruvian": "peru", "maldivian": "maldives", "cypriot": "cyprus", "somali": "somalia",
                   "panamanian": "panama", "timorese": "timorleste", "dominican": "dominicanrepublic"}

# nationality words that stand before a title ("Lao Deputy Minister", "Qatari Ambassador") and are no name
DEMONYMS = frozenset(DEMONYM_COUNTRY) | {"kuwaiti", "qatari", "pakistani", "bangladeshi", "israeli", "iraqi",
                                         "nepali", "yemeni"}

# a nationality word is its country's whole name (less a final vowel) plus one of these: "Nigerian" is
# Nigeria's, "Chinese" China's, "Sudanese" Sudan's ("South Sudanese" South Sudan's), "Pakistani" Pakistan's
NATIONALITY_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")

# words that tell one country from another of the same name and name none alone ("South Korea", "New Zealand")
COMPASS_WORDS = frozenset({"south", "north", "east", "west", "eastern", "western", "northern", "southern",
                           "central", "new", "upper", "lower"})

# words of a country's name, or nouns for a country, that name no country by themselves ("Republic of
# Moldova", "Russian Federation", "the island nation of …")
STATE_WORDS = frozenset({"republic", "federation", "kingdom", "state", "states", "united", "democratic",
                         "people's", "socialist", "islamic", "federal", "union", "country", "nation", "island",
                         "archipelago"})


# a capital that speaks stands for its country's government ("Berlin demanded …" is Germany)
CAPITALS = {"berlin": "Germany", "beijing": "China", "hanoi": "Vietnam", "moscow": "Russia", "tokyo": "Japan",
            "seoul": "South Korea", "paris": "France", "london": "Britain", "bangkok": "Thailand",
            "jakarta": "Indonesia", "manila": "the Philippines", "canberra": "Australia", "ottawa": "Canada",
            "tehran": "Iran", "ankara": "Turkey", "new delhi": "India", "islamabad": "Pakistan", "kyiv": "Ukraine",
            "pyongyang": "North Korea", "phnom penh": "Cambodia", "vientiane": "Laos", "naypyitaw": "Myanmar",
            "kuala lumpur": "Malaysia", "taipei": "Taiwan", "brussels": "EU"}
