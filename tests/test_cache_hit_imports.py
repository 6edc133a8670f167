"""A run where every file is in the cache stays light: it never imports spaCy (nor
thinc), markdown-it or multiprocessing, which are most of a cold start's imports."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PROFILES

PROBE = """
import sys
from brandlint.cli import main
code = main(["check", ".", "--profile", sys.argv[1]])
heavy = ("spacy", "thinc", "markdown_it", "multiprocessing")
print(code, *sorted(m for m in heavy if m in sys.modules), file=sys.stderr)
"""


def test_a_cache_hit_imports_no_model_and_no_reader_it_does_not_need(tmp_path):
    (tmp_path / "brouillon.md").write_text("# Noël\n\nConstruisez votre sapin en briques !\n",
                                           encoding="utf-8")
    (tmp_path / "sms.txt").write_text("Votre commande est en route.\n", encoding="utf-8")
    command = [sys.executable, "-c", PROBE, str(PROFILES["fr"])]
    first = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "spacy" in _imported(first)  # the first run analysed the drafts
    second = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=True)
    assert _imported(second) == []
    assert second.stdout == first.stdout  # the same report, from the cache


def _imported(done: subprocess.CompletedProcess) -> list[str]:
    return done.stderr.strip().splitlines()[-1].split()[1:]
