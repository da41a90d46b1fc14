"""corpus.py: JSON Lines dumps, one article an object; a bad line named and skipped, the rest read."""

from __future__ import annotations

import json

import pytest
from webpages import CANONICAL, OWN_ARTICLE, paragraphs, wrap

from vnhrc.corpus import read_corpus
from vnhrc.documents import SkippedFile

OTHER = "March 4, 2025\n\nHanoi – The ministry said the plan would be ready by May, according to Minister Binh.\n"


def _dump(tmp_path, lines):
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return p


def _read(path, text_field=None):
    skipped = []
    docs = list(read_corpus(str(path), skipped.append, text_field))
    return docs, skipped


def test_fields_map_to_the_record(tmp_path):
    p = _dump(tmp_path, [{"id": "a17", "title": "Small states heard", "date": "2024-06-05T10:00:00Z",
                          "url": "https://news.example/a17", "text": OWN_ARTICLE}])
    [doc], skipped = _read(p)
    assert not skipped
    assert (doc.path, doc.title, doc.date, doc.url, doc.text) == (
        f"{p}:a17", "Small states heard", "2024-06-05", "https://news.example/a17", OWN_ARTICLE)


def test_text_content_body_in_that_order_and_published_for_date(tmp_path):
    p = _dump(tmp_path, [
        {"content": OTHER, "body": "not this one", "published": "4 March 2025"},
        {"body": OTHER},
        {"text": OTHER, "content": "not this one"},
    ])
    docs, _ = _read(p)
    assert [d.text for d in docs] == [OTHER] * 3
    assert docs[0].date == "2025-03-04"
    # no title field: the text rules' guess, as for a text file; no id: named by line
    assert docs[1].path == f"{p}:2" and docs[1].date == "2025-03-04"


def test_text_field_chooses(tmp_path):
    p = _dump(tmp_path, [{"text": "a teaser", "article_body": OTHER}])
    [doc], _ = _read(p, text_field="article_body")
    assert doc.text == OTHER


def test_a_bad_line_is_named_with_its_number_and_the_rest_read(tmp_path):
    p = _dump(tmp_path, [{"text": OTHER}, '{"text": "cut off', "[1, 2]", "", {"title": "no text here"},
                         {"text": OTHER + "again\n"}])
    docs, skipped = _read(p)
    assert [d.path for d in docs] == [f"{p}:1", f"{p}:6"]
    assert len(skipped) == 3
    assert skipped[0].startswith(f"{p}:2: not JSON")
    assert skipped[1].startswith(f"{p}:3: not a JSON object")
    assert skipped[2].startswith(f"{p}:5: no text")
    assert all("\n" not in s for s in skipped)


def test_an_html_field_goes_through_the_page_path(tmp_path):
    html = wrap(paragraphs(OWN_ARTICLE), title="From the page", date="2024-05-30")
    p = _dump(tmp_path, [{"id": "p1", "html": html}, {"id": "p2", "html": html, "title": "From the dump",
                                                       "url": "https://dump.example/p2"}])
    docs, _ = _read(p)
    assert docs[0].kind == "html" and "cookies" not in docs[0].text and paragraphs(OWN_ARTICLE)[0] in docs[0].text
    assert (docs[0].title, docs[0].date, docs[0].url) == ("From the page", "2024-05-30", CANONICAL)
    # the dump's own fields come before the page's
    assert (docs[1].title, docs[1].url) == ("From the dump", "https://dump.example/p2")


def test_ids_that_cannot_name_an_article_fall_back_to_the_line(tmp_path):
    p = _dump(tmp_path, [{"id": "x/../y", "text": OTHER}, {"id": "dup", "text": OTHER}, {"id": "dup", "text": OTHER},
                         {"id": 12, "text": OTHER}])
    docs, _ = _read(p)
    assert [d.path.rsplit(":", 1)[1] for d in docs] == ["1", "dup", "3", "4"]


def test_an_unreadable_dump_is_skipped(tmp_path):
    with pytest.raises(SkippedFile, match="missing.jsonl"):
        list(read_corpus(str(tmp_path / "missing.jsonl"), print))


def test_a_dump_leaves_the_progress_total_unknown(tmp_path):
    from vnhrc import progress

    p = _dump(tmp_path, [{"text": OTHER}, {"text": OTHER}])
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    assert progress.count_inputs([str(tmp_path / "a.txt")], None) == 1
    assert progress.count_inputs([str(tmp_path / "a.txt"), str(p)], None) is None
