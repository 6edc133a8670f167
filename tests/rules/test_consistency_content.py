"""Campaign consistency (BL6xx), the second pass after the first blind campaign set: a
condition compared by what it says (a footnote's words, a pointer to the terms, the
members named by their club, a qualifying purchase, exclusions said of the items);
variants judged on facts, not details; holidays, exclusive bounds and weekly schedules
in dates; codes spelled out; `noqa` on campaign findings; the HTML campaign table. Each
concept fires on a planted case and stays silent on its near-miss, French and English,
on the real models."""

from __future__ import annotations

import csv
import io

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, run_cli

# -- conditions by content ---------------------------------------------------------------


def test_a_footnote_said_in_words_elsewhere_is_carried_fr(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Vos vieux skis valent 60 €*.\n*Bon d'achat à valoir sur une paire de skis neuve.",
        "Vos vieux skis = 60 €* | *à valoir sur une paire de skis neuve",
        "Rapportez vos skis : 60 euros à valoir sur une paire de skis neuve.",
        "Vos vieux skis = 60 € pour une paire neuve, jusqu'à dimanche.")))
    assert findings(reports) == []


def test_a_footnote_left_out_by_a_message_of_the_same_language_fires_fr(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Vos vieux skis valent 60 €*.\n*Bon d'achat à valoir sur une paire de skis neuve.",
        "Vos vieux skis = 60 €* | *à valoir sur une paire de skis neuve",
        "Rapportez vos vieux skis en magasin et recevez 60 € !")))
    assert findings(reports) == [("BL605", "m3")]


def test_a_footnote_said_in_words_elsewhere_is_carried_en(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "Your old skis are worth €60*.\n*Voucher to spend on a new pair of skis.",
        "Old skis = €60* | *to spend on a new pair of skis",
        "Bring your old skis in: a €60 voucher towards a new pair of skis.")), "en")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv("en", (
        "Your old skis are worth €60*.\n*Voucher to spend on a new pair of skis.",
        "Old skis = €60* | *to spend on a new pair of skis",
        "Bring your old skis in and get €60 back!")), "en")
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, pointer, bare", [
    ("fr", "-20 % sur les tentes, voir conditions en magasin.", "-20 % sur les tentes !"),
    ("en", "20% off tents, T&Cs apply.", "20% off tents!"),
])
def test_a_message_that_points_to_the_terms_carries_the_condition(campaign_run, lang,
                                                                   pointer, bare):
    stock = {"fr": "-20 % sur les tentes, dans la limite des stocks.",
             "en": "20% off tents, while stocks last."}[lang]
    _, reports = campaign_run(campaign_csv(lang, (stock, stock, pointer)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (stock, stock, bare)), lang)
    assert findings(reports) == [("BL605", "m3")]


