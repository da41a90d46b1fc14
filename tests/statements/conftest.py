"""The statements a text gives, through the whole per-document function."""

import pytest


@pytest.fixture(scope="module")
def statements(analyse_text):
    def run(text: str):
        rec = analyse_text(text)
        return [c for c in rec.claims if c.type == "statement"]

    return run
