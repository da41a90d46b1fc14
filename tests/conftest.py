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