def test_a_pointer_to_the_terms_is_no_condition_others_must_repeat(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-20 %* sur les tentes.\n*Voir conditions en magasin.",
        "-20 %* sur les tentes.\n*Offre soumise à conditions.", "-20 % sur les tentes !")))
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("Membres Cimalpe Club : -20 % sur les skis de rando.",
            "Pour les membres Club, -20 % sur les skis de rando.",
            "-20 % sur les skis de rando, sur présentation de votre carte.",
            "-20 % sur les skis de rando jusqu'à dimanche !")),
    ("en", ("Wild Circle members: 20% off refill pouches.",
            "20% off refill pouches, just for members.",
            "20% off refill pouches: show your Circle card.",
            "20% off refill pouches this week!")),
])
def test_members_named_by_their_club_are_a_members_condition(campaign_run, lang, texts):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert findings(reports) == [("BL605", "m4")]
    # joining the club mentioned in passing is no condition of the offer
    _, reports = campaign_run(campaign_csv(lang, (
        texts[3], texts[3], "Pas encore membre ? L'adhésion au Club est gratuite. " + texts[3]
        if lang == "fr" else "Not a member yet? Joining the Club is free. " + texts[3])),
        lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("-25 % sur les billets enfants, pour toute réservation incluant au moins un "
            "enfant de 2 à 11 ans.",
            "-25 % sur les billets enfants pour toute résa avec un enfant de 2 à 11 ans.",
            "Dès qu'une réservation comprend au moins un enfant, les billets enfants sont "
            "à -25 %.",
            "Pour les 2-11 ans, c'est -25 % sur le billet !")),
    ("en", ("25% off children's tickets when your booking includes at least one child.",
            "25% off* children's tickets | *On any booking including at least one child",
            "Every child's ticket is 25% off on bookings with at least one child aged 2-11.",
            "25% off for the kids this summer!")),
])
def test_a_qualifying_purchase_is_a_condition(campaign_run, lang, texts):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert findings(reports) == [("BL605", "m4")]
    _, reports = campaign_run(campaign_csv(lang, texts[:3]), lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("-25 % sur les recharges (hors pots grand format).",
            "-25 % sur les recharges ; les pots grand format ne sont pas concernés.",
            "-25 % sur les recharges, les pots grand format restent au prix habituel.")),
    ("en", ("25% off refill pouches (not the full-size jars).",
            "25% off refill pouches* | *Full-size jars not included",
            "25% off refill pouches (full-size jars at the usual price).")),
])
def test_exclusions_said_of_the_items_are_one_condition(campaign_run, lang, texts):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert findings(reports) == []
    bare = {"fr": "-25 % sur toutes les recharges !", "en": "25% off every refill pouch!"}
    _, reports = campaign_run(campaign_csv(lang, (*texts, bare[lang])), lang)
    assert findings(reports) == [("BL605", "m4")]


# -- variants: facts, not details --------------------------------------------------------


def test_a_variant_that_drops_a_detail_is_silent_and_one_that_drops_a_fact_fires(
        campaign_run):
    original = ("-20 % pour les membres Club sur les skis. L'adhésion se fait en deux "
                "minutes en caisse, au 12 rue Lesdiguières. #Cimalpe")
    _, reports = campaign_run(campaign_csv("fr", (
        original, "20% off skis for Club members. Joining takes two minutes at the till."),
        languages=("fr", "en"), ids=("a-fr", "a-en"), variant_of=("", "a-fr")))
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv("en", (
        "20% off skis for Club members until 13 December.",
        "-20 % sur les skis pour les membres Club !"),
        languages=("en", "fr"), ids=("b-en", "b-fr"), variant_of=("", "b-en")), "en")
    assert findings(reports) == [("BL606", "b-fr")]


def test_a_variant_naming_its_own_markets_places_is_silent_a_dropped_route_fires(
        campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Ventes flash : Southampton, Cork et Jersey dès 39 € l'aller.",
        "Flash sale: fly to Brest, Lorient or Nantes from £35 one way."),
        languages=("fr", "en"), ids=("s-fr", "s-en"), variant_of=("", "s-fr")))
    assert findings(reports) == []
    # a name counts once the campaign writes it in both languages (here the poster)
    _, reports = campaign_run(campaign_csv("en", (
        "Flash sale from £35: Southampton to Brest, Exeter to Lorient, Jersey to Nantes.",
        "Ventes flash dès 35 £ : Southampton – Brest, Exeter – Lorient.",
        "Vols vers Brest, Lorient et Nantes depuis Southampton, Exeter et Jersey."),
        languages=("en", "fr", "fr"), ids=("r-en", "r-fr", "r-poster"),
        variant_of=("", "r-en", "")), "en")
    assert findings(reports) == [("BL606", "r-fr")]


