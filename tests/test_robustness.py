"""Bad input and faults: vnhrc processes what it can, names what it skipped, never shows a traceback and never
loses output already written. README "Bad input" lists the same cases."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnhrc import documents, output, pipeline
from vnhrc.cli import cli, main
from vnhrc.documents import SkippedFile, decode, iter_paths, read_document
from vnhrc.extract import process_batch

VNHRC = [sys.executable, "-m", "vnhrc"]


def article(i: int, n: int = 6) -> str:
    """A small article of our own, different for each i (so no cache can answer for another)."""
    parts = [f"Provincial council approves water plan {i}", f"Hanoi, {1 + i % 28} March 2024"]
    for k in range(n):
        parts.append(
            f"Le Thi Hoa, director of the provincial health department, said that {k + i + 2} new clinics "
            f"would open in the district before June {2025 + k % 3}. "
            f"“We will not wait for the next {k + 3} years,” said Nguyen Van Binh, a farmer from the village."
        )
    return "\n\n".join(parts) + "\n"


TEXT = article(0, n=2)


def corpus(folder: Path, n: int, per_doc: int = 6) -> Path:
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(article(i, per_doc), encoding="utf-8")
    return folder


def call(args: list[str], capsys, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """The console entry point in-process: (exit status, stdout, stderr)."""
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    with pytest.raises(SystemExit) as e:
        main(args)
    out, err = capsys.readouterr()
    return e.value.code, out, err


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Exception ignored" not in err, err


# --- input -----------------------------------------------------------------------------------------


def test_missing_path_is_one_line_error_and_nothing_is_written(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    # the good file comes first: every path is checked before anything is processed or written
    for fmt in ("jsonl", "json", "csv"):
        code, out, err = call(["extract", str(good), str(tmp_path / "nope.txt"), "--format", fmt], capsys)
        assert code == 1
        assert out == ""
        assert err == f"Error: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_empty_folder_and_folder_without_matches_are_errors(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = call(["extract", str(empty)], capsys)
    assert (code, out) == (1, "") and err.startswith("Error: ") and "no files matching" in err
    (empty / "notes.md").write_text(TEXT)
    code, _, err = call(["extract", str(empty)], capsys)
    assert code == 1 and "'*.txt'" in err


def test_empty_and_whitespace_files_give_no_claims_and_no_error(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n\r\n   \n")
    (tmp_path / "bom-only.txt").write_bytes(codecs.BOM_UTF8)
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert (code, out, err) == (0, "", "")
    code, out, err = call(["tags", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 0 and err == ""
    assert all(r["dates"] == [] and r["numbers"] == [] for r in jsonl(out)) and len(jsonl(out)) == 3


def test_binary_and_control_character_files_are_skipped_by_name_and_the_rest_processed(tmp_path, capsys):
    corpus(tmp_path, 2, per_doc=1)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    (tmp_path / "nul.txt").write_bytes(TEXT.encode() + b"\x00 trailing")
    (tmp_path / "ctl.txt").write_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08 said Lan \x0e\x0f\x10\x11\x12\x13\x14")
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 3  # README "Exit status": done, but some files were skipped
    assert {Path(r["doc"]).name for r in jsonl(out)} == {"a000.txt", "a001.txt"}
    skipped = [line for line in err.splitlines() if line.startswith("vnhrc: skipped ")]
    assert len(skipped) == 3
    for name in ("image.txt", "nul.txt", "ctl.txt"):
        assert sum(name in line and "binary" in line for line in skipped) == 1
    assert err.splitlines()[-1] == "vnhrc: 3 file(s) skipped"
    no_traceback(err)


def test_a_few_stray_control_characters_do_not_reject_an_article(tmp_path, capsys):
    text = TEXT.replace("Hanoi,", "Hanoi,\x0b").replace("village.", "village.\x1a", 1)
    (tmp_path / "word-export.txt").write_text(text)
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 0 and err == ""
    rows = jsonl(out)
    assert rows
    assert all(text[r["start"]:r["end"]] for r in rows)


ENCODED = "Bà Nguyễn Thị Lan said “the café will reopen” on 3 March 2024 – a “fresh” start.\n"


@pytest.mark.parametrize(
    "data",
    [
        ENCODED.encode("utf-8"),
        codecs.BOM_UTF8 + ENCODED.encode("utf-8"),
        codecs.BOM_UTF16_LE + ENCODED.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ENCODED.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + ENCODED.encode("utf-32-le"),
        ENCODED.encode("utf-16-le"),  # no BOM: every other byte NUL gives it away
        ENCODED.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf16le", "utf16be"],
)
def test_unicode_encodings_decode_to_the_same_text(data):
    assert decode(data, "x.txt") == ENCODED


LEGACY = "José Martí said “the café is open” – 50 ½ kg, naïve résumé.\n"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_single_byte_files_are_decoded_not_rejected(encoding):
    data = LEGACY.encode(encoding, errors="replace") if encoding == "latin-1" else LEGACY.encode(encoding)
    text = decode(data, "old.txt")
    assert "José Martí" in text and "café" in text and "½" in text and "résumé" in text
    if encoding == "cp1252":
        assert text == LEGACY  # curly quotes and the dash too


def test_utf8_with_a_cut_off_last_character_stays_utf8():
    data = "Ông Trần Văn Phúc nói rằng Hà Nộ".encode()[:-1]  # the last letter's bytes cut in two
    assert decode(data, "cut.txt") == "Ông Trần Văn Phúc nói rằng Hà N\ufffd"


def test_broken_bom_file_is_read_with_a_replacement_character_not_skipped():
    data = codecs.BOM_UTF16_LE + "Hà Nội".encode("utf-16-le") + b"\x00"  # odd length: a truncated file
    assert decode(data, "x.txt").startswith("Hà Nội")


def test_every_encoding_gives_the_same_claims(tmp_path, capsys):
    variants = {
        "utf8.txt": TEXT.encode("utf-8"),
        "utf8bom.txt": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        "utf16le.txt": TEXT.encode("utf-16"),  # Python writes a BOM and native (little-endian) order
        "utf16be.txt": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        "cp1252.txt": TEXT.encode("cp1252"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert (code, err) == (0, "")
    by_doc: dict[str, list] = {}
    for r in jsonl(out):
        by_doc.setdefault(Path(r["doc"]).name, []).append((r["speaker"], r["content"], r["start"], r["end"]))
    assert set(by_doc) == set(variants)
    reference = by_doc["utf8.txt"]
    assert reference
    assert all(claims == reference for claims in by_doc.values())


def test_vietnamese_file_names(tmp_path, capsys):
    name = "Phát biểu của Bộ trưởng Ngoại giao.txt"
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert (code, err) == (0, "")
    rows = jsonl(out)
    assert rows and all(r["doc"] == str(tmp_path / name) for r in rows)
    assert rows[0]["id"] == str(tmp_path / name) + "#0"
    code, out, _ = call(["extract", str(tmp_path / name), "--format", "csv"], capsys)
    assert code == 0 and "Bộ trưởng" in out


def test_symlink_loops_neither_hang_nor_crash(tmp_path, capsys):
    corpus(tmp_path, 1, per_doc=1)
    (tmp_path / "again").symlink_to(tmp_path, target_is_directory=True)  # a folder inside itself
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # a file link to itself
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    started = time.monotonic()
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert time.monotonic() - started < 60
    assert code == 3
    assert {Path(r["doc"]).name for r in jsonl(out)} == {"a000.txt"}  # read once, not once per loop
    assert "self.txt" in err and "gone.txt" in err
    no_traceback(err)
    # a looping link named on the command line: one line, exit 1
    code, out, err = call(["extract", str(tmp_path / "self.txt")], capsys)
    assert code == 1 and out == "" and err.startswith("Error: ") and err.count("\n") == 1


def test_unreadable_file_is_skipped_by_name(tmp_path, capsys, monkeypatch):
    corpus(tmp_path, 2, per_doc=1)
    locked = tmp_path / "a001.txt"
    real = Path.read_bytes

    def read_bytes(self):
        if self == locked:  # we run as root, who can read a chmod-0 file: refuse where the bytes are read
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 3
    assert {Path(r["doc"]).name for r in jsonl(out)} == {"a000.txt"}
    assert f"vnhrc: skipped {locked}: permission denied" in err.splitlines()


def test_unreadable_subfolder_is_named(tmp_path, capsys, monkeypatch):
    corpus(tmp_path, 1, per_doc=1)
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "b.txt").write_text(TEXT)
    real = os.scandir

    def scandir(path="."):
        if str(path) == str(tmp_path / "private"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl"], capsys)
    assert code == 3
    assert {Path(r["doc"]).name for r in jsonl(out)} == {"a000.txt"}
    assert "private: folder cannot be read" in err


def test_fifo_in_a_folder_is_skipped_without_blocking(tmp_path):
    corpus(tmp_path, 1, per_doc=1)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would wait for a writer for ever
    found = list(iter_paths([str(tmp_path)]))
    assert [Path(p).name for p in found] == ["a000.txt", "pipe.txt"]
    with pytest.raises(SkippedFile, match="pipe.txt: not a regular file"):
        read_document(found[1])


def test_glob_that_cannot_match_is_a_usage_error(tmp_path):
    corpus(tmp_path, 1, per_doc=1)
    for bad in ("", "   "):
        res = CliRunner().invoke(cli, ["extract", str(tmp_path), "--glob", bad])
        assert res.exit_code == 2 and "--glob" in res.output


def test_unbalanced_and_odd_quote_marks(analyse_text):
    text = (
        'He said "this is " " "" odd “ unbalanced ” ” ‘ ’ quote\'s ‹ › « » „ ‚ and “ never closed, said Lan.\n\n'
        "“Open quote across\n\nparagraphs, said Minh.\n\n”\n\n“““ ””” ''' ``` \"\"\" '' `` ‘‘ ’’"
        "\n\nThe minister said: “It is done.” \"Done,\" she added. “Really.”"
    )
    rec = analyse_text(text)
    for c in rec.claims:
        assert 0 <= c.start < c.end <= len(text) and text[c.start:c.end].strip()
        if c.content is not None:
            assert c.content in text


def test_stdin_text_empty_and_closed(capsys, monkeypatch):
    code, out, err = call(["extract", "-", "--format", "jsonl"], capsys, stdin=TEXT, monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    rows = jsonl(out)
    assert rows and all(r["doc"] == "-" and r["id"].startswith("stdin:") for r in rows)
    assert all(TEXT[r["start"]:r["end"]] for r in rows)
    code, out, err = call(["extract", "-"], capsys, stdin="", monkeypatch=monkeypatch)
    assert (code, out, err) == (0, "", "")
    # stdin closed (`vnhrc extract - <&-`): Python has no sys.stdin at all
    res = subprocess.run([*VNHRC, "extract", "-"], capture_output=True, text=True, timeout=120,
                         preexec_fn=lambda: os.close(0))
    assert res.returncode == 1 and res.stdout == ""
    assert res.stderr == "Error: -: standard input is closed\n"


# --- long texts ------------------------------------------------------------------------------------


def test_split_text_cuts_a_long_unpunctuated_line_at_spaces():
    line = " ".join(f"word{i % 97}" for i in range(40_000))  # ~260 kB, no full stop, no line break
    parts = pipeline.split_text(line, 100_000)
    assert len(parts) >= 3
    assert "".join(p for _, p in parts) == line
    for (offset, part), (next_offset, _) in zip(parts, parts[1:]):
        assert len(part) <= 100_000 and offset + len(part) == next_offset
        assert part.endswith(" ")  # cut at a space, never inside a word


def test_split_text_without_any_break_cuts_hard_but_keeps_every_character():
    blob = "x" * 250_001
    parts = pipeline.split_text(blob, 100_000)
    assert [len(p) for _, p in parts] == [100_000, 100_000, 50_001]


@pytest.mark.slow
def test_a_200_kb_line_without_punctuation(analyse_text):
    words = ("people council land village farmers report officials Hanoi police rights minister said would "
             "province water").split()
    line = " ".join(words[(i * 7 + i // 13) % len(words)] for i in range(40_000))[:200_000]
    text = "Nguyen Van Binh said the village would get water by May 2025.\n" + line + "\n"
    started = time.monotonic()
    rec = analyse_text(text)
    assert time.monotonic() - started < 240  # a few seconds to a minute on a loaded CI machine; no hang
    for c in rec.claims:
        assert 0 <= c.start < c.end <= len(text) and text[c.start:c.end].strip()
        assert c.content is None or c.content in text


@pytest.mark.slow
def test_a_file_over_spacys_million_character_limit_is_parsed_in_parts(tmp_path, analyse_text):
    # lines padded with spaces, as text taken from PDF pages often is: few tokens (so a fast parse) for the length
    filler = ("Representatives acknowledged comprehensive administrative responsibilities regarding "
              "infrastructure development throughout northernmost mountainous provinces." + " " * 300 + "\n")
    statement = "Le Thi Hoa, director of the health department, said that the clinic would open in June 2025.\n\n"
    chunks = []
    while sum(map(len, chunks)) < 1_050_000:
        chunks.append(statement if len(chunks) % 400 == 0 else filler + ("\n\n" if len(chunks) % 7 == 6 else ""))
    chunks.append(statement)
    text = "".join(chunks)
    assert len(text) > pipeline.MAX_CHARS
    (tmp_path / "huge.txt").write_text(text, encoding="utf-8")
    assert len(pipeline.split_text(text, pipeline.PART_CHARS)) > 10
    # the file as vnhrc reads it, through pipeline.parse and the per-document function (one parse: ~20 s)
    rec = analyse_text(read_document(str(tmp_path / "huge.txt")).text)
    for c in rec.claims:
        assert text[c.start:c.end].strip()
        assert c.content is None or c.content in text
        if c.type == "statement":
            assert c.content in text[c.start:c.end]  # the content lies inside its own claim span
    # statements are found in the first and the last part, at the right offsets
    starts = [c.start for c in rec.claims if c.type == "statement"]
    assert starts and min(starts) < 1000 and max(starts) > len(text) - 1000
    assert rec.dates and rec.dates[-1]["start"] > len(text) - 1000
    for tag in rec.dates + rec.numbers + rec.entities:
        assert text[tag["start"]:tag["end"]] == tag["text"]


# --- faults ----------------------------------------------------------------------------------------


def test_output_piped_into_head_ends_quietly(tmp_path):
    folder = corpus(tmp_path / "docs", 40)  # ~250 kB of JSON Lines: far more than a pipe holds
    vnhrc = subprocess.Popen([*VNHRC, "extract", str(folder)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", "-1"], stdin=vnhrc.stdout, stdout=subprocess.PIPE)
    vnhrc.stdout.close()  # head alone holds the pipe, as in a shell
    first, _ = head.communicate(timeout=300)
    err = vnhrc.stderr.read().decode()
    assert vnhrc.wait(timeout=300) == 0
    assert err == ""
    assert json.loads(first)["id"].endswith("a000.txt#0")


def _interrupt(cmd: list[str], tmp_path: Path, whole_group: bool) -> tuple[int, str, float]:
    """Start vnhrc, wait until it has written output (it is working), then Ctrl-C it; (status, stderr, seconds
    from the signal to the exit)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(proc.stdout.read(1)), daemon=True)
    reader.start()
    reader.join(timeout=300)
    assert got and got[0], "vnhrc wrote nothing before the interrupt"
    # a terminal's Ctrl-C reaches the whole process group (worker processes too); kill -INT only the parent
    if whole_group:
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    sent = time.monotonic()
    threading.Thread(target=proc.stdout.read, daemon=True).start()  # keep the pipe drained
    err = proc.stderr.read().decode()
    status = proc.wait(timeout=60)
    took = time.monotonic() - sent
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):  # no worker process left behind in the group
        os.killpg(proc.pid, 0)
    return status, err, took


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_promptly_without_traceback(tmp_path, jobs):
    folder = corpus(tmp_path / "docs", 150)
    cmd = [*VNHRC, "extract", str(folder), "--format", "jsonl", "--jobs", jobs]
    status, err, took = _interrupt(cmd, tmp_path, whole_group=True)
    assert status == 130
    no_traceback(err)
    assert err.strip().splitlines()[-1] == "vnhrc: interrupted"
    assert took < 20


