"""store.py: pages fetched from URLs, and the record key of documents whose metadata comes from outside the text."""

from __future__ import annotations

import sqlite3

from vnhrc.documents import Document, make_document
from vnhrc.store import Store, document_key, text_key
from vnhrc.web import Fetched

PAGE = Fetched(url="https://news.example/a?from=redirect", content_type="text/html; charset=utf-8",
               body="<html><body><p>Ngày 3 – a page</p></body></html>".encode())


def test_a_page_is_kept_under_its_url_across_runs_and_replaced_when_fetched_again(tmp_path):
    path = tmp_path / "cache.sqlite"
    with Store(path) as s:
        assert s.get_page("https://news.example/a") is None
        s.put_page("https://news.example/a", PAGE)
    with Store(path) as s:
        assert s.get_page("https://news.example/a") == PAGE
        newer = Fetched(url=PAGE.url, content_type="text/html", body=b"<html>newer</html>")
        s.put_page("https://news.example/a", newer)
        assert s.get_page("https://news.example/a") == newer
        assert s.get_page("https://news.example/b") is None


def test_a_cache_made_before_pages_were_kept_gains_the_table_and_keeps_its_records(tmp_path):
    path = tmp_path / "cache.sqlite"
    with Store(path) as s:
        s.con.execute("DROP TABLE pages")
        s.con.execute("INSERT INTO paths VALUES ('/x/a.txt', 'sha', 'v', 0, 0)")
    with Store(path) as s:
        assert s.count_paths() == 1
        s.put_page("https://news.example/a", PAGE)
        assert s.get_page("https://news.example/a") == PAGE
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == 1
    con.close()


def test_a_text_file_is_keyed_by_its_text_alone():
    doc = make_document("a.txt", "June 3, 2024\n\nThe council met, said Maria Lopez.\n")
    assert document_key(doc) == text_key(doc.text)
    assert document_key(make_document("elsewhere/b.txt", doc.text)) == document_key(doc)


def test_metadata_from_outside_the_text_is_part_of_the_key():
    text = "The council met, said Maria Lopez.\n"

    def doc(**kw):
        return Document(path="dump.jsonl:1", text=text, kind="jsonl", **kw)

    assert document_key(doc(date="2024-06-03")) != document_key(doc(date="2023-01-01"))
    assert document_key(doc(url="https://a.example/1")) != document_key(doc(url="https://a.example/2"))
    assert document_key(doc(title="T", date="2024-06-03")) == document_key(doc(title="T", date="2024-06-03"))
    assert document_key(doc()) != text_key(text)
