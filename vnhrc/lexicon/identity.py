"""Words that the corpus-level speaker identity (`vnhrc.identity`) reads past or skips: data only."""

# forms of address that stand before a name and name nobody by themselves ("Mr. Türk", "Dr Smith")
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mister", "madam", "madame", "dame", "sir", "dr", "prof", "professor", "h.e",
})

# words an acronym usually leaves out ("Office of the High Commissioner for Human Rights" → OHCHR)
ACRONYM_SKIPS = frozenset({"of", "the", "for", "and", "on", "in", "to", "at", "&", "a", "an"})

# leading words that make an organisation's name longer without changing who it is ("the UN Human Rights
# Council" = "UN Human Rights Council")
ORG_ARTICLES = frozenset({"the"})
