"""A headline's passive on the reader's own thing ("Your sofa reupholstered in ten days",
"Your message answered within 2 hours", "Your loft fully insulated in a single day"):
the small English model tags the participle as a finite past, so the line read as a story
of the reader's past and no promise was seen (heldout39 ouatelier, heldout40 capitonnet,
heldout49 brenaude). An act done to the reader's thing, with a delay after it, is a
label's passive — the French participle says so by its form (« Votre canapé retapissé en
dix jours »). What happens to a thing by itself ("your parcel arrived within 2 days", a
verb of the `happenings` lexicon) stays an event. Firing form and near miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Tapisserie Orlane
language: fr
central_idea:
  statement: "Les meubles qu'on aime, refaits pour durer."
  lexicon: [meuble, durer, main]
channels:
  web: {tones: [storytelling]}
promises:
  response: {within: 72h}
  delivery: {within: 10d}
  reupholstery: {within: 6w, terms: [réfection, retapisser, retapissé]}
""",
    "en": """
brand: Orlane Upholstery
language: en
central_idea:
  statement: "The furniture you love, remade to last."
  lexicon: [furniture, last, hand]
channels:
  web: {tones: [storytelling]}
promises:
  response: {within: 72h}
  delivery: {within: 10d}
  reupholstery: {within: 6w, terms: [reupholstery, reupholster, reupholstered]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "orlane", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Reupholstery\n\nYour armchair reupholstered in ten days, from collection to "
           "delivery."),
    ("en", "Questions about your order? Your message answered within 2 hours."),
    ("fr", "Réfection\n\nVotre fauteuil retapissé en dix jours, de l'enlèvement à la "
           "livraison."),
])
def test_an_act_done_to_the_readers_thing_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Great news: your parcel arrived within 2 days."),
    ("fr", "Bonne nouvelle : votre colis est arrivé en 2 jours."),
    ("en", "Reupholstery\n\nYour armchair reupholstered in eight weeks, from collection to "
           "delivery."),
])
def test_an_event_or_a_slow_enough_act_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []
