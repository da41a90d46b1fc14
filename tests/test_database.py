"""The corpus database (database.py): schema, foreign keys, full-text search, upserts, a large generated corpus."""

import json
import os
import sqlite3

import pytest
from click.testing import CliRunner

from vnhrc.claims import Claim, DocRecord, text_digest
from vnhrc.cli import cli
from vnhrc.database import DatabaseError, metadata, write_database
from vnhrc.identity import speaker_id, with_ids

PEOPLE = [("Volker Türk", "person", "High Commissioner"), ("Türk", "person", None),
          ("Human Rights Watch", "org", None), ("HRW", "org", None), ("Anna Lindqvist", "person", "Ambassador"),
          ("Erik Lindqvist", "person", "Minister"), ("Lindqvist", "person", None)]
WORDS = ["council", "election", "report", "review", "water", "press", "freedom", "budget"]


def record(i: int, path: str | None = None, text: str | None = None) -> DocRecord:
    """A document's record made directly (no model): a few statements of rotating speakers, one quantity."""
    doc = path or f"docs/{i:04d}.txt"
    month = f"2024-{i % 12 + 1:02d}"
    claims = []
    for n in range(3):
        name, typ, title = PEOPLE[(i + n) % len(PEOPLE)]
        word = WORDS[(i * 3 + n) % len(WORDS)]
        claims.append(Claim(id=f"{doc}#{n}", doc=doc, doc_date=f"{month}-15", type="statement", speaker=name,
                            speaker_type=typ, speaker_title=title, cue="said", kind="indirect",
                            content=f"the {word} matters in case {i}", sentence=f"{name} said the {word} matters.",
                            start=100 * n, end=100 * n + 40, said_on=f"{month}-15",
                            dates=[{"text": "2025", "iso": "2025"}]))
    claims.append(Claim(id=f"{doc}#3", doc=doc, doc_date=f"{month}-15", type="quantity", content="180 votes",
                        subject="Vietnam", value=180, unit="vote", start=400, end=409, said_on=f"{month}-15"))
    return DocRecord(doc=doc, title=f"Story {i}", doc_date=f"{month}-15", source="Example News", url=None,
                     claims=with_ids(claims), sha256=text_digest(text or f"text {i}"))


def connect(path):
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    return con


def test_the_schema_has_the_tables_keys_indexes_views_and_full_text_search(tmp_path):
    db = tmp_path / "corpus.db"
    assert write_database([record(i) for i in range(5)], str(db)) == 20
    con = connect(db)
    names = {r["name"]: r["type"] for r in con.execute("SELECT name, type FROM sqlite_master")}
    for t in ("documents", "claims", "speakers", "aliases", "claims_fts"):
        assert names.get(t) == "table", t
    assert names.get("statements_by_speaker") == names.get("timeline") == "view"
    cols = {r["name"] for r in con.execute("PRAGMA table_info(claims)")}
    assert set(Claim.__dataclass_fields__) <= cols  # every field of a claim
    assert {r["name"] for r in con.execute("PRAGMA table_info(documents)")} == {
        "id", "path", "url", "title", "date", "source", "sha256"}
    fks = {(r["from"], r["table"], r["to"]) for r in con.execute("PRAGMA foreign_key_list(claims)")}
    assert fks == {("doc", "documents", "id"), ("speaker_id", "speakers", "id")}
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    indexed = {r["name"] for idx in con.execute("PRAGMA index_list(claims)")
               for r in con.execute(f"PRAGMA index_info('{idx['name']}')")}
    assert {"speaker_id", "said_on", "doc"} <= indexed
    assert json.loads(con.execute("SELECT dates FROM claims WHERE type = 'statement' LIMIT 1").fetchone()[0]) == [
        {"text": "2025", "iso": "2025"}]


def test_speakers_are_merged_across_the_corpus_and_aliases_kept(tmp_path):
    db = tmp_path / "corpus.db"
    write_database([record(i) for i in range(14)], str(db))
    con = connect(db)
    names = {r["name"] for r in con.execute("SELECT name FROM speakers")}
    # Türk joins Volker Türk, HRW joins Human Rights Watch; the Lindqvist two people share stays apart
    assert names == {"Volker Türk", "Human Rights Watch", "Anna Lindqvist", "Erik Lindqvist", "Lindqvist"}
    turk = speaker_id("Volker Türk", "person")
    assert {r["alias"] for r in con.execute("SELECT alias FROM aliases WHERE speaker_id = ?", (turk,))} == {
        "Volker Türk", "Türk"}
    assert con.execute("SELECT count(*) FROM claims WHERE speaker = 'Türk' AND speaker_id = ?", (turk,)).fetchone()[0]
    row = con.execute("SELECT * FROM speakers WHERE id = ?", (turk,)).fetchone()
    titles = json.loads(row["titles"])
    assert titles[0]["title"] == "High Commissioner" and titles[0]["first"] <= titles[0]["last"]
    per = con.execute("SELECT count(*) FROM claims WHERE speaker_id = ?", (turk,)).fetchone()[0]
    assert row["statements"] == per and row["documents"] > 0
    months = con.execute("SELECT sum(statements) FROM statements_by_speaker WHERE speaker_id = ?", (turk,)).fetchone()
    assert months[0] == per


