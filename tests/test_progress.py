"""The progress bar: on stderr, on a terminal only, never where it would garble rows, only for runs over a second.

No timings here: speed targets live in bench/bench.py.
"""

import io
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from vnhrc import progress
from vnhrc.cli import cli


def test_no_bar_under_the_test_runner(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "DELAY_S", 0.0)
    p = tmp_path / "a.txt"
    p.write_text("The minister said that 3 bridges were built.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(p), "--format", "jsonl"], catch_exceptions=False)
    assert res.exit_code == 0
    assert "documents" not in res.stderr and "\x1b" not in res.stderr


class Tty(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize(
    ("err_tty", "out_tty", "fmt", "output", "wanted"),
    [
        (False, False, None, None, False),  # stderr is a pipe: never
        (True, False, None, None, True),  # rows go down a pipe: the bar on the terminal
        (True, True, None, None, True),  # a table: printed only once the records are in
        (True, True, "table", None, True),
        (True, True, "jsonl", None, False),  # rows would stream under the bar
        (True, True, "jsonl", "out.jsonl", True),  # to a file
    ],
)
def test_bar_only_where_it_cannot_garble_output(monkeypatch, err_tty, out_tty, fmt, output, wanted):
    monkeypatch.setattr(sys, "stderr", Tty() if err_tty else io.StringIO())
    monkeypatch.setattr(sys, "stdout", Tty() if out_tty else io.StringIO())
    assert progress.wanted(fmt, output) is wanted


def test_a_quick_run_never_shows_a_bar():
    with progress.Bar(3, delay=0.5) as bar:
        for _ in range(3):
            bar.advance()
    assert not bar.shown
    time.sleep(0.6)  # the timer was cancelled: nothing appears after the run either
    assert not bar.shown


def test_a_slow_run_shows_the_bar_and_takes_it_down(monkeypatch):
    monkeypatch.setattr(sys, "stderr", Tty())
    seen = threading.Event()
    with progress.Bar(5, delay=0.0) as bar:
        for _ in range(5):
            bar.advance()
            if bar.shown:
                seen.set()
            time.sleep(0.05)
    assert seen.is_set()
    assert not bar.shown


def test_track_passes_items_through_unchanged():
    assert list(progress.track(iter("abc"), 3, enabled=False)) == ["a", "b", "c"]
    assert list(progress.track(iter("abc"), 3, enabled=True)) == ["a", "b", "c"]


def test_count_inputs(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert progress.count_inputs([str(tmp_path)], "*.txt") == 2
    assert progress.count_inputs([str(tmp_path / "missing")], "*.txt") is None
