"""`vnhrc schema`: the claim's JSON Schema, and every output format's records valid under it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

import jsonschema
import pytest
from click.testing import CliRunner

from vnhrc.claims import CLAIM_SCHEMA, Claim
from vnhrc.cli import cli

TEXT = (
    "Hanoi, March 7, 2025\n\n"
    "Deputy Foreign Minister Federica Villanueva-Ortiz said on Thursday that 14 countries had backed the plan "
    "for the 2026-2028 term.\n\n"
    "\"We are grateful,\" said Ambassador Tomasz Wiśniewski.\n\n"
    "The country received 172 votes in favour.\n"
)


def run(*args: str, input: str | None = None):
    res = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(run("schema").stdout)
    assert schema == CLAIM_SCHEMA  # what the command prints is the one schema the code keeps
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture()
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    return "a.txt"


def test_the_schema_describes_every_field_of_a_claim_and_no_other():
    assert set(CLAIM_SCHEMA["properties"]) == {f.name for f in fields(Claim)}
    assert all(p.get("description") or p.get("enum") or p.get("type") for p in CLAIM_SCHEMA["properties"].values())


def _from_csv(row: dict[str, str]) -> dict:
    """A CSV row back to JSON types, as a reader would: lists are JSON, numbers numbers, empty cells null."""
    out: dict = {}
    for k, v in row.items():
        if k in ("dates", "numbers"):
            out[k] = json.loads(v)
        elif k in ("start", "end"):
            out[k] = int(v)
        elif k == "value":
            out[k] = float(v) if v else None
        elif k in ("content", "sentence"):
            out[k] = v
        else:
            out[k] = v or None
    return out


def test_every_output_format_validates(article, tmp_path, validator):
    jsonl = [json.loads(x) for x in run("extract", article).stdout.splitlines()]
    assert {r["type"] for r in jsonl} == {"statement", "quantity"}
    rows = {
        "jsonl": jsonl,
        "json": json.loads(run("extract", article, "--format", "json").stdout),
        "csv": [_from_csv(r) for r in csv.DictReader(io.StringIO(run("extract", article, "--format", "csv").stdout))],
        "stdin": [json.loads(x) for x in run("extract", "-", input=TEXT).stdout.splitlines()],
        "who": [json.loads(x) for x in run("who", "villanueva-ortiz").stdout.splitlines()],
    }
    run("extract", article, "-o", "parts/")
    rows["parts"] = [json.loads(x) for x in (tmp_path / "parts" / "part-00000.jsonl").read_text().splitlines()]
    for name, records in rows.items():
        assert records, name
        for r in records:
            errors = [e.message for e in validator.iter_errors(r)]
            assert not errors, (name, r, errors)
    assert rows["csv"] == [{**r, "value": None if r["value"] is None else float(r["value"])} for r in jsonl]


def test_a_claim_that_breaks_the_contract_is_caught(validator):
    good = json.loads(run("extract", "-", input=TEXT).stdout.splitlines()[0])
    for bad in ({**good, "said_on": "Thursday"}, {**good, "kind": "rumour"}, {**good, "extra": 1},
                {k: v for k, v in good.items() if k != "id"}):
        assert list(validator.iter_errors(bad)), bad
