"""Campaign consistency (BL6xx), the nineteenth pass, after the eighteenth blind campaign
set (corpora/campaigns-blind18: ice-cream parlours, pet grooming, ski and bike rental).
Its false alarms read a day or an hour by its form, not by what it names:

- a countdown governed by a preposition (« réservez à J-7 », "at T-7 days") counts back
  from the customer's own day, a lead time, not a deadline counted from sending;
- a deadline before the customer's own day named in the message (« Arrivée le samedi 19
  décembre ? Réservez d'ici samedi 12 ») is that booking's deadline, not the offer's end;
- an end on the last day a weekly schedule of the offer leaves usable (« jusqu'à
  vendredi » of a weekdays-only offer that runs to Sunday) is the same end;
- a number after a weekday that opens a range of hours ("Thursday, 4–6pm") is an hour,
  not the 4th; an ordinal before a noun (« au 6e toilettage ») is a rank, not a day.

Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.campaign.dates import find_dates, parse_send_date
from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings

# m1 email, m2 sms, m3 social, m4 web, m5 store (CHANNELS of campaign_csv)


def _dates(text: str, lang: str, send: str = "2027-09-27") -> list[tuple[str, str]]:
    return [(d.text, str(d.value)) for d in find_dates(text, lang, parse_send_date(send))]


# -- an hour after a weekday, a rank before a noun ----------------------------------------


@pytest.mark.parametrize("lang, text, day", [
    ("en", "Runs until Thursday, 4–6pm, at your local parlour.", "2027-09-30"),
    ("en", "Ends Friday 4pm.", "2027-10-01"),
    ("fr", "Jusqu'à jeudi, 16-18 h, dans votre glacerie.", "2027-09-30"),
])
def test_a_number_opening_hours_after_a_weekday_is_an_hour(lang, text, day):
    assert [v for _, v in _dates(text, lang)] == [day]


@pytest.mark.parametrize("lang, text, day", [
    ("en", "Ends Thursday the 7th.", "2027-10-07"),
    ("fr", "Jusqu'au jeudi 7 !", "2027-10-07"),
])
def test_a_weekday_with_its_day_number_stays_that_day(lang, text, day):
    assert [v for _, v in _dates(text, lang)] == [day]


@pytest.mark.parametrize("lang, rank, day", [
    ("fr", "Au 6e toilettage, vous payez moitié prix.", "Valable jusqu'au 6e jour inclus."),
    ("en", "On the 6th groom, you pay half price.", "Offer ends on the 6th."),
])
def test_an_ordinal_before_a_noun_is_a_rank(lang, rank, day):
    assert _dates(rank, lang) == []
    if lang == "en":  # the day of the month alone stays a day
        assert [v for _, v in _dates(day, lang)] == ["2027-10-06"]


# -- a countdown and a deadline counted back from the customer's day ---------------------


@pytest.mark.parametrize("lang, lead, deadline", [
    ("fr", "Réservez en ligne à J-7 : -25 % sur votre pack ski.",
     "J-3 pour réserver : -25 % sur votre pack ski."),
    ("en", "Book online at T-7 days: 25% off your ski pack.",
     "T-3 days to book: 25% off your ski pack."),
])
def test_a_countdown_after_a_preposition_is_a_lead_time(lang, lead, deadline):
    assert _dates(lead, lang, "2026-11-16") == []
    assert [v for _, v in _dates(deadline, lang, "2026-11-16")] == ["2026-11-19"]


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("-25 % sur votre pack ski, réservé en ligne, jusqu'au 18 avril 2027.",
            "-25 % sur votre pack ski en ligne, valable jusqu'au 18 avril 2027.",
            "Arrivée le samedi 19 décembre ? Réservez en ligne d'ici samedi 12 pour -25 % "
            "sur votre pack ski.")),
    ("en", ("25% off your ski pack booked online, until 18 April 2027.",
            "25% off your ski pack online, valid until 18 April 2027.",
            "Arriving on Saturday 19 December? Book online by Saturday 12 for 25% off your "
            "ski pack.")),
])
def test_a_deadline_before_the_customers_arrival_is_no_end(campaign_run, lang, texts):
    sends = ("2026-11-16", "2026-11-16", "2026-12-10")
    _, reports = campaign_run(campaign_csv(lang, texts, send_dates=sends), lang)
    assert findings(reports) == []
    assert facts_of(reports, "m3", "date") == set()
    # without the arrival, the same deadline is the offer's end, against the others'
    plain = texts[2].split("? ", 1)[1]
    _, reports = campaign_run(campaign_csv(lang, (*texts[:2], plain), send_dates=sends),
                              lang)
    assert findings(reports) == [("BL602", "m3")]


# -- the last usable day of a weekly schedule -------------------------------------------


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("Du samedi 3 juillet au dimanche 29 août, la journée de VTT électrique est à "
            "39 €, du lundi au vendredi.",
            "VTT électrique à 39 € la journée jusqu'au 29 août.",
            "Dernière semaine : VTT électrique à 39 € la journée, jusqu'à {day} !")),
    ("en", ("From Saturday 3 July to Sunday 29 August, an e-MTB day is €39, Monday to "
            "Friday.",
            "E-MTB day at €39 until 29 August.",
            "Last week: e-MTB day at €39, until {day}!")),
])
def test_the_last_usable_day_of_a_weekdays_offer_is_its_end(campaign_run, lang, texts):
    sends = ("2027-06-24", "2027-06-24", "2027-08-23")
    friday, wednesday = {"fr": ("vendredi", "mercredi"), "en": ("Friday", "Wednesday")}[lang]
    _, reports = campaign_run(campaign_csv(
        lang, (*texts[:2], texts[2].format(day=friday)), send_dates=sends), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(
        lang, (*texts[:2], texts[2].format(day=wednesday)), send_dates=sends), lang)
    assert findings(reports) == [("BL602", "m3")]
    # every day usable: Friday is two days early
    _, reports = campaign_run(campaign_csv(
        lang, (texts[0].rsplit(",", 1)[0] + ".", texts[1], texts[2].format(day=friday)),
        send_dates=sends), lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("Du lundi au samedi, -20 % sur les cornets, jusqu'au samedi 30 août.",
            "-20 % sur les cornets jusqu'au samedi 30 août.",
            "-20 % sur les cornets jusqu'à dimanche !")),
    ("en", ("Monday to Saturday, 20% off cones, until Saturday 30 August.",
            "20% off cones until Saturday 30 August.",
            "20% off cones until Sunday!")),
])
def test_an_end_on_a_day_the_schedule_leaves_out_still_differs(campaign_run, lang, texts):
    sends = ("2025-08-20", "2025-08-20", "2025-08-28")
    _, reports = campaign_run(campaign_csv(lang, texts, send_dates=sends), lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, texts", [
    ("fr", ("-20 % sur la coupe jusqu'au dimanche 21 juin. Notre salon vous accueille du "
            "lundi au samedi.",
            "-20 % sur la coupe jusqu'au dimanche 21 juin.",
            "-20 % sur la coupe jusqu'à samedi soir !")),
    ("en", ("20% off haircuts until Sunday 21 June. Our salon welcomes you Monday to "
            "Saturday.",
            "20% off haircuts until Sunday 21 June.",
            "20% off haircuts until Saturday night!")),
])
def test_a_shops_opening_days_are_not_the_offers(campaign_run, lang, texts):
    sends = ("2026-06-10", "2026-06-10", "2026-06-19")
    _, reports = campaign_run(campaign_csv(lang, texts, send_dates=sends), lang)
    assert findings(reports) == [("BL602", "m3")]
