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
