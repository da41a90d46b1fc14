"""A real Datasette, started on 127.0.0.1 by the test, serving a database vnhrc wrote."""

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from test_database import record

from vnhrc.cli import cli
from vnhrc.database import write_database
from vnhrc.identity import speaker_id

pytest.importorskip("datasette")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def served(tmp_path):
    db = tmp_path / "corpus.db"
    write_database([record(i) for i in range(12)], str(db))
    meta = tmp_path / "metadata.json"
    res = CliRunner().invoke(cli, ["datasette-metadata", str(db)])
    assert res.exit_code == 0, res.output
    meta.write_text(res.stdout, encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "-m", str(meta), "--host",
                             "127.0.0.1", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode()[-2000:]
                    raise AssertionError(f"datasette did not start: {out}") from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def get(base: str, path: str, **params) -> object:
    url = f"{base}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read())


def test_datasette_answers_table_queries_and_full_text_search(served):
    turk = speaker_id("Volker Türk", "person")
    rows = get(served, "/corpus/claims.json", speaker_id=turk, _shape="array", _size="max")
    assert rows and {r["speaker"] for r in rows} == {"Volker Türk", "Türk"}
    found = get(served, "/corpus/claims.json", _search="council", _shape="array", _size="max")
    assert found and all("council" in (r["content"] + r["sentence"]).lower() for r in found)
    # the same rows as the canned full-text query of the metadata
    canned = get(served, "/corpus/search.json", q="council", _shape="array", _size="max")
    assert sorted(r["id"] for r in canned) == sorted(r["id"] for r in found)
    months = get(served, "/corpus/statements_by_speaker.json", speaker_id=turk, _shape="array")
    assert sum(m["statements"] for m in months) == len(rows)
    meta = get(served, "/-/metadata.json")
    assert "speaker_id" in meta["databases"]["corpus"]["tables"]["claims"]["columns"]
