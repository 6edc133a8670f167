"""Round 37 (blind heldout37, read half): what a clause times and who it is about.

- A participle a future verb has done ("we'll have your claim completed and sent today")
  shares that verb's future: a same-day deadline on it is a promise.
- A place or a team opening its doors (« l'atelier ouvre aussi le lundi dès 8 h », "the
  workshop opens on Mondays too, from 8am") and a service given without booking (« sans
  rendez-vous », "walk-in") say when the service receives the reader: availability held to
  the profile's hours and days. A working day said every week (« aussi le lundi », "on
  Mondays") is a day named, like Saturdays and Sundays.
- A courtesy that waves a worry away (« Pas de souci, … », "No problem, …") negates
  nothing of the clause after it.
- An act done "on the spot" at an occasion the draft has just timed (a home visit within
  5 days) comes when the occasion comes: its delay is the occasion's.
- Under a question heading about the world in the third person ("## Why do tyres go
  flat?"), a sentence that neither speaks as the brand nor addresses the reader explains
  how things go: no absolute claim.
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Roue Libre
language: fr
central_idea:
  statement: "Faire rouler chacun en toute confiance."
  lexicon: [rouler, roue, confiance, route]
  related: [pneu, selle, chambre à air, trajet]
channels:
  email: {tones: [reassurance], idea: false}
  store: {tones: [joy], idea: false}
  web: {tones: [reassurance], idea: false}
  phone_script: {tones: [solution], service: true, idea: false}
promises:
  response: {within: 48h}
  availability: {hours: "9-19", days: "tue-sat"}
  home_visit: {within: 5d, terms: [visite à domicile, visites à domicile]}
  adjustment: {within: 5d, terms: [réglage, réglages, régler]}
  claim_file: {within: 48h, terms: [dossier de remboursement, dossiers de remboursement]}
""",
    "en": """
brand: Roue Libre
language: en
central_idea:
  statement: "Get everyone riding with confidence."
  lexicon: [ride, wheel, confidence, road]
  related: [tyre, saddle, inner tube, journey]
channels:
  email: {tones: [reassurance], idea: false}
  store: {tones: [joy], idea: false}
  web: {tones: [reassurance], idea: false}
  phone_script: {tones: [solution], service: true, idea: false}
promises:
  response: {within: 48h}
  availability: {hours: "9-19", days: "tue-sat"}
  home_visit: {within: 5d, terms: [home visit, home visits]}
  adjustment: {within: 5d, terms: [adjustment, adjustments, adjust]}
  claim_file: {within: 48h, terms: [claim form, claim forms]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "rouelibre", "email")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour vos justificatifs. Votre dossier de remboursement sera complété et "
           "envoyé à votre assurance aujourd'hui."),
    ("en", "Thanks for the receipts. We'll have your claim form completed and sent to your "
           "insurer today."),
])
def test_a_same_day_deadline_on_a_participle_done_in_the_future_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour vos justificatifs. Votre dossier de remboursement a été complété et "
           "envoyé à votre assurance aujourd'hui."),
    ("en", "Thanks for the receipts. We had your claim form completed and sent to your "
           "insurer today."),
])
def test_the_same_act_reported_done_today_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Pas de souci, l'atelier ouvre aussi le lundi dès 8 h, passez quand "
           "vous voulez."),
    ("en", "Agent: No problem, the workshop opens on Mondays too, from 8 am, so drop by "
           "whenever suits you."),
])
def test_opening_on_a_day_and_hour_beyond_the_profile_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Pas de souci, l'atelier ouvre dès 9 h, passez quand vous voulez."),
    ("en", "Agent: No problem, the workshop opens from 9 am, so drop by whenever suits "
           "you."),
])
def test_opening_within_the_profiles_hours_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "phone_script")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Réglage de selle offert\nSans rendez-vous du mardi au samedi, de 8 h à 20 h."),
    ("en", "Free saddle check\nWalk-in Tuesday to Saturday, 8 am to 8 pm."),
])
def test_walk_in_hours_beyond_the_profile_fire(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "store"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Réglage de selle offert\nSans rendez-vous du mardi au samedi, de 9 h à 19 h."),
    ("en", "Free saddle check\nWalk-in Tuesday to Saturday, 9 am to 7 pm."),
])
def test_walk_in_hours_within_the_profile_do_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "store")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un technicien viendra pour une visite à domicile sous 5 jours.\n\n"
           "Il apportera ses outils et pourra régler votre selle pendant que vous attendez."),
    ("en", "A technician will come for a home visit within 5 days.\n\n"
           "He'll bring his tools and can adjust your saddle on the spot."),
])
def test_an_act_on_the_spot_at_a_timed_visit_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Passez à l'atelier : nous pourrons régler votre selle pendant que vous "
           "attendez."),
    ("en", "Drop in at the workshop: we can adjust your saddle on the spot."),
])
def test_an_act_on_the_spot_with_no_occasion_timed_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "# Comprendre les crevaisons\n\n## Pourquoi les pneus se dégonflent-ils ?\n"
           "Un pneu perd toujours un peu d'air : la chambre à air n'est jamais parfaitement "
           "étanche."),
    ("en", "# Understanding flat tyres\n\n## Why do tyres go soft?\n"
           "A tyre always loses a little air: the inner tube is never perfectly airtight."),
])
def test_an_answer_to_a_question_about_the_world_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "# Nos pneus\n\n## Nos pneus se dégonflent-ils ?\n"
           "Un pneu Roue Libre ne perd jamais d'air, même sur les pavés."),
    ("en", "# Our tyres\n\n## Do our tyres go soft?\n"
           "A Roue Libre tyre never loses air, even on cobbles."),
])
def test_an_answer_about_the_brands_offer_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text, "web"))
