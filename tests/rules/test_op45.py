"""Round 40 (op45): readings behind overpromise false alarms and misses.

1. « jamais » / "never" with a whole right after it (« ne protège jamais totalement »,
   « ne convient jamais à tout le monde », "never fully", "never suits everyone") admits
   a limit: no absolute claim (BL301). A bare « jamais » still is one.
2. Today after a counted delay's start word (« en 4 semaines à compter d'aujourd'hui »,
   "in 4 weeks starting today") is the day the delay runs from, not a 24-hour deadline
   (BL302); today alone after the start word (« à partir d'aujourd'hui ») still is.
3. A place a greeting welcomes the reader to ("Welcome to the best glassblower in
   Wales", « Bienvenue chez le meilleur verrier de France ») is the brand's, ranked
   against a market or a place (BL303): the courtesy carries the claim. A greeting to a
   moment, or a superlative that is not the place welcomed to, is not.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Verrinelle
language: fr
central_idea:
  statement: "Du verre soufflé à la main, fait pour durer."
  lexicon: [soufflé, souffler, main, atelier, durer, artisan]
  related: [verre, vase, carafe]
channels:
  phone_script: {tones: [reassurance], service: true}
  email: {tones: [storytelling]}
  store: {tones: [joy]}
promises:
  response: {within: 48h}
  engraving: {within: 4w, terms: [gravure, graver, gravé, gravée]}
""",
    "en": """
brand: Verrinelle
language: en
central_idea:
  statement: "Hand-blown glass, made to last."
  lexicon: [blown, blow, hand, workshop, last, craft]
  related: [glass, vase, carafe]
channels:
  phone_script: {tones: [reassurance], service: true}
  email: {tones: [storytelling]}
  store: {tones: [joy]}
promises:
  response: {within: 48h}
  engraving: {within: 4w, terms: [engraving, engrave, engraved]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "verrinelle", "email")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "Disons-le franchement : une carafe ne garde jamais complètement le vin au frais, "
           "il faut un seau."),
    ("fr", "Un vase ne convient jamais à tout le monde, c'est pourquoi nous en soufflons "
           "plusieurs formes."),
    ("en", "To be frank, a carafe never fully keeps wine cool: you need a bucket."),
])
def test_never_with_a_whole_admits_a_limit(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos carafes ne se rayent jamais, même au lave-vaisselle."),
    ("en", "Our carafes never scratch, even in the dishwasher."),
])
def test_never_alone_is_still_an_absolute(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL301"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre commande : votre carafe sera gravée en 4 semaines à compter "
           "d'aujourd'hui."),
    ("en", "Thank you for your order: your carafe will be engraved in 4 weeks starting "
           "today."),
])
def test_today_a_delay_is_counted_from_is_no_deadline(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre commande : votre carafe sera gravée en 2 semaines à compter "
           "d'aujourd'hui."),
    ("fr", "Merci pour votre commande : votre carafe sera gravée à partir d'aujourd'hui."),
    ("en", "Thank you for your order: your carafe will be engraved in 2 weeks starting "
           "today."),
])
def test_a_delay_from_today_still_judged_and_today_alone_still_a_deadline(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bienvenue chez le meilleur verrier de France.\nPoussez la porte de l'atelier."),
    ("en", "Welcome to the best glassblower in Wales.\nStep into the workshop."),
])
def test_a_ranked_place_the_reader_is_welcomed_to_fires(lint, lang, text):
    assert codes(lint(lang, text, "store")) == ["BL303"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bienvenue à l'atelier, où commence la plus belle saison de l'année : le "
           "printemps."),
    ("en", "Welcome to the best part of the week: the workshop opens its doors."),
    ("en", "Welcome to the workshop! Merino is one of the best wools for a glove."),
])
def test_a_greeting_to_a_moment_or_a_thing_ranked_among_others_does_not(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []
