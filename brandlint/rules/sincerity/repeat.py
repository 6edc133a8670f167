from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import cue_findings


def check(analysis) -> Iterator[Finding]:
    return cue_findings(RULE, analysis, lambda reply: reply.repeats)


RULE = Rule(
    "BL405", "customer-asked-to-repeat", Severity.WARNING,
    "A service reply asks the customer again for what they already gave.",
    RuleDoc(
        what="On service channels, fires when the reply asks (a question, an imperative, "
             "« merci de », \"please\", \"DM us\") for an order number, an e-mail address, a "
             "phone number or a postal address that the text already holds — a value of that "
             "kind outside the request (« votre commande n° 48213 », the customer's turn in a "
             "script), or words saying the customer gave it (« que vous nous avez déjà "
             "communiqué », \"you already sent us\") — or asks them to explain it all again "
             "(« pouvez-vous réexpliquer », \"explain the issue again\"). Asking for something "
             "the text does not hold does not fire.",
        why="Making customers repeat themselves is the most cited irritant of customer "
            "service: it tells them nobody read what they wrote.",
        fires=(Example("[Client : ma commande 48213 n'est jamais arrivée.]\nPouvez-vous me "
                       "donner votre numéro de commande ?", channel="phone_script"),
               Example("About order #48213: please send us your order number so we can "
                       "check.", lang="en", channel="after_sales")),
        does_not_fire=(Example("Pouvez-vous nous indiquer votre numéro de commande ? Nous "
                               "vérifions aussitôt.", channel="after_sales"),
                       Example("Please send us your order number so we can check.", lang="en",
                               channel="after_sales")),
        fix="Use what the customer already gave; ask only for what is really missing.",
    ),
    check=check,
)
