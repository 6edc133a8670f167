"""Every rule's code, name and default severity in one table (ruff's `codes.rs`): what
the rule selection, suppressions and a cache hit need to know of the rules, read
without importing them (a rule module imports the analysis it judges, and with it most
of a cold start). `tests/rules/test_codes_table.py` checks the table against the rules
themselves, so a rule added or changed without its line here fails the suite.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from brandlint.diagnostics import Severity
from brandlint.rules.base import FAMILIES

CODES: tuple[tuple[str, str, str], ...] = (
    ("BL101", "idea-missing", "info"),
    ("BL102", "anti-idea-dominant", "warning"),
    ("BL103", "idea-contradicted", "warning"),
    ("BL201", "channel-too-many-chars", "error"),
    ("BL202", "channel-too-many-words", "warning"),
    ("BL203", "readability-below-target", "warning"),
    ("BL204", "register-mismatch", "warning"),
    ("BL205", "tone-off-target", "warning"),
    ("BL206", "negative-tone", "warning"),
    ("BL207", "cold-tone", "warning"),
    ("BL301", "absolute-claim", "warning"),
    ("BL302", "promise-exceeds-commitment", "error"),
    ("BL303", "unsupported-superlative", "warning"),
    ("BL304", "promise-on-undeclared-service", "warning"),
    ("BL401", "customer-blamed", "error"),
    ("BL402", "good-faith-doubted", "error"),
    ("BL403", "problem-without-apology", "warning"),
    ("BL404", "condescending-wording", "warning"),
    ("BL405", "customer-asked-to-repeat", "warning"),
    ("BL406", "marketing-in-complaint-reply", "warning"),
    ("BL407", "no-next-step", "warning"),
    ("BL408", "next-step-slower-than-commitment", "warning"),
    ("BL501", "forbidden-term", "error"),
    ("BL502", "preferred-term", "warning"),
    ("BL601", "campaign-price-mismatch", "error"),
    ("BL602", "campaign-date-mismatch", "error"),
    ("BL603", "campaign-code-mismatch", "error"),
    ("BL604", "campaign-promise-mismatch", "error"),
    ("BL605", "campaign-condition-missing", "warning"),
    ("BL606", "variant-content-mismatch", "warning"),
    ("BL901", "unreadable-file", "error"),
    ("BL902", "undecodable-text", "error"),
    ("BL903", "bad-batch-row", "error"),
    ("BL904", "unknown-channel", "error"),
    ("BL905", "no-channel", "error"),
    ("BL906", "bad-front-matter", "error"),
    ("BL907", "document-too-long", "error"),
    ("BL908", "rule-failed", "error"),
    ("BL909", "not-a-regular-file", "warning"),
    ("BL910", "front-matter-too-large", "error"),
    ("BL911", "invalid-character", "warning"),
    ("BL912", "bounded-analysis", "info"),
    ("BL913", "empty-batch", "info"),
    ("BL914", "reader-failed", "error"),
    ("BL915", "unused-suppression", "info"),
    ("BL916", "legacy-encoding", "info"),
)


@dataclass(frozen=True)
class RuleCode:
    """A rule as the selection knows it: code, name, default severity, family."""

    code: str
    name: str
    severity: Severity

    @property
    def family(self) -> str:
        return FAMILIES[self.code[2]]


@functools.lru_cache(maxsize=1)
def rule_codes() -> tuple[RuleCode, ...]:
    """Every rule, in code order, as the table above states it."""
    return tuple(RuleCode(code, name, Severity.parse(severity))
                 for code, name, severity in CODES)
