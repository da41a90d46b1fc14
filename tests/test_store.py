"""The cache: schema, round trips, what is served and what is re-extracted, damage, concurrency, kills.

Records here are made by hand or by a stand-in for `process_batch`, so these tests never load the model.
"""

import json
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from vnhrc import cached, extract, store, versions
from vnhrc.claims import Claim, DocRecord
from vnhrc.documents import make_document
from vnhrc.store import SCHEMA_VERSION, CacheError, Store, summarise_speakers, text_key

VERSION = "test-version"


def record(path: str = "a.txt", speaker: str = "Lê Thị Tuyết Mai", date: str | None = "2024-05-01",
           statements: int = 2) -> DocRecord:
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    claims = [
        Claim(id=f"{stem}#{i}", doc=path, doc_date=date, type="statement", speaker=speaker, speaker_type="person",
              speaker_title="Deputy Minister", cue="said", kind="indirect", content=f"point {i}", start=10 * i,
              end=10 * i + 5)
        for i in range(statements)
    ]
    claims.append(Claim(id=f"{stem}#{statements}", doc=path, doc_date=date, type="quantity", content="3 reports",
                        value=3, unit="report", start=100, end=109))
    return DocRecord(doc=path, title="A title", doc_date=date, source=None, claims=claims)


@pytest.fixture()
def cache(tmp_path):
    with Store(tmp_path / "c" / "cache.sqlite") as s:
        yield s


def rows(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# --- opening and the schema ---------------------------------------------------------------------------


def test_default_location_follows_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert store.default_path() == tmp_path / "x" / "vnhrc" / "cache.sqlite"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the XDG spec: relative values are invalid
    assert store.default_path() == store.Path.home() / ".cache" / "vnhrc" / "cache.sqlite"


def test_new_cache_has_the_schema_in_wal_mode(cache):
    con = cache.con
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"docs", "statements", "paths"} <= tables


def test_a_cache_of_an_older_schema_version_is_rebuilt(tmp_path, monkeypatch):
    path = tmp_path / "cache.sqlite"
    with Store(path) as s:
        s.put([("old", record())], VERSION)
    monkeypatch.setattr(store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store(path) as s:
        assert s.get(["old"], VERSION) == {}
        s.put([("k", record())], VERSION)
        assert set(s.get(["k"], VERSION)) == {"k"}
    assert rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION + 1,)]


def test_a_cache_of_a_newer_schema_version_is_left_as_it_is(tmp_path):
    path = tmp_path / "cache.sqlite"
    with Store(path) as s:
        s.put([("k", record())], VERSION)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.close()
    before = path.read_bytes()
    with pytest.raises(store.NewerCache, match="newer vnhrc"):
        Store(path)
    assert path.read_bytes() == before
    assert rows(path, "SELECT count(*) FROM docs") == [(1,)]


def test_opening_without_create_does_not_make_a_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        Store(tmp_path / "none.sqlite", create=False)
    assert not (tmp_path / "none.sqlite").exists()


def test_store_and_its_version_key_do_not_import_spacy():
    code = textwrap.dedent("""
        import sys
        from vnhrc import store, versions
        v = versions.pipeline_version()
        from vnhrc.versions import RULES_VERSION, model_version
        assert v.endswith("rules-" + RULES_VERSION) and model_version() in v, v
        assert "spacy" not in sys.modules, "spacy imported"
        rules = [m for m in ("vnhrc.statements", "vnhrc.speakers", "vnhrc.extract") if m in sys.modules]
        assert not rules, f"the version key imported the rules: {rules}"
    """)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr


# --- round trips ------------------------------------------------------------------------------------------


def test_round_trip_keeps_the_whole_record(cache):
    rec = record()
    cache.put([("k1", rec)], VERSION)
    assert cache.get(["k1", "missing"], VERSION) == {"k1": rec}


def test_a_record_is_served_only_to_its_own_version_and_date_reading(cache):
    cache.put([("k1", record())], VERSION, monthfirst=False)
    assert cache.get(["k1"], "other-version") == {}
    assert cache.get(["k1"], VERSION, monthfirst=True) == {}


