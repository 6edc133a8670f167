"""--jobs N runs N whole engines on chunks of documents and reports exactly what one
process reports, in the same order."""

from __future__ import annotations

import json

from brandlint.cli import main
from tests.conftest import PROFILES, ROOT


def test_two_jobs_give_the_same_report_in_the_same_order(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    batch = ROOT / "corpora" / "lego" / "campagne-noel.csv"
    args = ["check", str(batch), "--profile", str(PROFILES["fr"]), "--format", "json",
            "--no-cache"]
    main(args)
    one = json.loads(capsys.readouterr().out)
    main([*args, "--jobs", "2"])
    two = json.loads(capsys.readouterr().out)
    assert one["documents"] == two["documents"] and len(one["documents"]) == 16


def test_two_jobs_report_bounded_and_broken_inputs_as_one_job_does(tmp_path, monkeypatch,
                                                                    capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bang.txt").write_text("Salut " + "!" * 5000 + " pas cher")
    (tmp_path / "endless.txt").write_text("cher " * 700 + "livré en 24 heures, toujours")
    (tmp_path / "rows.jsonl").write_text('{"text": "Construisez \\ud800 ensemble"}\n'
                                         '{"text": ' + "[" * 5000 + "]" * 5000 + "}\n")
    args = ["check", ".", "--profile", str(PROFILES["fr"]), "--format", "json", "--no-cache"]
    main(args)
    one = json.loads(capsys.readouterr().out)
    main([*args, "--jobs", "2"])
    two = json.loads(capsys.readouterr().out)
    assert one["documents"] == two["documents"]
    assert [d["code"] for doc in one["documents"] for d in doc["diagnostics"]
            if d["code"].startswith("BL9")] == ["BL912", "BL912", "BL912", "BL911", "BL903"]


def test_workers_return_every_chunk_in_input_order(engines):
    from brandlint.jobs import ParallelEngine
    from brandlint.sources import iter_documents

    batch = str(ROOT / "corpora" / "lego" / "campagne-noel.csv")
    alone = list(engines["fr"].run(iter_documents([batch])))
    parallel = ParallelEngine(lambda: engines["fr"], 2, chunk=3)  # 16 rows: 6 chunks
    assert list(parallel.run(iter_documents([batch]))) == alone
    assert [r.id for r in alone][:3] == ["noel-01", "noel-02", "noel-03"]


def test_where_processes_cannot_fork_each_worker_builds_its_own_engine(engines,
                                                                      monkeypatch):
    """macOS and Windows spawn: the factory travels to each worker and loads the model
    there; the results are the same."""
    import functools
    import multiprocessing

    from brandlint.checkrun import build_engine
    from brandlint.jobs import ParallelEngine
    from brandlint.sources import iter_documents

    engine = engines["fr"]
    factory = functools.partial(build_engine, engine.profile, engine.selection,
                                _no_channel_for_path, None, False)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    batch = str(ROOT / "corpora" / "lego" / "campagne-noel.csv")
    parallel = ParallelEngine(factory, 2, chunk=5)
    assert list(parallel.run(iter_documents([batch]))) == \
        list(engine.run(iter_documents([batch])))
    assert parallel._engine is None  # nothing loaded in the parent


def _no_channel_for_path(path: str) -> None:
    return None  # a module-level function: it travels to spawned workers by name
