from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _
from brandlint.rules.base import Example, Rule, RuleDoc


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    target = analysis.channel.readability
    score = analysis.readability
    if target is None or score is None or target.min is None or score >= target.min:
        return
    longest = max(analysis.sentences, key=lambda s: len(s), default=None)
    if longest is None:
        return
    yield RULE.finding(
        longest.start_char, longest.end_char,
        _("reading ease {score:.0f} on {channel}, below the target {target:.0f}: long "
          "sentences and long words make the copy hard to read; the longest sentence has "
          "{tokens} words").format(score=score, channel=analysis.channel_name,
                                   target=target.min, tokens=len(longest)),
        suggestion=_("split the longest sentences and prefer short, concrete words"))


_HARD_FR = ("Conformément aux dispositions contractuelles précédemment communiquées, "
            "l'acheminement des commandes s'effectue prioritairement selon la disponibilité "
            "logistique constatée, indépendamment des considérations organisationnelles.")
_HARD_EN = ("In accordance with previously communicated contractual provisions, the "
            "fulfilment of orders is prioritised according to the logistical availability "
            "observed, independently of organisational considerations.")

RULE = Rule(
    "BL203", "readability-below-target", Severity.WARNING,
    "The draft is harder to read than the channel's readability minimum.",
    RuleDoc(
        what="Computes Flesch reading ease (the published constants for the language: "
             "Kandel–Moles for French) on spaCy's sentences and words and compares it with "
             "the channel's `readability.min`.",
        why="Copy that needs rereading loses the reader; each channel sets how easy its "
            "copy must be.",
        fires=(Example(_HARD_FR), Example(_HARD_EN, lang="en")),
        does_not_fire=(Example("Votre colis part demain. Vous pourrez construire ce week-end !"),
                       Example("Your parcel leaves tomorrow. You can build this weekend!",
                               lang="en")),
        fix="Shorter sentences, shorter words, one idea per sentence.",
    ),
    check=check,
)
