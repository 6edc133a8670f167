"""Overpromise on real copy, round 34 (issue 7: BL3 read by a blind judge; texts are
ours).

- a word of people said with the reader's possessive that the product lets act ("lets
  your team talk", « permet à votre équipe d'échanger ») is its users, and a means of
  contact with an indefinite article and no one of the brand in its sentence ("a chat
  can be started beside the map") one exchange the product allows: neither is a service
  open at all hours (BL304);
- a passive of one of the reader's acts under a modal of obligation ("invoices must be
  uploaded within 30 days") is a requirement on the reader, not a service time (BL304);
- "leading" said of a group a count measures ("a large number of leading makers") or of
  partners ("through partnerships with the leading insurers") ranks others (BL303);
- the creators a platform recommends ("the most recommended creators") are people ranked
  by their work, like its contributors (BL303);
- "the best way to get started", « la meilleure façon de démarrer » advise the reader's
  first step, as "the best way to reach us" does: no ranking (BL303);
- things ranked with the brand's name as the scope of their noun ("the best short rides
  on Pedalune") are ranked within its own range, as in a catalogue; said as a predicate
  ("the best cargo bikes are on Pedalune") the brand holds the best: a claim (BL303).

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
    ("en", "Pedalune Chat lets your team talk any time, from any device."),
    ("fr", "Pédalune Talk permet à votre équipe d'échanger à tout moment, depuis n'importe "
           "quel appareil."),
    ("en", "At any time, a chat can be started beside the route map, or a video call can "
           "be held."),
    ("fr", "À tout moment, un chat peut être lancé à côté de la carte, ou un appel vidéo "
           "peut démarrer."),
])
def test_the_readers_people_or_one_exchange_are_no_opening_hours(lint, lang, text):
    assert found(lint(lang, text), "BL304") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Pedalune Chat lets our team talk with you any time, from any device."),
    ("fr", "Pédalune Talk permet à notre équipe de vous répondre à tout moment."),
    ("en", "With the Pedalune app, your team stays connected any time."),  # not enabled
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


# -- the creators a platform recommends are people ranked ---------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Live interviews with the most recommended creators on Pedalune TV."),
    ("fr", "Des interviews en direct avec les créateurs les plus recommandés de Pédalune TV."),
])
def test_creators_ranked_are_not_the_brand(lint, lang, text):
    assert found(lint(lang, text), "BL303") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Pedalune TV is the most recommended channel for cargo riders."),
    ("fr", "Pédalune TV est la chaîne la plus recommandée du marché."),
])
def test_the_brands_channel_ranked_stays_a_superlative(lint, lang, text):
    assert found(lint(lang, text), "BL303") == ["WARNING"]


# -- the first step advised to the reader ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "And running your own Pedalune server is the best way to get started!"),
    ("fr", "Faire tourner votre serveur Pédalune, c'est la meilleure façon de démarrer !"),
])
def test_the_best_way_to_begin_is_advice(lint, lang, text):
    assert found(lint(lang, text), "BL303") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "And running your own Pedalune server is the best way to keep your ride logs "
           "private!"),
    ("fr", "Faire tourner votre serveur Pédalune, c'est la meilleure façon de garder vos "
           "trajets privés !"),
])
def test_the_best_way_to_a_result_stays_a_superlative(lint, lang, text):
    assert found(lint(lang, text), "BL303") == ["WARNING"]


# -- things ranked within the brand's own range ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Here are examples of rides you could compare:\n\nYour history if you have an "
           "account\n\nThe Pedalune picks of the last 30 days\n\nThe best short rides on "
           "Pedalune"),
    ("fr", "Voici des exemples de trajets à comparer :\n\nVotre historique si vous avez un "
           "compte\n\nLes trajets les plus appréciés sur Pédalune"),
])
def test_things_ranked_in_the_brands_own_range_are_no_market_claim(lint, lang, text):
    assert found(lint(lang, text), "BL303") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The best cargo bikes are on Pedalune."),
    ("en", "Pedalune has the best short rides in France."),
    ("fr", "Les meilleurs vélos cargo de France sont sur Pédalune."),
    ("fr", "Pédalune propose les trajets les plus appréciés de France."),
])
def test_the_brand_said_to_hold_the_best_stays_a_superlative(lint, lang, text):
    assert found(lint(lang, text), "BL303") == ["WARNING"]
