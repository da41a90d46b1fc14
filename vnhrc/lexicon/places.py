"""Words for places: countries and cities, places of several words, nationality words.

Data only, held as `speakers.names._clean` gives words (lower case, no diacritics).
"""

# places that commonly stand right before a name ("Resident Coordinator in Vietnam Pauline Tamesis")
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
})


# places of several words ("Viet Nam" is the country; "Do Hung Viet" and "Duong Hoai Nam" are people)
PLACE_PHRASES = frozenset({
    ("viet", "nam"), ("united", "states"), ("united", "kingdom"), ("new", "york"), ("new", "zealand"),
    ("new", "delhi"), ("south", "africa"), ("south", "korea"), ("north", "korea"), ("hong", "kong"),
    ("sri", "lanka"), ("saudi", "arabia"), ("costa", "rica"), ("el", "salvador"), ("south", "sudan"),
    ("czech", "republic"), ("ho", "chi", "minh", "city"), ("da", "nang"), ("hai", "phong"), ("can", "tho"),
    ("phnom", "penh"), ("kuala", "lumpur"), ("buenos", "aires"), ("san", "francisco"), ("los", "angeles"),
    ("south", "china", "sea"), ("east", "sea"), ("mekong", "delta"), ("timor", "leste"), ("puerto", "rico"),
})


DEMONYMS = {"lao", "thai", "khmer", "filipino", "dutch", "french", "british", "swiss", "irish", "danish",
             "swedish", "polish", "finnish", "spanish", "turkish", "kuwaiti", "qatari", "emirati", "saudi", "pakistani",
             "bangladeshi", "israeli", "iraqi", "nepali", "yemeni", "greek", "czech", "slovak", "kazakh", "uzbek"}


# nationality words that do not start like their country's name ("French" is France, "British" Britain)
DEMONYM_COUNTRY = {"french": "france", "british": "britain", "dutch": "netherlands", "swiss": "switzerland",
                   "american": "us", "filipino": "philippines", "irish": "ireland", "danish": "denmark",
                   "swedish": "sweden", "polish": "poland", "finnish": "finland", "spanish": "spain",
                   "turkish": "turkey", "greek": "greece", "lao": "laos", "khmer": "cambodia", "burmese": "myanmar",
                   "emirati": "uae", "saudi": "saudi arabia", "korean": "korea", "german": "germany"}


# a capital that speaks stands for its country's government ("Berlin demanded …" is Germany)
CAPITALS = {"berlin": "Germany", "beijing": "China", "hanoi": "Vietnam", "moscow": "Russia", "tokyo": "Japan",
            "seoul": "South Korea", "paris": "France", "london": "Britain", "bangkok": "Thailand",
            "jakarta": "Indonesia", "manila": "the Philippines", "canberra": "Australia", "ottawa": "Canada",
            "tehran": "Iran", "ankara": "Turkey", "new delhi": "India", "islamabad": "Pakistan", "kyiv": "Ukraine",
            "pyongyang": "North Korea", "phnom penh": "Cambodia", "vientiane": "Laos", "naypyitaw": "Myanmar",
            "kuala lumpur": "Malaysia", "taipei": "Taiwan", "brussels": "EU"}
