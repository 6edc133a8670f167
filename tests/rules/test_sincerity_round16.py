"""What round 16 (sincerity-blind15 as a development set) taught the reading of a service
reply: a delay is held to the service of the step it belongs to (the step's own verb, not a
service borrowed from a noun of the sentence; the act a call arranges has its own time; a
second delay on one service word is the time of the act it leads to), and a step that
cannot be tied to a promised service is not judged. Each concept fires in its true form
and stays silent in its near miss, in French and English, on the real models."""

from __future__ import annotations

import pytest

HEATING = {
    "fr": """
brand: Chauffeo
language: fr
central_idea:
  statement: "Un foyer chaud toute l'année, grâce à des techniciens proches."
  lexicon: [chaud, chaleur, confort, proche, entretien, réparer]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  callback: {within: 4h}
  repair: {within: 48h}
  refund: {within: 14d}
""",
    "en": """
brand: Chauffeo
language: en
central_idea:
  statement: "A warm home all year round, thanks to nearby technicians."
  lexicon: [warm, warmth, comfort, nearby, maintain, repair]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  callback: {within: 4h}
  repair: {within: 48h}
  refund: {within: 14d}
""",
}

COACHES = {
    "fr": """
brand: Cartelle
language: fr
central_idea:
  statement: "Relier chaque village sans voiture."
  lexicon: [relier, village, libre, proche, ligne]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  social_support: {tones: [empathy, solution], service: true}
promises:
  response: {within: 72h}
  refund: {within: 30d}
  lost_property:
    within: 48h
    terms: [objets trouvés, objet trouvé, objet perdu, oublié dans le car]
""",
    "en": """
brand: Cartelle
language: en
central_idea:
  statement: "Link every village without a car."
  lexicon: [link, village, freely, nearby, line]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  social_support: {tones: [empathy, solution], service: true}
promises:
  response: {within: 72h}
  refund: {within: 30d}
  lost_property: {within: 48h, terms: [lost property, lost item, left on the coach, found item]}
""",
}


@pytest.fixture(scope="module")
def heating(lint_profile_texts):
    return lint_profile_texts(HEATING, "chauffeo", "after_sales")


@pytest.fixture(scope="module")
def coaches(lint_profile_texts):
    return lint_profile_texts(COACHES, "cartelle", "after_sales")


def slow(diagnostics):
    return [d for d in diagnostics if d.code == "BL408"]


# -- BL408: the delay of the step's own service ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés pour cette panne. Votre technicien vous rappellera sous 48 h."),
    ("en", "We're sorry about the breakdown. Your engineer will call you back within 48 hours."),
    # the act the call arranges has a declared service of its own, and is slower than it
    ("fr", "Nous sommes désolés pour cette panne. Votre technicien vous appelle pour réparer "
           "la chaudière sous 6 jours."),
    ("en", "We're sorry about the breakdown. Your engineer will call you to repair the boiler "
           "within 6 days."),
])
def test_the_steps_own_service_slower_still_fires(heating, lang, text):
    assert slow(heating(lang, text))


@pytest.mark.parametrize("lang,text", [
    # the call arranges the fitting: the delay is the fitting's, not the 4 h callback's
    ("fr", "Nous sommes désolés de ne pas pouvoir la réparer tout de suite. Dès la livraison "
           "de la pièce, votre technicien vous appelle pour poser la carte sous 48 h."),
    # the callback has its delay; the second one is the rebooked visit's
    ("en", "We're very sorry: our engineer didn't come this morning. Michel, the manager of "
           "our agency, will call you within 4 hours to rebook at a time that suits you, "
           "tomorrow at the earliest."),
    ("fr", "Nous sommes vraiment désolés : notre technicien n'est pas venu ce matin. Michel, "
           "le responsable de l'agence, vous rappellera sous 4 heures pour convenir d'un "
           "nouveau rendez-vous, demain au plus tôt."),
])
def test_the_act_a_call_arranges_is_not_held_to_the_callback(heating, lang, text):
    assert not slow(heating(lang, text))


