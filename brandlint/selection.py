"""The style guide: which rules run, at which severity, what is suppressed, what fails.

Rules never read configuration; everything about selection lives here (flake8's habit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from brandlint.diagnostics import Diagnostic, Severity
from brandlint.errors import BrandlintError, ProfileError
from brandlint.profile import Profile
from brandlint.profile.suggest import did_you_mean
from brandlint.rules import Rule
from brandlint.rules.codes import RuleCode, rule_codes
from brandlint.sources.suppress import Suppression


def _matches(code: str, rule: Rule | RuleCode) -> bool:
    """`BL3`, `BL30`, `BL301`, `overpromise` and `absolute-claim` all select rules."""
    code = code.strip()
    if code.upper() == "ALL":
        return True
    if code.lower() == rule.family or code.lower() == rule.name:
        return True
    return rule.code.startswith(code.upper()) and code.upper().startswith("BL")


def validate_codes(codes: Iterable[str], origin: str) -> list[str]:
    codes = [c.strip() for c in codes if c and c.strip()]
    rules = rule_codes()
    for code in codes:
        if not any(_matches(code, r) for r in rules):
            known = [r.code for r in rules] + [r.name for r in rules]
            raise BrandlintError(f"{origin}: unknown rule or family `{code}`"
                                 f"{did_you_mean(code, known)} (see `brandlint rules`)")
    return codes


@dataclass(frozen=True)
class Selection:
    severities: dict[str, Severity]  # enabled rules only, with their effective severity

    @classmethod
    def build(cls, profile: Profile | None, select: Iterable[str] = (),
              ignore: Iterable[str] = ()) -> Selection:
        select = validate_codes(select, "--select")
        ignore = validate_codes(ignore, "--ignore")
        severities: dict[str, Severity] = {}
        overrides = dict(profile.rules) if profile else {}
        _check_profile_overrides(profile, overrides)
        for rule in rule_codes():
            if select and not any(_matches(c, rule) for c in select):
                continue
            if any(_matches(c, rule) for c in ignore):
                continue
            setting = _most_specific(overrides, rule)
            if setting == "off" and not any(c.upper() == rule.code for c in select):
                continue
            severity = rule.severity if setting in (None, "off") else Severity.parse(setting)
            severities[rule.code] = severity
        return cls(severities)

    def enabled(self, rule: Rule) -> bool:
        return rule.code in self.severities

    def apply(self, diagnostic: Diagnostic) -> Diagnostic | None:
        """The diagnostic at its effective severity, or None if its rule is off
        (suppressions written in the draft are `suppress`'s business)."""
        severity = self.severities.get(diagnostic.code)
        if severity is None:
            return None
        if diagnostic.extra.get("raised"):  # `idea: required` on the channel
            severity = max(severity, Severity.WARNING)
        if diagnostic.extra.get("lowered"):  # hedged or conditional: a hint, never a failure
            severity = Severity.INFO
        return diagnostic.with_severity(severity)


def _most_specific(overrides: dict[str, str], rule: RuleCode) -> str | None:
    best: tuple[int, str] | None = None
    for key, value in overrides.items():
        if _matches(key, rule):
            rank = len(key) if key.upper().startswith("BL") else 1
            if best is None or rank > best[0]:
                best = (rank, value)
    return best[1] if best else None


def _check_profile_overrides(profile: Profile | None, overrides: dict[str, str]) -> None:
    if not profile:
        return
    problems = []
    for key in overrides:
        try:
            validate_codes([key], "rules")
        except BrandlintError as exc:
            problems.append((profile.line_of("rules", key),
                             str(exc).removeprefix("rules: ")))
    if problems:
        raise ProfileError(profile.path, problems)


def fails(diagnostics: Iterable[Diagnostic], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    threshold = Severity.parse(fail_on)
    return any(d.severity >= threshold for d in diagnostics)


def suppress(diagnostics: list[Diagnostic], directives: Iterable[Suppression],
             selection: Selection, unused: Callable[[Suppression, list[str]], Diagnostic]
             ) -> list[Diagnostic]:
    """Drop what the draft's directives cover (each at its own lines); every directive
    that silenced nothing while a rule it names is running, or that names no rule at all
    (a typo), becomes `unused(directive, unknown names)` (BL915, info), so that
    suppressions neither outlive their findings nor fail silently."""
    directives = tuple(directives)
    if not directives:
        return diagnostics
    used: set[int] = set()
    kept = []
    for diagnostic in diagnostics:
        covering = [i for i, s in enumerate(directives)
                    if s.covers(diagnostic.code, diagnostic.name, diagnostic.family,
                                diagnostic.line)]
        used.update(covering)
        if not covering:
            kept.append(diagnostic)
    for i, directive in enumerate(directives):
        unknown = _unknown_names(directive)
        if unknown or (i not in used and _names_running_rule(directive, selection)):
            reported = selection.apply(unused(directive, unknown))
            if reported is not None:
                kept.append(reported)
    return kept


def _unknown_names(directive: Suppression) -> list[str]:
    rules = rule_codes()
    return sorted(token for token in directive.codes if token != "*" and not any(
        Suppression(frozenset({token}), 0, None, 0, 0, "").covers(r.code, r.name, r.family, 0)
        for r in rules))


def _names_running_rule(directive: Suppression, selection: Selection) -> bool:
    """The directive names a rule that runs on the document; the campaign rules (BL6xx)
    are judged after the whole campaign is read, so a directive for them is not called
    unused here."""
    return any(directive.covers(r.code, r.name, r.family, directive.first)
               for r in rule_codes() if r.code in selection.severities and r.code != "BL915"
               and not r.code.startswith("BL6"))
