"""Overpromise on real copy, round 35 (issue 7: BL1/BL3 judged blind in round 34;
texts are ours).

- a ranked noun given a name after a comma that is not the brand's, on a line that
  names the brand apart ("compare the most popular cargo app, Velomax, with Pedalune"),
  ranks the rival the brand measures itself against (BL303);
- a line led by a past month and year, or a past year ("June 2019: new app, unlimited
  route history"), and a line set between two such entries, tell what was released then:
  a release history, no commitment of today (BL301);
- a verbless tagline that says a person's state of knowledge (« Toujours au courant,
  jamais en retard », "Always in the know, never behind") is about the reader, who only can
  be informed — not a performance of the brand's (BL301);
- a service word a machine makes ("automatic replies") is the product's output (BL301).

Each near miss — the brand ranked beside its rival, a name with no brand beside it, a
history entry in a year to come, a year merely mentioned — still fires."""

from __future__ import annotations

import pytest

from tests.rules.test_overpromise_real31a import PROFILES  # the same two profiles


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalune35", "web")


def found(diagnostics, code):
    return [d.severity.name for d in diagnostics if d.code == code]


# -- a rival named beside the ranked noun ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Compare the most popular bike-sharing app, Velomax, with the cargo bikes of "
           "Pedalune."),
    ("fr", "Comparez le service de location le plus connu, Velomax, avec les vélos cargo "
           "de Pédalune."),
])
def test_a_rival_named_beside_the_ranked_noun_is_ranked_not_the_brand(lint, lang, text):
    assert found(lint(lang, text), "BL303") == []


@pytest.mark.parametrize("lang,text", [
    # the brand holds the second superlative
    ("en", "Compare Velomax with the most popular cargo rental, Pedalune."),
    # no brand beside the name: it may be the brand's own product
    ("en", "Try the most popular cargo rental, Velomax, this weekend."),
    ("fr", "Essayez le service de location le plus connu, Velomax, ce week-end."),
])
def test_the_brand_or_a_lone_name_stays_ranked(lint, lang, text):
    assert found(lint(lang, text), "BL303") == ["WARNING"]


# -- a release history tells the past ----------------------------------------------------
HISTORY = {
    "en": "Our app over the years\nMarch 2023: new route planner with unlimited route "
          "history\nJune 2021: dark mode and offline maps\nNew features: always-on "
          "tracking, unlimited saved bikes and more!\n2019: launch of the Pedalune app",
    "fr": "L'appli au fil des ans\nMars 2023 : nouveau planificateur, historique de trajets "
          "illimité\nJuin 2021 : mode sombre et cartes hors ligne\nNouveautés : suivi "
          "toujours actif, vélos enregistrés en illimité\n2019 : lancement de l'appli "
          "Pédalune",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_release_history_is_no_claim(lint, lang):
    assert found(lint(lang, HISTORY[lang]), "BL301") == []


@pytest.mark.parametrize("lang,text", [
    # a year to come is a plan, not a record
    ("en", "Our roadmap\n2031: unlimited route history for every rider\n2032: new bikes"),
    ("fr", "Notre feuille de route\n2031 : historique de trajets illimité pour tous\n"
           "2032 : nouveaux vélos"),
    # a year named inside the copy does not make the line an entry of a history
    ("en", "Since 2019, every Pedalune pass comes with unlimited rides."),
    ("fr", "Depuis 2019, nos vélos cargo ne tombent jamais en panne."),
])
def test_a_plan_or_a_year_in_passing_stays_a_claim(lint, lang, text):
    assert found(lint(lang, text), "BL301") == ["WARNING"]


# -- a reply made by a machine is the product's output -----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "AI-assisted responses always link to the route guide they come from."),
    ("en", "Automatic replies always include the booking number."),
    ("fr", "Les réponses automatiques contiennent toujours le numéro de réservation."),
])
def test_a_reply_made_by_a_machine_is_no_service_level(lint, lang, text):
    assert found(lint(lang, text), "BL301") == []


@pytest.mark.parametrize("lang,text", [
    # people of the service answer
    ("en", "Our mechanics' replies always solve your problem."),
    ("fr", "Nos réponses résolvent toujours votre problème."),
    # a machine's output may still promise a result
    ("en", "Automatic replies always solve your problem."),
])
def test_the_services_reply_or_a_promised_result_stays_a_claim(lint, lang, text):
    assert found(lint(lang, text), "BL301") == ["WARNING"]


# -- a tagline about the reader's state of knowledge ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Suivez les nouvelles pistes cyclables de votre ville.\n\nToujours au courant, "
           "jamais en retard"),
    ("en", "Follow the new bike lanes in your town.\n\nAlways in the know, never behind"),
])
def test_a_tagline_about_the_readers_knowledge_is_no_claim(lint, lang, text):
    assert found(lint(lang, text), "BL301") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Suivez votre vélo cargo en direct.\n\nToujours à l'heure, jamais en retard"),
    ("en", "Follow your cargo bike live.\n\nAlways on time, never late"),
])
def test_a_tagline_of_punctuality_stays_a_claim(lint, lang, text):
    assert "WARNING" in found(lint(lang, text), "BL301")
