"""What sincerity-blind23's misses (helper sinc26) taught the reading of a service reply, in
concepts:

- the likely cause put in the customer's hands is blame (BL401): a guess ("most likely",
  « très probablement »), a link of cause, then where or when only the customer had the
  product (« après la pose », "at your home") or how it was handled ("a hot pan placed on
  it"); not a cause in the brand's or a carrier's hands, not denied;
- the imperfect « il fallait » + an act, after the customer's own act told, is a past duty
  as « il aurait fallu » (BL401); not an act owed to the reader (« il fallait vous
  prévenir »);
- a booked event put off by the brand to another date is a problem owed an apology (BL403);
  not a move the customer asked for;
- a next step written loosely is still a delay held to its service (BL408): « dans les deux
  prochaines semaines », « comptez un mois avant le passage du technicien » (a wait told, not
  a lead time), "five weeks from now"; the technician's visit (« intervention », "repair
  visit") is a repair, news of the case ("update you", « vous tenir informés ») a response.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Forgeval
language: fr
central_idea:
  statement: "Des appareils de cuisine solides, réparés vite."
  lexicon: [cuisine, appareil, réparation, confiance]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  repair: {within: 10d}
""",
    "en": """
brand: Forgeval
language: en
central_idea:
  statement: "Sturdy kitchen appliances, repaired fast."
  lexicon: [kitchen, appliance, repair, trust]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  repair: {within: 10d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "forgeval", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL401: the likely cause in the customer's hands -----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for the pictures. The dent in the oven door was most likely caused by a "
           "knock at your home, so we can't replace it under warranty."),
    ("en", "Thanks for the photos. The mark on the hob is most likely the result of a hot pan "
           "placed straight on the glass."),
    ("fr", "Merci pour vos photos. La fissure de la plaque vient très probablement d'un choc "
           "après la pose : nous ne pouvons pas la prendre en charge."),
])
def test_likely_cause_in_the_customers_hands_fires(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for the pictures. The dent in the oven door was most likely caused by a "
           "knock in transit, so we're replacing it this week."),
    ("en", "Thanks for the pictures. The dent in the oven door was not caused by anything done "
           "at your home: we are replacing it this week."),
    ("fr", "Merci pour vos photos. La fissure de la plaque vient très probablement d'un choc "
           "pendant le transport : nous la remplaçons cette semaine."),
])
def test_likely_cause_in_others_hands_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL401: « il fallait » after the customer's act ------------------------------------------
def test_imperfect_duty_after_the_customers_act_fires(lint):
    assert found(lint("fr", "Bonjour, vous avez payé après la clôture des ventes. Il fallait "
                            "valider le panier avant minuit, comme indiqué sur la page."),
                 "BL401")


@pytest.mark.parametrize("text", [
    "Bonjour, vous avez raison : il fallait vous prévenir du changement d'horaire, nous "
    "aurions dû le faire.",
    "Bonjour, votre pièce est arrivée. Il fallait d'abord recevoir le lot du fournisseur, d'où "
    "le délai ; nous en sommes désolés.",
])
def test_imperfect_duty_owed_to_the_reader_or_narrated_does_not_fire(lint, text):
    assert not found(lint("fr", text), "BL401")


# -- BL403: a booked event put off by the brand ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Tom, the cooking class has been pushed back to 9 May. Your ticket works for the "
           "new date."),
    ("fr", "Bonjour, l'atelier cuisine est repoussé au 9 mai. Votre billet reste valable."),
])
def test_event_put_off_without_apology_fires(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Tom, as you asked, your class has been moved from Friday to Saturday. See you "
           "there!"),
    ("fr", "Bonjour, comme demandé, votre atelier est décalé à samedi. À bientôt !"),
    ("fr", "Bonjour, le solde de votre avoir est reporté sur votre prochaine commande."),
    ("en", "Hi Tom, sorry: the cooking class has been pushed back to 9 May. Your ticket works "
           "for the new date."),
])
def test_event_moved_on_request_or_with_apology_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL408: loose wording of a slow next step ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés pour la panne du four. Une réparation vous sera proposée dans "
           "les trois prochaines semaines."),
    ("fr", "Désolés pour la porte du four. Une intervention est prévue ; comptez environ un "
           "mois avant le passage de notre technicien."),
    ("en", "So sorry about the oven. The earliest repair visit I can offer is on the 24th, "
           "about five weeks from now."),
    ("en", "Sorry the booking page crashed last night. We're looking into it and will update "
           "you in about three weeks."),
    ("fr", "Désolés pour la page de réservation en panne hier soir. Nous enquêtons et vous "
           "tiendrons informés d'ici trois semaines."),
])
def test_loose_slow_step_fires(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés pour la panne du four. Une réparation vous sera proposée dans "
           "les deux prochains jours."),
    ("fr", "Désolés pour la porte du four. Une intervention est prévue ; comptez une semaine "
           "avant le passage de notre technicien."),
    ("fr", "Désolés pour l'attente. Pour votre rendez-vous en magasin, arrivez 15 minutes "
           "avant l'heure prévue."),
    ("en", "So sorry about the oven. The earliest repair visit I can offer is on Friday, "
           "about five days from now."),
    ("en", "Sorry the booking page crashed last night. We're looking into it and will update "
           "you within 24 hours."),
])
def test_loose_step_within_commitment_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL408")
