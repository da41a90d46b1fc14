"""Paths a user names for reading and the resources a run takes: devices, pipes, endless or huge inputs, file
names that are not UTF-8, more workers than the machine has. README "Bad input" lists the same cases."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest
from test_robustness import TEXT, VNHRC, corpus, jsonl, no_traceback

from vnhrc import documents
from vnhrc.extract import max_jobs


def vnhrc(*args, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("timeout", 300)  # a guard against a hang, not a speed target
    return subprocess.run([*VNHRC, *args], capture_output=True, **kwargs)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_named_directly_is_refused_before_reading(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    good = tmp_path / "a.txt"
    good.write_text(TEXT)
    res = vnhrc("extract", str(good), device, text=True, timeout=60)
    assert res.returncode == 1 and res.stdout == ""
    assert res.stderr == f"Error: {device}: not a regular file (a device); name a file, or - for standard input\n"


def test_a_pipe_named_directly_is_read_like_stdin(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(TEXT), daemon=True)
    writer.start()
    res = vnhrc("extract", str(fifo), "--format", "jsonl", text=True)
    assert res.returncode == 0, res.stderr
    rows = jsonl(res.stdout)
    assert rows and {r["doc"] for r in rows} == {str(fifo)}
    assert all(TEXT[r["start"]:r["end"]] for r in rows)


def test_an_endless_pipe_is_read_up_to_the_cap_and_refused(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(TEXT)
    # `vnhrc extract <(yes …)`: text that never ends, through a pipe the shell names
    res = subprocess.run(["bash", "-c", f'{" ".join(VNHRC)} extract "$0" <(yes "Lan said it rained.") '
                          "--format jsonl --no-cache", str(good)], capture_output=True, text=True, timeout=300)
    assert res.returncode == 3, res.stderr
    assert {Path(r["doc"]).name for r in jsonl(res.stdout)} == {"a.txt"}
    skipped = [ln for ln in res.stderr.splitlines() if ln.startswith("vnhrc: skipped")]
    assert len(skipped) == 1 and "more than the 50 MB a document may hold" in skipped[0]


def test_a_file_or_stdin_over_the_cap_is_refused_and_the_rest_processed(tmp_path):
    corpus(tmp_path, 1, per_doc=1)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: the size alone refuses it, nothing is read
        f.truncate(documents.MAX_BYTES + 1)
    res = vnhrc("extract", str(tmp_path), "--format", "jsonl", "--no-cache", text=True)
    assert res.returncode == 3
    assert {Path(r["doc"]).name for r in jsonl(res.stdout)} == {"a000.txt"}
    assert f"vnhrc: skipped {huge}: 50 MB, over the 50 MB a document may hold (split it)" in res.stderr
    data = b"Lan said it rained. " * (documents.MAX_BYTES // 20 + 1)
    res = vnhrc("extract", "-", "--no-cache", input=data)
    assert res.returncode == 3 and res.stdout == b""
    assert b"vnhrc: skipped -: more than the 50 MB a document may hold came from standard input" in res.stderr


BAD_NAME = b"bad\xffname.txt"  # not UTF-8: Python holds it as a lone surrogate


@pytest.mark.parametrize("cache", [True, False], ids=["cache", "no-cache"])
def test_a_file_name_that_is_not_utf8_costs_no_other_files_claims(tmp_path, cache):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT)
    with open(os.path.join(os.fsencode(folder), BAD_NAME), "w") as f:
        f.write(TEXT.replace("Le Thi Hoa", "Tran Thi Mai"))
    shown = str(folder / "bad\\xffname.txt")
    flags = [] if cache else ["--no-cache"]
    for fmt in ("jsonl", "csv", "table"):
        res = vnhrc("extract", str(folder), "--format", fmt, *flags)
        assert res.returncode == 0, res.stderr
        out = res.stdout.decode("utf-8")  # valid UTF-8, or this raises
        if fmt != "table":  # the table has no doc column
            assert "bad\\xffname" in out.replace("\\\\", "\\") and "good" in out
    rows = [json.loads(x) for x in vnhrc("extract", str(folder), "--format", "jsonl", *flags).stdout.splitlines()]
    assert {r["doc"] for r in rows} == {shown, str(folder / "good.txt")}
    assert {r["speaker"] for r in rows if r["doc"] == shown} >= {"Tran Thi Mai"}
    # named directly on the command line, as bytes
    res = subprocess.run([*VNHRC, "extract", os.path.join(os.fsencode(folder), BAD_NAME), "--format", "jsonl",
                          *flags], capture_output=True, timeout=300)
    assert res.returncode == 0 and {json.loads(x)["doc"] for x in res.stdout.splitlines()} == {shown}
    if cache:  # and the cache answers with the same, escaped, name
        res = vnhrc("who", "Mai", "--format", "jsonl")
        assert res.returncode == 0, res.stderr
        assert {Path(json.loads(x)["doc"]).name for x in res.stdout.splitlines()} == {"bad\\xffname.txt"}
    missing = os.path.join(os.fsencode(folder), b"gone\xfe.txt")
    res = subprocess.run([*VNHRC, "extract", missing], capture_output=True, timeout=60)
    assert res.returncode == 1
    assert res.stderr.decode("utf-8") == f"Error: {folder}/gone\\xfe.txt: no such file or folder\n"


def _most_processes(proc: subprocess.Popen) -> int:
    """The largest number of processes seen in `proc`'s process group while it runs (sampled from /proc)."""
    most = 0
    while proc.poll() is None:
        n = 0
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                n += int(fields[2]) == proc.pid  # the process group
        most = max(most, n)
        time.sleep(0.05)
    return most


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="counts processes through /proc")
@pytest.mark.parametrize("option", [["--jobs", "10000"], ["--cluster", "local:10000"]])
@pytest.mark.slow
def test_more_workers_than_the_machine_can_use_are_capped_and_said_so(tmp_path, option):
    if option[0] == "--cluster":
        pytest.importorskip("distributed")
    folder = corpus(tmp_path / "docs", 40, per_doc=1)  # 3 batches
    proc = subprocess.Popen([*VNHRC, "extract", str(folder), "--format", "jsonl", "--no-cache", *option],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    out: list[bytes] = []
    err: list[bytes] = []
    readers = [threading.Thread(target=lambda: out.append(proc.stdout.read())),
               threading.Thread(target=lambda: err.append(proc.stderr.read()))]
    for t in readers:
        t.start()
    most = _most_processes(proc)
    for t in readers:
        t.join(timeout=300)
    stderr = err[0].decode()
    assert proc.wait(timeout=300) == 0, stderr
    assert f"vnhrc: {' '.join(option)}: using {max_jobs()} worker processes" in stderr
    no_traceback(stderr)
    assert len({json.loads(x)["doc"] for x in out[0].splitlines()}) == 40
    if option[0] == "--jobs":
        assert most <= 1 + 3  # the parent and a worker a batch: 3 batches, fewer than the cap
    else:
        assert most <= 2 + 2 * max_jobs()  # the parent, a tracker, and a nanny and a worker per worker


# --- pathological text (time and memory per MB are measured in bench/bench_pathological.py) ----------------


def test_a_long_run_without_spaces_is_cut_into_pieces_and_keeps_its_offsets(nlp):
    from vnhrc import pipeline

    run = '"' * 5_000
    text = f"Lan said “the dyke will hold.”\n\n{run} x{'!' * 40}y\n\nMinh said it would rain."
    doc = pipeline.parse(text, nlp)
    assert doc.text == text
    pieces = [t for t in doc if set(t.text) == {'"'}]
    assert "".join(t.text for t in pieces) == run and max(len(t) for t in pieces) == pipeline.TOKEN_PIECE
    assert any(t.text == "!" * 40 for t in doc)  # a run of punctuation is one token, not forty
    assert [t.text for t in doc[:3]] == ["Lan", "said", "“"]  # the ordinary text is tokenised as ever


@pytest.mark.parametrize("shape", ['"' * 100_000, "“" * 50_000 + "”" * 50_000, ('"' * 60 + " ") * 1_500])
def test_quote_mark_floods_finish(tmp_path, shape):
    path = tmp_path / "flood.txt"
    path.write_text(f"{shape}\n\nLe Thi Hoa said that the clinic would open in June.\n", encoding="utf-8")
    res = vnhrc("extract", str(path), "--format", "jsonl", "--no-cache", "--jobs", "1", text=True, timeout=240)
    assert res.returncode == 0, res.stderr
    rows = jsonl(res.stdout)
    assert [r["speaker"] for r in rows if r["type"] == "statement"] == ["Le Thi Hoa"]
    text = path.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] for r in rows)


