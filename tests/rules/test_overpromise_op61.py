"""Round 46's held-out half (heldout50: a stonemason), read after the end figures were
recorded — three concepts the analysis lacked, each shared by older sets:

- the pronoun received takes up the thing just named: « [Client : Et le devis ?] Agent :
  Vous le recevez sous cinq jours » is the quote's delay (declared: 5 days), not a delivery;
- a named delay that counts nothing out (« dans les prochains jours », "in the next few
  days") is a horizon, not a firm deadline for BL304 to have confirmed (eight older drafts
  with « quelques jours » or « prochains jours », all labelled no overpromise);
- an absolute under a modal of obligation (« La pose doit toujours être déclarée en
  mairie », "children must always be supervised") states a rule, not a claim (eleven older
  drafts, all labelled no overpromise) — unless the brand is the one bound.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Marbrerie Calcaire
language: fr
central_idea:
  statement: "Graver la mémoire dans la pierre."
  lexicon: [pierre, graver, mémoire]
channels:
  web: {tones: [storytelling], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  quote: {within: 5d, terms: [devis]}
""",
    "en": """
brand: Calcaire Stoneworks
language: en
central_idea:
  statement: "Carving memory into stone."
  lexicon: [stone, carve, memory]
channels:
  web: {tones: [storytelling], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  quote: {within: 7d, terms: [quote]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "calcaire", "web")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Marbrerie Calcaire, bonjour, je vous écoute.\n[Client : Et le devis ?]\n"
           "Agent : Vous le recevez sous cinq jours."),
    ("en", "Agent: Calcaire Stoneworks, good morning, how can I help?\n[Caller: And the "
           "quote?]\nAgent: You'll get it within seven days."),
])
def test_the_pronoun_received_is_the_quote_just_asked_for(lint, lang, text):
    assert codes(lint(lang, text, "phone_script")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Marbrerie Calcaire, bonjour, je vous écoute.\n[Client : Et le devis ?]\n"
           "Agent : Vous le recevez sous deux jours."),
    ("en", "Agent: Calcaire Stoneworks, good morning, how can I help?\n[Caller: And the "
           "quote?]\nAgent: You'll get it within two days."),
    ("fr", "Votre devis est en cours de rédaction. Vous le recevrez sous deux jours."),
])
def test_the_quote_received_faster_than_committed_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre demande de gravure est enregistrée. Nous vous appelons dans les prochains "
           "jours pour valider le dessin."),
    ("en", "Your engraving request is logged. We will call you in the next few days to "
           "approve the drawing."),
])
def test_a_horizon_on_an_undeclared_service_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre demande de gravure est enregistrée. Nous vous appelons demain pour "
           "valider le dessin."),
    ("en", "Your engraving request is logged. We will call you within 2 days to approve "
           "the drawing."),
])
def test_a_firm_delay_on_an_undeclared_service_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "La pose d'un monument doit toujours être déclarée en mairie : nous nous "
           "chargeons de cette démarche pour vous."),
    ("fr", "Il faut toujours déclarer la pose en mairie : nous le faisons pour vous."),
    ("en", "Setting a headstone must always be declared at the town hall: we take care of "
           "it for you."),
    ("en", "By law, a grave must never be reopened without the family's written consent."),
])
def test_a_duty_stated_is_no_claim(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "We must always be the first stonemason families call."),
    ("en", "Our granite never cracks and never fades, whatever the weather."),
    ("fr", "Nos monuments restent toujours impeccables, sans aucun entretien."),
    # « faille » in « sans faille » is lemmatised as *falloir*: the noun, no duty
    ("fr", "Nos stèles résistent sans faille pendant 50 ans."),
])
def test_the_brand_bound_or_claiming_still_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))
