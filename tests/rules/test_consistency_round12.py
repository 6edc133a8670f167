"""Campaign consistency (BL6xx), the twelfth pass, after the eleventh blind campaign set
(corpora/campaigns-blind11: a sporting-goods retailer, an organic grocery chain, a
travel agency). Its false alarms and its miss were readings of a campaign the analysis
lacked:

- figures: a threshold named as such ("minimum spend €60", « minimum d'achat : 60 € »)
  in a sentence of its own, a footnote's; a figure glued to its currency (« 60EUR ») is
  money, no promo code;
- conditions: a least length of what is bought (« abonnement d'au moins 4 semaines »,
  « 4 sem. min. », "at least 4 weeks"); a cost the price leaves out ("airport taxes
  (€89) not included") is no item the offer leaves out; the club a message speaks to,
  named at the head of a line as an SMS names its sender (« Club Cabrioles : … »);
- dates: a least quantity ("for 3 days or more") is what is bought, not how long the
  offer lasts, nor a delay; numeric dates keep the order the message shows
  ("01/06–30/09/2027" is June to September); « dernière minute » / "last minute"
  names a kind of offer, not the last of something on a day.

Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# -- figures ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, named, bare, value", [
    ("fr", "-30 % sur le textile running*\n*Minimum d'achat : 60 € de textile running.",
     "-30 % sur le textile running*\n*Collants dès 60 €.", "60 EUR"),
    ("en", "30% off running apparel*\n*Minimum spend €60 on running apparel.",
     "30% off running apparel*\n*Running tights from €60.", "60 EUR"),
])
def test_a_threshold_named_as_such_is_a_minimum_basket_in_its_own_sentence(
        campaign_run, lang, named, bare, value):
    _, reports = campaign_run(campaign_csv(lang, (named, bare)), lang)
    assert ("min_basket", value) in facts_of(reports, "m1", "price")
    # « dès 60 € » alone, in a sentence without money off, is still a price
    assert ("min_basket", value) not in facts_of(reports, "m2", "price")
    assert ("price", value) in facts_of(reports, "m2", "price")


def test_a_variant_naming_the_minimum_spend_says_the_originals_threshold(campaign_run):
    _, reports = campaign_run(variant_pair(
        "fr", "BLACK FRIDAY • -30 % sur le textile running* • Jusqu'au 30/11\n"
              "*Dès 60 € d'achat de textile running.",
        "BLACK FRIDAY • 30% off running apparel* • Until 30/11\n"
        "*Minimum spend €60 on running apparel."))
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(
        "fr", "BLACK FRIDAY • -30 % sur le textile running* • Jusqu'au 30/11\n"
              "*Dès 60 € d'achat de textile running.",
        "BLACK FRIDAY • 30% off running apparel* • Until 30/11\n"
        "*Minimum spend €70 on running apparel."))
    assert findings(reports) != []


@pytest.mark.parametrize("lang, glued, code", [
    ("fr", "Club : -30% textile running des 60EUR d'achat avec CLUB30, jusqu'au 30/11.",
     "Club : -30% textile running avec le code 60NOEL, jusqu'au 30/11."),
    ("en", "Club: 30% off running apparel over 60EUR with CLUB30, until 30/11.",
     "Club: 30% off running apparel with code 60NOEL, until 30/11."),
])
def test_a_figure_glued_to_its_currency_is_money_not_a_code(campaign_run, lang, glued,
                                                             code):
    _, reports = campaign_run(campaign_csv(lang, (glued, code)), lang)
    assert facts_of(reports, "m1", "code") == {("code", "CLUB30")}
    # a code that starts with a figure and names no currency is still a code
    assert ("code", "60NOEL") in facts_of(reports, "m2", "code")


# -- conditions ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, holder, short, bare, advance", [
    ("fr", "Votre premier panier à 9,90 € avec le code PANIER1. Offre réservée aux "
           "abonnements d'au moins 4 semaines.",
     "1er panier à 9,90 € (abonnement 4 sem. min.), code PANIER1.",
     "Votre premier panier est à 9,90 € avec le code PANIER1, jusqu'au 31 octobre.",
     "Votre premier panier à 9,90 € avec le code PANIER1, à réserver au moins 7 jours "
     "avant."),
    ("en", "Your first box at £9.90 with code BOX1. Subscriptions of at least 4 weeks "
           "only.",
     "1st box at £9.90 (4 wks min.), code BOX1.",
     "Your first box is £9.90 with code BOX1, until 31 October.",
     "Your first box at £9.90 with code BOX1, booked at least 7 days before."),
])
def test_a_least_length_of_what_is_bought_is_a_condition(campaign_run, lang, holder,
                                                         short, bare, advance):
    _, reports = campaign_run(campaign_csv(lang, (holder, short, holder, bare)), lang)
    for message in ("m1", "m2"):
        assert ("minimum_quantity", "minimum_quantity") in facts_of(
            reports, message, "condition")
    assert findings(reports) == [("BL605", "m4")]
    # how long before is no least quantity (booking ahead is its own condition)
    _, reports = campaign_run(campaign_csv(lang, (advance,)), lang)
    assert ("minimum_quantity", "minimum_quantity") not in facts_of(
        reports, "m1", "condition")


@pytest.mark.parametrize("lang, cost, items", [
    ("fr", "7 nuits dès 1190 €/adulte, enfant gratuit*\n*Taxes aériennes (89 €) non "
           "comprises.",
     "7 nuits dès 1190 €/adulte, enfant gratuit*\n*Excursions non comprises."),
    ("en", "7 nights from €1,190/adult, kids go free*\n*Airport taxes (€89) not included.",
     "7 nights from €1,190/adult, kids go free*\n*Excursions not included."),
    # the cost named after the word that leaves it out
    ("fr", "-20 % sur les vélos*\n*Prix hors TVA.", "-20 % sur les vélos*\n*Hors accessoires."),
    ("en", "20% off bikes*\n*Prices excluding VAT.", "20% off bikes*\n*Excluding accessories."),
])
def test_a_cost_the_price_leaves_out_is_no_exclusion(campaign_run, lang, cost, items):
    _, reports = campaign_run(campaign_csv(lang, (cost, items)), lang)
    assert ("exclusions", "exclusions") not in facts_of(reports, "m1", "condition")
    # items the offer leaves out still are
    assert ("exclusions", "exclusions") in facts_of(reports, "m2", "condition")


def test_taxes_left_out_in_each_language_are_the_same_offer(campaign_run):
    _, reports = campaign_run(variant_pair(
        "fr", "CYCLADES | 7 nuits dès 1190 €/adulte | Enfant gratuit* | Jusqu'au 30/04\n"
              "*2-11 ans, hors taxes aériennes (89 €).",
        "CYCLADES | 7 nights from €1,190/adult | Kids go free* | Until 30/04\n"
        "*Ages 2–11, airport taxes (€89) not included."))
    assert findings(reports) == []


@pytest.mark.parametrize("lang, club, sender, holder", [
    ("fr", "Club Cabrioles : votre accès anticipé est ouvert ! -30 % avec CLUB30.",
     "Cabrioles : votre Black Friday est ouvert ! -30 % avec CLUB30.",
     "Membres du Club : -30 % avec votre code CLUB30."),
    ("en", "Cabrioles Club: your early access is open! 30% off with CLUB30.",
     "Cabrioles: your Black Friday is open! 30% off with CLUB30.",
     "Club members only: 30% off with your code CLUB30."),
])
def test_the_club_named_at_the_head_of_a_message_speaks_to_its_members(
        campaign_run, lang, club, sender, holder):
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, club)), lang)
    assert ("members", "members") in facts_of(reports, "m3", "condition")
    assert findings(reports) == []
    # the brand named as the sender speaks to everyone: the members' condition is missing
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, sender)), lang)
    assert ("members", "members") not in facts_of(reports, "m3", "condition")
    assert findings(reports) == [("BL605", "m3")]


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, least, lasting", [
    ("fr", "-20 % sur la location du pack skis + chaussures pendant 3 jours ou plus.",
     "-20 % sur la location du pack skis + chaussures pendant 3 jours."),
    ("en", "20% off the skis + boots package for 3 days or more.",
     "20% off the skis + boots package for 3 days."),
])
def test_a_least_quantity_is_no_duration_of_the_offer(campaign_run, lang, least,
                                                      lasting):
    _, reports = campaign_run(campaign_csv(lang, (least, lasting),
                                           send_dates=("2026-11-20", "2026-11-20")), lang)
    assert facts_of(reports, "m1", "date") == set()
    assert facts_of(reports, "m1", "promise") == set()
    assert ("minimum_quantity", "minimum_quantity") in facts_of(reports, "m1", "condition")
    # a count of days alone is how long the offer lasts
    assert ("end", "2026-11-22") in facts_of(reports, "m2", "date")


@pytest.mark.parametrize("text, start, end", [
    # 30/09 can only be day first: 01/06 is the 1st of June
    ("*Stays of 7 nights or more, departures 01/06–30/09/2027.", "2027-06-01",
     "2027-09-30"),
    # 09/30 can only be month first: 06/01 is the 1st of June too
    ("*Stays of 7 nights or more, departures 06/01–09/30/2027.", "2027-06-01",
     "2027-09-30"),
])
def test_numeric_dates_keep_the_order_the_message_shows(campaign_run, text, start, end):
    _, reports = campaign_run(campaign_csv("en", (text,), send_dates=("2027-01-04",)),
                              "en")
    dates = facts_of(reports, "m1", "date")
    assert ("start", start) in dates and ("end", end) in dates


def test_a_numeric_date_nothing_orders_is_read_nearest_the_send_date(campaign_run):
    # no date of the message can be read one way only: the nearest reading, as before
    _, reports = campaign_run(campaign_csv("en", ("12% off, book until 01/06.",),
                                           send_dates=("2027-01-04",)), "en")
    assert ("end", "2027-01-06") in facts_of(reports, "m1", "date")
    # French copy writes the day first, whatever else it shows
    _, reports = campaign_run(campaign_csv("fr", ("-12 %, réservez jusqu'au 01/06.",),
                                           send_dates=("2027-01-04",)))
    assert ("end", "2027-06-01") in facts_of(reports, "m1", "date")


@pytest.mark.parametrize("lang, kind, chance", [
    ("fr", "Dernière minute : la Toussaint au soleil dès 499 €.",
     "Dernière chance : la Toussaint au soleil dès 499 €, jusqu'à dimanche."),
    ("en", "Last minute: Easter in the sun from €499.",
     "Last chance: Easter in the sun from €499, until Sunday."),
])
def test_last_minute_names_a_kind_of_offer_not_an_end(campaign_run, lang, kind, chance):
    _, reports = campaign_run(campaign_csv(lang, (kind, chance),
                                           send_dates=("2026-10-05", "2026-10-05")), lang)
    assert not any(key == "end" for key, _ in facts_of(reports, "m1", "date"))
    assert ("end", "2026-10-11") in facts_of(reports, "m2", "date")
