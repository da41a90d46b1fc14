import json
import re

import pytest
from click.testing import CliRunner

from vnhrc.cli import cli, main

TEXT = (
    "June 3, 2024\n\nGeneva, June 3, 2024 – The council must listen to small states, said Ambassador Maria Lopez, "
    "head of the delegation.\n\nLopez said that her country would vote for 12 resolutions this year.\n"
)


@pytest.fixture()
def article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def run(args, **kw):
    return CliRunner().invoke(cli, args, catch_exceptions=False, **kw)


def test_pipe_default_is_jsonl_with_every_spec_field(article):
    res = run(["extract", str(article)])
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert rows, res.output
    fields = {"id", "doc", "doc_date", "type", "speaker", "speaker_type", "speaker_title", "cue", "kind",
              "content", "dates", "numbers", "sentence", "start", "end"}
    for r in rows:
        assert fields <= set(r)
        assert TEXT[r["start"]:r["end"]]
        if r["type"] == "statement":
            assert r["content"] in TEXT


def test_statements_name_the_full_speaker(article):
    rows = [json.loads(x) for x in run(["extract", str(article), "--type", "statement"]).output.splitlines()]
    assert {r["speaker"] for r in rows} == {"Maria Lopez"}
    assert len(rows) == 2


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown", "table"])
def test_every_format_writes_the_claims(article, fmt):
    res = run(["extract", str(article), "--format", fmt, "--type", "statement"])
    assert res.exit_code == 0
    assert "Lopez" in res.output
    if fmt == "json":
        assert isinstance(json.loads(res.output), list)
    if fmt == "csv":
        assert res.output.splitlines()[0].startswith("id,")


def test_stdin(article):
    res = run(["extract", "-", "--format", "jsonl"], input=TEXT)
    assert res.exit_code == 0
    assert '"doc": "-"' in res.output


def test_output_file_is_written_atomically(article, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    res = run(["extract", str(article), "-o", str(out)])
    assert res.exit_code == 0
    assert out.read_text().startswith("{")  # a file gets JSON Lines by default
    # a failing run leaves the earlier file as it was and no temporary file behind
    res = CliRunner().invoke(cli, ["extract", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert res.exit_code == 1
    assert out.read_text().startswith("{")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".vnhrc-")]


def test_filters(article):
    def count(*extra):
        res = run(["extract", str(article), "--format", "jsonl", *extra])
        return len(res.stdout.splitlines())

    assert count("--speaker", "lopez") == count("--speaker", "Maria López") == count("--type", "statement")
    assert count("--speaker", "Villegas") == 0
    assert count("--grep", "resolutions") >= 1
    assert count("--grep", "nothing-like-this") == 0
    assert count("--since", "2030-01-01") == 0
    assert count("--until", "2030-01-01", "--type", "statement") == count("--type", "statement")


def test_bad_options_are_usage_errors(article):
    assert CliRunner().invoke(cli, ["extract", str(article), "--format", "xml"]).exit_code == 2
    assert CliRunner().invoke(cli, ["extract", str(article), "--since", "yesterday"]).exit_code == 2
    assert CliRunner().invoke(cli, ["extract", str(article), "--grep", "("]).exit_code == 2


def test_main_turns_missing_path_into_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["extract", str(tmp_path / "nope.txt")])
    assert e.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and err.count("\n") == 1


def test_skipped_files_are_named_and_the_rest_processed(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(TEXT)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00")
    with pytest.raises(SystemExit) as e:
        main(["extract", str(tmp_path), "--format", "jsonl"])
    assert e.value.code == 3
    out, err = capsys.readouterr()
    assert "bad.txt" in err and "good" in out


def test_tags_record_per_document(article):
    res = run(["tags", str(article), "--format", "jsonl"])
    rec = json.loads(res.output)
    assert {"doc", "title", "doc_date", "source", "entities", "dates", "numbers"} <= set(rec)
    assert rec["doc_date"] == "2024-06-03"
    assert any(d["iso"] == "2024-06-03" for d in rec["dates"])


def test_help_lists_commands():
    res = run(["--help"])
    assert re.search(r"extract", res.output) and "tags" in res.output


def test_a_rule_failing_on_one_document_skips_only_that_document(tmp_path, monkeypatch, capsys):
    from vnhrc import statements

    real = statements.find_statements

    def fragile(doc, *a, **kw):
        if "BOOM" in doc.text:
            raise ValueError("simulated rule bug")
        return real(doc, *a, **kw)

    monkeypatch.setattr(statements, "find_statements", fragile)
    (tmp_path / "a_good.txt").write_text(TEXT)
    (tmp_path / "b_bad.txt").write_text("BOOM. The minister said that it would fail.")
    with pytest.raises(SystemExit) as e:
        main(["extract", str(tmp_path), "--format", "jsonl", "--jobs", "1"])
    assert e.value.code == 3
    out, err = capsys.readouterr()
    assert "Lopez" in out
    assert "b_bad.txt" in err and "simulated rule bug" in err and "Traceback" not in err
    # the failure is not cached: a fixed rule gets another go at the document
    monkeypatch.setattr(statements, "find_statements", real)
    with pytest.raises(SystemExit) as e:
        main(["extract", str(tmp_path / "b_bad.txt"), "--format", "jsonl", "--jobs", "1"])
    assert e.value.code == 0
