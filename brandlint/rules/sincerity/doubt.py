from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import cue_findings


def check(analysis) -> Iterator[Finding]:
    return cue_findings(RULE, analysis, lambda reply: reply.doubt)


RULE = Rule(
    "BL402", "good-faith-doubted", Severity.ERROR,
    "A service reply treats the customer's account as a claim to be doubted.",
    RuleDoc(
        what="On service channels, fires on a clause whose act is doubt in the brand's own "
             "voice: the customer as the subject of a verb of claiming (« vous prétendez », "
             "« vous affirmez », \"you claim\", \"you allege\") or a doubting adverb or phrase "
             "(« soi-disant », « selon vos dires », \"allegedly\", \"supposedly\", \"according "
             "to you\"). Neutral reporting (« vous nous indiquez », \"you mentioned\") and a "
             "negated doubt (« nous ne doutons pas ») do not fire.",
        why="Doubting a customer's good faith in writing makes the brand their opponent; "
            "checks can be made without saying so.",
        fires=(Example("Vous prétendez ne pas avoir reçu votre colis.", channel="after_sales"),
               Example("You claim the parcel never arrived, but our carrier says otherwise.",
                       lang="en", channel="after_sales")),
        does_not_fire=(Example("Vous nous indiquez ne pas avoir reçu votre colis : nous lançons "
                               "une enquête.", channel="after_sales"),
                       Example("You mentioned the parcel never arrived: we've opened a trace "
                               "with the carrier.", lang="en", channel="after_sales")),
        fix="Restate the customer's words as the starting point of the check.",
    ),
    check=check,
)
