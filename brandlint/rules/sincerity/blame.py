from __future__ import annotations

from collections.abc import Iterator

from brandlint.diagnostics import Finding, Severity
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.sincerity._common import cue_findings


def check(analysis) -> Iterator[Finding]:
    return cue_findings(RULE, analysis, lambda reply: reply.blame)


RULE = Rule(
    "BL401", "customer-blamed", Severity.ERROR,
    "A service reply makes the customer the one at fault.",
    RuleDoc(
        what="On service channels, reads each clause's frame for the customer as the agent "
             "of a fault in the brand's own voice: a past modal of obligation on an act of "
             "theirs (« vous auriez dû lire », \"you should have checked\", « il aurait fallu "
             "nous prévenir », read from the morphology), a duty they failed (« vous n'avez pas "
             "respecté la procédure », \"you failed to follow\"), a fault named as theirs "
             "(« votre erreur », \"you entered the wrong address\"), the terms they accepted "
             "held against them (« les CGV que vous avez acceptées », \"the terms you agreed "
             "to\"), an apology for their misunderstanding, or where they were told pointed to "
             "while they bear the outcome (« comme rappelé sur votre billet … il n'est ni "
             "échangeable ni remboursable », \"as set out in the handbook … the charge "
             "stands\"). An expected event (\"you should "
             "have received an email\"), the brand's own past duty (« nous aurions dû », an "
             "admission), a denial (« ce n'est pas votre faute ») and the customer's own "
             "quoted words do not fire.",
        why="A customer who writes to the service already has a problem; being told it is "
            "their fault turns a fixable incident into a lost customer and a public complaint.",
        fires=(Example("Vous auriez dû lire nos CGV avant de commander.", channel="after_sales"),
               Example("Comme précisé dans les CGV que vous avez acceptées, le retour est à "
                       "vos frais.", channel="after_sales"),
               Example("You should have checked the box contents before signing.", lang="en",
                       channel="after_sales"),
               Example("As stated in the terms you agreed to, shipping is not refundable.",
                       lang="en", channel="after_sales"),
               Example("Comme rappelé sur votre bon de commande, les retours sont acceptés "
                       "sous 30 jours : votre coffret n'est ni échangeable ni remboursable.",
                       channel="after_sales"),
               Example("The 30-day limit is printed on the returns leaflet in every box, so "
                       "the refund cannot be considered.", lang="en", channel="after_sales")),
        does_not_fire=(Example("Vous auriez dû recevoir un e-mail de confirmation : nous vous "
                               "le renvoyons.", channel="after_sales"),
                       Example("Nous aurions dû vous prévenir plus tôt : nous vous remboursons "
                               "les frais aujourd'hui.", channel="after_sales"),
                       Example("You should have received a confirmation email; we're resending "
                               "it now.", lang="en", channel="after_sales"),
                       Example("You wrote: \"I should have read the terms\". Not at all — "
                               "we'll sort it.", lang="en", channel="after_sales"),
                       Example("Comme indiqué dans votre e-mail de confirmation, votre coffret "
                               "part lundi ; vous le recevrez mercredi.", channel="after_sales"),
                       Example("As set out in your confirmation email, your set leaves our "
                               "warehouse on Monday.", lang="en", channel="after_sales")),
        fix="Describe what happened without a culprit, then what the brand does now.",
    ),
    check=check,
)
