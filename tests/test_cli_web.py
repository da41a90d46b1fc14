"""The CLI on what users hold: folders of saved pages, URLs (a real server on 127.0.0.1), --urls lists and
JSON Lines dumps."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from webpages import CANONICAL, OWN_ARTICLE, SITE, Reply, paragraphs, serve, wrap

from vnhrc.cli import main

PAGE = wrap(paragraphs(OWN_ARTICLE), title="Council hears small states", date="2024-05-30")


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


def run(args, input=None):
    """The console entry point in-process, as a user runs it: exit status, stdout, stderr."""
    with CliRunner().isolation(input=input) as streams:
        try:
            main(args)
            code = 0
        except SystemExit as e:
            code = e.code
    return Result(code, streams[0].getvalue().decode(), streams[1].getvalue().decode())


def rows(res):
    return [json.loads(line) for line in res.stdout.splitlines()]


def statements(res):
    return [(r["speaker"], r["cue"], r["content"]) for r in rows(res) if r["type"] == "statement"]


@pytest.fixture()
def cache(tmp_path):
    return ["--cache", str(tmp_path / "cache.sqlite")]


def test_a_saved_page_gives_the_claims_of_its_text(tmp_path, cache):
    (tmp_path / "article.txt").write_text(OWN_ARTICLE, encoding="utf-8")
    (tmp_path / "article.html").write_text(PAGE, encoding="utf-8")
    from_text = run(["extract", str(tmp_path / "article.txt"), "--format", "jsonl", *cache])
    from_page = run(["extract", str(tmp_path / "article.html"), "--format", "jsonl", *cache])
    assert from_page.exit_code == 0, from_page.stderr
    assert statements(from_page) == statements(from_text)
    assert len(statements(from_page)) >= 3
    for r in rows(from_page):
        assert r["url"] == CANONICAL and r["doc_date"] == "2024-05-30"
        assert "<" not in r["speaker"] + r["content"] if r["type"] == "statement" else True
    assert all(r["url"] is None for r in rows(from_text))


def test_tags_shows_the_page_metadata(tmp_path, cache):
    (tmp_path / "article.html").write_text(PAGE, encoding="utf-8")
    [rec] = json.loads(run(["tags", str(tmp_path / "article.html"), "--format", "json", *cache]).stdout)
    assert (rec["title"], rec["doc_date"], rec["source"], rec["url"]) == (
        "Council hears small states", "2024-05-30", SITE, CANONICAL)


def test_folders_take_txt_html_and_htm_and_glob_narrows(tmp_path, cache):
    d = tmp_path / "saved-pages"
    d.mkdir()
    (d / "a.html").write_text(PAGE, encoding="utf-8")
    (d / "b.htm").write_text(PAGE.replace("Lopez", "Lopes"), encoding="utf-8")
    (d / "c.txt").write_text(OWN_ARTICLE.replace("Lopez", "Lopeth"), encoding="utf-8")
    (d / "notes.md").write_text("Lopez said nothing, said Anna.\n", encoding="utf-8")
    res = run(["tags", str(d), "--format", "jsonl", *cache])
    assert res.exit_code == 0
    assert sorted(r["doc"].rsplit("/", 1)[1] for r in rows(res)) == ["a.html", "b.htm", "c.txt"]
    res = run(["tags", str(d), "--glob", "*.html", "--format", "jsonl", *cache])
    assert [r["doc"].rsplit("/", 1)[1] for r in rows(res)] == ["a.html"]


def test_a_folder_of_pages_only_is_read(tmp_path, cache):
    d = tmp_path / "htmldir"
    d.mkdir()
    (d / "one.html").write_text(PAGE, encoding="utf-8")
    res = run(["extract", str(d), "--type", "statement", "--format", "jsonl", *cache])
    assert res.exit_code == 0 and statements(res)


def test_a_page_on_stdin_is_recognised_by_its_content(cache):
    res = run(["extract", "-", "--type", "statement", "--format", "jsonl", *cache], input=PAGE)
    assert res.exit_code == 0
    assert {r["url"] for r in rows(res)} == {CANONICAL}
    assert all("<" not in r["content"] for r in rows(res)) and rows(res)


def test_show_prints_the_extracted_text(tmp_path, cache):
    (tmp_path / "article.html").write_text(PAGE, encoding="utf-8")
    res = run(["show", str(tmp_path / "article.html"), *cache])
    assert res.exit_code == 0
    assert "vote for 12 resolutions" in res.stdout
    assert "cookies" not in res.stdout and "<p>" not in res.stdout


# --- URLs ------------------------------------------------------------------------------------------------


@pytest.fixture()
def server(monkeypatch):
    monkeypatch.setenv("no_proxy", "*")
    routes = {
        "/article": Reply(body=PAGE.encode()),
        "/missing-page": Reply(404, b"gone"),
        "/loop": Reply(302, headers={"Location": "/loop"}),
        "/report.pdf": Reply(body=b"%PDF-1.4", content_type="application/pdf"),
        "/slow": Reply(body=PAGE.encode(), delay=1.5),
        "/huge": Reply(body=b"<html><body>" + b"<p>x</p>" * 30_000 + b"</body></html>"),
    }
    with serve(routes) as s:
        yield s


@pytest.fixture()
def quick_fetch(monkeypatch):
    from vnhrc import web

    monkeypatch.setattr(web, "TIMEOUT_S", 0.5)
    monkeypatch.setattr(web, "MAX_BYTES", 100_000)


def test_urls_are_fetched_and_failures_named_in_one_line_each(server, cache, quick_fetch):
    bad = ["/missing-page", "/loop", "/report.pdf", "/slow", "/huge"]
    res = run(["extract", server.url("/article"), *(server.url(p) for p in bad), "--format", "jsonl", *cache])
    assert res.exit_code == 3
    assert statements(res)
    assert {r["url"] for r in rows(res)} == {CANONICAL}
    assert {r["doc"] for r in rows(res)} == {server.url("/article")}
    lines = res.stderr.splitlines()
    for path, reason in zip(bad, ["HTTP 404", "too many redirects", "not HTML or text (application/pdf)",
                                  "timed out", "too large"]):
        [line] = [ln for ln in lines if server.url(path) in ln]
        assert line.startswith("vnhrc: skipped ") and reason in line
    assert server.agents and all(a.startswith("vnhrc/") for a in server.agents)


def test_a_second_run_fetches_nothing_unless_refresh(server, cache):
    first = run(["extract", server.url("/article"), "--format", "jsonl", *cache])
    second = run(["extract", server.url("/article"), "--format", "jsonl", *cache])
    assert first.exit_code == second.exit_code == 0
    assert server.hits["/article"] == 1
    assert second.stdout == first.stdout
    run(["extract", server.url("/article"), "--refresh", "--format", "jsonl", *cache])
    assert server.hits["/article"] == 2


def test_offline_refuses_what_the_cache_lacks_and_never_fetches(server, cache):
    res = run(["extract", server.url("/article"), "--offline", "--format", "jsonl", *cache])
    assert res.exit_code == 3 and "offline" in res.stderr and not res.stdout
    assert server.hits["/article"] == 0
    run(["extract", server.url("/article"), "--format", "jsonl", *cache])
    res = run(["extract", server.url("/article"), "--offline", "--refresh", "--format", "jsonl", *cache])
    assert res.exit_code == 0 and statements(res)
    assert server.hits["/article"] == 1


def test_urls_file(server, cache, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"# to read\n{server.url('/article')}\n\n{server.url('/missing-page')}  # gone\n")
    res = run(["extract", "--urls", str(listing), "--format", "jsonl", *cache])
    assert res.exit_code == 3 and statements(res)
    assert "HTTP 404" in res.stderr
    # `who` reads the listed pages too
    res = run(["who", "lopez", "--urls", str(listing), "--format", "jsonl", *cache])
    assert res.exit_code == 3 and {r["speaker"] for r in rows(res)} == {"Maria Lopez"}


def test_a_urls_file_with_a_line_that_is_no_url_stops_before_anything_is_read(server, cache, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{server.url('/article')}\nsaved/page.html\n")
    res = run(["extract", "--urls", str(listing), *cache])
    assert res.exit_code == 1
    assert "list.txt:2: not an http(s) URL" in res.stderr
    assert server.hits["/article"] == 0


def test_extract_needs_a_path_or_a_url_list(cache):
    res = run(["extract", *cache])
    assert res.exit_code == 2 and "Missing argument" in res.stderr


def test_who_answers_from_the_cache_with_the_url(server, cache):
    run(["extract", server.url("/article"), *cache])
    res = run(["who", "lopez", "--format", "jsonl", *cache])
    assert res.exit_code == 0
    assert {r["doc"] for r in rows(res)} == {server.url("/article")}
    assert {r["url"] for r in rows(res)} == {CANONICAL}


# --- JSON Lines dumps ------------------------------------------------------------------------------------


def test_a_dump_is_read_article_by_article(tmp_path, cache):
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a1", "title": "From the dump", "published": "2024-06-09", "url": "https://d.example/a1",
                    "text": OWN_ARTICLE}),
        "{broken",
        json.dumps({"id": "a2", "html": PAGE}),
        json.dumps({"id": "a3", "summary": "no text field"}),
    ]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = run(["extract", str(dump), "--format", "jsonl", *cache])
    assert res.exit_code == 3
    by_doc = {}
    for r in rows(res):
        by_doc.setdefault(r["doc"], []).append(r)
    assert sorted(by_doc) == [f"{dump}:a1", f"{dump}:a2"]
    a1, a2 = by_doc[f"{dump}:a1"], by_doc[f"{dump}:a2"]
    assert {(r["doc_date"], r["url"]) for r in a1} == {("2024-06-09", "https://d.example/a1")}
    assert {(r["doc_date"], r["url"]) for r in a2} == {("2024-05-30", CANONICAL)}
    assert [(r["speaker"], r["cue"], r["content"]) for r in a1 if r["type"] == "statement"] == \
        [(r["speaker"], r["cue"], r["content"]) for r in a2 if r["type"] == "statement"]
    ids = [r["id"] for r in rows(res)]
    assert len(set(ids)) == len(ids) and ids[0] == f"{dump}:a1#0"
    assert f"{dump}:2: not JSON" in res.stderr and f"{dump}:4: no text" in res.stderr


def test_the_same_text_under_another_date_is_not_served_the_old_record(tmp_path, cache):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "a", "date": "2024-06-09", "text": OWN_ARTICLE}) + "\n", encoding="utf-8")
    first = rows(run(["extract", str(dump), "--format", "jsonl", *cache]))
    dump.write_text(json.dumps({"id": "a", "date": "2023-01-15", "text": OWN_ARTICLE}) + "\n", encoding="utf-8")
    second = rows(run(["extract", str(dump), "--format", "jsonl", *cache]))
    assert {r["doc_date"] for r in first} == {"2024-06-09"}
    assert {r["doc_date"] for r in second} == {"2023-01-15"}


def test_text_field_option(tmp_path, cache):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": "A teaser.", "full": OWN_ARTICLE}) + "\n", encoding="utf-8")
    res = run(["extract", str(dump), "--text-field", "full", "--type", "statement", "--format", "jsonl", *cache])
    assert res.exit_code == 0
    assert any(r["speaker"] == "Maria Lopez" for r in rows(res))  # from the full text, not the teaser


WEB_FREE = """
import sys
from vnhrc.cli import main
try:
    main(sys.argv[1:])
