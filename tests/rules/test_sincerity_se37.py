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


# -- « fallu » read as the modal's participle whatever its tagging -------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons revu votre bon : la couturière a suivi les mesures que vous aviez "
           "notées. Il aurait sans doute fallu relire le bon avant de signer. Nous vous "
           "remboursons la moitié sous 7 jours."),
    ("en", "We checked your slip: the seamstress followed the sizes you wrote down. You "
           "should probably have read the slip before signing. We're refunding half within "
           "7 days."),
])
def test_the_readers_duty_under_an_adverbial_is_blame(lint, lang, text):
    assert "BL401" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons revu votre bon : la couturière s'est trompée de mesures. Il aurait sans "
           "doute fallu que nous relisions le bon avec vous. Nous vous remboursons la moitié "
           "sous 7 jours."),
    ("en", "We checked your slip: the seamstress got the sizes wrong. We should probably have "
           "read the slip with you. We're refunding half within 7 days."),
])
def test_near_miss_the_brands_own_duty_under_an_adverbial_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))


# -- the basics said with an intensifier --------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Le lin se froisse vite. Il faut le suspendre dès la sortie du lavage : ce sont "
           "vraiment les bases."),
    ("en", "Linen creases quickly. Hang it up as soon as it leaves the wash: these are really "
           "the basics."),
])
def test_the_basics_said_with_an_intensifier_talk_down(lint, lang, text):
    assert "BL404" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le lin se froisse vite. Nous vous envoyons une fiche sur les bases de l'entretien "
           "du lin, et nous repassons la veste gratuitement."),
    ("en", "Linen creases quickly. We're sending you a sheet on the basics of linen care, and "
           "we'll press the jacket for free."),
])
def test_near_miss_the_basics_offered_do_not_talk_down(lint, lang, text):
    assert "BL404" not in codes(lint(lang, text, "after_sales"))


# -- a step put off to the next billing date; a window of days against a commitment of hours ---

@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour ce double prélèvement. Le montant en trop vous sera "
           "remboursé lors de la prochaine échéance de votre carte de retouches."),
    ("en", "Our apologies for the double charge. The extra amount will be refunded on your "
           "next billing date."),
    ("fr", "Toutes nos excuses pour cette veste abîmée. Notre chef d'atelier vous rappellera "
           "dans la semaine."),
])
def test_a_step_put_off_to_the_next_billing_date_or_the_week_is_slow(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour ce double prélèvement. Le montant en trop vous sera "
           "remboursé sous 5 jours."),
    ("en", "Our apologies for the double charge. The extra amount will be refunded within 5 "
           "days."),
    ("fr", "Toutes nos excuses pour cette veste abîmée. Notre chef d'atelier vous rappellera "
           "dans les 2 heures."),
])
def test_near_miss_a_step_within_the_commitment(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


# -- the reader asked to read again carefully --------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for writing again. As explained before (which we would encourage you to "
           "read again carefully), linen creases when it is folded damp. We've noted your "
           "account."),
])
def test_the_reader_asked_to_read_again_carefully_is_talked_down_to(lint, lang, text):
    assert "BL404" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for writing again. Your message has been read carefully by our head "
           "tailor, and we will press the jacket again for free."),
])
def test_near_miss_the_brand_reading_carefully_is_no_condescension(lint, lang, text):
    assert "BL404" not in codes(lint(lang, text, "after_sales"))


# -- a new product pushed in a reply to a complaint --------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour ce double prélèvement, le remboursement part aujourd'hui. Au fait, "
           "avez-vous vu notre nouvelle collection de gilets ? Livraison offerte ce week-end !"),
    ("en", "Sorry about the double charge, the refund goes out today. By the way, have you "
           "seen our new range of waistcoats? Free delivery this weekend!"),
])
def test_a_new_product_pushed_in_a_reply_is_marketing(lint, lang, text):
    assert "BL406" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour ce double prélèvement, le remboursement part aujourd'hui. Avez-vous "
           "vu notre message d'hier ? La livraison de votre veste est offerte."),
    ("en", "Sorry about the double charge, the refund goes out today. Have you seen our email "
           "from yesterday? The delivery of your jacket is free."),
])
def test_near_miss_a_message_pointed_to_and_a_free_delivery_given_are_no_marketing(
        lint, lang, text):
    assert "BL406" not in codes(lint(lang, text))


# -- the mishap shrugged off as what happens -----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Oui, je vois votre costume : il a été livré lundi, après le mariage. Nos coursiers "
           "avaient beaucoup de tournées. Ça arrive, à cette période. Autre chose ?"),
    ("en", "Yes, I can see your suit: it was delivered on Monday, after the wedding. Our "
           "couriers had a lot of rounds. These things happen. Anything else?"),
])
def test_a_mishap_shrugged_off_is_owed_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous avez oublié votre rendez-vous d'essayage ? Aucun souci, ça arrive à tout le "
           "monde. Nous vous proposons jeudi à 10 h."),
    ("en", "You missed your fitting? No problem, it happens to everyone. We can offer you "
           "Thursday at 10am."),
])
def test_near_miss_the_readers_slip_reassured_is_no_problem_admitted(lint, lang, text):
    assert "BL403" not in codes(lint(lang, text, "after_sales"))
