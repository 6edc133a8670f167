"""Campaign consistency (BL6xx), the sixth pass, after the fifth blind campaign set
(corpora/campaigns-blind5): a fact is judged by what it says, in whatever words and
whatever sentence — stock said as a predicate (« les quantités sont limitées », "sizes
are limited"), a card that proves who may have the offer (« avec ta carte étudiante »,
"student ID"), items that get nothing from the offer (« ne bénéficient pas de la
remise », "don't qualify"), a threshold said as what the basket reaches, the old price
before an arrow, a gift the brand pays for ("is on us"); a weekday with its day number
is a date, not every week; "anytime between 10 and 5" keeps its hours; a language
variant carries a day its original names anywhere, and the same delay whatever service
word each ties it to; a file that ties its variants by `variant_of` says which rows are
translations; the brand's own coming (« on arrive dans une semaine ») is no delay. Each
concept fires on a planted case and stays silent on its near-miss, French and English,
on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# -- conditions in other words -------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, same, bare", [
    ("fr", ("-15 % sur les théières en fonte, dans la limite des stocks.",
            "Théières en fonte à -15 %* | *Jusqu'à épuisement des stocks"),
     "-15 % sur les théières en fonte : les quantités sont limitées, ne tardez pas.",
     "-15 % sur les théières en fonte, ne tardez pas."),
    ("en", ("15% off cast-iron teapots, while stocks last.",
            "Cast-iron teapots at 15% off* | *While supplies last"),
     "15% off cast-iron teapots. Colours are few and sizes are limited!",
     "15% off cast-iron teapots. Pick your colour!"),
])
def test_stock_said_as_a_predicate_is_the_stock_condition(campaign_run, lang, texts, same,
                                                          bare):
    _, reports = campaign_run(campaign_csv(lang, (*texts, same)), lang)
    assert ("stock", "stock") in facts_of(reports, "m3", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, bare)), lang)
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, texts, same, bare", [
    ("fr", ("Le menu midi à 7,50 € sur présentation de ta carte étudiante.",
            "Menu midi 7,50 € · sur présentation d'une carte étudiante valide"),
     "Ton menu midi à 7,50 € avec ta carte étudiante, viens vite !",
     "Ton menu midi à 7,50 €, viens vite !"),
    ("en", ("The lunch menu for £7.50 when you show your student card.",
            "Lunch menu £7.50 · student ID required"),
     "Your £7.50 lunch menu, just bring your student card!",
     "Your £7.50 lunch menu, come hungry!"),
])
def test_a_card_that_proves_who_may_have_the_offer_is_its_condition(campaign_run, lang,
                                                                    texts, same, bare):
    _, reports = campaign_run(campaign_csv(lang, (*texts, same)), lang)
    assert ("members", "members") in facts_of(reports, "m3", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, bare)), lang)
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, text, plain, kind", [
    ("fr", "-10 % sur les plaids. Les fins de série ne bénéficient pas de la remise.",
     "-10 % sur les plaids. Les fins de série sont en rayon.", "exclusions"),
    ("fr", "-10 % sur les plaids ; les fins de série ne font malheureusement pas partie "
           "de l'offre.",
     "-10 % sur les plaids ; les fins de série font le bonheur des curieux.", "exclusions"),
    # (an offer that does not add up with another: since the seventh pass, its own kind)
    ("fr", "-10 % sur les plaids, qui ne s'ajoute pas aux soldes.",
     "-10 % sur les plaids, qui s'ajoutent à la déco.", "stacking"),
    ("fr", "Formule à 9 € (pas en livraison, désolé !)", "Formule à 9 € (livrée chez toi !)",
     "exclusions"),
    ("en", "10% off throws. End-of-line items don't qualify.",
     "10% off throws. End-of-line items are on the ground floor.", "exclusions"),
])
def test_items_that_get_nothing_from_the_offer_are_an_exclusion(campaign_run, lang, text,
                                                                plain, kind):
    _, reports = campaign_run(campaign_csv(lang, (text, plain)), lang)
    assert (kind, kind) in facts_of(reports, "m1", "condition")
    assert (kind, kind) not in facts_of(reports, "m2", "condition")


@pytest.mark.parametrize("lang, text, plain", [
    ("fr", "-20 % sur le linge, et la livraison est offerte si votre commande atteint 40 €.",
     "-20 % sur le linge : la parure atteint 40 € seulement."),
    ("en", "20% off linen, and delivery is free once your basket reaches £40.",
     "20% off linen: the duvet set is just £40."),
])
def test_a_threshold_said_as_what_the_basket_reaches(campaign_run, lang, text, plain):
    _, reports = campaign_run(campaign_csv(lang, (text, plain)), lang)
    prices = facts_of(reports, "m1", "price")
    assert any(key == "shipping_threshold" for key, _ in prices)
    assert not any(key == "shipping_threshold" for key, _ in facts_of(reports, "m2", "price"))


@pytest.mark.parametrize("lang, arrow, worded, other", [
    ("fr", "Bouilloire Tilia : 79 € → 59 € avec le code THE26",
     "La bouilloire Tilia à 59 € au lieu de 79 € avec le code THE26",
     "La bouilloire Tilia à 49 € au lieu de 79 € avec le code THE26"),
    ("en", "Tilia kettle: $79 → $59 with code TEA26",
     "The Tilia kettle for $59 instead of the usual $79 with code TEA26",
     "The Tilia kettle for $49 instead of the usual $79 with code TEA26"),
])
def test_the_price_before_an_arrow_is_the_old_price(campaign_run, lang, arrow, worded,
                                                    other):
    _, reports = campaign_run(campaign_csv(lang, (arrow, worded)), lang)
    assert {value for _, value in facts_of(reports, "m1", "price")} == {
        value for _, value in facts_of(reports, "m2", "price")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (arrow, other)), lang)
    assert ("BL601", "m2") in findings(reports) or ("BL601", "m1") in findings(reports)


@pytest.mark.parametrize("text, gift", [
    ("20% off teapots. Gift wrapping is on us, of course.", True),
    ("20% off teapots. Gift wrapping is free at every till.", True),
    ("20% off teapots. Signing up is free.", False),
    ("20% off teapots. The first step is on the left.", False),
])
def test_what_the_brand_pays_for_is_a_gift(campaign_run, text, gift):
    _, reports = campaign_run(campaign_csv("en", (text,)), "en")
    assert (("gift", "free") in facts_of(reports, "m1", "gift")) is gift


@pytest.mark.parametrize("lang, original, same, bare", [
    ("fr", "-20 % sur les théières, et l'emballage cadeau est offert.",
     "20% off teapots, and gift wrapping is on us.", "20% off teapots."),
    ("en", "20% off teapots, and gift wrapping is on us.",
     "-20 % sur les théières, et l'emballage cadeau est offert.",
     "-20 % sur les théières."),
])
def test_a_variant_carries_the_gift_in_its_own_words(campaign_run, lang, original, same,
                                                     bare):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, bare), lang)
    assert [code for code, _ in findings(reports)] == ["BL606"]


# -- hours and days --------------------------------------------------------------------------


@pytest.mark.parametrize("lang, dated, weekly", [
    ("fr", "Le magasin est ouvert le dimanche 14 juin, de 10 h à 18 h.",
     "Le magasin est ouvert le dimanche, de 10 h à 18 h."),
    ("en", "The shop is open on Sunday 14 June, from 10am to 6pm.",
     "The shop is open on Sundays, from 10am to 6pm."),
])
def test_a_weekday_with_its_day_number_is_a_date_not_every_week(campaign_run, lang, dated,
                                                                weekly):
    _, reports = campaign_run(campaign_csv(lang, (dated, weekly)), lang)
    assert ("availability_days", "mon-sun") not in facts_of(reports, "m1", "promise")
    assert ("availability", "10-18") in facts_of(reports, "m1", "promise")
    assert ("availability_days", "mon-sun") in facts_of(reports, "m2", "promise")


@pytest.mark.parametrize("lang, bounded, always", [
    ("fr", "Notre équipe vous accueille à tout moment entre 10 h et 17 h.",
     "Notre équipe vous accueille à tout moment."),
    ("en", "Our team is on hand anytime between 10 and 5.",
     "Our team is on hand anytime."),
])
def test_anytime_within_hours_is_not_round_the_clock(campaign_run, lang, bounded, always):
    _, reports = campaign_run(campaign_csv(lang, (bounded, always)), lang)
    assert ("availability", "24h") not in facts_of(reports, "m1", "promise")
    assert ("availability", "24h") in facts_of(reports, "m2", "promise")


@pytest.mark.parametrize("lang, original, same, other", [
    ("fr", "-50 % sur la carte le jour de l'ouverture, de 11h30 à 22h.",
     "50% off the menu on opening day, from 11.30am to 10pm.",
     "50% off the menu on opening day, from 11.30am to 9pm."),
    ("en", "50% off the menu on opening day, from 11.30am to 10pm.",
     "-50 % sur la carte le jour de l'ouverture, de 11h30 à 22h.",
     "-50 % sur la carte le jour de l'ouverture, de 11h30 à 21h."),
])
def test_opening_hours_with_minutes_compare_across_languages(campaign_run, lang, original,
                                                             same, other):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, other), lang)
    assert findings(reports) != []


# -- language variants -----------------------------------------------------------------------


@pytest.mark.parametrize("lang, original, same, bare", [
    ("fr", "Portes ouvertes du 12 au 14 juin : -30 % sur toute la boutique.",
     "Open days on 12, 13 and 14 June: 30% off the whole shop.",
     "Open days: 30% off the whole shop."),
    ("en", "Open days from 12 to 14 June: 30% off the whole shop.",
     "Portes ouvertes les 12, 13 et 14 juin : -30 % sur toute la boutique.",
     "Portes ouvertes : -30 % sur toute la boutique."),
])
def test_a_variant_that_names_the_days_carries_the_dates(campaign_run, lang, original, same,
                                                        bare):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, bare), lang)
    assert [code for code, _ in findings(reports)] == ["BL606"]


@pytest.mark.parametrize("lang, original, same, other", [
    ("fr", "Menu à 9 € : commande sur l'appli, ton plat est prêt en 15 min.",
     "€9 menu: order on the app and your dish is ready in 15 minutes.",
     "€9 menu: order on the app and your dish is ready in 25 minutes."),
    ("en", "€9 menu: order on the app and your dish is ready in 15 minutes.",
     "Menu à 9 € : commande sur l'appli, ton plat est prêt en 15 min.",
     "Menu à 9 € : commande sur l'appli, ton plat est prêt en 25 min."),
])
def test_the_same_delay_whatever_service_word_ties_it(campaign_run, lang, original, same,
                                                      other):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, other), lang)
    assert findings(reports) != []


def _posts(declared: bool) -> str:
    ids = ("d-email-fr", "d-email-en", "d-social-fr", "d-social-en")
    return campaign_csv("fr", (
        "-20 % sur les théières jusqu'au 14 juin.",
        "20% off teapots until 14 June.",
        "-20 % sur les théières jusqu'au 14 juin, dans nos boutiques de Lyon !",
        "Teapots at 20% off: treat yourself!"),
        ids=ids, languages=("fr", "en", "fr", "en"),
        variant_of=("", "d-email-fr" if declared else "", "", ""))


def test_ids_sharing_a_stem_are_not_variants_where_the_file_declares_them(campaign_run):
    _, reports = campaign_run(_posts(declared=True))
    assert [code for code, _ in findings(reports)] == []
    _, reports = campaign_run(_posts(declared=False))
    assert ("BL606", "d-social-en") in findings(reports)


@pytest.mark.parametrize("lang, coming, parcel", [
    ("fr", "Lille, on arrive dans 7 jours ! -50 % sur la carte le jour de l'ouverture.",
     "Ta commande arrive dans 7 jours, avec -50 % sur la carte."),
])
def test_the_brand_coming_is_no_delay(campaign_run, lang, coming, parcel):
    _, reports = campaign_run(campaign_csv(lang, (coming, parcel)), lang)
    assert facts_of(reports, "m1", "promise") == set()
    assert ("delivery", "168h") in facts_of(reports, "m2", "promise")