def test_full_text_search_finds_content_and_sentence(tmp_path):
    db = tmp_path / "corpus.db"
    write_database([record(i) for i in range(8)], str(db))
    con = connect(db)
    hits = con.execute("SELECT c.id, c.content FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid "
                       "WHERE claims_fts MATCH 'council'").fetchall()
    expected = con.execute("SELECT id FROM claims WHERE content LIKE '%council%' OR sentence LIKE '%council%'")
    assert sorted(h["id"] for h in hits) == sorted(r["id"] for r in expected) and hits
    assert all("council" in h["content"] for h in hits)


def test_a_rerun_upserts_and_a_run_over_more_files_adds(tmp_path):
    db = tmp_path / "corpus.db"
    write_database([record(i) for i in range(4)], str(db))
    write_database([record(i) for i in range(4)], str(db))
    con = connect(db)
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 16
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    con.close()
    # a changed document keeps only its new claims; other files are added beside the first run's
    changed = record(0)
    changed.claims = changed.claims[:1]
    write_database([changed, record(10), record(11)], str(db))
    con = connect(db)
    assert con.execute("SELECT count(*) FROM claims WHERE doc = 'docs/0000.txt'").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
    fts = con.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'case'").fetchone()[0]
    assert fts == con.execute("SELECT count(*) FROM claims WHERE content LIKE '%case%'").fetchone()[0]
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".vnhrc-")]  # no temporary file left


def test_copies_of_one_text_count_once_for_a_speaker(tmp_path):
    db = tmp_path / "corpus.db"
    write_database([record(0, "a/story.txt", "same"), record(0, "b/story.txt", "same")], str(db))
    con = connect(db)
    turk = speaker_id("Volker Türk", "person")  # "Volker Türk" and "Türk" in each copy
    assert con.execute("SELECT count(*) FROM claims WHERE speaker_id = ?", (turk,)).fetchone()[0] == 4
    row = con.execute("SELECT statements, documents FROM speakers WHERE id = ?", (turk,)).fetchone()
    assert tuple(row) == (2, 1)


def test_a_failed_run_leaves_the_database_as_it_was(tmp_path):
    db = tmp_path / "corpus.db"
    write_database([record(0)], str(db))
    before = db.read_bytes()

    def broken():
        yield record(1)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_database(broken(), str(db))
    assert db.read_bytes() == before
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".vnhrc-")]


def test_another_file_is_never_replaced(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes, not a database\n" * 100)
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        write_database([record(0)], str(notes))
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE birds (name TEXT)").connection.commit()
    with pytest.raises(DatabaseError, match="another database"):
        write_database([record(0)], str(other))
    assert notes.read_text().startswith("my notes")


@pytest.mark.slow
def test_a_corpus_of_a_thousand_documents(tmp_path):
    db = tmp_path / "corpus.db"
    assert write_database((record(i) for i in range(1000)), str(db)) == 4000
    con = connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1000
    assert con.execute("SELECT count(*) FROM claims WHERE type = 'statement' AND speaker_id IS NULL").fetchone()[0] == 0
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT count(*) FROM speakers").fetchone()[0] == 5
    assert con.execute("SELECT sum(statements) FROM speakers").fetchone()[0] == 3000
    assert con.execute("SELECT count(*) FROM timeline").fetchone()[0] == 3000


def test_extract_writes_the_database_that_other_commands_refuse_to(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    from vnhrc import cli as cli_module

    def fake(source, run):
        for i, name in enumerate(source.inputs()):
            run.documents += 1
            yield record(i, name)

    monkeypatch.setattr(cli_module, "records", fake)
    res = CliRunner().invoke(cli, ["extract", "a.txt", "-o", "corpus.db", "--type", "statement"])
    assert res.exit_code == 0, res.output
    assert "3 claims from 1 document → corpus.db" in res.stderr
    con = connect(tmp_path / "corpus.db")
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 3
    res = CliRunner().invoke(cli, ["speakers", "a.txt", "-o", "s.db"])
    assert res.exit_code == 2 and "extract" in res.output
    res = CliRunner().invoke(cli, ["extract", "a.txt", "--format", "sqlite"])
    assert res.exit_code == 2 and "-o corpus.db" in res.output


def test_datasette_metadata_labels_every_claim_column():
    meta = metadata("corpus")
    columns = meta["databases"]["corpus"]["tables"]["claims"]["columns"]
    assert set(Claim.__dataclass_fields__) <= set(columns)
    assert "claims_fts" in meta["databases"]["corpus"]["queries"]["search"]["sql"]
