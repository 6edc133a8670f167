"""Campaign consistency (BL6xx), the ninth pass, after the eighth blind campaign set
(corpora/campaigns-blind8). Its false alarms compared facts that could not be shown to
concern the same offer, or read a fact wrongly:

- figures that measure something else than the offer's price: a deposit (« acompte
  25 % »), a total for a group (« 1 378 € pour deux »), one instalment (« 10 fois
  45 € »), a monthly equivalent; a figure another message of the offer states too (the
  price after the early-booking deadline) is no odd figure; a list's bullet is no minus;
- dates: « avant le 31 juillet » read either way; « départ du 13/02 » is the departure's
  day, not the offer's start; « J-3 » counts down to the deadline; « derniers départs
  samedi » ends; an ordering time before what arrives is the day's cutoff; what a price
  buys ("€15 for 7 days") is no offer's end;
- promises: how often (« toutes les 4 semaines », "6 trips a day") is no delay, and a
  delay tied to no service is compared with nothing;
- language variants: a function word is no name, a name the other version writes as a
  common word is said (« la box » / "Starter Box"), « l'Ascension » names Ascension,
  « gratuit pour les titulaires » gives nothing, « en 3 fois sans frais » is a payment.

Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# -- figures that measure something else ---------------------------------------------------


@pytest.mark.parametrize("lang, texts, wrong", [
    ("fr", ("Réservez tôt : -10 % sur votre séjour, acompte 25 % seulement.",
            "-10 % sur les séjours d'été, avec un acompte de 25 % à la réservation.",
            "Été 2027 : -10 % sur tous nos séjours."),
     "Vous avez -10 % sur le séjour, et l'acompte n'est que de 20 % au lieu de 30 %."),
    ("en", ("Book early: 10% off your stay, with a 25% deposit only.",
            "10% off summer stays, and just a 25% deposit when you book.",
            "Summer 2027: 10% off all our stays."),
     "You get 10% off the stay, and the deposit is only 20% instead of 30%."),
])
def test_a_deposit_is_compared_with_deposits_not_with_the_discount(campaign_run, lang,
                                                                    texts, wrong):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert ("deposit", "25%") in facts_of(reports, "m1", "price")
    assert ("discount_pct", "25%") not in facts_of(reports, "m1", "price")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, wrong)), lang)
    assert facts_of(reports, "m4", "price") >= {("discount_pct", "10%"), ("deposit", "20%")}
    assert ("deposit", "30%") not in facts_of(reports, "m4", "price")  # the former one
    assert findings(reports) == [("BL601", "m4")]


@pytest.mark.parametrize("lang, texts, total, other", [
    ("fr", ("Marrakech, vol + hôtel : 689 € par personne.",
            "Vol + hôtel à Marrakech dès 689 €/pers."),
     "Marrakech : 1 378 € pour deux*, vol et hôtel.\n*Base chambre double.",
     "Marrakech, vol + hôtel : 749 € par personne."),
    ("en", ("Marrakech, flight + hotel: €689 per person.",
            "Flight + hotel in Marrakech from €689pp."),
     "Marrakech: €1,378 for the two of you, flights and hotel.",
     "Marrakech, flight + hotel: €749 per person."),
])
def test_a_total_for_a_group_is_not_the_price_per_head(campaign_run, lang, texts, total,
                                                       other):
    _, reports = campaign_run(campaign_csv(lang, (*texts, total)), lang)
    assert ("group_total", "1378 EUR") in facts_of(reports, "m3", "price")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, other)), lang)
    assert findings(reports) == [("BL601", "m3")]


@pytest.mark.parametrize("lang, texts, instalments", [
    ("fr", ("Abonnement annuel : 450 € pour 12 mois.", "L'abonnement annuel à 450 €."),
     "Abonnement annuel à 450 €, payable en 10 fois sans frais de 45 €."),
    ("en", ("Annual season ticket: €450 for 12 months.", "The annual ticket at €450."),
     "Annual season ticket €450, or 10 interest-free instalments of €45."),
])
def test_an_instalment_is_not_the_price(campaign_run, lang, texts, instalments):
    _, reports = campaign_run(campaign_csv(lang, (*texts, instalments)), lang)
    assert ("instalment", "45 EUR") in facts_of(reports, "m3", "price")
    assert ("gift", "free") not in facts_of(reports, "m3", "gift")  # a way to pay
    assert findings(reports) == []


@pytest.mark.parametrize("lang, tiers, later, odd", [
    ("fr", ("Pass Jeunes : 150 € jusqu'au 31 juillet, 180 € après.",
            "Pass Jeunes à 150 € si vous souscrivez tôt."),
     "Le Pass Jeunes passe à 180 €.", "Le Pass Jeunes à 175 €."),
    ("en", ("Youth Pass: €150 until 31 July, €180 after that.",
            "Youth Pass at €150 if you sign up early."),
     "The Youth Pass goes up to €180.", "The Youth Pass at €175."),
])
def test_a_figure_another_message_states_too_is_not_odd(campaign_run, lang, tiers, later,
                                                        odd):
    _, reports = campaign_run(campaign_csv(lang, (*tiers, tiers[1], later)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*tiers, tiers[1], odd)), lang)
    assert findings(reports) == [("BL601", "m4")]


@pytest.mark.parametrize("lang, bullet, signed", [
    ("fr", "Votre abonnement :\n- 450 € pour 12 mois\n- valable sur toutes les lignes",
     "Ce week-end :\n-30 € sur tout le rayon"),
    ("en", "Your season ticket:\n- €450 for 12 months\n- valid on every line",
     "This weekend:\n-€30 on the whole range"),
])
def test_a_list_bullet_is_no_minus_sign(campaign_run, lang, bullet, signed):
    _, reports = campaign_run(campaign_csv(lang, (bullet, signed)), lang)
    assert ("amount_off", "450 EUR") not in facts_of(reports, "m1", "price")
    assert ("amount_off", "30 EUR") in facts_of(reports, "m2", "price")


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, before, until, later", [
    ("fr", "Pass Jeunes à 150 € si vous souscrivez avant le 31 juillet 2027.",
     "Pass Jeunes : 150 € jusqu'au 31/07.", "Pass Jeunes : 150 € jusqu'au 15 août."),
    ("en", "Youth Pass €150 if you subscribe before 31 July 2027.",
     "Youth Pass: €150 until 31/07.", "Youth Pass: €150 until 15 August."),
])
def test_before_a_day_may_count_that_day_in(campaign_run, lang, before, until, later):
    sent = ("2027-06-14",) * 4
    _, reports = campaign_run(campaign_csv(lang, (before, before, until, until),
                                           send_dates=sent), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (before, before, until, later),
                                           send_dates=sent), lang)
    assert findings(reports) == [("BL602", "m4")]


@pytest.mark.parametrize("lang, text, start", [
    ("fr", "Riad Dar Lalla, départ du 13/02/2027, 689 € par personne.", None),
    ("fr", "Riad Dar Lalla à 689 € par personne à partir du 13/02/2027.", "2027-02-13"),
    ("en", "Riad Dar Lalla, departure on 13/02/2027, €689 per person.", None),
    ("en", "Riad Dar Lalla at €689 per person from 13/02/2027.", "2027-02-13"),
])
def test_a_day_of_something_is_not_the_offers_start(campaign_run, lang, text, start):
    _, reports = campaign_run(campaign_csv(lang, (text,), send_dates=("2026-12-07",)), lang)
    starts = {v for k, v in facts_of(reports, "m1", "date") if k == "start"}
    assert starts == ({start} if start else set())


@pytest.mark.parametrize("lang, texts, countdown", [
    ("fr", ("-10 % sur les séjours jusqu'au dimanche 31 janvier.",
            "Séjours à -10 % jusqu'au 31/01."),
     "J-{n} pour réserver votre été à -10 % !"),
    ("en", ("10% off stays until Sunday 31 January.", "Stays at 10% off until 31/01."),
     "T-minus {n} days to book your summer at 10% off!"),
])
def test_a_countdown_ends_that_many_days_after_sending(campaign_run, lang, texts,
                                                       countdown):
    sent = ("2027-01-04", "2027-01-04", "2027-01-25")
    _, reports = campaign_run(campaign_csv(lang, (*texts, countdown.format(n=6)),
                                           send_dates=sent), lang)
    assert facts_of(reports, "m3", "date") == {("end", "2027-01-31")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, countdown.format(n=3)),
                                           send_dates=sent), lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, texts, last, wrong", [
    ("fr", ("Lignes d'été jusqu'au dimanche 29 août, 2 € le trajet.",
            "Trajet à 2 € sur les lignes d'été, jusqu'au 29/08."),
     "Lignes d'été : derniers départs dimanche !", "Lignes d'été : derniers départs samedi !"),
    ("en", ("Summer lines until Sunday 29 August, €2 a trip.",
            "€2 trips on the summer lines, until 29/08."),
     "Summer lines: last departures Sunday!", "Summer lines: last departures Saturday!"),
])
def test_the_last_of_something_on_a_day_ends_the_offer(campaign_run, lang, texts, last,
                                                       wrong):
    sent = ("2027-06-28", "2027-06-28", "2027-08-23")
    _, reports = campaign_run(campaign_csv(lang, (*texts, last), send_dates=sent), lang)
    assert facts_of(reports, "m3", "date") == {("end", "2027-08-29")}
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, wrong), send_dates=sent), lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, cutoff, ends", [
    ("fr", "Commandez avant 14 h aujourd'hui et votre box arrive demain. -30 %.",
     "-30 % jusqu'à 14 h aujourd'hui, vite !"),
    ("en", "Order by 2pm today and your box lands tomorrow. 30% off.",
     "30% off until 2pm today, hurry!"),
])
def test_an_ordering_time_before_what_arrives_is_no_offer_end(campaign_run, lang, cutoff,
                                                              ends):
    _, reports = campaign_run(campaign_csv(lang, (cutoff, ends),
                                           send_dates=("2027-02-19",) * 2), lang)
    assert ("end", "2027-02-19") not in facts_of(reports, "m1", "date")
    assert ("end", "2027-02-19") in facts_of(reports, "m2", "date")


@pytest.mark.parametrize("lang, bought, lasting", [
    ("fr", "Le Pass Été à 15 € valable 7 jours sur toutes les lignes.",
     "-20 % sur le Pass Été, valable 3 jours seulement."),
    ("en", "The Summer Pass is €15 for 7 days of unlimited travel.",
     "20% off the Summer Pass for 3 days only."),
])
def test_what_a_price_buys_is_not_how_long_the_offer_lasts(campaign_run, lang, bought,
                                                           lasting):
    _, reports = campaign_run(campaign_csv(lang, (bought, lasting),
                                           send_dates=("2027-06-28",) * 2), lang)
    assert facts_of(reports, "m1", "date") == set()
    assert {k for k, _ in facts_of(reports, "m2", "date")} == {"end"}


# -- promises ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, rhythm, faster", [
    ("fr", ("-40 % sur la première box. Livraison sous 3 jours ouvrés.",
            "Votre box à -40 %, livrée sous 3 jours ouvrés."),
     "Le Larder Plan vous livre toutes les 2, 4 ou 6 semaines. -40 % sur la première box.",
     "-40 % sur la première box, livrée en 24 h."),
    ("en", ("40% off your first box. Delivery within 3 working days.",
            "Your box at 40% off, delivered within 3 working days."),
     "Her Larder Plan is delivered every 4 weeks. 40% off your first box.",
     "40% off your first box, delivered in 24 hours."),
])
def test_how_often_something_comes_is_no_delay(campaign_run, lang, texts, rhythm, faster):
    _, reports = campaign_run(campaign_csv(lang, (*texts, rhythm)), lang)
    assert facts_of(reports, "m3", "promise") == set()
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, faster)), lang)
    assert findings(reports) == [("BL604", "m3")]


@pytest.mark.parametrize("lang, texts, story", [
    ("fr", ("Votre vélo est prêt sous 5 jours.", "Révision : vélo prêt sous 5 jours."),
     "Miso est passé du « jamais » au « d'accord » en 10 jours !"),
    ("en", ("Your bike is ready within 5 days.", "Service: bike ready within 5 days."),
     "Miso went from \"absolutely not\" to \"fine\" in 10 days!"),
])
def test_a_delay_tied_to_no_service_is_compared_with_nothing(campaign_run, lang, texts,
                                                             story):
    _, reports = campaign_run(campaign_csv(lang, (*texts, story)), lang)
    assert findings(reports) == []


# -- language variants ---------------------------------------------------------------------


@pytest.mark.parametrize("lang, original, variant", [
    ("en", "Starter Box half price for puppies, until 30 April. The Starter Box comes "
           "with a bowl.",
     "La box de bienvenue à moitié prix pour les chiots, jusqu'au 30 avril. La Box de "
     "bienvenue contient une gamelle."),
    ("fr", "Les lignes d'été reviennent : 2 € le trajet jusqu'au lac de Vauclair, via Les "
           "Granges.",
     "The summer lines are back: €2 a trip to Lac de Vauclair, via Les Granges."),
])
def test_a_name_written_as_a_common_word_is_said(campaign_run, lang, original, variant):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Pour le pont de l'Ascension, -80 € par personne.", "ascension"),
    ("en", "For the Ascension long weekend, €80 off per person.", "ascension"),
])
def test_a_name_after_an_elided_article_is_a_name(campaign_run, lang, text, name):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert name in {v for _, v in facts_of(reports, "m1", "product")}


@pytest.mark.parametrize("lang, free_for, gift", [
    ("fr", "Trajet 2 €. Gratuit pour les titulaires du Pass Jeunes.",
     "Trajet 2 €, bagage vélo gratuit."),
    ("fr", "Pass à 150 €, paiement en 3 fois sans frais.",
     "Pass à 150 €, modifiez vos dates sans frais."),
    ("en", "Single trip €2. Free for Youth Pass holders.", "Single trip €2, free bike bag."),
])
def test_who_need_not_pay_and_how_to_pay_are_no_gift(campaign_run, lang, free_for, gift):
    _, reports = campaign_run(campaign_csv(lang, (free_for, gift)), lang)
    assert facts_of(reports, "m1", "gift") == set()
    assert facts_of(reports, "m2", "gift") == {("gift", "free")}


@pytest.mark.parametrize("lang, original, variant", [
    ("fr", "Pour le pont de l'Ascension, -80 € par personne avec le code PONTS27.",
     "For the Ascension long weekend, €80 off per person with code PONTS27."),
])
def test_a_name_after_an_elided_article_is_carried_by_the_variant(campaign_run, lang,
                                                                  original, variant):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    assert findings(reports) == []


# -- what the misses lacked ------------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, dropped, pointer", [
    ("fr", ("-10 % sur les séjours de 7 nuits minimum réservés avant le 31/01.",
            "Réservez tôt : -10 % (séjours 7 nuits min.) jusqu'au 31/01.",
            "Séjours de 7 nuits et plus : -10 % jusqu'au 31 janvier."),
     "Été 2027 : -10 % sur tous nos séjours jusqu'au 31/01 !",
     "Été 2027 : -10 %* sur nos séjours jusqu'au 31/01 ! *Voir conditions"),
    ("en", ("10% off stays of 7 nights or more booked by 31/01.",
            "Book early: 10% off (7-night minimum) until 31/01.",
            "Holidays of 7+ nights: 10% off until 31 January."),
     "Summer 2027: 10% off all our holidays until 31/01!",
     "Summer 2027: 10% off* our holidays until 31/01! *T&Cs apply"),
])
def test_a_least_quantity_is_a_condition(campaign_run, lang, texts, dropped, pointer):
    _, reports = campaign_run(campaign_csv(lang, (*texts, dropped)), lang)
    assert ("minimum_quantity", "minimum_quantity") in facts_of(reports, "m2", "condition")
    assert findings(reports) == [("BL605", "m4")]
    _, reports = campaign_run(campaign_csv(lang, (*texts, pointer)), lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts, dropped, kept", [
    ("fr", ("-30 % sur vos deux premières box, réservé aux nouveaux abonnés Larder Plan.",
            "Nouveaux abonnés : -30 % sur les deux premières box.",
            "-30 % sur les deux premières box pour tout nouvel abonnement."),
     "Cat Switch : -30 % sur vos deux premières box, jusqu'au 28 février.",
     "Cat Switch : -30 % pour les nouveaux abonnés, jusqu'au 28 février."),
    ("en", ("30% off your first two boxes, for new Larder Plan subscribers only.",
            "New subscribers: 30% off the first two boxes.",
            "30% off your first two boxes with a new Larder Plan account."),
     "Cat Switch: 30% off your first two boxes, till 28 Feb.",
     "Cat Switch: 30% off for new subscribers, till 28 Feb."),
])
def test_new_subscribers_whatever_they_are_called_are_a_condition(campaign_run, lang,
                                                                 texts, dropped, kept):
    _, reports = campaign_run(campaign_csv(lang, (*texts, dropped)), lang)
    assert findings(reports) == [("BL605", "m4")]
    _, reports = campaign_run(campaign_csv(lang, (*texts, kept)), lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts, faster, same", [
    ("en", ("30% off. Boxes arrive within 3 working days.",
            "30% off your first box, delivered within 3 working days."),
     "Order by 2pm today and your first box lands tomorrow. 30% off.",
     "30% off, and your first box gets to you within 3 working days."),
])
def test_what_lands_is_delivered(campaign_run, lang, texts, faster, same):
    sent = ("2027-02-15", "2027-02-15", "2027-02-19")
    _, reports = campaign_run(campaign_csv(lang, (*texts, faster), send_dates=sent), lang)
    assert findings(reports) == [("BL604", "m3")]
    _, reports = campaign_run(campaign_csv(lang, (*texts, same), send_dates=sent), lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts, faster", [
    ("fr", ("Révision à 59 €. Votre vélo est prêt sous 5 jours.",
            "Révision complète 59 € : vélo prêt sous 5 jours."),
     "Révision à 59 €, et votre vélo est prêt en 24 h !"),
    ("en", ("Full service €59. Your bike is ready within 5 days.",
            "Full service at €59: bike ready within 5 days."),
     "Full service €59, and your bike is ready in 24 hours!"),
])
def test_a_delay_tied_to_no_service_compares_with_the_same_word(campaign_run, lang,
                                                                texts, faster):
    _, reports = campaign_run(campaign_csv(lang, (*texts, faster)), lang)
    assert findings(reports) == [("BL604", "m3")]


@pytest.mark.parametrize("lang, original, variant", [
    ("fr", "Abonnement annuel à 450 €, payable en trois versements sans frais.",
     "Annual season ticket at €450, payable in three interest-free instalments."),
    ("fr", "Abonnement annuel : 450 € au lieu de 540 €, deux mois offerts.",
     "Annual season ticket: €450 instead of €540, that's two months free."),
])
def test_how_one_pays_is_no_gift_and_time_given_is(campaign_run, lang, original, variant):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts, working, faster", [
    ("fr", ("Fête des mères : -15 %, livraison sous 5 jours.",
            "-15 % pour la fête des mères, livré sous 5 jours."),
     "-15 % et livraison en 5 jours ouvrés maximum.", "-15 % et livraison en 2 jours ouvrés."),
    ("en", ("Mother's Day: 15% off, delivery within 5 days.",
            "15% off for Mother's Day, delivered within 5 days."),
     "15% off and delivery within 5 working days.", "15% off and delivery within 2 working days."),
])
def test_working_days_may_be_counted_as_days(campaign_run, lang, texts, working, faster):
    _, reports = campaign_run(campaign_csv(lang, (*texts, working)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, faster)), lang)
    assert findings(reports) == [("BL604", "m3")]
