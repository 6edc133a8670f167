"""Read from the read half of sincerity-blind34 (a florist, a phone-repair workshop): whose
duty a past modal states when its subject is a relative pronoun or when clitics stand
between the modal and its verb; the delivery of a thing the reply named as another
service's (a replacement) held to that service's commitment; a pointer to where the
customer was told that the brand concedes in the same sentence; the customer's own act
bounded by a delay in an offer's condition. The texts and the profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Ourlette
language: fr
central_idea:
  statement: "Des vêtements qui vous vont, retouchés à la main."
  lexicon: [retouche, couture, ourlet, atelier]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 7d}
  response: {within: 24h}
  callback: {within: 4h}
  alteration: {within: 5d, terms: [retouche, retoucher, retouches]}
  delivery: {within: 48h}
  shirt_replacement: {within: 5d, terms: [chemise de remplacement]}
""",
    "en": """
brand: Ourlette
language: en
central_idea:
  statement: "Clothes that fit you, altered by hand."
  lexicon: [alteration, sewing, hem, workshop]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 7d}
  response: {within: 24h}
  callback: {within: 4h}
  alteration: {within: 5d, terms: [alteration, alter, alterations]}
  delivery: {within: 48h}
  shirt_replacement: {within: 5d, terms: [replacement shirt]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ourlette37", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


# -- a relative pronoun's duty is its antecedent's --------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "I'm so sorry. Your pictures show trousers that should never have left our "
           "workshop. We've refunded the full amount today."),
    ("fr", "Je suis vraiment désolée. Vos photos montrent un pantalon qui n'aurait jamais dû "
           "quitter notre atelier. Nous vous avons remboursé la totalité aujourd'hui."),
])
def test_a_thing_of_ours_that_should_never_have_left_blames_no_one(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your pictures show the trousers. You should have checked the hem before leaving "
           "the shop. We've refunded the full amount today."),
    ("fr", "Vos photos montrent le pantalon. Vous auriez dû vérifier l'ourlet avant de "
           "quitter la boutique. Nous vous avons remboursé la totalité aujourd'hui."),
])
def test_near_miss_the_customer_who_should_have_checked_is_blamed(lint, lang, text):
    assert "BL401" in codes(lint(lang, text))


# -- clitics between the modal and its verb ---------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses : votre robe aurait dû vous être envoyée vendredi. Elle part "
           "aujourd'hui par coursier."),
    ("en", "Our apologies for the delay: your altered jacket should have been handed to you "
           "on Saturday. It leaves today by courier."),
])
def test_a_thing_that_should_have_been_handed_over_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre veste est prête. Vous auriez dû nous le dire avant la retouche. Elle part "
           "aujourd'hui par coursier."),
    ("en", "Your jacket is ready. You should have told us before the alteration. It leaves "
           "today by courier."),
])
def test_near_miss_the_customer_who_should_have_told_us_is_blamed(lint, lang, text):
    assert "BL401" in codes(lint(lang, text))


# -- a pointer to where the customer was told, conceded by the brand --------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour cette surprise sur votre ticket. Nous facturons l'essayage 10 € car "
           "il mobilise une couturière. C'est écrit sur le ticket de dépôt, mais nous aurions "
           "dû vous le dire au comptoir. Nous vous remboursons ces 10 € aujourd'hui."),
])
def test_a_pointer_the_brand_concedes_is_not_talking_down(lint, lang, text):
    assert "BL404" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour cette surprise sur votre ticket. Nous facturons l'essayage 10 € car "
           "il mobilise une couturière. C'est écrit sur le ticket de dépôt. Nous vous "
           "remboursons ces 10 € aujourd'hui."),
])
def test_near_miss_a_pointer_left_standing_talks_down(lint, lang, text):
    assert "BL404" in codes(lint(lang, text))


# -- the reader's own act bounded by a delay in an offer's condition -------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour cette attente. Bonne nouvelle : si vous faites retoucher votre manteau "
           "chez nous dans les 30 jours, l'essayage vous est offert."),
    ("en", "Sorry for the wait. Good news: if you have your coat altered with us within 30 "
           "days, the fitting is free."),
])
def test_the_readers_window_in_an_offers_condition_is_no_slow_step(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour cette attente. Nous retouchons votre manteau dans les 30 jours."),
    ("en", "Sorry for the wait. We will alter your coat within 30 days."),
])
def test_near_miss_the_brands_own_step_slower_than_committed(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


# -- the delivery of a thing named as another service's ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses. Pour que les chemises de remplacement soient à votre taille, "
           "pourriez-vous nous donner votre tour de cou ? Dès réception, nos couturières "
           "cousent les chemises et les livrent sous 4 jours."),
    ("en", "Our apologies. So that the replacement shirts fit, could you send us your collar "
           "size? Once we have it, our tailors will sew the shirts and deliver them within 4 "
           "days."),
])
def test_the_delivery_of_a_replacement_is_held_to_the_replacements_commitment(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses. Pour que les chemises de remplacement soient à votre taille, "
           "pourriez-vous nous donner votre tour de cou ? Dès réception, nos couturières "
           "cousent les chemises et les livrent sous 8 jours."),
    ("fr", "Toutes nos excuses. Pourriez-vous nous donner votre tour de cou ? Dès réception, "
           "nos couturières cousent les chemises et les livrent sous 4 jours."),
    ("en", "Our apologies. So that the replacement shirts fit, could you send us your collar "
           "size? Once we have it, our tailors will sew the shirts and deliver them within 8 "
           "days."),
])
def test_near_miss_slower_than_the_replacement_or_a_plain_delivery(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


# -- the notice cited for a refusal whose disappointment the brand owns -------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour cette mauvaise surprise sur votre facture. Votre annulation nous est "
           "parvenue le 2 juin ; comme indiqué dans les conditions de la carte, l'ourlet était "
           "déjà cousu à cette date, il reste donc dû. Je sais que ce n'est pas la réponse que "
           "vous espériez. Votre carte est bien close dès aujourd'hui."),
    ("en", "Sorry for the surprise on your invoice. As set out in the terms of your card, the "
           "fitting fee of £15 stands, as the hem was already sewn when your cancellation "
           "reached us. I know that's not the answer you were hoping for. Your card is closed "
           "as of today."),
])
def test_a_notice_given_as_the_reason_of_a_regretted_refusal_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour cette mauvaise surprise sur votre facture. Votre annulation nous est "
           "parvenue le 2 juin ; comme indiqué dans les conditions de la carte, l'ourlet était "
           "déjà cousu à cette date, il reste donc dû. Votre carte est bien close dès "
           "aujourd'hui."),
    ("en", "Sorry for the surprise on your invoice. As set out in the terms of your card, the "
           "fitting fee of £15 stands, as the hem was already sewn when your cancellation "
           "reached us. That's the answer you were hoping for, surely. Your card is closed as "
           "of today."),
])
def test_near_miss_the_notice_held_against_the_customer_is_blame(lint, lang, text):
    assert "BL401" in codes(lint(lang, text))
