from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis import values
from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, current, quote
from brandlint.rules.base import Example, Rule, RuleDoc

OPPOSED = 2.0  # at least two cues of the opposite value (or four weak ones)


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    if not analysis.channel.carries_idea:
        return
    idea = analysis.idea
    if idea.rejected_mass >= 1.0 and idea.rejected_mass > idea.core_mass:
        first, last = idea.rejected_tokens[0], idea.rejected_tokens[-1]
        words = ", ".join(quote(w, 40) for w in dict.fromkeys(t.text for t in idea.rejected_tokens))
        yield RULE.finding(
            first.idx, last.idx + len(last.text),
            _("the draft argues against the central idea: it rejects {words} in the brand's "
              "own voice, where {brand} stands for it").format(
                words=words, brand=analysis.profile.brand),
            suggestion=_("turn the sentence round so that it carries the idea instead of "
                         "dismissing it, or drop it"))
        return
    against = analysis.opposition
    opposed = against.mass + idea.rejected_mass  # the idea's own words turned down count too
    if opposed < OPPOSED or opposed <= idea.core_mass or not against.mass:
        return
    tokens = sorted(against.tokens + idea.rejected_tokens, key=lambda t: t.i)
    first, last = tokens[0], tokens[-1]
    words = ", ".join(quote(t.text, 40) for t in dict.fromkeys(tokens))
    labels = _(" and ").join(values.label(name, current()) for name in against.names)
    yield RULE.finding(
        first.idx, min(last.idx + len(last.text), first.sent.end_char)
        if first.sent == last.sent else first.idx + len(first.text),
        _("the draft argues the opposite of the central idea in other words: {words} sell "
          "{labels}, where {brand} stands for its central idea").format(
            words=words, labels=labels, brand=analysis.profile.brand),
        suggestion=_("keep the offer but tell it through the brand's value: say what the "
                     "reader gains in the idea's terms, and drop the words that argue "
                     "against it"))


RULE = Rule(
    "BL103", "idea-contradicted", Severity.WARNING,
    "The draft rejects the brand's central idea in its own voice.",
    RuleDoc(
        what="Finds words of the central idea (lexicon, statement) that the brand itself "
             "negates or dismisses (« pas besoin de créer », « oubliez l'imagination », "
             "\"no need to create\", \"forget about imagination\", \"Why repair when you can "
             "replace?\", \"sea views are overrated\") and fires when they outweigh the "
             "lexicon words the draft affirms. A negation inside a question to the reader "
             "(« Jamais construit de fusée ? ») and quoted customers do not count; a "
             "negated dismissal affirms (« ne cessez jamais d'imaginer », \"why not "
             "create…\").",
        why="A draft that argues the opposite of the idea does more harm than one that "
            "forgets it: it teaches readers that the brand does not mean it.",
        fires=(Example("Pas besoin d'imaginer quoi que ce soit : tout est prêt pour l'étagère."),
               Example("No need to imagine anything: it is ready for the shelf.",
                       lang="en")),
        does_not_fire=(Example("Ne cessez jamais d'imaginer : chaque boîte est un départ."),
                       Example("Never stop creating: every box is a beginning.", lang="en")),
        fix="Say what the reader will create with it, not that they need not.",
    ),
    check=check,
)
