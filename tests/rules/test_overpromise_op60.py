"""Round 46's held-out half (heldout50: a stonemason, a glassblowing studio), read after the
end figures were recorded — causes that also stand in older sets:

- « Nous vous envoyons des photos demain »: the small French model tags the plural article
  « des » a preposition and makes « photos » an oblique; the photos are still what is sent
  (information, no delivery), unlike « des échantillons », goods;
- "Delivered in 5 days with our Express courier option": a faster time under a paid option
  of the brand's, said with "our" and a word between (older sets say "with the Express
  option" some fifty times, all hard negatives), a visible condition.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Verrerie Sablon
language: fr
central_idea:
  statement: "Le verre soufflé à la bouche, pièce par pièce."
  lexicon: [verre, soufflé, souffle, pièce]
channels:
  email: {tones: [solution]}
  shop: {tones: [deal]}
promises:
  delivery: {within: 5d}
""",
    "en": """
brand: Sablon Glass
language: en
central_idea:
  statement: "Mouth-blown glass, one piece at a time."
  lexicon: [glass, blown, breath, piece]
channels:
  email: {tones: [solution]}
  shop: {tones: [deal]}
promises:
  delivery: {within: 10d}
""",
}


@pytest.fixture(scope="module")
def lint_email(lint_profile_texts):
    return lint_profile_texts(PROFILES, "sablon", "email")


@pytest.fixture(scope="module")
def lint_shop(lint_profile_texts):
    return lint_profile_texts(PROFILES, "sablon", "shop")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lucas a fait un premier essai au four ce matin. Nous vous envoyons des photos "
           "demain."),
    ("en", "Lucas made a first trial in the furnace this morning. We'll send you some photos "
           "tomorrow."),
])
def test_photos_sent_are_no_delivery(lint_email, lang, text):
    assert codes(lint_email(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande est prête. Nous vous envoyons des verres demain."),
    ("en", "Your order is ready: your glasses will be delivered to you tomorrow."),
])
def test_goods_sent_faster_than_the_delivery_fire(lint_email, lang, text):
    assert "BL302" in codes(lint_email(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Delivered in 5 days with our Express courier option; standard shipping within "
           "10 days."),
    ("fr", "Livré en 2 jours avec notre option Express coursier ; envoi standard sous 5 "
           "jours."),
])
def test_a_faster_time_under_the_brands_paid_option_does_not_fire(lint_shop, lang, text):
    assert codes(lint_shop(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Delivered in 5 days by our courier; standard shipping within 10 days."),
    ("en", "Your glasses are delivered in 5 days, with each option explained on the invoice."),
    ("fr", "Livré en 2 jours par notre coursier ; envoi standard sous 5 jours."),
])
def test_a_faster_time_with_no_option_fires(lint_shop, lang, text):
    assert "BL302" in codes(lint_shop(lang, text))