def test_many_lines_of_he_said_each_start_a_sentence(nlp):
    from vnhrc import pipeline

    text = "He said:\n" * 3_000
    doc = pipeline.parse(text, nlp)
    starts = [t.i for t in doc if t.is_sent_start]
    assert len(starts) == 3_000 and all(doc[i].text == "He" for i in starts)


def test_a_long_text_analysed_in_parts_gives_the_claims_of_one_doc(tmp_path, capsys, monkeypatch):
    from test_robustness import article, call

    from vnhrc import pipeline

    # each article's quotes its own: the same quote printed again within a few paragraphs is one statement
    # (statements._printed_once), which a cut between parts could not see
    text = "\n\n".join(article(i, 4).replace(" years,”", f" years in village {i},”")
                         .replace(" in the district", f" in district {i}") for i in range(6))
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    args = ["extract", str(tmp_path / "long.txt"), "--format", "jsonl", "--no-cache", "--jobs", "1"]
    code, out, _ = call(args, capsys)
    whole = jsonl(out)
    monkeypatch.setattr(pipeline, "PART_CHARS", 1_200)  # parts of a few paragraphs each, each Doc freed
    assert len(pipeline.split_text(text, 1_200)) >= 4
    code2, out, _ = call(args, capsys)
    parts = jsonl(out)
    assert code == code2 == 0 and len(whole) > 20
    assert parts == whole  # the same claims, offsets and ids through the whole text


