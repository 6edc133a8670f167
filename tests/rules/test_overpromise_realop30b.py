"""What real copy (issue 7, real-text check 30: a roadmap, an app's notices, a data
page, an airline's and a restaurant's replies) taught the delay and availability
readings, as concepts of the shared analysis: hours on what comes in to the brand
("the emails we receive every day") count what it is sent, no time it is there for the
reader; how long a thing *may* take on its own course (« peut mettre jusqu'à 10 minutes
pour arriver », "may take") is a caveat; a pronoun that gets a thing its clause names
(« afin qu'ils obtiennent immédiatement le score ») is who receives, not the item of a
service named before; money *redeposited* is the refund, held to the profile's
commitment, while miles redeposited are no refund; the brand's own thing switched off
or back on, on a day it names, is a notice of a one-off change; and a delay in seconds
is reported in seconds. Each concept stays silent in its true form and fires in its
near miss, in French and English, on the real models. The sentences are our own."""

from __future__ import annotations

import pytest

from brandlint.profile.durations import describe_hours

PROFILES = {
    "fr": """
brand: Nutrilo
language: fr
central_idea:
  statement: "Mieux manger, simplement."
  lexicon: [manger, simple, aliment]
channels:
  help: {tones: [reassurance], service: true}
promises:
  refund: {within: 7d}
""",
    "en": """
brand: Nutrilo
language: en
central_idea:
  statement: "Eat better, simply."
  lexicon: [eat, simple, food]
channels:
  help: {tones: [reassurance], service: true}
promises:
  refund: {within: 7d}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nutrilo30", "help")


def codes(diagnostics, prefix="BL30"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


# -- what comes in to the brand: counted, no time it is there ----------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous répondons aux messages que nous recevons chaque jour."),
    ("fr", "Répondre aux demandes qui nous parviennent tous les jours prend du temps."),
    ("en", "We answer the messages we receive every day."),
    ("en", "We answer the emails we get every day as fast as we can."),
    ("en", "Replying to all the requests that come in every day takes time."),
])
def test_hours_on_what_the_brand_receives_are_no_availability(lint_with, lang, text):
    assert "BL304" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre équipe répond à vos messages tous les jours."),
    ("en", "Our team answers your messages every day."),
])
def test_hours_the_team_answers_are_availability(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text))


# -- how long a thing may take: a caveat -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Attention, ce message peut mettre jusqu'à 10 minutes pour arriver."),
    ("fr", "Ce courriel peut prendre 10 minutes pour arriver."),
    ("en", "Heads up: this email can take up to 15 minutes to arrive."),
    ("en", "This email may take 10 minutes to arrive."),
])
def test_how_long_a_message_may_take_is_a_caveat(lint_with, lang, text):
    assert "BL304" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce courriel arrive en 10 minutes."),
    ("en", "This email arrives within 10 minutes."),
])
def test_a_firm_arrival_time_still_fires(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text))


# -- a pronoun that gets a named thing is who receives -----------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos utilisateurs peuvent envoyer des photos, qui seront traitées par notre "
           "équipe. Vous pouvez aussi intégrer le flux complet afin qu'ils obtiennent "
           "immédiatement le score."),
    ("en", "Your users can send us a request, and our team will answer it. You can also "
           "build the full flow so that they get the score instantly."),
])
def test_immediacy_of_what_the_readers_users_get_is_no_response_time(lint_with, lang, text):
    assert "BL304" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos utilisateurs peuvent envoyer des photos, qui seront traitées par notre "
           "équipe. Elles sont traitées immédiatement."),
    ("en", "Your users can send us a request, and our team will answer it. They get an "
           "answer instantly."),
])
def test_immediacy_of_the_teams_answer_still_fires(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text))


# -- money redeposited is the refund; miles redeposited are not ----------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "La somme sera recréditée sur votre carte sous 10 jours ouvrés."),
    ("en", "The cash portion will be redeposited to your card within 6 to 10 business days."),
    ("en", "Please allow 24 to 72 hours for the miles to be redeposited."),
])
def test_a_refund_slower_than_the_commitment_is_no_overpromise(lint_with, lang, text):
    assert codes(lint_with(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "La somme sera recréditée sous 2 jours."),
    ("en", "Your money will be redeposited within 2 days."),
])
def test_a_refund_faster_than_the_commitment_exceeds_it(lint_with, lang, text):
    assert "BL302" in codes(lint_with(lang, text))


# -- the brand's own thing switched off for a day: a notice --------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "La commande en ligne est coupée ce soir pour notre fête d'été, mais elle sera "
           "rallumée demain."),
    ("en", "Online ordering is shut off tonight for our summer party, but it'll be turned "
           "back on tomorrow."),
    ("en", "It's switched off tonight for the store inventory, and it'll be back on "
           "tomorrow."),
])
def test_a_one_off_switch_on_a_named_day_is_a_notice(lint_with, lang, text):
    assert "BL304" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande est expédiée ce soir et livrée demain."),
    ("en", "Your order is shipped tonight and delivered tomorrow."),
])
def test_a_delivery_on_a_named_day_still_fires(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text))


# -- seconds are reported as seconds -----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Chaque appel reçoit une réponse d'un conseiller en 30 secondes."),
    ("en", "Every call is answered by an advisor in 30 seconds."),
])
def test_a_delay_in_seconds_is_reported_in_seconds(lint_with, lang, text):
    found = [d for d in lint_with(lang, text) if d.code == "BL304"]
    assert found and "30 s" in found[0].message and "0 min" not in found[0].message


@pytest.mark.parametrize("lang,text", [
    ("fr", "Appelez-nous quand vous voulez, la plupart des appels étant décrochés par un "
           "conseiller en 30 secondes."),
    ("en", "Ring us whenever you like, with most calls picked up by an adviser within 30 "
           "seconds."),
])
def test_what_holds_for_most_calls_is_an_estimate(lint_with, lang, text):
    assert "BL304" not in codes(lint_with(lang, text))


def test_durations_under_a_minute_keep_their_seconds():
    assert describe_hours(30 / 3600, "en") == "30 s"
    assert describe_hours(90 / 3600, "fr") == "1 min 30 s"
    assert describe_hours(0.25, "fr") == "15 min"
