"""The command-line tests here run `brandlint check` many times in one process: each run
would load the spaCy pipeline again (seconds). They share one loaded pipeline per model,
as a long-lived process would; the loading itself is tested in tests/test_cli.py."""

from __future__ import annotations

import pytest

_LOADED: dict[str, object] = {}


@pytest.fixture(autouse=True)
def _pipeline_loaded_once(monkeypatch):
    from brandlint.analysis import pipeline

    real = pipeline.load_pipeline

    def load_once(name: str):
        if name not in _LOADED:
            _LOADED[name] = real(name)
        return _LOADED[name]

    monkeypatch.setattr(pipeline, "load_pipeline", load_once)
