"""--jobs: the worker processes give the same records in the same order as one process, reading ahead a bounded
number of batches.

No timings here: speed targets live in bench/bench.py.
"""

import pytest

from vnhrc import extract
from vnhrc.documents import make_document

SENTENCES = [
    "The envoy said on Monday that {n} schools would reopen.",
    "Officials reported {n} new cases in the northern provinces.",
    "“We will need {n} more weeks,” the spokeswoman told reporters.",
]


def documents(n: int, pulled: list | None = None):
    for i in range(n):
        if pulled is not None:
            pulled.append(i)
        yield make_document(f"d{i}.txt", SENTENCES[i % 3].format(n=i + 2) + "\n")


@pytest.mark.slow
def test_jobs_give_the_same_records_in_input_order(nlp):
    one = [r.to_dict() for r in extract.run(documents(12), jobs=1, batch_size=2)]
    two = [r.to_dict() for r in extract.run(documents(12), jobs=2, batch_size=2)]
    assert [r["doc"] for r in two] == [f"d{i}.txt" for i in range(12)]
    assert two == one


@pytest.mark.slow
def test_workers_read_ahead_a_bounded_number_of_batches(nlp):
    # Pool.imap would drain the whole input in a feeder thread; the runner keeps 2 batches a worker in flight
    pulled: list[int] = []
    records = extract.run(documents(60, pulled), jobs=2, batch_size=2)
    first = next(records)
    assert first.doc == "d0.txt"
    read = len(pulled)
    records.close()  # stops the pool
    assert read <= 2 * 2 * 2 + 2, f"{read} documents read before the first record came back"
