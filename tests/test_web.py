"""web.py: a page's main text and metadata, recognising pages, and fetching against a real local server."""

from __future__ import annotations

import socket

import pytest
from conftest import SEEDS
from webpages import (
    CANONICAL,
    CHROME_WORDS,
    OWN_ARTICLE,
    OWN_INTERVIEW,
    SITE,
    Reply,
    paragraphs,
    serve,
    wrap,
)

from vnhrc import web
from vnhrc.documents import make_document

# --- reading pages ------------------------------------------------------------------------------------


def test_main_text_without_menus_related_comments_scripts_banners_footers():
    page = web.read_html(wrap(paragraphs(OWN_ARTICLE)))
    for p in paragraphs(OWN_ARTICLE):
        assert p in page.text
    for word in CHROME_WORDS:
        assert word not in page.text, word
    assert "assembly hall" not in page.text  # the photo caption


def test_paragraphs_stay_apart_by_a_blank_line():
    page = web.read_html(wrap(paragraphs(OWN_ARTICLE)))
    # the headline, then each paragraph: a blank line between, as a text file has them
    assert page.text.split("\n\n")[1:] == [*paragraphs(OWN_ARTICLE)[:-1], paragraphs(OWN_ARTICLE)[-1] + "\n"]


def test_metadata_from_og_article_and_canonical_tags():
    page = web.read_html(wrap(paragraphs(OWN_ARTICLE), title="Small states get a hearing", date="2024-05-30"))
    assert page.title == "Small states get a hearing"
    assert page.date == "2024-05-30"
    assert page.source == SITE
    assert page.author == "Minh Tran"
    assert page.url == CANONICAL


def test_page_metadata_fills_the_record_ahead_of_the_text_rules():
    # the text's own dateline says June 3; the page's markup says May 30 and names the site
    doc = make_document("a.html", wrap(paragraphs(OWN_ARTICLE), title="Small states get a hearing",
                                       date="2024-05-30"))
    assert (doc.title, doc.date, doc.source, doc.url) == ("Small states get a hearing", "2024-05-30", SITE,
                                                          CANONICAL)
    assert doc.kind == "html"
    assert "<" not in doc.text


def test_a_page_with_no_metadata_falls_back_on_the_text_rules():
    doc = make_document("bare.html", wrap(paragraphs(OWN_ARTICLE), meta=False))
    assert doc.url is None
    assert doc.date == "2024-06-03"  # the dateline "Geneva, June 3, 2024 – …" in the text
    assert doc.title == "Council hears small states"  # the page's <h1>


def test_htmldate_finds_a_date_neither_the_markup_nor_the_text_states():
    text = "The minister said the new port would open next year and hire 400 workers from the region.\n\n" \
           "Officials said the money was already set aside in the budget for the coming year.\n"
    html = wrap(paragraphs(text), meta=False).replace("</main>", "</main><div class='x'>Last updated: "
                                                                 "June 3, 2024</div>")
    assert make_document("p.html", html).date == "2024-06-03"
    assert make_document("p.html", wrap(paragraphs(text), meta=False)).date is None


def test_a_page_with_no_article_gives_an_empty_text():
    doc = make_document("empty.html", "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")
    assert doc.text.strip() == ""


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("\ufeff  <!doctype HTML>\n<html>", True),
    ("<!-- saved by a browser -->\n<html lang='en'>", True),
    ("<html><head><title>t</title></head>", True),
    ("<div><p>Critics said no.</p><p>More.</p><p>And more.</p></div>", True),
    ("Critics said <b>no</b> to the plan.", False),  # text with a tag inside is still text
    ("<Geneva> is where the council meets.\n", False),
    ("June 3, 2024\n\nThe council met, said Maria Lopez.\n", False),
])
def test_pages_are_recognised_by_content(text, expected):
    assert web.looks_like_html(text) is expected


def test_html_named_txt_goes_through_the_page_path():
    doc = make_document("saved.txt", wrap(paragraphs(OWN_ARTICLE)))
    assert doc.kind == "html" and doc.title == "Council hears small states" and "cookies" not in doc.text


# --- the same claims from a page as from its text --------------------------------------------------------


def _statements(analyse_text_doc, document):
    rec = analyse_text_doc(document)
    return [(c.speaker, c.cue, c.content) for c in rec.claims if c.type == "statement"], rec


@pytest.fixture(scope="module")
def analyse_document(nlp):
    from vnhrc.extract import analyse
    from vnhrc.pipeline import parse

    return lambda document: analyse(document, parse(document.text, nlp))


