"""Campaign consistency (BL6xx), the twenty-eighth pass, after the development half of
round 25's blind campaign set (campaigns-blind24) and the false alarms of campaigns-blind23.
A short message that keeps the offer in its own words was said to leave a condition out,
and a language variant to say less, because the words were not read:

- the reader's own card, where the offer's points go (« sur votre carte Pistache », "on
  your Pistache card"), is the members' card, held already, not a card the offer sells;
- the first delivery (« votre 1re livraison », "your first delivery") carries the first order
  where the campaign makes it a condition, and is no condition of its own;
- who is not a customer yet, asked (« Pas encore abonné·e ? », "Not subscribed yet?"),
  is the new customer;
- a selection named as a whole in a sentence with no money off (« chaque modèle de notre
  sélection est testé ») is the brand's range, no subset;
- a day after « depuis » / "from" (« depuis cette semaine, nous livrons… ») is when a
  service begins, no delay of it;
- "ten monthly payments" is the number of instalments, as « dix mensualités ».

Each is read on a case and not on its near miss, French and English, on the real models;
the texts are written for these tests."""

from __future__ import annotations

import csv
import io

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings


def _codes(reports, code: str) -> list[tuple[str, str]]:
    return [f for f in findings(reports) if f[0] == code]


def _rows(lang: str, rows: tuple[tuple[str, str], ...]) -> str:
    """A campaign whose rows give their channel: (channel, text)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "campaign", "channel", "language", "variant_of", "offer",
                     "send_date", "text"])
    for i, (channel, text) in enumerate(rows):
        writer.writerow([f"m{i + 1}", "demo", channel, lang, "", "", "2026-05-04", text])
    return out.getvalue()


@pytest.mark.parametrize("lang, own, sold", [
    ("fr", "Chaque euro dépensé vous rapporte 2 points sur votre carte Pistache, et "
           "100 points valent un bon de 8 €.",
     "La carte Pistache est à 8 € cette semaine."),
    ("en", "Every euro you spend earns two points on your Pistache card, and 100 points "
           "make an €8 voucher.",
     "The Pistache card is €8 this week."),
])
def test_the_readers_own_card_is_the_members_card_not_one_sold(campaign_run, lang, own,
                                                                sold):
    _, reports = campaign_run(campaign_csv(lang, (own, sold)), lang)
    assert ("members", "members") in facts_of(reports, "m1", "condition")
    assert not facts_of(reports, "m1", "product") & {("card", "pistache")}
    assert ("card", "pistache") in facts_of(reports, "m2", "product")


@pytest.mark.parametrize("lang, full, short_same, short_without", [
    ("fr", "-10 % sur votre première commande avec le code FOURNIL10 jusqu'au 30 juin, "
           "dès 30 € d'achat.",
     "Le Fournil : -10% sur votre 1re livraison avec FOURNIL10 jusqu'au 30/06 dès 30€.",
     "Le Fournil : -10% avec FOURNIL10 jusqu'au 30/06 dès 30€."),
    ("en", "10% off your first order with code FOURNIL10 until 30 June, minimum spend "
           "€30.",
     "Le Fournil: 10% off your first delivery with FOURNIL10 until 30/06, min spend €30.",
     "Le Fournil: 10% off with FOURNIL10 until 30/06, min spend €30."),
])
def test_the_first_delivery_carries_the_first_order(campaign_run, lang, full,
                                                    short_same, short_without):
    rows = (("email", full), ("web", full), ("social", full))
    _, reports = campaign_run(_rows(lang, (*rows, ("sms", short_same))), lang)
    assert _codes(reports, "BL605") == []
    _, reports = campaign_run(_rows(lang, (*rows, ("sms", short_without))), lang)
    assert [m for _, m in _codes(reports, "BL605")] == ["m4"]


@pytest.mark.parametrize("lang, first_box", [
    ("fr", "Abonnement Fournil : -30 % sur la 1re livraison, puis -10 % sur les suivantes."),
    ("en", "Fournil subscription: 30% off the first delivery, then 10% off the next ones."),
])
def test_a_first_delivery_is_no_condition_of_its_own(campaign_run, lang, first_box):
    _, reports = campaign_run(campaign_csv(lang, (first_box,)), lang)
    assert ("first_order", "first_order") not in facts_of(reports, "m1", "condition")
    assert ("first_delivery", "first_order") in facts_of(reports, "m1", "condition")


@pytest.mark.parametrize("lang, new, known", [
    ("fr", "Pas encore abonné·e ? -15 % sur vos 2 premières box avec GRAIN15.",
     "Déjà abonné·e ? -15 % sur vos 2 prochaines box avec GRAIN15."),
    ("en", "Not subscribed yet? 15% off your next 2 boxes with GRAIN15.",
     "Already subscribed? 15% off your next 2 boxes with GRAIN15."),
])
def test_who_is_not_a_customer_yet_asked_is_the_new_customer(campaign_run, lang, new,
                                                             known):
    _, reports = campaign_run(campaign_csv(lang, (new, known)), lang)
    assert ("first_order", "first_order") in facts_of(reports, "m1", "condition")
    assert ("first_order", "first_order") not in facts_of(reports, "m2", "condition")


@pytest.mark.parametrize("lang, range_, subset", [
    ("fr", "Chaque poussette de notre sélection est essayée par l'équipe. Jusqu'au 12 "
           "mai, -20 % sur les poussettes.",
     "Jusqu'au 12 mai, -20 % sur toutes les poussettes de notre sélection."),
    ("en", "Every pushchair in our selection is tried by the team. Until 12 May, 20% off "
           "pushchairs.",
     "Until 12 May, 20% off every pushchair in our selection."),
])
def test_a_selection_named_as_a_whole_without_money_off_is_the_range(campaign_run, lang,
                                                                     range_, subset):
    _, reports = campaign_run(campaign_csv(lang, (range_, subset)), lang)
    assert "selection" not in {k for k, _ in facts_of(reports, "m1", "condition")}
    assert "selection" in {k for k, _ in facts_of(reports, "m2", "condition")}


@pytest.mark.parametrize("lang, start, delay", [
    ("fr", "Depuis cette semaine, nous livrons aussi Vannes et Auray.",
     "Commandé aujourd'hui, livré cette semaine à Vannes et Auray."),
    ("en", "From this week we deliver to Vannes and Auray as well.",
     "Order today and it's delivered this week to Vannes and Auray."),
])
def test_a_day_after_from_is_when_a_service_begins(campaign_run, lang, start, delay):
    _, reports = campaign_run(campaign_csv(lang, (start, delay)), lang)
    assert "delivery" not in {k for k, _ in facts_of(reports, "m1", "promise")}
    assert "delivery" in {k for k, _ in facts_of(reports, "m2", "promise")}


@pytest.mark.parametrize("lang, count, amount", [
    ("fr", "Votre poêle en dix mensualités, sans frais.",
     "Votre poêle en 10 mensualités de 150 €."),
    ("en", "Your new stove: ten monthly payments, no interest.",
     "Your stove in 10 monthly payments of €150."),
])
def test_monthly_payments_are_the_number_of_instalments(campaign_run, lang, count, amount):
    _, reports = campaign_run(campaign_csv(lang, (count, amount)), lang)
    assert ("instalments", "10x") in facts_of(reports, "m1", "condition")
    assert ("instalments", "10x") not in facts_of(reports, "m2", "condition")
