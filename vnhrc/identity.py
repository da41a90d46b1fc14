"""One speaker across a corpus: a stable `speaker_id`, one canonical name, its aliases and the titles it was given.

Pure functions over claims (or over the names they carry); no files, no SQL, no spaCy.

Two levels, because claims stream (extract writes JSON Lines as it goes) while merging needs the whole corpus:

- **Per name** (`speaker_id`): a short hash of the speaker's name folded (case, diacritics, hyphens, a leading
  honorific or "the" dropped) and its kind (person, or body for organisations and countries). Every claim gets it
  when it is made, so extract can stream it, and it is the same on every run: "Bùi Thanh Sơn", "Bui Thanh Son"
  and "Mr. Bui Thanh Son" share one.
- **Across the corpus** (`resolve`): `speakers`, `who` and the database export see every name at once and merge
  a short form into the one full name it fits: a surname or given name ("Türk", "Mr. Türk") into the only
  person whose name holds it ("Volker Türk"), an acronym ("HRW") into the only organisation whose words spell it
  ("Human Rights Watch") or that a sentence spells out ("Human Rights Watch (HRW)"). A short form that fits two
  stays apart. The merged speaker's id is the per-name id of its full name, so a full name's id never changes
  when the corpus grows; only a short form's id moves to the full name's.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .claims import Claim, fold
from .lexicon.identity import ACRONYM_SKIPS, HONORIFICS, ORG_ARTICLES

ID_CHARS = 12  # hex digits of the sha256 in a speaker_id: collisions need ~10^7 distinct names
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")  # a speaker named in capitals: "HRW", "OHCHR", "UNHRC"
# "Human Rights Watch (HRW)": capitalised words (small words between them) and the acronym in brackets
_SPELLED_OUT = re.compile(
    r"((?:[A-Z][\w’'-]*)(?:\s+(?:of|the|for|and|on|in|to|&|[A-Z][\w’'-]*))*)\s+\(([A-Z][A-Z&]{1,9})\)")


def kind_of(speaker_type: str | None) -> str:
    """person, or body (organisations and countries, which the rules sometimes tell apart differently)."""
    return "person" if speaker_type == "person" else "body"


def name_key(name: str | None) -> str:
    """The name as identity compares it: folded, hyphens and dots as spaces, a leading honorific or "the"
    dropped ("Mr. Türk" → "turk", "the UN Human Rights Council" → "un human rights council")."""
    if not name:
        return ""
    words = fold(name).replace("-", " ").replace(".", " ").replace(",", " ").split()
    while len(words) > 1 and (words[0] in HONORIFICS or words[0] in ORG_ARTICLES):
        words = words[1:]
    return " ".join(words)


def speaker_id(name: str | None, speaker_type: str | None) -> str | None:
    """The per-name id: the same for every spelling `name_key` folds alike, on every run; None without a name."""
    key = name_key(name)
    if not key:
        return None
    return hashlib.sha256(f"{kind_of(speaker_type)}\x00{key}".encode()).hexdigest()[:ID_CHARS]


def with_ids(claims: Iterable[Claim]) -> list[Claim]:
    """The claims with each statement's per-name `speaker_id` filled in (the record's own, streamable id)."""
    out = list(claims)
    for c in out:
        if c.type == "statement":
            c.speaker_id = speaker_id(c.speaker, c.speaker_type)
    return out


def spelled_out(sentences: Iterable[str]) -> list[tuple[str, str]]:
    """(expansion, acronym) pairs a text states: "Human Rights Watch (HRW)" → ("Human Rights Watch", "HRW"),
    when the expansion's words spell the acronym."""
    pairs = []
    for s in sentences:
        for m in _SPELLED_OUT.finditer(s):
            words, acr = m.group(1).split(), m.group(2)
            # the capitalised run may start earlier than the name ("Said Human Rights Watch (HRW)")
            for i in range(len(words)):
                if spells(words[i:], acr):
                    pairs.append((" ".join(words[i:]), acr))
                    break
    return pairs