ARTICLES = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
ARTICLES.update({"own_article": OWN_ARTICLE, "own_interview": OWN_INTERVIEW})


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_claims_from_a_page_equal_the_claims_from_its_text(name, analyse_document):
    text = ARTICLES[name]
    from_text, _ = _statements(analyse_document, make_document(f"{name}.txt", text))
    page = make_document(f"{name}.html", wrap(paragraphs(text), title="A headline of our own", date="2021-02-03"))
    from_page, rec = _statements(analyse_document, page)
    assert from_text, "the article has statements"
    assert from_page == from_text
    assert (rec.title, rec.doc_date, rec.url) == ("A headline of our own", "2021-02-03", CANONICAL)
    for c in rec.claims:
        assert c.url == CANONICAL
        assert page.text[c.start:c.end]  # offsets into the extracted text
        if c.type == "statement":
            assert c.content in page.text


# --- fetching ------------------------------------------------------------------------------------------

PAGE = wrap(paragraphs(OWN_ARTICLE)).encode()


@pytest.fixture()
def server(monkeypatch):
    monkeypatch.setenv("no_proxy", "*")  # a proxy in the environment must not see loopback requests
    routes = {
        "/article": Reply(body=PAGE),
        "/plain": Reply(body=OWN_ARTICLE.encode("cp1252", errors="replace"),
                        content_type="text/plain; charset=windows-1252"),
        "/moved": Reply(301, headers={"Location": "/article"}),
        "/loop-a": Reply(302, headers={"Location": "/loop-b"}),
        "/loop-b": Reply(302, headers={"Location": "/loop-a"}),
        "/to-file": Reply(302, headers={"Location": "file:///etc/passwd"}),
        "/slow": Reply(body=PAGE, delay=1.5),
        "/big": Reply(body=b"<html><body>" + b"<p>word word word</p>" * 5000 + b"</body></html>"),
        "/big-unsized": Reply(body=b"<html><body>" + b"<p>word word word</p>" * 5000 + b"</body></html>",
                              length=False),
        "/pdf": Reply(body=b"%PDF-1.4 ...", content_type="application/pdf"),
        "/error": Reply(500, b"oops"),
    }
    with serve(routes) as s:
        yield s


def test_fetch_a_page_with_a_user_agent_naming_vnhrc(server):
    got = web.fetch(server.url("/article"))
    assert got.body == PAGE and got.is_html and got.charset == "utf-8"
    assert server.agents[0].startswith("vnhrc/")


def test_fetch_follows_a_redirect_and_says_where_it_ended(server):
    got = web.fetch(server.url("/moved"))
    assert got.url == server.url("/article") and got.body == PAGE


@pytest.mark.parametrize("path, reason", [
    ("/nothing-here", "HTTP 404"),
    ("/error", "HTTP 500"),
    ("/loop-a", "too many redirects"),
    ("/to-file", "not an http(s) address"),
    ("/pdf", "not HTML or text (application/pdf)"),
    ("/big", "too large"),
    ("/big-unsized", "too large"),
    ("/slow", "timed out"),
])
def test_fetch_failures_are_one_line_reasons(server, path, reason):
    with pytest.raises(web.FetchError) as e:
        web.fetch(server.url(path), timeout=0.5, max_bytes=50_000)
    assert reason in str(e.value)
    assert "\n" not in str(e.value)


def test_a_loop_is_stopped_within_the_redirect_cap(server):
    with pytest.raises(web.FetchError):
        web.fetch(server.url("/loop-a"))
    assert sum(server.hits.values()) <= web.MAX_REDIRECTS + 1


def test_connection_refused_and_unknown_host(monkeypatch):
    with socket.socket() as s:  # a port nobody listens on: bound, never listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        with pytest.raises(web.FetchError, match="connection refused"):
            web.fetch(f"http://127.0.0.1:{port}/")

    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)  # no DNS lookup leaves the machine
    with pytest.raises(web.FetchError, match="host not found"):
        web.fetch("http://news.invalid/article")


def test_a_plain_text_page_is_decoded_by_its_served_charset(server):
    from vnhrc.extract import read_url

    doc = read_url(server.url("/plain"), web.Fetcher())
    assert doc.kind == "text" and "“We will not stay silent" in doc.text
    assert doc.url == server.url("/plain")


