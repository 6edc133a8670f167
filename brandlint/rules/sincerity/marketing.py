from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import cue_findings


def check(analysis) -> Iterator[Finding]:
    return cue_findings(RULE, analysis, lambda reply: reply.marketing)


RULE = Rule(
    "BL406", "marketing-in-complaint-reply", Severity.WARNING,
    "A reply to a complaint pushes a promo code, a new collection or a survey.",
    RuleDoc(
        what="On service channels, when the reply answers a complaint (it admits a problem, "
             "apologises, or names the complaint, the inconvenience, the frustration), fires "
             "on marketing in the brand's voice: a promo code, a discount, a new collection "
             "or new arrivals, a newsletter, a satisfaction survey, a request for a review. "
             "A voucher or refund given to make up for the problem (« en dédommagement », "
             "\"to make up for it\") is a remedy and does not fire; nor does marketing in a "
             "reply that answers no complaint.",
        why="A customer with a problem reads a sales pitch as proof that nobody listened; "
            "it turns a complaint into a public one.",
        fires=(Example("Nous sommes désolés pour ce retard. Découvrez notre nouvelle "
                       "collection avec le code NOEL10 !", channel="after_sales"),
               Example("Sorry about the missing piece! Check out our new arrivals and take "
                       "our satisfaction survey.", lang="en", channel="after_sales")),
        does_not_fire=(Example("Nous sommes désolés pour ce retard : en dédommagement, voici "
                               "un code de réduction de 10 €, RETARD10.", channel="after_sales"),
                       Example("Thanks for your order! Use code SPRING10 on your next set.",
                               lang="en", channel="after_sales")),
        fix="Drop the offer from the reply; if a gesture is due, present it as a remedy.",
    ),
    check=check,
)
