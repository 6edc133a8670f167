"""Round 37 (blind heldout37, read half): what carries the idea.

- The brand's full name, written as the profile spells it, is the name: a lexicon word in
  it (« Roue Libre » for an idea of wheels) does not carry the idea of a practical e-mail
  it signs.
- A kind of the thing the idea names by its general word carries it (« triporteur »,
  "trike" for an idea of cargo bikes).
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Roue Libre
language: fr
central_idea:
  statement: "Faire rouler chacun en toute confiance, en cargo comme en ville."
  lexicon: [roue, rouler, cargo, confiance]
  related: [ville, trajet]
channels:
  email: {tones: [reassurance]}
  store: {tones: [joy]}
rules:
  BL101: warning
""",
    "en": """
brand: Roue Libre
language: en
central_idea:
  statement: "Get everyone riding with confidence, by cargo or around town."
  lexicon: [wheel, ride, cargo, confidence]
  related: [town, journey]
channels:
  email: {tones: [reassurance]}
  store: {tones: [joy]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "rouelibre-idea", "email")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL1")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Travaux devant la boutique\n\nBonjour,\n\nDu 2 au 9 juin, le trottoir "
           "sera en travaux. L'entrée se fait par la cour, au 12 de la rue.\n\nCordialement,"
           "\nRoue Libre"),
    ("en", "Subject: Roadworks outside the shop\n\nHello,\n\nFrom 2 to 9 June the pavement "
           "is being dug up. Please use the courtyard entrance at number 12.\n\nKind regards,"
           "\nRoue Libre"),
])
def test_a_practical_email_signed_with_the_brands_name_fires(lint, lang, text):
    assert "BL101" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Travaux devant la boutique\n\nBonjour,\n\nDu 2 au 9 juin, le trottoir "
           "sera en travaux. Votre roue réparée vous attend dans la cour, et vous pourrez "
           "rouler dès ce soir.\n\nCordialement,\nRoue Libre"),
    ("en", "Subject: Roadworks outside the shop\n\nHello,\n\nFrom 2 to 9 June the pavement "
           "is being dug up. Your repaired wheel is waiting in the courtyard, so you can "
           "ride again tonight.\n\nKind regards,\nRoue Libre"),
])
def test_the_same_email_saying_the_idea_in_its_words_does_not_fire(lint, lang, text):
    assert "BL101" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chaque mercredi, Malo emmène ses deux garçons au judo.\n"
           "Triporteur de démonstration à essayer devant la vitrine."),
    ("en", "Every Wednesday, Malo takes his two boys to judo.\n"
           "Demo trike to try out in front of the window."),
])
def test_a_kind_named_for_the_ideas_thing_does_not_fire(lint, lang, text):
    assert "BL101" not in codes(lint(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chaque mercredi, Malo emmène ses deux garçons au judo.\n"
           "Kimono de démonstration à essayer devant la vitrine."),
    ("en", "Every Wednesday, Malo takes his two boys to judo.\n"
           "Demo judo suit to try out in front of the window."),
])
def test_the_same_poster_with_another_thing_fires(lint, lang, text):
    assert "BL101" in codes(lint(lang, text, "store"))
