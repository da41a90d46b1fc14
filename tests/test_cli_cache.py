"""`who`, `speakers` and the cache options, through the command line (each test has its own XDG_CACHE_HOME)."""

import json
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from vnhrc import extract
from vnhrc.claims import Claim, DocRecord, fold
from vnhrc.cli import cli
from vnhrc.store import Store, default_path
from vnhrc.versions import pipeline_version

OLDER = (
    "Hanoi Hosts Rights Dialogue\n\nMarch 4, 2023\n\n"
    "Hanoi, March 4, 2023 – Deputy Minister Lê Thị Tuyết Mai said that the dialogue was open and useful.\n\n"
    "\"We will send a report to the council next year,\" Lê Thị Tuyết Mai said.\n"
)
NEWER = (
    "Geneva Session Closes\n\nOctober 12, 2024\n\n"
    "Geneva, October 12, 2024 – Every voice counts in this chamber, Ambassador Le Thi Tuyet Mai told reporters.\n\n"
    "Ambassador Peter Holm said that the vote would take place on Friday.\n"
)


@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "older.txt").write_text(OLDER, encoding="utf-8")
    (folder / "newer.txt").write_text(NEWER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def said(doc, n, speaker, date, title=None, kind="indirect"):
    stem = doc.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return Claim(id=f"{stem}#{n}", doc=doc, doc_date=date, type="statement", speaker=speaker, speaker_type="person",
                 speaker_title=title, cue="said", kind=kind, content=f"{speaker} point {n}", start=100 * n,
                 end=100 * n + 20)


@pytest.fixture()
def seeded(tmp_path, monkeypatch):
    """A cache filled by hand, as `vnhrc extract` would have left it, so answers do not depend on the rules."""
    monkeypatch.chdir(tmp_path)
    recs = {
        "a.txt": DocRecord("a.txt", "A", "2023-03-04", None, claims=[
            said("a.txt", 0, "Lê Thị Tuyết Mai", "2023-03-04", "Deputy Minister"),
            Claim(id="a#1", doc="a.txt", doc_date="2023-03-04", type="quantity", content="3 reports", value=3),
            said("a.txt", 2, "Lê Thị Tuyết Mai", "2023-03-04"),
        ]),
        "b.txt": DocRecord("b.txt", "B", "2024-10-12", None, claims=[
            said("b.txt", 0, "Le Thi Tuyet Mai", "2024-10-12", "Ambassador"),
            said("b.txt", 1, "Peter Holm", "2024-10-12", "Ambassador"),
        ]),
        "c.txt": DocRecord("c.txt", "C", None, None, claims=[said("c.txt", 0, "Lê Văn Thành", None)]),
    }
    for p in recs:  # the files are there: `who` and `speakers` leave out files deleted since
        (tmp_path / p).write_text(f"text of {p}\n", encoding="utf-8")
    with Store() as s:
        s.put([(f"key-{p}", r) for p, r in recs.items()], pipeline_version(),
              paths=[(p, f"key-{p}") for p in recs])
    return recs


def run(*args):
    res = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return res


def jsonl(res):
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


def refuse(documents, monthfirst=False):
    raise AssertionError(f"the model was asked for {[d.path for d in documents]}")


def test_extract_fills_the_cache_and_a_second_run_is_served_from_it(corpus, monkeypatch):
    first = run("extract", "news", "--format", "jsonl")
    assert default_path().exists()
    monkeypatch.setattr(extract, "process_batch", refuse)
    assert run("extract", "news", "--format", "jsonl").stdout == first.stdout
    assert run("tags", "news", "--format", "jsonl").exit_code == 0  # tags share the records


def test_no_cache_neither_reads_nor_writes(corpus):
    assert run("extract", "news", "--no-cache", "--format", "jsonl").exit_code == 0
    assert not default_path().exists()


def test_cache_option_names_the_file(corpus, tmp_path):
    target = tmp_path / "elsewhere" / "mine.sqlite"
    assert run("extract", "news", "--cache", str(target), "--format", "jsonl").exit_code == 0
    assert target.exists() and not default_path().exists()
    assert jsonl(run("who", "mai", "--cache", str(target), "--format", "jsonl"))


def test_who_finds_a_speaker_by_any_spelling_newest_first(seeded):
    for query in ("le thi tuyet mai", "Lê Thị Tuyết Mai", "LE THI TUYET MAI", "mai", "Tuyết"):
        rows = jsonl(run("who", query, "--format", "jsonl"))
        # newest document first, then text order within a document; never the quantity, never another Lê
        assert [r["id"] for r in rows] == ["b.txt#0", "a.txt#0", "a.txt#2"], query
    assert [r["id"] for r in jsonl(run("who", "le", "--format", "jsonl"))] == ["b.txt#0", "a.txt#0", "a.txt#2",
                                                                             "c.txt#0"]
    assert [r["id"] for r in jsonl(run("who", "holm", "--format", "jsonl"))] == ["b.txt#1"]


def test_who_extracted_end_to_end_ignores_case_and_diacritics(corpus):
    run("extract", "news", "--format", "jsonl")
    answers = [jsonl(run("who", q, "--format", "jsonl")) for q in ("Tuyết Mai", "tuyet mai", "TUYET MAI")]
    assert answers[0] and answers[0] == answers[1] == answers[2]
    assert {r["doc"] for r in answers[0]} == {"news/older.txt", "news/newer.txt"}
    assert answers[0][0]["doc"] == "news/newer.txt"  # 2024 before 2023


def test_who_with_paths_extracts_what_the_cache_lacks_and_keeps_to_them(corpus):
    expected = jsonl(run("extract", "news/newer.txt", "--no-cache", "--type", "statement", "--speaker", "holm",
                         "--format", "jsonl"))
    assert expected
    assert jsonl(run("who", "holm", "news/newer.txt", "--format", "jsonl")) == expected
    assert not jsonl(run("who", "holm", "news/older.txt", "--format", "jsonl"))
    # both files are cached now: a question without paths answers from them
    assert jsonl(run("who", "holm", "--format", "jsonl")) == expected


def test_who_a_name_nobody_used_is_an_empty_answer(seeded):
    res = run("who", "Villanueva", "--format", "jsonl")
    assert res.exit_code == 0 and res.stdout == ""
    assert res.stderr == "vnhrc: no statements of Villanueva found\n"  # a person reading knows it ran
    res = run("who", "Villanueva", "--format", "table")
    assert res.exit_code == 0 and res.stdout == "" and "no statements of Villanueva" in res.stderr


def test_who_without_a_cache_or_paths_says_to_extract_first(corpus):
    for args in (["who", "mai"], ["speakers"]):
        res = CliRunner().invoke(cli, args)
        assert res.exit_code == 1
        assert "vnhrc extract PATH" in res.output and res.output.count("\n") == 1
    assert not default_path().exists()  # asking did not make an empty cache
    assert CliRunner().invoke(cli, ["who", "mai", "--no-cache"]).exit_code == 2


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown", "table"])
def test_who_and_speakers_write_every_format(seeded, fmt):
    for args in (("who", "le thi tuyet mai"), ("speakers",)):
        res = run(*args, "--format", fmt)
        assert res.exit_code == 0
        assert "Mai" in res.output
        if fmt == "json":
            assert isinstance(json.loads(res.output), list)
        if fmt == "csv":
            assert res.output.splitlines()[0].startswith("id," if args[0] == "who" else "speaker,")


def test_speakers_once_each_most_statements_first(seeded):
    rows = jsonl(run("speakers", "--format", "jsonl"))
    assert [(r["speaker"], r["statements"], r["documents"]) for r in rows] == [
        ("Lê Thị Tuyết Mai", 3, 2), ("Lê Văn Thành", 1, 1), ("Peter Holm", 1, 1)]
    assert rows[0]["titles"] == ["Deputy Minister", "Ambassador"] and rows[0]["docs"] == ["a.txt", "b.txt"]
    assert rows[0]["speaker_type"] == "person"


def test_speakers_with_paths_keeps_to_them_and_agrees_with_who(corpus):
    run("extract", "news", "--format", "jsonl")
    rows = jsonl(run("speakers", "--format", "jsonl"))
    assert rows and len({fold(r["speaker"]) for r in rows}) == len(rows)
    statements = jsonl(run("extract", "news", "--type", "statement", "--format", "jsonl"))
    assert sum(r["statements"] for r in rows) == len([s for s in statements if s["speaker"]])
    for r in rows:  # who NAME finds at least that speaker's statements (and any whose name holds those words)
        found = jsonl(run("who", r["speaker"], "--format", "jsonl"))
        assert len([w for w in found if fold(w["speaker"]) == fold(r["speaker"])]) == r["statements"]
    only = jsonl(run("speakers", "news/older.txt", "--format", "jsonl"))
    assert only and all(r["docs"] == ["news/older.txt"] for r in only)


QUIET = textwrap.dedent("""
    import sys
    from vnhrc.cli import main
    try:
        main(sys.argv[1:])
    except SystemExit as e:
        assert not e.code, e.code
    assert "spacy" not in sys.modules, "spacy imported"
""")


@pytest.mark.parametrize("args", [["--help"], ["who", "mai", "--format", "jsonl"], ["speakers", "--format", "csv"],
                                  ["who", "mai", "--format", "table"], ["schema"], ["extract", "--help"]])
def test_answers_from_the_cache_never_import_spacy(seeded, args):
    res = subprocess.run([sys.executable, "-c", QUIET, *args], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    if args[0] == "who":
        assert "Mai" in res.stdout


def test_who_with_cached_paths_does_not_load_the_model(corpus):
    run("extract", "news", "--format", "jsonl")
    for args in (["who", "mai", "news", "--format", "jsonl"], ["speakers", "news/older.txt"],
                 ["extract", "news", "--format", "jsonl"]):
        res = subprocess.run([sys.executable, "-c", QUIET, *args], capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr


LIGHT = QUIET + 'assert not [m for m in sys.modules if m.startswith(("dateutil", "importlib.metadata"))], "slow"\n'


@pytest.mark.parametrize("args", [["--help"], ["who", "mai", "--format", "jsonl"], ["speakers", "--format", "jsonl"],
                                  ["schema"], ["who", "mai", "--since", "2020-01", "--speaker", "le"]])
def test_cache_answers_skip_the_slow_imports(seeded, args):
    # dateutil (via documents) and importlib.metadata cost ~60 ms together: kept off the instant paths
    res = subprocess.run([sys.executable, "-c", LIGHT, *args], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
