from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis import values
from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, current, quote
from brandlint.rules.base import Example, Rule, RuleDoc
from brandlint.rules.idea import anti_idea

AGAINST = 1.5  # one full cue against the idea and a weak one, or an avoid word in the headline
# one full phrase of the opposite value is enough where the draft says nothing of the
# idea's values in the brand's own words: no lexicon word affirmed, no value word
ONE_CUE = 1.0
MARGIN = 1.0  # how far the pull against must outweigh the idea's value words


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
    stance = analysis.stance
    if not argues_against(analysis):
        return
    words = ", ".join(quote(w, 40) for w in dict.fromkeys(stance.words))
    if stance.price_push:
        words = ", ".join(filter(None, (words, ", ".join(
            quote(w, 40) for w in stance.price_words))))
    yield RULE.finding(
        *_span(analysis, stance),
        _("the draft pulls against the central idea in other words: {words} ({what}), "
          "where {brand} stands for “{statement}”").format(
            words=words, what=_what_pulls(analysis), brand=analysis.profile.brand,
            statement=analysis.profile.central_idea.statement),
        suggestion=_("keep the facts but tell them through the idea: drop {words} and say "
                     "what the reader gains in the idea's own words (for example "
                     "{examples})").format(words=words, examples=_examples(analysis)))


def argues_against(analysis) -> bool:
    """The brand's own voice pulls against the idea more than it carries the idea's
    values: at least AGAINST of pull (two cues, or one with a weak one, or an avoid word
    in the headline), beyond what the draft's value words say for it by MARGIN, and at
    least half of what all the idea's words say. A draft dominated by `avoid` words
    alone is BL102's."""
    idea, stance = analysis.idea, analysis.stance
    if anti_idea.dominated(idea) and not analysis.opposition.mass:
        return False
    if not stance.tokens and not stance.price_push:
        return False
    if stance.against < _needed(analysis):
        return False
    # the idea said at length (more than twice the pull) answers a word or two against it
    return stance.against >= stance.value_for + MARGIN and idea.core_mass <= 2 * stance.against


def _needed(analysis) -> float:
    """AGAINST; ONE_CUE when the draft says nothing of the idea in its own words and one
    full phrase of the opposite value is what it does say ("strong smell: that's how you
    know it's tough"). A single word stays at AGAINST (the September rush, the customer's
    fear), and so do weak cues in company, an idea word turned down, an `avoid` word and
    a price push."""
    idea, stance, opposition = analysis.idea, analysis.stance, analysis.opposition
    # its lexicon words count unless a cue takes them away (« choisissent pour vous »);
    # allowing one named lexicon word besides added false alarms on the older sets (a
    # car park's "reserved for", "gone for good" after a treatment)
    silent = (idea.core_mass == 0 or stance.core_kept == 0) and stance.value_for == 0
    if silent and opposition.full_phrase and opposition.mass >= ONE_CUE:
        return ONE_CUE
    return AGAINST


def _span(analysis, stance) -> tuple[int, int]:
    if not stance.tokens:
        first = analysis.sentences[0] if analysis.sentences else analysis.doc[:]
        return first.start_char, first.end_char
    first, last = stance.tokens[0], stance.tokens[-1]
    if first.sent == last.sent:
        return first.idx, last.idx + len(stance.words[-1] if stance.words else last.text)
    return first.idx, first.idx + len(stance.words[0] if stance.words else first.text)


def _what_pulls(analysis) -> str:
    """What the words stand for, in the reader's terms: the values they argue, the
    profile's `avoid` list, a price push, the idea's own words turned down."""
    idea, stance = analysis.idea, analysis.stance
    parts = [values.label(name, current()) for name in analysis.opposition.names]
    if idea.avoid_mass:
        parts.append(_("words the profile lists under `avoid`"))
    if stance.price_push:
        parts.append(_("a sale told by its price and urgency alone"))
    if idea.rejected_mass:
        parts.append(_("the idea's own words turned down"))
    return _("; ").join(parts)


def _examples(analysis) -> str:
    return ", ".join(quote(w, 40) for w in analysis.profile.central_idea.lexicon[:4])


RULE = Rule(
    "BL103", "idea-contradicted", Severity.WARNING,
    "The draft rejects the brand's central idea in its own voice, or pulls against it in "
    "other words.",
    RuleDoc(
        what="Finds words of the central idea (lexicon, statement) that the brand itself "
             "negates or dismisses (« pas besoin de créer », « oubliez l'imagination », "
             "\"no need to create\", \"forget about imagination\", \"Why repair when you can "
             "replace?\", \"sea views are overrated\") and fires when they outweigh the "
             "lexicon words the draft affirms. It also reads the draft's *stance*: what "
             "pulls against the idea in the brand's own voice without its words — the "
             "opposite of a value the idea stands on (the brand deciding for the family "
             "where the idea is deciding together, the race where it is taking one's time, "
             "ranking where it is everyone at their own pace), `avoid` words, a sale told "
             "by its price and urgency alone — and fires when that pull outweighs the "
             "idea's value words by a clear margin (the topic's nouns, « écluse », "
             "\"locks\", answer nothing: a draft that races through the locks names them "
             "too). A negation inside a question to the reader (« Jamais construit de "
             "fusée ? »), the reader's situation put as a hook (\"Working alone with nobody "
             "to talk to?\"), quoted customers and `avoid` words the brand denies (« ni "
             "streaming ni canapé ») do not count; a negated dismissal affirms (« ne "
             "cessez jamais d'imaginer », \"why not create…\"). The finding quotes the "
             "words that pull and what they stand for. A heading in the reader's first "
             "person (\"Cool, but I don't only deploy static files\") voices their "
             "objection, not the brand's stance.",
        why="A draft that argues the opposite of the idea does more harm than one that "
            "forgets it: it teaches readers that the brand does not mean it.",
        fires=(Example("Pas besoin d'imaginer quoi que ce soit : tout est prêt pour l'étagère."),
               Example("Tout est déjà prêt à l'emploi : suivez la notice, à l'identique, "
                       "comme tout le monde."),
               Example("No need to imagine anything: it is ready for the shelf.",
                       lang="en"),
               Example("It comes ready-made: just follow the instructions and it looks "
                       "exactly like the picture.", lang="en")),
        does_not_fire=(Example("Ne cessez jamais d'imaginer : chaque boîte est un départ."),
                       Example("Fini le tout prêt : chaque boîte se construit et s'invente "
                               "à votre façon."),
                       Example("Never stop creating: every box is a beginning.", lang="en"),
                       Example("No more ready-made toys: every box is built and invented "
                               "your own way.", lang="en")),
        fix="Say what the reader will create with it, not that they need not; keep the "
            "offer but tell it through the idea, without the words that pull against it.",
    ),
    check=check,
)
