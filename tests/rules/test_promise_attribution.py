"""A delay is judged against the service of the verb it modifies (issue 7), not against
every service its clause names: « Nous avons bien reçu votre dossier et vous rappelons
sous 24 h » is the brand's callback, within its commitment, not a delivery promised in
24 h. Each fires and stays silent in French and English, on the real models (a travel
agency's profile: booking confirmation and callback in 24 h, delivery in 72 h)."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Ferlane
language: fr
central_idea:
  statement: "Des voyages réservés sans souci."
  lexicon: [voyage, souci, serein]
channels:
  email: {tones: [reassurance]}
promises:
  delivery: {within: 72h}
  refund: {within: 14d}
  response: {within: 48h}
  callback: {within: 24h}
  repair: {within: 3w}
  booking_confirmation: {within: 24h, terms: [confirmer votre réservation]}
  deposit: {within: 7d, terms: [caution]}
""",
    "en": """
brand: Ferlane
language: en
central_idea:
  statement: "Trips booked without worry."
  lexicon: [trip, worry, calm]
channels:
  email: {tones: [reassurance]}
promises:
  delivery: {within: 72h}
  refund: {within: 14d}
  response: {within: 48h}
  callback: {within: 24h}
  repair: {within: 3w}
  booking_confirmation: {within: 24h, terms: [confirm your booking]}
  deposit: {within: 7d, terms: [deposit]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ferlane", "email")


def beyond(diagnostics) -> list:
    return [d for d in diagnostics if d.code == "BL302" and d.severity >= 2]


# -- the delay's own verb, not every service of the clause --------------------------------
@pytest.mark.parametrize("lang,text,named", [
    ("en", "We'll confirm your booking within 12 hours and deliver on Friday.", "booking"),
    ("en", "We have received your file and will call you back within 2 hours.", "callback"),
    ("fr", "Nous confirmerons votre réservation sous 12 h et livrerons votre commande "
           "vendredi.", "booking"),
    ("fr", "Nous avons bien reçu votre dossier et vous rappelons sous 2 h.", "rappel"),
])
def test_a_delay_faster_than_its_own_service_fires(lint_with, lang, text, named):
    found = beyond(lint_with(lang, text))
    assert len(found) == 1 and named in found[0].message, text


@pytest.mark.parametrize("lang,text", [
    ("en", "We'll confirm your booking within 24 hours and deliver on Friday."),
    ("en", "We have received your file and will call you back within 24 hours."),
    ("fr", "Nous confirmerons votre réservation sous 24 h et livrerons votre commande "
           "vendredi."),
    ("fr", "Nous avons bien reçu votre dossier et vous rappelons sous 24 h."),
    # the reader's reply, which a garbled parse makes the subject's modifier across the
    # clause break, is not the callback's service
    ("en", "No time to talk now? Reply CALL and our team will ring you back within 24 hours."),
    ("fr", "Pas le temps de parler ? Répondez RAPPEL et notre équipe vous rappelle sous 24 h."),
])
def test_near_miss_within_its_own_service_the_other_service_is_not_compared(lint_with, lang,
                                                                             text):
    """24 h is the booking confirmation's and the callback's commitment; the delivery
    or response the sentence also names (deliver, received, reply) is not promised in
    24 h."""
    assert not beyond(lint_with(lang, text)), text