except SystemExit as e:
    assert not e.code, e.code
heavy = [m for m in sys.modules if m.split(".")[0] in ("spacy", "trafilatura", "htmldate", "lxml")]
assert not heavy and "urllib.request" not in sys.modules, heavy
"""


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["who", "lopez", "--format", "jsonl"],
                                  ["speakers", "--format", "jsonl"]])
def test_help_and_cache_answers_import_no_page_or_fetch_stack(tmp_path, args):
    import subprocess
    import sys

    (tmp_path / "article.html").write_text(PAGE, encoding="utf-8")
    cache = ["--cache", str(tmp_path / "cache.sqlite")]
    assert run(["extract", str(tmp_path / "article.html"), *cache]).exit_code == 0
    extra = cache if args[-1] != "--help" else []
    res = subprocess.run([sys.executable, "-c", WEB_FREE, *args, *extra], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    if args[0] == "who":
        assert "Maria Lopez" in res.stdout


def test_refresh_reads_a_page_that_changed(monkeypatch, cache):
    monkeypatch.setenv("no_proxy", "*")
    versions = iter([PAGE, PAGE.replace("Maria Lopez", "Maria Lopes").replace("Lopez said", "Lopes said")])
    with serve({"/story": lambda: Reply(body=next(versions).encode())}) as server:
        first = run(["extract", server.url("/story"), "--type", "statement", "--format", "jsonl", *cache])
        cached = run(["extract", server.url("/story"), "--type", "statement", "--format", "jsonl", *cache])
        fresh = run(["extract", server.url("/story"), "--refresh", "--type", "statement", "--format", "jsonl",
                     *cache])
    assert "Maria Lopez" in {r["speaker"] for r in rows(first)}
    assert cached.stdout == first.stdout
    assert "Maria Lopes" in {r["speaker"] for r in rows(fresh)}
    assert server.hits["/story"] == 2