@pytest.mark.parametrize("lang,text", [
    # a callback the profile does not declare, in a sentence naming a coach
    ("en", "You were right to complain, and we apologise: the ramp on coach 118 failed. "
           "Until it's back, every route 6 service will use a low-floor coach, and our "
           "operations manager will call you within 72 hours to talk through your journeys."),
    ("fr", "Vous avez eu raison de vous plaindre, et nous vous présentons nos excuses : la "
           "rampe du car 118 est tombée en panne. D'ici son retour, la ligne 6 sera assurée "
           "par un car à plancher bas, et notre responsable d'exploitation vous appellera "
           "sous 72 heures pour faire le point sur vos trajets."),
])
def test_a_step_tied_to_no_promised_service_is_not_judged(coaches, lang, text):
    assert not slow(coaches(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry you left your phone on the coach. We'll check the lost property and reply "
           "about your lost item within 5 days."),
    ("fr", "Désolés pour votre téléphone oublié dans le car. Nous vérifions les objets "
           "trouvés : nous vous répondrons au sujet de votre objet perdu sous 5 jours."),
])
def test_near_miss_the_lost_property_step_itself_is_still_held(coaches, lang, text):
    assert slow(coaches(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Ouvrez le robinet bleu et refermez-le à 1,5 bar. Si la pression baisse "
           "encore, rappelez-nous et un technicien passe sous 48 h."),
])
def test_the_readers_call_is_no_callback(heating, lang, text):
    assert not slow(heating(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Je suis désolé. Un conseiller vous rappellera sous 48 h."),
    ("en", "Agent: I'm sorry. An adviser will call you back within 48 hours."),
])
def test_near_miss_the_brands_own_callback_is_still_held(heating, lang, text):
    assert slow(heating(lang, text, "phone_script"))


def unapologetic(diagnostics):
    return [d for d in diagnostics if d.code == "BL403"]


# -- BL403: a problem word that names a service, or the customer's slip called common ------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Ellie, it happens! We've asked the depot to check the coach and the driver's "
           "lost-property log. We'll reply here within 48 hours."),
    ("fr", "Bonjour Ellie, ça arrive ! Nous avons demandé au dépôt de vérifier le car et le "
           "registre des objets perdus du conducteur. Nous vous répondons ici sous 48 h."),
])
def test_a_problem_word_in_a_services_name_is_no_admission(coaches, lang, text):
    assert not unapologetic(coaches(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Ellie, your bag was lost at the depot. We've asked the depot to check the "
           "coach. We'll reply here within 48 hours."),
    ("fr", "Bonjour Ellie, votre sac a été perdu au dépôt. Nous avons demandé au dépôt de "
           "vérifier le car. Nous vous répondons ici sous 48 h."),
])
def test_near_miss_the_thing_lost_is_an_admission(coaches, lang, text):
    assert unapologetic(coaches(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Chauffeo breakdowns, good morning, Priya speaking.\n[Caller: The boiler says "
           "low pressure.]\nAgent: Open the blue tap and close it at 1.5 bar. If it drops "
           "again, call us and an engineer will come within 48 hours."),
    ("fr", "Conseiller : Vous avez bien fait d'appeler, c'est très courant après une coupure. "
           "La pompe à chaleur attend dix minutes avant de redémarrer. Si elle affiche autre "
           "chose, rappelez-nous."),
    ("en", "Agent: You did right to call, that's very common after a power cut. The heat pump "
           "waits ten minutes before it restarts. If it shows anything else, call us."),
])
def test_a_line_named_after_the_brand_or_a_common_slip_is_no_admission(heating, lang, text):
    assert not unapologetic(heating(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Chauffeo, good morning, Priya speaking. We had a breakdown of our booking "
           "system this morning.\n[Caller: The boiler says low pressure.]\nAgent: Open the "
           "blue tap and close it at 1.5 bar."),
    ("fr", "Conseiller : Vous avez bien fait d'appeler. Il y a eu une coupure sur notre réseau "
           "ce matin. Si elle affiche autre chose, rappelez-nous."),
])
def test_near_miss_the_brands_own_failure_is_an_admission(heating, lang, text):
    assert unapologetic(heating(lang, text, "phone_script"))


def promoted(diagnostics):
    return [d for d in diagnostics if d.code == "BL406"]


# -- BL406: a code that names a fault or a rejection is a reference, not an offer ----------
@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry about that. The heat pump displays code F28: the outdoor sensor has failed. "
           "An engineer will come within 48 hours."),
    ("en", "Sorry about that. The receiving bank rejected the transfer with code AC04: that "
           "account is closed. We'll refund the fee within 14 days."),
    ("fr", "Désolés pour ce souci. L'écran affiche le code F28 : la sonde extérieure est en "
           "panne. Un technicien passe sous 48 h."),
    ("fr", "Désolés pour ce souci. La banque destinataire a rejeté le virement avec le code "
           "AC04 : ce compte est clos. Nous remboursons les frais sous 14 jours."),
])
def test_a_reference_code_is_no_promo(heating, lang, text):
    assert not promoted(heating(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry about the failed sensor. An engineer will come within 48 hours. And with "
           "code WARM20 you get a discount on your next service."),
    ("fr", "Désolés pour cette panne. Un technicien passe sous 48 h. Et avec le code HIVER20, "
           "profitez d'une remise sur votre prochain entretien."),
])
def test_near_miss_a_code_to_spend_is_still_a_promo(heating, lang, text):
    assert promoted(heating(lang, text))


def repeated(diagnostics):
    return [d for d in diagnostics if d.code == "BL405"]


