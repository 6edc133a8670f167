"""What round 15 (heldout20) taught the reading of availability and of a coordinated
delay: the days named every week (« aussi le week-end », « le samedi », "at weekends",
"on Saturdays") are compared with the profile's days; other people's hours (a user
community) are not the brand's; a *never* in the clause after is not the brand refraining
from something ("our helpline answers 24/7, so you're never left waiting"); a predicate
coordinated with a future one shares its *will* ("it will be repaired and ready by 5pm
today"). Each concept fires in its true form and stays silent in its near miss, in French
and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Lumane
language: fr
central_idea:
  statement: "Des appareils réparés près de chez vous, pour qu'ils durent."
  lexicon: [réparer, durer, atelier, technicien, expliquer]
channels:
  web: {tones: [reassurance, solution]}
  sms: {tones: [speed], idea: false}
promises:
  repair: {within: 48h}
  response: {within: 24h}
  availability: {hours: "9-18", days: "mon-fri"}
""",
    "en": """
brand: Lumane
language: en
central_idea:
  statement: "Devices repaired near you, so they last."
  lexicon: [repair, last, workshop, technician, explain]
channels:
  web: {tones: [reassurance, solution]}
  sms: {tones: [speed], idea: false}
promises:
  repair: {within: 48h}
  response: {within: 24h}
  availability: {hours: "9-18", days: "mon-fri"}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lumane", "web")


def with_promise(line: dict) -> dict:
    """The profiles with one more promise, per language, after the repair line."""
    return {k: v.replace("  repair: {within: 48h}", "  repair: {within: 48h}\n" + line[k])
            for k, v in PROFILES.items()}


DELIVERY = {"fr": "  delivery: {within: 5d}", "en": "  delivery: {within: 5d}"}


def promised(diagnostics):
    return [d for d in diagnostics if d.code == "BL302"]


# -- the days named every week ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Une question ? Notre équipe vous répond aussi le week-end."),
    ("fr", "Notre service client est joignable le samedi."),
    ("en", "Questions? Our team answers at weekends too."),
    ("en", "Our help desk is open on Saturdays."),
])
def test_a_weekly_day_off_the_profile_is_promised(lint_with, lang, text):
    found = promised(lint_with(lang, text))
    assert found and ("availability" in found[0].message
                      or "disponibilité" in found[0].message)


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'atelier est ouvert le samedi 8 mai pour la fête du quartier."),  # one date
    ("fr", "Le forum reste ouvert : la communauté y répond aussi le week-end."),  # others
    ("en", "Our workshop is open on Saturday for the street fair."),  # this Saturday
    ("en", "The forum is open: the community answers there at weekends too."),  # others
])
def test_one_date_or_other_peoples_hours_are_no_weekly_promise(lint_with, lang, text):
    assert not promised(lint_with(lang, text))


def test_a_weekly_day_inside_the_profile_is_kept(lint_profile_texts):
    profiles = {lang: text.replace('days: "mon-fri"', 'days: "mon-sat"')
                for lang, text in PROFILES.items()}
    lint = lint_profile_texts(profiles, "lumane", "web")
    assert not promised(lint("fr", "Notre service client est joignable le samedi."))
    assert not promised(lint("en", "Our help desk is open on Saturdays."))


# -- a never in the clause after is not the brand refraining -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "And there's more: our helpline now answers 24/7, so you're never left without "
           "an answer."),
    ("fr", "Et ce n'est pas tout : notre ligne répond désormais 24h/24, pour que vous ne "
           "restiez jamais sans réponse."),
])
def test_round_the_clock_before_a_never_is_availability(lint_with, lang, text):
    assert promised(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our technicians never sell your data."),
    ("fr", "Nos techniciens ne vendent jamais vos données."),
])
def test_refraining_from_an_act_is_still_a_policy(lint_with, lang, text):
    assert not [d for d in lint_with(lang, text) if d.code.startswith("BL30")]


# -- a predicate coordinated with a future one -------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Quote approved. Your laptop will be repaired and ready by 5pm today."),
    ("fr", "Devis accepté. Votre ordinateur sera réparé et prêt ce soir."),
])
def test_a_delay_on_the_second_of_two_future_predicates_is_promised(lint_with, lang, text):
    assert promised(lint_with(lang, text, "sms"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your laptop was repaired and ready by 5pm today, as you asked."),  # a report
    ("fr", "Votre ordinateur a été réparé et il était prêt ce soir-là."),
])
def test_a_past_pair_of_predicates_is_no_promise(lint_with, lang, text):
    assert not promised(lint_with(lang, text, "sms"))


# -- sending a piece of information is no delivery ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous envoyons votre colis sous 24 h."),
    ("en", "Your parcel ships within 24 hours."),
])
def test_goods_sent_faster_than_the_commitment_are_promised(lint_profile_texts, lang, text):
    profiles = with_promise(DELIVERY)
    assert promised(lint_profile_texts(profiles, "lumane", "web")(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Je vous envoie tout de suite la référence REM-5520 par SMS, pour suivre votre "
           "dossier."),
    ("fr", "Je vous envoie dès aujourd'hui par mail une attestation pour votre employeur."),
    ("en", "I'll send you the tracking link by email right away."),
])
def test_information_sent_by_message_is_no_delivery(lint_profile_texts, lang, text):
    profiles = with_promise(DELIVERY)
    found = lint_profile_texts(profiles, "lumane", "web")(lang, text)
    assert not [d for d in found if d.code in ("BL302", "BL304")
                and d.severity.name in ("WARNING", "ERROR")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre devis détaillé vous sera envoyé par e-mail dans 30 minutes."),
    ("en", "Your detailed quote will be sent by email within 30 minutes."),
])
def test_a_declared_deliverable_sent_by_message_keeps_its_service(lint_profile_texts, lang,
                                                                  text):
    quote = {"fr": "  quote: {within: 24h, terms: [devis, devis détaillé]}",
             "en": "  quote: {within: 24h, terms: [quote, detailed quote]}"}
    profiles = with_promise(quote)
    assert promised(lint_profile_texts(profiles, "lumane", "web")(lang, text))