def test_a_fetched_page_names_its_canonical_address(server):
    from vnhrc.extract import read_url

    doc = read_url(server.url("/article"), web.Fetcher())
    assert doc.url == CANONICAL and doc.kind == "html"


class MemoryCache:
    def __init__(self):
        self.pages = {}

    def get_page(self, url):
        return self.pages.get(url)

    def put_page(self, url, page):
        self.pages[url] = page


def test_fetcher_serves_from_the_cache_refreshes_and_stays_offline(server):
    cache = MemoryCache()
    web.Fetcher(cache).get(server.url("/article"))
    web.Fetcher(cache).get(server.url("/article"))
    assert server.hits["/article"] == 1
    web.Fetcher(cache, refresh=True).get(server.url("/article"))
    assert server.hits["/article"] == 2
    assert web.Fetcher(cache, offline=True).get(server.url("/article")).body == PAGE
    with pytest.raises(web.FetchError, match="offline"):
        web.Fetcher(cache, offline=True).get(server.url("/moved"))
    assert server.hits["/moved"] == 0


def test_url_list_skips_comments_and_names_a_bad_line(tmp_path):
    f = tmp_path / "list.txt"
    f.write_text("# my reading list\nhttps://a.example/one#part\n\n  http://b.example/two  # the second\n")
    assert web.read_url_list(str(f)) == ["https://a.example/one#part", "http://b.example/two"]
    f.write_text("https://a.example/one\nnews/article.html\n")
    with pytest.raises(ValueError, match=r"list.txt:2: not an http\(s\) URL"):
        web.read_url_list(str(f))


@pytest.mark.parametrize("path, short", [
    ("https://lantern.example/world/council-hears.html", "council-hears.html"),
    ("https://lantern.example/world/council-hears/?page=2#top", "council-hears"),
    ("https://lantern.example/", "lantern.example"),
    ("corpus/dump.jsonl:a17", "dump.jsonl:a17"),
    ("seeds/000_878fe1fc6b54c48a.txt", "000_878fe1fc6b54c48a.txt"),
])
def test_tables_name_pages_and_corpus_articles_shortly(path, short):
    from vnhrc.claims import doc_short

    assert doc_short(path) == short


def test_table_rows_become_their_cells_and_layout_tables_their_text():
    html = ("<!DOCTYPE html><html><body><article><p>The results came in late on Friday evening in Geneva.</p>"
            "<table><tr><th>Country</th><th>Votes</th></tr><tr><td>Costa Verde</td><td>180</td></tr></table>"
            "<table><tr><td>Lopez said the vote was fair and that the count was right.</td></tr></table>"
            "</article></body></html>")
    text = web.read_html(html).text
    assert "|" not in text and "---" not in text
    assert "Costa Verde\t180" in text
    assert "\n\nLopez said the vote was fair and that the count was right.\n" in text


def test_a_page_trafilatura_fails_on_is_named_and_the_run_goes_on(tmp_path, monkeypatch):
    from vnhrc.extract import read_documents

    def broken(*args, **kwargs):
        raise ValueError("odd\nmarkup")

    (tmp_path / "a.html").write_text(wrap(paragraphs(OWN_ARTICLE)), encoding="utf-8")
    (tmp_path / "b.txt").write_text(OWN_ARTICLE, encoding="utf-8")
    monkeypatch.setattr(web, "_extract", broken)
    skipped = []
    docs = list(read_documents([str(tmp_path)], on_skip=skipped.append))
    assert [d.path.rsplit("/", 1)[1] for d in docs] == ["b.txt"]
    assert skipped == [f"{tmp_path / 'a.html'}: the page cannot be read (ValueError: odd markup)"]


def test_a_saved_page_in_a_legacy_charset_is_decoded_by_its_meta_tag(tmp_path):
    from vnhrc.documents import read_document

    text = "Łódź, June 3, 2024 - The council must listen, said Ambassador Zofia Wróbel of Poland.\n"
    html = wrap(paragraphs(text)).replace('<meta charset="utf-8">', '<meta charset="iso-8859-2">')
    (tmp_path / "old.html").write_bytes(html.replace("©", "(c)").encode("iso-8859-2"))
    doc = read_document(str(tmp_path / "old.html"))
    assert "Zofia Wróbel" in doc.text and "Łódź" in doc.text
    # bytes that are UTF-8 stay UTF-8, whatever a stale <meta> says
    (tmp_path / "new.html").write_bytes(html.encode("utf-8"))
    assert "Zofia Wróbel" in read_document(str(tmp_path / "new.html")).text
