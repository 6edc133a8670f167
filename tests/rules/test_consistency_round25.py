"""Campaign consistency (BL6xx), the twenty-fifth pass, after the twenty-first blind
campaign set became a development set. What its misses and false alarms lacked:

- the members' club named with the brand joined to « Club » (« membre du Ludo'Club »),
  addressed at the head of an SMS (« Ludo'Club : »), or alone in brackets after the offer
  (« (Ludo'Club) »);
- a selection named by its mark alone in brackets (« (pastille verte) », "(green dot)"),
  after a conjugated verb of carrying (« qui portent la pastille verte »), or made the
  items' adjective ("green-dot lunch boxes");
- words set in bold the markdown way (« **Faut-il être membre ?** ») are no footnote;
- a profile's service named by a thing and its participle (« tampons crédités ») is named
  by the participle alone (« crédités sous 24 h »);
- what the offer is not to be had on (« n'est pas disponible en livraison », "Not
  available on deliveries") is an exclusion, a day or other offers are not;
- free said after the service, closing its clause ("we'll fit it for you, free 🔧");
  money given to someone named first (« nous offrons à votre fils un bon d'achat de
  15 € ») is a figure, no free item;
- the stores named by their towns before the noun ("in our Lyon, Metz and Nancy stores");
- the order collected by the customer (« commandes à emporter uniquement », « quand tu
  viens la chercher », "collection orders only") is a condition, one mode among others
  (« sur place ou à emporter ») is not;
- the hours of the ordering line, said by their end beside the days (« Commandez jusqu'à
  minuit, 7 jours sur 7 »), are opening hours, not the offer's end;
- a person of the brand coming to the customer (« un technicien est chez vous sous 24
  heures ») is the profile's visit (the service its terms name by a visit or an
  intervention), no delivery.

Each fires on a planted case and stays silent on its near miss, French and English, on
the real models."""

from __future__ import annotations

import json

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair


def _codes(reports, code: str) -> list[tuple[str, str]]:
    return [f for f in findings(reports) if f[0] == code]


# -- the members' club by its joined name ------------------------------------------------


@pytest.mark.parametrize("lang, named, plain", [
    ("fr", ("Ludo'Club : 15 € offerts dès 90 € d'achats en ludothèque.",
            "15 € offerts dès 90 € d'achats (Ludo'Club).",
            "Faut-il être membre du Ludo'Club ? Oui : 15 € offerts dès 90 € d'achats."),
     "15 € offerts dès 90 € d'achats (jusqu'au 30 juin)."),
    ("en", ("Ludo'Club: €15 off when you spend €90 at the games library.",
            "€15 off when you spend €90 (Ludo'Club).",
            "Do I need to be a Ludo'Club member? Yes: €15 off when you spend €90."),
     "€15 off when you spend €90 (until 30 June)."),
])
def test_the_club_named_by_its_joined_name(campaign_run, lang, named, plain):
    _, reports = campaign_run(campaign_csv(lang, (*named, plain)), lang)
    for message in ("m1", "m2", "m3"):
        assert ("members", "members") in facts_of(reports, message, "condition")
    assert ("members", "members") not in facts_of(reports, "m4", "condition")
    assert ("BL605", "m4") in _codes(reports, "BL605")


# -- a selection named by its mark -------------------------------------------------------


@pytest.mark.parametrize("lang, marked, plain", [
    ("fr", ("Boîtes à goûter à -30 % (pastille verte) jusqu'au 12 septembre.",
            "La remise concerne les boîtes à goûter qui portent la pastille verte : -30 %."),
     "Boîtes à goûter à -30 % (jusqu'au 12 septembre)."),
    ("en", ("Last day tomorrow: 30% off green-dot lunch boxes.",
            "30% off lunch boxes (green dot) until 12 September."),
     "30% off green tea and lunch boxes (until 12 September)."),
])
def test_a_selection_named_by_its_mark(campaign_run, lang, marked, plain):
    _, reports = campaign_run(campaign_csv(lang, (*marked, plain)), lang)
    for message in ("m1", "m2"):
        assert ("selection", "selection") in facts_of(reports, message, "condition")
    assert ("selection", "selection") not in facts_of(reports, "m3", "condition")


