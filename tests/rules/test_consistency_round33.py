"""Campaign facts, round 33 (from round 27's blind campaigns: a car rental's loyalty card, a
cheese shop's Christmas platters, an ice-cream maker's party cakes, a nursery's orchard
offer), on the real models, FR and EN:

- a price per unit after « dès » / "from" (« dès 13 € par personne ») is where prices
  start, not a basket the purchase must reach — unless the unit is the purchase itself
  (« dès 50 € par commande »);
- a least duration of what is bought said in other words (« dès 2 jours de location », «
  48 h et plus », "48 hours or more") is the least-quantity condition, and it binds the
  figure of its own clause (« -10 % dès 2 jours de location et 15 € offerts… » conditions
  the 10 %, not the 15 €);
- money off said as what the reader gains on each purchase (« vous fait gagner 10 % sur
  chaque location ») is a discount;
- a gift said to welcome (« boule de bienvenue », "welcome credit") is for newcomers: the
  first-order condition; « une seule par carte » is the once-per-card condition;
- an order's lead time or usage advice in a sentence with no figure (« Passez commande au
  moins 5 jours avant votre fête », « Plantez dès réception, hors période de gel ») are the
  product's terms, no condition of the offer;
- "buy three, get the cheapest of the four free" gives an item free."""

from __future__ import annotations

from brandlint.campaign.facts import PRODUCT_TERMS
from brandlint.rules.consistency._compare import condition_types
from brandlint.rules.consistency.examples import campaign_csv


def facts_of(reports, message_id: str, kind: str) -> set[tuple[str, str]]:
    return {(f.key, f.value) for f in message(reports, message_id).facts if f.kind == kind}


def message(reports, message_id: str):
    for report in reports:
        for m in report.messages:
            if m.id == message_id:
                return m
    raise AssertionError(message_id)


def test_a_unit_price_after_from_is_no_threshold(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Plateaux de fêtes dès 13 € par personne, et -10 % avec le code CAVE.",
        "-10 % sur le site dès 50 € par commande.")))
    assert ("min_basket", "13 EUR") not in facts_of(reports, "m1", "price")
    assert ("min_basket", "50 EUR") in facts_of(reports, "m2", "price")
    _, reports = campaign_run(campaign_csv("en", (
        "Party platters from €13 per guest, and 10% off with code CAVE.",
        "10% off online when you spend over €50 per order.")), "en")
    assert ("min_basket", "13 EUR") not in facts_of(reports, "m1", "price")
    assert ("min_basket", "50 EUR") in facts_of(reports, "m2", "price")


def test_a_least_duration_in_other_words_binds_its_own_clause(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Carte gratuite : -10 % dès 2 jours de location et 15 € offerts sur la 1re "
        "location avec le code BIENV.",
        "10 % de remise sur toutes vos locations de 48 h et plus.",
        "-10 % sur vos locations, livraison en 2 jours.")))
    conditions = [f for f in message(reports, "m1").facts if f.kind == "condition"
                  and f.key == "minimum_quantity"]
    assert conditions and conditions[0].claims == ("10%",)
    assert "minimum_quantity" in condition_types(message(reports, "m2"))
    assert "minimum_quantity" not in condition_types(message(reports, "m3"))
    _, reports = campaign_run(campaign_csv("en", (
        "10% off all rentals of 48 hours or more.",
        "10% off your rentals, delivered in 48 hours.")), "en")
    assert "minimum_quantity" in condition_types(message(reports, "m1"))
    assert "minimum_quantity" not in condition_types(message(reports, "m2"))


def test_money_gained_on_each_purchase_is_a_discount(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "La carte est gratuite et vous fait gagner 10 % sur chaque location.",
        "Un pull 100 % laine sur chaque présentoir.")))
    assert ("discount_pct", "10%") in facts_of(reports, "m1", "price")
    assert facts_of(reports, "m2", "price") == set()


def test_a_welcome_gift_is_for_newcomers_and_once_per_card(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Une boule de bienvenue (une seule par carte) pour toute inscription.",
        "Bienvenue chez Nivalou : une boule achetée, un tampon.")))
    assert {"first_order", "once"} <= condition_types(message(reports, "m1"))
    assert not {"first_order", "once"} & condition_types(message(reports, "m2"))
    _, reports = campaign_run(campaign_csv("en", (
        "Join by Saturday to get your €15 welcome credit, one per card.",
        "Welcome to Nivalou: one stamp for every scoop.")), "en")
    assert {"first_order", "once"} <= condition_types(message(reports, "m1"))
    assert not {"first_order", "once"} & condition_types(message(reports, "m2"))


def test_a_lead_time_or_usage_advice_is_the_products_terms(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-10 % avec le code FETES27.\nPassez commande au moins 5 jours avant votre fête.",
        "-10 % pour toute commande passée au moins 5 jours avant votre fête.",
        "3 arbres achetés, le 4e offert.\nPlantez dès réception, hors période de gel.",
        "-20 % sur les arbustes, hors nouveautés.")))
    assert "advance" not in condition_types(message(reports, "m1"))
    assert "advance" in condition_types(message(reports, "m2"))
    assert any(f.kind == "condition" and f.claims == (PRODUCT_TERMS,)
               for f in message(reports, "m3").facts)
    assert "exclusions" in condition_types(message(reports, "m4"))


def test_an_item_got_free_is_a_gift(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "Buy three fruit trees, get the cheapest of the four free.",
        "Get in touch for a free quote on hedges and trees at any time of the year")), "en")
    assert ("gift", "free") in facts_of(reports, "m1", "gift")


def test_the_full_price_a_saving_counts_from_is_no_exclusion(campaign_run):
    # (round 12's cinema gift box: the English footnote explains the former price)
    _, reports = campaign_run(campaign_csv("en", (
        "5 tickets for €42 instead of €52.50*\n\n*That is 5 tickets at the full price of "
        "€10.50.",
        "20% off all tea. Gift boxes stay at their usual price.")), "en")
    assert "exclusions" not in condition_types(message(reports, "m1"))
    assert "exclusions" in condition_types(message(reports, "m2"))
