"""What a rule is: metadata, a doc with examples, and a pure check over one analysis."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _

FAMILIES = {
    "1": "idea",
    "2": "tone",
    "3": "overpromise",
    "4": "sincerity",
    "5": "terminology",
    "6": "campaign",
    "9": "input",
}


@dataclass(frozen=True)
class Example:
    """A draft that shows the rule: `lang` picks the bundled LEGO profile it runs on.

    Input rules (BL9xx) are about files rather than prose: `file` names the file the
    text is written to and read back as (`batch.jsonl`, `draft.md`).
    """

    text: str
    lang: str = "fr"
    channel: str = "email"
    file: str = ""
    encoding: str = "utf-8"  # how an input rule's example file is written


@dataclass(frozen=True)
class RuleDoc:
    what: str
    why: str
    fires: tuple[Example, ...] = ()
    does_not_fire: tuple[Example, ...] = ()
    fix: str = ""


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    doc: RuleDoc
    check: Callable[..., Iterable[Finding]] | None = field(default=None, compare=False)

    @property
    def family(self) -> str:
        return FAMILIES[self.code[2]]

    def finding(self, start: int, end: int, message: str, suggestion: str | None = None,
                lowered: bool = False, raised: bool = False, replacement: str | None = None,
                fix_safe: bool = False) -> Finding:
        return Finding(self.code, start, end, message, suggestion, lowered, raised,
                       replacement, fix_safe)


def lowered_because(hedged: bool = False, conditional: bool = False) -> str:
    """The end of a message that says why a finding is one level below its rule's."""
    if hedged and not conditional:
        return _(" (reported one level lower: the claim is hedged)")
    if conditional and not hedged:
        return _(" (reported one level lower: the claim is under a visible condition; "
                 "check the condition is really shown)")
    return _(" (reported one level lower: the claim is hedged or under a visible condition; "
             "check the condition is really shown)")
