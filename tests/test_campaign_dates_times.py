"""A number written d.m is a date in a campaign message (« jusqu'au 15.06 », "ends 5.30"),
but not when a time-of-day mark follows it ("dark by 5.30 pm", « à 18.30 h »): read as the
30th of May, the hour made an English variant disagree with its original (campaigns-blind16,
round 17)."""

from __future__ import annotations

import datetime as dt

import pytest

from brandlint.campaign.dates import find_dates

SEND = dt.date(2027, 1, 10)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Jusqu'au 15.06, profitez-en."),
    ("en", "Offer ends 5.30, don't miss it."),
])
def test_a_numeric_date_is_read(lang, text):
    assert find_dates(text, lang, SEND)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Rendez-vous à 18.30 h au magasin."),
    ("en", "It's January, it's dark by 5.30 pm, and everyone wants raclette."),
    ("en", "Doors open at 7.45 a.m. sharp."),
])
def test_a_time_of_day_is_no_date(lang, text):
    assert not find_dates(text, lang, SEND)