def test_text_wrapped_in_direction_marks_gives_the_claims_of_the_plain_text(tmp_path, capsys):
    from test_robustness import TEXT, call

    rlo, pdf, rlm, zwsp = "\u202e", "\u202c", "\u200f", "\u200b"
    marked = "\n\n".join(f"{rlo}{p}{pdf}" if i % 2 else f"{rlm}{zwsp}{p}" for i, p in enumerate(TEXT.split("\n\n")))
    (tmp_path / "plain.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "marked.txt").write_text(marked, encoding="utf-8")
    code, out, err = call(["extract", str(tmp_path), "--format", "jsonl", "--no-cache"], capsys)
    assert (code, err) == (0, "")
    rows = jsonl(out)
    plain = [(r["speaker"], r["content"].strip(rlo + pdf + rlm + zwsp)) for r in rows if r["doc"].endswith("plain.txt")]
    got = [(r["speaker"], r["content"].strip(rlo + pdf + rlm + zwsp)) for r in rows if r["doc"].endswith("marked.txt")]
    assert plain and got == plain
    code, out, err = call(["tags", str(tmp_path / "marked.txt"), "--format", "jsonl", "--no-cache"], capsys)
    rec = jsonl(out)[0]
    for tag in rec["dates"] + rec["numbers"] + rec["entities"]:
        assert marked[tag["start"]:tag["end"]] == tag["text"]  # tags quote the text as read, marks and all


def test_a_number_written_as_a_power_is_no_count(tmp_path, capsys):
    from test_robustness import call

    text = ("The minister said that 10^400 things and 2 ** 10 files were lost, and 1e400 birds flew.\n\n"
            "Police said 3 people were hurt.\n")
    (tmp_path / "powers.txt").write_text(text, encoding="utf-8")
    code, out, err = call(["tags", str(tmp_path / "powers.txt"), "--format", "jsonl", "--no-cache"], capsys)
    assert (code, err) == (0, "")
    numbers = jsonl(out)[0]["numbers"]
    assert [(n["value"], n["unit"]) for n in numbers] == [(3, "people")]  # never "400 things" nor "10 files"


def test_short_texts_go_to_the_model_in_groups_of_bounded_size(nlp, monkeypatch):
    from vnhrc import pipeline

    sizes: list[int] = []
    pipe = nlp.pipe

    def counting(texts, **kwargs):
        texts = list(texts)
        sizes.append(sum(map(len, texts)))
        return pipe(texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", counting)
    texts = [f"Lan said it rained {i} times." * 400 for i in range(8)]  # ~12,000 characters each
    docs = pipeline.parse_many(texts, nlp)
    assert [d.text for d in docs] == texts
    assert len(sizes) >= 2 and max(sizes) <= pipeline.PIPE_CHARS  # never the whole batch at once
