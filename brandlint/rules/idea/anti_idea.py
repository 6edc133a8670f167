from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, quote
from brandlint.rules.base import Example, Rule, RuleDoc

MIN_AVOID = 2.0
DOMINANCE = 1.5  # "dominated": clearly more pull away from the idea than towards it


def dominated(idea) -> bool:
    """More pull away from the idea, in `avoid` words, than towards it."""
    return idea.avoid_mass >= MIN_AVOID and idea.avoid_mass > DOMINANCE * idea.idea_mass


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    if not analysis.channel.carries_idea:
        return
    idea = analysis.idea
    if not dominated(idea):
        return
    first = idea.avoid_tokens[0]
    last = idea.avoid_tokens[-1]
    last_end = last.idx + len(idea.avoid_labels[-1] if idea.avoid_labels else last.text)
    labels = idea.avoid_labels or tuple(t.text for t in idea.avoid_tokens)
    words = ", ".join(quote(w, 40) for w in dict.fromkeys(labels))
    yield RULE.finding(
        first.idx, min(last_end, first.sent.end_char),
        _("the draft is dominated by what pulls away from the central idea ({words}: weight "
          "{avoid:g} against {idea:g} for the idea)").format(
            words=words, avoid=idea.avoid_mass, idea=idea.idea_mass),
        suggestion=_("pass the offer through the idea: say what the reader will create with "
                     "it, not only what it costs"))


RULE = Rule(
    "BL102", "anti-idea-dominant", Severity.WARNING,
    "The draft is dominated by the words the profile says pull away from the idea.",
    RuleDoc(
        what="Weighs the profile's `central_idea.avoid` words (and built-in cues such as "
             "`@price`: amounts, percentages) against the idea's words, by position, and "
             "fires when they outweigh the idea.",
        why="A pure price promotion teaches customers to wait for the next discount instead "
            "of buying into the brand's idea.",
        fires=(Example("SOLDES : -40 % sur tout le site ! Prix cassés, promo jusqu'à dimanche.",
                       channel="shop"),
               Example("SALE: 40% off everything! Prices slashed, deal ends Sunday.",
                       lang="en", channel="shop")),
        does_not_fire=(Example("-20 % sur les boîtes créatives : de quoi imaginer et construire "
                               "tout l'hiver.", channel="shop"),
                       Example("20% off creative boxes: enough to imagine and build all winter.",
                               lang="en", channel="shop")),
        fix="Keep the offer, but lead with what the reader will create.",
    ),
    check=check,
)
