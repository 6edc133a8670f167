"""Campaign consistency (BL6xx), the thirtieth pass, after the development half of round
26's blind campaign set (campaigns-blind25: the passepoil and parlemonde brands).

- a language variant carries the figures it writes, whatever it reads them as: a day
  read as the offer's end on one side and as a service's day on the other (« jusqu'au
  30/04 » / "until 30 April"), a least count read on one side only ("3 seats or more" /
  « dès 3 sièges »), the same amount read as another kind of price; a variant that leaves
  the figure out still says less;
- in English, the stock said by its count ("there are only 60 places", "limited to 40
  seats"), as « 800 bottes seulement » in French; a period ("only 3 days") is no stock.

Each is read on a case and not on its near miss, French and English, on the real models;
the texts are written for these tests."""

from __future__ import annotations

import pytest

from brandlint.campaign.extract import figures_written
from tests.rules.test_consistency import facts_of, findings, variant_pair


@pytest.mark.parametrize("lang, text, figures", [
    ("fr", "Atelier gratuit (40 minutes), réponse sous 48 h, 120 € le fauteuil, dès 3 "
           "sièges, -15 %, jusqu'au 30/04 à 18:30.",
     {"0.666667h", "48h", "120 EUR", "3", "15%"}),
    ("en", "Free workshop (about forty minutes), reply within two days, €120 a chair, 3 "
           "chairs or more, 15% off, until 30/04 at 18:30.",
     {"0.666667h", "48h", "120 EUR", "3", "15%"}),
])
def test_the_figures_a_message_writes(lang, text, figures):
    assert set(figures_written(text, lang)) == figures


@pytest.mark.parametrize("lang, original, same, dropped", [
    ("en", "15% off reupholstery, 3 seats or more.",
     "-15 % sur la réfection, dès 3 sièges.",
     "-15 % sur la réfection de vos sièges."),
])
def test_a_count_read_on_one_side_only_is_the_same_figure(campaign_run, lang, original,
                                                          same, dropped):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert ("minimum_quantity", "minimum_quantity") in facts_of(reports, "p-en", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, dropped), lang)
    assert findings(reports) == [("BL606", "p-fr")]


@pytest.mark.parametrize("lang, original, same, dropped", [
    ("fr", "Jusqu'au 30/04, enlèvement et retour de vos chaises offerts. Code CHAISE26.",
     "Free pickup and return of your chairs until 30 April. Code CHAISE26.",
     "Free pickup and return of your chairs. Code CHAISE26."),
    ("en", "Until 30 April, free pickup and return of your chairs. Code CHAISE26.",
     "Enlèvement et retour de vos chaises offerts jusqu'au 30 avril. Code CHAISE26.",
     "Enlèvement et retour de vos chaises offerts. Code CHAISE26."),
])
def test_a_day_read_as_another_fact_is_the_same_day(campaign_run, lang, original, same,
                                                    dropped):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, dropped), lang)
    assert findings(reports) == [("BL606", "p-en" if lang == "fr" else "p-fr")]


@pytest.mark.parametrize("text", [
    "Free tasting evening: entry is free, but there are only 60 places, so book yours.",
    "Free tasting evening, limited to 40 seats: book yours online.",
])
def test_stock_said_by_its_count_in_english(campaign_run, text):
    _, reports = campaign_run(variant_pair("en", text, text), "en")
    assert ("stock", "stock") in facts_of(reports, "p-en", "condition")


@pytest.mark.parametrize("text", [
    "Free tasting evening: only 3 days left to book yours.",
    "Free tasting evening, just 2 clicks to book yours online.",
])
def test_a_period_or_a_count_of_steps_is_no_stock(campaign_run, text):
    _, reports = campaign_run(variant_pair("en", text, text), "en")
    assert ("stock", "stock") not in facts_of(reports, "p-en", "condition")
