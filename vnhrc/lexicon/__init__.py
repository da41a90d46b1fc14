"""Word lists as data: no rules here, and no module of this package imports one.

`people` (titles, roles, honorifics, kin, pronouns), `bodies` (organisations, acronyms, institutions), `places`.
Each word is held in the one form the rules compare it in (see each module's docstring).
"""
