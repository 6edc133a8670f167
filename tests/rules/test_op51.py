"""Round 44 (op51): the delivery of an item made to order is held to its own service.

A delay said with delivery words (« elles vous seront expédiées sous 6 jours », "they'll be
delivered to you within 6 days", « … est cousu, repassé et livré en 6 jours ») whose delivered
thing is the item of a service the profile declares with its own terms (`curtains:
{within: 3w, terms: [rideaux sur mesure]}`) cannot reach the reader before that service's
commitment: it is judged against it, not against the carrier's `delivery`. The item is a
subject the terms name, the subject of the verb the delay's verb is chained to, or the
antecedent of a pronoun subject (the last subject of the paragraph, else the title's
noun). Near misses: the same delay for an item of no declared service (a stock item: the
carrier's delay stands), and a sentence that times the making and the carriage apart.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Voilage
language: fr
central_idea:
  statement: "Habiller chaque fenêtre à sa mesure."
  lexicon: [fenêtre, lumière, tissu, mesure]
  related: [rideau, voilage, tringle]
channels:
  shop: {tones: [deal]}
  after_sales: {tones: [reassurance], service: true}
promises:
  delivery: {within: 72h}
  curtains: {within: 3w, terms: [rideaux sur mesure, rideau sur mesure, voilages sur mesure]}
""",
    "en": """
brand: Voilage
language: en
central_idea:
  statement: "Dress every window to its own measure."
  lexicon: [window, light, fabric, measure]
  related: [curtain, voile, rail]
channels:
  shop: {tones: [deal]}
  after_sales: {tones: [reassurance], service: true}
promises:
  delivery: {within: 4d}
  curtains: {within: 3w, terms: [made-to-measure curtains, made-to-measure curtain]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "voilage", "after_sales")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Leroy,\n\nMerci pour votre commande. Vos rideaux sur mesure "
           "sont en couture : ils vous seront expédiés sous 6 jours.\n\nL'atelier Voilage"),
    ("en", "Hello Mr Leroy,\n\nThank you for your order. Your made-to-measure curtains are "
           "being sewn. They'll be delivered to you within 6 days.\n\nThe Voilage workshop"),
    ("fr", "Bonjour,\n\nVotre rideau sur mesure est cousu, repassé et livré en 6 jours.\n\n"
           "L'atelier Voilage"),
    ("en", "Hello,\n\nYour made-to-measure curtain is sewn, pressed and delivered within 6 "
           "days.\n\nThe Voilage workshop"),
])
def test_a_made_to_order_item_delivered_is_held_to_its_own_service(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Leroy,\n\nMerci pour votre commande. Vos tringles en laiton "
           "sont prêtes : elles vous seront expédiées sous 6 jours.\n\nL'atelier Voilage"),
    ("en", "Hello Mr Leroy,\n\nThank you for your order. Your brass rails are packed. "
           "They'll be delivered to you within 6 days.\n\nThe Voilage workshop"),
])
def test_a_stock_item_delivered_keeps_the_carriers_delay(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nVos rideaux sur mesure sont cousus en 3 semaines, puis ils vous "
           "sont livrés en 3 jours.\n\nL'atelier Voilage"),
    ("en", "Hello,\n\nYour made-to-measure curtains are sewn in 3 weeks, then they are "
           "delivered within 4 days.\n\nThe Voilage workshop"),
])
def test_making_and_carriage_timed_apart_do_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []
