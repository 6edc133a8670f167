"""scripts/realtext/sample.py shows each sampled finding's words in their context, so a
judge knows which of two "always" in a long page was flagged (draw 49). A report's
column for a .jsonl row falls in the JSON-escaped file line: the occurrence is counted
there and found again in the text."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sample():
    spec = importlib.util.spec_from_file_location("realtext_sample",
                                                  ROOT / "scripts" / "realtext" / "sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = ('We are always looking for partners.\n"Support": you always get an answer, '
        'we are always there.')


def finding_at(raw: str, nth: int) -> dict:
    """A finding on the nth "always" of the row, its column in the raw line (1-based)."""
    at = raw.index('"text"')
    for _ in range(nth + 1):
        at = raw.index("always", at + 1)
    return {"text": "always", "line": 1, "column": at + 1}


@pytest.mark.parametrize("nth,around", [
    (0, "We are **always** looking"),
    (1, "you **always** get"),
    (2, "we are **always** there"),
])
def test_the_flagged_occurrence_is_shown_in_context(sample, nth, around):
    raw = json.dumps({"id": "x", "text": TEXT}, ensure_ascii=False)
    shown = sample.in_context(finding_at(raw, nth), TEXT, raw)
    assert around in shown.replace("\n", " ")
    assert shown.count("**always**") == 1


def test_a_position_that_misses_the_words_gives_them_bare(sample):
    raw = json.dumps({"id": "x", "text": TEXT}, ensure_ascii=False)
    assert sample.in_context({"text": "never", "line": 1, "column": 20}, TEXT, raw) == "never"
    assert sample.in_context({"text": "always", "line": 1, "column": 2}, TEXT, raw) == "always"


def test_without_the_raw_line_only_a_single_occurrence_is_placed(sample):
    text = "Delivered within the next 5 days."
    assert "**within the next 5 days**" in sample.in_context(
        {"text": "within the next 5 days", "line": 1, "column": 11}, text, None)
    assert sample.in_context({"text": "always", "line": 1, "column": 8}, TEXT, None) == "always"
