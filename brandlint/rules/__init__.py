"""All rules, one table. Built on demand from the family packages; no global registry."""

from __future__ import annotations

import functools

from brandlint.rules.base import FAMILIES, Example, Rule, RuleDoc

__all__ = ["FAMILIES", "Example", "Rule", "RuleDoc", "all_rules", "rule_by_code"]


@functools.lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    from brandlint.rules import consistency, idea, inputs, promise, sincerity, terms, tone

    rules = (idea.RULES + tone.RULES + promise.RULES + sincerity.RULES + terms.RULES
             + consistency.RULES + inputs.RULES)
    return tuple(sorted(rules, key=lambda r: r.code))


def rule_by_code(code: str) -> Rule | None:
    code = code.upper()
    return next((r for r in all_rules() if r.code == code or r.name == code.lower()), None)
