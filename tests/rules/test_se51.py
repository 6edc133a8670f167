"""Causes of missed BL407 (no next step) read as concepts of the shared reading (se51, on
sincerity-blind42 and the older sets). A thanks over a perfect infinitive the small model
misparses (« merci de nous l'avoir signalé », « avoir » read as the verb) thanks for what was
done, it asks nothing. A bare date set off after an apology (« …, samedi en fin de journée »)
dates what the apology regrets. How the business runs for all its customers — a rate, a
volume, everyone served, a routine of its things as a class — explains, it moves no case.
A firing case and a near miss for each, FR and EN. Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Fournelle
language: fr
central_idea:
  statement: "Des paniers de légumes de saison, livrés frais chez vous."
  lexicon: [panier, légume, saison, livraison]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 14d}
  response: {within: 24h}
""",
    "en": """
brand: Fournelle
language: en
central_idea:
  statement: "Seasonal vegetable boxes, delivered fresh to your door."
  lexicon: [box, vegetable, season, delivery]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 14d}
  response: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "fournelle51", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics}


FIRES = [
    # thanks over a perfect infinitive: no step
    ("fr", "Nous sommes navrés pour ces poireaux abîmés. Merci beaucoup de nous l'avoir "
           "signalé, cela nous touche."),
    ("en", "We're sorry about the bruised leeks. Thank you so much for having flagged it, it "
           "means a lot to us."),
    # a bare date after the apology: when the regretted thing happened
    ("fr", "Nous sommes sincèrement désolés de la remarque de notre livreur à votre voisine, "
           "mardi en fin de matinée. Nous savons combien l'accueil compte."),
    ("en", "We're truly sorry about the remark our driver made to your neighbour, late on "
           "Tuesday morning. We know how much a kind word matters."),
]

NEAR_MISSES = [
    # a thanks that asks (present infinitive) is a request: a step
    ("fr", "Nous sommes navrés pour ces poireaux abîmés. Merci de nous envoyer une photo du "
           "panier."),
    ("en", "We're sorry about the bruised leeks. Please send us a photo of the box."),
    # a tail that names an act beside its date is a step
    ("fr", "Nous sommes désolés pour ce retard, nouvel envoi demain matin."),
    ("en", "We're so sorry about the delay, a new box on Monday morning."),
]


@pytest.mark.parametrize("lang,text", FIRES)
def test_se51_no_step_fires(lint, lang, text):
    assert "BL407" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", NEAR_MISSES)
def test_se51_step_keeps_bl407_quiet(lint, lang, text):
    assert "BL407" not in codes(lint(lang, text))
