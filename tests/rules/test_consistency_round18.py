"""Campaign consistency (BL6xx), the eighteenth pass, after the seventeenth blind campaign
set (corpora/campaigns-blind17: opticians, a bakery chain, climbing gyms). Its false
alarms compared the words of facts, not what they mean:

- a language variant that states a fact in its own words is not "saying more": a
  saving two prices say (« 495 € au lieu de 660 € : 165 € d'économie », "that's €165
  saved") is arithmetic, as the implied discount is; a least price one version gives as
  a figure and the other as a minimum (« monture à 150 € » / "priced €150 or more") is
  the same figure; a hashtag (« #Lyon ») names no product; those "who join us" are new
  members (« celles et ceux qui nous rejoignent », "if you're joining us for the first
  time"); an old price said otherwise (« plutôt que », "rather than", « passe de 22,90 €
  à 19,90 € »);
- a duration in a sentence that names no offer ("leave the dough to rise for eighteen
  hours") is how long something is done, not how long the offer lasts;
- a price per unit of a pack the message prices (« 12 € l'entrée … soit 120 € les 10 »)
  is another fact than the pack's price, compared only with other units' prices;
- a start on the day the message goes out (« commandez-la dès ce soir ») says the offer
  is on: it agrees with a start before it.

Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# m1 email, m2 sms, m3 social, m4 web, m5 store (CHANNELS of campaign_csv)

# -- a duration said of something else than the offer ---------------------------------


@pytest.mark.parametrize("lang, offer, other", [
    ("fr", "Pendant 48 heures, -20 % sur toutes nos galettes.",
     "Nos boulangers laissent lever la pâte pendant 18 heures. -20 % sur toutes nos "
     "galettes."),
    ("en", "For 48 hours, 20% off all our galettes.",
     "Our bakers leave the dough to rise for eighteen hours. 20% off all our galettes."),
])
def test_a_duration_of_something_else_is_no_end(campaign_run, lang, offer, other):
    _, reports = campaign_run(campaign_csv(lang, (offer, other)), lang)
    assert {k for k, _ in facts_of(reports, "m1", "date")} == {"end"}
    assert facts_of(reports, "m2", "date") == set()


@pytest.mark.parametrize("original, variant", [
    ("Chaque nuit, nous laissons pousser la pâte au levain. Du 11 au 16 mai, la 3e "
     "baguette est offerte.",
     "Every night we leave the sourdough to rise for eighteen hours. From 11 to 16 May, "
     "the third baguette is free."),
])
def test_a_variant_with_a_duration_of_its_own_says_no_more(campaign_run, original, variant):
    _, reports = campaign_run(variant_pair("fr", original, variant), "fr")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair("fr", original, variant.replace(
        "Every night we leave the sourdough to rise for eighteen hours.",
        "For 48 hours only, everything is 10% off.")), "fr")
    assert findings(reports) == [("BL606", "p-en")]


# -- the saving two prices say -----------------------------------------------------------


@pytest.mark.parametrize("lang, said, wrong", [
    ("fr", "L'abonnement annuel est à 495 € au lieu de 660 € : 165 € d'économie.",
     "L'abonnement annuel est à 495 € au lieu de 660 € : 200 € d'économie."),
    ("en", "Annual membership is €495 instead of €660: save €165.",
     "Annual membership is €495 instead of €660: save €200."),
])
def test_the_saving_two_prices_say_is_no_fact_of_its_own(campaign_run, lang, said, wrong):
    other = "en" if lang == "fr" else "fr"
    plain = {"fr": "L'abonnement annuel est à 495 € au lieu de 660 €.",
             "en": "Annual membership is €495 instead of €660."}[other]
    _, reports = campaign_run(variant_pair(lang, said, plain), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, wrong, plain), lang)
    assert findings(reports) == [("BL606", f"p-{other}")]


def test_a_saving_said_after_its_figure(campaign_run):
    _, reports = campaign_run(campaign_csv("en", ("€165 saved on your membership.",)),
                              "en")
    assert ("amount_off", "165 EUR") in facts_of(reports, "m1", "price")


# -- an old price said otherwise -----------------------------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("fr", "La carte 10 entrées est à 120 € plutôt que 150 €."),
    ("fr", "La carte 10 entrées passe de 150 € à 120 €."),
    ("en", "The 10-visit pass is €120 rather than €150."),
    ("en", "The 10-visit pass goes from €150 to €120."),
])
def test_an_old_price_said_otherwise_is_no_price(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    prices = facts_of(reports, "m1", "price")
    assert ("price", "120 EUR") in prices
    assert ("price", "150 EUR") not in prices


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("La galette 6 parts à 19,90 € au lieu de 22,90 €.",
            "La galette 6 parts à 19,90 € au lieu de 22,90 €.",
            "La galette 6 parts passe de 22,90 € à 19,90 €.")),
    ("en", ("The 6-slice galette at €19.90 instead of €22.90.",
            "The 6-slice galette at €19.90 instead of €22.90.",
            "The 6-slice galette goes from €22.90 to €19.90.")),
])
def test_a_price_said_by_its_change_agrees(campaign_run, lang, texts):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert findings(reports) == []
    wrong = texts[2].replace("19,90", "18,90").replace("19.90", "18.90")
    _, reports = campaign_run(campaign_csv(lang, (*texts[:2], wrong)), lang)
    assert findings(reports) == [("BL601", "m3")]


# -- a least price said as a figure or as a minimum ----------------------------------------


@pytest.mark.parametrize("lang, text, key", [
    ("fr", "Verres solaires offerts dès 150 € de monture solaire.", "min_basket"),
    ("fr", "Les montures solaires à partir de 150 €.", "price"),
    ("en", "Free prescription lenses with over €150 of sunglasses.", "min_basket"),
    ("en", "Sunglasses frames from €150.", "price"),
])
def test_a_least_price_of_a_purchase(campaign_run, lang, text, key):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert (key, "150 EUR") in facts_of(reports, "m1", "price")


@pytest.mark.parametrize("variant, fires", [
    ("Buy a frame priced €150 or more and we'll give you the lenses free of charge.",
     False),
    ("Buy a frame priced €120 or more and we'll give you the lenses free of charge.",
     True),
])
def test_a_minimum_the_original_gives_as_a_figure(campaign_run, variant, fires):
    original = "Monture solaire à 150 € : les verres solaires correcteurs sont offerts."
    _, reports = campaign_run(variant_pair("fr", original, variant), "fr")
    assert findings(reports) == ([("BL606", "p-en")] if fires else [])


# -- who join us, hashtags -----------------------------------------------------------------


@pytest.mark.parametrize("lang, text, new", [
    ("fr", "L'abonnement à 495 € pour celles et ceux qui nous rejoignent.", True),
    ("fr", "Rejoignez-nous samedi : l'abonnement est à 495 €.", False),
    ("en", "Membership at €495 for everyone who joins us this month.", True),
    ("en", "Join us on Saturday: membership is €495.", False),
])
def test_those_who_join_us_are_new(campaign_run, lang, text, new):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert (("first_order", "first_order") in facts_of(reports, "m1", "condition")) is new


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "L'abonnement est à 495 € dans la salle Confluence. #Lyon", "confluence"),
    ("en", "Membership is €495 at the Confluence gym. #Bouldering", "confluence"),
])
def test_a_hashtag_names_nothing(campaign_run, lang, text, name):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    names = {v for _, v in facts_of(reports, "m1", "product")}
    assert name in names
    assert not names & {"lyon", "bouldering"}


# -- the unit of a price -------------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, unit", [
    ("fr", ("La carte 10 entrées est à 120 € au lieu de 150 €.",
            "Carte 10 entrées : 120 € au lieu de 150 €, jusqu'au 24/12.",
            "Carte 10 entrées : 12 € l'entrée au lieu de 15 €\nsoit 120 € les 10, jusqu'au "
            "24/12."), "12 EUR"),
    ("en", ("The 10-visit pass is €120 instead of €150.",
            "10-visit pass: €120 instead of €150, until 24 December.",
            "10-visit pass: €12 a visit instead of €15\nso €120 for the 10, until 24 "
            "December."), "12 EUR"),
])
def test_a_unit_price_of_a_pack_is_another_fact(campaign_run, lang, texts, unit):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert ("unit_price", unit) in facts_of(reports, "m3", "price")
    assert findings(reports) == []
    wrong = texts[2].replace("120", "130").replace("12 ", "13 ")
    _, reports = campaign_run(campaign_csv(lang, (*texts[:2], wrong)), lang)
    assert ("BL601", "m3") in findings(reports)


# -- a start on the day of sending ---------------------------------------------------------


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("Du 1er au 24 décembre, la carte 10 entrées est à 120 €.",
            "Du 1er au 24 décembre, la carte 10 entrées est à 120 €.",
            "La carte 10 entrées à 120 € : commandez-la en ligne dès ce soir, jusqu'au "
            "24 décembre.")),
    ("en", ("From 1 to 24 December, the 10-visit pass is €120.",
            "From 1 to 24 December, the 10-visit pass is €120.",
            "The 10-visit pass at €120: order it online from tonight, until 24 "
            "December.")),
])
def test_a_start_on_the_day_of_sending_agrees_with_an_earlier_one(campaign_run, lang,
                                                                  texts):
    sent = ("2026-11-27", "2026-11-27", "2026-12-10")
    _, reports = campaign_run(campaign_csv(lang, texts, send_dates=sent), lang)
    assert findings(reports) == []
    # sent before the others' start, the same words start the offer earlier
    later = tuple(t.replace("1er", "15").replace("From 1 ", "From 15 ") for t in texts)
    _, reports = campaign_run(campaign_csv(lang, later, send_dates=sent), lang)
    assert findings(reports) == [("BL602", "m3")]


# -- collecting an item the profile promises ready ------------------------------------


def _with_ready_service(tmp_path, capsys, rows: str) -> dict:
    import json

    from brandlint.cli import main
    from tests.conftest import PROFILES

    profile = tmp_path / "profile.yaml"
    profile.write_text(PROFILES["fr"].read_text(encoding="utf-8").replace(
        "  availability:", "  glasses_ready: {within: 7d, terms: [lunettes prêtes, glasses "
        "ready]}\n  availability:", 1), encoding="utf-8")
    (tmp_path / "campaign.csv").write_text(rows, encoding="utf-8")
    main(["check", str(tmp_path / "campaign.csv"), "--profile", str(profile), "--no-cache",
          "--format", "json", "--select", "BL6", "--fail-on", "never"])
    return json.loads(capsys.readouterr().out)["campaigns"][0]


@pytest.mark.parametrize("lang, collect, fetch", [
    ("fr", "Vous les récupérez sous 72 heures, ajustées par l'opticien.",
     "Nous vous les livrons sous 72 heures."),
    ("en", "You'll pick them up within 72 hours, adjusted by your optician.",
     "We'll deliver them within 72 hours."),
])
def test_collecting_is_the_ready_promise(tmp_path, capsys, lang, collect, fetch):
    ready = "Monture à -30 % jusqu'au 19 septembre. Lunettes prêtes sous 7 jours."
    rows = campaign_csv("fr", (ready, ready, "Monture à -30 % jusqu'au 19 septembre. "
                               + collect, "Monture à -30 % jusqu'au 19 septembre. " + fetch),
                        languages=("fr", "fr", lang, lang))
    campaign = _with_ready_service(tmp_path, capsys, rows)
    facts = {m["id"]: m["facts"] for m in campaign["messages"]}
    assert [(p["key"], p["value"]) for p in facts["m3"]["promise"]] == [
        ("glasses_ready", "72h")]
    assert [p["key"] for p in facts["m4"]["promise"]] == ["delivery"]
    found = {(d["code"], d["id"]) for d in campaign["diagnostics"]}
    assert ("BL604", "m3") in found
    assert not any(i == "m4" for _, i in found)


# -- a minimum that conditions a free item ---------------------------------------------


@pytest.mark.parametrize("lang, holder, any_frame, no_gift, figure", [
    ("fr", "Vos verres solaires sont offerts dès 150 € de monture solaire. Progressifs à "
           "-50 %.",
     "Pour l'achat de n'importe quelle monture solaire, vos verres solaires sont offerts "
     "(progressifs à -50 %) !",
     "Vos verres progressifs solaires à -50 % !",
     "Monture solaire à 150 € : vos verres solaires sont offerts (progressifs à -50 %)."),
    ("en", "Buy a sunglasses frame priced €150 or more and your lenses are free. Varifocals "
           "50% off.",
     "Buy any sunglasses frame and your lenses are free (varifocals 50% off)!",
     "Your varifocal sunglasses lenses 50% off!",
     "Sunglasses frame at €150: your lenses are free (varifocals 50% off)."),
])
def test_a_minimum_of_a_free_item_dropped(campaign_run, lang, holder, any_frame, no_gift,
                                          figure):
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, any_frame)), lang)
    assert findings(reports) == [("BL605", "m3")]
    # a message that gives the discount alone, without the free item, makes another
    # claim: the minimum of the free item is no condition of it
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, no_gift)), lang)
    assert findings(reports) == []
    # nor does one that gives the least price as a figure, read otherwise
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, figure)), lang)
    assert findings(reports) == []
