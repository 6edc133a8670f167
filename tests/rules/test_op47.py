"""Round 41 (op47): round-the-clock hours said of the brand's own act.

"We fly round the clock", « nous intervenons 24 h/24 »: in the brand's own voice, with
the brand (or its service) doing the act, round-the-clock hours are its availability even
where no service word is named: held to the profile's `availability` (BL302). Dropped when
the act is someone else's or the product's, told of the past, or negated.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Pontelis
language: fr
central_idea:
  statement: "Des serrures posées par des artisans, faites pour durer."
  lexicon: [serrure, artisan, poser, durer, clé, porte]
  related: [serrurier, serruriers, verrou, cylindre]
channels:
  email: {tones: [storytelling]}
  store: {tones: [joy]}
promises:
  response: {within: 48h}
  availability: {hours: "8-19", days: "mon-sat"}
""",
    "en": """
brand: Pontelis
language: en
central_idea:
  statement: "Locks fitted by craftspeople, made to last."
  lexicon: [lock, craftsman, fit, last, key, door]
  related: [locksmith, locksmiths, bolt, cylinder]
channels:
  email: {tones: [storytelling]}
  store: {tones: [joy]}
promises:
  response: {within: 48h}
  availability: {hours: "8-19", days: "mon-sat"}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pontelis", "email")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "Porte claquée, clé perdue ? Nous intervenons 24 h/24 dans tout le quartier."),
    ("en", "Locked out at midnight? We drive out round the clock across the whole town."),
])
def test_the_brands_own_act_round_the_clock_fires(lint, lang, text):
    assert codes(lint(lang, text, "store")) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos cylindres résistent 24 h/24 aux tentatives d'effraction."),
    ("en", "Our cylinders resist break-in attempts round the clock."),
])
def test_the_products_round_the_clock_does_not(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'hiver dernier, nous avons travaillé jour et nuit pour finir le chantier."),
    ("en", "Last winter we worked round the clock to finish the building site."),
])
def test_round_the_clock_told_of_the_past_does_not(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pas d'inquiétude pour l'heure tardive : quelqu'un est à l'accueil jour et nuit."),
    ("en", "No need to wait for morning: someone is at the counter day and night."),
])
def test_staff_on_duty_round_the_clock_fires(lint, lang, text):
    assert codes(lint(lang, text, "store")) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre atelier taille les cylindres en continu pour tenir la cadence."),
    ("en", "Our workshop cuts the cylinders non-stop to keep up with orders."),
])
def test_a_looser_word_of_always_on_the_brands_act_does_not(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []
