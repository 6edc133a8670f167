"""What the real copy of round 13 taught the overpromise analysis (issue 7), as concepts:
a superlative ranked among its possessor's own things ("the team's favourite") or by
importance ("ISRG's most critical asset"); an adverb or « n' » the small model roots over
the verb (« Jamais nous n'enregistrons… »); needs and rare chances said with an absolute
("we can always use help", « on a toujours besoin de bras », "the opportunity of a
lifetime"); *leading* as a position before a figure ("a leading zero byte"); a claim said
under what the brand knows ("To our knowledge…"); time given to another party to act
("allow 2 hours for the seller to respond"); an absolute in a relative clause of the past
("as those we have always offered"). Each concept stays silent in its true form and fires
in its near miss, in French and English, on the real models (where the French form never
fired, its silent case guards it)."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Vellane
language: fr
central_idea:
  statement: "Un hôtel où l'on prend le temps de ralentir."
  lexicon: [ralentir, temps, calme]
channels:
  email: {tones: [reassurance]}
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 3d}
  response: {within: 48h}
""",
    "en": """
brand: Vellane
language: en
central_idea:
  statement: "A hotel where you take the time to slow down."
  lexicon: [slow, time, calm]
channels:
  email: {tones: [reassurance]}
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 3d}
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "vellane13", "web")


def firm(diagnostics, codes) -> set[str]:
    """The codes among `codes` reported at warning or above."""
    return {d.code for d in diagnostics if d.severity >= 2 and d.code in codes}


def hinted(diagnostics, code) -> bool:
    return any(d.code == code and d.severity < 2 for d in diagnostics)


# -- a superlative ranked among its possessor's own, or by importance -------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "This blend is still the team's favourite roast for a slow Sunday."),
    ("en", "The trust of our guests is the foundation's most critical asset."),
    ("en", "The trust of our users is ISRG’s most critical asset. Transparency matters."),
    ("en", "We help secure the Internet’s most critical pieces of technology."),
    ("en", "Downloading the whole archive is the most significant demand on our disks."),
    ("fr", "Le parc ouvre ses plus belles allées à nos hôtes."),
    ("fr", "Nous traitons d'abord les demandes les plus urgentes de nos hôtes."),
])
def test_a_superlative_of_an_owners_own_or_of_importance_is_no_market_claim(
        lint_with, lang, text):
    assert not firm(lint_with(lang, text), {"BL303"}), text


@pytest.mark.parametrize("lang,text", [
    ("en", "Vellane is the UK's most relaxing hotel."),
    ("en", "Vellane is the valley's most relaxing hotel."),
    ("en", "Lyon's best spa hotel, no contest."),
    ("en", "Tours' number one spa — ask anyone in the queue."),
    ("en", "Vellane is the most important spa hotel in the world."),
    ("fr", "Vellane est l'hôtel le plus reposant de France."),
    ("fr", "Vellane est le meilleur hôtel de sa vallée."),
    ("fr", "Vellane, l'hôtel le plus important de France."),
])
def test_a_place_or_the_market_ranked_is_still_a_market_claim(lint_with, lang, text):
    assert firm(lint_with(lang, text), {"BL303"}), text


# -- a fronted adverb or « n' » is no predicate -------------------------------------------
def test_a_fronted_never_keeps_the_verb_as_predicate(analyse):
    a = analyse("Jamais nous n’enregistrons, ne suivons ni ne partageons vos données.", "fr",
                "web")
    frame = a.frame(a.doc[0])
    assert a.doc[frame.predicate].lower_ == "enregistrons"
    assert frame.holder == "brand" and frame.topic == "policy"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Jamais nos chambres ne tombent en panne de chauffage."),
    ("en", "Never will our rooms run out of heating."),
])
def test_an_outcome_fronted_by_never_is_still_a_claim(lint_with, lang, text):
    assert firm(lint_with(lang, text), {"BL301"}), text


# -- a need, a rare chance --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We can always use help answering questions at the guests' forum."),
    ("en", "There's a growing guest community that's always in need of more volunteers."),
    ("fr", "Nous avons toujours besoin de bénévoles pour accueillir nos hôtes."),
    ("fr", "On a toujours besoin de bras pour accueillir nos hôtes."),
    ("en", "A stay at Vellane is the opportunity of a lifetime."),
])
def test_a_need_or_a_rare_chance_is_no_absolute_claim(lint_with, lang, text):
    assert not firm(lint_with(lang, text), {"BL301"}), text


@pytest.mark.parametrize("lang,text", [
    ("en", "We always answer every question on the guests' forum."),
    ("en", "Our mattresses come with a lifetime guarantee."),
    ("en", "Every stay is the trip of a lifetime, guaranteed."),
    ("fr", "Nos hôtes sont toujours accueillis par un bénévole, sans exception."),
])
def test_the_same_absolutes_on_a_service_still_fire(lint_with, lang, text):
    assert firm(lint_with(lang, text), {"BL301"}), text


# -- "leading" before a figure ---------------------------------------------------------------
def test_leading_before_a_figure_is_a_position(lint_with):
    text = ("This includes a leading zero byte to ensure that the serial number is read "
            "as a positive integer, as necessitated by the leading 1 bit.")
    assert not firm(lint_with("en", text), {"BL303"}), text


@pytest.mark.parametrize("lang,text", [
    ("en", "Vellane is the leading spa hotel of the valley."),
    ("fr", "Vellane, leader européen du séjour au calme."),
])
def test_leading_a_market_still_fires(lint_with, lang, text):
    assert firm(lint_with(lang, text), {"BL303"}), text


# -- a claim under what the brand knows ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "To our knowledge, Vellane is the only hotel in the valley without a single "
           "television."),
    ("fr", "À notre connaissance, Vellane est le seul hôtel de la vallée avec un étage "
           "silencieux."),
])
def test_a_claim_under_the_brands_knowledge_is_lowered(lint_with, lang, text):
    found = lint_with(lang, text)
    assert not firm(found, {"BL303"}) and hinted(found, "BL303"), text


@pytest.mark.parametrize("lang,text", [
    ("en", "Vellane is the only hotel in the valley without a single television."),
    ("fr", "Vellane est le seul hôtel de la vallée avec un étage silencieux."),
])
def test_the_same_claim_unhedged_fires(lint_with, lang, text):
    assert firm(lint_with(lang, text), {"BL303"}), text


# -- time given to another party to act ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Please allow 2 hours for the seller to respond, Allen."),
    ("en", "The seller has 2 hours to respond to your message."),
    ("fr", "Le vendeur dispose de 2 heures pour vous répondre."),
    ("fr", "Merci de laisser 2 heures au vendeur pour vous répondre."),
])
def test_time_given_to_another_party_binds_no_service(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "after_sales"), {"BL302", "BL304"}), text


@pytest.mark.parametrize("lang,text", [
    ("en", "Please allow 2 hours for our team to respond."),
    ("en", "Our team has 2 hours to respond to your message."),
    ("fr", "Notre équipe vous répond sous 2 heures."),
    ("en", "Ben, our events florist, will give you a ring within the hour to talk numbers."),
])
def test_time_the_brand_gives_itself_is_still_its_service(lint_with, lang, text):
    assert firm(lint_with(lang, text, "after_sales"), {"BL302", "BL304"}), text


# -- an absolute in a relative clause of the past: the brand's record ------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Rooms booked under the classic plan will look exactly the same as those that we "
           "have always offered."),
    ("fr", "Les chambres du forfait classique seront identiques à celles que nous avons "
           "toujours proposées."),
])
def test_an_absolute_in_a_past_relative_clause_is_a_record(lint_with, lang, text):
    assert not firm(lint_with(lang, text), {"BL301"}), text


@pytest.mark.parametrize("lang,text", [
    ("en", "Rooms booked under the classic plan will always look exactly the same."),
    ("fr", "Nos chambres seront toujours impeccables, sans exception."),
])
def test_an_absolute_on_what_is_to_come_still_fires(lint_with, lang, text):
    assert firm(lint_with(lang, text), {"BL301"}), text


# -- what the brand intends, or says of most, hedges ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry, Kira. Our intention is to always get you to your destination on "
           "time."),
    ("fr", "Notre intention est de toujours vous amener à destination à l'heure."),
    ("fr", "La grande majorité de nos hôtes trouveront toujours une chambre calme."),
    ("en", "The vast majority of our guests will always find a quiet room."),
])
def test_an_intention_or_a_majority_hedges_the_absolute(lint_with, lang, text):
    assert not firm(lint_with(lang, text), {"BL301"}), text


@pytest.mark.parametrize("lang,text", [
    ("en", "We always get you to your destination on time."),
    ("fr", "Nous vous amenons toujours à destination à l'heure."),
])
def test_the_same_absolute_said_outright_fires(lint_with, lang, text):
    assert firm(lint_with(lang, text), {"BL301"}), text


# -- a price the brand sets, forever ---------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Booking a quiet room at Vellane is free, now and forever."),
    ("fr", "Réserver une chambre calme chez Vellane est gratuit, pour toujours."),
])
def test_free_forever_is_a_price_policy(lint_with, lang, text):
    assert not firm(lint_with(lang, text), {"BL301"}), text


def test_forever_on_what_the_rooms_do_still_fires(lint_with):
    text = "Our rooms stay quiet, now and forever."
    assert firm(lint_with("en", text), {"BL301"}), text
