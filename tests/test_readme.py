"""The README's rule table is generated from `brandlint rules --format markdown`."""

from __future__ import annotations

from brandlint.cli import main
from tests.conftest import ROOT


def test_readme_rule_table_matches_the_rules(capsys):
    main(["rules", "--format", "markdown", "--lang", "en"])
    table = capsys.readouterr().out.strip()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- rules:start -->") + len("<!-- rules:start -->")
    end = readme.index("<!-- rules:end -->")
    assert readme[start:end].strip() == table, \
        "run `brandlint rules --format markdown --lang en`"


def test_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert "make demo" in first_block and "make test" in first_block
