"""The cache: one SQLite file that remembers every document's record, so later questions answer at once.

Documents are keyed by the sha256 of their text and the pipeline version (vnhrc, the model, the rules), so a
changed file or a changed rule set is never served an old record, and the same text read from another path is
served its record with the ids moved to that path. Beside the records: a table of statements per speaker (names
folded as `claims.fold` folds them) for `who` and `speakers`, and which path last held which text.

This is the only module that opens the cache. It imports neither spaCy nor the rule modules at import time: the
pipeline version is worked out only when an extraction needs it.

Several runs may share the file at once: WAL mode, a busy timeout, and one short write transaction per batch
(BEGIN IMMEDIATE, so two writers queue instead of failing on a lock upgrade). A killed run leaves the file as it
was before its last unfinished transaction.

A cache is marked as vnhrc's with `PRAGMA application_id` (APPLICATION_ID); a cache written before the mark, with
vnhrc's tables and a user_version, is recognised too (and marked). Only a file recognised as vnhrc's is ever
changed: a damaged cache is moved aside as `<name>.corrupt-<timestamp>` with a one-line warning and a new one
started; any other file (an article named by --cache by mistake, another program's database) is NotACache, one
error, the file untouched. A cache of a newer schema (a newer vnhrc) is left as it is and not used; a cache that
cannot be written (a read-only file or folder) is read, and nothing is saved to it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .claims import Claim, DocRecord, claim_id, fold, speaker_matches, text_digest

SCHEMA_VERSION = 1  # PRAGMA user_version; an older file is rebuilt (it is only a cache), a newer one left alone
APPLICATION_ID = 0x766E6872  # PRAGMA application_id: "vnhr", the mark of a file vnhrc wrote
SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file
_HEADER_APP_ID = slice(68, 72)  # where the application_id sits in the file header (big-endian)
BUSY_MS = 60_000  # how long a run waits for another run's write transaction before giving up
PAGE_CACHE_KIB = 1_024  # SQLite's page cache (its default is 2 MiB): reads stream a batch at a time anyway
FILE_NAME = "cache.sqlite"

_SCHEMA = """
CREATE TABLE docs (
    sha TEXT NOT NULL,              -- sha256 of the text as read
    version TEXT NOT NULL,          -- pipeline_version() that made the record
    monthfirst INTEGER NOT NULL,    -- the --monthfirst reading the dates were made with
    path TEXT NOT NULL,             -- the path the record was made from (its ids and `doc` follow it)
    record TEXT NOT NULL,           -- DocRecord as JSON
    made REAL NOT NULL,
    PRIMARY KEY (sha, version, monthfirst)
) WITHOUT ROWID;
CREATE TABLE statements (
    sha TEXT NOT NULL,
    version TEXT NOT NULL,
    monthfirst INTEGER NOT NULL,
    n INTEGER NOT NULL,             -- the claim's index in the record (the number in its id)
    speaker TEXT,
    folded TEXT,                    -- the speaker's words folded: lower case, no diacritics, no hyphens
    claim TEXT NOT NULL,            -- Claim as JSON
    PRIMARY KEY (sha, version, monthfirst, n)
) WITHOUT ROWID;
CREATE TABLE paths (
    path TEXT PRIMARY KEY,          -- absolute path of a file last read with this text
    sha TEXT NOT NULL,
    version TEXT NOT NULL,
    monthfirst INTEGER NOT NULL,
    seen REAL NOT NULL
) WITHOUT ROWID;
"""
# pages fetched from URLs, so a second run fetches nothing (created in caches made before it, too)
_PAGES = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,           -- the address as the user gave it
    sha TEXT NOT NULL,              -- sha256 of the body
    final_url TEXT NOT NULL,        -- where it was read from, after redirects
    content_type TEXT NOT NULL,
    body BLOB NOT NULL,
    fetched REAL NOT NULL
) WITHOUT ROWID
"""
_CORE_TABLES = ("docs", "statements", "paths")  # what every vnhrc cache has had since schema 1
_TABLES = (*_CORE_TABLES, "pages")

T = TypeVar("T")


class CacheError(Exception):
    """The cache cannot be used (locked for too long, disk full, unwritable folder); the message says why."""


