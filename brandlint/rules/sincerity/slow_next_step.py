from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import current, shorten
from brandlint.profile.durations import describe_hours
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.promise.exceeds_commitment import (
    committed_wording,
    describe_promised,
    draft_wording,
    promise_span,
    service_name,
)
from brandlint.rules.sincerity._common import char_span, on_service_channel, quoted, say

# a day counted from the send moment (« vendredi » for a message of Monday) reads as a
# delay at the least, as a range's shorter end does
_MESSAGE_OF_KIND = {"range": "ranged", "dated": "ranged", "absence": "absence"}


def check(analysis) -> Iterator[Finding]:
    if not on_service_channel(analysis):
        return
    for promise in analysis.reply.slow_steps:
        start, end = promise_span(analysis, promise)
        words = shorten(analysis.text[start:end])
        within = draft_wording(analysis, promise)
        yield RULE.finding(start, end,
                           say("BL408", "message", words=words,
                               service=service_name(promise.service),
                               committed=committed_wording(analysis, promise),
                               promised=describe_promised(promise)),
                           suggestion=say("BL408", "suggestion", within=within))
    for batched in analysis.reply.batched_steps:
        start, end = char_span(analysis, batched.start, batched.end)
        language = current()
        yield RULE.finding(start, end,
                           say("BL408", _MESSAGE_OF_KIND.get(batched.kind, "batched"),
                               words=quoted(analysis, batched.start, batched.end),
                               period=describe_hours(batched.period_hours, language),
                               service=service_name(batched.service),
                               committed=describe_hours(batched.committed_hours, language)),
                           suggestion=say("BL408", "batched_suggestion",
                                          within=describe_hours(batched.committed_hours,
                                                                language)))


RULE = Rule(
    "BL408", "next-step-slower-than-commitment", Severity.WARNING,
    "A service reply's next step comes later than the profile's commitment.",
    RuleDoc(
        what="On service channels, reuses the promise analysis (the delay, the service it is "
             "attached to through the parse, the brand's voice) and fires when the delay given "
             "for a declared service is slower than its `within` (« remboursé sous 30 jours » "
             "against `refund: {within: 14d}`). A delay at or within the commitment, a date "
             "the customer chooses, or the customer's quoted words do not fire. A step put off "
             "to a periodic batch (« traitement trimestriel », \"our monthly payment run\", "
             "\"every other Monday\") fires when the period is longer than the commitment of "
             "the service its paragraph names.",
        why="The commitment is what the brand tells every customer; a customer who already has "
            "a problem and is told to wait longer than that feels let down twice.",
        fires=(Example("Nous sommes désolés : votre remboursement sera effectué sous 30 jours.",
                       channel="after_sales"),
               Example("Sorry about that: your refund will be processed within 30 days.",
                       lang="en", channel="after_sales")),
        does_not_fire=(Example("Nous sommes désolés : votre remboursement sera effectué sous "
                               "14 jours.", channel="after_sales"),
                       Example("Sorry about that: your refund will be processed within 14 days.",
                               lang="en", channel="after_sales"),
                       Example("Vous nous écrivez : « on m'a dit remboursé sous 30 jours ». Nous "
                               "vous remboursons sous 14 jours.", channel="after_sales")),
        fix="Give the delay the service commits to, or have the service confirm the longer one.",
    ),
    check=check,
)