def test_statements_are_indexed_by_folded_speaker_and_follow_the_path(cache, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cache.put([("k1", record("a.txt"))], VERSION, paths=[("a.txt", "k1"), ("copy/b.txt", "k1")])
    found = list(cache.statements("le thi tuyet mai"))
    # the same text under two paths: its statements under each, ids numbered as the record numbers them
    assert sorted((c.doc, c.id) for c in found) == [
        ("a.txt", "a.txt#0"), ("a.txt", "a.txt#1"), ("copy/b.txt", "copy/b.txt#0"), ("copy/b.txt", "copy/b.txt#1")]
    assert all(c.type == "statement" and c.speaker == "Lê Thị Tuyết Mai" for c in found)
    assert len(list(cache.statements("MAI"))) == 4
    assert list(cache.statements("Tuyet Lan")) == []  # every word must be in the name
    assert list(cache.statements("")) == []
    assert len(list(cache.statements(None))) == 4


def test_a_path_shows_its_latest_text_only(cache, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cache.put([("old", record("a.txt", speaker="Anna Berg"))], VERSION, paths=[("a.txt", "old")])
    cache.put([("new", record("a.txt", speaker="Carl Dahl"))], VERSION, paths=[("a.txt", "new")])
    assert list(cache.statements("Berg")) == []
    assert {c.speaker for c in cache.statements(None)} == {"Carl Dahl"}
    assert cache.count_paths() == 1


def test_paths_outside_the_working_folder_are_shown_absolute(cache, tmp_path, monkeypatch):
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    cache.put([("k", record())], VERSION, paths=[(str(tmp_path / "there" / "a.txt"), "k")])
    assert {c.doc for c in cache.statements(None)} == {str(tmp_path / "there" / "a.txt")}


# --- the extraction path: run_cached ---------------------------------------------------------------------

TEXTS = {
    "one.txt": "First Headline Here\n\nMay 3, 2024\n\nThe plan is sound, said Nguyen Van An.\n",
    "two.txt": "Second Headline Here\n\nJune 9, 2024\n\nRights matter, Maria Lopez said.\n",
    "three.txt": "Third Headline Here\n\nJuly 1, 2024\n\nThe vote was close, said Carl Dahl.\n",
}


class FakeModel:
    """Stands in for process_batch: one statement a document, and a log of what it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, documents, monthfirst=False):
        self.seen.extend(d.path for d in documents)
        out = []
        for d in documents:
            stem = d.path.rsplit(".", 1)[0]
            speaker = d.text.rsplit(",", 1)[-1].replace("said", "").strip(" .\n")
            out.append(DocRecord(doc=d.path, title=d.title, doc_date=d.date, source=None, claims=[
                Claim(id=f"{stem}#0", doc=d.path, doc_date=d.date, type="statement", speaker=speaker,
                      content=d.text[:10])]))
        return out


def docs(names=TEXTS, **override):
    return [make_document(n, override.get(n, t)) for n, t in names.items()]


def run_cached(cache, documents, **kw):
    return list(cached.run_cached(documents, cache, jobs=1, **kw))


def refuse(documents, monthfirst=False):
    raise AssertionError(f"the model was asked for {[d.path for d in documents]}")


def test_a_cache_hit_skips_the_model(cache, monkeypatch):
    model = FakeModel()
    monkeypatch.setattr(extract, "process_batch", model)
    first = run_cached(cache, docs())
    assert model.seen == ["one.txt", "two.txt", "three.txt"]
    monkeypatch.setattr(extract, "process_batch", refuse)
    assert run_cached(cache, docs()) == first


def test_only_a_changed_text_is_extracted_again_and_order_is_kept(cache, monkeypatch):
    model = FakeModel()
    monkeypatch.setattr(extract, "process_batch", model)
    run_cached(cache, docs())
    model.seen.clear()
    changed = TEXTS["two.txt"].replace("Maria Lopez", "Anna Berg")
    again = run_cached(cache, docs(**{"two.txt": changed}))
    assert model.seen == ["two.txt"]
    assert [r.doc for r in again] == ["one.txt", "two.txt", "three.txt"]
    assert again[1].claims[0].speaker == "Anna Berg"


def test_the_same_text_under_another_path_is_served_with_its_ids_moved(cache, monkeypatch):
    monkeypatch.setattr(extract, "process_batch", FakeModel())
    run_cached(cache, docs())
    monkeypatch.setattr(extract, "process_batch", refuse)
    [moved] = run_cached(cache, [make_document("elsewhere/copy.txt", TEXTS["one.txt"])])
    assert moved.doc == "elsewhere/copy.txt"
    assert [(c.id, c.doc) for c in moved.claims] == [("elsewhere/copy.txt#0", "elsewhere/copy.txt")]


def test_a_text_met_twice_in_one_run_is_extracted_once(cache, monkeypatch):
    model = FakeModel()
    monkeypatch.setattr(extract, "process_batch", model)
    out = run_cached(cache, [make_document("a.txt", TEXTS["one.txt"]), make_document("b.txt", TEXTS["one.txt"])])
    assert model.seen == ["a.txt"]
    assert [r.doc for r in out] == ["a.txt", "b.txt"] and out[1].claims[0].id == "b.txt#0"


def test_new_records_are_saved_a_batch_at_a_time(cache, monkeypatch):
    model = FakeModel()
    monkeypatch.setattr(extract, "process_batch", model)
    many = [make_document(f"d{i}.txt", f"Headline number {i}\n\nIt rained {i} times, said Anna Berg.\n")
            for i in range(7)]
    calls = []
    real_put = cache.put
    monkeypatch.setattr(cache, "put", lambda recs, *a, **kw: (calls.append(len(recs)), real_put(recs, *a, **kw)))
    out = run_cached(cache, many, batch_size=3)
    assert len(out) == 7
    assert calls == [3, 3, 1]
    assert len(cache.get([text_key(d.text) for d in many], versions.pipeline_version())) == 7


def test_a_cached_corpus_is_handed_on_a_batch_at_a_time(cache, monkeypatch):
    """Records served from the cache do not wait for a whole window of documents to be read (memory stays flat
    however large the cached corpus); a miss still holds back only what comes after it, in input order."""
    monkeypatch.setattr(extract, "process_batch", FakeModel())
    many = [make_document(f"d{i}.txt", f"Headline number {i}\n\nIt rained {i} times, said Anna Berg.\n")
            for i in range(40)]
    run_cached(cache, many, batch_size=4)
    monkeypatch.setattr(extract, "process_batch", refuse)
    read: list[str] = []

    def reading(documents):
        for d in documents:
            read.append(d.path)
            yield d

    gen = cached.run_cached(reading(many), cache, jobs=1, batch_size=4)
    assert next(gen).doc == "d0.txt"
    assert len(read) == 4  # one batch looked up, not a window (4 x 2 x 16 documents)
    assert [r.doc for r in gen] == [d.path for d in many[1:]]
    model = FakeModel()
    monkeypatch.setattr(extract, "process_batch", model)
    fresh = make_document("new.txt", "A New Headline\n\nIt snowed, said Carl Dahl.\n")
    mixed = [*many[:5], fresh, *many[5:9]]
    assert [r.doc for r in run_cached(cache, mixed, batch_size=4)] == [d.path for d in mixed]
    assert model.seen == ["new.txt"]


def test_a_run_cut_short_keeps_the_records_it_made(cache, monkeypatch):
    monkeypatch.setattr(extract, "process_batch", FakeModel())
    gen = cached.run_cached(docs(), cache, jobs=1, batch_size=16)
    next(gen)
    gen.close()  # the reader went away (`| head`)
    model = FakeModel()
    monkeypatch.setattr(extract, "process_batch", model)
    assert [r.doc for r in run_cached(cache, docs())] == ["one.txt", "two.txt", "three.txt"]
    assert model.seen == ["two.txt", "three.txt"]  # the record handed on before the cut was kept


def test_a_cache_that_fails_is_warned_about_and_the_run_goes_on(cache, monkeypatch, capsys):
    monkeypatch.setattr(extract, "process_batch", FakeModel())

    def broken(*a, **kw):
        raise CacheError("the cache x cannot be used: disk I/O error")

    monkeypatch.setattr(cache, "put", broken)
    out = run_cached(cache, docs())
    assert [r.doc for r in out] == ["one.txt", "two.txt", "three.txt"]
    err = capsys.readouterr().err
    assert err.count("warning") == 1 and "disk I/O error" in err


# --- damage, kills and company -----------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path, capsys):
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not a database at all\n" * 200)
    before = path.read_bytes()
    with pytest.raises(store.NotACache, match="not a vnhrc cache"):
        Store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.sqlite"]


def test_a_damaged_page_is_found_on_use_moved_aside_and_rebuilt(tmp_path, capsys):
    path = tmp_path / "cache.sqlite"
    with Store(path) as s:
        s.put([(f"k{i}", record(f"d{i}.txt")) for i in range(40)], VERSION)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page:len(data)] = b"\xff" * (len(data) - 2 * page)  # every table page after the schema page
    path.write_bytes(bytes(data))
    with Store(path) as s:
        got = s.get(["k1"], VERSION)  # served nothing (the records are lost), but no error
        assert got == {}
        s.put([("k1", record())], VERSION)
        assert set(s.get(["k1"], VERSION)) == {"k1"}
    assert any(p.name.startswith("cache.sqlite.corrupt-") for p in tmp_path.iterdir())
    assert "warning" in capsys.readouterr().err


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_store import record, VERSION
    from vnhrc.store import Store
    path, me = sys.argv[1], int(sys.argv[2])
    with Store(path) as s:
        for batch in range(25):
            # half the keys are this writer's own, half are shared with every writer
            recs = [(f"w{{me}}-{{batch}}-{{i}}", record(f"w{{me}}_{{batch}}_{{i}}.txt")) for i in range(5)]
            recs += [(f"shared-{{batch}}-{{i}}", record(f"s{{batch}}_{{i}}.txt")) for i in range(5)]
            s.put(recs, VERSION, paths=[(f"/data/{{k}}.txt", k) for k, _ in recs])
            assert len(s.get([k for k, _ in recs], VERSION)) == 10
""")


@pytest.mark.slow
def test_concurrent_writers_all_succeed(tmp_path):
    path = tmp_path / "shared" / "cache.sqlite"
    code = WRITER.format(tests=os.path.dirname(__file__))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path), str(n)], stderr=subprocess.PIPE, text=True)
             for n in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    assert rows(path, "SELECT count(*) FROM docs") == [(4 * 125 + 125,)]
    assert rows(path, "SELECT count(*) FROM statements") == [(2 * (4 * 125 + 125),)]
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]


