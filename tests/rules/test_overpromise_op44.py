"""Round 39 (op44): two readings behind overpromise misses.

1. A French clitic « vous » with an object clitic between it and a verb of the first
   person plural (« nous le réparons et vous le renvoyons en 48 h ») is the verb's
   object: *we* send it back, the brand holds the clause and the delay on an act the
   profile does not declare is a firm promise (BL304). « vous le renvoyez » keeps the
   reader as its subject.
2. A superlative set against whatever the reader could find elsewhere, or against the
   whole trade (« le meilleur café que vous trouverez, toutes maisons confondues »),
   ranks the offer on the market (BL303), as "the best coffee you'll find anywhere"
   does; a delivery area (« livré partout en France ») is no market.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Torréfa
language: fr
central_idea:
  statement: "Un café fraîchement torréfié dont on connaît l'origine."
  lexicon: [torréfier, torréfié, origine, frais, fraîcheur, producteur]
  related: [café, grain, tasse]
channels:
  phone_script: {tones: [reassurance], service: true}
  email: {tones: [storytelling]}
promises:
  delivery: {within: 72h}
  response: {within: 48h}
""",
    "en": """
brand: Torrefa
language: en
central_idea:
  statement: "Freshly roasted coffee you can trace to its origin."
  lexicon: [roast, roasted, origin, fresh, freshly, grower]
  related: [coffee, bean, cup]
channels:
  phone_script: {tones: [reassurance], service: true}
  email: {tones: [storytelling]}
promises:
  delivery: {within: 72h}
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "torrefa", "email")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Apportez-le à la boutique : nous le réparons et vous le renvoyons en "
           "48 h, c'est promis."),
    ("en", "Agent: Bring it to the shop: we'll repair your grinder within 48 hours, "
           "promise."),
])
def test_the_brand_sending_it_back_on_a_deadline_is_a_firm_promise(lint, lang, text):
    assert codes(lint(lang, text, "phone_script")) == ["BL304"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Vous nous le renvoyez en 48 h avec le bon de retour, et c'est réglé."),
    ("en", "Agent: You send it back to us within 48 hours with the return slip, and that's "
           "it."),
])
def test_the_reader_sending_it_back_is_no_promise(lint, lang, text):
    assert codes(lint(lang, text, "phone_script")) == []


def test_a_clitic_vous_before_an_object_clitic_is_the_verbs_object(analyse):
    analysis = analyse("Apportez-le à la boutique : nous le réparons et vous le renvoyons "
                       "demain.")
    token = next(t for t in analysis.doc if t.lower_ == "renvoyons")
    assert analysis.frame(token).holder == "brand"


@pytest.mark.parametrize("lang,text", [
    ("fr", "La récolte vient d'arriver. C'est tout simplement le meilleur café que vous "
           "trouverez, toutes maisons confondues."),
    ("en", "The harvest has just come in. It is simply the best coffee you'll find "
           "anywhere."),
])
def test_a_superlative_against_whatever_the_reader_could_find_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL303"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "La récolte vient d'arriver : notre café le plus doux, livré partout en France."),
    ("en", "The harvest has just come in: our mildest coffee, delivered anywhere in the UK."),
])
def test_a_delivery_area_is_no_market(lint, lang, text):
    assert codes(lint(lang, text)) == []
