from __future__ import annotations

import re
from collections.abc import Iterator

from brandlint.analysis.features import text_sentence_bounds
from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import char_span, on_service_channel, quoted, say


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
    microcopy = _interface_error(analysis, problem)
    yield RULE.finding(start, end,
                       say("BL403", "message",
                           words=quoted(analysis, problem.start, problem.end), shifted=shifted)
                       + (say("BL403", "microcopy") if microcopy else ""),
                       suggestion=say("BL403", "suggestion",
                                      brand=analysis.profile.brand), lowered=microcopy)


_FAILURES = frozenset({"error", "errors", "failed", "failure", "fail", "erreur", "erreurs",
                       "échec", "échoué", "échouée", "échoués", "échouées", "wrong",
                       "problème", "souci", "incident"})


def _interface_error(analysis, problem) -> bool:
    """An interface's own error string, written back to no one ("An error has occurred.
    Please try again later.", « Une erreur est survenue lors du chargement des résultats. »):
    by the convention of interface copy an apology is optional there — what the reader needs
    is a way forward (BL407). The finding is a hint. Not a reply to someone, nor a longer
    message, nor another problem than an error or a failure (a delay, a lost parcel)."""
    from brandlint.analysis.reply import speaks_to_someone

    if speaks_to_someone(analysis):  # (a script's customer turns included)
        return False
    problem_words = analysis.doc[problem.start:problem.end]
    if not any(t.lower_ in _FAILURES for t in problem_words):
        return False
    words = [t for t in analysis.doc if t.is_alpha]
    # the sentence read on the text, from its start (the parser may cut « Erreur » off
    # « lors de l'envoi… » as a sentence of its own)
    start, end = text_sentence_bounds(analysis.text, problem_words[0].idx)
    return len(words) <= 30 and bool(_OCCURRED.search(analysis.text[start:end].strip()))


# The interface's own error said as such: "An error (has) occurred", "Something went
# wrong", "Failed to…", « Une erreur / un problème est survenu(e) / s'est produit(e) »,
# « Échec de… » — not "an error in your order",
# « une erreur s'est glissée dans votre commande » (a fault in their order, owed an apology).
# (also "there was an error sending your code", « il y a eu une erreur lors de… »; the
# error as the string's own label, "Error trying to send…", « Erreur lors de l'envoi… »
# — not "Error: we shipped the wrong size", a fault told; a form's check, « Il y a des
# erreurs ou des informations manquantes »)
_OCCURRED = re.compile(r"\b(?:errors?\s+(?:has\s+|have\s+)?(?:occurred|happened)|"
                       r"there\s+(?:was|has\s+been|were|is|are)\s+(?:an?\s+)?(?:unexpected\s+)?errors?|"
                       r"il\s+y\s+a\s+(?:eu\s+)?(?:une|des)\s+(?:erreurs?|problèmes?)|"
                       r"^\W*(?:errors?|erreurs?)\s+(?:trying\s+to|while|when|during|"
                       r"lors\s+d[eu'’]|pendant\s+l|en\s+\w+ant\b)|"
                       r"erreurs?\s+(?:est|sont)\s+survenues?|erreurs?\s+s['’]\s*est\s+produite|"
                       r"(?:something|it)\s+(?:has\s+)?(?:went|gone)\s+wrong|"
                       r"(?:problème|souci|incident)\s+(?:technique\s+)?(?:est\s+survenu|"
                       r"s['’]\s*est\s+produit)|"
                       r"^\W*(?:failed\s+to|échec\s+d[eu'’]))", re.I)


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
             "issue\", or the customer's quoted words is not an admission.",
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
