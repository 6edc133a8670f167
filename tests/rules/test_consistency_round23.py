"""Campaign consistency (BL6xx), the twenty-third pass, from the two misses left on the
nineteenth blind campaign set. What the facts read per message lacked:

- where the offer is taken (the shop, the online shop), said in a sentence that gives
  its figure, is a fact of the offer: a language variant that opens it online where its
  original keeps it in the shop says more (BL606);
- a price right after the name of the campaign's occasion (« la séance Fête des pères à
  39 € », "this Mother's Day at just €39") or of the campaign itself names the offer,
  no product: it is compared with the offer's other prices (BL601).

Each fires on a planted case and stays silent on its near-miss, French and English, on
the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# -- where the offer is taken --------------------------------------------------------------


@pytest.mark.parametrize("lang, original, more, same", [
    ("fr", "Samedi, -20 % sur tous les thés à la boutique de la rue Haute.",
     "On Saturday, 20% off all teas at our Rue Haute shop and in our online shop.",
     "On Saturday, 20% off all teas at our Rue Haute shop."),
    ("en", "15% off every candle at the workshop store on Sunday.",
     "-15 % sur toutes les bougies à la boutique de l'atelier et sur notre site, dimanche.",
     "-15 % sur toutes les bougies à la boutique de l'atelier, dimanche."),
])
def test_a_variant_that_opens_the_offer_online_says_more(campaign_run, lang, original,
                                                         more, same):
    other = "en" if lang == "fr" else "fr"
    _, reports = campaign_run(variant_pair(lang, original, more), lang)
    assert facts_of(reports, f"p-{other}", "channel") == {("channel", "store"),
                                                          ("channel", "online")}
    assert ("BL606", f"p-{other}") in findings(reports)
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert facts_of(reports, f"p-{other}", "channel") == {("channel", "store")}
    assert findings(reports) == []


@pytest.mark.parametrize("lang, original, variant", [
    # the website named in a sentence of its own: where to book, not where the offer holds
    ("fr", "Samedi, -20 % sur tous les thés à la boutique de la rue Haute.",
     "On Saturday, 20% off all teas at our Rue Haute shop. Book a tasting on our website."),
    # a version that names no place leaves it to its reader
    ("en", "15% off every candle at the workshop store on Sunday.",
     "-15 % sur toutes les bougies, dimanche."),
])
def test_a_place_said_apart_from_the_figure_or_left_out_is_no_other_offer(
        campaign_run, lang, original, variant):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    assert [f for f in findings(reports) if f[0] == "BL606"] == []


# -- a price after the campaign's name ---------------------------------------------------


@pytest.mark.parametrize("lang, texts, odd, same", [
    ("fr", ("45 € au lieu de 60 € : la séance photo de la fête des pères, samedi 13 juin.",
            "Fête des pères : la séance photo à 45 €, samedi 13 juin.",
            "Séance photo de la fête des pères, samedi 13 juin : 45 € seulement."),
     "Plus que 3 places samedi pour la séance Fête des pères à 39 € !",
     "Plus que 3 places samedi pour la séance Fête des pères à 45 € !"),
    ("en", ("€45 instead of €60: our Mother's Day photo session, Saturday 9 May.",
            "Mother's Day: the photo session at €45, Saturday 9 May.",
            "Mother's Day photo session on Saturday 9 May, only €45."),
     "Treat her this Mother's Day at just €39: three slots left on Saturday!",
     "Treat her this Mother's Day at just €45: three slots left on Saturday!"),
])
def test_a_price_after_the_occasion_s_name_is_the_offer_s(campaign_run, lang, texts,
                                                          odd, same):
    _, reports = campaign_run(campaign_csv(lang, (*texts, odd)), lang)
    assert ("BL601", "m4") in findings(reports)
    _, reports = campaign_run(campaign_csv(lang, (*texts, same)), lang)
    assert [f for f in findings(reports) if f[0] == "BL601"] == []


@pytest.mark.parametrize("lang, texts, odd, same", [
    ("fr", ("8 € l'entrée au lieu de 10 € : le Marché des potiers revient le 4 octobre.",
            "Rendez-vous le 4 octobre ! 8 € seulement l'entrée."),
     "Demain, le Marché des potiers à 6 € !",
     "Demain, le Marché des potiers à 8 € !"),
    ("en", ("€8 entry instead of €10: the Potters' Market is back on 4 October.",
            "See you on 4 October! Only €8 to get in."),
     "Tomorrow: the Potters Market at €6!",
     "Tomorrow: the Potters Market at €8!"),
])
def test_a_price_after_the_campaign_s_own_name_is_the_offer_s(campaign_run, lang, texts,
                                                               odd, same):
    def named(text: str) -> str:
        return text.replace(",demo,", ",marchedespotiers," if lang == "fr"
                            else ",pottersmarket,")

    _, reports = campaign_run(named(campaign_csv(lang, (*texts, odd))), lang)
    assert ("BL601", "m3") in findings(reports)
    _, reports = campaign_run(named(campaign_csv(lang, (*texts, same))), lang)
    assert [f for f in findings(reports) if f[0] == "BL601"] == []
    # the same message in a campaign named otherwise: its price is the potters', a
    # product no other message prices
    _, reports = campaign_run(campaign_csv(lang, (*texts, odd)), lang)
    assert [f for f in findings(reports) if f[0] == "BL601"] == []
