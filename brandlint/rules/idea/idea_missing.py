from __future__ import annotations

from collections.abc import Iterator

from brandlint.analysis.document import DocAnalysis
from brandlint.diagnostics import Finding, Severity
from brandlint.i18n import _, quote
from brandlint.rules.base import Example, Rule, RuleDoc

# how much of the idea's values, in other words, says it (stance.axis_for): one value
# word anywhere ("pause your pass" for one's own pace). Asking for one in the headline or
# two anywhere caught four job ads of heldout15 but cost five labelled pages of the older
# sets (a delivery round told as a story, "pause your pass"): precision first
AXIS_SAID = 1.0
# how many things of the idea's values a draft shows (stance.evoked: « le héron posé sur
# le rocher », "the swifts at dusk" for nature) for the idea to come through without its
# words where the channel does not require it said: one is a detail, two are a picture
EVOKED = 2
# how many whole phrases of the idea's values (stance.value_phrases: "sleep soundly", « le
# temps qu'il faut » for an idea of one's own pace) say it there: one, as one full phrase
# of the opposite argues against it (BL103)
PHRASED = 1


def threshold(analysis) -> float:
    channel_min = analysis.channel.idea_min
    return channel_min if channel_min is not None else analysis.profile.central_idea.min_score


def talks_about(analysis) -> str:
    lemmas = [lemma for lemma, _count in analysis.dominant_lemmas[:4]]
    return ", ".join(quote(w, 40) for w in lemmas) if lemmas else _("nothing in particular")


def check(analysis: DocAnalysis) -> Iterator[Finding]:
    channel = analysis.channel
    if not channel.carries_idea or analysis.word_count < 4:
        return
    if (analysis.is_personal_reply or analysis.is_testimonial or analysis.is_greeting) \
            and not channel.requires_idea:
        # a reply to one customer is not campaign copy; a testimonial's words are the
        # customer's, not the brand's; the team's wishes to its readers are courtesy
        return
    idea = analysis.idea
    minimum = threshold(analysis)
    # where the idea is required, words that only go with it (the product's own nouns,
    # `related`) do not say it: "Castelmont's #1 ride app" names the ride, not the idea
    # the values the idea stands on, said in the brand's own words, say it too
    # (« tartes aux mirabelles du verger voisin » for a local idea). Asking the same of
    # every idea channel (the hint) doubled the hints on labelled drafts the sets call
    # fine (round 12: 568 → 985 at info over the pooled sets): left out
    unsaid = channel.requires_idea and idea.core_mass == 0 \
        and analysis.stance.axis_for < AXIS_SAID
    if idea.score >= minimum and not unsaid:
        return
    if idea.score < minimum and not channel.requires_idea and (
            analysis.stance.evoked >= EVOKED or analysis.stance.value_phrases >= PHRASED
            or analysis.stance.story):
        return  # shown, not named: the heron on the rock says the nature of the idea;
        # "sleep soundly tonight" says its peace of mind; Lou's first radish, pulled
        # from the grower's field, says the taste of the seasons
    first = analysis.sentences[0] if analysis.sentences else analysis.doc[:]
    examples = ", ".join(quote(w, 40) for w in sorted(analysis.profile.central_idea.lexicon[:4]))
    found = (_("only {words}").format(words=", ".join(
        quote(w, 40) for w in dict.fromkeys(t.text for t in idea.idea_tokens)))
             if idea.idea_tokens else _("no word of it"))
    if idea.score >= minimum:  # carried by related words alone
        yield RULE.finding(
            first.start_char, first.end_char,
            _("the central idea is required on {channel} but only words that go with it "
              "are there ({found}), not the idea itself; the draft talks about {topics}").format(
                channel=analysis.channel_name, found=found, topics=talks_about(analysis)),
            suggestion=_("say the idea itself in the first sentence or the call to action "
                         "(for example {words})").format(words=examples), raised=True)
        return
    yield RULE.finding(
        first.start_char, first.end_char,
        _("the central idea does not come through on {channel}: idea score {score:.2f} < "
          "{minimum:.2f} ({found}); the draft talks about {topics} instead").format(
            channel=analysis.channel_name, score=idea.score, minimum=minimum, found=found,
            topics=talks_about(analysis)),
        suggestion=_("bring the idea into the first sentence or the call to action (for "
                     "example {words})").format(words=examples), raised=channel.requires_idea)


RULE = Rule(
    "BL101", "idea-missing", Severity.INFO,
    "The draft does not carry the brand's central idea on a channel that should.",
    RuleDoc(
        what="Scores how strongly the draft carries the profile's `central_idea` (its "
             "lexicon expanded to word families, the statement's words, related words; "
             "weighted by position: headline, first sentence, call to action) and fires "
             "below the channel's `idea_min` (default `central_idea.min_score`). Absence is "
             "a hint (info), not drift: a channel with `idea: required` (or `rules: {BL101: "
             "warning}`) makes it a warning; there, `related` words alone (the product's "
             "own nouns) do not meet it, the idea must be said in its own words. Where "
             "the channel does not require it, a draft that shows the idea's values "
             "instead of naming them (two things a value evokes, `evokes` in values.yaml: "
             "the heron on the rock, the swifts at dusk for an idea of nature) carries it. "
             "Service channels, channels with `idea: false`, "
             "replies to one customer (a reference to their own "
             "message or order) and the team's wishes to its readers (« Meilleurs vœux "
             "de toute l'équipe », \"Best of luck to everyone filing this week!\") are "
             "exempt unless the channel requires the idea.",
        why="A brand is recognised by one idea repeated everywhere; every draft that "
            "talks only about logistics or price on a brand channel weakens it.",
        fires=(Example("Nouveau : le set 4x4 Technic. 2 104 pièces, 52 x 25 x 31 cm, "
                       "4 piles AA non fournies. Disponible en magasin et en ligne."),
               Example("New: the Technic 4x4 set. 2,104 pieces, 52 x 25 x 31 cm, four AA "
                       "batteries not included. Available in store and online.", lang="en")),
        does_not_fire=(Example("Et si vos enfants construisaient leur propre tout-terrain ? "
                               "Le set Technic 4x4 les invite à imaginer chaque détail."),
                       Example("What if your kids built their own off-roader? The Technic "
                               "4x4 set invites them to imagine every detail.", lang="en"),
                       Example("Votre colis part aujourd'hui, suivi : 8F2K.", channel="sms")),
        fix="Open or close with what the reader will create, imagine or build.",
    ),
    check=check,
)
