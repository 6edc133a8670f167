"""Causes of sincerity misses and false alarms read as concepts of the shared reply
reading (se40): whose claim is questioned — the customer's act put in a counterfactual of
reality, what they lived held hard to imagine or renamed as their perception, their item
set among fakes; who is the agent of the fault — the cause named as theirs by a verb of
causing, not the brand's thing that failed its duty; a bottle that came broken; a code
the customer holds is no offer; a deadline someone requires and a delay told in answer to
a question are no next step. Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Caramelle
language: fr
central_idea:
  statement: "Des confitures de saison, cuites en petits chaudrons."
  lexicon: [confiture, chaudron, fruit]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 3d}
  response: {within: 24h}
  refund: {within: 10d}
""",
    "en": """
brand: Caramelle
language: en
central_idea:
  statement: "Seasonal jams, cooked in small pans."
  lexicon: [jam, pan, fruit]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 3d}
  response: {within: 24h}
  refund: {within: 10d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "caramelle40", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


FIRES = [
    # doubt: the reality of their act put in a counterfactual
    ("fr", "BL402", "Bonjour Léa, nous ne voyons pas votre désabonnement. Si vous aviez "
                    "vraiment cliqué sur le lien, vous auriez reçu un message de notre part."),
    ("en", "BL402", "Hi Lea, we can't see your unsubscribe request. If you had actually "
                    "clicked the link, you would have received a message from us."),
    # doubt: what they report held hard to imagine
    ("fr", "BL402", "Bonjour Léa, nous avons parlé à notre vendeuse. Nous avons du mal à "
                    "imaginer qu'elle ait pu vous répondre sur ce ton."),
    ("en", "BL402", "Hi Lea, we spoke to our shop assistant. We find it hard to imagine that "
                    "she would have answered you in that tone."),
    # doubt: what they lived renamed as their perception
    ("fr", "BL402", "Bonjour Léa, merci pour votre message. Ce que vous avez perçu comme de "
                    "l'impatience était sans doute la fatigue d'un samedi chargé."),
    ("en", "BL402", "Hi Lea, thanks for your message. What you perceived as impatience was "
                    "probably just a busy Saturday."),
    # doubt: their item set among fakes, its origin asked
    ("fr", "BL402", "Bonjour Léa, ce bon cadeau n'apparaît pas chez nous et de faux bons "
                    "circulent en ce moment. Où l'avez-vous acheté exactement ?"),
    ("en", "BL402", "Hi Lea, this gift card isn't in our system, and counterfeit cards have "
                    "been sold online lately. Where did you buy it?"),
    # blame: the cause named as theirs by a verb of causing
    ("en", "BL401", "Hi Lea, sorry about the missing jars. To be honest, the late payment on "
                    "your side is what caused the cancellation. We can refund you within 10 "
                    "days."),
    ("fr", "BL401", "Bonjour Léa, désolés pour ce colis. Votre retard de paiement a provoqué "
                    "l'annulation de la commande. Nous vous remboursons sous 10 jours."),
    # a thing's failed duty is the problem admitted: owed an apology, not blame
    ("en", "BL403", "Hi Lea, your gift box should have contained the fig jam. We'll send it "
                    "within 3 days."),
    ("fr", "BL403", "Bonjour Léa, votre coffret aurait dû contenir la confiture de figues. "
                    "Nous l'envoyons sous 3 jours."),
    # …while what the customer filled in stays theirs
    ("en", "BL401", "Hi Lea, sorry the parcel came back. Your address details should have "
                    "included the flat number. We'll send it again within 3 days."),
    # no apology: a jar that came broken is a problem admitted
    ("fr", "BL403", "Bonjour Léa, nous avons bien reçu la photo du pot brisé à l'arrivée. Un "
                    "nouveau pot part demain."),
]

DOES_NOT_FIRE = [
    # a counterfactual of the brand's own act, or with no word of reality
    ("fr", "BL402", "Bonjour Léa, désolés. Si nous avions vraiment vérifié le colis, vous "
                    "auriez reçu le bon pot. Nous le renvoyons demain."),
    ("en", "BL402", "Hi Lea, sorry. If you had ordered before noon, it would have left the "
                    "same day; it leaves tomorrow."),
    # sympathy with a state, not disbelief of a past
    ("fr", "BL402", "Bonjour Léa, nous avons du mal à imaginer que vous deviez encore "
                    "attendre : nous relançons le transporteur aujourd'hui."),
    ("en", "BL402", "Hi Lea, we find it hard to imagine how tiring this wait has been: we're "
                    "chasing the courier today."),
    # their perception taken up as it is
    ("en", "BL402", "Hi Lea, what you describe was not acceptable, and we're sorry. We've "
                    "spoken to the team today."),
    # fakes named as a warning, no question on their item
    ("en", "BL402", "Hi Lea, thanks for asking. Counterfeit gift cards are sold on some "
                    "auction sites, so we only sell ours on our own website."),
    # the cause is the brand's, or the brand acts after it
    ("en", "BL401", "Hi Lea, sorry about the missing jars. A fault on our side is what caused "
                    "the cancellation. We'll refund you within 10 days."),
    ("fr", "BL401", "Bonjour Léa, merci. Votre message nous a conduits à revoir nos "
                    "emballages ; nous vous remboursons sous 10 jours."),
    # the thing's duty is no reproach of the customer
    ("en", "BL401", "Hi Lea, your gift box should have contained the fig jam. We'll send it "
                    "within 3 days."),
    ("fr", "BL401", "Bonjour Léa, votre coffret aurait dû contenir la confiture de figues. "
                    "Nous l'envoyons sous 3 jours."),
    # a code the customer holds, asked for: not an offer
    ("en", "BL406", "Hi Lea, sorry your gift voucher was refused in the shop. Your email "
                    "doesn't include the voucher code: could you send it to us? We'll check "
                    "it today."),
    ("fr", "BL406", "Bonjour Léa, désolés que votre promo n'ait pas été appliquée en caisse. "
                    "Pouvez-vous nous envoyer le code promo exact ? Nous vérifions "
                    "aujourd'hui."),
]

# a deadline someone requires, a delay told in answer to a question: no next step
STEPS_QUIET = [
    ("en", "We're sorry the jar arrived broken; a new one leaves tomorrow. Could you send a "
           "photo of the box? The courier asks for it within 14 days of delivery."),
    ("fr", "Désolés pour le pot cassé ; un nouveau part demain. Pourriez-vous nous envoyer une "
           "photo ? Le transporteur exige la photo sous 14 jours."),
    ("fr", "Merci pour votre question. Oui, nous livrons en Suisse : comptez 6 à 8 jours "
           "ouvrés pour Genève."),
    ("en", "Thanks for your question. Yes, we ship to Norway: allow 6 to 8 working days for "
           "Oslo."),
]
STEPS_FIRE = [
    ("en", "We're sorry the jar arrived broken. We will refund you within 30 days."),
    ("fr", "Merci pour votre question. Oui, votre commande partira : comptez 6 à 8 jours "
           "pour la recevoir."),
    ("fr", "Désolés pour le pot cassé. Nous vous rembourserons sous 30 jours."),
]


@pytest.mark.parametrize(("lang", "code", "text"), FIRES)
def test_concept_fires(lint, lang, code, text):
    assert code in codes(lint(lang, text))


@pytest.mark.parametrize(("lang", "code", "text"), DOES_NOT_FIRE)
def test_near_miss_does_not_fire(lint, lang, code, text):
    assert code not in codes(lint(lang, text))


@pytest.mark.parametrize(("lang", "text"), STEPS_QUIET)
def test_required_deadline_or_answered_delay_is_no_slow_step(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


@pytest.mark.parametrize(("lang", "text"), STEPS_FIRE)
def test_slow_step_of_a_case_fires(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))
