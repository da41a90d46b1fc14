"""output.py on rows of our own: tables never read document strings as markup; formats from extensions."""

import io

from vnhrc.output import choose_format, format_for, write_rows


def test_a_table_prints_titles_and_cells_as_written():
    out = io.StringIO()
    rows = [{"doc": "x/[b]odd.txt", "speaker": "[red]Tran[/red]", "content": "for [membership on] it"}]
    write_rows(rows, "table", out, ("doc", "speaker", "content"), title="vnhrc who [bold]tran[/bold]", color="never")
    text = out.getvalue()
    for part in ("[bold]tran[/bold]", "[b]odd.txt", "[red]Tran[/red]", "[membership on]"):
        assert part in text, text


def test_the_extension_names_the_format_and_format_wins():
    assert [format_for(p) for p in ("a.CSV", "a.json", "a.jsonl", "a.ndjson", "a.md", "a.txt", "a.out", "-")] == [
        "csv", "json", "jsonl", "jsonl", "markdown", "table", None, None]
    assert choose_format(None, io.StringIO(), True, "claims.csv") == "csv"
    assert choose_format("jsonl", io.StringIO(), True, "claims.csv") == "jsonl"
    assert choose_format(None, io.StringIO(), True, "claims.data") == "jsonl"


def test_no_color_in_the_environment_turns_colours_off(monkeypatch):
    from vnhrc.output import make_console

    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    console = make_console(out, "always")
    console.print("x", style="bold red")
    assert "\x1b[3" not in out.getvalue()  # no colour code (NO_COLOR allows bold, not colours)
