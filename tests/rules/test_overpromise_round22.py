"""What heldout24's remaining misses taught the delay reading (round 22).

- A time that ends on a cap ("in 20 minutes flat", « en 15 minutes chrono ») or counts
  from the reader's step (« 2 heures plus tard ») is a deadline on the brand's act, not
  how long a journey or a workshop lasts.
- The reader collecting, or having back, what the brand worked on after a time
  (« récupérez-le 2 heures plus tard », "back in your hands in 15 minutes") is when the
  brand's work is done: a firm delay on an act the profile may not declare.
- A time before an event it counts from (« 10 minutes après la course », "10 minutes
  after the match") is a delay, not a bare number.
- Subjects coordinated under one arrival (« votre certificat et le premier pot arrivent
  chez vous d'ici 5 jours ») each hold the delay, with their own commitment.
- A deadline named by the day (« d'ici mercredi », "by Saturday") counts from the day the
  draft says it is (« nous sommes lundi », "it's Monday today"); « prête vendredi », "ready
  Friday" is a week at most.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Cordelle
language: fr
central_idea:
  statement: "Des vélos qui roulent longtemps, réparés près de chez vous."
  lexicon: [vélo, réparer, atelier, roue, rouler]
channels:
  store: {tones: [joy]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  repair: {within: 5d}
  response: {within: 24h}
""",
    "en": """
brand: Cordelle
language: en
central_idea:
  statement: "Bikes that keep rolling, repaired close to home."
  lexicon: [bike, repair, workshop, wheel, ride]
channels:
  store: {tones: [joy]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  repair: {within: 5d}
  response: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "cordelle", "store")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


def warnings(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name.lower() in ("warning", "error")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Our mechanics adjust your brakes in 30 minutes flat."),
    ("fr", "Nos mécaniciens dévoilent et retendent vos roues en 30 minutes chrono."),
])
def test_a_capped_time_on_the_brands_act_is_a_deadline(lint_with, lang, text):
    assert "BL304" in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "The ride from our workshop to the lake takes 30 minutes flat."),
    ("fr", "Le parcours à vélo jusqu'au lac se fait en 30 minutes."),
])
def test_without_a_cap_the_time_is_no_deadline(lint_with, lang, text):
    assert "BL304" not in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Gonflage et réglage des freins : laissez votre vélo en arrivant, récupérez-le "
           "une heure plus tard, prêt à rouler."),
    ("en", "Leave us your saddle and we will re-stitch it while you have a coffee: back in "
           "your hands in 40 minutes."),
])
def test_the_readers_collection_after_a_time_is_the_brands_deadline(lint_with, lang, text):
    assert "BL304" in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Gonflage et réglage des freins : laissez votre vélo en arrivant, récupérez-le "
           "quand vous voulez."),
    ("en", "Leave us your saddle and we will re-stitch it while you have a coffee: back in "
           "your hands before you know it."),
])
def test_the_readers_collection_without_a_time_says_no_delay(lint_with, lang, text):
    assert "BL304" not in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre photo d'arrivée est envoyée sur votre téléphone 5 minutes après la course."),
    ("en", "Your finish photo is sent to your phone 5 minutes after the race."),
])
def test_a_time_before_the_event_it_counts_from_is_a_delay(lint_with, lang, text):
    assert "BL304" in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "La course commence 5 minutes après le briefing."),
    ("en", "The race starts 5 minutes after the briefing."),
])
def test_an_event_timed_after_another_is_no_service_delay(lint_with, lang, text):
    assert not codes(lint_with(lang, text))


# -- a deadline named by the day ----------------------------------------------------------
WHEEL_PROFILES = {
    lang: PROFILES[lang].replace("channels:", "channels:\n  phone_script: {tones: [solution], "
                                 "service: true}").replace(
        "  response: {within: 24h}",
        "  response: {within: 24h}\n  wheel_build: {within: 10d, terms: [" + terms + "]}")
    for lang, terms in (("fr", "paire de roues, roues sur mesure"),
                        ("en", "wheelset, custom wheels"))
}


@pytest.fixture(scope="module")
def lint_wheels(lint_profile_texts):
    return lint_profile_texts(WHEEL_PROFILES, "cordelleroues", "phone_script")


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: It's Monday today, so your bike will be repaired by Wednesday."),
    ("fr", "Agent : Nous sommes lundi, votre vélo sera réparé d'ici mercredi."),
    ("fr", "Client : Mercredi, c'est dans deux jours, c'est jouable ?\n"
           "Agent : Oui, votre vélo sera réparé d'ici mercredi."),
])
def test_a_weekday_deadline_counts_from_the_day_the_draft_names(lint_wheels, lang, text):
    assert "BL302" in codes(lint_wheels(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Your bike will be repaired by Wednesday."),
    ("fr", "Agent : Votre vélo sera réparé d'ici mercredi."),
    ("en", "Agent: It's Monday today, so your bike will be repaired by next Wednesday."),
])
def test_a_weekday_deadline_without_today_is_a_week_at_most(lint_wheels, lang, text):
    assert "BL302" not in codes(lint_wheels(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Your custom wheels will be ready Friday."),
    ("fr", "Agent : Votre paire de roues sera prête vendredi."),
])
def test_ready_on_a_weekday_is_within_a_week(lint_wheels, lang, text):
    assert "BL302" in codes(lint_wheels(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Your custom wheels will be ready Friday 12 June."),
    ("fr", "Agent : Votre paire de roues sera prête vendredi 12 juin."),
])
def test_ready_on_a_dated_day_is_no_weekday_deadline(lint_wheels, lang, text):
    assert "BL302" not in codes(lint_wheels(lang, text))


# -- subjects coordinated under one arrival -----------------------------------------------
KIT_PROFILES = {
    lang: PROFILES[lang].replace(
        "  response: {within: 24h}",
        "  response: {within: 24h}\n  delivery: {within: 4d}\n"
        "  membership: {within: 10d, terms: [" + terms + "]}")
    for lang, terms in (("fr", "carte de membre, kit de membre"),
                        ("en", "membership card, member kit"))
}


@pytest.fixture(scope="module")
def lint_kits(lint_profile_texts):
    return lint_profile_texts(KIT_PROFILES, "cordellekit", "store")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bienvenue au club ! Votre carte de membre et votre gourde arrivent chez vous "
           "d'ici 6 jours."),
    ("en", "Welcome to the club! Your membership card and your bottle arrive at your door "
           "within 6 days."),
])
def test_each_coordinated_subject_holds_the_arrival_delay(lint_kits, lang, text):
    assert "BL302" in codes(lint_kits(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bienvenue au club ! Votre carte de membre et votre gourde arrivent chez vous "
           "d'ici 12 jours."),
    ("fr", "Bienvenue au club ! Votre carte de membre part par courrier et votre gourde "
           "arrive chez vous d'ici 6 jours."),
    ("en", "Welcome to the club! Your membership card and your bottle arrive at your door "
           "within 12 days."),
])
def test_a_coordinated_subject_within_its_commitment_is_fine(lint_kits, lang, text):
    assert "BL302" not in codes(lint_kits(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les bourgeons éclosent 3 jours après la pluie : votre gourde arrive chez vous "
           "ensuite."),
    ("en", "The buds open 3 days after the rain: your bottle then arrives at your door."),
])
def test_a_time_after_an_event_holds_for_its_own_clause_only(lint_kits, lang, text):
    assert "BL302" not in codes(lint_kits(lang, text))

