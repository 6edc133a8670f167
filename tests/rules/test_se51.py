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
    # how the business runs for everyone: a rate, a volume, everyone served
    ("fr", "Nous sommes désolés pour ce panier livré en retard. Notre entrepôt prépare plus de "
           "900 paniers par jour et s'efforce de servir chacun à l'heure."),
    ("en", "We're sorry your box arrived late. Our packers are currently handling a record "
           "volume of orders, and they do their best for every customer."),
    # a routine of the brand's things as a class
    ("fr", "Toutes nos excuses pour ces fraises abîmées. Nos fraises sont cueillies la veille "
           "au soir : elles sont fragiles."),
    ("en", "Our apologies for the bruised strawberries. Our berries are picked the evening "
           "before, so they are fragile."),
]

NEAR_MISSES = [
    # a thanks that asks (present infinitive) is a request: a step
    ("fr", "Nous sommes navrés pour ces poireaux abîmés. Merci de nous envoyer une photo du "
           "panier."),
    ("en", "We're sorry about the bruised leeks. Please send us a photo of the box."),
    # a tail that names an act beside its date is a step
    ("fr", "Nous sommes désolés pour ce retard, nouvel envoi demain matin."),
    ("en", "We're so sorry about the delay, a new box on Monday morning."),
    # the customer's case named, or a day of its own: a step
    ("fr", "Nous sommes désolés pour ce panier livré en retard. Nous vous envoyons chaque jour "
           "un point sur votre commande."),
    ("en", "We're sorry your box arrived late. Our team is sending you a new box today."),
    # this visit's routine, not the things as a class
    ("fr", "Toutes nos excuses pour ces fraises abîmées. Le livreur vous apporte une nouvelle "
           "barquette la veille de votre fête."),
    ("en", "Our apologies for the bruised strawberries. Our driver brings you a fresh punnet "
           "the day before your party."),
]


@pytest.mark.parametrize("lang,text", FIRES)
def test_se51_no_step_fires(lint, lang, text):
    assert "BL407" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", NEAR_MISSES)
def test_se51_step_keeps_bl407_quiet(lint, lang, text):
    assert "BL407" not in codes(lint(lang, text))
