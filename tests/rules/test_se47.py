"""se47 (sincerity, the customer asked to repeat): what the brand says it sees of the
customer's case is held by the reply —

- the customer's own thing as the object of a verb of perceiving in the present, the
  brand its subject (« Je vois bien votre contrat d'entretien dans notre fichier », "I can
  see your Premium subscription on our system"), unless its sentence says something of
  it is amiss (« je vois votre commande, mais l'adresse est incorrecte »);
- the names in what it sees the customer is (« je vois que vous êtes adhérent de la
  Mutuelle Horizon », "I can see that you are registered with Kestrel Clinic").

Asked again for it, the customer repeats themselves (BL405); asked for something else,
they do not. FR and EN, a firing case and a near miss each, on the real models.
"""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, désolée pour ce souci.\nJe vois bien votre contrat d'entretien "
           "dans notre fichier.\nPouvez-vous nous envoyer une copie de votre contrat ?"),
    ("en", "Hi Paul, sorry about this.\nI can see your Premium subscription on our "
           "system.\nCould you send us a copy of your subscription?"),
])
def test_the_customers_thing_seen_then_asked_is_a_repeat(lint, lang, text):
    assert "BL405" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, désolée pour ce souci.\nJe vois bien votre contrat d'entretien "
           "dans notre fichier.\nPouvez-vous nous envoyer une copie de votre facture ?"),
    ("en", "Hi Paul, sorry about this.\nI can see your Premium subscription on our "
           "system.\nCould you send us a copy of your last invoice?"),
    ("fr", "Bonjour Paul, désolée pour ce souci.\nJe vois votre commande, mais l'adresse "
           "est incorrecte.\nPouvez-vous nous envoyer l'adresse de votre commande ?"),
    ("en", "Hi Paul, sorry about this.\nI can see your order, but the address is "
           "wrong.\nCould you send us the address for your order?"),
])
def test_something_else_asked_or_the_thing_seen_amiss_is_no_repeat(lint, lang, text):
    assert "BL405" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, désolée pour ce souci.\nJe vois que vous êtes adhérent de la "
           "Mutuelle Horizon.\nPouvez-vous nous envoyer les coordonnées de votre mutuelle ?"),
    ("en", "Hi Paul, sorry about this.\nI can see that you are registered with Kestrel "
           "Clinic.\nCould you send us the address of your clinic?"),
])
def test_a_name_seen_of_the_customer_then_asked_is_a_repeat(lint, lang, text):
    assert "BL405" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, désolée pour ce souci.\nJe vois que vous êtes adhérent de la "
           "Mutuelle Horizon.\nPouvez-vous nous envoyer une copie de l'ordonnance ?"),
    ("en", "Hi Paul, sorry about this.\nI can see that you are registered with Kestrel "
           "Clinic.\nCould you send us a copy of the prescription?"),
])
def test_a_name_seen_then_something_else_asked_is_no_repeat(lint, lang, text):
    assert "BL405" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Bonjour, désolé pour ce souci. Pouvez-vous me donner le nom de la "
           "réservation ?\n[Client : Lemaire, pour deux.]\nConseiller : Merci. Je vois votre "
           "réservation de ce soir, je vous replace à 21 h sans frais."),
    ("en", "Agent: Hello, sorry about this. Could you give me the name on the booking?\n"
           "[Customer: Lemaire, for two.]\nAgent: Thanks. I can see your booking for tonight, "
           "I'll move you to 9pm at no charge."),
])
def test_a_request_before_the_thing_is_seen_is_no_repeat(lint, lang, text):
    assert "BL405" not in codes(lint(text, lang, "phone_script"))


# -- a date or a time the brand reads on the case --------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, désolée pour ce souci.\nJe vois le rendez-vous du 12 octobre "
           "dans notre agenda.\nPouvez-vous me rappeler la date du rendez-vous ?"),
    ("en", "Hi Paul, sorry about this.\nI can see the engineer's note here: boiler stopped "
           "at 7:15 this morning.\nCould you tell me the time the boiler stopped?"),
])
def test_a_date_or_time_read_on_the_case_then_asked_is_a_repeat(lint, lang, text):
    assert "BL405" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, désolée pour ce souci.\nNous pouvons vous proposer un rendez-vous "
           "le 12 octobre ou le 14 octobre.\nPouvez-vous me confirmer la date qui vous "
           "convient ?"),
    ("en", "Hi Paul, sorry about this.\nWe can send an engineer at 7:15 or at 9:30 "
           "tomorrow.\nCould you tell me the time that suits you best?"),
    ("fr", "Bonjour Paul, désolée pour ce souci.\nJe vois le rendez-vous du 12 octobre, "
           "mais la date est erronée.\nPouvez-vous me confirmer la date du rendez-vous ?"),
    ("en", "Hi Paul, sorry about this.\nI can see the engineer's note, but the 7:15 in it "
           "is wrong.\nCould you tell me the time the boiler stopped?"),
])
def test_a_date_or_time_offered_or_seen_amiss_is_no_repeat(lint, lang, text):
    assert "BL405" not in codes(lint(text, lang, "after_sales"))


# -- the problem told is no next step --------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roy,\n\nNous sommes désolés : il manquait bien le beurre et la "
           "farine dans votre colis du jeudi 4.\n\nMerci de votre fidélité !\n\nL'équipe"),
    ("en", "Hi Sam,\n\nOur technician has confirmed what you told us: the hinge was "
           "damaged while the laptop was in our workshop. We're really sorry about that."
           "\n\nThanks again for your patience.\n\nThe team"),
])
def test_the_problem_told_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roy,\n\nNous sommes désolés : il manquait bien le beurre et la "
           "farine dans votre colis du jeudi 4. Nous vous remboursons ces deux produits dès "
           "aujourd'hui.\n\nMerci de votre fidélité !\n\nL'équipe"),
    ("en", "Hi Sam,\n\nOur technician has confirmed what you told us: the hinge was "
           "damaged while the laptop was in our workshop. We're really sorry about that, and "
           "we'll replace the hinge free of charge by Friday.\n\nThe team"),
])
def test_a_step_after_the_problem_told_counts(lint, lang, text):
    assert "BL407" not in codes(lint(text, lang, "after_sales"))