@pytest.mark.parametrize("lang, original, same, dropped", [
    ("fr", "-25 % sur les billets enfants et bagage en soute offert.",
     "25% off children's tickets and a free hold bag.", "25% off children's tickets."),
    ("en", "25% off children's tickets, and delivery is free.",
     "-25 % sur les billets enfants, livraison offerte.", "-25 % sur les billets enfants."),
])
def test_a_variant_that_drops_the_free_item_fires(campaign_run, lang, original, same,
                                                  dropped):
    other = "en" if lang == "fr" else "fr"
    for text, expected in ((same, []), (dropped, [("BL606", "v-" + other)])):
        _, reports = campaign_run(campaign_csv(lang, (original, text), languages=(lang, other),
                                               ids=("v-" + lang, "v-" + other),
                                               variant_of=("", "v-" + lang)), lang)
        assert findings(reports) == expected


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'adhésion est gratuite, et 20 € offerts dès 100 € d'achat."),
    ("en", "Joining is free and takes two minutes."),
])
def test_money_given_or_free_to_join_is_no_free_item(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert facts_of(reports, "m1", "gift") == set()


def test_names_joined_by_a_hyphen_are_each_a_name(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Nouvelle ligne Brest-Bristol dès 45 € avec le code BRISTOL27.",
        "New route: Bristol to Brest from €45 with code BRISTOL27."),
        languages=("fr", "en"), ids=("n-fr", "n-en"), variant_of=("", "n-fr")))
    assert {"brest", "bristol"} <= {v for _, v in facts_of(reports, "n-fr", "product")}
    assert findings(reports) == []


# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, holiday, same, other, sent", [
    ("fr", "-20 % jusqu'à Noël.", "-20 % jusqu'au 25 décembre.", "-20 % jusqu'au 24/12.",
     "2026-12-01"),
    ("fr", "-15 % jusqu'à la fête des mères.", "-15 % jusqu'au 30 mai.",
     "-15 % jusqu'au 23 mai.", "2027-05-10"),
    ("en", "20% off until Boxing Day.", "20% off until 26 December.",
     "20% off until 27 December.", "2026-12-18"),
    ("en", "30% off, ends Black Friday.", "30% off until 27 November.",
     "30% off until 28 November.", "2026-11-20"),
])
def test_a_holiday_is_its_date_in_the_send_dates_year(campaign_run, lang, holiday, same,
                                                     other, sent):
    dates = (sent,) * 3
    _, reports = campaign_run(campaign_csv(lang, (holiday, same, same), send_dates=dates),
                              lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (holiday, holiday, other), send_dates=dates),
                              lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, before, until, wrong", [
    ("fr", "Allers dès 45 €, à réserver avant le 01/02.", "Allers dès 45 € jusqu'au 31 janvier.",
     "Allers dès 45 € jusqu'au 1er février."),
    ("en", "Fares from £39, book before 1 February.", "Fares from £39 until 31 January.",
     "Fares from £39 until 1 February."),
])
def test_before_a_day_ends_the_day_before(campaign_run, lang, before, until, wrong):
    dates = ("2027-01-13",) * 3
    _, reports = campaign_run(campaign_csv(lang, (before, until, until), send_dates=dates),
                              lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (until, until, wrong), send_dates=dates), lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "-20 % jusqu'au 15/03. Service client du lundi au samedi, au 02 98 00 41 41."),
    ("en", "20% off until 15 March. Flights on Mondays, Thursdays and Saturdays."),
])
def test_a_weekly_schedule_and_a_phone_number_are_no_dates(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,), send_dates=("2027-03-09",)), lang)
    assert facts_of(reports, "m1", "date") == {("end", "2027-03-15")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Jusqu'à 23 h 59 le lundi 15 mars, -20 % sur les vols."),
    ("en", "Book by midnight (French time) Mon 15 March: 20% off flights."),
])
def test_a_time_of_day_between_the_end_word_and_the_date(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,), send_dates=("2027-03-09",)), lang)
    assert facts_of(reports, "m1", "date") == {("end", "2027-03-15")}


# -- codes -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, spelled, wrong", [
    ("fr", "Le code est B-R-I-S-T-O-L-2-7, pour -10 %.",
     "Le code est B-R-I-S-T-O-L-2-8, pour -10 %."),
    ("en", "The code is B-R-I-S-T-O-L-2-7 for 10% off.",
     "The code is B-R-I-S-T-O-L-2-8 for 10% off."),
])
def test_a_code_spelled_letter_by_letter_is_the_code(campaign_run, lang, spelled, wrong):
    code = {"fr": "-10 % avec le code BRISTOL27.", "en": "10% off with code BRISTOL27."}[lang]
    _, reports = campaign_run(campaign_csv(lang, (code, code, spelled)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (code, code, wrong)), lang)
    assert findings(reports) == [("BL603", "m3")]


