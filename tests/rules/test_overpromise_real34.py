"""Overpromise on real copy, round 34 (issue 7: BL3 read by a blind judge; texts are
ours).

- a word of the brand's people said with the reader's possessive ("your team", « votre
  équipe ») is the reader's own people, and a means of contact with an indefinite
  article and no one of the brand in its sentence ("a chat can be started beside the
  map") one exchange the product allows: neither is a service open at all hours (BL304);
- a passive of one of the reader's acts under a modal of obligation ("invoices must be
  uploaded within 30 days") is a requirement on the reader, not a service time (BL304);
- "leading" said of a group a count measures ("a large number of leading makers") or of
  partners ("through partnerships with the leading insurers") ranks others (BL303);
- "some of the most followed" claims less than "the most followed", as "one of" does:
  reported one level lower (BL303).

Each near miss — the brand's people, the brand's chat, the brand's act, the brand
ranked, the plain superlative — still fires."""

from __future__ import annotations

import pytest

from tests.rules.test_overpromise_real31a import PROFILES  # the same two profiles


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalune34", "web")


def found(diagnostics, code):
    return [d.severity.name for d in diagnostics if d.code == code]


# -- the reader's people and one exchange the product allows are no opening hours -------
@pytest.mark.parametrize("lang,text", [
    ("en", "With the Pedalune app, your team stays connected any time."),
    ("fr", "Avec l'appli Pédalune, votre équipe reste connectée à tout moment."),
    ("en", "At any time, a chat can be started beside the route map, or a video call can "
           "be held."),
    ("fr", "À tout moment, un chat peut être lancé à côté de la carte, ou un appel vidéo "
           "peut démarrer."),
])
def test_the_readers_people_or_one_exchange_are_no_opening_hours(lint, lang, text):
    assert found(lint(lang, text), "BL304") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "With the Pedalune app, our team stays online any time."),
    ("fr", "Avec l'appli Pédalune, notre équipe reste connectée à tout moment."),
    ("en", "At any time, a chat with our mechanics can be started beside the route map."),
    ("fr", "À tout moment, un chat avec nos mécaniciens peut être lancé à côté de la carte."),
])
def test_the_brands_people_or_its_chat_stay_opening_hours(lint, lang, text):
    assert found(lint(lang, text), "BL304") == ["WARNING"]


# -- what the reader must do by a date is no service time -----------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Repair invoices must be uploaded within 30 days of the ride."),
    ("fr", "Les factures de réparation doivent être envoyées sous 30 jours."),
])
def test_a_requirement_on_the_reader_is_no_service_time(lint, lang, text):
    assert found(lint(lang, text), "BL304") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Repair invoices will be uploaded within 30 days of the ride."),
    ("en", "Repair invoices must be sent by our team within 30 days."),
    ("fr", "Les factures de réparation vous seront envoyées sous 30 jours."),
])
def test_the_brands_act_on_the_same_words_stays_a_service_time(lint, lang, text):
    assert found(lint(lang, text), "BL304") == ["WARNING"]


# -- "leading" others: a group counted, partners -------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Pedalune was born in Lyon, home to a large number of leading cargo bike makers."),
    ("fr", "Pédalune est née à Lyon, ville qui compte un grand nombre d'entreprises leaders "
           "du vélo cargo."),
    ("en", "We rent our bikes through partnerships with the leading insurers in France."),
    ("fr", "Nous louons nos vélos grâce à des partenariats avec les meilleurs assureurs de "
           "France."),
])
def test_others_counted_or_partnered_are_not_the_brand_ranked(lint, lang, text):
    assert found(lint(lang, text), "BL303") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Pedalune is the leading cargo bike rental in France."),
    ("fr", "Pédalune est le leader de la location de vélos cargo en France."),
    ("fr", "Nous louons nos vélos avec les meilleurs assureurs de France."),
])
def test_the_brand_ranked_stays_a_superlative(lint, lang, text):
    assert found(lint(lang, text), "BL303") == ["WARNING"]


# -- "some of the most" claims less --------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Ride along with some of the most followed cyclists in France."),
    ("fr", "Nous louons certains des vélos cargo les plus fiables du marché."),
])
def test_some_of_the_most_is_reported_lower(lint, lang, text):
    assert found(lint(lang, text), "BL303") == ["INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Ride along with the most followed cyclists in France."),
    ("fr", "Nous louons les vélos cargo les plus fiables du marché."),
])
def test_the_most_stays_a_warning(lint, lang, text):
    assert found(lint(lang, text), "BL303") == ["WARNING"]
