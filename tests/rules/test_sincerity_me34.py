"""Read from the read half of sincerity-blind32 (a newspaper's subscriber desk, an
interpreting firm): what the count of a step starts from is no service of the brand's
(« sous 5 jours après votre réponse »); a thing's course that should have begun is an
expected event, no duty of the customer's ("it should have started on the 1st"). The
texts and the profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Carillon
language: fr
central_idea:
  statement: "La musique de chambre jouée près de chez vous."
  lexicon: [concert, musique, quatuor, salle]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 14d}
  response: {within: 24h}
  recording_delivery: {within: 5d, terms: [enregistrement, fichiers audio]}
  pass_suspension: {within: 3d, terms: [suspension]}
""",
    "en": """
brand: Carillon
language: en
central_idea:
  statement: "Chamber music played near you."
  lexicon: [concert, music, quartet, hall]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 10d}
  response: {within: 24h}
  recording_delivery: {within: 5d, terms: [recording, audio files]}
  pass_suspension: {within: 3d, terms: [suspension]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "carillon34", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


# -- the event a step's delay is counted from ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour ce délai. Les partitions annotées partent ce matin ; les pistes des "
           "solistes suivront sous 4 jours après votre réponse."),
    ("en", "Sorry for the wait. The annotated scores go out this morning; the soloists' "
           "tracks will follow within 4 days after your reply."),
])
def test_the_readers_answer_a_delay_counts_from_is_no_reply_of_the_brand(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pardon pour ce délai. Nous vous répondrons sous 4 jours."),
    ("en", "Sorry for the wait. We will reply to you within 4 days."),
    ("fr", "Pardon pour ce délai. L'enregistrement vous sera envoyé sous 9 jours après votre "
           "réponse."),
])
def test_near_miss_the_brands_own_reply_or_step_slower_than_committed(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


# -- a thing's course that should have begun ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Je suis vraiment navrée. Je vois votre demande de pause : elle aurait dû commencer "
           "le 3. Je vous rembourse les concerts aujourd'hui."),
    ("en", "I'm really sorry. I can see your pause request, and it should have begun on the "
           "3rd. I'm refunding the concerts today."),
])
def test_a_things_course_that_should_have_begun_blames_no_one(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous auriez dû commencer la démarche plus tôt. Je vous rembourse aujourd'hui."),
    ("en", "You should have started the request earlier. I'm refunding you today."),
    ("en", "You should have started earlier. I'm refunding you today."),
])
def test_near_miss_the_customer_who_should_have_begun_is_blamed(lint, lang, text):
    assert "BL401" in codes(lint(lang, text, "phone_script"))
