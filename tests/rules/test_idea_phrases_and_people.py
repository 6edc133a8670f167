"""The central idea read in phrases: multi-word `avoid` entries ("happy hour",
« blanchiment express ») pull a draft away like single words do, and copy that turns
down the idea's own act (« pas besoin de parler à qui que ce soit ») while selling the
opposite value argues against the idea even when it affirms another idea word."""

from __future__ import annotations

import pytest

from tests.conftest import codes

PROFILES = {
    "fr": """brand: Palabre
language: fr
address: vous
central_idea:
  statement: "Apprendre une langue en parlant avec de vraies personnes."
  lexicon: [parler, conversation, dialogue, échanger, progresser, pratiquer]
  avoid: [sans effort, par cœur, happy hour]
channels:
  web: {tones: [solution]}
  shop: {tones: [deal]}
""",
    "en": """brand: Palabre
language: en
address: informal
central_idea:
  statement: "Learn a language by talking with real people."
  lexicon: [talk, conversation, speak, practise, progress, dialogue]
  avoid: [effortless, by heart, happy hour]
channels:
  web: {tones: [solution]}
  shop: {tones: [deal]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "palabre", "web")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Révisez votre vocabulaire par cœur, sans effort, avec nos fiches audio à écouter "
           "le soir au lit."),
    ("en", "HAPPY HOUR 5-7pm: learn 3,000 words by heart, effortless, with our audio cards."),
])
def test_avoid_phrases_pull_the_draft_away(lint_with, lang, text):
    found = [d for d in lint_with(lang, text, "shop") if d.code == "BL102"]
    assert found, text
    assert ("par cœur" if lang == "fr" else "by heart") in found[0].message


@pytest.mark.parametrize("lang,text", [
    ("fr", "Fini le par cœur et les promesses « sans effort » : ici, on parle dès la première "
           "séance avec un tuteur."),
    ("en", "Forget learning by heart: here you talk from the first session with a tutor."),
])
def test_avoid_phrases_dismissed_or_quoted_do_not_fire(lint_with, lang, text):
    assert "BL102" not in codes(lint_with(lang, text, "shop")), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pas besoin de parler à qui que ce soit : nos exercices écrits vous font progresser "
           "seul, à l'abri du regard des autres."),
    ("en", "No need to talk to anyone: our written drills let you progress alone, away from "
           "anyone's judgement."),
])
def test_turning_down_the_ideas_own_act_argues_against_it(lint_with, lang, text):
    assert "BL103" in codes(lint_with(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous avez peur de parler ? Nos tuteurs vous font progresser pas à pas, en "
           "conversation, à votre rythme."),
    ("en", "Scared to speak? Our tutors help you progress step by step, in real conversation."),
])
def test_the_idea_said_plainly_does_not_fire(lint_with, lang, text):
    assert "BL103" not in codes(lint_with(lang, text)), text
