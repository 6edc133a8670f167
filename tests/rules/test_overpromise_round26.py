"""What heldout26's first run taught the promise and claim readings (round 26).

- A line of its own describes nothing above it: the parse hangs a headline on the title
  or offer line before it as an apposition ("SUMMER OFFER\\nThe lowest prices…"), which
  made the superlative someone else's or the clause the world's.
- A superlative's place scope: a part of a country by its bearing ("in the north of
  England") and a landscape ("on the whole coast", « de toute la rivière ») are places;
  an -ing form right after the superlative is the thing ranked ("the best baking in…").
  A place's genitive ranks a market with "lowest" and "highest" too ("Yorkshire's
  lowest-priced loaf").
- A bare plural after *with* is the means a clause uses ("a clean with plant-based
  products that are 100% safe"), not a kind of thing in general.
- A delay said of a share of a group ("most orders arrive within a day") is an estimate,
  not the service's commitment: hedged.
- A participle describing the item of a declared service (« votre gâteau personnalisé
  livré en 2 jours ») times that service, not the built-in its verb names.
- A bound before the figure of a delay (« en moins d'une heure », "in less than an hour")
  keeps it a delay, not a booked slot.
- The vehicles a service sends (« notre navette », "our van") act for the service.
- A time slot texted to the reader is information sent, no service.
- A time word in the genitive ("tonight's bread") says whose thing, not when.
- Hours right under a heading that names them ("## Opening hours") are the place's
  opening hours.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Fournée
language: fr
central_idea:
  statement: "Le bon pain de tous les jours, cuit à l'aube."
  lexicon: [pain, four, levain, farine, boulanger]
channels:
  web: {tones: [joy]}
  shop: {tones: [deal], idea: false}
  sms: {tones: [speed], idea: false}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 2d}
  response: {within: 48h}
  repair: {within: 24h}
  availability: {hours: "8-18", days: "mon-fri"}
  custom_cake: {within: 5d, terms: [gâteau personnalisé, gâteaux personnalisés]}
  order_confirmation: {within: 24h, terms: [commande est confirmée, commande confirmée]}
""",
    "en": """
brand: Fournée
language: en
central_idea:
  statement: "Good everyday bread, baked at dawn."
  lexicon: [bread, oven, sourdough, flour, baker]
channels:
  web: {tones: [joy]}
  shop: {tones: [deal], idea: false}
  sms: {tones: [speed], idea: false}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 2d}
  response: {within: 48h}
  repair: {within: 24h}
  availability: {hours: "8-18", days: "mon-fri"}
  custom_cake: {within: 5d, terms: [custom cake, custom cakes]}
  order_confirmation: {within: 24h, terms: [order is confirmed, confirmed order]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "fournee", "web")


def codes(diagnostics, prefix="BL3", min_warning=True):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and (not min_warning or d.severity.name != "INFO")]


# -- a headline under a title line -------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "SUMMER OFFER\nThe lowest prices on the whole coast!\n20% off every loaf"),
    ("fr", "OFFRE D'ÉTÉ\nLes prix les plus bas de toute la côte !\n20 % sur chaque pain"),
])
def test_a_market_superlative_under_a_title_fires(lint, lang, text):
    assert "BL303" in codes(lint(lang, text, "shop"))


@pytest.mark.parametrize("lang,text", [
    ("en", "SUMMER OFFER\nThe lowest shelf keeps the rye loaves for the children.\n"),
    ("fr", "OFFRE D'ÉTÉ\nNos clients les plus fidèles reçoivent une baguette offerte.\n"),
])
def test_a_superlative_ranking_something_else_under_a_title_does_not_fire(lint, lang, text):
    assert "BL303" not in codes(lint(lang, text, "shop"))


# -- a place scope ------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "The best baking in the north of England. Come and taste it."),
    ("fr", "La meilleure boulangerie du nord de la France. Venez goûter."),
])
def test_a_superlative_over_a_part_of_a_country_fires(lint, lang, text):
    assert "BL303" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "The best way to keep bread fresh is a linen bag."),
    ("fr", "La meilleure façon de garder le pain frais, c'est un sac en lin."),
])
def test_a_superlative_of_advice_does_not_fire(lint, lang, text):
    assert "BL303" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Free delivery this week\nYorkshire's lowest-priced sourdough, baked at dawn."),
    ("fr", "Livraison offerte cette semaine\nLe levain le moins cher du Yorkshire, cuit à "
           "l'aube."),
])
def test_a_places_lowest_price_fires(lint, lang, text):
    assert "BL303" in codes(lint(lang, text, "shop"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Set the oven's highest setting for the first ten minutes."),
    ("fr", "Réglez le four sur sa position la plus haute pendant dix minutes."),
])
def test_a_things_own_highest_setting_does_not_fire(lint, lang, text):
    assert "BL303" not in codes(lint(lang, text))


# -- the means a clause uses ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Your weekly oven clean, the same day each week, with plant-based products that "
           "are 100% safe for babies."),
    ("fr", "Le nettoyage de votre four chaque semaine, avec des produits végétaux qui sont "
           "sûrs à 100 % pour les bébés."),
])
def test_an_absolute_on_the_brands_means_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "A bake-at-home kit for customers who are always short of time."),
    ("fr", "Un kit à cuire chez soi pour les clients qui sont toujours pressés."),
])
def test_an_absolute_describing_other_people_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


# -- a share of a group -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We bake at dawn. Every order arrives within one day."),
    ("fr", "Nous cuisons à l'aube. Chaque commande arrive sous 24 h."),
])
def test_a_delay_for_every_order_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "We bake at dawn. Most orders arrive within one day; all within two."),
    ("fr", "Nous cuisons à l'aube. Certaines commandes arrivent sous 24 h ; toutes sous "
           "2 jours."),
])
def test_a_delay_for_a_share_of_the_orders_is_hedged(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text))


# -- the item a participle describes ----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "From £30. Your custom cake delivered in 2 days."),
    ("fr", "À partir de 30 €. Votre gâteau personnalisé livré en 2 jours."),
])
def test_a_declared_item_delivered_faster_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "shop"))


@pytest.mark.parametrize("lang,text", [
    ("en", "From £30. Your custom cake delivered in 6 days."),
    ("fr", "À partir de 30 €. Votre gâteau personnalisé livré en 6 jours."),
])
def test_a_declared_item_delivered_within_its_commitment_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "shop")) == []


# -- a bound before the figure ----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Order online: your order is confirmed in less than an hour, even at night."),
    ("fr", "Commandez en ligne : votre commande est confirmée en moins d'une heure."),
])
def test_a_bounded_delay_on_a_passive_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your order is confirmed for Tuesday 14 May at 10 am."),
    ("fr", "Votre commande est confirmée pour mardi 14 mai à 10 h."),
])
def test_a_confirmed_booking_with_its_slot_is_a_notice(lint, lang, text):
    assert codes(lint(lang, text)) == []


# -- the service's vehicles -------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Call the bakery from the station and our van picks you up within 30 minutes."),
    ("fr", "Appelez la boulangerie depuis la gare et notre navette vient vous chercher sous "
           "30 minutes."),
])
def test_the_brands_vehicle_on_a_deadline_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our van is painted blue and white, with a loaf on each door."),
    ("fr", "Notre navette est peinte en bleu et blanc, avec un pain sur chaque porte."),
])
def test_the_brands_vehicle_without_a_deadline_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


# -- information sent ------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I'm sorry about the burnt crust.\nAgent: I'll text you a time slot this "
           "afternoon."),
    ("fr", "Agent : Je suis désolé pour la croûte brûlée.\nAgent : Je vous envoie un "
           "créneau par SMS cet après-midi."),
])
def test_a_time_slot_sent_to_the_reader_is_no_service(lint, lang, text):
    assert "BL304" not in codes(lint(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I'm sorry about the oven door.\nAgent: We'll repair your oven door this "
           "afternoon."),
    ("fr", "Agent : Je suis désolé pour la porte du four.\nAgent : Nous réparons la porte "
           "de votre four cet après-midi."),
])
def test_a_repair_this_afternoon_still_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "phone_script"))


# -- a time word in the genitive ---------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Your bread delivered tonight, still warm."),
    ("fr", "Votre pain livré ce soir, encore tiède."),
])
def test_a_delivery_tonight_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


def test_tonights_bread_says_whose_bread(lint):
    assert codes(lint("en", "Order tonight's bread in the app and pick it up when you like.")) \
        == []


# -- hours under their heading ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "## Opening hours\nMonday to Friday, 7am–8pm.\n\n## Getting here\nBus 12."),
    ("fr", "## Horaires d'ouverture\nDu lundi au vendredi, 7 h–20 h.\n\n## Accès\nBus 12."),
])
def test_hours_under_an_opening_hours_heading_fire(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "## Opening hours\nMonday to Friday, 8am–6pm.\n\n## Getting here\nBus 12."),
    ("fr", "## Horaires d'ouverture\nDu lundi au vendredi, 8 h–18 h.\n\n## Accès\nBus 12."),
])
def test_hours_under_their_heading_within_the_commitment_do_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "## Our market stall\nSaturday, 7am–8pm, on the square."),
    ("fr", "## Notre stand au marché\nLe samedi, 7 h–20 h, sur la place."),
])
def test_hours_under_another_heading_are_not_read_as_opening_hours(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text))