# -- bold words are no footnote ----------------------------------------------------------


@pytest.mark.parametrize("lang, text", [
    ("fr", "## Vos questions\n**Puis-je offrir la carte ?**\nOui, dès 20 €."),
    ("en", "## Your questions\n**Can I give the card as a gift?**\nYes, from €20."),
])
def test_bold_words_are_no_footnote(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert not {k for k, _ in facts_of(reports, "m1", "condition")} & {"footnote", "terms"}
    starred = text.replace("**Puis", "Puis").replace("**Can", "Can").replace(
        "?**", " ?*") + "\n*Hors cartes déjà offertes."
    _, reports = campaign_run(campaign_csv(lang, (starred,)), lang)
    assert facts_of(reports, "m1", "condition")  # a real asterisk still points


# -- a service named by its participle ---------------------------------------------------


def _with_credit_service(tmp_path, capsys, rows: str) -> dict:
    from brandlint.cli import main
    from tests.conftest import PROFILES

    profile = tmp_path / "profile.yaml"
    profile.write_text(PROFILES["fr"].read_text(encoding="utf-8").replace(
        "  availability:", "  stamp_credit: {within: 48h, terms: [tampons crédités, "
        "stamps credited]}\n  availability:", 1), encoding="utf-8")
    (tmp_path / "campaign.csv").write_text(rows, encoding="utf-8")
    main(["check", str(tmp_path / "campaign.csv"), "--profile", str(profile), "--no-cache",
          "--format", "json", "--select", "BL6", "--fail-on", "never"])
    return json.loads(capsys.readouterr().out)["campaigns"][0]


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("Tampons doublés jusqu'au 9 mai : vos tampons crédités sous 48 h.",
            "Tampons doublés jusqu'au 9 mai, crédités sous 48 h sur votre carte. "
            "Livraison sous 72 h.",
            "Tampons doublés jusqu'au 9 mai ! Ils sont crédités en 48 h maximum.")),
    ("en", ("Double stamps until 9 May: stamps credited within 48 hours.",
            "Double stamps until 9 May, credited within 48 hours. Delivery within 72 "
            "hours.",
            "Double stamps until 9 May! They're credited within 48 hours at most.")),
])
def test_a_service_named_by_its_participle(tmp_path, capsys, lang, texts):
    report = _with_credit_service(tmp_path, capsys, campaign_csv(lang, texts))
    promises = {(m["id"], f["key"]) for m in report["messages"]
                for f in m["facts"].get("promise", [])}
    assert {("m2", "stamp_credit"), ("m3", "stamp_credit")} <= promises
    assert report["diagnostics"] == []  # 48 h credits beside a 72 h delivery
    faster = (texts[0], texts[1], texts[2].replace("48", "24"))
    report = _with_credit_service(tmp_path, capsys, campaign_csv(lang, faster))
    assert [(d["code"], d["id"]) for d in report["diagnostics"]] == [("BL604", "m3")]


# -- what the offer is not to be had on --------------------------------------------------


@pytest.mark.parametrize("lang, excluded, kept", [
    ("fr", "Le menu à 12 € n'est pas disponible en livraison.",
     ("Le menu à 12 € n'est pas disponible le dimanche.", "Menu à 12 €, non cumulable.")),
    ("en", "The €12 menu is not available on deliveries.",
     ("The €12 menu is not available on Sundays.",
      "The €12 menu is not valid with other offers.")),
])
def test_what_the_offer_is_not_had_on_is_an_exclusion(campaign_run, lang, excluded, kept):
    _, reports = campaign_run(campaign_csv(lang, (excluded, *kept)), lang)
    assert ("exclusions", "exclusions") in facts_of(reports, "m1", "condition")
    for message in ("m2", "m3"):
        assert ("exclusions", "exclusions") not in facts_of(reports, message, "condition")


# -- free said last; money given to someone ----------------------------------------------


