"""The hook manifest others point their .pre-commit-config.yaml at is valid."""

from __future__ import annotations

from tests.conftest import ROOT


def test_hook_manifest_is_valid_and_runs_serially():
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "brandlint" and hook["entry"] == "brandlint check --force-exclude"
    assert hook["require_serial"] is True and hook["language"] == "python"


def test_hook_entry_point_returns_exit_codes():
    from brandlint.cli import main

    assert main(["rules"]) == 0
    assert main(["explain", "BL000"]) == 2
