"""What heldout27's first run taught the promise and claim readings (round 27).

- A service named as the topic of an answer (« nous vous répondons sur le remboursement
  sous 48 h », "we'll get back to you about the refund within 48 hours") is not what
  the delay times: the answer is.
- An English bare singular noun as subject ("Yeast never likes cold water") is a
  material in general, unless it is the offer's or the idea's own word.
- *Never* folded into a participle describing a noun (« une chaudière jamais
  entretenue », "a never-serviced oven") names a kind of thing, it claims nothing.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Fournée
language: fr
central_idea:
  statement: "Le bon pain de tous les jours, cuit à l'aube."
  lexicon: [pain, four, levain, farine, boulanger]
channels:
  web: {tones: [joy]}
  shop: {tones: [deal], idea: false}
  sms: {tones: [speed], idea: false}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 2d}
  response: {within: 48h}
  refund: {within: 14d}
  repair: {within: 24h}
  availability: {hours: "8-18", days: "mon-fri"}
  custom_cake: {within: 5d, terms: [gâteau personnalisé, gâteaux personnalisés]}
  order_confirmation: {within: 24h, terms: [commande est confirmée, commande confirmée]}
""",
    "en": """
brand: Fournée
language: en
central_idea:
  statement: "Good everyday bread, baked at dawn."
  lexicon: [bread, oven, sourdough, flour, baker]
channels:
  web: {tones: [joy]}
  shop: {tones: [deal], idea: false}
  sms: {tones: [speed], idea: false}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 2d}
  response: {within: 48h}
  refund: {within: 14d}
  repair: {within: 24h}
  availability: {hours: "8-18", days: "mon-fri"}
  custom_cake: {within: 5d, terms: [custom cake, custom cakes]}
  order_confirmation: {within: 24h, terms: [order is confirmed, confirmed order]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "fournee", "web")


def codes(diagnostics, prefix="BL3", min_warning=True):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and (not min_warning or d.severity.name != "INFO")]


# -- the topic of an answer -------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry about the burnt loaf. We will refund you within 48 hours."),
    ("fr", "Désolés pour la baguette brûlée. Nous vous remboursons sous 48 h."),
])
def test_a_refund_timed_beyond_its_commitment_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry about the burnt loaf. We will get back to you about the refund within "
           "48 hours."),
    ("fr", "Désolés pour la baguette brûlée. Nous vous répondons sur le remboursement "
           "sous 48 h."),
])
def test_an_answer_about_a_refund_times_the_answer(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "phone_script"))


# -- never folded into a participle -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Our ovens never cool down, so your bread is always warm."),
    ("fr", "Nos fours ne refroidissent jamais : votre pain est toujours chaud."),
])
def test_never_said_of_the_brands_oven_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "A never-cleaned oven bakes unevenly. We scrub ours every evening."),
    ("fr", "Un four jamais nettoyé cuit mal le pain. Nous frottons le nôtre chaque soir."),
])
def test_never_describing_a_kind_of_oven_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


# -- a bare singular noun: a material in general ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Sourdough never goes stale, so buy a loaf for the week."),
    ("en", "Our yeast never fails, so every loaf rises."),
    ("fr", "Notre levure ne rate jamais : chaque pain lève."),
])
def test_never_said_of_the_offer_or_its_own_word_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Yeast never likes cold water: keep it lukewarm for a good rise."),
    ("en", "Salt always draws moisture out of the crust, which is why we add it late."),
])
def test_never_said_of_a_material_in_general_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))