# -- noqa on campaign findings -----------------------------------------------------------


def _with_noqa(text: str, noqa: dict[str, str]) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*rows[0], "noqa"])
    for row in rows[1:]:
        writer.writerow([*row, noqa.get(row[0], "")])
    return out.getvalue()


@pytest.mark.parametrize("lang, texts, noqa", [
    ("fr", ("-30 % sur les jeux.", "-30 % sur les jeux !", "-40 % sur les jeux !"), "BL601"),
    ("en", ("30% off games.", "30% off games!", "40% off games!"), "campaign-price-mismatch"),
])
def test_a_rows_noqa_silences_its_campaign_finding(campaign_run, lang, texts, noqa):
    results, reports = campaign_run(_with_noqa(campaign_csv(lang, texts), {"m3": noqa}), lang)
    assert findings(reports) == []
    assert not [d for r in results for d in r.diagnostics if d.code == "BL915"]
    # a noqa on another row, or for another rule, silences nothing
    _, reports = campaign_run(_with_noqa(campaign_csv(lang, texts), {"m2": noqa}), lang)
    assert findings(reports) == [("BL601", "m3")]
    _, reports = campaign_run(_with_noqa(campaign_csv(lang, texts), {"m3": "BL603"}), lang)
    assert findings(reports) == [("BL601", "m3")]


# -- the HTML campaign report ------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, heading, odd", [
    ("fr", ("-30 % sur les jeux jusqu'au 24/12.", "Jeux : 30 % de remise jusqu'au 24 décembre.",
            "-40 % sur les jeux jusqu'au 24/12 !"), "Campagnes", "-40 %"),
    ("en", ("30% off games until Dec 24.", "Games: 30% off until 24 December.",
            "40% off games until Dec 24!"), "Campaigns", "40%"),
])
def test_the_html_report_shows_the_campaigns_facts_with_the_disagreement_marked(
        tmp_path, monkeypatch, lang, texts, heading, odd):
    from tests.conftest import PROFILES

    (tmp_path / "noel.csv").write_text(campaign_csv(lang, texts), encoding="utf-8")
    result = run_cli(["check", "noel.csv", "--profile", str(PROFILES[lang]), "--format",
                      "html", "--no-cache", "--select", "BL6", "--output", "r.html"],
                     monkeypatch, tmp_path)
    assert result.exit_code == 1
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert f'<h2 id="campaigns-title">{heading}</h2>' in page
    columns = {"fr": ("Chiffres", "Dates", "Codes", "Promesses", "Conditions", "Offerts"),
               "en": ("Figures", "Dates", "Codes", "Promises", "Conditions", "Free items")}
    for column in columns[lang]:
        assert f'<th scope="col">{column}</th>' in page
    assert page.count('<table class="facts">') == 1
    assert page.count('<tr><th scope="row">') == 3
    # the odd figure's cell is marked, the reference's too, the agreeing message is not
    assert '<td class="odd" aria-label="' in page and f"<li>{odd}</li>" in page
    assert page.count('<td class="odd"') == 1 and page.count('<td class="reference"') == 1
    assert "BL601" in page


def test_the_html_report_of_a_consistent_campaign_marks_nothing(tmp_path, monkeypatch):
    from tests.conftest import PROFILES

    (tmp_path / "c.csv").write_text(campaign_csv("fr", (
        "-30 % sur les jeux jusqu'au 24/12.", "30 % de remise sur les jeux jusqu'au 24 décembre.")),
        encoding="utf-8")
    result = run_cli(["check", "c.csv", "--profile", str(PROFILES["fr"]), "--format", "html",
                      "--no-cache", "--select", "BL6", "--output", "r.html"], monkeypatch, tmp_path)
    assert result.exit_code == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert '<table class="facts">' in page and "cohérente" in page
    assert 'class="odd"' not in page and 'class="reference"' not in page
