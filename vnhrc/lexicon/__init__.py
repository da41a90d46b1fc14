"""Word lists as data: no rules here, and no module of this package imports one.

`cues` (reporting verbs and nouns by the structure each takes), `people` (agents, titles, roles, honorifics,
kin, pronouns), `bodies` (organisations, acronyms, institutions), `places`, `page` (chrome, captions, datelines,
interview wording). Each word is held in the one form the rules compare it in (see each module's docstring).
"""
