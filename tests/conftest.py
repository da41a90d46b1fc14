from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from vnhrc.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def analyse_text(nlp):
    """Run the whole per-document function on a text of a test's own."""
    from vnhrc.documents import make_document
    from vnhrc.extract import analyse
    from vnhrc.pipeline import parse

    def run(text: str, path: str = "t.txt"):
        document = make_document(path, text)
        return analyse(document, parse(text, nlp))

    return run


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    # every test gets its own cache folder, so no test reads what another (or the user) cached
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


def in_terminal(args: list[str], width: int, env: dict[str, str] | None = None, stdin: bytes | None = None
                ) -> tuple[int, str]:
    """Run `python -m vnhrc ARGS` with stdout and stderr on a pseudo-terminal WIDTH columns wide; returns the
    exit status and what the terminal received (colour codes stripped)."""
    import fcntl
    import os
    import pty
    import re
    import struct
    import subprocess
    import sys
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, width, 0, 0))
    run_env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR")}
    run_env.update(env or {})
    proc = subprocess.Popen([sys.executable, "-m", "vnhrc", *args], stdout=slave, stderr=slave,
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL, env=run_env)
    os.close(slave)
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait(timeout=300)
    screen = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    return code, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)
