"""The corpus database (`-o corpus.db`): documents, claims, speakers and aliases as tables a person can query,
written with sqlite-utils for Datasette (`datasette corpus.db`) or any SQLite client.

- `documents` (id = the path as given, path, url, title, date, source, sha256), `claims` (every field of a
  claim; `doc` → documents.id, `speaker_id` → speakers.id; `name_id` is the per-name id extract's JSON
  carries), `speakers` (id, name, type, titles with the dates they were used, statements, documents; copies of
  one text count once), `aliases` (every spelling, its per-name id, its speaker);
- full-text search on claims' content and sentence (`claims_fts`), indexes on speaker, dates and document,
  views `statements_by_speaker` (a speaker's statements per month) and `timeline`.

Writing never risks the file named: an existing database is copied to a temporary file beside it, the run's
documents are upserted into the copy (a document's claims replaced by its new ones, so a re-run holds each
claim once and a run over more files adds to it), then speakers are found again over the whole database
(identity.resolve), and the copy is renamed over the original. Rows stream in batches, so memory stays flat.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .claims import CLAIM_SCHEMA, Claim, DocRecord
from .files import file_mode
from .identity import resolve, speaker_id, spelled_out
from .store import PAGE_CACHE_KIB

BATCH_ROWS = 500  # claims buffered before a batch is written: bounds memory whatever the corpus
TABLES = ("documents", "claims", "speakers", "aliases")
FTS_COLUMNS = ("content", "sentence")

# a statement counted once per text: copies of one text under several paths share sha256, start and end
_ONCE = "coalesce(d.sha256, c.doc) || ':' || c.start || ':' || c.end"
VIEWS = {
    "statements_by_speaker": f"""
SELECT s.id AS speaker_id, s.name AS speaker, s.type AS speaker_type, substr(c.said_on, 1, 7) AS month,
       count(DISTINCT {_ONCE}) AS statements, count(DISTINCT coalesce(d.sha256, c.doc)) AS documents
FROM claims c JOIN speakers s ON s.id = c.speaker_id LEFT JOIN documents d ON d.id = c.doc
WHERE c.type = 'statement'
GROUP BY s.id, month
ORDER BY s.name, month""",
    "timeline": """
SELECT c.said_on, s.name AS speaker, c.speaker_title, c.cue, c.kind, c.content, d.title, d.source, c.doc, c.id,
       c.speaker_id
FROM claims c JOIN speakers s ON s.id = c.speaker_id LEFT JOIN documents d ON d.id = c.doc
WHERE c.type = 'statement'
ORDER BY c.said_on, c.doc, c.start""",
}


class DatabaseError(OSError):
    """The file named cannot take the corpus (another kind of file or database); it is left as it was."""


def write_database(records: Iterable[DocRecord], path: str, keep: Callable[[Claim], bool] | None = None) -> int:
    """Upsert the records (their claims that `keep` passes) into the database at `path`, atomically; returns
    how many claims were written."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise DatabaseError(f"{path}: cannot write there: no folder {folder}")
    if os.path.exists(path):
        _check_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".vnhrc-", suffix=".db.tmp", dir=folder)
    except OSError as e:
        raise DatabaseError(f"{path}: cannot write in {folder} ({e.strerror or e})") from None
    os.close(fd)
    try:
        if os.path.exists(path):
            shutil.copyfile(path, tmp)  # a run over more files adds to what is there
        n = _fill(tmp, records, keep)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return n


def _check_target(path: str) -> None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise DatabaseError(f"{path}: not an SQLite database; left as it was (name a new file)") from None
    if names and not {"documents", "claims"} <= names:
        raise DatabaseError(f"{path}: holds another database (tables {', '.join(sorted(names)[:5])}); "
                            "left as it was (name a new file)")




def _fill(file: str, records: Iterable[DocRecord], keep: Callable[[Claim], bool] | None) -> int:
    import sqlite_utils

    db = sqlite_utils.Database(file)
    try:
        # the file is a private copy renamed only when complete, and thrown away on any failure: it needs no
        # rollback journal (an in-memory one would hold a copy of every page the speaker update touches)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        # a bounded page cache: it fills as the file grows, so a larger one makes peak memory grow with the corpus
        # (the file is written in batches and in order, and the OS caches it anyway)
        db.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        _create(db)
        n = 0
        for docs, claims in _batches(records, keep):
            _upsert(db, docs, claims)
            n += len(claims)
        _speakers(db)
        _finish(db)
    finally:
        db.close()
    return n


