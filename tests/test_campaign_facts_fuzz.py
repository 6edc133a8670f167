"""The campaign fact readers never fail on odd text or odd send dates: whatever a row
holds, its figures, dates, codes and conditions are read or left out (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from brandlint.campaign.dates import find_dates, parse_send_date
from brandlint.campaign.extract import _Reader
from brandlint.sources import SourceMap

PIECES = st.sampled_from([
    "-30 %", "30% off", "1 299,90 €", "€1,299.90", "49€99", "99999999999999999999 €",
    "jusqu'au 31/02", "until 32/13", "du 28/12 au 3/01", "Dec 20–24", "jusqu'au 0",
    "dimanche minuit", "for 9999999 hours", "pendant 0 jours", "code ", "NOEL30*",
    "\n*Dans la limite des stocks", "hors ", "2026-02-30", "24/7", "7j/7", "le 2e à -50 %",
    "½", "٣٠٪", "\u00a0", "\r\n", "«", "»", "’", "-", "+", "$", "£", "%", "*", " "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=12),
       st.sampled_from(["fr", "en"]),
       st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 8),
                                     max_value=dt.date(9998, 12, 20))))
def test_fact_readers_never_fail(pieces, language, send):
    text = "".join(pieces)
    reader = _Reader(text, language, send, SourceMap(text))
    reader.figures()
    reader.dates()
    reader.codes()
    reader.conditions()
    for fact in reader.facts:
        assert fact.line >= 1 and fact.column >= 1


def test_send_dates_that_are_not_dates_resolve_nothing():
    assert parse_send_date("31/12/2026") is None
    assert parse_send_date("2026-02-30") is None
    assert parse_send_date("0001-01-01") is None and parse_send_date("9999-12-31") is None
    assert [d.value for d in find_dates("jusqu'à dimanche", "fr", None)] == [None]
