"""Campaign consistency (BL6xx), the third pass after the second blind campaign set:
periods written with a dash or an arrow, a weekday with its day number, a holiday that
names a season rather than a day, an arrival said by the delivery itself; figures
spelled out, said by comparison or restating another; a gift given by a verb;
conditions said in other words (stock by its holder, items « non compris » / "not part
of it"); a footnote that conditions only the figure its asterisk marks; free delivery
without its threshold. Each concept fires on a planted case and stays silent on its
near-miss, French and English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings

# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, period, same, shorter", [
    ("fr", "-20 % sur les vélos | 28/11 → 01/12", "-20 % sur les vélos jusqu'au 1er décembre.",
     "-20 % sur les vélos | 28/11 → 30/11"),
    ("en", "20% off e-bikes, 28 Nov – 1 Dec.", "20% off e-bikes until 1 December.",
     "20% off e-bikes, 28 Nov – 30 Nov."),
    ("en", "From Thursday 10 to Saturday 26 July, €15 a seat.", "€15 a seat until 26 July.",
     "From Thursday 10 to Friday 25 July, €15 a seat."),
])
def test_two_dates_joined_by_a_dash_or_an_arrow_are_one_period(campaign_run, lang, period,
                                                               same, shorter):
    sent = ("2026-06-25",) * 3 if "July" in period else ("2026-11-25",) * 3
    _, reports = campaign_run(campaign_csv(lang, (period, same, same), send_dates=sent), lang)
    assert findings(reports) == []
    start = "2026-07-10" if "July" in period else "2026-11-28"
    assert ("start", start) in facts_of(reports, "m1", "date")
    _, reports = campaign_run(campaign_csv(lang, (same, same, shorter), send_dates=sent),
                              lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, weekday_day, wrong", [
    ("fr", "-20 % sur le traiteur jusqu'à lundi 21.", "-20 % sur le traiteur jusqu'à lundi 28."),
    ("en", "20% off the deli until Monday the 21st.", "20% off the deli until Monday the 28th."),
])
def test_a_weekday_with_its_day_number_is_that_day(campaign_run, lang, weekday_day, wrong):
    # sent on Monday 14 December: « lundi » alone would be that very day
    sent = ("2026-12-14",) * 3
    dated = {"fr": "-20 % sur le traiteur jusqu'au 21/12.",
             "en": "20% off the deli until 21 December."}[lang]
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, weekday_day),
                                           send_dates=sent), lang)
    assert facts_of(reports, "m3", "date") == {("end", "2026-12-21")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, wrong), send_dates=sent), lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "20% off until 24 December. Skip the car parks on the 23rd: order online.",
     {("end", "2026-12-24")}),
    ("en", "20% off, ends on the 24th.", {("end", "2026-12-24")}),
    ("fr", "-20 % jusqu'au 24 décembre. Évitez la foule du 23 : commandez en ligne.",
     {("end", "2026-12-24")}),
    ("fr", "-20 % sur le traiteur, jusqu'au 24 !", {("end", "2026-12-24")}),
])
def test_a_day_something_happens_on_is_no_end(campaign_run, lang, text, expected):
    _, reports = campaign_run(campaign_csv(lang, (text,), send_dates=("2026-12-11",)), lang)
    assert facts_of(reports, "m1", "date") == expected


@pytest.mark.parametrize("lang, season, day", [
    ("en", "20% off until 1 December, delivered in time to ride before the Christmas rush.",
     "20% off until Christmas."),
    ("fr", "-20 % jusqu'au 1er décembre, livré avant le rush de Noël.",
     "-20 % jusqu'à Noël."),
])
def test_a_holiday_that_names_a_season_is_no_date(campaign_run, lang, season, day):
    _, reports = campaign_run(campaign_csv(lang, (season, day), send_dates=("2026-11-27",) * 2),
                              lang)
    assert facts_of(reports, "m1", "date") == {("end", "2026-12-01")}
    assert facts_of(reports, "m2", "date") == {("end", "2026-12-25")}


@pytest.mark.parametrize("lang, text", [
    ("en", "20% off until 24 December. Last orders for delivery before Christmas: 22/12."),
    ("fr", "-20 % jusqu'au 24 décembre. Dernières commandes pour une livraison avant Noël "
           ": 22/12."),
])
def test_the_delivery_before_a_holiday_is_when_the_parcel_arrives(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,), send_dates=("2026-12-11",)), lang)
    # « avant Noël »: by the 24th, when the parcel is there; not the offer's end
    assert facts_of(reports, "m1", "date") == {("end", "2026-12-24"),
                                               ("arrival", "2026-12-24")}


# -- figures -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang, digits, words, wrong", [
    ("fr", "-30 % sur les fournitures.", "Vous avez trente pour cent de remise sur les "
     "fournitures.", "Vous avez quarante pour cent de remise sur les fournitures."),
    ("fr", "-25 % sur chaque place.", "Chaque place est à moins vingt-cinq pour cent.",
     "Chaque place est à moins trente-cinq pour cent."),
    ("en", "15% off the Wren.", "Fifteen percent off the Wren.", "Twenty percent off the Wren."),
    ("en", "£150 off a new bike.", "A hundred and fifty pounds off a new bike.",
     "Two hundred pounds off a new bike."),
])
def test_a_figure_spelled_out_is_the_figure(campaign_run, lang, digits, words, wrong):
    _, reports = campaign_run(campaign_csv(lang, (digits, digits, words)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (digits, digits, wrong)), lang)
    assert findings(reports) == [("BL601", "m3")]


@pytest.mark.parametrize("lang, original, same, other", [
    ("fr", "Abonnez-vous : chaque place vous revient 25 % moins cher.",
     "Subscribe and every seat is 25% cheaper.", "Subscribe and every seat is 35% cheaper."),
    ("en", "Subscribe and every seat is 25% cheaper.",
     "Abonnez-vous : chaque place vous revient 25 % moins cher.",
     "Abonnez-vous : chaque place vous revient 35 % moins cher."),
])
def test_a_price_said_by_comparison_is_money_off(campaign_run, lang, original, same, other):
    second = "en" if lang == "fr" else "fr"
    for text, expected in ((same, []), (other, [("BL606", "v2")])):
        _, reports = campaign_run(campaign_csv(lang, (original, text), ids=("v1", "v2"),
                                               languages=(lang, second),
                                               variant_of=("", "v1")), lang)
        assert facts_of(reports, "v1", "price") == {("discount_pct", "25%")}
        assert findings(reports) == expected


@pytest.mark.parametrize("lang, restated, priced", [
    ("fr", "Le Pass 3 soirées est à 36 €, soit 12 € la soirée.",
     "Le Pass 3 soirées est à 36 €, et l'atelier à 12 €."),
    ("en", "The 3-Evening Pass costs €36 (that's €12 an evening).",
     "The 3-Evening Pass costs €36, and the workshop €12."),
])
def test_a_figure_restating_another_is_no_fact_of_its_own(campaign_run, lang, restated,
                                                         priced):
    _, reports = campaign_run(campaign_csv(lang, (restated, priced)), lang)
    assert {v for _, v in facts_of(reports, "m1", "price")} == {"36 EUR"}
    assert {v for _, v in facts_of(reports, "m2", "price")} == {"36 EUR", "12 EUR"}


# -- free items --------------------------------------------------------------------------


@pytest.mark.parametrize("lang, original, same, dropped", [
    ("en", "15% off the Wren with WREN15, and we'll throw in a D-lock and lights.",
     "-15 % sur le Wren avec WREN15, antivol et éclairages offerts.",
     "-15 % sur le Wren avec WREN15."),
    ("fr", "-15 % sur le Wren avec WREN15, et on vous offre l'antivol.",
     "15% off the Wren with WREN15, plus a free D-lock.", "15% off the Wren with WREN15."),
])
def test_a_gift_given_by_a_verb_is_a_free_item(campaign_run, lang, original, same, dropped):
    other = "fr" if lang == "en" else "en"
    for text, expected in ((same, []), (dropped, [("BL606", "g2")])):
        _, reports = campaign_run(campaign_csv(lang, (original, text), ids=("g1", "g2"),
                                               languages=(lang, other),
                                               variant_of=("", "g1")), lang)
        assert findings(reports) == expected


# -- conditions --------------------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, said, bare", [
    ("fr", ("-30 % sur les fournitures, hors manuels scolaires.",
            "-30 % sur les fournitures* | *Hors manuels"),
     "30 % de remise sur les fournitures (manuels scolaires non compris).",
     "30 % de remise sur les fournitures et les manuels !"),
    ("en", ("20% off every e-bike, excluding the Heron cargo.",
            "20% off e-bikes. Heron cargo excluded."),
     "Sorry, the Heron cargo isn't part of this one: twenty percent off the others.",
     "Twenty percent off the Heron cargo and the others!"),
    ("fr", ("-15 % sur le Wren, dans la limite des stocks.",
            "-15 % sur le Wren jusqu'à épuisement des stocks."),
     "Le Wren est à -15 % tant qu'il en reste.", "Le Wren est à -15 % !"),
    ("en", ("15% off the Wren while stocks last.", "15% off the Wren, limited stock."),
     "Fifteen percent off the Wren while we've still got stock.", "Fifteen percent off the Wren!"),
])
def test_a_condition_said_in_other_words_is_the_same_condition(campaign_run, lang, texts,
                                                               said, bare):
    _, reports = campaign_run(campaign_csv(lang, (*texts, said)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, bare)), lang)
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, noted, other_price, starred_price", [
    ("fr", "La place est à 15 €, le Pass 3 soirées à 36 €*.\n*Pass nominatif, valable "
           "pour trois soirées différentes.",
     "Les Nuits de la Cour : 15 € la soirée !", "Les Nuits de la Cour : Pass 3 soirées à 36 € !"),
    ("en", "Tickets are €15, the 3-Evening Pass €36*.\n*Pass in your name, valid for "
           "three different evenings.",
     "Courtyard nights: €15 an evening!", "Courtyard nights: the 3-Evening Pass at €36!"),
])
def test_a_footnote_conditions_the_figure_its_asterisk_marks(campaign_run, lang, noted,
                                                             other_price, starred_price):
    _, reports = campaign_run(campaign_csv(lang, (noted, noted, other_price)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (noted, noted, starred_price)), lang)
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, texts, silent, free", [
    ("fr", ("-20 % sur le traiteur, livraison offerte dès 80 € d'achats.",
            "-20 % sur le traiteur | Livraison offerte dès 80 €"),
     "-20 % sur le traiteur de fêtes !", "-20 % sur le traiteur, et la livraison est offerte !"),
    ("en", ("20% off the deli, free delivery on orders of €80 or more.",
            "20% off the deli | Free delivery over €80"),
     "20% off the festive deli!", "20% off the deli, and delivery is free!"),
])
def test_free_delivery_without_its_threshold_is_a_missing_condition(campaign_run, lang, texts,
                                                                    silent, free):
    _, reports = campaign_run(campaign_csv(lang, (*texts, silent)), lang)
    assert facts_of(reports, "m2", "price") >= {("shipping_threshold", "80 EUR")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, free)), lang)
    assert findings(reports) == [("BL605", "m3")]
