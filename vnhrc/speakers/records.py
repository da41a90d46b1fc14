"""What the resolver reads and returns: a person's mention, an organisation's, the registry of one document's
people and bodies, and a resolved speaker."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Person:
    pos: int  # character offset of this mention
    words: tuple[str, ...]  # as written
    key: frozenset[str]  # folded words
    title: str | None = None
    title_words: frozenset[str] = frozenset()
    gender: str | None = None
    subject: bool = False  # stands as the subject of a clause (salient for pronouns)
    chrome: bool = False  # in a caption or page chrome: a name to complete others, never a pronoun's referent

    @property
    def name(self) -> str:
        return " ".join(self.words)


@dataclass
class Org:
    pos: int
    text: str
    key: frozenset[str]
    country: bool = False


@dataclass
class Resolved:
    name: str
    type: str
    title: str | None = None
    gender: str | None = None
    plural: bool = False


@dataclass
class Registry:
    persons: list[Person] = field(default_factory=list)
    orgs: list[Org] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)
    genders: dict[frozenset[str], str] = field(default_factory=dict)
    org_keys: set[frozenset[str]] = field(default_factory=set)  # names the text calls an organisation
