"""What round 14 (heldout19) taught the reading of a promise: who a pronoun opening a
sentence refers to (the growers of the sentence before, not the brand), a subject cut
by « et » / "and", a bracketed turn under any name, a duration (« pendant », "for") that
is no deadline, the self-service means nobody staffs (a forum, a help centre), the
departure of what travels, a phrase beside the promise that denies something else ("no
questions asked"), a delay on a verb that shares its subject with the verb before it,
"within the next hour". Each concept fires in its true form and stays silent in its near
miss, in French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Caveline
language: fr
central_idea:
  statement: "Des vins de vignerons rencontrés, racontés à votre table."
  lexicon: [vigneron, vin, rencontre, domaine, terroir, table]
channels:
  web: {tones: [storytelling, reassurance]}
  card: {tones: [storytelling]}
  support: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 5d}
  refund: {within: 14d}
  response: {within: 48h}
  availability: {hours: "9-18", days: "mon-fri"}
  bottle_replacement: {within: 10d, terms: [bouteille de remplacement, bouteille remplacée]}
  security_fix: {within: 14d, terms: [faille corrigée, vulnérabilité corrigée]}
""",
    "en": """
brand: Caveline
language: en
central_idea:
  statement: "Wines from growers we have met, told at your table."
  lexicon: [grower, wine, meet, estate, terroir, table]
channels:
  web: {tones: [storytelling, reassurance]}
  card: {tones: [storytelling]}
  support: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 5d}
  refund: {within: 14d}
  response: {within: 48h}
  availability: {hours: "9-18", days: "mon-fri"}
  bottle_replacement: {within: 10d, terms: [replacement bottle, bottle replaced]}
  account_deletion: {within: 30d, terms: [account deletion, data erased]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "caveline", "web")


def overpromises(diagnostics):
    return [d for d in diagnostics if d.code in ("BL301", "BL302", "BL304")]


def promised(diagnostics):
    return [d for d in diagnostics if d.code == "BL302"]


# -- who "they" are: the subject of the sentence before, a coordinated subject -----------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Marc et Sylvie Peyraud ont repris en 2009 les six hectares du grand-père de "
           "Marc, à Rully. Ils vendangent toujours à la main, chaque rang, chaque année."),
    ("en", "Anna and Tom Hale took over the farm in 2009, near Beaune. They always pick by "
           "hand, every row, every year."),
])
def test_a_pronoun_after_the_growers_story_is_the_growers(lint_with, lang, text):
    assert not overpromises(lint_with(lang, text, "card"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos sommeliers sont formés à Beaune. Ils vous répondent toujours dans l'heure."),
    ("en", "Our couriers are trained in-house. They always deliver within the hour."),
])
def test_near_miss_a_pronoun_after_the_brands_staff_is_the_brands(lint_with, lang, text):
    assert promised(lint_with(lang, text, "card"))


# -- a bracketed turn under any name is the other party's ---------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "[Sociétaire : Vous m'aviez promis un remboursement sous trois jours !]\n"
           "Conseillère : Je comprends votre agacement. Notre délai de remboursement est de "
           "14 jours au plus ; le vôtre a été lancé ce matin."),
    ("en", "[Subscriber: You promised me a refund within three days!]\n"
           "Adviser: I understand. Our refund time is 14 days at most; yours started this "
           "morning."),
])
def test_a_bracketed_turn_under_any_name_is_not_the_brands(lint_with, lang, text):
    assert not promised(lint_with(lang, text, "support"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Sociétaire : C'est long, tout ça.]\nConseillère : Je comprends. Votre "
           "remboursement sera fait sous trois jours."),
    ("en", "[Subscriber: This is taking ages.]\nAdviser: I understand. Your refund will be "
           "made within three days."),
])
def test_near_miss_the_agents_turn_after_it_still_promises(lint_with, lang, text):
    assert promised(lint_with(lang, text, "support"))


# -- how long, not how soon; what nobody staffs -------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "L'API garde les réponses en cache pendant 60 secondes."),
    ("en", "The API caches responses for 60 seconds."),
    ("fr", "L'équipe répond du lundi au vendredi, de 9 h à 18 h. Le forum reste ouvert "
           "24 h/24 : la communauté y répond aussi le week-end."),
    ("en", "Our team answers Monday to Friday, 9 to 6. The help centre is open 24/7."),
])
def test_a_duration_or_a_self_service_place_is_no_service_promise(lint_with, lang, text):
    assert not promised(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre équipe vous répond en 60 minutes."),
    ("en", "Our team answers within 60 minutes."),
    ("fr", "Notre équipe reste joignable 24 h/24 : écrivez-nous quand vous voulez."),
    ("en", "Our support team is there for you 24/7."),
])
def test_near_miss_the_staffed_service_still_promises(lint_with, lang, text):
    assert promised(lint_with(lang, text))


def test_sixty_minutes_read_as_one_hour(lint_with):
    message = promised(lint_with("en", "Our team answers within 60 minutes."))[0].message
    assert "in 1 h;" in message


# -- the departure of what travels ---------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Une bouteille de remplacement part cette semaine et vous arrivera sous 10 jours "
           "au plus tard."),
    ("en", "A replacement bottle leaves us this week and reaches you within 10 days."),
])
def test_the_replacement_leaving_is_not_its_arrival(lint_with, lang, text):
    assert not promised(lint_with(lang, text, "support"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une bouteille de remplacement vous arrivera sous 3 jours."),
    ("en", "A replacement bottle reaches you within 3 days."),
    ("fr", "Notre réponse part sous 2 heures."),  # a reply arrives as it leaves
])
def test_near_miss_the_arrival_or_a_reply_still_promises(lint_with, lang, text):
    assert promised(lint_with(lang, text, "support"))


# -- a phrase beside the promise denies something else ------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We will refund you within 24 hours, no questions asked."),
    ("en", "If one arrives damaged, we'll replace it within 24 hours, no questions asked."),
])
def test_no_questions_asked_leaves_the_promise_standing(lint_with, lang, text):
    assert promised(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "I can't promise we will refund you within 24 hours."),
    ("en", "No refund is ever made within 24 hours."),
    ("fr", "Aucun remboursement n'est fait sous 24 heures."),
])
def test_near_miss_a_denied_promise_stays_silent(lint_with, lang, text):
    assert not promised(lint_with(lang, text))


# -- the subject shared by coordinated verbs; the next hour -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "À compter de cette version, toute vulnérabilité signalée est corrigée et publiée "
           "sous 48 heures, quelle que soit sa gravité."),
    ("en", "Your account and all associated data will be erased within the next hour."),
])
def test_the_declared_service_is_found_through_the_shared_subject(lint_with, lang, text):
    assert promised(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toute vulnérabilité signalée est analysée et publiée sous 20 jours."),
    ("en", "Your account and all associated data will be erased within 30 days."),
])
def test_near_miss_at_or_slower_than_the_commitment(lint_with, lang, text):
    assert not promised(lint_with(lang, text))