@pytest.mark.parametrize("lang, original, variant", [
    ("fr", "Jusqu'au 4 octobre, -20 % sur les vélos enfant. On vous pose le porte-bébé, "
           "gratuitement 🔧",
     "Until 4 October, 20% off kids' bikes. We'll even fit the child seat for you, free 🔧"),
    ("en", "Until 4 October, 20% off kids' bikes. We'll even fit the child seat for you, "
           "free 🔧",
     "Jusqu'au 4 octobre, -20 % sur les vélos enfant. On vous pose le porte-bébé, "
     "gratuitement 🔧"),
])
def test_free_said_last_is_a_gift(campaign_run, lang, original, variant):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    assert _codes(reports, "BL606") == []
    dropped = variant.rsplit(".", 1)[0] + "."
    _, reports = campaign_run(variant_pair(lang, original, dropped), lang)
    assert _codes(reports, "BL606") != []


@pytest.mark.parametrize("lang, money, item", [
    ("fr", "Pour son anniversaire, nous offrons à votre fils un bon d'achat de 15 €.",
     "Pour son anniversaire, nous offrons à votre fils un ballon."),
    ("en", "For his birthday, we give your son a €15 voucher.",
     "For his birthday, your son gets a free ball."),
])
def test_money_given_to_someone_is_a_figure(campaign_run, lang, money, item):
    _, reports = campaign_run(campaign_csv(lang, (money, item)), lang)
    assert facts_of(reports, "m1", "gift") == set()
    assert ("gift", "free") in facts_of(reports, "m2", "gift")


# -- stores named by their towns ---------------------------------------------------------


@pytest.mark.parametrize("lang, original, variant", [
    ("fr", "-20 % sur les lampes avec le code LUMI20 sur lumia.fr, ou directement en caisse "
           "dans nos magasins de Lyon, Metz et Nancy.",
     "20% off lamps with code LUMI20 at lumia.fr, or at the till in our Lyon, Metz and "
     "Nancy stores."),
    ("en", "20% off lamps with code LUMI20 at lumia.fr, or at the till in our Lyon, Metz "
           "and Nancy stores.",
     "-20 % sur les lampes avec le code LUMI20 sur lumia.fr, ou directement en caisse "
     "dans nos magasins de Lyon, Metz et Nancy."),
])
def test_stores_named_by_their_towns(campaign_run, lang, original, variant):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    assert _codes(reports, "BL606") == []
    online = variant.split(", ou")[0].split(", or")[0] + "."
    _, reports = campaign_run(variant_pair(lang, original, online), lang)
    assert _codes(reports, "BL606") != []


# -- the order collected by the customer -------------------------------------------------


@pytest.mark.parametrize("lang, texts, dropped, modes", [
    ("fr", ("Du 3 au 9 mars, le 2e burger à -50 % pour toute commande à emporter.",
            "2e burger à -50 %, commandes à emporter uniquement, jusqu'au 9/03.",
            "Le 2e burger à -50 % quand tu viens le chercher, jusqu'au 9 mars !"),
     "Jusqu'au 9 mars, le 2e burger est à -50 % !",
     "Jusqu'au 9 mars, le 2e burger à -50 %, sur place ou à emporter !"),
    ("en", ("From 3 to 9 March, your second burger is 50% off when you collect your order "
            "yourself.",
            "Second burger 50% off, collection orders only, until 9 March.",
            "Second burger 50% off for collection until 9 March!"),
     "Until 9 March, your second burger is 50% off!",
     "Until 9 March, your second burger is 50% off, eat in or take away!"),
])
def test_collecting_the_order_is_a_condition(campaign_run, lang, texts, dropped, modes):
    _, reports = campaign_run(campaign_csv(lang, (*texts, dropped)), lang)
    for message in ("m1", "m2", "m3"):
        assert ("collection", "collection") in facts_of(reports, message, "condition")
    assert ("BL605", "m4") in _codes(reports, "BL605")
    _, reports = campaign_run(campaign_csv(lang, (modes,)), lang)
    assert ("collection", "collection") not in facts_of(reports, "m1", "condition")


# -- the hours of the ordering line ------------------------------------------------------