def spells(words: Sequence[str], acronym: str) -> bool:
    """True when the words' initials spell the acronym in order: small words may be left out, and a word that
    is an acronym itself ("UN") gives all its letters or none ("OHCHR" ← "Office of the UN High Commissioner
    for Human Rights"; "UNHRC" ← "UN Human Rights Council")."""
    target = acronym.upper()
    ws = [w.strip("(),.’'") for w in words]
    ws = [w for w in ws if w]
    if len(ws) < 2:
        return False

    def go(i: int, j: int) -> bool:
        if i == len(ws):
            return j == len(target)
        w = ws[i]
        low = fold(w)
        if low in ACRONYM_SKIPS and go(i + 1, j):
            return True
        if w.isupper() and len(w) > 1:  # an acronym inside the name: all its letters, or left out
            if target.startswith(fold(w).upper(), j) and go(i + 1, j + len(w)):
                return True
            return go(i + 1, j)
        return j < len(target) and fold(w[0]).upper() == target[j] and go(i + 1, j + 1)

    return go(0, 0)


def _is_acronym(name: str) -> bool:
    return bool(ACRONYM.fullmatch(name.strip().replace(".", "")))


@dataclass
class Speaker:
    """One speaker of a corpus: its id, the name to show, its type, and every spelling merged into it."""

    id: str
    name: str
    type: str | None
    aliases: list[str] = field(default_factory=list)  # spellings as written, the canonical name first
    name_ids: list[str] = field(default_factory=list)  # the per-name ids merged into this speaker


@dataclass
class Identities:
    """The corpus's speakers, found from every per-name id."""

    speakers: list[Speaker]
    by_name_id: dict[str, Speaker]

    def of(self, name: str | None, speaker_type: str | None) -> Speaker | None:
        return self.by_name_id.get(speaker_id(name, speaker_type) or "")

    def matching(self, query: str) -> list[Speaker]:
        """Speakers a user's words name: every word in one of its spellings (any case or diacritics, an
        honorific left out), or an acronym its name spells ("HRW" → Human Rights Watch)."""
        words = name_key(query).split()
        acr = query.strip() if _is_acronym(query) else None
        out = []
        for s in self.speakers:
            spellings = [s.name, *s.aliases]
            if words and any(all(w in name_key(a).split() for w in words) for a in spellings):
                out.append(s)
            elif acr and s.type != "person" and any(spells(a.split(), acr) for a in spellings):
                out.append(s)
        return out


@dataclass
class _Name:
    """What the corpus says about one per-name id."""

    id: str
    key: str
    kind: str
    spellings: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)

    @property
    def shown(self) -> str:
        # the spelling used most; on a tie the one with diacritics (the fuller one), then alphabetical
        return min(self.spellings, key=lambda n: (-self.spellings[n], fold(n) == n.lower(), n))


def resolve(names: Iterable[tuple[str, str | None, int]], pairs: Iterable[tuple[str, str]] = ()) -> Identities:
    """The corpus's speakers from (name, speaker_type, statements) triples and the (expansion, acronym) pairs its
    texts state: short forms merged into the one full name they fit, everything else a speaker of its own."""
    table: dict[str, _Name] = {}
    for name, typ, n in names:
        sid = speaker_id(name, typ)
        if sid is None:
            continue
        entry = table.get(sid)
        if entry is None:
            entry = table[sid] = _Name(sid, name_key(name), kind_of(typ))
        entry.spellings[name] += n
        if typ:
            entry.types[typ] += n
    parent: dict[str, str] = {}
    _merge_people([e for e in table.values() if e.kind == "person"], parent)
    stated = _merge_acronyms([e for e in table.values() if e.kind == "body"], pairs, parent)

    groups: dict[str, list[_Name]] = {}
    for e in table.values():
        groups.setdefault(parent.get(e.id, e.id), []).append(e)
    speakers: list[Speaker] = []
    by_name_id: dict[str, Speaker] = {}
    for root_id, members in groups.items():
        root = table.get(root_id)
        if root is None:  # an acronym whose expansion only a sentence gives
            expansion = stated[root_id]
            name, typ = expansion, members[0].types.most_common(1)[0][0] if members[0].types else "org"
        else:
            name, typ = root.shown, root.types.most_common(1)[0][0] if root.types else None
        members.sort(key=lambda e: (e.id != root_id, -sum(e.spellings.values()), e.key))
        aliases = list(dict.fromkeys(s for e in members for s, _ in e.spellings.most_common()))
        if root is None:
            aliases.insert(0, name)
        sp = Speaker(root_id, name, typ, aliases, [e.id for e in members])
        speakers.append(sp)
        for e in members:
            by_name_id[e.id] = sp
    speakers.sort(key=lambda s: (name_key(s.name), s.id))
    return Identities(speakers, by_name_id)


