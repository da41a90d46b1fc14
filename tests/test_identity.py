"""One speaker across a corpus (identity.py), on names and sentences of the tests' own."""

from vnhrc.claims import Claim
from vnhrc.identity import corpus_identities, name_key, resolve, speaker_id, spelled_out, spells, summarise


def said(doc, n, speaker, typ="person", title=None, date="2024-01-05", sentence=""):
    return Claim(id=f"{doc}#{n}", doc=doc, doc_date=date, type="statement", speaker=speaker, speaker_type=typ,
                 speaker_title=title, cue="said", content=f"point {n}", sentence=sentence, said_on=date)


def test_the_per_name_id_is_stable_and_folds_case_diacritics_and_honorifics():
    sid = speaker_id("Bùi Thanh Sơn", "person")
    assert sid == speaker_id("Bui Thanh Son", "person") == speaker_id("Mr. BUI Thanh-Son", "person")
    assert len(sid) == 12 and int(sid, 16) >= 0
    assert sid != speaker_id("Bui Thanh Son", "org")  # a person and a body of one name are two speakers
    assert speaker_id("Viet Nam", "org") == speaker_id("Viet Nam", "country")  # bodies the rules type either way
    assert speaker_id("", "person") is None and speaker_id(None, None) is None
    assert name_key("the UN Human Rights Council") == "un human rights council"
    assert name_key("Dr Grace Okafor") == "grace okafor" and name_key("Mr.") == "mr"


def test_a_surname_and_an_honorific_form_join_the_one_full_name():
    ids = resolve([("Volker Türk", "person", 3), ("Türk", "person", 1), ("Mr. Turk", "person", 2),
                   ("Grace Okafor", "person", 1)])
    turk = ids.of("Mr. Türk", "person")
    assert turk is ids.of("Volker Turk", "person") is ids.of("Türk", "person")
    assert turk.name == "Volker Türk" and turk.id == speaker_id("Volker Türk", "person")
    assert set(turk.aliases) == {"Volker Türk", "Türk", "Mr. Turk"}
    assert ids.of("Grace Okafor", "person") is not turk


def test_a_surname_two_people_share_stays_apart():
    ids = resolve([("Anna Lindqvist", "person", 1), ("Erik Lindqvist", "person", 1), ("Lindqvist", "person", 4),
                   ("Ms. Anna Lindqvist", "person", 1)])
    alone = ids.of("Lindqvist", "person")
    assert alone.name == "Lindqvist" and alone.id == speaker_id("Lindqvist", "person")
    anna, erik = ids.of("Anna Lindqvist", "person"), ids.of("Erik Lindqvist", "person")
    assert len({alone.id, anna.id, erik.id}) == 3
    assert ids.of("Ms. Anna Lindqvist", "person") is anna  # the honorific form fits her exactly


def test_a_vietnamese_given_name_joins_the_only_full_name_that_holds_it():
    ids = resolve([("Trần Thị Hồng Nhung", "person", 2), ("Nhung", "person", 1), ("Tran Thi Hong Nhung", "person", 1)])
    assert ids.of("Nhung", "person").name == "Trần Thị Hồng Nhung"
    assert len(ids.speakers) == 1


def test_a_surname_is_not_merged_into_an_organisation():
    ids = resolve([("Watch", "person", 1), ("Human Rights Watch", "org", 1)])
    assert ids.of("Watch", "person") is not ids.of("Human Rights Watch", "org")


def test_acronyms_join_the_organisation_whose_words_spell_them():
    assert spells("Human Rights Watch".split(), "HRW")
    assert spells("Office of the UN High Commissioner for Human Rights".split(), "OHCHR")
    assert spells("UN Human Rights Council".split(), "UNHRC")
    assert not spells("Human Rights Council".split(), "HRW")
    ids = resolve([("HRW", "org", 2), ("Human Rights Watch", "org", 1), ("OHCHR", "org", 1),
                   ("Office of the UN High Commissioner for Human Rights", "org", 1)])
    hrw = ids.of("HRW", "org")
    assert hrw is ids.of("Human Rights Watch", "org") and hrw.name == "Human Rights Watch"
    assert ids.of("OHCHR", "org").name == "Office of the UN High Commissioner for Human Rights"
    assert len(ids.speakers) == 2


def test_an_acronym_two_organisations_spell_stays_apart():
    ids = resolve([("HRC", "org", 1), ("Human Rights Council", "org", 1), ("Hanoi Rowing Club", "org", 1)])
    assert ids.of("HRC", "org").name == "HRC" and len(ids.speakers) == 3


def test_an_acronym_spelled_out_in_a_sentence_anywhere_in_the_corpus():
    pairs = spelled_out(["Researchers at the Mekong Press Institute (MPI) said so.", "No acronym (here) at all."])
    assert pairs == [("Mekong Press Institute", "MPI")]
    ids = resolve([("MPI", "org", 3)], pairs)
    mpi = ids.of("MPI", "org")
    assert mpi.name == "Mekong Press Institute" and mpi.id == speaker_id("Mekong Press Institute", "org")
    assert mpi.aliases == ["Mekong Press Institute", "MPI"]


def test_who_words_find_a_speaker_by_any_alias_and_by_acronym():
    ids = resolve([("Human Rights Watch", "org", 1), ("Volker Türk", "person", 1), ("Turk", "person", 1)])
    assert [s.name for s in ids.matching("HRW")] == ["Human Rights Watch"]
    assert [s.name for s in ids.matching("mr turk")] == ["Volker Türk"]
    assert ids.matching("Okafor") == []


def test_the_summary_counts_merged_speakers_once_with_titles_and_their_dates():
    statements = [
        said("a.txt", 0, "Volker Türk", title="High Commissioner", date="2023-03-01"),
        said("b.txt", 0, "Mr. Türk", title="High Commissioner", date="2024-06-02"),
        said("b.txt", 1, "Türk", title="Dr", date="2024-06-02"),
        said("c.txt", 0, "HRW", typ="org", sentence="Human Rights Watch (HRW) said so."),
    ]
    rows = summarise(statements)
    turk = rows[0]
    assert (turk["speaker"], turk["statements"], turk["documents"]) == ("Volker Türk", 3, 2)
    assert turk["speaker_id"] == speaker_id("Volker Türk", "person")
    assert turk["titles"] == ["High Commissioner", "Dr"]
    assert turk["titles_used"][0] == {"title": "High Commissioner", "first": "2023-03-01", "last": "2024-06-02",
                                      "statements": 2}
    assert rows[1]["speaker"] == "Human Rights Watch" and rows[1]["aliases"] == ["HRW"]
    assert corpus_identities(statements).of("HRW", "org").name == "Human Rights Watch"
