"""What round 12 (heldout17) and the real copy of the same genres taught the overpromise
analysis: a duration that says how far a place is (« une équipe à 10 minutes de chez
vous », "10 minutes from your home") or how long a right stays good (« valable 12 mois »,
"valid 12 months") is no delay. Each concept fires in its true form and stays silent in
its near miss, in French and English, on the real models."""

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
  social: {tones: [joy]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 3d}
  refund:   {within: 14d}
  response: {within: 48h}
  availability: {hours: "8-20", days: "mon-sun"}
  installation: {within: 15d, terms: [installation, raccordement]}
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
  social: {tones: [joy]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 3d}
  refund:   {within: 14d}
  response: {within: 48h}
  availability: {hours: "8-20", days: "mon-sun"}
  installation: {within: 15d, terms: [installation, connection]}
""",
}

PROMISE = {"BL302", "BL304"}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "vellane", "email")


def firm(diagnostics) -> set[str]:
    return {d.code for d in diagnostics if d.severity >= 2}


# -- a duration that says how far a place is ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Vellane, ce n'est pas un hôtel de chaîne : c'est une maison qui tient, et une "
           "équipe à 10 minutes de chez vous."),
    ("fr", "Notre navette vous attend à 5 min à pied de la gare."),
    ("en", "Vellane is no chain hotel: it's a house that lasts, and a team 10 minutes from "
           "your home."),
    ("en", "Our shuttle waits for you 5 minutes' walk from the station."),
])
def test_a_distance_in_minutes_is_no_delay(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "social")) & PROMISE, text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre installation est faite en 10 minutes, à deux pas de chez vous."),
    ("fr", "Votre installation est faite sous 48 h, par une équipe à 5 minutes de chez vous."),
    ("en", "Your installation is done in 10 minutes from your home."),
    ("en", "Installation within 48 hours, by a team 5 minutes from your home."),
])
def test_near_miss_a_delay_counted_from_an_event_still_fires(lint_with, lang, text):
    assert firm(lint_with(lang, text, "web")) & PROMISE, text


# -- how long a right stays good ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Bons cadeaux\n\nBons cadeaux de 50 à 500 €, valables 12 mois, envoyés "
           "par e-mail ou dans une carte imprimée."),
    ("en", "Subject: Gift vouchers\n\nGift vouchers from £50 to £500, valid 12 months, "
           "delivered by email or in a printed card."),
    ("en", "Gift vouchers, valid for 6 months, delivered by email."),
])
def test_how_long_a_right_stays_good_is_no_delay(lint_with, lang, text):
    assert not firm(lint_with(lang, text)) & PROMISE, text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bons cadeaux valables 12 mois, livrés en 2 heures par coursier."),
    ("en", "Gift vouchers valid 12 months, delivered in 2 hours by courier."),
])
def test_near_miss_a_delivery_delay_beside_the_validity_still_fires(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text)), text


def absolute(diagnostics) -> bool:
    return any(d.code == "BL301" and d.severity >= 2 for d in diagnostics)


# -- what a house keeps from its beginnings -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Créée en 2009 par six grimpeurs lyonnais, la maison Vellane est toujours gérée "
           "par ses fondateurs."),
    ("fr", "Cette maison de maître de 1874 a toujours son parquet d'origine et sa glycine "
           "centenaire."),
    ("en", "Built in 1874, the Vellane manor has always kept its original parquet floors."),
    ("en", "Founded in 2009, Vellane is still run by its founders."),
])
def test_what_a_house_keeps_from_its_beginnings_is_its_story(lint_with, lang, text):
    assert not absolute(lint_with(lang, text, "web")), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Créée en 2009, la maison Vellane répond toujours à ses clients en 5 minutes."),
    ("fr", "Nos chambres ont toujours une vue parfaite sur le jardin."),
    ("en", "Our rooms always have a perfect view of the garden."),
    ("en", "Vellane always answers its guests within 5 minutes."),
])
def test_near_miss_an_always_on_a_performance_still_fires(lint_with, lang, text):
    assert absolute(lint_with(lang, text, "web")), text


# -- an order after a fronted adverbial; « jamais plus de » is a limit ----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Hammam ouvert de 9 h à 20 h.\nPar précaution, ne restez jamais plus de 15 "
           "minutes d'affilée et hydratez-vous."),
    ("fr", "Pour votre sécurité, ne laissez jamais vos enfants seuls au bord du bassin."),
    ("en", "As a precaution, never stay in the hammam for more than 15 minutes."),
    ("en", "For your safety, never leave children alone by the pool."),
])
def test_a_safety_order_after_a_fronted_phrase_is_advice(lint_with, lang, text):
    assert not absolute(lint_with(lang, text, "web")), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Par tous les temps, notre hammam n'est jamais fermé."),
    ("fr", "Avec nos soins, ne tombez plus jamais malade."),
    ("en", "In any weather, our hammam is never closed."),
    ("en", "With our treatments, never fall ill again."),
])
def test_near_miss_a_claim_after_a_fronted_phrase_still_fires(lint_with, lang, text):
    assert absolute(lint_with(lang, text, "web")), text


# -- the brand's people assigned to the reader refrain from a practice ----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre conseiller ne vous demandera jamais votre mot de passe par téléphone."),
    ("en", "Your account is now protected by two-step sign-in, and your local team will "
           "never ask for your password by phone."),
])
def test_your_adviser_never_asking_for_a_password_is_conduct(lint_with, lang, text):
    assert not absolute(lint_with(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre conseiller ne vous fera jamais attendre."),
    ("en", "Your local team will never miss a repair slot."),
])
def test_near_miss_your_adviser_promising_an_outcome_still_fires(lint_with, lang, text):
    assert absolute(lint_with(lang, text)), text


# -- another party's announcement, whatever the tagger makes of its verb ------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre colis est en route 🚚 Le transporteur annonce une livraison demain : "
           "suivez-le sur son site."),
    ("en", "Your parcel is on its way. The carrier expects delivery tomorrow: track it on "
           "their site."),
])
def test_the_carriers_announced_delivery_is_not_the_brands_promise(lint_with, lang, text):
    assert not firm(lint_with(lang, text)) & PROMISE, text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre colis est en route 🚚 Nous vous annonçons une livraison demain."),
    ("en", "Your parcel is on its way. We promise delivery tomorrow."),
])
def test_near_miss_the_brand_announcing_the_delivery_still_fires(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text)), text


# -- a named moment that times the reader's own act -----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre quiz choisit votre chambre pour vous. Réservez ce soir, c'est réglé."),
    ("en", "Our quiz picks your room for you. Book tonight, done."),
])
def test_the_moment_the_reader_orders_is_no_delay(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "social")) & PROMISE, text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Commandez maintenant : votre coffret est livré ce soir."),
    ("fr", "Commandez ce soir, livré demain."),
    ("en", "Order now and your gift box is delivered tonight."),
    ("en", "Order tonight, delivered tomorrow."),
])
def test_near_miss_the_arrival_named_after_the_order_still_fires(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text, "social")), text


# -- a lifetime measured: whose it is, or how long ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Order Lifetime\nThis is how long a client has to complete the whole order."),
    ("en", "Please see our certificate lifetime documentation for the current status."),
    ("en", "The router's battery lifetime is about 5 years."),
    ("fr", "La batterie du routeur a une durée de vie d'environ 5 ans."),
])
def test_a_lifetime_measured_is_no_promise(lint_with, lang, text):
    assert not absolute(lint_with(lang, text, "web")), text


@pytest.mark.parametrize("lang,text", [
    ("en", "Every mattress comes with a lifetime warranty."),
    ("en", "Lifetime performance, with no drop in comfort."),
    ("fr", "Chaque matelas est garanti à vie."),
])
def test_near_miss_a_lifetime_promised_still_fires(lint_with, lang, text):
    assert absolute(lint_with(lang, text, "web")), text
