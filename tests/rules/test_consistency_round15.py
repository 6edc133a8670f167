"""Campaign consistency (BL6xx), the fifteenth pass, after the fourteenth blind campaign
set (corpora/campaigns-blind14: a florist, a climbing-gym network, an optician
cooperative). Its false alarms and misses were readings the analysis lacked:

- a language variant that differs from its original on a value is the variant's fault
  (BL606), whichever side the other messages follow; BL601-605 do not say it again
  between the two rows;
- the stock said by its count of units (« dans la limite des 800 bottes », « 800 bottes
  seulement », "while the 800 bunches last", "first come, first served") is the stock
  condition;
- hours right after an event (« qualifs de 10 h à 16 h », "qualifiers from 10am to
  4pm") are when it takes place, no opening hours;
- free for a class of customers (« gratuit si t'es abonné·e », "free if you're a
  member", « 0 € si t'es abonné·e ») is who need not pay, no gift and no figure;
- money off said by the month (« un abo qui fond de 10 € par mois ») is money off;
- a figure of another offer of the campaign, in a message that names it (« l'abonnement
  lentilles vous ferait économiser 10 % »), is that offer's;
- a start word in a sentence that names no offer ("the new area opens on Saturday") is
  no start of the offer, unless it is the day of sending;
- how long the customer is bound (« engagement de 12 mois », "a 6-month commitment", «
  sans engagement ») is a condition with a value, compared between messages; « sans
  engagement » is a freedom, no restriction a message must repeat.

Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings

# m1 email, m2 sms, m3 social, m4 web, m5 store (CHANNELS of campaign_csv)

# -- a variant that differs from its original on a value --------------------------------


@pytest.mark.parametrize("lang, other, same, late_variant, late", [
    ("fr", "en", "-20 % sur les manteaux jusqu'au 24/12.",
     "20% off coats until December 31.", "-20 % sur les manteaux jusqu'au 31/12."),
    ("en", "fr", "20% off coats until December 24.",
     "-20 % sur les manteaux jusqu'au 31/12.", "20% off coats until December 31."),
])
def test_a_variant_that_differs_from_its_original_is_the_variants_fault(
        campaign_run, lang, other, same, late_variant, late):
    ids = ("m1", "m2", "m3", "m1-v")
    languages = (lang, lang, lang, other)
    variant_of = ("", "", "", "m1")
    _, reports = campaign_run(campaign_csv(lang, (same, same, same, late_variant), ids=ids,
                                           languages=languages, variant_of=variant_of),
                              lang)
    assert findings(reports) == [("BL606", "m1-v")]
    # the same end date in a message that is no variant: the date's own rule
    _, reports = campaign_run(campaign_csv(lang, (same, same, same, late), ids=ids,
                                           languages=(lang,) * 4), lang)
    assert findings(reports) == [("BL602", "m1-v")]


# -- the stock said by its count ---------------------------------------------------------


@pytest.mark.parametrize("lang, limited, counted, silent", [
    ("fr", "12 roses à 45 €, dans la limite des stocks.",
     ("12 roses à 45 €, dans la limite des 800 bottes.",
      "12 roses à 45 €. 800 bottes seulement : premiers arrivés, premiers servis."),
     "12 roses à 45 €, livrées samedi."),
    ("en", "12 roses for €45, while stocks last.",
     ("12 roses for €45, while the 800 bunches last.",
      "12 roses for €45. First come, first served."),
     "12 roses for €45, delivered on Saturday."),
])
def test_the_stock_said_by_its_count_is_the_stock_condition(campaign_run, lang, limited,
                                                           counted, silent):
    for text in counted:
        _, reports = campaign_run(campaign_csv(lang, (limited, limited, text)), lang)
        assert ("stock", "stock") in facts_of(reports, "m3", "condition")
        assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (limited, limited, silent)), lang)
    assert findings(reports) == [("BL605", "m3")]


# -- an event's hours --------------------------------------------------------------------


@pytest.mark.parametrize("lang, event, opening", [
    ("fr", "Contest à 15 €. Qualifs de 10 h à 16 h, finales à 19 h.",
     "Contest à 15 €. La salle est ouverte de 10 h à 16 h."),
    ("en", "Contest entry €15. Qualifiers from 10am to 4pm, finals at 7pm.",
     "Contest entry €15. The gym is open from 10am to 4pm."),
])
def test_an_events_hours_are_no_opening_hours(campaign_run, lang, event, opening):
    _, reports = campaign_run(campaign_csv(lang, (event,)), lang)
    assert not {k for k, _ in facts_of(reports, "m1", "promise")}
    _, reports = campaign_run(campaign_csv(lang, (opening,)), lang)
    assert ("availability", "10-16") in facts_of(reports, "m1", "promise")


# -- free for a class of customers ----------------------------------------------------------


@pytest.mark.parametrize("lang, for_members, zero, gift", [
    ("fr", "Inscription 15 €, gratuit si t'es abonné·e.",
     "Inscription 15 €, 0 € si t'es abonné·e.", "Inscription 15 €, t-shirt gratuit."),
    ("en", "Entry is €15, and free if you're a member.",
     "Entry is €15, €0 if you're a member.", "Entry is €15, with a free T-shirt."),
])
def test_free_for_a_class_of_customers_is_no_gift_nor_figure(campaign_run, lang, for_members,
                                                             zero, gift):
    _, reports = campaign_run(campaign_csv(lang, (for_members, zero, gift)), lang)
    assert facts_of(reports, "m1", "gift") == set()
    assert {v for _, v in facts_of(reports, "m2", "price")} == {"15 EUR"}
    assert facts_of(reports, "m3", "gift") == {("gift", "free")}


# -- money off by the month --------------------------------------------------------------------


@pytest.mark.parametrize("lang, off, monthly", [
    ("fr", "Un abo qui fond de 10 € par mois.", "Un abo à 10 € par mois."),
    ("en", "Save €10 off your membership every month.", "A membership at €10 per month."),
])
def test_money_off_by_the_month_is_money_off(campaign_run, lang, off, monthly):
    _, reports = campaign_run(campaign_csv(lang, (off, monthly)), lang)
    assert facts_of(reports, "m1", "price") == {("amount_off", "10 EUR")}
    assert facts_of(reports, "m2", "price") == {("per_month", "10 EUR")}


# -- another offer's figure ------------------------------------------------------------------


@pytest.mark.parametrize("lang, main, named, unnamed, other", [
    ("fr", "4 boîtes pour le prix de 3, soit -25 % sur les lentilles mensuelles.",
     "L'offre porte sur les mensuelles. Pour les journalières, l'abonnement vous fait "
     "économiser 10 %.",
     "L'offre porte sur les mensuelles. Pour les journalières, vous économisez 10 %.",
     "Abonnement lentilles : -10 % sur chaque livraison."),
    ("en", "25% off monthly contact lenses.",
     "The deal is on monthly lenses. For daily lenses, the subscription saves you 10%.",
     "The deal is on monthly lenses. For daily lenses, you save 10%.",
     "Lens subscription: 10% off every delivery."),
])
def test_a_figure_of_another_offer_the_message_names_is_that_offers(
        campaign_run, lang, main, named, unnamed, other):
    offers = ("", "", "", "abonnement" if lang == "fr" else "subscription")
    _, reports = campaign_run(campaign_csv(lang, (main, main, named, other), offers=offers),
                              lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (main, main, unnamed, other),
                                           offers=offers), lang)
    assert findings(reports) == [("BL601", "m3")]


# -- a start in a sentence that names no offer ----------------------------------------------


@pytest.mark.parametrize("lang, place, offer", [
    ("fr", "La nouvelle zone de bloc ouvre dès samedi.", "Les soldes démarrent dès samedi."),
    ("en", "Back-to-school season: the new bouldering area opens on Saturday.",
     "The sale opens on Saturday."),
])
def test_a_start_in_a_sentence_that_names_no_offer_is_no_start(campaign_run, lang, place,
                                                               offer):
    _, reports = campaign_run(campaign_csv(lang, (place, offer),
                                           send_dates=("2026-09-01", "2026-09-01")), lang)
    assert facts_of(reports, "m1", "date") == set()
    assert facts_of(reports, "m2", "date") == {("start", "2026-09-05")}
    # the day of sending (« commence aujourd'hui »): the offer going out, kept
    today = "Votre été commence aujourd'hui." if lang == "fr" else "Your summer starts today."
    _, reports = campaign_run(campaign_csv(lang, (today,), send_dates=("2026-09-01",)), lang)
    assert facts_of(reports, "m1", "date") == {("start", "2026-09-01")}


# -- how long the customer is bound ----------------------------------------------------------


@pytest.mark.parametrize("lang, bound, year, free, other", [
    ("fr", "Illimité à 39 €/mois, engagement 12 mois.",
     "Illimité à 39 €/mois (engagement un an).",
     "Illimité à 39 €/mois sans engagement.",
     "Illimité à 39 €/mois, engagement 12 mois. Étudiant ? Formule à 29 €/mois sans "
     "engagement."),
    ("en", "Unlimited climbing for €39/month, with a 12-month commitment.",
     "Unlimited climbing for €39/month (one-year commitment).",
     "Unlimited climbing for €39/month, no commitment.",
     "Unlimited climbing for €39/month, 12-month commitment. Student? A €29/month plan "
     "with no commitment."),
])
def test_how_long_the_customer_is_bound_is_compared(campaign_run, lang, bound, year, free,
                                                    other):
    _, reports = campaign_run(campaign_csv(lang, (bound, year, bound)), lang)
    assert facts_of(reports, "m2", "condition") == {("commitment", "12m")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (bound, year, free)), lang)
    assert findings(reports) == [("BL605", "m3")]
    # the freedom of another offer (a students' one, its own row), said in passing
    student = "Étudiant·es : 29 €/mois." if lang == "fr" else "Students: €29/month."
    _, reports = campaign_run(campaign_csv(lang, (bound, year, other, student),
                                           offers=("", "", "", "etudiant")), lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, bound, free, silent", [
    ("fr", "-50 % le premier mois, engagement 12 mois.", "-50 % le premier mois, sans engagement.",
     "-50 % le premier mois !"),
    ("en", "50% off the first month, 12-month commitment.",
     "50% off the first month, no commitment.", "50% off the first month!"),
])
def test_no_commitment_is_no_restriction_to_repeat(campaign_run, lang, bound, free, silent):
    _, reports = campaign_run(campaign_csv(lang, (free, free, silent)), lang)
    assert findings(reports) == []
    # a term the customer is bound by is: a message that leaves it out hides it
    _, reports = campaign_run(campaign_csv(lang, (bound, bound, silent)), lang)
    assert findings(reports) == [("BL605", "m3")]


# -- every item against a selection ------------------------------------------------------------


@pytest.mark.parametrize("lang, selection, every, each, silent", [
    ("fr", "Votre 2e paire à 1 €, parmi les 60 montures de la Sélection Duo.",
     "Votre 2e paire à 1 €, sur toutes les montures du magasin.",
     "Votre 2e paire à 1 €, pour tout équipement complet.", "Votre 2e paire à 1 € !"),
    ("en", "Your second pair for €1, on selected frames.",
     "Your second pair for €1, on all frames in store.",
     "Your second pair for €1, with a complete pair.", "Your second pair for €1!"),
])
def test_every_item_contradicts_a_selection(campaign_run, lang, selection, every, each, silent):
    # two messages state the selection, three do not: leaving it out is no fault of one
    _, reports = campaign_run(campaign_csv(lang, (selection, selection, each, silent,
                                                  silent)), lang)
    assert findings(reports) == []
    # saying the offer holds on every item contradicts them
    _, reports = campaign_run(campaign_csv(lang, (selection, selection, every, silent,
                                                  silent)), lang)
    assert findings(reports) == [("BL605", "m3")]


# -- a fee waived or charged ---------------------------------------------------------------


@pytest.mark.parametrize("lang, waived, zero, charged, usual", [
    ("fr", "Illimité à 39 €/mois, frais d'inscription offerts.",
     "Illimité à 39 €/mois et 0 € de frais d'inscription.",
     "Illimité à 39 €/mois, plus les frais d'inscription, 30 €.",
     "Illimité à 39 €/mois, et zéro frais d'inscription (30 € d'habitude)."),
    ("en", "Unlimited climbing for €39/month, no sign-up fee.",
     "Unlimited climbing for €39/month, €0 sign-up fee.",
     "Unlimited climbing for €39/month, plus the sign-up fee, €30.",
     "Unlimited climbing for €39/month, and we're waiving the €30 sign-up fee."),
])
def test_a_fee_charged_where_the_others_waive_it(campaign_run, lang, waived, zero, charged,
                                                 usual):
    _, reports = campaign_run(campaign_csv(lang, (waived, zero, usual)), lang)
    for message in ("m1", "m2", "m3"):
        assert ("fee", "free") in facts_of(reports, message, "price")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (waived, zero, charged)), lang)
    assert ("fee", "30 EUR") in facts_of(reports, "m3", "price")
    assert findings(reports) == [("BL601", "m3")]


# -- the length of a chosen time slot ------------------------------------------------------------


@pytest.mark.parametrize("lang, two, hour, other", [
    ("fr", "12 roses à 45 €, livrées dans le créneau de 2 heures que vous choisissez.",
     "12 roses à 45 € : notre coursier passe dans l'heure que vous avez choisie.",
     "12 roses à 45 €, sur créneau de deux heures."),
    ("en", "12 roses for €45, delivered in the 2-hour slot you pick.",
     "12 roses for €45: our courier comes within the hour you picked.",
     "12 roses for €45, in a two-hour delivery window."),
])
def test_the_length_of_a_chosen_slot_is_its_own_promise(campaign_run, lang, two, hour, other):
    _, reports = campaign_run(campaign_csv(lang, (two, other, two)), lang)
    assert facts_of(reports, "m2", "promise") == {("slot", "2h")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (two, other, hour)), lang)
    assert facts_of(reports, "m3", "promise") == {("slot", "1h")}
    assert findings(reports) == [("BL604", "m3")]
