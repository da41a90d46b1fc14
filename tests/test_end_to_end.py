"""The seeds, end to end, through the console entry point as a user runs it."""

import json
import subprocess
import sys

from conftest import ROOT, SEEDS


def test_seeds_give_villegas_statements():
    res = subprocess.run(
        [sys.executable, "-m", "vnhrc", "extract", str(SEEDS), "--format", "jsonl"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert res.returncode == 0, res.stderr
    claims = [json.loads(line) for line in res.stdout.splitlines()]
    villegas = [c for c in claims if c["speaker"] == "Federico Villegas"]
    assert len(villegas) >= 2
    assert any(c["content"].startswith("It is necessary for the UN Human Rights Council") for c in villegas)
    for c in claims:
        text = (ROOT / c["doc"]).read_text(encoding="utf-8") if not c["doc"].startswith("/") else None
        if text is not None:
            assert c["content"] in text
