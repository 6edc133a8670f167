"""A delay is judged against the service of the verb it modifies (issue 7), and a verb
coordinated with the brand's own shares its subject: « Nous avons bien reçu votre
dossier et vous rappelons sous 24 h » is the brand's callback, within its commitment, not
a delivery promised in 24 h; "We pick up your bike and repair it within 5 days" is the
brand's repair, not an order to the reader. Each fires and stays silent in French and
English, on the real models (a travel agency's profile: booking confirmation and
callback in 24 h, delivery in 72 h, repair in 3 weeks)."""

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


# -- a coordinated verb with no subject of its own is the brand's act ----------------------
@pytest.mark.parametrize("lang,text,named", [
    ("en", "We pick up your bike and repair it within 5 days.", "repair"),
    ("fr", "Nous passerons chez vous et réparerons la machine sous 5 jours.", "réparation"),
])
def test_the_brands_coordinated_act_is_its_promise(lint_with, lang, text, named):
    found = beyond(lint_with(lang, text))
    assert len(found) == 1 and named in found[0].message, text


@pytest.mark.parametrize("lang,text", [
    ("en", "Pick up your bike and repair it within 5 days."),
    ("fr", "Récupérez votre vélo et réparez-le sous 5 jours."),
])
def test_near_miss_a_series_of_orders_is_the_readers_act(lint_with, lang, text):
    assert not beyond(lint_with(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("en", "Only 10 days to go until your lakeside stay! A few practical points:\n"
           "- check-in from 4pm at reception;\n"
           "- bed linen and towels provided in your lodge tent;\n"
           "- €300 deposit by card pre-authorisation, released the moment you check out."),
    ("fr", "Plus que 10 jours avant votre séjour au bord du lac ! Quelques points pratiques :\n"
           "- arrivée à partir de 16 h à l'accueil ;\n"
           "- draps et serviettes fournis dans votre tente lodge ;\n"
           "- caution de 300 € par pré-autorisation bancaire, libérée à la minute où vous partez."),
])
def test_a_list_item_does_not_share_the_subject_of_the_item_before(lint_with, lang, text):
    """The small English model hangs "released" on "provided" of the item above: the
    linen is not what is released, and the deposit freed at once is still promised
    (deposit: 7 days)."""
    found = beyond(lint_with(lang, text))
    assert found and ("deposit" in found[0].message or "caution" in found[0].message), text
