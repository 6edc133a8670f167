"""Round 49 (op49): a turnaround on the reader's thing, and whose act a conjunct is.

« Nous ressemelons vos chaussures en 5 jours », "we resole your boots in 5 days": *en /
in* and a day or more, on an act of the brand's own whose object is the reader's thing,
time how soon the reader has it back — a service level the profile does not declare
(BL304), not how long an act lasts while someone watches (« nous cirons vos chaussures
en 20 minutes »), nor the brand's own making (« nous tannons nos cuirs en 5 jours »).

"Send us the pair and we'll clean and polish them": a verb with no subject of its own,
coordinated after the brand's *we*, is the brand's act, even when the series opens on an
order to the reader.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Semelle & Fil
language: fr
central_idea:
  statement: "Des chaussures réparées à la main, pour les porter plus longtemps."
  lexicon: [chaussure, réparer, semelle, cuir, atelier]
  related: [cordonnier, talon, cirage, botte, couture]
channels:
  web: {tones: [reassurance]}
promises:
  delivery: {within: 72h}
  response: {within: 48h}
""",
    "en": """
brand: Semelle & Fil
language: en
central_idea:
  statement: "Shoes mended by hand, so you can wear them for longer."
  lexicon: [shoe, mend, sole, leather, workshop]
  related: [cobbler, heel, polish, boot, stitching]
channels:
  web: {tones: [reassurance]}
promises:
  delivery: {within: 72h}
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "semelle", "web")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ressemelons vos bottes en 5 jours, dans notre atelier de Lyon."),
    ("en", "We resole your boots in 5 days, in our own workshop in Lyon."),
])
def test_a_turnaround_on_the_readers_thing_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL304"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous cirons vos bottes en 20 minutes, pendant que vous prenez un café."),
    ("en", "We polish your boots in 20 minutes while you have a coffee."),
    ("fr", "Nous tannons nos cuirs en 5 jours, sans chrome."),
    ("en", "We tan our leather in 5 days, without chrome."),
    ("fr", "L'an dernier, nous avons ressemelé vos bottes en 5 jours."),
])
def test_an_acts_length_or_the_brands_own_making_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("text,lang,word", [
    ("Send us the pair and we'll clean and polish them before Friday.", "en", "polish"),
    ("Drop off your boots and we'll clean them and stitch the heels.", "en", "stitch"),
    ("Envoyez-nous la paire et nous la nettoyons puis recousons les talons.", "fr",
     "recousons"),
])
def test_a_conjunct_after_the_brands_subject_is_the_brands_act(analyse, text, lang, word):
    analysis = analyse(text, lang)
    token = next(t for t in analysis.doc if t.text == word)
    assert analysis.frame(token).holder == "brand"


@pytest.mark.parametrize("text,lang,word", [
    ("Sign in to your account and choose a slot for the fitting.", "en", "choose"),
    ("Connectez-vous à votre compte et choisissez un créneau d'essayage.", "fr",
     "choisissez"),
])
def test_a_series_of_orders_stays_the_readers(analyse, text, lang, word):
    analysis = analyse(text, lang)
    token = next(t for t in analysis.doc if t.text == word)
    assert analysis.frame(token).holder == "customer"