class NotACache(CacheError):
    """The file named as the cache is not one vnhrc wrote: it is left untouched and the run stops."""


class NewerCache(CacheError):
    """The cache was written by a newer vnhrc (a later schema): left as it is, the run goes on without it."""


def warn(message: str) -> None:
    print(f"vnhrc: warning: {message}", file=sys.stderr, flush=True)


def default_path() -> Path:
    """$XDG_CACHE_HOME/vnhrc/cache.sqlite, else ~/.cache/vnhrc/cache.sqlite (a relative XDG value is ignored)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "vnhrc" / FILE_NAME


def text_key(text: str) -> str:
    """sha256 of the text as read: the same text under any path, or none (stdin), has the same key."""
    return text_digest(text)


def document_key(document: Any) -> str:
    """The key of a Document's record: its text_key, unless metadata from outside the text (a page's markup, a
    corpus's fields, the URL) decides part of the record; then that metadata counts too."""
    if document.kind == "text" and document.url is None:
        return text_key(document.text)
    stated = json.dumps([document.kind, document.title, document.date, document.source, document.url])
    return text_digest(f"{document.text}\x00{stated}")


def folded_name(speaker: str | None) -> str | None:
    """The speaker's words as `claims.speaker_matches` compares them."""
    if not speaker:
        return None
    return " ".join(fold(speaker).replace("-", " ").split())


def _is_corrupt(e: sqlite3.DatabaseError) -> bool:
    name = getattr(e, "sqlite_errorname", "")  # Python 3.11+
    if name:
        return name in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
    msg = str(e).lower()
    return "not a database" in msg or "malformed" in msg


