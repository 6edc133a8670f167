"""What heldout23's remaining misses and false alarms taught the claim reading (round 20).

- A *never* said in a clause of its own subject under the brand's verb ("we can assure you
  this will never happen again", « nous vous assurons que cela ne se reproduira jamais »)
  is the outcome's absolute, not the brand's conduct (« nous ne partagerons jamais vos
  données » stays a data policy).
- A verbless conjunct after « et » / "and" qualifies what the first conjunct does:
  « livraison offerte et garantie en moins de 40 min » promises the delivery.
- A superlative that picks by a measure ("rounds to the nearest 5 g", « l'agence la plus
  proche ») is no praise: *always* there describes how the product works.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Galetine
language: fr
central_idea:
  statement: "Le goût du blé noir, partagé à table."
  lexicon: [blé noir, galette, partager, table, goût]
channels:
  web: {tones: [joy]}
  sms: {tones: [speed], idea: false}
  app: {tones: [solution], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 1h}
  response: {within: 48h}
  booking_confirmation: {within: 48h, terms: [réservation confirmée, confirmation de réservation]}
""",
    "en": """
brand: Galetine
language: en
central_idea:
  statement: "The taste of buckwheat, shared at the table."
  lexicon: [buckwheat, galette, share, table, taste]
channels:
  web: {tones: [joy]}
  sms: {tones: [speed], idea: false}
  app: {tones: [solution], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 1h}
  response: {within: 48h}
  booking_confirmation: {within: 48h, terms: [booking confirmed, booking confirmation]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "galetine", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


@pytest.mark.parametrize("lang,text", [
    ("en", "We have reminded the whole team to lay dust sheets. We can assure you this will "
           "never happen again."),
    ("fr", "Nous avons rappelé à toute l'équipe de poser des bâches. Nous vous assurons que "
           "cela ne se reproduira jamais."),
])
def test_never_of_an_outcome_under_the_brands_verb_is_an_absolute(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "We can assure you that we will never share your address."),
    ("fr", "Nous vous assurons que nous ne partagerons jamais votre adresse."),
])
def test_never_of_the_brands_own_conduct_stays_a_policy(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Galetine : ce soir, livraison offerte et garantie en moins de 40 min sur Rennes !"),
    ("en", "Tonight only: delivery free and guaranteed in under 40 min across Rennes!"),
])
def test_a_verbless_conjunct_qualifies_the_service_before_it(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text, "sms"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Galetine : ce soir, livraison offerte et garantie en moins de 2 h sur Rennes !"),
    ("en", "Tonight only: delivery free and guaranteed within 2 hours across Rennes!"),
])
def test_a_verbless_conjunct_at_the_commitment_is_fine(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text, "sms"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Fix: our portion calculator now always rounds to the nearest 5 g, so the app "
           "matches the labels."),
    ("en", "Our map always shows the nearest restaurant first."),
])
def test_always_with_a_superlative_of_measure_describes_the_product(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text, "app"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our portion calculator always gives the best portion for your dog."),
    ("fr", "Notre calculateur de portions donne toujours la meilleure ration à votre chien."),
])
def test_always_with_a_superlative_of_praise_is_a_claim(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text, "app"))


# -- from heldout24 (read after its first run was recorded) -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "EU rules say beef must always be labelled with the country where it was raised."),
    ("fr", "Oui : la réglementation impose toujours le port du casque sur la piste."),
    ("fr", "La loi vous accorde deux ans de garantie légale, et le vendeur doit toujours "
           "l'honorer."),
])
def test_what_the_law_requires_is_no_claim_of_the_brand(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our galettes always arrive hot and crisp."),
    ("fr", "Nos galettes arrivent toujours chaudes et croustillantes."),
])
def test_the_brands_own_always_stays_a_claim(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for coming on Saturday! Congratulations to Team Tortoise for the fastest "
           "galette of the day."),
    ("en", "Well done to Léa for the best crêpe flip of the evening."),
    ("fr", "Bravo à l'équipe Tortue pour le plus beau retourné de crêpe de la soirée !"),
])
def test_a_superlative_within_an_occasion_is_no_market_claim(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Galetine serves the best galettes in the region."),
    ("fr", "C'est tout simplement la meilleure galette de blé noir de Bretagne."),
])
def test_a_superlative_over_a_place_is_a_market_claim(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous préparons les commandes le lendemain ; comptez 2 heures pour la livraison."),
    ("en", "We pack your order the day after you order; allow 2 hours for delivery."),
])
def test_getting_the_parcel_ready_is_judged_by_its_arrival(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous préparons votre commande et elle est livrée en 30 minutes."),
    ("en", "We pack your order and it is delivered in 30 minutes."),
])
def test_a_delivery_after_the_preparation_faster_than_committed_fires(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Galette workshop\n\n• Booking confirmed within 24 hours\n• Apron included"),
    ("fr", "Atelier galette\n\n• Réservation confirmée sous 24 h\n• Tablier fourni"),
])
def test_a_labels_passive_with_a_delay_is_a_promise(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "We confirmed your booking within 24 hours last week, as you asked."),
    ("en", "Galette workshop\n\n• Booking confirmed within 48 hours\n• Apron included"),
])
def test_a_past_confirmation_or_one_at_the_commitment_is_fine(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Got your message! Expect a call from Léa in the next 30 minutes."),
    ("fr", "Message bien reçu ! Vous recevrez un appel de Léa dans les 30 minutes."),
])
def test_the_reader_receiving_the_brands_call_is_a_callback(lint_with, lang, text):
    profile_says = lint_with(lang, text, "sms")
    assert "BL304" in codes(profile_says) or "BL302" in codes(profile_says)


@pytest.mark.parametrize("lang,text", [
    ("en", "Got your message! Give us a call in the next 30 minutes if you want to change it."),
    ("fr", "Merci ! Passez-nous un appel dans les 30 minutes si vous voulez changer de galette."),
])
def test_the_reader_calling_is_no_callback(lint_with, lang, text):
    assert not codes(lint_with(lang, text, "sms"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Well done to all 32 drivers on Sunday, and to Team Soggy Biscuit!"),
    ("fr", "Bravo aux 32 équipes de dimanche, et à l'équipe Tortue !"),
])
def test_one_sunday_named_is_no_weekly_opening(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Most soggy galettes recover if they're put back on the griddle straight away and "
           "delivered to us."),
    ("fr", "Une galette livrée ramollie se rattrape si vous la remettez tout de suite sur "
           "le billig."),
])
def test_a_delay_on_the_verb_of_a_condition_is_no_promise(lint_with, lang, text):
    assert "BL302" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "If you order before noon, we deliver it within 30 minutes."),
    ("fr", "Si vous commandez avant midi, nous vous livrons en 30 minutes."),
])
def test_a_promise_after_its_condition_is_still_judged(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text))