KILLED = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from test_store import record, VERSION
    from vnhrc import store
    with store.Store(sys.argv[1]) as s:
        s.put([("before", record("before.txt"))], VERSION)
        def die(con, rows):
            os.kill(os.getpid(), signal.SIGKILL)  # killed mid-transaction: docs row written, statements not
        store._insert_statements = die
        s.put([("during", record("during.txt"))], VERSION, paths=[("/x/during.txt", "during")])
""")


def test_a_run_killed_mid_transaction_leaves_no_partial_rows(tmp_path):
    path = tmp_path / "cache.sqlite"
    res = subprocess.run([sys.executable, "-c", KILLED.format(tests=os.path.dirname(__file__)), str(path)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == -9, res.stderr
    with Store(path) as s:
        assert set(s.get(["before", "during"], VERSION)) == {"before"}
    assert rows(path, "SELECT DISTINCT sha FROM statements") == [("before",)]
    assert rows(path, "SELECT count(*) FROM paths") == [(0,)]
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_failed_batch_is_rolled_back_whole(cache):
    bad = record("bad.txt")
    bad.claims[0].content = object()  # cannot be serialised: the batch fails before anything is written
    with pytest.raises(TypeError):
        cache.put([("good", record()), ("bad", bad)], VERSION)
    assert cache.get(["good", "bad"], VERSION) == {}


# --- speakers ------------------------------------------------------------------------------------------------


def test_speakers_are_grouped_folded_and_counted():
    a = record("a.txt", speaker="Lê Thị Tuyết Mai", statements=2).claims
    b = record("b.txt", speaker="Le Thi Tuyet Mai", statements=1).claims
    c = record("c.txt", speaker="Anna Berg", statements=1).claims
    summary = summarise_speakers(c for c in a + b + c if c.type == "statement")
    assert [(r["speaker"], r["statements"], r["documents"]) for r in summary] == [
        ("Lê Thị Tuyết Mai", 3, 2), ("Anna Berg", 1, 1)]
    assert summary[0]["docs"] == ["a.txt", "b.txt"]
    assert summary[0]["titles"] == ["Deputy Minister"] and summary[0]["speaker_type"] == "person"
    json.dumps(summary)  # every row is plain data for every format
