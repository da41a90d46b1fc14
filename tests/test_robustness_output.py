"""Paths a user names for writing (-o, --html, --cache) and what can happen while writing: an input named as
the output, empty paths, a full disk, the signals that end a run. README "Bad input" lists the same cases."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import time
from pathlib import Path

import pytest
from test_robustness import TEXT, VNHRC, call, corpus, jsonl, no_traceback

from vnhrc import extract


@pytest.fixture
def nothing_read(monkeypatch):
    """Fails the test if any document is read: a clash must be found before the run starts."""

    def read(path):
        raise AssertionError(f"{path} was read")

    monkeypatch.setattr(extract, "read_document", read)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_output_naming_an_input_is_refused_before_reading_anything(tmp_path, capsys, nothing_read, monkeypatch):
    docs = corpus(tmp_path / "docs", 2, per_doc=1)
    target = docs / "a000.txt"
    before = target.read_bytes()
    (tmp_path / "link.txt").symlink_to(target)
    os.link(target, tmp_path / "hard.txt")
    monkeypatch.chdir(tmp_path)
    spellings = [
        (["docs/a000.txt"], "docs/a000.txt"),  # the file itself
        (["docs/a000.txt"], "./docs/../docs/a000.txt"),  # another spelling of it
        (["docs"], "docs/a000.txt"),  # through the folder that holds it
        (["docs"], "link.txt"),  # a symbolic link to it
        (["link.txt"], "docs/a000.txt"),  # named through a link, written by its own name
        (["docs"], "hard.txt"),  # a hard link: the same file under another name
    ]
    for inputs, out in spellings:
        for command in (["extract"], ["tags"], ["speakers"], ["who", "Hoa"]):
            code, stdout, err = call([*command, *inputs, "-o", out], capsys)
            assert code == 2 and stdout == "", (inputs, out, err)
            assert "would overwrite the input" in err and "Usage:" in err
            assert target.read_bytes() == before
    assert not list(tmp_path.rglob(".vnhrc-*"))


def test_a_folder_output_whose_parts_are_inputs_is_refused(tmp_path, capsys, nothing_read):
    data = tmp_path / "data"
    data.mkdir()
    (data / "part-00000.jsonl").write_text(TEXT)  # the user's own file, named as the parts are
    code, out, err = call(["extract", str(data), "--glob", "*.jsonl", "-o", f"{data}/"], capsys)
    assert code == 2 and "would overwrite the input" in err
    assert (data / "part-00000.jsonl").read_text() == TEXT


def test_output_naming_the_cache_is_refused(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT)
    cache = tmp_path / "cache.sqlite"
    code, _, _ = call(["extract", str(doc), "--cache", str(cache)], capsys)
    assert code == 0
    before = cache.read_bytes()
    for args in (["extract", str(doc)], ["who", "Hoa"]):
        code, out, err = call([*args, "--cache", str(cache), "-o", str(cache)], capsys)
        assert code == 2 and "would overwrite the cache" in err
        assert cache.read_bytes() == before


def test_show_refuses_an_html_page_over_its_own_document(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT)
    code, out, err = call(["show", str(doc), "--html", str(doc)], capsys)
    assert code == 2 and "is the document" in err
    assert doc.read_text() == TEXT


@pytest.mark.parametrize("option", ["-o", "--html", "--cache"])
def test_an_empty_path_is_a_usage_error_and_writes_nothing(tmp_path, capsys, monkeypatch, option, nothing_read):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT)
    monkeypatch.chdir(tmp_path)
    command = ["show", "a.txt"] if option == "--html" else ["extract", "a.txt"]
    for empty in ("", "  "):
        code, out, err = call([*command, option, empty], capsys)
        assert code == 2 and out == "" and "empty path" in err, err
    assert _names(tmp_path) == ["a.txt"]  # no temporary file, no cache made in the working folder


def test_folder_output_where_the_folder_is_a_file_is_a_usage_error(tmp_path, capsys, nothing_read):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT)
    taken = tmp_path / "out"
    taken.write_text("mine\n")
    code, out, err = call(["extract", str(doc), "-o", f"{taken}/"], capsys)
    assert code == 2 and "is a file" in err
    assert taken.read_text() == "mine\n"


def _limited(max_bytes: int):
    def limit() -> None:  # `ulimit -f`: a write past it fails with EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    return limit


@pytest.mark.slow
def test_a_full_disk_names_the_output_keeps_the_earlier_file_and_leaves_no_temp(tmp_path):
    docs = corpus(tmp_path / "docs", 6)
    out = tmp_path / "claims.jsonl"
    out.write_text('{"previous": true}\n')
    res = subprocess.run([*VNHRC, "extract", str(docs), "-o", str(out), "--no-cache", "--jobs", "1"],
                         capture_output=True, text=True, timeout=300, preexec_fn=_limited(4096))
    assert res.returncode == 1
    assert res.stderr.count("\n") == 1 and str(out) in res.stderr, res.stderr
    assert "writing the output failed" in res.stderr and "earlier file is kept" in res.stderr
    assert out.read_text() == '{"previous": true}\n'
    assert not list(tmp_path.glob(".vnhrc-*"))
    # the same into parts: the part being written goes, the message names it
    res = subprocess.run([*VNHRC, "extract", str(docs), "-o", f"{tmp_path / 'parts'}/", "--no-cache"],
                         capture_output=True, text=True, timeout=300, preexec_fn=_limited(4096))
    assert res.returncode == 1 and "part-00000.jsonl: writing the output failed" in res.stderr, res.stderr
    assert not list((tmp_path / "parts").iterdir())


@pytest.mark.slow
def test_a_full_disk_under_the_cache_names_the_cache_and_the_run_goes_on(tmp_path):
    docs = corpus(tmp_path / "docs", 3)
    cache = tmp_path / "cache.sqlite"
    res = subprocess.run([*VNHRC, "extract", str(docs), "--cache", str(cache), "--format", "jsonl"],
                         capture_output=True, text=True, timeout=300, preexec_fn=_limited(8192))
    assert res.returncode == 0, res.stderr
    assert len({r["doc"] for r in jsonl(res.stdout)}) == 3
    assert res.stderr.count("\n") == 1 and f"the cache {cache}" in res.stderr, res.stderr
    no_traceback(res.stderr)


def _wait_for_temp(folder: Path, proc: subprocess.Popen, pattern: str = ".vnhrc-*.tmp") -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        temps = list(folder.glob(pattern))
        if temps and temps[0].stat().st_size > 0:
            return
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.2)
    pytest.fail("no temporary output file appeared")


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGQUIT])
def test_a_closed_terminal_or_ctrl_backslash_unwinds_like_sigterm(tmp_path, sig):
    folder = corpus(tmp_path / "docs", 150)
    out = tmp_path / "claims.jsonl"
    out.write_text('{"previous": true}\n')
    # --jobs 2 and the signal to the whole group, as a closing terminal sends it
    proc = subprocess.Popen([*VNHRC, "extract", str(folder), "-o", str(out), "--jobs", "2"],
                            stderr=subprocess.PIPE, start_new_session=True)
    _wait_for_temp(tmp_path, proc)
    os.killpg(proc.pid, sig)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 128 + sig
    no_traceback(err)
    assert out.read_text() == '{"previous": true}\n'
    assert not list(tmp_path.glob(".vnhrc-*"))
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):  # no worker process left behind
        os.killpg(proc.pid, 0)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_parts_of_an_earlier_longer_run_go_when_a_run_is_stopped(tmp_path, capsys, monkeypatch, sig):
    from vnhrc import output

    folder = corpus(tmp_path / "docs", 50, per_doc=1)
    parts = tmp_path / "parts"
    parts.mkdir()
    for i in range(50):  # an earlier, longer run's parts
        (parts / f"part-{i:05d}.jsonl").write_text('{"stale": true}\n')
    (parts / "notes.txt").write_text("mine\n")
    monkeypatch.setattr(output, "PART_ROWS", 4)
    batches = []

    def signalled(batch, monthfirst=False):  # the signal arrives for real, in the middle of the run
        batches.append(batch)
        if len(batches) == 3:
            os.kill(os.getpid(), sig)
        return process_batch(batch, monthfirst)

    process_batch = extract.process_batch
    monkeypatch.setattr(extract, "process_batch", signalled)
    code, out, err = call(["extract", str(folder), "-o", f"{parts}/", "--jobs", "1", "--no-cache"], capsys)
    assert code == 128 + sig
    no_traceback(err)
    left = sorted(parts.glob("part-*.jsonl"))
    assert left and all("stale" not in p.read_text() for p in left)  # only this run's whole parts
    assert [p.name for p in left] == [f"part-{i:05d}.jsonl" for i in range(len(left))]
    assert (parts / "notes.txt").read_text() == "mine\n"
    assert not list(parts.glob(".vnhrc-*"))
