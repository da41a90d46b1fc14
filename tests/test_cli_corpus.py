"""Corpus questions through the command line: copies counted once, deleted files left out, speakers merged across
documents, and the cache's list/prune/clear (each test has its own XDG_CACHE_HOME)."""

import json
import shutil

import pytest
from click.testing import CliRunner

from vnhrc.claims import Claim, DocRecord
from vnhrc.cli import cli
from vnhrc.identity import speaker_id
from vnhrc.store import Store
from vnhrc.versions import pipeline_version
from vnhrc.web import Fetched


def said(doc, n, speaker, typ="person", title=None, date="2024-05-02"):
    return Claim(id=f"{doc}#{n}", doc=doc, doc_date=date, type="statement", speaker=speaker, speaker_type=typ,
                 speaker_title=title, cue="said", content=f"{speaker} point {n}", start=50 * n, end=50 * n + 20,
                 said_on=date)


@pytest.fixture()
def cached(tmp_path, monkeypatch):
    """Files and the records `vnhrc extract` would have cached for them: one text under two paths, a surname
    and an acronym in one file, their full forms in another, an article of a dump and a fetched page."""
    monkeypatch.chdir(tmp_path)
    for name in ("one.txt", "copy/one.txt", "two.txt", "dump.jsonl"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"text of {name}\n", encoding="utf-8")
    same = DocRecord("one.txt", "One", "2024-05-02", None, claims=[
        said("one.txt", 0, "Volker Türk", title="High Commissioner", date="2023-02-01"),
        said("one.txt", 1, "Human Rights Watch", typ="org"),
    ])
    two = DocRecord("two.txt", "Two", "2024-06-03", None, claims=[
        said("two.txt", 0, "Mr. Turk", date="2024-06-03"), said("two.txt", 1, "HRW", typ="org", date="2024-06-03"),
        said("two.txt", 2, "Lindqvist"), said("two.txt", 3, "Anna Lindqvist"), said("two.txt", 4, "Erik Lindqvist"),
    ])
    article = DocRecord("dump.jsonl:7", "Seven", "2024-07-01", None, claims=[said("dump.jsonl:7", 0, "Grace Okafor")])
    with Store() as s:
        s.put([("key-one", same), ("key-two", two), ("key-7", article)], pipeline_version(),
              paths=[("one.txt", "key-one"), ("copy/one.txt", "key-one"), ("two.txt", "key-two"),
                     ("dump.jsonl:7", "key-7")])
        s.put_page("https://news.example/a", Fetched(url="https://news.example/a", content_type="text/html",
                                                     body=b"<html></html>"))
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def rows(res):
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_speakers_merges_short_forms_and_counts_a_copied_text_once(cached):
    found = {r["speaker"]: r for r in rows(run("speakers", "--format", "jsonl"))}
    turk = found["Volker Türk"]
    assert (turk["statements"], turk["documents"]) == (2, 2)  # one.txt once (its copy not again), two.txt
    assert turk["speaker_id"] == speaker_id("Volker Türk", "person") and turk["aliases"] == ["Mr. Turk"]
    assert turk["titles_used"] == [{"title": "High Commissioner", "first": "2023-02-01", "last": "2023-02-01",
                                    "statements": 1}]
    assert found["Human Rights Watch"]["aliases"] == ["HRW"] and "HRW" not in found
    # a surname two people share stays apart
    assert {"Lindqvist", "Anna Lindqvist", "Erik Lindqvist"} <= set(found)


def test_who_finds_acronyms_and_honorific_forms_once_per_text(cached):
    hrw = rows(run("who", "HRW", "--format", "jsonl"))
    assert sorted(r["speaker"] for r in hrw) == ["HRW", "Human Rights Watch"]
    assert {r["speaker_id"] for r in hrw} == {speaker_id("Human Rights Watch", "org")}
    turk = rows(run("who", "Mr. Türk", "--format", "jsonl"))
    assert [r["doc"] for r in turk] == ["two.txt", "copy/one.txt"]  # newest first; one.txt's copy stands for it


def test_deleted_files_drop_out_but_their_copies_and_dump_articles_stay(cached):
    (cached / "copy" / "one.txt").unlink()
    (cached / "dump.jsonl").unlink()  # an article path is never taken for a missing file
    docs = {r["doc"] for r in rows(run("who", "turk", "--format", "jsonl"))}
    assert docs == {"one.txt", "two.txt"}
    (cached / "one.txt").unlink()
    assert {r["doc"] for r in rows(run("who", "turk", "--format", "jsonl"))} == {"two.txt"}
    assert [r["doc"] for r in rows(run("who", "okafor", "--format", "jsonl"))] == ["dump.jsonl:7"]


def test_cache_list_prune_and_clear(cached):
    listed = {r["path"].rsplit("/", 1)[-1] if "://" not in r["path"] else r["path"]: r
              for r in rows(run("cache", "list", "--format", "jsonl"))}
    assert listed["dump.jsonl:7"]["kind"] == "article" and listed["https://news.example/a"]["kind"] == "page"
    assert all(r["exists"] and r["current"] for r in listed.values())
    shutil.rmtree(cached / "copy")
    (cached / "dump.jsonl").unlink()
    gone = [r for r in rows(run("cache", "list", "--format", "jsonl")) if not r["exists"]]
    assert [r["path"].endswith("copy/one.txt") for r in gone] == [True]
    with Store() as s:  # two.txt read again under another rule version
        s.put([("key-old", DocRecord("old.txt", None, None, None, claims=[said("old.txt", 0, "Old Man")]))],
              "vnhrc-0.0.1/old", paths=[("two.txt", "key-old")])
    res = run("cache", "prune")
    assert res.exit_code == 0 and "forgot 1 missing file(s), 1 record(s) and 1 path(s)" in res.stderr
    left = {r["path"].rsplit("/", 1)[-1] for r in rows(run("cache", "list", "--format", "jsonl"))}
    assert left == {"one.txt", "dump.jsonl:7", "a"}  # the dump's article and the page stay
    res = run("cache", "clear")
    assert res.exit_code == 0 and "1 page(s)" in res.stderr
    assert rows(run("cache", "list", "--format", "jsonl")) == []
    with Store() as s:
        assert s.get_page("https://news.example/a") is None


LIGHT = """
import sys
from vnhrc.cli import main
try:
    main(sys.argv[1:])
except SystemExit as e:
    assert not e.code, e.code
heavy = [m for m in ("spacy", "sqlite_utils", "datasette") if m in sys.modules]
assert not heavy, heavy
"""


@pytest.mark.parametrize("args", [["--help"], ["who", "HRW", "--format", "jsonl"], ["speakers", "--format", "jsonl"],
                                  ["cache", "list", "--format", "jsonl"], ["datasette-metadata"]])
def test_corpus_answers_import_neither_the_model_nor_the_database_libraries(cached, args):
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-c", LIGHT, *args], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
