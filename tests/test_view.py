"""`vnhrc show`: highlights at the right offsets, in the terminal and in a self-contained, escaped HTML page."""

import html
import io
import re

import pytest
from click.testing import CliRunner

from vnhrc import view
from vnhrc.claims import Claim, DocRecord
from vnhrc.cli import cli

# A text of our own with a record made by hand, so these tests check the view, not the rules.
TEXT = (
    "Hanoi, March 4, 2025 – The committee will review 14 cases <urgently> & openly, "
    "Minister Tran Van Binh said on Tuesday.\n\nA total of 30 delegates attended."
)


def at(s: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(s, i + 1)
    return i, i + len(s)


def hand_record() -> DocRecord:
    content = at("The committee will review 14 cases <urgently> & openly")
    quantity = at("A total of 30 delegates")
    span = (content[0], at("Tuesday")[1])
    claims = [
        Claim(id="t#0", doc="t.txt", doc_date="2025-03-04", type="statement", speaker="Tran Van Binh",
              speaker_type="person", speaker_title="Minister", cue="said", kind="indirect",
              content=TEXT[content[0]:content[1]], numbers=[{"text": "14", "value": 14, "unit": "case"}],
              start=span[0], end=span[1]),
        Claim(id="t#1", doc="t.txt", doc_date="2025-03-04", type="quantity", content=TEXT[quantity[0]:quantity[1]],
              subject="delegates", value=30, unit="delegate", start=quantity[0], end=quantity[1]),
    ]
    return DocRecord(
        doc="t.txt", title="Review", doc_date="2025-03-04", source=None,
        entities=[
            {"text": "Hanoi", "label": "GPE", "start": at("Hanoi")[0], "end": at("Hanoi")[1]},
            {"text": "Tran Van Binh", "label": "PERSON", "start": at("Tran Van Binh")[0],
             "end": at("Tran Van Binh")[1]},
            {"text": "March 4, 2025", "label": "DATE", "start": at("March 4, 2025")[0],
             "end": at("March 4, 2025")[1]},
        ],
        dates=[{"text": "March 4, 2025", "iso": "2025-03-04", "start": at("March 4, 2025")[0],
                "end": at("March 4, 2025")[1]}],
        numbers=[{"text": "14", "value": 14, "unit": "case", "start": at("14")[0], "end": at("14")[1]},
                 {"text": "30", "value": 30, "unit": "delegate", "start": at("30")[0], "end": at("30")[1]}],
        claims=claims,
    )


def by_kind(found, kind):
    return [TEXT[m.start:m.end] for m in found if m.kind == kind]


def test_marks_sit_on_the_text_they_name():
    found = view.marks(hand_record(), TEXT)
    assert by_kind(found, "statement") == ["The committee will review 14 cases <urgently> & openly"]
    assert by_kind(found, "quantity") == ["A total of 30 delegates"]
    assert by_kind(found, "date") == ["March 4, 2025"]
    assert sorted(by_kind(found, "number")) == ["14", "30"]
    assert sorted(by_kind(found, "entity")) == ["Hanoi", "March 4, 2025", "Tran Van Binh"]
    # the speaker's mention and the cue are found beside the content, not inside it
    assert by_kind(found, "speaker") == ["Tran Van Binh"]
    assert by_kind(found, "cue") == ["said"]


def test_speaker_surname_alone_is_found_and_content_words_are_not():
    text = "Binh said that Binh would travel.\n"
    c = Claim(id="x#0", doc="x", doc_date=None, type="statement", speaker="Tran Van Binh", cue="said",
              content="Binh would travel", start=0, end=32)
    found = view.marks(DocRecord(doc="x", title=None, doc_date=None, source=None, claims=[c]), text)
    assert [(m.start, m.end) for m in found if m.kind == "speaker"] == [(0, 4)]


def test_marks_out_of_range_are_dropped():
    rec = DocRecord(doc="x", title=None, doc_date=None, source=None,
                    entities=[{"text": "x", "label": "ORG", "start": 5, "end": 500}])
    assert view.marks(rec, "short text") == []


def test_terminal_text_is_styled_at_the_offsets():
    found = view.marks(hand_record(), TEXT)
    text = view.render_text(TEXT, found)
    assert text.plain == TEXT
    spans = {(s.start, s.end, str(s.style)) for s in text.spans}
    for m in found:
        assert (m.start, m.end, view.STYLES[view.style_key(m)]) in spans
    # an entity's style follows its kind: a person is not drawn as a place
    assert view.style_key(next(m for m in found if m.label == "PERSON")) == "person"
    assert view.style_key(next(m for m in found if m.label == "GPE")) == "place"


def test_terminal_view_has_text_legend_and_claims():
    out = io.StringIO()
    view.show(hand_record(), TEXT, out, color="always")
    printed = out.getvalue()
    assert "Legend" in printed and "reporting cue" in printed
    assert "<urgently>" in printed  # the text as it is, not markup
    assert "Tran Van Binh" in printed and "delegates" in printed
    assert "2 claims" in printed


def doc_div(page: str) -> str:
    return re.search(r'<div class="doc">(.*?)</div>', page, re.S).group(1)


def test_html_page_is_escaped_and_reproduces_the_text():
    page = view.html_page(hand_record(), TEXT)
    assert page.startswith("<!DOCTYPE html>")
    assert "<urgently>" not in page and "&lt;urgently&gt;" in page
    div = doc_div(page)
    div = re.sub(r'<sup class="ref">.*?</sup>', "", div)
    assert html.unescape(re.sub(r"<[^>]+>", "", div)) == TEXT


def test_html_page_is_self_contained():
    page = view.html_page(hand_record(), TEXT)
    assert "<style>" in page
    for outside in ("<script", "<link", "src=", "@import", "url("):
        assert outside not in page


def test_html_spans_carry_the_classes_of_what_they_cover():
    div = doc_div(view.html_page(hand_record(), TEXT))
    pieces = re.findall(r'<span class="([^"]+)"[^>]*>([^<]*)</span>', div)
    classes_of = {}
    for classes, piece in pieces:
        classes_of.setdefault(html.unescape(piece), set()).update(classes.split())
    assert {"k-statement", "k-number"} <= classes_of["14"]
    assert {"k-quantity", "k-number"} <= classes_of["30"]
    assert {"k-date", "k-entity"} <= classes_of["March 4, 2025"]
    assert {"k-person", "k-speaker"} <= classes_of["Tran Van Binh"]
    assert "k-cue" in classes_of["said"]
    # each claim is numbered where its content starts, matching the table's rows
    assert re.search(r'<sup class="ref">0</sup>(<span[^>]*>)?The committee', div)
    assert '<tr id="claim-1">' in view.html_page(hand_record(), TEXT)


def test_html_legend_names_every_kind():
    page = view.html_page(hand_record(), TEXT)
    legend = re.search(r'<div class="legend">(.*?)</div>', page, re.S).group(1)
    for key in view.LEGEND:
        assert f'class="k-{key}"' in legend


# --- the command --------------------------------------------------------------------------------------------

ARTICLE = (
    "Geneva, May 2, 2024\n\nThe rapporteur said that 40 countries had answered the questionnaire, "
    "according to a statement from the office.\n\n“We are grateful for every answer,” said rapporteur Ana Ruiz.\n"
)


@pytest.fixture()
def article(tmp_path):
    p = tmp_path / "art.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_show_prints_the_document_and_writes_html(article, tmp_path, nlp):
    target = tmp_path / "view.html"
    res = CliRunner().invoke(cli, ["show", str(article), "--html", str(target)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "Legend" not in res.stdout and "\x1b[" not in res.stdout  # piped: no colours, so nothing to explain
    assert "questionnaire" in res.stdout
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "grateful" in html.unescape(re.sub(r"<[^>]+>", "", doc_div(page)))


def test_show_reads_stdin(nlp):
    res = CliRunner().invoke(cli, ["show", "-", "--color", "always"], input=ARTICLE, catch_exceptions=False)
    assert res.exit_code == 0
    assert "questionnaire" in res.stdout and "Legend" in res.stdout and "\x1b[" in res.stdout


def test_show_missing_doc_is_one_line_error(tmp_path):
    res = CliRunner().invoke(cli, ["show", str(tmp_path / "nope.txt")])
    assert res.exit_code == 1
    assert res.stderr.strip().startswith("Error:") and len(res.stderr.strip().splitlines()) == 1
    assert "nope.txt" in res.stderr


def test_show_folder_is_one_line_error(tmp_path):
    res = CliRunner().invoke(cli, ["show", str(tmp_path)])
    assert res.exit_code == 1
    assert res.stderr.strip().startswith("Error:") and len(res.stderr.strip().splitlines()) == 1
