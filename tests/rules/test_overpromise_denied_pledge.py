"""An absolute inside the clause a denied pledge introduces is no claim (round 28's read
half: a riding school's agent telling a worried parent « Personne ne peut garantir qu'un
poney ne fera jamais d'écart »), even where the small French model hangs that clause on a
later verb instead of the pledge word; the same clause under an affirmed pledge (« Nous
vous garantissons que… jamais ») is a claim. FR and EN, real models, our own texts."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Crinière Douce
language: fr
central_idea:
  statement: "La confiance entre chaque cavalier et son poney."
  lexicon: [confiance, poney, cavalier, lien]
channels:
  email: {tones: [reassurance]}
promises:
  response: {within: 48h}
""",
    "en": """
brand: Crinière Douce
language: en
central_idea:
  statement: "Trust between every rider and their pony."
  lexicon: [trust, pony, rider, bond]
channels:
  email: {tones: [reassurance]}
promises:
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "criniere", "email")


def absolutes(diagnostics):
    return [d.text for d in diagnostics if d.code == "BL301"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Personne ne peut garantir qu'un poney ne fera jamais d'écart, ce serait vous "
           "mentir."),
    ("fr", "Nous ne pouvons pas vous promettre que votre enfant ne tombera jamais."),
    ("en", "Nobody can guarantee that a pony will never shy, and we won't pretend otherwise."),
])
def test_an_absolute_under_a_denied_pledge_is_no_claim(lint, lang, text):
    assert not absolutes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous promettons que votre poney ne fera jamais d'écart, ce serait impensable."),
    ("en", "We promise that your pony will never shy, whatever the weather."),
])
def test_an_absolute_under_an_affirmed_pledge_is_a_claim(lint, lang, text):
    assert absolutes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chez nous, rien n'est jamais perdu : chaque selle est rangée à sa place."),
    ("en", "Nobody can stop us: we guarantee every single lesson is safe."),
])
def test_a_negative_subject_of_another_verb_still_claims(lint, lang, text):
    assert absolutes(lint(lang, text))
