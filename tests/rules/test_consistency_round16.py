"""Campaign consistency (BL6xx), the sixteenth pass, after the fifteenth blind campaign
set (corpora/campaigns-blind15: a barber chain, a tea merchant, a garden-furniture
maker). Its false alarms were conditions and facts said in other words:

- an SMS written without accents says the conditions a pattern of the lexicon reads
  with them (« + carte etudiante », « sur la selection Printemps »);
- a selection named by its noun in English ("our Spring selection", "the Spring
  selection"), as « notre sélection Printemps » says it;
- in store only, by any word for the place where one buys (« uniquement dans nos 4
  showrooms », « en showroom uniquement », « uniquement sur place », the poster's «
  valable dans ce showroom », "only in our 4 showrooms");
- a percentage of a group (« 70 % des pièces sont parties », "70% of the pieces went")
  is a share, no money off;
- opening hours said by their end beside the days of the week (« nos salons ferment à
  20 h, du mardi au samedi », "we close at 8pm, Tuesday to Saturday"), not the closing
  of one dated day nor of something on some occasions;
- a threshold alone on a poster's line (« dès 1 500 € d'achat » under « LIVRAISON
  OFFERTE ») goes on with the line above it;
- a selection named (« la sélection Vélotaf », "the Vélotaf selection") is said by a
  message that names the items by its name (« les vélos Vélotaf », "Vélotaf bikes").

Each concept fires on a planted case and stays silent on its near-miss, French and
English where the language has it, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# m1 email, m2 sms, m3 social, m4 web, m5 store (CHANNELS of campaign_csv)

# -- an SMS without accents ------------------------------------------------------------


@pytest.mark.parametrize("held, bare, kind", [
    ("Étudiants : -20 % sur la coupe avec votre carte étudiante, code ETU20.",
     "Wilbrac: etudiants, -20% sur la coupe avec ETU20 + carte etudiante. STOP 36173",
     "members"),
    ("-25 % sur notre sélection Printemps avec le code SENCHA25.",
     "Yelvane: -25% sur la selection Printemps, code SENCHA25. STOP 36180", "selection"),
])
def test_an_sms_without_accents_states_the_condition(campaign_run, held, bare, kind):
    _, reports = campaign_run(campaign_csv("fr", (held, bare, held)), "fr")
    assert (kind, kind) in facts_of(reports, "m2", "condition")
    assert findings(reports) == []
    dropped = bare.replace("carte etudiante", "resa appli").replace(
        "la selection Printemps", "les thes verts")
    _, reports = campaign_run(campaign_csv("fr", (held, dropped, held)), "fr")
    assert findings(reports) == [("BL605", "m2")]


# -- a selection named in English -------------------------------------------------------


@pytest.mark.parametrize("named", [
    "25% off our Spring selection of 12 green teas with the code SENCHA25.",
    "25% off the Spring selection (12 green teas) with SENCHA25.",
])
def test_a_selection_named_by_its_noun_in_english(campaign_run, named):
    original = "-25 % sur notre sélection Printemps de 12 thés verts avec le code SENCHA25."
    _, reports = campaign_run(variant_pair("fr", original, named), "fr")
    assert ("selection", "selection") in facts_of(reports, "p-en", "condition")
    assert findings(reports) == []
    # the whole range in the variant: it says less than its original
    _, reports = campaign_run(variant_pair(
        "fr", original, "25% off all our green teas with the code SENCHA25."), "fr")
    assert findings(reports) == [("BL606", "p-en")]


# -- in store only, by the place's word ---------------------------------------------------


@pytest.mark.parametrize("lang, held, others, silent, elsewhere", [
    ("fr", "-30 % sur les modèles d'exposition, en magasin uniquement.",
     ("-30 % sur les modèles d'exposition, uniquement dans nos 4 showrooms (Nantes, Angers).",
      "-30 % sur les modèles d'exposition, en showroom uniquement.",
      "Les modèles d'exposition à -30 % s'achètent uniquement sur place.",
      "MODÈLE D'EXPOSITION — -30 %\nOffre valable dans ce showroom jusqu'au 3 octobre."),
     "-30 % sur les modèles d'exposition jusqu'au 3 octobre.",
     "-30 % sur les modèles d'exposition, dans nos showrooms et sur le site."),
    ("en", "30% off showroom models, in store only.",
     ("30% off showroom models, only in our 4 showrooms (Nantes, Angers).",
      "30% off showroom models, in showroom only.",
      "MODEL ON DISPLAY — 30% off\nValid in this showroom until 3 October."),
     "30% off showroom models until 3 October.",
     "30% off showroom models, in our showrooms and online."),
])
def test_in_store_only_by_any_word_for_the_place(campaign_run, lang, held, others, silent,
                                                 elsewhere):
    for text in others:
        _, reports = campaign_run(campaign_csv(lang, (held, held, text)), lang)
        assert ("store", "store") in facts_of(reports, "m3", "condition"), text
        assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (held, held, silent)), lang)
    assert findings(reports) == [("BL605", "m3")]
    # bought in the showrooms and on the site: no restriction to the store
    _, reports = campaign_run(campaign_csv(lang, (held, held, elsewhere)), lang)
    assert ("store", "store") not in facts_of(reports, "m3", "condition")


def test_a_place_that_names_the_items_is_no_store_only():
    """« les recharges en boutique uniquement »: the place names the items (the in-shop
    refills), « uniquement » ends their list; the offer's own term comes after a pause."""
    from brandlint.campaign.lexicon import pattern

    store = pattern("fr", "conditions", "store")
    assert store.search("-25 % sur les recharges en sachet et les recharges en boutique "
                        "uniquement ; les pots ne sont pas concernés.") is None
    assert store.search("-25 % sur les recharges, en boutique uniquement.") is not None
    store = pattern("en", "conditions", "store")
    assert store.search("25% off refill pouches and in-shop refills only.") is None
    assert store.search("25% off refill pouches, in shop only.") is not None


