"""`who` and `speakers` over a small cached corpus, every row checked against what the design says they must be:
short forms merged into the one full name they fit, a surname two people share kept apart, an acronym a sentence
spells out named by its expansion, one text under two paths counted once, newest first."""

import json

import pytest
from click.testing import CliRunner

from vnhrc.claims import Claim, DocRecord
from vnhrc.cli import cli
from vnhrc.identity import speaker_id
from vnhrc.store import Store
from vnhrc.versions import pipeline_version

OHCHR_NAME = "Office of the High Commissioner for Human Rights"
SPELLED = f"A report by the {OHCHR_NAME} (OHCHR) said the review was due."


def said(doc, n, speaker, typ="person", title=None, date="2024-03-01", sentence=None):
    return Claim(id=f"{doc}#{n}", doc=doc, doc_date=date, type="statement", speaker=speaker, speaker_type=typ,
                 speaker_title=title, cue="said", content=f"point {n} of {doc}", start=60 * n, end=60 * n + 30,
                 said_on=date, sentence=sentence or f"Point {n} of {doc}, {speaker} said.")


@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    """Three texts (a.txt also under copy/a.txt) as `vnhrc extract` would have cached them."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "copy/a.txt", "b.txt", "c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"text of {name}\n", encoding="utf-8")
    a = DocRecord("a.txt", "A", "2024-03-01", None, claims=[
        said("a.txt", 0, "Volker Türk", title="High Commissioner"),
        said("a.txt", 1, "Human Rights Watch", typ="org"),
        said("a.txt", 2, "Grace Okafor"),
        said("a.txt", 3, "Nguyễn Văn Bình", title="Deputy Minister"),
    ])
    d = "2024-04-10"
    b = DocRecord("b.txt", "B", d, None, claims=[
        said("b.txt", 0, "Türk", date=d), said("b.txt", 1, "HRW", typ="org", date=d),
        said("b.txt", 2, "Okafor", date=d), said("b.txt", 3, "Nguyen Van Binh", title="Deputy Minister", date=d),
        said("b.txt", 4, "Bình", date=d),
    ])
    d = "2023-11-20"
    c = DocRecord("c.txt", "C", d, None, claims=[
        said("c.txt", 0, "OHCHR", typ="org", date=d, sentence=SPELLED),
        said("c.txt", 1, "Daniel Okafor", date=d), said("c.txt", 2, "Human Rights Watch", typ="org", date=d),
    ])
    with Store() as s:
        s.put([("key-a", a), ("key-b", b), ("key-c", c)], pipeline_version(),
              paths=[("a.txt", "key-a"), ("copy/a.txt", "key-a"), ("b.txt", "key-b"), ("c.txt", "key-c")])
    return tmp_path


def rows(*args):
    res = CliRunner().invoke(cli, [*args, "--format", "jsonl"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_speakers_lists_each_speaker_once_most_statements_first(corpus):
    keys = ("speaker", "speaker_type", "statements", "documents", "aliases", "titles", "speaker_id")
    got = [tuple(r[k] for k in keys) for r in rows("speakers")]
    assert got == [
        # HRW merged into the one organisation whose words spell it; a.txt counted once though two paths hold it
        ("Human Rights Watch", "org", 3, 3, ["HRW"], [], speaker_id("Human Rights Watch", "org")),
        # ties on 3 statements go by the folded name; the spelling with diacritics is shown when both are used
        # as often, and the given name alone joins the only full name holding it
        ("Nguyễn Văn Bình", "person", 3, 2, ["Nguyen Van Binh", "Bình"], ["Deputy Minister"],
         speaker_id("Nguyen Van Binh", "person")),
        ("Volker Türk", "person", 2, 2, ["Türk"], ["High Commissioner"], speaker_id("Volker Türk", "person")),
        # one statement each, by folded name; "Okafor" fits two people, so it stays a speaker of its own
        ("Daniel Okafor", "person", 1, 1, [], [], speaker_id("Daniel Okafor", "person")),
        ("Grace Okafor", "person", 1, 1, [], [], speaker_id("Grace Okafor", "person")),
        # an acronym no speaker spells, named by the expansion a sentence gives for it
        (OHCHR_NAME, "org", 1, 1, ["OHCHR"], [], speaker_id(OHCHR_NAME, "org")),
        ("Okafor", "person", 1, 1, [], [], speaker_id("Okafor", "person")),
    ]


def who(name):
    return [(r["id"], r["speaker"], r["speaker_id"]) for r in rows("who", name)]


def test_who_finds_every_spelling_of_a_speaker_newest_first(corpus):
    hrw = speaker_id("Human Rights Watch", "org")
    assert who("HRW") == [("b.txt#1", "HRW", hrw), ("a.txt#1", "Human Rights Watch", hrw),
                          ("c.txt#2", "Human Rights Watch", hrw)]
    assert who("human rights watch") == who("HRW")
    binh = speaker_id("Nguyen Van Binh", "person")
    # b.txt is newer; within it, text order
    assert who("binh") == [("b.txt#3", "Nguyen Van Binh", binh), ("b.txt#4", "Bình", binh),
                           ("a.txt#3", "Nguyễn Văn Bình", binh)]
    turk = speaker_id("Volker Türk", "person")
    assert who("Mr. Turk") == [("b.txt#0", "Türk", turk), ("a.txt#0", "Volker Türk", turk)]


def test_who_keeps_apart_what_identity_keeps_apart(corpus):
    # every speaker whose name holds the word: the two Okafors and the surname that fits both, each its own id
    assert who("okafor") == [("b.txt#2", "Okafor", speaker_id("Okafor", "person")),
                             ("a.txt#2", "Grace Okafor", speaker_id("Grace Okafor", "person")),
                             ("c.txt#1", "Daniel Okafor", speaker_id("Daniel Okafor", "person"))]
    assert who("grace okafor") == [("a.txt#2", "Grace Okafor", speaker_id("Grace Okafor", "person"))]
    ohchr = speaker_id(OHCHR_NAME, "org")
    assert who("OHCHR") == [("c.txt#0", "OHCHR", ohchr)]
    assert who("high commissioner") == [("c.txt#0", "OHCHR", ohchr)]  # the expansion's words, not a title
