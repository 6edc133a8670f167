"""The table of codes (brandlint/rules/codes.py) says of each rule what the rule itself
says: the rule selection reads the table, so that a cache hit imports no rule."""

from __future__ import annotations

import subprocess
import sys

from brandlint.diagnostics import Severity
from brandlint.rules import all_rules
from brandlint.rules.codes import rule_codes
from brandlint.selection import Selection


def test_the_table_lists_every_rule_with_its_name_severity_and_family():
    table = [(r.code, r.name, r.severity, r.family) for r in rule_codes()]
    rules = [(r.code, r.name, r.severity, r.family) for r in all_rules()]
    assert table == rules


def test_a_changed_default_severity_shows_in_the_table_comparison():
    rules = [(r.code, r.name, r.severity) for r in all_rules()]
    changed = [(code, name, Severity.INFO if code == "BL302" else severity)
               for code, name, severity in rules]
    assert changed != [(r.code, r.name, r.severity) for r in rule_codes()]


def test_selection_reads_no_rule_module_and_no_analysis():
    probe = ("import sys\n"
             "from brandlint.selection import Selection\n"
             "s = Selection.build(None, ['BL3', 'sincerity'], ['BL302'])\n"
             "print(sorted(s.severities), file=sys.stderr)\n"
             "print(*sorted(m for m in sys.modules if m.startswith('brandlint.rules.')\n"
             "              or m in ('brandlint.analysis.document', 'brandlint.analysis.frame',\n"
             "                       'brandlint.analysis.tone', 'spacy')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["brandlint.rules.base", "brandlint.rules.codes"]
    assert "BL301" in done.stderr and "BL401" in done.stderr and "BL302" not in done.stderr


def test_selection_from_the_table_matches_selection_from_the_rules():
    selection = Selection.build(None, ["BL2", "no-next-step"], ["BL205"])
    expected = {r.code: r.severity for r in all_rules()
                if (r.code.startswith("BL2") or r.name == "no-next-step") and r.code != "BL205"}
    assert selection.severities == expected