# -- a share of a group ---------------------------------------------------------------------


@pytest.mark.parametrize("lang, share, off", [
    ("fr", "-30 % sur les modèles d'exposition. L'an dernier, 70 % des pièces en promotion "
           "sont parties le premier week-end.",
     "-30 % sur les modèles d'exposition, et jusqu'à -70 % sur les pièces du premier "
     "week-end."),
    ("en", "30% off showroom models. Last year, 70% of the pieces went on the first weekend.",
     "30% off showroom models, and 70% off the pieces on the first weekend."),
])
def test_a_percentage_of_a_group_is_no_money_off(campaign_run, lang, share, off):
    plain = share.split(".")[0] + "."
    _, reports = campaign_run(campaign_csv(lang, (plain, plain, share)), lang)
    assert ("discount_pct", "70%") not in facts_of(reports, "m3", "price")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (plain, plain, off)), lang)
    assert ("discount_pct", "70%") in facts_of(reports, "m3", "price")


# -- opening hours said by their end ------------------------------------------------------


def test_opening_hours_said_by_their_closing_time(campaign_run):
    original = ("-20 % sur la coupe avec le code ETU20. Nos 9 salons ferment à 20 h, du "
                "mardi au samedi.")
    same = ("20% off your haircut with the code ETU20. Our 9 salons stay open until 8pm, "
            "Tuesday to Saturday.")
    _, reports = campaign_run(variant_pair("fr", original, same), "fr")
    assert ("availability", "-20") in facts_of(reports, "p-fr", "promise")
    assert findings(reports) == []
    later = same.replace("until 8pm", "until 9pm")
    _, reports = campaign_run(variant_pair("fr", original, later), "fr")
    assert findings(reports) == [("BL606", "p-en")]
    # the same said by the English verb of closing
    closing = same.replace("stay open until 8pm", "close at 8pm")
    _, reports = campaign_run(variant_pair("en", closing, original), "en")
    assert ("availability", "-20") in facts_of(reports, "p-en", "promise")
    assert findings(reports) == []
    # the closing of one dated day is no opening hours
    for lang, dated in (("fr", "Le 24 décembre, nos salons ferment à 16 h."),
                        ("en", "Our salons close at 4pm on 24 December."),
                        ("en", "Lantern Nights are evening-only tickets; daytime rides "
                               "close at 4pm on event days.")):
        _, reports = campaign_run(campaign_csv(lang, (dated,)), lang)
        assert not {k for k, _ in facts_of(reports, "m1", "promise")} & {"availability"}


# -- a threshold alone on a poster's line ------------------------------------------------


@pytest.mark.parametrize("lang, said, poster, bare, discount", [
    ("fr", "Livraison offerte dès 1 500 € d'achat, jusqu'au 15 juillet.",
     "LIVRAISON OFFERTE\n\ndès 1 500 € d'achat\njusqu'au 15 juillet",
     "LIVRAISON OFFERTE\n\nTable Marelle : 1 490 €\njusqu'au 15 juillet",
     "-10 % SUR LE TECK\n\ndès 1 500 € d'achat\njusqu'au 15 juillet"),
    ("en", "Free delivery on orders over €1,500, until 15 July.",
     "FREE DELIVERY\n\nover €1,500\nuntil 15 July",
     "FREE DELIVERY\n\nMarelle table: €1,490\nuntil 15 July",
     "10% OFF TEAK\n\nover €1,500\nuntil 15 July"),
])
def test_a_threshold_alone_on_a_posters_line_goes_on_with_the_line_above(
        campaign_run, lang, said, poster, bare, discount):
    _, reports = campaign_run(campaign_csv(lang, (said, said, poster)), lang)
    assert ("shipping_threshold", "1500 EUR") in facts_of(reports, "m3", "price")
    assert findings(reports) == []
    # a poster that gives a price and no threshold makes the claim without it
    _, reports = campaign_run(campaign_csv(lang, (said, said, bare)), lang)
    assert findings(reports) == [("BL605", "m3")]
    # under money off, the line is the minimum basket of that discount
    _, reports = campaign_run(campaign_csv(lang, (said, said, discount)), lang)
    assert ("min_basket", "1500 EUR") in facts_of(reports, "m3", "price")


# -- a selection said by its name -------------------------------------------------------------


@pytest.mark.parametrize("lang, named, by_name, other", [
    ("fr", "-20 % sur la sélection Vélotaf avec le code VTF20.",
     "-20 % sur les vélos Vélotaf avec le code VTF20.",
     "-20 % sur les vélos de ville avec le code VTF20."),
    ("en", "20% off the Vélotaf selection with code VTF20.",
     "20% off Vélotaf bikes with code VTF20.",
     "20% off city bikes with code VTF20."),
])
def test_a_selection_is_said_by_its_name(campaign_run, lang, named, by_name, other):
    _, reports = campaign_run(campaign_csv(lang, (named, named, by_name)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (named, named, other)), lang)
    assert findings(reports) == [("BL605", "m3")]
