"""Campaign consistency (BL6xx), the twenty-ninth pass, after the development half of
round 25's blind campaign set (campaigns-blind24: the guillemar and fumerolle brands).

- a day of the month said in words, as a call script reads a date aloud (« jusqu'au
  samedi vingt décembre », "until Saturday the twentieth"), is that day, not the coming
  weekday (« samedi deux plateaux », "before the first swim" name no day);
- an order cut-off then the hour the service comes, later that day (« commandé avant
  10 h, livré avant midi »), is a same-day delay; said of the next day (« livré le
  lendemain avant 18 h ») it is not (English, "delivered before noon", was read so by
  the delay analysis already; its test keeps the two readings agreeing);
- a service given at the end of the visit (« remis dès la fin de l'intervention », "at
  the end of the appointment") comes at once, no days after; a payment made then is no
  service.

Each is read on a case and not on its near miss, French and English, on the real models;
the texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from brandlint.campaign.dates import find_dates
from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings


def _codes(reports, code: str) -> list[str]:
    return [i for c, i in findings(reports) if c == code]


SENT = dt.date(2026, 12, 1)  # a Tuesday; Saturday 19 and Tuesday 22 December follow


@pytest.mark.parametrize("lang, words, day", [
    ("fr", "Je prends vos réservations jusqu'au samedi dix-neuf décembre, dix-huit heures.",
     dt.date(2026, 12, 19)),
    ("fr", "C'est possible jusqu'au mardi vingt-deux.", dt.date(2026, 12, 22)),
    ("fr", "Offre valable jusqu'au trente et un décembre.", dt.date(2026, 12, 31)),
    ("en", "I can take your booking until Saturday the nineteenth, 6pm.",
     dt.date(2026, 12, 19)),
    ("en", "It runs until the twenty-second.", dt.date(2026, 12, 22)),
    ("en", "Offer ends December the thirty-first.", dt.date(2026, 12, 31)),
])
def test_a_day_said_in_words_is_that_day(lang, words, day):
    dates = find_dates(words, lang, SENT)
    assert [d.value for d in dates] == [day]
    assert not dates[0].text[-1].isspace() and dates[0].text in words


@pytest.mark.parametrize("lang, words, read", [
    ("fr", "Samedi deux plateaux achetés, le troisième offert.",
     [("Samedi", dt.date(2026, 12, 5))]),
    ("en", "Clear water before the first swim of the season.", []),
    ("en", "The second may be collected in store.", []),
])
def test_a_count_in_words_is_no_day(lang, words, read):
    assert [(d.text, d.value) for d in find_dates(words, lang, SENT)] == read


@pytest.mark.parametrize("lang, others, same, other", [
    ("fr", ("Offre valable jusqu'au samedi 19 décembre.", "-20 % jusqu'au 19/12 !"),
     "Agent : La remise vaut jusqu'au samedi dix-neuf décembre, dix-huit heures.",
     "Agent : La remise vaut jusqu'au mardi vingt-deux décembre, dix-huit heures."),
    ("en", ("Offer runs until Saturday 19 December.", "20% off until 19/12!"),
     "Agent: The discount runs until Saturday the nineteenth of December, 6pm.",
     "Agent: The discount runs until Tuesday the twenty-second of December, 6pm."),
])
def test_a_call_script_date_in_words_compares_with_the_others(campaign_run, lang, others,
                                                              same, other):
    sent = (SENT.isoformat(),) * 3
    _, reports = campaign_run(campaign_csv(lang, (*others, same), send_dates=sent), lang)
    assert _codes(reports, "BL602") == []
    _, reports = campaign_run(campaign_csv(lang, (*others, other), send_dates=sent), lang)
    assert _codes(reports, "BL602") == ["m3"]


@pytest.mark.parametrize("lang, others, same_day, next_day", [
    ("fr", ("Livraison sous 24 h partout en France.", "Commandez, livraison sous 24 h."),
     "Commandé avant 11 h, livré chez vous avant 18 h.",
     "Commandé avant 11 h, livré chez vous le lendemain avant 18 h."),
    ("en", ("Delivery within 24 hours anywhere.", "Order now, delivery within 24 hours."),
     "Orders placed before 10am are delivered to your door before noon.",
     "Orders placed before 10am are delivered to your door the following day before "
     "noon."),
])
def test_an_order_cut_off_then_an_hour_that_day_is_a_same_day_delivery(
        campaign_run, lang, others, same_day, next_day):
    _, reports = campaign_run(campaign_csv(lang, (*others, same_day)), lang)
    assert ("delivery", "12h") in facts_of(reports, "m3", "promise")
    assert _codes(reports, "BL604") == ["m3"]
    _, reports = campaign_run(campaign_csv(lang, (*others, next_day)), lang)
    assert ("delivery", "12h") not in facts_of(reports, "m3", "promise")
    assert _codes(reports, "BL604") == []


@pytest.mark.parametrize("lang, others, at_once, payment", [
    ("fr", ("Réparation sous 5 jours dans notre atelier.", "Votre réparation sous 5 jours."),
     "Votre réparation est terminée dès la fin de l'intervention.",
     "Votre réparation sous 5 jours ; le paiement se fait à la fin de l'intervention."),
    ("en", ("Repair within 5 days in our workshop.", "Your repair within 5 days."),
     "Your repair is finished at the end of the appointment.",
     "Your repair within 5 days; payment is taken at the end of the appointment."),
])
def test_a_service_at_the_end_of_the_visit_is_at_once(campaign_run, lang, others, at_once,
                                                      payment):
    _, reports = campaign_run(campaign_csv(lang, (*others, at_once)), lang)
    assert ("repair", "0h") in facts_of(reports, "m3", "promise")
    assert _codes(reports, "BL604") == ["m3"]
    _, reports = campaign_run(campaign_csv(lang, (*others, payment)), lang)
    assert ("repair", "0h") not in facts_of(reports, "m3", "promise")
    assert _codes(reports, "BL604") == []
