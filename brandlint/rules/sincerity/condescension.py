from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import cue_findings


def check(analysis) -> Iterator[Finding]:
    return cue_findings(RULE, analysis, lambda reply: reply.condescension)


RULE = Rule(
    "BL404", "condescending-wording", Severity.WARNING,
    "A service reply talks down to the customer.",
    RuleDoc(
        what="On service channels, fires on wording that says \"you should have known\": a "
             "repeated explanation (« comme nous vous l'avons déjà expliqué », « comme indiqué "
             "précédemment », \"as we already told you\", \"as previously stated\"), a reminder "
             "of a rule (« nous vous rappelons que… », \"we remind you that…\" — read on the "
             "parse: not « nous vous rappelons demain », a callback), and reading or checking "
             "made trivial (« il suffit de lire la notice », \"just check the manual\", \"all "
             "you had to do\"). « Il suffit de » before another act (« il vous suffit de "
             "renvoyer l'article ») is plain help and does not fire.",
        why="Condescension is what customers quote when they complain about a brand in "
            "public; the same information given plainly keeps their trust.",
        fires=(Example("Comme nous vous l'avons déjà expliqué, le retour est gratuit.",
                       channel="after_sales"),
               Example("Nous vous rappelons que la notice est fournie dans la boîte.",
                       channel="after_sales"),
               Example("As we already told you, returns are free.", lang="en",
                       channel="after_sales"),
               Example("Just read the manual that came in the box.", lang="en",
                       channel="after_sales")),
        does_not_fire=(Example("Nous vous rappelons demain entre 9 h et 10 h.",
                               channel="after_sales"),
                       Example("Pour le retour, il vous suffit de renvoyer l'article avec le "
                               "bon prépayé.", channel="after_sales"),
                       Example("To return it, simply drop the parcel at any post office.",
                               lang="en", channel="after_sales")),
        fix="Give the information as if for the first time, with no reminder and no “just”.",
    ),
    check=check,
)
