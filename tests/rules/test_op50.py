"""Round 43 (op50): which act, and which service, a delay times, and what conditions it.

1. A state coordinated after a participle (« posée et active sous 24 heures », "installed
   and working within 24 hours") is the act's result: the participle before it is the
   act the delay times, a service the profile may not declare (BL304). The reader's own
   act before the state (« réservée et prête », "opened and active") stays no service.
2. A declared service's word in the clause of another delay of the sentence is that
   delay's: "an assessor will contact you this week, and your compensation offer will
   reach you within 21 days" does not hold the week to the compensation's commitment;
   the compensation's own delay is still judged ("…reach you within 5 days": too fast).
3. A priced option buys a faster level of a declared service, whose commitment holds
   without it (a condition: reported as info); a service the profile does not declare,
   sold as the option (« Option Reportage (+39 €) : … l'album vous est envoyé sous
   48 h »), has no other level: the price is no condition on its delay (BL304).

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Solvène
language: fr
central_idea:
  statement: "Produire sa propre énergie, simplement."
  lexicon: [énergie, soleil, produire, autonomie]
  related: [panneau, toit, facture]
channels:
  shop: {tones: [deal]}
  after_sales: {tones: [reassurance], service: true}
promises:
  response: {within: 48h}
  indemnisation: {within: 21d, terms: [indemnisation, proposition d'indemnisation]}
""",
    "en": """
brand: Solvene
language: en
central_idea:
  statement: "Make your own energy, simply."
  lexicon: [energy, sun, produce, independence]
  related: [panel, roof, bill]
channels:
  shop: {tones: [deal]}
  after_sales: {tones: [reassurance], service: true}
promises:
  response: {within: 48h}
  compensation: {within: 21d, terms: [compensation, compensation offer]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "solvene", "shop")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "PACK SOLAIRE — dès 4 900 €\nVotre borne de recharge est posée et active sous "
           "24 heures."),
    ("en", "SOLAR STARTER PACK — from £4,900\nHome charger installed and working within "
           "24 hours."),
])
def test_a_state_after_the_acts_participle_times_that_act(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL304"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "PACK SOLAIRE\nVotre visite réservée et prête en 2 minutes, en ligne."),
    ("en", "SOLAR STARTER PACK\nYour account opened and active within 2 minutes, online."),
])
def test_a_state_after_the_readers_own_act_is_no_service(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons enregistré votre dossier. Un expert vous contactera cette semaine, "
           "et la proposition d'indemnisation vous sera adressée sous 21 jours."),
    ("en", "We have logged your claim. An assessor will contact you this week, and your "
           "compensation offer will reach you within 21 days."),
])
def test_a_service_word_in_another_delays_clause_is_that_delays(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons enregistré votre dossier. Un expert vous contactera cette semaine, "
           "et la proposition d'indemnisation vous sera adressée sous 5 jours."),
    ("en", "We have logged your claim. An assessor will contact you this week, and your "
           "compensation offer will reach you within 5 days."),
])
def test_the_other_delay_is_still_judged_on_its_own_service(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Panneaux solaires — 4 900 €\nOption Reportage (+39 €) : un photographe suit le "
           "chantier, et l'album vous est envoyé sous 48 h."),
    ("en", "Solar panels — £4,900\nSite diary option (+£39): we photograph every step of "
           "the fitting and the album is sent to you within 48 hours."),
])
def test_a_priced_option_is_no_condition_on_an_undeclared_service(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL304"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Panneaux solaires — 4 900 €\nOption Réponse prioritaire (+5 €) : nous "
           "répondons à vos questions sous 2 heures."),
    ("en", "Solar panels — £4,900\nPriority reply option (+£5): we answer your questions "
           "within 2 hours."),
])
def test_a_priced_option_still_conditions_a_declared_service(lint, lang, text):
    assert codes(lint(lang, text)) == []