@pytest.mark.slow
def test_sigint_to_the_parent_alone_stops_the_worker_pool(tmp_path):
    folder = corpus(tmp_path / "docs", 150)
    cmd = [*VNHRC, "extract", str(folder), "--format", "jsonl", "--jobs", "2"]
    status, err, took = _interrupt(cmd, tmp_path, whole_group=False)
    assert status == 130 and took < 20
    no_traceback(err)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killed_run_leaves_the_previous_output_file_intact(tmp_path, sig):
    folder = corpus(tmp_path / "docs", 150)
    out = tmp_path / "claims.jsonl"
    out.write_text('{"previous": true}\n')
    proc = subprocess.Popen([*VNHRC, "extract", str(folder), "-o", str(out), "--jobs", "1"],
                            stderr=subprocess.PIPE, start_new_session=True)
    # it is writing once its temporary file has grown past the first buffer
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        temps = list(tmp_path.glob(".vnhrc-*.tmp"))
        if temps and temps[0].stat().st_size > 0:
            break
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.2)
    else:
        pytest.fail("no temporary output file appeared")
    proc.send_signal(sig)
    err = proc.stderr.read().decode()
    status = proc.wait(timeout=60)
    assert out.read_text() == '{"previous": true}\n'
    no_traceback(err)
    if sig == signal.SIGTERM:  # unwound like Ctrl-C: the temporary file is gone too
        assert status == 128 + signal.SIGTERM
        assert not list(tmp_path.glob(".vnhrc-*"))