@pytest.mark.parametrize("lang, hours, late, deadline", [
    ("fr", "Commandez de 11 h à 22 h, 7 jours sur 7.",
     "Commandez jusqu'à minuit, 7 jours sur 7 : vos sushis sont prêts.",
     "Commandez jusqu'à minuit : -20 % sur les plateaux."),
    ("en", "Order from 11am to 10pm, 7 days a week.",
     "Order until midnight, 7 days a week: your sushi is ready.",
     "Order until midnight: 20% off platters."),
])
def test_the_hours_of_the_ordering_line(campaign_run, lang, hours, late, deadline):
    _, reports = campaign_run(campaign_csv(lang, (hours, hours, late)), lang)
    assert ("availability", "-24") in facts_of(reports, "m3", "promise")
    assert facts_of(reports, "m3", "date") == set()
    assert ("BL604", "m3") in _codes(reports, "BL604")
    same = late.replace("minuit", "22 h").replace("midnight", "10pm")
    _, reports = campaign_run(campaign_csv(lang, (hours, hours, same)), lang)
    assert _codes(reports, "BL604") == []
    _, reports = campaign_run(campaign_csv(lang, (deadline,)), lang)
    assert facts_of(reports, "m1", "promise") == set()
    assert {k for k, _ in facts_of(reports, "m1", "date")} == {"end"}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Et pour le dimanche de Pâques, pensez à notre gâteau, à commander au comptoir."),
    ("en", "And for Easter Sunday, remember our cake: just order it at the counter."),
])
def test_an_order_for_one_day_is_no_opening_hours(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert facts_of(reports, "m1", "promise") == set()


# -- a person of the brand coming is the profile's visit ---------------------------------


def _with_visit_service(tmp_path, capsys, rows: str) -> dict:
    from brandlint.cli import main
    from tests.conftest import PROFILES

    profile = tmp_path / "profile.yaml"
    profile.write_text(PROFILES["fr"].read_text(encoding="utf-8").replace(
        "  availability:", "  boiler_visit: {within: 72h, terms: [dépannage, intervient, "
        "call-out]}\n  availability:", 1), encoding="utf-8")
    (tmp_path / "campaign.csv").write_text(rows, encoding="utf-8")
    main(["check", str(tmp_path / "campaign.csv"), "--profile", str(profile), "--no-cache",
          "--format", "json", "--select", "BL6", "--fail-on", "never"])
    return json.loads(capsys.readouterr().out)["campaigns"][0]


@pytest.mark.parametrize("lang, texts, sooner", [
    ("fr", ("Contrat Chaudière Zen à 19 € par mois : dépannage sous 72 h.",
            "Chaudière Zen, 19 € par mois, et l'on intervient sous 72 h en cas de panne.",
            "Chaudière Zen à 19 € par mois : en cas de panne, un technicien est chez vous "
            "sous 72 heures."),
     "sous 24 heures"),
    ("en", ("Boiler Zen plan at €19 a month: a call-out within 72 hours.",
            "Boiler Zen, €19 a month, with a call-out within 72 hours if it breaks down.",
            "Boiler Zen at €19 a month: if it breaks down, a technician is with you within "
            "72 hours."),
     "within 24 hours"),
])
def test_a_technician_coming_is_the_profiles_visit(tmp_path, capsys, lang, texts, sooner):
    report = _with_visit_service(tmp_path, capsys, campaign_csv(lang, texts))
    promises = {(m["id"], f["key"]) for m in report["messages"]
                for f in m["facts"].get("promise", [])}
    assert ("m3", "boiler_visit") in promises
    assert report["diagnostics"] == []
    late = texts[2].replace("sous 72 heures", sooner).replace("within 72 hours", sooner)
    report = _with_visit_service(tmp_path, capsys, campaign_csv(lang, (*texts[:2], late)))
    assert [(d["code"], d["id"]) for d in report["diagnostics"]] == [("BL604", "m3")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Votre colis est chez vous sous 24 heures."),
    ("en", "Your parcel is with you within 24 hours."),
])
def test_goods_coming_are_no_visit(tmp_path, capsys, lang, text):
    report = _with_visit_service(tmp_path, capsys, campaign_csv(lang, (text,)))
    keys = {f["key"] for m in report["messages"] for f in m["facts"].get("promise", [])}
    assert "boiler_visit" not in keys