# -- BL405: a question about the customer's act is not the record that they gave it --------
@pytest.mark.parametrize("lang,text", [
    ("en", "Customer: My transfer to my landlord failed, it says rejected.\nAgent: Sorry about "
           "that. Could you tell me roughly what time you sent it?\nCustomer: 10:40 this "
           "morning.\nAgent: Thanks. The bank rejected it and the money is back on your "
           "balance."),
])
def test_a_diagnostic_question_is_no_repeat(heating, lang, text):
    assert not repeated(heating(lang, text, "chat"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Customer: My transfer failed at 10:40 this morning, it says rejected.\nAgent: Sorry "
           "about that. Could you tell me what time you sent it?"),
])
def test_near_miss_a_time_already_given_is_a_repeat(heating, lang, text):
    assert repeated(heating(lang, text, "chat"))


def blamed(diagnostics):
    return [d for d in diagnostics if d.code == "BL401"]


# -- BL401: a cause given to another party, and other passengers, are no blame -------------
@pytest.mark.parametrize("lang,text", [
    ("en", "@nightowl: I missed the last coach because my train was 40 min late.\n@Cartelle: Hi, "
           "sorry you're stuck. The train delay came from SNCF, and our coaches wait up to 10 "
           "minutes for late trains so that the other passengers on board still make their "
           "connections. DM us your ticket and we'll cover a taxi, paid back within a week."),
    ("fr", "@nightowl : J'ai raté le dernier car à cause de mon train en retard.\n@Cartelle : "
           "Bonjour, désolés pour vous. Le retard vient de la SNCF, et nos cars attendent "
           "jusqu'à 10 minutes les trains en retard pour que les autres passagers gardent "
           "leur correspondance. Envoyez-nous votre billet en MP et on vous rembourse un taxi "
           "sous une semaine."),
])
def test_a_cause_given_to_another_party_is_no_blame(coaches, lang, text):
    assert not blamed(coaches(lang, text, "social_support"))


@pytest.mark.parametrize("lang,text", [
    ("en", "@nightowl: I missed the last coach.\n@Cartelle: The delay came from the details "
           "entered by the passenger at booking. DM us your ticket."),
    ("fr", "@nightowl : J'ai raté le dernier car, il avait du retard.\n@Cartelle : Le retard "
           "vient d'une erreur de réservation commise par le passager. Envoyez-nous "
           "votre billet en MP."),
])
def test_near_miss_the_cause_on_the_passenger_is_still_blame(coaches, lang, text):
    assert blamed(coaches(lang, text, "social_support"))


def doubted(diagnostics):
    return [d for d in diagnostics if d.code == "BL402"]


# -- BL402: doubt wrapped in procedure ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hotels don't normally charge a card without a valid reservation. Before we go any "
           "further, can you prove you really cancelled?"),
    ("en", "We have no report of this from the driver. If it happened as you describe, it "
           "would be very unusual."),
    ("en", "The payment was approved from your registered phone, so we cannot rule out that "
           "someone in your household made it. Our disputes team will decide within 14 days."),
    ("fr", "Le paiement a été validé depuis votre téléphone : nous ne pouvons écarter "
           "l'hypothèse d'une opération réalisée par une personne de votre entourage. Notre "
           "service Litiges vous répond sous 14 jours."),
    ("fr", "L'agent précise que vous n'avez évoqué aucune difficulté, ce qui nous conduit à "
           "nous interroger sur la réalité du dysfonctionnement invoqué."),
    ("fr", "Les hôtels ne débitent pas une carte sans réservation. Pouvez-vous prouver que vous "
           "avez bien annulé ?"),
    ("fr", "Nous n'avons aucun rapport du conducteur. Si les faits se sont déroulés comme vous "
           "le décrivez, ce serait très inhabituel."),
])
def test_doubt_wrapped_in_procedure_fires(heating, lang, text):
    assert doubted(heating(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry about the charge. Can you send us the cancellation email so we can open the "
           "dispute today?"),
    ("en", "We've checked with the driver and it happened as you describe; we're sorry, and "
           "we'll refund your ticket within 14 days."),
    ("en", "We cannot rule out a fault on our side, so an engineer will check the meter within "
           "48 hours."),
    ("fr", "Nous ne pouvons écarter l'hypothèse d'une panne de notre terminal : nous ouvrons "
           "une enquête et vous répondons sous 24 h."),
    ("fr", "Nous nous interrogeons sur la cause du dysfonctionnement signalé et un technicien "
           "passe sous 48 h."),
    ("fr", "Désolés pour ce débit. Pouvez-vous nous envoyer l'e-mail d'annulation pour que nous "
           "ouvrions le litige aujourd'hui ?"),
])
def test_near_miss_procedure_without_doubt(heating, lang, text):
    assert not doubted(heating(lang, text))
