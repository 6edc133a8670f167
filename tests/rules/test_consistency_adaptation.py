"""Campaign consistency (BL6xx), the eighth pass, after the seventh blind campaign set
(corpora/campaigns-blind7): what a translation or an adaptation legitimately says in
its own words. The brand paying for an item is a gift however it is said (« la suivante
est pour nous », "the cheaper one's on us"); a free membership card or sign-up is the
price of the members' condition, not something the offer gives; delivery said by its
verb (« on vous le livre », "we deliver") makes a threshold a free-delivery threshold.
Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# -- the brand pays: a gift in the idiom of each language ----------------------------------


@pytest.mark.parametrize("lang, original, same, bare", [
    ("fr", "Le mardi, deux pizzas commandées : la moins chère est pour nous.",
     "On Tuesdays, order two pizzas and the cheaper one's on us.",
     "On Tuesdays, order two pizzas for the price you see."),
    ("en", "On Tuesdays, order two pizzas and the cheaper one's on us.",
     "Le mardi, deux pizzas commandées : la moins chère est pour nous.",
     "Le mardi, deux pizzas commandées au prix affiché."),
])
def test_the_brand_paying_is_a_gift_in_either_idiom(campaign_run, lang, original, same,
                                                    bare):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert ("gift", "free") in facts_of(reports, f"p-{lang}", "gift")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, bare), lang)
    assert [code for code, _ in findings(reports)] == ["BL606"]


def test_a_pronoun_before_the_clitic_is_read_as_before(campaign_run):
    # "it's free once you reach €80" stays a free item, not a new reading of "it's"
    _, reports = campaign_run(campaign_csv("en", (
        "Delivery is €4.90, and it's free once you reach €80.",)), "en")
    assert facts_of(reports, "m1", "gift") == {("gift", "free")}


# -- a free card is the price of the condition, not a gift ---------------------------------


@pytest.mark.parametrize("lang, original, same, gift", [
    ("fr", "-20 % sur les plants avec votre carte Verdelune (gratuite, disponible en "
           "caisse).",
     "20% off plants with your Verdelune card, available at the till.",
     "-20 % sur les plants avec votre carte Verdelune, et un sachet de graines offert."),
    ("en", "20% off plants with your Verdelune card (free, available at the till). "
           "Joining is free too: sign up free at the till.",
     "-20 % sur les plants avec votre carte Verdelune, disponible en caisse.",
     "20% off plants with your Verdelune card and a free seed packet."),
])
def test_a_free_membership_card_is_no_gift_of_the_offer(campaign_run, lang, original, same,
                                                       gift):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert facts_of(reports, f"p-{lang}", "gift") == set()
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (gift,)), lang)
    assert facts_of(reports, "m1", "gift") == {("gift", "free")}


# -- delivery said by its verb -------------------------------------------------------------


@pytest.mark.parametrize("lang, verb, other", [
    ("fr", "Pas de galerie de toit ? On livre gratuitement à partir de 60 € d'achat.",
     "Pas de galerie de toit ? Un porte-sapin gratuitement à partir de 60 € d'achat."),
    ("en", "No roof rack? We deliver free when you spend £60 or more.",
     "No roof rack? A free tree bag when you spend £60 or more."),
])
def test_delivery_said_by_its_verb_makes_a_free_delivery_threshold(campaign_run, lang, verb,
                                                                   other):
    _, reports = campaign_run(campaign_csv(lang, (verb, other)), lang)
    assert ("shipping_threshold", "60 " + ("EUR" if lang == "fr" else "GBP")) in \
        facts_of(reports, "m1", "price")
    assert not {k for k, _ in facts_of(reports, "m2", "price")} & {"shipping_threshold"}


@pytest.mark.parametrize("lang, original, variant", [
    ("fr", "Sapin Nordmann à 39,90 €. On livre gratuitement à partir de 60 € d'achat.",
     "Nordmann fir €39.90. Free delivery when you spend €60 or more."),
    ("en", "Nordmann fir €39.90. We deliver free when you spend €60 or more.",
     "Sapin Nordmann à 39,90 €. Livraison offerte dès 60 € d'achat."),
])
def test_free_delivery_by_verb_or_by_noun_is_one_offer_across_languages(campaign_run, lang,
                                                                        original, variant):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    assert findings(reports) == []


# -- an adaptation for another market --------------------------------------------------------


@pytest.mark.parametrize("lang, original, adapted, translated", [
    ("en", "Gait Week, 28 September to 4 October: £10 off any pair, in every store.",
     "Gait Week du 28 septembre au 4 octobre à Milepost Lille : 12 € de remise sur une "
     "paire.",
     "Gait Week du 28 septembre au 4 octobre à Milepost Lille : 10 £ de remise sur une "
     "paire."),
    ("fr", "Gait Week du 28 septembre au 4 octobre : 12 € de remise sur une paire, dans "
           "toutes nos boutiques.",
     "Gait Week, 28 September to 4 October, at Milepost Glasgow: £10 off any pair.",
     "Gait Week, 28 September to 4 October, at Milepost Glasgow: €12 off any pair."),
])
def test_a_variant_in_another_currency_names_its_own_market(campaign_run, lang, original,
                                                            adapted, translated):
    # the town only the adaptation names is its market's: no finding; the same town in a
    # variant priced like its original is a name the translation added
    campaign = campaign_csv(lang, (original, adapted, f"{original} Lille, Glasgow."),
                            ids=("a", "b", "c"), languages=(lang, "fr" if lang == "en"
                                                            else "en", lang),
                            variant_of=("", "a", ""))
    _, reports = campaign_run(campaign, lang)
    assert findings(reports) == []
    campaign = campaign.replace(adapted, translated)
    _, reports = campaign_run(campaign, lang)
    assert [code for code, _ in findings(reports)] == ["BL606"]


# -- the day's things are not a start -------------------------------------------------------


def test_a_weekday_alone_after_du_names_the_days_things_not_a_start(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Analyse de foulée offerte. Les créneaux du samedi partent vite !",
        "Analyse de foulée offerte dès samedi.",
        "Analyse de foulée offerte du samedi 26 au dimanche 27 septembre."),
        send_dates=("2026-09-21",) * 3))
    assert facts_of(reports, "m1", "date") == set()
    assert ("start", "2026-09-26") in facts_of(reports, "m2", "date")
    assert ("start", "2026-09-26") in facts_of(reports, "m3", "date")


# -- a trial period is the returns window ----------------------------------------------------


@pytest.mark.parametrize("lang, texts, short, same", [
    ("en", ("• 60 days to run them in: if they don't feel right, bring them back for an "
            "exchange or a refund.",
            "You get 60 days from purchase to try your shoes on real runs."),
     "Run in them for 30 days. If they don't feel right, bring them back.",
     "Run in them for 60 days. If they don't feel right, bring them back."),
    ("fr", ("• 60 jours pour les tester : si elles ne vous conviennent pas, rapportez-les "
            "pour un échange.",
            "Vous avez 60 jours après l'achat pour les essayer sur vos sorties."),
     "30 jours pour les tester. Si elles ne vous conviennent pas, rapportez-les.",
     "60 jours pour les tester. Si elles ne vous conviennent pas, rapportez-les."),
])
def test_a_trial_period_is_the_returns_promise(campaign_run, lang, texts, short, same):
    _, reports = campaign_run(campaign_csv(lang, (*texts, same)), lang)
    for i in (1, 2, 3):
        assert ("returns", "1440h") in facts_of(reports, f"m{i}", "promise"), i
    assert facts_of(reports, "m3", "date") == set()  # no end of the offer either
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, short)), lang)
    assert findings(reports) == [("BL604", "m3")]


def test_bringing_the_order_is_still_delivery(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "We'll bring it to your chalet within 2 hours.",)), "en")
    assert facts_of(reports, "m1", "promise") == {("delivery", "2h")}


# -- a day said by its name dates its own clause ---------------------------------------------


@pytest.mark.parametrize("lang, event, delivery", [
    ("fr", "Objet : Demain, le coup d'envoi (et la livraison offerte)",
     "Commandez ce soir, livré demain."),
    ("en", "Subject: Tomorrow, kick-off (and free delivery)",
     "Order tonight, delivered tomorrow."),
])
def test_a_named_day_dates_its_own_clause_not_the_service_next_to_it(campaign_run, lang,
                                                                     event, delivery):
    _, reports = campaign_run(campaign_csv(lang, (event, delivery)), lang)
    assert facts_of(reports, "m1", "promise") == set()
    assert ("delivery", "24h") in facts_of(reports, "m2", "promise")


# -- a wish signs the message off --------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, late", [
    ("fr", ("-20 % sur les jouets jusqu'au dimanche 14 décembre.",
            "-20 % sur les jouets jusqu'au 14/12. Belle fin de semaine !"),
     "Il vous reste jusqu'au 15/12 pour profiter de -20 % sur les jouets. Belle fin de "
     "semaine !"),
    ("en", ("20% off toys until Sunday 14 December.",
            "20% off toys until 14/12. Have a lovely weekend!"),
     "You have until 15/12 to get 20% off toys. Have a lovely weekend!"),
])
def test_a_closing_wish_is_no_date_and_hides_no_wrong_end(campaign_run, lang, texts, late):
    sent = ("2025-12-10",) * 3
    _, reports = campaign_run(campaign_csv(lang, texts, send_dates=sent), lang)
    assert facts_of(reports, "m2", "date") == {("end", "2025-12-14")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, late), send_dates=sent), lang)
    assert findings(reports) == [("BL602", "m3")]


# -- the days of a recurring offer -----------------------------------------------------------


@pytest.mark.parametrize("lang, listed", [
    ("fr", "Offre valable les mardis 2, 9, 16, 23 et 30 juin 2026, en livraison."),
    ("en", "Valid Tuesdays 2, 9, 16, 23 and 30 June 2026, delivery and takeaway."),
])
def test_a_list_of_days_runs_from_the_first_to_the_last(campaign_run, lang, listed):
    _, reports = campaign_run(campaign_csv(lang, (listed,), send_dates=("2026-06-01",)),
                              lang)
    assert facts_of(reports, "m1", "date") == {("start", "2026-06-02"),
                                               ("end", "2026-06-30")}


@pytest.mark.parametrize("lang, listed, days, only", [
    ("fr", "Deux pizzas, la moins chère offerte : les mardis 2, 9, 16, 23 et 30 juin.",
     "Deux pizzas, la moins chère offerte. Ce soir seulement... et mardi prochain !",
     "Deux pizzas, la moins chère offerte. Ce soir seulement !"),
    ("en", "Two pizzas, the cheaper one free: Tuesdays 2, 9, 16, 23 and 30 June.",
     "Two pizzas, the cheaper one free. Tonight only... and next Tuesday!",
     "Two pizzas, the cheaper one free. Tonight only!"),
])
def test_only_then_another_day_lists_the_days_it_does_not_end_the_offer(campaign_run, lang,
                                                                        listed, days, only):
    sent = ("2026-06-01", "2026-06-09")
    _, reports = campaign_run(campaign_csv(lang, (listed, days), send_dates=sent), lang)
    assert facts_of(reports, "m2", "date") == set()
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (listed, only), send_dates=sent), lang)
    assert facts_of(reports, "m2", "date") == {("end", "2026-06-09")}
    assert findings(reports) == [("BL602", "m2")]


@pytest.mark.parametrize("lang, text", [
    ("en", "The second pizza? It's on us."),
    ("en", "Your first coffee's on us this week."),
    ("fr", "Le café, c'est pour nous."),
    ("fr", "Le dessert ? On vous régale."),
])
def test_what_the_brand_pays_for_is_a_gift(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert facts_of(reports, "m1", "gift") == {("gift", "free")}


@pytest.mark.parametrize("lang, text", [
    ("en", "It's up to us to choose the best dough."),
    ("fr", "Le choix de la pâte, c'est pour nous un métier."),
])
def test_the_brand_speaking_of_itself_gives_nothing(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert facts_of(reports, "m1", "gift") == set()
