"""A place or line of the brand's found shut, confirmed in answer to the customer, and a
lateness told as a time after the agreed one, are problems the reply admits (BL403 when
no apology); unconfirmed, the customer's own, or apologised for, they are not. On the
real models, FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Julien. Oui, l'ascenseur du parking Mairie a été bloqué dimanche entre "
           "10 h et 11 h. Nous vous remboursons le ticket sous 5 jours."),
    ("fr", "Bonjour Inès. La salle de sport a effectivement été fermée mardi soir pour un "
           "contrôle électrique. Votre séance vous sera recréditée sous 48 h."),
    ("en", "Hi Tom. Yes, the climbing wall was closed on Saturday afternoon for a safety "
           "check. We'll credit your session within 48 hours."),
    ("en", "Agent: Yes, the car wash bay was shut from 9 to 11 for a pump repair. I'll "
           "refund your token today."),
])
def test_confirmed_closure_without_apology_fires(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # apologised for
    ("fr", "Bonjour Julien. Oui, l'ascenseur du parking Mairie a été bloqué dimanche, et "
           "nous en sommes désolés. Nous vous remboursons le ticket sous 5 jours."),
    ("en", "Hi Tom. Yes, the climbing wall was closed on Saturday for a safety check — "
           "we're sorry. We'll credit your session within 48 hours."),
    # the customer's own thing, closed as asked
    ("fr", "Bonjour Inès. Oui, votre compte a été fermé mardi, comme vous l'aviez demandé."),
    ("en", "Hi Tom. Yes, your account was closed on Tuesday, as you asked."),
    # not confirmed as an answer: a notice of opening hours
    ("fr", "Bonjour Inès. La salle est fermée le lundi ; elle ouvre du mardi au dimanche."),
    ("en", "Hi Tom. The climbing wall is closed on Mondays; it opens Tuesday to Sunday."),
])
def test_closure_apologised_owned_by_customer_or_habitual_does_not_fire(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul. Votre devis a effectivement été envoyé trois jours après la date "
           "convenue. Nous vous appelons demain pour le détailler."),
    ("en", "Hi Paul. Our plumber arrived two hours after the booked slot because of a "
           "puncture. We'll call you tomorrow to arrange the follow-up."),
])
def test_lateness_told_as_a_time_after_the_agreed_one_fires(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # apologised for
    ("fr", "Bonjour Paul. Votre devis a été envoyé trois jours après la date convenue, et "
           "nous en sommes désolés. Nous vous appelons demain."),
    # the customer's own lateness
    ("en", "Hi Paul. You arrived two hours after the booked slot, so we moved your visit to "
           "Friday at 9."),
    # good news: before the agreed date, not after
    ("en", "Hi Paul. Your quote was sent two days before the agreed date. We'll call you "
           "tomorrow to go through it."),
])
def test_lateness_apologised_customers_own_or_early_does_not_fire(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)
