from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import (
    char_span,
    interface_error,
    notice_to_many,
    on_service_channel,
    quoted,
    say,
)


def check(analysis) -> Iterator[Finding]:
    if not on_service_channel(analysis):
        return
    reply = analysis.reply
    if reply.apologies:
        return
    if not reply.problems:
        if reply.shifted_apologies:  # the only apology puts the fault on someone else
            cue = reply.shifted_apologies[0]
            start, end = char_span(analysis, cue.start, cue.end)
            yield RULE.finding(start, end,
                               say("BL403", "shifted_only",
                                   apology=quoted(analysis, cue.start, cue.end),
                                   brand=analysis.profile.brand),
                               suggestion=say("BL403", "suggestion",
                                              brand=analysis.profile.brand))
        return
    problem = reply.problems[0]
    shifted = ""
    if reply.shifted_apologies:
        cue = reply.shifted_apologies[0]
        shifted = say("BL403", "shifted", apology=quoted(analysis, cue.start, cue.end))
    start, end = char_span(analysis, problem.start, problem.end)
    microcopy = interface_error(analysis, problem)
    broadcast = not microcopy and not shifted and notice_to_many(analysis)
    yield RULE.finding(start, end,
                       say("BL403", "message",
                           words=quoted(analysis, problem.start, problem.end), shifted=shifted)
                       + (say("BL403", "microcopy") if microcopy else "")
                       + (say("BL403", "broadcast") if broadcast else ""),
                       suggestion=say("BL403", "suggestion",
                                      brand=analysis.profile.brand),
                       lowered=microcopy or broadcast)


RULE = Rule(
    "BL403", "problem-without-apology", Severity.WARNING,
    "A service reply admits a problem but neither apologises for it nor owns it.",
    RuleDoc(
        what="On service channels, fires when the brand, in its own voice, admits a concrete "
             "problem (a delay, a missing or damaged item, an error, an outage, a parcel not "
             "delivered) and the reply carries no apology (« nous sommes désolés », « veuillez "
             "nous excuser », \"we're sorry\", \"we apologise\") and no ownership (« c'est une "
             "erreur de notre part », « nous aurions dû », \"our mistake\", \"that's on us\"). An "
             "apology that shifts the fault or the feeling to the customer (« désolés que vous "
             "ayez mal compris », \"sorry you feel that way\") or to a third party (« nous "
             "regrettons que notre transporteur n'ait pas respecté les délais ») does not count, "
             "and is reported even when no problem is named. A problem in a "
             "question, a condition, a denial (« sans retard »), an offer to help \"with any "
             "issue\", or the customer's quoted words is not an admission. A status notice "
             "to many customers (those affected named as a group or an area, the work under "
             "way said) reports the missing apology as a hint: there it is the house's style.",
        why="Customers forgive a delay far more easily than a reply that admits it and moves "
            "on as if nothing were owed; the apology is what makes the fix feel sincere.",
        fires=(Example("Votre colis a pris du retard. Il sera livré mardi.",
                       channel="after_sales"),
               Example("Nous sommes désolés que vous ayez mal compris nos conditions : la "
                       "pièce manquante n'était pas incluse.", channel="after_sales"),
               Example("Your order was delayed at our warehouse. It ships on Monday.", lang="en",
                       channel="after_sales")),
        does_not_fire=(Example("Votre colis a pris du retard, nous en sommes désolés. Il sera "
                               "livré mardi.", channel="after_sales"),
                       Example("Si votre colis a du retard, répondez à ce message.",
                               channel="after_sales"),
                       Example("Your order was delayed at our warehouse — our mistake. It ships "
                               "on Monday.", lang="en", channel="after_sales")),
        fix="Apologise for the problem itself, in the brand's name, before the fix.",
    ),
    check=check,
)