def _merge_people(people: list[_Name], parent: dict[str, str]) -> None:
    """A name whose words all stand in a longer name joins it when exactly one such full name exists."""
    words = {e.id: frozenset(e.key.split()) for e in people}
    holding: dict[str, set[str]] = {}  # a word → the names holding it, so each name meets only its rivals
    for e in people:
        for w in words[e.id]:
            holding.setdefault(w, set()).add(e.id)

    def longer(nid: str) -> set[str]:
        mine = words[nid]
        pools = sorted((holding[w] for w in mine), key=len)
        found = set(pools[0]).intersection(*pools[1:]) if pools else set()
        return {o for o in found if mine < words[o]}

    full = {e.id for e in people if not longer(e.id)}
    for e in people:
        if e.id in full:
            continue
        fits = longer(e.id) & full
        if len(fits) == 1:
            parent[e.id] = fits.pop()


def _merge_acronyms(bodies: list[_Name], pairs: Iterable[tuple[str, str]], parent: dict[str, str]
                    ) -> dict[str, str]:
    """An acronym joins the one organisation whose name spells it, or the one expansion the texts state for it;
    returns the ids made for expansions that are nobody's speaker name (id → expansion)."""
    said: dict[str, set[str]] = {}
    for expansion, acr in pairs:
        said.setdefault(acr.upper(), set()).add(expansion)
    long_names = [e for e in bodies if len(e.key.split()) > 1]
    made: dict[str, str] = {}
    for e in bodies:
        acr = next((s for s in e.spellings if _is_acronym(s)), None)
        if acr is None:
            continue
        acr = acr.replace(".", "").upper()
        fits = {f.id for f in long_names if any(spells(s.split(), acr) for s in f.spellings)}
        expansions = {x for x in said.get(acr, ()) if spells(x.split(), acr)}
        for x in expansions:
            xid = speaker_id(x, "org") or ""
            fits.add(xid)
            if xid not in {f.id for f in long_names}:
                made[xid] = x
        if len(fits) == 1:
            parent[e.id] = fits.pop()
    return made


# --- the corpus's speakers as `vnhrc speakers` lists them ---------------------------------------------------


def corpus_identities(statements: Sequence[Claim]) -> Identities:
    """`resolve` over statements: their names, and the acronyms their sentences spell out."""
    counts = Counter((c.speaker, c.speaker_type) for c in statements if c.speaker)
    return resolve(((n, t, k) for (n, t), k in counts.items()), spelled_out({c.sentence for c in statements}))


def summarise(statements: Sequence[Claim], identities: Identities | None = None) -> list[dict[str, Any]]:
    """One row a corpus speaker: id, canonical name, type, aliases, titles (most used first) and the dates each
    was used, how many statements in how many documents; most statements first. Statements are expected once
    per text (the caller drops copies)."""
    ids = identities or corpus_identities(statements)
    groups: dict[str, list[Claim]] = {}
    for c in statements:
        sp = ids.of(c.speaker, c.speaker_type)
        if sp is not None:
            groups.setdefault(sp.id, []).append(c)
    by_id = {s.id: s for s in ids.speakers}
    rows = []
    for sid, group in groups.items():
        sp = by_id[sid]
        titles: dict[str, list[str | None]] = {}
        for c in group:
            if c.speaker_title:
                titles.setdefault(c.speaker_title, []).append(c.said_on or c.doc_date)
        used = [{"title": t, "first": min((d for d in ds if d), default=None),
                 "last": max((d for d in ds if d), default=None), "statements": len(ds)}
                for t, ds in sorted(titles.items(), key=lambda kv: -len(kv[1]))]
        docs = list(dict.fromkeys(c.doc for c in group))
        rows.append({
            "speaker_id": sid,
            "speaker": sp.name,
            "speaker_type": sp.type,
            "aliases": [a for a in sp.aliases if a != sp.name],
            "titles": [u["title"] for u in used],
            "titles_used": used,
            "statements": len(group),
            "documents": len(docs),
            "docs": docs,
        })
    rows.sort(key=lambda r: (-r["statements"], fold(r["speaker"])))
    return rows