def _create(db: Any) -> None:
    db["documents"].create({"id": str, "path": str, "url": str, "title": str, "date": str, "source": str,
                            "sha256": str}, pk="id", if_not_exists=True)
    db["speakers"].create({"id": str, "name": str, "type": str, "titles": str, "statements": int,
                           "documents": int}, pk="id", if_not_exists=True)
    db["aliases"].create({"alias": str, "name_id": str, "speaker_id": str}, pk=("alias", "name_id"),
                         foreign_keys=[("speaker_id", "speakers", "id")], if_not_exists=True)
    columns: dict[str, Any] = {"id": str, "doc": str, "doc_date": str, "said_on": str, "type": str, "speaker": str,
                               "speaker_type": str, "speaker_title": str, "speaker_id": str, "name_id": str,
                               "cue": str, "kind": str, "content": str, "subject": str, "value": float, "unit": str,
                               "dates": str, "numbers": str, "sentence": str, "start": int, "end": int, "url": str}
    db["claims"].create(columns, pk="id", foreign_keys=[("doc", "documents", "id"), ("speaker_id", "speakers", "id")],
                        if_not_exists=True)
    # before the first batch: each batch deletes its documents' earlier claims by doc
    db["claims"].create_index(["doc"], if_not_exists=True)


def _batches(records: Iterable[DocRecord], keep: Callable[[Claim], bool] | None
             ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    docs: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for rec in records:
        docs.append(document_row(rec))
        claims += [claim_row(c) for c in rec.claims if keep is None or keep(c)]
        if len(claims) >= BATCH_ROWS or len(docs) >= BATCH_ROWS:
            yield docs, claims
            docs, claims = [], []
    if docs:
        yield docs, claims


def document_row(rec: DocRecord) -> dict[str, Any]:
    where = rec.doc if rec.doc == "-" or "://" in rec.doc[:10] or ".jsonl:" in rec.doc else os.path.abspath(rec.doc)
    return {"id": rec.doc, "path": where, "url": rec.url, "title": rec.title, "date": rec.doc_date,
            "source": rec.source, "sha256": rec.sha256}


def claim_row(c: Claim) -> dict[str, Any]:
    d = c.to_dict()
    d["dates"] = json.dumps(d["dates"], ensure_ascii=False)
    d["numbers"] = json.dumps(d["numbers"], ensure_ascii=False)
    # the per-name id; speaker_id is set to the corpus's speaker once every name is known
    d["name_id"] = c.speaker_id or (speaker_id(c.speaker, c.speaker_type) if c.type == "statement" else None)
    d["speaker_id"] = None
    return d


def _upsert(db: Any, docs: list[dict[str, Any]], claims: list[dict[str, Any]]) -> None:
    with db.conn:
        ids = [d["id"] for d in docs]
        for i in range(0, len(ids), 500):  # a document's claims are replaced by this run's, not added to
            part = ids[i : i + 500]
            db.execute(f"DELETE FROM claims WHERE doc IN ({','.join('?' * len(part))})", part)
        db["documents"].upsert_all(docs, pk="id", batch_size=BATCH_ROWS)
        db["claims"].insert_all(claims, pk="id", replace=True, batch_size=BATCH_ROWS)


def _speakers(db: Any) -> None:
    """Speakers and aliases found again over every statement in the database, and each claim pointed at its
    speaker."""
    names = list(db.execute("SELECT speaker, speaker_type, count(*) FROM claims WHERE type = 'statement' "
                            "AND speaker IS NOT NULL GROUP BY speaker, speaker_type").fetchall())
    sentences = (r[0] for r in db.execute("SELECT DISTINCT sentence FROM claims WHERE sentence LIKE '%(%)%'"))
    ids = resolve(names, spelled_out(sentences))
    aliases = []
    for name, typ, _ in names:
        nid = speaker_id(name, typ)
        sp = ids.by_name_id.get(nid or "")
        if sp is not None:
            aliases.append({"alias": name, "name_id": nid, "speaker_id": sp.id})
    for sp in ids.speakers:
        if sp.id not in sp.name_ids:  # an expansion only a sentence gives is an alias too
            aliases.append({"alias": sp.name, "name_id": sp.id, "speaker_id": sp.id})
    with db.conn:
        db.execute("DELETE FROM aliases")
        db.execute("DELETE FROM speakers")
        db["speakers"].insert_all(({"id": s.id, "name": s.name, "type": s.type, "titles": "[]", "statements": 0,
                                    "documents": 0} for s in ids.speakers), pk="id", batch_size=BATCH_ROWS)
        db["aliases"].insert_all(aliases, pk=("alias", "name_id"), replace=True, batch_size=BATCH_ROWS)
        db["aliases"].create_index(["name_id"], if_not_exists=True)
        db.execute("UPDATE claims SET speaker_id = (SELECT a.speaker_id FROM aliases a WHERE a.name_id = "
                   "claims.name_id LIMIT 1) WHERE name_id IS NOT NULL")
        db["claims"].create_index(["speaker_id"], if_not_exists=True)
        db.execute(f"""UPDATE speakers SET
            statements = (SELECT count(DISTINCT {_ONCE}) FROM claims c LEFT JOIN documents d ON d.id = c.doc
                          WHERE c.speaker_id = speakers.id),
            documents = (SELECT count(DISTINCT coalesce(d.sha256, c.doc)) FROM claims c
                         LEFT JOIN documents d ON d.id = c.doc WHERE c.speaker_id = speakers.id)""")
        titles: dict[str, list[dict[str, Any]]] = {}
        for sid, title, first, last, n in db.execute(
                "SELECT speaker_id, speaker_title, min(coalesce(said_on, doc_date)), max(coalesce(said_on, doc_date)),"
                " count(*) FROM claims WHERE speaker_title IS NOT NULL AND speaker_id IS NOT NULL "
                "GROUP BY speaker_id, speaker_title ORDER BY speaker_id, count(*) DESC, speaker_title"):
            titles.setdefault(sid, []).append({"title": title, "first": first, "last": last, "statements": n})
        db.conn.executemany("UPDATE speakers SET titles = ? WHERE id = ?",
                            [(json.dumps(t, ensure_ascii=False), sid) for sid, t in titles.items()])


def _finish(db: Any) -> None:
    for cols in (["said_on"], ["doc_date"], ["type", "said_on"]):
        db["claims"].create_index(cols, if_not_exists=True)
    if not db["claims"].detect_fts():
        db["claims"].enable_fts(list(FTS_COLUMNS), create_triggers=False)
    db["claims"].rebuild_fts()  # one pass over the table: cheaper than a trigger on every row upserted
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    db.execute("ANALYZE")


# --- Datasette's metadata: labels for the columns, the queries users ask ------------------------------------

_DOCUMENT_COLUMNS = {
    "id": "the path as given (claims.doc points here)",
    "path": "the absolute path of a file, else the URL or dump article",
    "url": "the page's address when known",
    "title": "the headline",
    "date": "the publication date the article states",
    "source": "the outlet or site",
    "sha256": "sha256 of the text as read: copies of one text under two paths share it",
}
_SPEAKER_COLUMNS = {
    "id": "speaker_id: stable across runs; a surname or acronym that fits one full name is merged into it",
    "name": "the canonical name (the full name's most used spelling)",
    "type": "person, org or country",
    "titles": "JSON: each title or role with the first and last date it was used and how often",
    "statements": "statements, a text counted once however many paths hold it",
    "documents": "distinct texts quoting the speaker",
}
_ALIAS_COLUMNS = {
    "alias": "a spelling found in the corpus (an acronym, a surname, an honorific form, a spelling without diacritics)",
    "name_id": "the spelling's per-name id, as extract's JSON gives speaker_id",
    "speaker_id": "the speaker it names",
}
QUERIES = {
    "statements_by_speaker_per_month": {
        "title": "Statements by speaker per month",
        "sql": "SELECT speaker, month, statements, documents FROM statements_by_speaker "
               "WHERE :speaker = '' OR speaker LIKE '%' || :speaker || '%' ORDER BY speaker, month",
    },
    "search": {
        "title": "Full-text search in what was said",
        "sql": "SELECT c.said_on, s.name AS speaker, c.content, c.doc, c.id FROM claims_fts "
               "JOIN claims c ON c.rowid = claims_fts.rowid LEFT JOIN speakers s ON s.id = c.speaker_id "
               "WHERE claims_fts MATCH :q ORDER BY c.said_on DESC",
    },
}


def metadata(name: str = "corpus") -> dict[str, Any]:
    """Datasette metadata for a database file named `name`.db: table and column descriptions, canned queries."""
    props = CLAIM_SCHEMA["properties"]
    claim_columns = {k: v.get("description", k) for k, v in props.items()}
    claim_columns["speaker_id"] = "the corpus's speaker (speakers.id): short forms merged into full names"
    claim_columns["name_id"] = "the per-name speaker id, as extract's JSON gives speaker_id"
    claim_columns["doc"] = "the document (documents.id)"
    return {
        "title": "vnhrc corpus",
        "description": "Who said what, when and how many: claims extracted by vnhrc.",
        "databases": {name: {
            "tables": {
                "documents": {"description": "one row an article read", "columns": _DOCUMENT_COLUMNS},
                "claims": {"description": "statements and quantities", "columns": claim_columns},
                "speakers": {"description": "each speaker once across the corpus", "columns": _SPEAKER_COLUMNS},
                "aliases": {"description": "every spelling of a speaker", "columns": _ALIAS_COLUMNS},
                "statements_by_speaker": {"description": "a speaker's statements per month (said_on)"},
                "timeline": {"description": "every statement in date order"},
            },
            "queries": QUERIES,
        }},
    }
