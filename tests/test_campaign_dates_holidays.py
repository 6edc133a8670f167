"""A weekday that opens a holiday with « de » / "of" (« jusqu'au dimanche de Pâques », « le
lundi de Pentecôte », "the Monday of Easter") is that weekday of the holiday's week — one
date with the holiday, not the next such weekday from the send date: read as next Sunday,
an Easter offer seemed to end a week early (campaigns-blind17, round 18). A weekday alone
still means the next one. After a comma, a number before a noun counts it (« jusqu'à
dimanche, 2 tradis achetées »): no day of the month."""

from __future__ import annotations

import datetime as dt

import pytest

from brandlint.campaign.dates import find_dates

SEND = dt.date(2027, 3, 15)  # a Monday; Easter 2027 is Sunday 28 March


def _values(text: str, lang: str) -> list[dt.date]:
    return [m.end_of_range or m.value for m in find_dates(text, lang, SEND)]


@pytest.mark.parametrize("lang,text,day", [
    ("fr", "-20 % jusqu'au dimanche de Pâques dans nos boulangeries.", dt.date(2027, 3, 28)),
    ("fr", "Du 15 mars au dimanche de Pâques, -20 % dès 3 sujets.", dt.date(2027, 3, 28)),
    ("fr", "Ouvert le lundi de Pâques.", dt.date(2027, 3, 29)),
    ("en", "Open on the Monday of Easter.", dt.date(2027, 3, 29)),
])
def test_a_weekday_of_a_holiday_is_the_holidays(lang, text, day):
    assert _values(text, lang) == [day]


@pytest.mark.parametrize("lang,text,day", [
    ("fr", "-20 % jusqu'à dimanche dans nos boulangeries.", dt.date(2027, 3, 21)),
    ("en", "20% off until Sunday in all our bakeries.", dt.date(2027, 3, 21)),
])
def test_a_weekday_alone_is_the_next_one(lang, text, day):
    assert _values(text, lang) == [day]


# -- after a comma, a number before a noun counts it ----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Cette semaine, jusqu'à dimanche, 2 tradis achetées = la 3e offerte."),
    ("en", "Until Sunday, 2 baguettes bought = the 3rd free."),
])
def test_a_count_after_the_weekday_is_no_day_of_the_month(lang, text):
    assert _values(text, lang) == [dt.date(2027, 3, 21)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Jusqu'à dimanche, 4 inclus."),
    ("fr", "Jusqu'à dimanche 4 avril."),
    ("en", "Until Sunday, 4 April."),
    ("en", "Until Sunday the 4th only."),
])
def test_a_weekday_with_its_day_of_the_month_is_that_day(lang, text):
    assert _values(text, lang) == [dt.date(2027, 4, 4)]
