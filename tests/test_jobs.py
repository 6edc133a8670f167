"""--jobs N runs spaCy in N processes and reports exactly what one process reports."""

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