class Store:
    """One open cache file. Use as a context manager, or call close()."""

    def __init__(self, path: str | os.PathLike[str] | None = None, create: bool = True) -> None:
        """Open (and with `create`, make) the cache; FileNotFoundError when it does not exist and not `create`."""
        self.path = Path(path) if path is not None else default_path()
        if not create and not self.path.exists():
            raise FileNotFoundError(f"{self.path}: no cache yet")
        self._con: sqlite3.Connection | None = None
        self.readonly = False
        self._guard(self._open)

    # --- opening, schema, recovery ----------------------------------------------------------------

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise CacheError(f"cannot make the cache folder {self.path.parent}: {e.strerror or e}") from None
        self._check_header()
        self.readonly = not _writable(self.path)
        if self.readonly:
            if not self.path.exists():
                raise CacheError(f"cannot make the cache {self.path}: the folder cannot be written")
            con = _connect_read_only(self.path)
        else:
            con = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
        try:
            con.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            con.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")  # bounded: a large cache must not grow memory
            self._check_ours(con)  # before anything below writes to the file
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise NewerCache(f"the cache {self.path} was written by a newer vnhrc (schema {version}, this one "
                                 f"reads {SCHEMA_VERSION}); left as it is")
            if self.readonly:
                if version != SCHEMA_VERSION or not _tables_fit(con):
                    raise CacheError(f"the cache {self.path} is read-only and of an older schema")
                warn(f"the cache {self.path} is read-only: reading from it, saving nothing to it")
                self._con = con
                return
            con.execute("PRAGMA journal_mode = WAL")  # readers never block the one writer, nor it them
            con.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: consistent after a crash, fewer fsyncs
            if version != SCHEMA_VERSION or not _tables_fit(con) or _app_id(con) != APPLICATION_ID:
                with _transaction(con):
                    # checked again under the write lock: another run may have just built it
                    version = con.execute("PRAGMA user_version").fetchone()[0]
                    if version != SCHEMA_VERSION or not _tables_fit(con):
                        if version == SCHEMA_VERSION:  # our tables changed by hand: rebuilt once, said once
                            warn(f"the cache {self.path} had tables of another shape; rebuilt them")
                        for t in _TABLES:
                            con.execute(f"DROP TABLE IF EXISTS {t}")
                        for stmt in _SCHEMA.split(";"):
                            if stmt.strip():
                                con.execute(stmt)
                        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # marks a cache made before the mark
            con.execute(_PAGES)
        except BaseException:
            con.close()
            raise
        self._con = con

    def _check_header(self) -> None:
        """NotACache for an existing file that is not even an SQLite database (read without SQLite, which would
        otherwise be free to treat it as damaged)."""
        p = self.path
        if not p.exists():
            return
        if not p.is_file():
            raise NotACache(f"--cache {p}: not a file")
        try:
            with open(p, "rb") as f:
                head = f.read(100)
        except OSError as e:
            raise CacheError(f"the cache {p} cannot be read: {e.strerror or e}") from None
        if head and not head.startswith(SQLITE_MAGIC[: len(head)]):
            raise NotACache(f"{p} is not a vnhrc cache (not an SQLite file); left untouched: name another "
                            "--cache, or remove that file")

    def _check_ours(self, con: sqlite3.Connection) -> None:
        """NotACache unless the database is empty, carries APPLICATION_ID, or is a cache vnhrc made before the
        mark (its tables and a user_version)."""
        app = _app_id(con)
        if app == APPLICATION_ID:
            return
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if app == 0 and not names:
            return  # a new, empty database (or an empty file): nothing in it to lose
        legacy = app == 0 and set(_CORE_TABLES) <= names and con.execute("PRAGMA user_version").fetchone()[0] >= 1
        if not legacy:
            raise NotACache(f"{self.path} is not a vnhrc cache (another program's database); left untouched: "
                            "name another --cache, or remove that file")

    def _header_is_ours(self) -> bool:
        """The mark read from the file header itself, for a file too damaged for SQLite to read."""
        try:
            with open(self.path, "rb") as f:
                head = f.read(100)
        except OSError:
            return False
        return len(head) == 100 and int.from_bytes(head[_HEADER_APP_ID], "big") == APPLICATION_ID

    def _guard(self, op: Callable[[], T]) -> T:
        """Run `op`; a damaged file is moved aside and rebuilt and `op` tried once more; other failures are
        CacheError."""
        try:
            try:
                return op()
            except sqlite3.DatabaseError as e:
                if not _is_corrupt(e):
                    raise
                if self._con is None and not self._header_is_ours():  # damaged before we knew it is ours
                    raise NotACache(f"{self.path} cannot be read as a database and is not marked as a vnhrc "
                                    f"cache ({e}); left untouched: name another --cache, or remove it") from None
                self._move_aside(e)
                self._open()
                return op()
        except sqlite3.Error as e:
            raise CacheError(f"the cache {self.path} cannot be used: {e}") from None

    def _move_aside(self, e: Exception) -> None:
        if self._con is not None:
            with contextlib.suppress(sqlite3.Error):
                self._con.close()
            self._con = None
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.replace(self.path, target)
        except FileNotFoundError:  # another run moved it first
            pass
        except OSError as err:
            raise CacheError(f"the cache {self.path} is damaged and cannot be moved aside: {err}") from None
        # the write-ahead log belongs to the damaged file; the shared-memory index is rebuilt from nothing
        with contextlib.suppress(OSError):
            os.replace(f"{self.path}-wal", f"{target}-wal")
        with contextlib.suppress(OSError):
            os.unlink(f"{self.path}-shm")
        warn(f"the cache {self.path} was unreadable ({e}); moved it to {target.name} and started a new one")

    @property
    def con(self) -> sqlite3.Connection:
        if self._con is None:
            raise CacheError("the cache is closed")
        return self._con

    def close(self) -> None:
        if self._con is not None:
            with contextlib.suppress(sqlite3.Error):
                self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- records ----------------------------------------------------------------------------------

    def get(self, keys: Sequence[str], version: str, monthfirst: bool = False) -> dict[str, DocRecord]:
        """The cached records among `keys` (text keys), as they were made (with the path they were made from)."""

        def op() -> dict[str, DocRecord]:
            out: dict[str, DocRecord] = {}
            wanted = sorted(set(keys))
            for i in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                part = wanted[i : i + 500]
                rows = self.con.execute(
                    f"SELECT sha, record FROM docs WHERE version = ? AND monthfirst = ? "
                    f"AND sha IN ({','.join('?' * len(part))})",
                    (version, int(monthfirst), *part),
                )
                for sha, rec in rows:
                    out[sha] = DocRecord.from_dict(json.loads(rec))
            return out

        return self._guard(op)

    def put(
        self,
        records: Sequence[tuple[str, DocRecord]],
        version: str,
        monthfirst: bool = False,
        paths: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Save (key, record) pairs and (path, key) sightings in ONE transaction: all of it or none of it.

        A read-only cache saves nothing (said once, when it was opened)."""
        if self.readonly:
            return
        now = time.time()
        # serialised before the transaction opens, so the write lock is held only for the inserts
        docs = [(k, version, int(monthfirst), r.doc, json.dumps(r.to_dict(), ensure_ascii=False), now)
                for k, r in records]
        stmts = [
            (k, version, int(monthfirst), n, c.speaker, folded_name(c.speaker),
             json.dumps(c.to_dict(), ensure_ascii=False))
            for k, r in records
            for n, c in enumerate(r.claims)
            if c.type == "statement"
        ]
        from .documents import shown_path  # a file name that is not UTF-8 must not fail the insert

        seen = [(shown_path(_located(p)), k, version, int(monthfirst), now) for p, k in paths if p != "-"]

        def op() -> None:
            with _transaction(self.con) as con:
                con.executemany("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?)", docs)
                con.executemany(
                    "DELETE FROM statements WHERE sha = ? AND version = ? AND monthfirst = ?",
                    [d[:3] for d in docs],
                )
                _insert_statements(con, stmts)
                con.executemany("INSERT OR REPLACE INTO paths VALUES (?, ?, ?, ?, ?)", seen)

        self._guard(op)

    # --- questions answered from the cache alone --------------------------------------------------

    def count_paths(self) -> int:
        return self._guard(lambda: self.con.execute("SELECT count(*) FROM paths").fetchone()[0])

    def statements(self, name: str | None = None) -> Iterator[Claim]:
        """Statements of every cached file, each from the file's latest extraction, `doc` and `id` naming
        the file as seen from here; only those whose speaker matches `name` when given.

        Paths are shown relative to the working folder when below it, else absolute.
        """
        words = None if name is None else (folded_name(name) or "")
        sql = (
            "SELECT p.path, s.n, s.claim FROM paths p JOIN statements s "
            "ON s.sha = p.sha AND s.version = p.version AND s.monthfirst = p.monthfirst"
        )
        args: list[Any] = []
        if words is not None:
            # a coarse filter in SQL; speaker_matches below has the last word
            sql += " WHERE " + (" AND ".join(["instr(' ' || s.folded || ' ', ?) > 0"] * len(words.split())) or "0")
            args = [f" {w} " for w in words.split()]
        rows = self._guard(lambda: self.con.execute(sql + " ORDER BY p.path, s.n", args).fetchall())
        cwd = os.getcwd()
        for path, n, raw in rows:
            d = json.loads(raw)
            if name is not None and not speaker_matches(name, d.get("speaker")):
                continue
            shown = _shown(path, cwd)
            # the id follows the path shown, whichever path (and id scheme) the record was made under
            d["doc"], d["id"] = shown, claim_id(shown, n)
            yield Claim.from_dict(d)

    # --- the corpus as `who`, `speakers` and `cache` see it (issue 16) ------------------------------

    def corpus_statements(self, exists: Callable[[str], bool] | None = None) -> Iterator[Claim]:
        """Like `statements()`, but each text once however many paths hold it (the first path in order that
        still exists), and nothing from files deleted since they were read (URLs and dump articles are never
        taken for missing files). Statements made before claims had a speaker_id get it here."""
        exists = exists or _file_exists
        from .identity import speaker_id

        sql = (
            "SELECT p.path, p.sha, p.version, p.monthfirst, s.n, s.claim FROM paths p JOIN statements s "
            "ON s.sha = p.sha AND s.version = p.version AND s.monthfirst = p.monthfirst ORDER BY p.path, s.n"
        )
        rows = self._guard(lambda: self.con.execute(sql).fetchall())
        cwd = os.getcwd()
        owner: dict[tuple[str, str, int], str] = {}  # a text → the path that speaks for it
        gone: set[str] = set()
        shown_as: dict[str, str] = {}  # a path still there → as shown from here (checked once, not per statement)
        for path, sha, version, monthfirst, n, raw in rows:
            if path in gone:
                continue
            text = (sha, version, monthfirst)
            first = owner.setdefault(text, path)
            if first != path:
                continue
            shown = shown_as.get(path)
            if shown is None:
                if is_file_path(path) and not exists(path):
                    gone.add(path)
                    del owner[text]  # another path holding the same text may still speak for it
                    continue
                shown = shown_as[path] = _shown(path, cwd)
            d = json.loads(raw)
            d["doc"], d["id"] = shown, claim_id(shown, n)
            c = Claim.from_dict(d)
            if c.speaker_id is None:
                c.speaker_id = speaker_id(c.speaker, c.speaker_type)
            yield c

    def entries(self, version: str | None = None, exists: Callable[[str], bool] | None = None
                ) -> list[dict[str, Any]]:
        """What the cache holds, one row a path last read and a page fetched: kind (file, article, url, page),
        whether it is still there, whether its record is of `version` (the current rules), statements, when."""
        exists = exists or _file_exists

        def op() -> list[tuple[Any, ...]]:
            return self.con.execute(
                "SELECT p.path, p.version, p.seen, (SELECT count(*) FROM statements s WHERE s.sha = p.sha AND "
                "s.version = p.version AND s.monthfirst = p.monthfirst) FROM paths p ORDER BY p.path").fetchall()

        out = []
        for path, ver, seen, n in self._guard(op):
            kind = path_kind(path)
            out.append({"path": path, "kind": kind, "exists": exists(path) if kind == "file" else True,
                        "current": None if version is None else ver == version, "statements": n,
                        "seen": _iso_time(seen)})
        pages = self._guard(lambda: self.con.execute("SELECT url, fetched FROM pages ORDER BY url").fetchall())
        out += [{"path": url, "kind": "page", "exists": True, "current": True, "statements": None,
                 "seen": _iso_time(t)} for url, t in pages]
        return out

    def prune(self, version: str, exists: Callable[[str], bool] | None = None) -> dict[str, int]:
        """Forget files that are gone and records made by other rule versions, in one transaction; returns how
        many paths and records went. URLs and dump articles are never taken for missing files."""
        exists = exists or _file_exists
        paths = self._guard(lambda: [p for (p,) in self.con.execute("SELECT path FROM paths")])
        missing = [(p,) for p in paths if is_file_path(p) and not exists(p)]

        def op() -> dict[str, int]:
            with _transaction(self.con) as con:
                con.executemany("DELETE FROM paths WHERE path = ?", missing)
                old = con.execute("DELETE FROM paths WHERE version != ?", (version,)).rowcount
                docs = con.execute("DELETE FROM docs WHERE version != ?", (version,)).rowcount
                con.execute("DELETE FROM statements WHERE version != ?", (version,))
            return {"missing": len(missing), "old_paths": old, "old_records": docs}

        return self._guard(op)

    def clear(self) -> dict[str, int]:
        """Empty every table (records, statements, paths, fetched pages) in one transaction; the file stays."""

        def op() -> dict[str, int]:
            with _transaction(self.con) as con:
                return {t: con.execute(f"DELETE FROM {t}").rowcount for t in _TABLES}

        return self._guard(op)


    # --- pages fetched from URLs ---------------------------------------------------------------------

    def get_page(self, url: str) -> Any:
        """The page fetched from `url` in an earlier run (a web.Fetched), or None."""
        row = self._guard(lambda: self.con.execute(
            "SELECT final_url, content_type, body FROM pages WHERE url = ?", (url,)).fetchone())
        if row is None:
            return None
        from .web import Fetched

        return Fetched(url=row[0], content_type=row[1], body=bytes(row[2]))

    def put_page(self, url: str, page: Any) -> None:
        """Keep a fetched page (a web.Fetched) under the URL it was asked for, replacing an older copy."""
        sha = hashlib.sha256(page.body).hexdigest()

        def op() -> None:
            with _transaction(self.con) as con:
                con.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?)",
                            (url, sha, page.url, page.content_type, page.body, time.time()))

        self._guard(op)


_ARTICLE = re.compile(r"\.(?:jsonl|ndjson):[^/\\]+$", re.I)  # an article of a dump: `dump.jsonl:<id>`


def path_kind(path: str) -> str:
    """url, article (of a JSON Lines dump) or file: only a file can go missing."""
    if "://" in path[:10]:
        return "url"
    return "article" if _ARTICLE.search(path) else "file"


def is_file_path(path: str) -> bool:
    return path_kind(path) == "file"


def _iso_time(t: float | None) -> str | None:
    return None if t is None else time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(t))


def _located(path: str) -> str:
    """A path as the `paths` table keeps it: absolute for a file, as given for a URL."""
    return path if "://" in path[:10] else os.path.abspath(path)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """mode=ro: SQLite writes nothing. In a folder it cannot write, SQLite cannot make the -shm index a WAL
    file needs; there the file is opened immutable (nobody can be writing it either)."""
    uri = path.resolve().as_uri()
    con = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_MS / 1000, isolation_level=None,
                          check_same_thread=False)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError:
        con.close()
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _app_id(con: sqlite3.Connection) -> int:
    return con.execute("PRAGMA application_id").fetchone()[0]


# each table's columns, read from _SCHEMA: the indented lines naming a column (not the key or the closing line)
_COLUMNS = {
    stmt.split("(")[0].split()[-1]: [ln.split()[0] for ln in stmt.splitlines()
                                     if ln.startswith("    ") and not ln.strip().startswith("PRIMARY")]
    for stmt in _SCHEMA.split(";") if stmt.strip()
}


def _tables_fit(con: sqlite3.Connection) -> bool:
    """vnhrc's tables have the columns this schema gives them (a hand-made change is repaired, not warned about
    on every run)."""
    for t, cols in _COLUMNS.items():
        if [r[1] for r in con.execute(f"PRAGMA table_info({t})")] != cols:
            return False
    return True


def _writable(path: Path) -> bool:
    """The cache can be written: the file (when it exists) and its folder (SQLite makes -wal and -shm beside it)."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


