"""The Dask path: same claims as a local run, partitioned output, clean errors and clean teardown.

The cluster tests start one LocalCluster of two worker processes for the module and reach it by its tcp address,
so they exercise the path a real cluster takes (Client(address), a first worker, the model plugin); one CLI test
starts `--cluster local:1` for the LocalCluster path. Skipped when Dask is not installed.
"""

from __future__ import annotations

import builtins
import json
import logging
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnhrc import cluster as vcluster
from vnhrc import output as voutput
from vnhrc.cli import cli, main
from vnhrc.extract import read_documents
from vnhrc.extract import run as run_local

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# texts of our own beside the seeds: statements, a quantity, and a numeric date that --monthfirst reads otherwise
OWN = {
    "geneva.txt": (
        "Geneva, 04/02/2024 – The delegation will present 14 recommendations next week, said Ambassador "
        "Ana Sousa, who leads the mission.\n\n\"We expect a broad consensus,\" Sousa told reporters on "
        "04/02/2024. She added that three states had asked for more time.\n"
    ),
    "hanoi.txt": (
        "Hanoi, March 9, 2023\n\nThe ministry said on Thursday that 250 officials had completed the training. "
        "Deputy Minister Tran Van Minh said the programme would reach every province by 2025.\n"
    ),
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """The seeds and our own texts in one folder (no ../shared needed)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    for name, text in OWN.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def spawned_workers():
    """Worker processes started fresh (spawn), as a user's LocalCluster starts them.

    They were forked from this process once, to run the very code the session imported; but a fork taken while
    one of the scheduler's threads held the stderr lock left a worker deadlocked on its first write, and the suite
    hung (seen under load). A spawned worker imports vnhrc anew: edit no rule file while these tests run, or the
    rules digest differs and the workers rightly refuse the client's batches.
    """
    import dask

    return dask.config.set({"distributed.worker.multiprocessing-method": "spawn"})


@pytest.fixture(scope="module")
def scheduler():
    """A two-worker LocalCluster for the module: (scheduler address, a client of its own); always closed."""
    distributed = pytest.importorskip("dask.distributed")
    with (
        spawned_workers(),
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                 host="127.0.0.1", silence_logs=logging.ERROR) as cl,
        distributed.Client(cl, set_as_default=False) as client,
    ):
        yield cl.scheduler_address, client


def _claims(records) -> list[dict]:
    return [c.to_dict() for r in records for c in r.claims]


# --- no Dask needed ------------------------------------------------------------------------------------------


def test_without_dask_cluster_says_what_to_install(corpus, tmp_path, monkeypatch, capsys):
    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name == "dask" or name.startswith(("dask.", "distributed")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    out = tmp_path / "claims.jsonl"
    with pytest.raises(SystemExit) as e:
        main(["extract", str(corpus), "--cluster", "local:2", "-o", str(out)])
    assert e.value.code == 1
    err = capsys.readouterr().err
    assert err == "Error: --cluster needs Dask: python -m pip install 'vnhrc[dask]'\n"
    assert not out.exists()


def test_without_dask_via_sys_modules(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(vcluster.ClusterError, match=r"pip install 'vnhrc\[dask\]'"):
        vcluster.require_dask()


def test_local_addresses():
    assert vcluster.parse_address("local") == ("local", None)
    assert vcluster.parse_address("local:3") == ("local", 3)
    for bad in ("local:0", "local:two", "local:-1"):
        with pytest.raises(ValueError, match="whole number"):
            vcluster.parse_address(bad)


def test_a_bad_local_count_is_a_usage_error(corpus):
    res = CliRunner().invoke(cli, ["extract", str(corpus), "--cluster", "local:0"])
    assert res.exit_code == 2
    assert "whole number" in res.output


def test_no_documents_never_connects():
    # a run the cache answers whole hands the runner nothing: no cluster is started or reached
    with vcluster.Runner("tcp://127.0.0.1:1") as runner:
        assert list(runner([])) == []
        assert runner._client is None


def test_folder_targets(tmp_path):
    assert voutput.is_folder_target("out/")
    assert voutput.is_folder_target(str(tmp_path))
    assert not voutput.is_folder_target(str(tmp_path / "claims.jsonl"))
    assert not voutput.is_folder_target("-")
    assert not voutput.is_folder_target(None)


def test_parts_end_at_document_boundaries_and_replace_older_parts(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    for i in range(5):  # an earlier, longer run's parts
        (folder / f"part-{i:05d}.jsonl").write_text('{"stale": true}\n', encoding="utf-8")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    rows = [{"doc": d, "n": i} for i, d in enumerate(["a", "a", "a", "b", "c", "c", "d"])]
    total, parts = voutput.write_parts(iter(rows), str(folder), part_rows=2)
    assert (total, parts) == (7, 3)
    names = sorted(os.listdir(folder))
    assert names == ["notes.txt", "part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    read = [[json.loads(x) for x in (folder / n).read_text().splitlines()] for n in names[1:]]
    assert [[r["doc"] for r in part] for part in read] == [["a", "a", "a"], ["b", "c", "c"], ["d"]]
    assert [r for part in read for r in part] == rows


def test_an_interrupted_part_leaves_no_file(tmp_path):
    def rows():
        yield {"doc": "a"}
        yield {"doc": "b"}
        raise KeyboardInterrupt

    folder = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        voutput.write_parts(rows(), str(folder), part_rows=1)
    assert os.listdir(folder) == ["part-00000.jsonl"]  # complete parts stay; the cut one and its temp file do not


def test_folder_output_is_json_lines_only(corpus, tmp_path):
    res = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "csv", "-o", str(tmp_path / "out") + "/"])
    assert res.exit_code == 2
    assert "JSON Lines" in res.output


# --- on a cluster --------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("monthfirst", [False, True])
def test_cluster_claims_equal_the_local_run_claim_by_claim(scheduler, corpus, monthfirst):
    address, _ = scheduler
    docs = list(read_documents([str(corpus)]))
    local = list(run_local(docs, jobs=1, monthfirst=monthfirst))
    # one document a batch: every batch a task, spread over both workers, handed back in document order
    with vcluster.Runner(address) as runner:
        remote = list(runner(iter(docs), monthfirst=monthfirst, batch_size=1))
    assert [r.doc for r in remote] == [d.path for d in docs]
    a, b = _claims(local), _claims(remote)
    assert len(a) == len(b) and len(a) > 10
    for x, y in zip(a, b):
        assert x == y, x["id"]
    assert [r.tags_dict() for r in local] == [r.tags_dict() for r in remote]
    # the setting reached the workers: 04/02/2024 is April 2 month first, 4 February day first
    geneva = next(r for r in remote if r.doc.endswith("geneva.txt"))
    assert {d["iso"] for d in geneva.dates} == {"2024-04-02" if monthfirst else "2024-02-04"}


@pytest.mark.slow
def test_partitioned_output_from_the_cluster(scheduler, corpus, tmp_path):
    address, _ = scheduler
    local = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "jsonl"])
    assert local.exit_code == 0
    out = tmp_path / "claims"
    res = CliRunner().invoke(cli, ["extract", str(corpus), "--cluster", address, "--no-cache", "-o", f"{out}/"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    parts = sorted(out.iterdir())
    assert [p.name for p in parts] == ["part-00000.jsonl"]
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == local.output


@pytest.mark.slow
def test_tags_on_the_cluster_with_the_cache(scheduler, corpus):
    address, _ = scheduler
    local = CliRunner().invoke(cli, ["tags", str(corpus), "--format", "jsonl", "--no-cache"])
    first = CliRunner().invoke(cli, ["tags", str(corpus), "--format", "jsonl", "--cluster", address])
    again = CliRunner().invoke(cli, ["tags", str(corpus), "--format", "jsonl", "--cluster", address])
    assert local.exit_code == first.exit_code == again.exit_code == 0
    assert first.output == local.output == again.output


@pytest.mark.slow
def test_stopping_early_closes_the_client_and_cancels_its_tasks(scheduler, corpus):
    address, client = scheduler

    def state(dask_scheduler):
        return len(dask_scheduler.tasks), sorted(dask_scheduler.clients)

    _, clients_before = client.run_on_scheduler(state)
    docs = list(read_documents([str(corpus)])) * 6
    with vcluster.Runner(address) as runner:
        stream = runner(docs, batch_size=1)
        next(stream)  # the reader takes one record and goes away
        stream.close()
    deadline = time.monotonic() + 20
    while client.run_on_scheduler(state) != (0, clients_before) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert client.run_on_scheduler(state) == (0, clients_before)


@pytest.mark.slow
def test_workers_with_other_versions_fail_the_run_in_one_line(scheduler, monkeypatch):
    address, _ = scheduler
    real = vcluster.versions()
    monkeypatch.setattr(vcluster, "versions", lambda: {**real, "rules": real["rules"] + "-other"})
    with pytest.raises(vcluster.ClusterError, match=r"runs vnhrc .* the client vnhrc"):
        with vcluster.connect(address):
            pass


@pytest.mark.slow
def test_unreachable_scheduler_is_one_line(corpus, capsys, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr(vcluster, "CONNECT_TIMEOUT", 1)
    with pytest.raises(SystemExit) as e:
        main(["extract", str(corpus), "--no-cache", "--cluster", "tcp://127.0.0.1:9"])
    assert e.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9") and err.count("\n") == 1


@pytest.mark.slow
def test_cli_local_cluster_prints_what_a_local_run_prints(corpus):
    pytest.importorskip("dask.distributed")
    local = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "jsonl", "--no-cache"])
    with spawned_workers():
        remote = CliRunner().invoke(cli, ["extract", str(corpus), "--format", "jsonl", "--no-cache",
                                          "--cluster", "local:1"], catch_exceptions=False)
    assert remote.exit_code == local.exit_code == 0
    assert remote.output == local.output
