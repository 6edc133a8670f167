"""Campaign consistency (BL6xx), the fourth pass, after the third blind campaign set
(corpora/campaigns-blind3): what a variant may say in other words (seats « dans la
limite des places disponibles » = "subject to availability", « sans frais » = "free of
charge", "the child pass is free" = « le pass enfant est offert »), the first word of a
banner's segment is no name; dates in forms not read before (the end of a named month,
« avant le 31/01 inclus », a count of days in words, the day of sending counted or
not), a purpose clause's date is no end of the offer; hours and days of a service
compared apart; spelled fractions of a price; a footnote carried by a message that
states its facts. Each concept fires on a planted case and stays silent on its
near-miss, French and English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# -- what a variant may say in other words -----------------------------------------------


@pytest.mark.parametrize("lang, original, same, dropped", [
    ("fr", "-25 % sur les traversées en voiture*.\n*Dans la limite des places disponibles.",
     "25% off car crossings*.\n*Subject to availability.",
     "25% off car crossings, book now."),
    ("en", "20% off return fares, subject to seat availability.",
     "-20 % sur les allers-retours, dans la limite des stocks.",
     "-20 % sur les allers-retours, réservez vite."),
])
def test_seats_that_run_out_are_the_stock_condition(campaign_run, lang, original, same,
                                                    dropped):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert ("stock", "stock") in facts_of(reports, f"p-{lang}", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, dropped), lang)
    assert findings(reports) == [("BL606", "p-en" if lang == "fr" else "p-fr")]


@pytest.mark.parametrize("lang, original, same, dropped", [
    ("fr", "-25 % sur les traversées. Modifiez vos dates sans frais jusqu'à 24 h avant.",
     "25% off crossings. Change your dates free of charge up to 24 hours before.",
     "25% off crossings. Book now."),
    ("en", "Annual pass €59 instead of €79, and when you buy two adult passes, the child "
           "pass is free.",
     "Pass annuel à 59 € au lieu de 79 €, et pour deux pass adultes, le pass enfant est "
     "offert.",
     "Pass annuel à 59 € au lieu de 79 €."),
])
def test_a_free_item_said_in_other_words_is_the_same_gift(campaign_run, lang, original,
                                                         same, dropped):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    assert ("gift", "free") in facts_of(reports, f"p-{lang}", "gift")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, dropped), lang)
    assert findings(reports) == [("BL606", "p-en" if lang == "fr" else "p-fr")]


@pytest.mark.parametrize("lang, text", [
    ("en", "20% off for members. Joining the Club is free and takes two minutes."),
    ("en", "20% off for members. Kestrel Club is here, and it is free to join."),
])
def test_free_to_join_is_no_gift(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert facts_of(reports, "m1", "gift") == set()


@pytest.mark.parametrize("lang, texts, dropped", [
    ("fr", ("-25 % sur le Winter Saver | Code HIVER25",
            "25% off the Winter Saver | Code HIVER25",
            "Code HIVER25 : -25 % sur le Winter Saver.",
            "Use code HIVER25: 25% off the Winter Saver."),
     "Use code HIVER25: 25% off return fares."),
    ("en", ("25% off the Winter Saver | Code HIVER25",
            "-25 % sur le Winter Saver | Code HIVER25",
            "Code HIVER25: 25% off the Winter Saver.",
            "Avec le code HIVER25 : -25 % sur le Winter Saver."),
     "Avec le code HIVER25 : -25 % sur vos allers-retours."),
])
def test_the_first_word_of_a_banner_segment_is_no_name(campaign_run, lang, texts, dropped):
    other = "en" if lang == "fr" else "fr"
    ids = ("web-" + lang, "web-" + other, "email-" + lang, "email-" + other)
    csv = campaign_csv(lang, texts, ids=ids, languages=(lang, other) * 2,
                       variant_of=("", ids[0], "", ids[2]))
    _, reports = campaign_run(csv, lang)
    assert findings(reports) == []
    csv = campaign_csv(lang, texts[:3] + (dropped,), ids=ids, languages=(lang, other) * 2,
                       variant_of=("", ids[0], "", ids[2]))
    _, reports = campaign_run(csv, lang)
    assert findings(reports) == [("BL606", ids[3])]  # the product's name is missing


# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, month_end, wrong", [
    ("fr", "Jusqu'à fin septembre, un quart du prix en moins sur les montures enfants.",
     "Jusqu'à fin octobre, -25 % sur les montures enfants."),
    ("en", "Join before the end of March and save £15 on every return.",
     "Join by the end of April and save £15 on every return."),
])
def test_the_end_of_a_named_month_is_its_last_day(campaign_run, lang, month_end, wrong):
    dated = {"fr": "-25 % sur les montures enfants jusqu'au 30/09.",
             "en": "Save £15 on every return when you join by 31 March."}[lang]
    sent = ("2026-09-20",) * 3 if lang == "fr" else ("2026-03-04",) * 3
    last = "2026-09-30" if lang == "fr" else "2026-03-31"
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, month_end), send_dates=sent),
                              lang)
    assert facts_of(reports, "m3", "date") == {("end", last)}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, wrong), send_dates=sent),
                              lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, inclusive, exclusive", [
    ("fr", "-20 % : réservez avant le 31/01 inclus.", "-20 % : réservez avant le 31/01."),
    ("en", "20% off: book before 31 January inclusive.", "20% off: book before 31 January."),
])
def test_a_date_said_inclusive_is_the_last_day(campaign_run, lang, inclusive, exclusive):
    dated = {"fr": "-20 % jusqu'au 31 janvier.", "en": "20% off until 31 January."}[lang]
    sent = ("2026-01-05",) * 3
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, inclusive), send_dates=sent),
                              lang)
    assert facts_of(reports, "m3", "date") == {("end", "2026-01-31")}
    assert findings(reports) == []
    # without « inclus », copy counts the day named in as often as not (« avant le 31
    # juillet » beside « jusqu'au 31/07 »): either reading agrees, the day before too
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, exclusive), send_dates=sent),
                              lang)
    assert facts_of(reports, "m3", "date") == {("end", "2026-01-30")}
    assert findings(reports) == []


@pytest.mark.parametrize("lang, count, wrong", [
    # sent on Saturday 20 September: ten days end on the 29th or the 30th
    ("fr", "Encore 10 jours pour profiter de -25 % sur les montures !",
     "Encore 5 jours pour profiter de -25 % sur les montures !"),
    ("fr", "Plus que dix jours : -25 % sur les montures !",
     "Plus que cinq jours : -25 % sur les montures !"),
    ("en", "Only 10 days left: 25% off frames!", "Only 5 days left: 25% off frames!"),
    ("en", "Ten days left for 25% off frames!", "Two days left for 25% off frames!"),
])
def test_a_count_of_days_may_count_the_day_of_sending_or_not(campaign_run, lang, count,
                                                              wrong):
    dated = {"fr": "-25 % sur les montures jusqu'au 30 septembre.",
             "en": "25% off frames until 30 September."}[lang]
    sent = ("2026-09-20",) * 3
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, count), send_dates=sent),
                              lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, wrong), send_dates=sent),
                              lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, purpose, deadline", [
    ("fr", "Le pass à 59 € jusqu'au 31 décembre. La carte est envoyée sous 10 jours : pour "
           "être tranquille avant Noël, commandez tôt.",
     "Le pass à 59 € jusqu'au 31 décembre. Pour profiter de l'offre avant Noël, "
     "commandez tôt."),
    ("en", "The pass is €59 until 31 December. Cards are posted within 10 days, so order "
           "early to have it before Christmas.",
     "The pass is €59 until 31 December. To get the offer before Christmas, order early."),
])
def test_the_date_of_a_purpose_clause_is_no_end_of_the_offer(campaign_run, lang, purpose,
                                                               deadline):
    sent = ("2026-11-21",)
    _, reports = campaign_run(campaign_csv(lang, (purpose,), send_dates=sent), lang)
    assert facts_of(reports, "m1", "date") == {("end", "2026-12-31")}
    _, reports = campaign_run(campaign_csv(lang, (deadline,), send_dates=sent), lang)
    assert ("end", "2026-12-24") in facts_of(reports, "m1", "date")


# -- figures, promises, footnotes --------------------------------------------------------


@pytest.mark.parametrize("lang, fraction", [
    ("fr", "Un quart du prix en moins sur les montures enfants !"),
    ("en", "Take a quarter off your half-term car crossing."),
])
def test_a_share_of_the_price_in_words_is_the_discount(campaign_run, lang, fraction):
    figure = {"fr": "-25 % sur les montures enfants.",
              "en": "25% off half-term car crossings."}[lang]
    wrong = {"fr": "-30 % sur les montures enfants.",
             "en": "30% off half-term car crossings."}[lang]
    _, reports = campaign_run(campaign_csv(lang, (figure, figure, fraction)), lang)
    assert facts_of(reports, "m3", "price") == {("discount_pct", "25%")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (wrong, wrong, fraction)), lang)
    assert findings(reports) == [("BL601", "m3")]


@pytest.mark.parametrize("lang, every_day, hours_only, other_days", [
    ("fr", "-25 % sur l'entrée enfant. Ouvert tous les jours de 10 h à 18 h.",
     "-25 % sur l'entrée enfant. Ouvert de 10 h à 18 h.",
     "-25 % sur l'entrée enfant. Ouvert du lundi au samedi, de 10 h à 18 h."),
    ("en", "25% off kids' tickets. Open daily 10am–6pm.",
     "25% off kids' tickets. Open 10am–6pm.",
     "25% off kids' tickets. Open Monday to Saturday, 10am to 6pm."),
])
def test_the_hours_and_the_days_of_a_service_compare_apart(campaign_run, lang, every_day,
                                                           hours_only, other_days):
    _, reports = campaign_run(campaign_csv(lang, (every_day, every_day, hours_only)), lang)
    assert facts_of(reports, "m1", "promise") == {("availability", "10-18"),
                                                  ("availability_days", "mon-sun")}
    assert findings(reports) == []  # the hours alone say nothing against the days
    _, reports = campaign_run(campaign_csv(lang, (every_day, every_day, other_days)), lang)
    assert findings(reports) == [("BL604", "m3")]


def test_every_day_in_french_and_daily_in_english_are_the_same_promise(campaign_run):
    csv = variant_pair("fr", "-25 % sur l'entrée enfant. Ouvert tous les jours de 10 h à 18 h.",
                "25% off kids' tickets. Open daily 10am–6pm.")
    _, reports = campaign_run(csv, "fr")
    assert findings(reports) == []
    csv = variant_pair("fr", "-25 % sur l'entrée enfant. Ouvert tous les jours de 10 h à 18 h.",
                "25% off kids' tickets.")
    _, reports = campaign_run(csv, "fr")
    assert findings(reports) == [("BL606", "p-en")]


@pytest.mark.parametrize("lang, noted, stated, unstated", [
    ("en", "Book by 12 October and save 25%* on car returns.\n*Travel 18 Oct – 2 Nov.",
     "Book by the 12th of October: car returns are 25% off for sailings between the 18th "
     "of October and the 2nd of November.",
     "Book by the 12th of October: car returns are 25% off."),
    ("fr", "Réservez jusqu'au 12 octobre : -25 %* sur les A/R voiture.\n"
           "*Départs du 18/10 au 02/11.",
     "Réservez jusqu'au 12 octobre : -25 % sur les A/R voiture pour des départs du 18 "
     "octobre au 2 novembre.",
     "Réservez jusqu'au 12 octobre : -25 % sur les A/R voiture."),
])
def test_a_footnote_is_carried_by_a_message_that_states_its_facts(campaign_run, lang, noted,
                                                                  stated, unstated):
    sent = ("2026-09-29",) * 3
    _, reports = campaign_run(campaign_csv(lang, (noted, noted, stated), send_dates=sent),
                              lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (noted, noted, unstated), send_dates=sent),
                              lang)
    assert findings(reports) == [("BL605", "m3")]


# -- more date forms ---------------------------------------------------------------------


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "-20 % tout le mois de novembre.", {("start", "2025-11-01"), ("end", "2025-11-30")}),
    ("en", "20% off all November.", {("start", "2025-11-01"), ("end", "2025-11-30")}),
    ("fr", "-20 % jusqu'à mi-novembre.", {("end", "2025-11-15")}),
    ("en", "20% off until mid-November.", {("end", "2025-11-15")}),
    ("fr", "-20 % cette semaine seulement, jusqu'à vendredi.", {("end", "2025-10-10")}),
    ("en", "This week only, until Friday: 20% off.", {("end", "2025-10-10")}),
    ("fr", "-20 %, dernier jour dimanche.", {("end", "2025-10-12")}),
    ("en", "Last day today: 20% off.", {("end", "2025-10-08")}),
    ("fr", "-20 %, fin de l'offre le 12/10.", {("end", "2025-10-12")}),
    ("en", "20% off, last chance this weekend.", {("end", "2025-10-12")}),
    ("en", "20% off until 11:59pm Sunday.", {("end", "2025-10-12")}),
    ("en", "20% off, book by Sun 12th.", {("end", "2025-10-12")}),
    # near-misses: the same words naming no end of the offer
    ("fr", "Nouveau cette semaine : -20 % sur les bottes.", set()),
    ("en", "New this week: 20% off boots.", set()),
    ("en", "Our crew is here all day, 20% off boots.", set()),
])
def test_date_forms_read_against_the_send_date(campaign_run, lang, text, expected):
    # sent on Wednesday 8 October 2025
    _, reports = campaign_run(campaign_csv(lang, (text,), send_dates=("2025-10-08",)), lang)
    assert facts_of(reports, "m1", "date") == expected


@pytest.mark.parametrize("lang, next_week, wrong", [
    ("fr", "-20 % jusqu'à vendredi prochain.", "-20 % jusqu'à vendredi."),
    ("en", "20% off until next Friday.", "20% off until Friday."),
])
def test_next_weekday_is_this_week_s_or_the_next(campaign_run, lang, next_week, wrong):
    # sent on Wednesday 8 October: « vendredi prochain » is the 10th or the 17th
    dated = {"fr": "-20 % jusqu'au 17 octobre.", "en": "20% off until 17 October."}[lang]
    sent = ("2025-10-08",) * 3
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, next_week), send_dates=sent),
                              lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (dated, dated, wrong), send_dates=sent),
                              lang)
    assert findings(reports) == [("BL602", "m3")]


# -- what a variant may drop -------------------------------------------------------------


@pytest.mark.parametrize("lang, original, starred, bare", [
    ("fr", "-25 % sur les A/R voiture, dans la limite des places disponibles.",
     "25%* off car returns.", "25% off car returns."),
    ("en", "25% off car returns, subject to availability.",
     "-25 %* sur les A/R voiture.", "-25 % sur les A/R voiture."),
])
def test_an_asterisk_without_its_footnote_points_to_the_terms(campaign_run, lang, original,
                                                              starred, bare):
    other = "en" if lang == "fr" else "fr"
    _, reports = campaign_run(variant_pair(lang, original, starred), lang)
    assert ("terms", "terms") in facts_of(reports, f"p-{other}", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, bare), lang)
    assert findings(reports) == [("BL606", f"p-{other}")]


@pytest.mark.parametrize("lang, original, named, dropped", [
    ("fr", "-25 % sur les A/R voiture pour des départs du 18 octobre au 2 novembre.",
     "25% off car returns over half-term.", "25% off car returns."),
    ("en", "25% off car returns for travel between 18 October and 2 November.",
     "-25 % sur les A/R voiture pendant les vacances de la Toussaint.",
     "-25 % sur les A/R voiture."),
])
def test_a_named_holiday_period_says_the_dates_of_that_period(campaign_run, lang, original,
                                                              named, dropped):
    other = "en" if lang == "fr" else "fr"
    _, reports = campaign_run(variant_pair(lang, original, named), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, dropped), lang)
    assert findings(reports) == [("BL606", f"p-{other}")]


@pytest.mark.parametrize("lang, advice, deadline", [
    ("fr", "-30 % jusqu'au 30 juin. Astuce : si vous partez début juillet, passez nous voir "
           "avant le 20 juin.",
     "-30 % jusqu'au 30 juin. Si vous partez début juillet, passez nous voir avant le 20 "
     "juin."),
    ("en", "30% off until 30 June. Top tip: if you're off in early July, come and see us "
           "before 20 June.",
     "30% off until 30 June. If you're off in early July, come and see us before 20 June."),
])
def test_a_date_the_brand_recommends_is_no_end_of_the_offer(campaign_run, lang, advice,
                                                            deadline):
    sent = ("2026-06-01",)
    _, reports = campaign_run(campaign_csv(lang, (advice,), send_dates=sent), lang)
    assert facts_of(reports, "m1", "date") == {("end", "2026-06-30")}
    _, reports = campaign_run(campaign_csv(lang, (deadline,), send_dates=sent), lang)
    assert facts_of(reports, "m1", "date") == {("end", "2026-06-30"), ("end", "2026-06-19")}


@pytest.mark.parametrize("lang, original, until", [
    ("fr", "-30 % sur les solaires du 2 au 30 juin.", "30% off sunglasses until 30 June."),
    ("en", "30% off sunglasses from 2 to 30 June.", "-30 % sur les solaires jusqu'au 30 juin."),
])
def test_a_start_already_reached_when_the_variant_goes_out_is_implied(campaign_run, lang,
                                                                      original, until):
    other = "en" if lang == "fr" else "fr"
    csv = campaign_csv(lang, (original, until), ids=(f"p-{lang}", f"p-{other}"),
                       languages=(lang, other), variant_of=("", f"p-{lang}"),
                       send_dates=("2026-06-02", "2026-06-02"))
    _, reports = campaign_run(csv, lang)
    assert findings(reports) == []
    csv = campaign_csv(lang, (original, until), ids=(f"p-{lang}", f"p-{other}"),
                       languages=(lang, other), variant_of=("", f"p-{lang}"),
                       send_dates=("2026-05-28", "2026-05-28"))
    _, reports = campaign_run(csv, lang)
    assert findings(reports) == [("BL606", f"p-{other}")]  # sent before the start


@pytest.mark.parametrize("lang, texts, bare", [
    ("en", ("£15 off every return crossing booked at least 7 days before departure.",
            "£15 off every return*.\n*Crossings booked 7 days or more before departure.",
            "Save £15 on every return when you book a week or more ahead."),
     "Join now and get £15 off every return crossing!"),
    ("fr", ("15 € de remise sur chaque aller-retour réservé au moins 7 jours avant le départ.",
            "15 € de remise sur chaque A/R*.\n*Traversées réservées 7 jours ou plus avant "
            "le départ.",
            "15 € de remise sur chaque aller-retour en réservant une semaine à l'avance."),
     "Adhérez et profitez de 15 € de remise sur chaque aller-retour !"),
])
def test_booking_ahead_is_a_condition_in_every_wording(campaign_run, lang, texts, bare):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    for i in (1, 2, 3):
        assert ("advance", "advance") in facts_of(reports, f"m{i}", "condition"), i
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, texts + (bare,)), lang)
    assert findings(reports) == [("BL605", "m4")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Galette à 12,50 € jusqu'à mercredi*, livraison sous 5 jours. *Dans la limite des "
           "stocks. STOP au 36105", {("stock", "stock")}),
    ("en", "CYBER MONDAY: 25% off* base layers today only. *Excl. sale items. Txt STOP to end",
     {("exclusions", "exclusions")}),
    # near-miss: the asterisk's footnote is elsewhere, the star points to the terms
    ("en", "CYBER MONDAY: 25% off* base layers today only. Txt STOP to end",
     {("terms", "terms")}),
])
def test_an_inline_footnote_is_the_asterisk_s_footnote(campaign_run, lang, text, expected):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert facts_of(reports, "m1", "condition") == expected
