"""Every rule documents itself with examples that really fire, and near-misses that
really do not, in French and English (proselint's meta-test, on the real model)."""

from __future__ import annotations

import pytest

from brandlint.rules import all_rules

CHECKED = [r for r in all_rules() if r.check is not None]


def test_codes_are_unique_and_follow_the_family_digit():
    codes = [r.code for r in all_rules()]
    assert len(codes) == len(set(codes))
    for rule in all_rules():
        assert rule.code[:2] == "BL" and len(rule.code) == 5
        assert rule.name == rule.name.lower() and " " not in rule.name


@pytest.mark.parametrize("rule", CHECKED, ids=lambda r: r.code)
def test_rule_has_fire_and_no_fire_examples_in_both_languages(rule):
    assert rule.doc.what and rule.doc.why
    for examples in (rule.doc.fires, rule.doc.does_not_fire):
        assert {e.lang for e in examples} == {"fr", "en"}, rule.code


EXAMPLES = [(r, e, True) for r in CHECKED for e in r.doc.fires] + \
           [(r, e, False) for r in CHECKED for e in r.doc.does_not_fire]


@pytest.mark.parametrize("rule,example,fires", EXAMPLES,
                         ids=lambda v: v.code if hasattr(v, "code") else None)
def test_documented_example_behaves_as_documented(lint, rule, example, fires):
    diagnostics = lint(example.text, example.lang, example.channel)
    found = [d.code for d in diagnostics]
    if fires:  # at its real severity, not as a lowered hint
        assert any(d.code == rule.code and d.severity >= rule.severity
                   and not d.extra.get("lowered") for d in diagnostics), \
            (example.text, found)
    else:
        assert rule.code not in found, (example.text, found)


def test_explain_renders_every_section():
    from brandlint.cli import render_doc

    for rule in CHECKED:
        text = render_doc(rule)
        for section in ("## What it does", "## Why it matters", "## Fires", "## Does not fire"):
            assert section in text, (rule.code, section)


# campaign rules (BL6xx) judge whole campaigns: tests/rules/test_consistency.py runs theirs
FILE_RULES = [r for r in all_rules() if r.check is None and r.family != "campaign"]
INPUT_EXAMPLES = [(r, e, fires) for r in FILE_RULES
                  for examples, fires in ((r.doc.fires, True), (r.doc.does_not_fire, False))
                  for e in examples]


@pytest.mark.parametrize("rule", [r for r in FILE_RULES if r.doc.fires],
                         ids=lambda r: r.code)
def test_input_rule_examples_are_files_in_both_languages(rule):
    for examples in (rule.doc.fires, rule.doc.does_not_fire):
        assert {e.lang for e in examples} == {"fr", "en"}, rule.code
        assert all(e.file for e in examples), rule.code


@pytest.mark.parametrize("rule,example,fires", INPUT_EXAMPLES,
                         ids=lambda v: v.code if hasattr(v, "code") else None)
def test_documented_input_example_behaves_as_documented(engines, tmp_path, rule, example,
                                                        fires):
    from brandlint.sources import iter_documents

    path = tmp_path / example.file
    path.write_bytes(example.text.encode(example.encoding))
    results = list(engines[example.lang].run(iter_documents([str(path)])))
    found = [d.code for result in results for d in result.diagnostics]
    assert (rule.code in found) is fires, (example.text, found)