def _insert_statements(con: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    con.executemany("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _shown(path: str, cwd: str) -> str:
    if "://" in path[:10]:
        return path
    rel = os.path.relpath(path, cwd)
    return path if rel.startswith("..") else rel


@contextlib.contextmanager
def _transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (Ctrl-C included)."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def summarise_speakers(statements: Iterable[Claim]) -> list[dict[str, Any]]:
    """One row a speaker (names compared folded): the spelling used most, type, titles, how many statements in
    how many documents; most statements first."""
    groups: dict[str, list[Claim]] = {}
    for c in statements:
        key = folded_name(c.speaker)
        if key:
            groups.setdefault(key, []).append(c)
    rows = []
    for group in groups.values():
        names = Counter(c.speaker for c in group)
        # most used; on a tie the spelling with diacritics (it is the fuller one), then alphabetical
        name = min(names, key=lambda n: (-names[n], fold(n) == n.lower(), n))
        types = Counter(c.speaker_type for c in group if c.speaker_type)
        titles = Counter(c.speaker_title for c in group if c.speaker_title)
        docs = list(dict.fromkeys(c.doc for c in group))
        rows.append({
            "speaker": name,
            "speaker_type": types.most_common(1)[0][0] if types else None,
            "titles": [t for t, _ in titles.most_common()],
            "statements": len(group),
            "documents": len(docs),
            "docs": docs,
        })
    rows.sort(key=lambda r: (-r["statements"], fold(r["speaker"])))
    return rows


_ESCAPED_BYTE = re.compile(r"\\x([89a-f][0-9a-f])")


def _file_exists(shown: str) -> bool:
    """Whether the file a cached path names is still there. Paths are kept as valid UTF-8 (documents.shown_path
    writes a name's stray bytes as `\\xff` escapes): when the name as written is not found, the escapes are
    tried as the raw bytes they stand for."""
    if os.path.exists(shown):
        return True
    raw = _ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + int(m[1], 16)), shown)  # back to surrogate-escaped bytes
    return raw != shown and os.path.exists(raw)