def test_output_file_is_kept_on_error_and_no_temporary_file_is_left(tmp_path):
    out = tmp_path / "claims.csv"
    out.write_text("previous\n")
    for exc in (RuntimeError("boom"), KeyboardInterrupt(), SystemExit(143)):
        with pytest.raises(type(exc)):
            with output.open_output(str(out)) as f:
                f.write("half a row")
                raise exc
        assert out.read_text() == "previous\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]


def test_a_new_output_file_gets_ordinary_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        with output.open_output(str(tmp_path / "new.jsonl")) as f:
            f.write("{}\n")
    finally:
        os.umask(umask)
    assert (tmp_path / "new.jsonl").stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600


def test_output_into_a_missing_folder_is_one_line_before_any_work(tmp_path, capsys):
    corpus(tmp_path, 1, per_doc=1)
    code, out, err = call(["extract", str(tmp_path), "-o", str(tmp_path / "no" / "such" / "x.jsonl")], capsys)
    assert code == 1 and out == ""
    assert err.startswith("Error: ") and "no folder" in err and err.count("\n") == 1


def test_a_console_that_cannot_encode_vietnamese_gets_escapes_not_a_traceback(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    res = subprocess.run([*VNHRC, "extract", str(tmp_path / "a.txt"), "--format", "jsonl"],
                         capture_output=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.decode("ascii").splitlines()]
    assert b"\\u201c" in res.stdout  # “ as a JSON escape, which reads back as the letter
    assert any("“" in r["sentence"] for r in rows)


def test_a_bug_in_the_rules_skips_that_document_in_one_line(tmp_path, capsys, monkeypatch):
    from vnhrc import extract

    def broken(*args, **kwargs):
        raise ValueError("a rule fell over")

    (tmp_path / "a.txt").write_text(TEXT)
    monkeypatch.setattr(extract, "analyse", broken)
    monkeypatch.delenv("VNHRC_DEBUG", raising=False)
    code, out, err = call(["extract", str(tmp_path), "--jobs", "1"], capsys)
    assert code == 3
    assert "a.txt: internal error in the rules, please report it (ValueError: a rule fell over)" in err
    assert "Traceback" not in err


def test_a_bug_outside_the_rules_is_one_line_not_a_traceback(tmp_path, capsys, monkeypatch):
    from vnhrc import cli

    def broken(*args, **kwargs):
        raise ValueError("an output bug")

    (tmp_path / "a.txt").write_text(TEXT)
    monkeypatch.setattr(cli, "write_rows", broken)
    monkeypatch.delenv("VNHRC_DEBUG", raising=False)
    code, out, err = call(["extract", str(tmp_path), "--jobs", "1"], capsys)
    assert code == 1
    assert err == ("Error: internal error, please report it: ValueError: an output bug "
                   "(VNHRC_DEBUG=1 shows where)\n")


def _die_on_marker(batch, monthfirst=False):
    """process_batch that kills its worker process (as the out-of-memory killer would) on one document."""
    if any("KILL-THIS-WORKER" in d.text for d in batch):
        os._exit(9)
    return process_batch(batch, monthfirst)


@pytest.mark.slow
def test_a_worker_that_dies_fails_the_run_instead_of_hanging_it(nlp, monkeypatch):
    from vnhrc import extract

    docs = [documents.make_document(f"d{i}.txt", article(i, 1)) for i in range(4)]
    docs[2] = documents.make_document("d2.txt", "KILL-THIS-WORKER\n")
    monkeypatch.setattr(extract, "process_batch", _die_on_marker)
    started = time.monotonic()
    with pytest.raises(ChildProcessError, match="worker process died"):
        list(extract.run(docs, jobs=2, batch_size=1))
    assert time.monotonic() - started < 60


# --- options ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "xml"],
        ["--jobs", "0"],
        ["--jobs", "-2"],
        ["--jobs", "many"],
        ["--since", "yesterday"],
        ["--since", "2024-13-01"],
        ["--until", "2024-02-30"],
        ["--type", "opinion"],
        ["--grep", "("],
        ["--glob", ""],
        ["--no-such-option"],
    ],
)
def test_bad_option_values_are_usage_errors(tmp_path, capsys, args):
    (tmp_path / "a.txt").write_text(TEXT)
    code, out, err = call(["extract", str(tmp_path), *args], capsys)
    assert code == 2 and out == ""
    assert "Usage:" in err and "Error:" in err
    no_traceback(err)


def test_no_paths_is_a_usage_error(capsys):
    code, out, err = call(["extract"], capsys)
    assert code == 2 and "Missing argument" in err
