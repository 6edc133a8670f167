from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import (
    char_span,
    commitment_phrase,
    on_service_channel,
    quoted,
    say,
)


def check(analysis) -> Iterator[Finding]:
    if not on_service_channel(analysis):
        return
    reply = analysis.reply
    if reply.next_steps or reply.fragment or not (reply.problems or reply.apologies):
        return
    anchor = (reply.problems or reply.apologies)[0]
    start, end = char_span(analysis, anchor.start, anchor.end)
    yield RULE.finding(start, end,
                       say("BL407", "message",
                           words=quoted(analysis, anchor.start, anchor.end)),
                       suggestion=say("BL407", "suggestion",
                                      commitment=commitment_phrase(analysis)))


RULE = Rule(
    "BL407", "no-next-step", Severity.WARNING,
    "A service reply acknowledges a problem but never says what happens next.",
    RuleDoc(
        what="On service channels, fires when the reply admits a problem or apologises but no "
             "clause in the brand's voice moves the case: no promise or booked event, no "
             "action of the brand (« nous vous renvoyons », \"we've refunded\"), nothing in "
             "the future, no instruction, question, request, link or redirect for the "
             "customer, no promise to keep them informed. Courtesy "
             "(« n'hésitez pas à nous contacter », \"we understand\") is not a next step; "
             "one message of a thread (\"1/2\") is not judged: the step may be in the other.",
        why="A reply on the phone or after a sale is judged by what it solves: understanding "
            "without a next step leaves the customer where they started.",
        fires=(Example("Nous sommes désolés pour ce retard. Nous comprenons votre agacement. "
                       "N'hésitez pas à revenir vers nous.", channel="after_sales"),
               Example("We're so sorry your parcel arrived damaged. We understand how "
                       "frustrating that is.", lang="en", channel="after_sales")),
        does_not_fire=(Example("Nous sommes désolés pour ce retard. Nous vous renvoyons un colis "
                               "aujourd'hui.", channel="after_sales"),
                       Example("We're so sorry your parcel arrived damaged. We'll send a "
                               "replacement today.", lang="en", channel="after_sales")),
        fix="End with the next step: who does what, and by when (within the commitment).",
    ),
    check=check,
)
