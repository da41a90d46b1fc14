"""Bad caches, driven through the command line: a file that is no cache is never changed, a cache vnhrc wrote is
recognised (marked or from before the mark), a newer or read-only cache is used as far as it safely can be.
README "Bad input" lists the same cases."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_robustness import TEXT, VNHRC, call, jsonl, no_traceback

from vnhrc import store


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _a_cache(tmp_path: Path, capsys) -> tuple[Path, Path, list[dict]]:
    """An article and a cache vnhrc filled from it; (article, cache, the claims)."""
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT)
    cache = tmp_path / "cache.sqlite"
    code, out, err = call(["extract", str(doc), "--cache", str(cache)], capsys)
    assert (code, err) == (0, "")
    return doc, cache, jsonl(out)


def _made(cache: Path) -> list[float]:
    con = sqlite3.connect(cache)
    try:
        return [r[0] for r in con.execute("SELECT made FROM docs ORDER BY made")]
    finally:
        con.close()


@pytest.mark.parametrize("kind", ["the article itself", "a text file", "another program's database", "a folder"])
def test_a_cache_path_that_is_no_vnhrc_cache_is_left_untouched(tmp_path, capsys, kind):
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT)
    if kind == "the article itself":
        target = doc
    elif kind == "a text file":
        target = tmp_path / "notes.txt"
        target.write_text("shopping: rice, fish sauce\n")
    elif kind == "a folder":
        target = tmp_path / "folder"
        target.mkdir()
    else:
        target = tmp_path / "contacts.db"
        con = sqlite3.connect(target)
        con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        con.execute("INSERT INTO contacts VALUES ('Lan', '0123')")
        con.commit()
        con.close()
    before = target.read_bytes() if target.is_file() else None
    listing = _files(tmp_path)
    for args in (["extract", str(doc)], ["who", "Hoa"], ["speakers", str(doc)]):
        code, out, err = call([*args, "--cache", str(target)], capsys)
        assert out == ""
        if kind == "a folder":  # click's own check of the option: a usage error
            assert code == 2 and "is a directory" in err
        else:
            assert code == 1 and err.startswith("Error: ") and err.count("\n") == 1 and str(target) in err, err
            assert "not a vnhrc cache" in err
        assert _files(tmp_path) == listing  # nothing moved aside, no -wal or -shm beside it
        if before is not None:
            assert target.read_bytes() == before


def test_a_cache_from_before_the_mark_is_still_recognised_and_served(tmp_path, capsys):
    doc, cache, claims = _a_cache(tmp_path, capsys)
    con = sqlite3.connect(cache)
    assert con.execute("PRAGMA application_id").fetchone()[0] == store.APPLICATION_ID
    con.execute("PRAGMA application_id = 0")  # as vnhrc wrote caches before it marked them
    con.commit()
    con.close()
    made = _made(cache)
    code, out, err = call(["extract", str(doc), "--cache", str(cache)], capsys)
    assert (code, err) == (0, "") and jsonl(out) == claims
    assert _made(cache) == made  # served from it, not rebuilt
    con = sqlite3.connect(cache)
    assert con.execute("PRAGMA application_id").fetchone()[0] == store.APPLICATION_ID  # and marked now
    con.close()


def test_a_damaged_vnhrc_cache_is_moved_aside_and_the_run_goes_on(tmp_path, capsys):
    doc, cache, claims = _a_cache(tmp_path, capsys)
    data = bytearray(cache.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page after the first (the header with the mark stays)
    cache.write_bytes(bytes(data))
    for f in tmp_path.glob("cache.sqlite-*"):
        f.unlink()
    code, out, err = call(["extract", str(doc), "--cache", str(cache)], capsys)
    assert code == 0 and jsonl(out) == claims
    aside = [n for n in _files(tmp_path) if n.startswith("cache.sqlite.corrupt-")]
    assert len(aside) == 1 and aside[0] in err and err.count("\n") == 1


def test_a_cache_of_a_newer_schema_is_left_and_the_run_goes_on_without_it(tmp_path, capsys):
    doc, cache, claims = _a_cache(tmp_path, capsys)
    con = sqlite3.connect(cache)
    con.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = cache.read_bytes()
    code, out, err = call(["extract", str(doc), "--cache", str(cache)], capsys)
    assert code == 0 and jsonl(out) == claims
    assert err.count("\n") == 1 and "newer vnhrc" in err and "going on without it" in err
    assert cache.read_bytes() == before


def test_a_cache_whose_tables_were_changed_is_repaired_once(tmp_path, capsys):
    doc, cache, claims = _a_cache(tmp_path, capsys)
    con = sqlite3.connect(cache)
    con.execute("DROP TABLE paths")
    con.execute("CREATE TABLE paths (path TEXT)")  # a table of ours of another shape
    con.execute("CREATE TABLE my_notes (note TEXT)")  # a table of the user's own
    con.execute("INSERT INTO my_notes VALUES ('keep me')")
    con.commit()
    con.close()
    code, out, err = call(["extract", str(doc), "--cache", str(cache)], capsys)
    assert code == 0 and jsonl(out) == claims
    assert err.count("\n") == 1 and "rebuilt" in err
    code, out, err = call(["extract", str(doc), "--cache", str(cache)], capsys)
    assert (code, err) == (0, "") and jsonl(out) == claims  # repaired: no warning on later runs
    con = sqlite3.connect(cache)
    assert con.execute("SELECT note FROM my_notes").fetchall() == [("keep me",)]
    con.close()


@contextlib.contextmanager
def _read_only_folder() -> tuple[Path, list[str]]:
    """A folder whose files the command cannot write, and the command prefix that makes it so: as root (who may
    write anything) the command runs as nobody; otherwise a chmod is enough."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: no way to be a user who cannot write")
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    folder = Path(tempfile.mkdtemp(prefix="vnhrc-ro-"))
    folder.chmod(0o755)
    try:
        yield folder, prefix
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
def test_a_read_only_cache_is_read_and_not_written(capsys):
    with _read_only_folder() as (folder, prefix):
        doc, cache, claims = _a_cache(folder, capsys)
        doc.chmod(0o644)
        for f in folder.glob("cache.sqlite-*"):  # a cache closed cleanly has no -wal; -shm is rebuilt
            f.unlink()
        cache.chmod(0o444)
        folder.chmod(0o555)
        before = cache.read_bytes()
        res = subprocess.run([*prefix, *VNHRC, "extract", str(doc), "--cache", str(cache), "--format", "jsonl"],
                             capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, res.stderr
        assert jsonl(res.stdout) == claims
        assert res.stderr.count("\n") == 1 and "read-only" in res.stderr
        no_traceback(res.stderr)
        res = subprocess.run([*prefix, *VNHRC, "who", "Hoa", "--cache", str(cache), "--format", "jsonl"],
                             capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr
        assert jsonl(res.stdout) and all(r["speaker"] == "Le Thi Hoa" for r in jsonl(res.stdout))
        assert cache.read_bytes() == before

