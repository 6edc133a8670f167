"""Campaign consistency (BL6xx), the tenth pass, after the ninth blind campaign set
(corpora/campaigns-blind9). Its false alarms and misses were facts said in other words
than the extraction knew:

- figures: a discount said by two prices (« 209 € au lieu de 299 € », « il est à
  799 € ; avec l'offre, il vous revient à 719,10 € »), by a count at the price of a
  smaller one (« 6 bouteilles au prix de 5 »), by a share (« un quart de moins », "save
  a quarter"), money in the words of speech ("a tenner", « dix balles »); a discount
  said as a ceiling (« jusqu'à -40 % ») holds a smaller one; a year is no price ("PASS
  2027\\n£68");
- dates: a returns window given by its last day is a promise, not the offer's end; the
  day a customer buys is neither; an end said by a verb of closing ("wrap up", « s'achèvent
  »); a headline's dash before today (« NOCTURNES – CE SOIR ») says when the event is on;
  « Livraison à domicile avant Noël » is an arrival; « avant minuit » is that day;
- promises: the time of day of a dated deadline (« jusqu'au 24/12, 16 h ») is no delay;
  a French service verb in -dre conjugated (« vous répondent ») names its service;
- conditions said in short: a new membership (« pour toute nouvelle adhésion ») is the
  new members' condition, a separate ticket ("a separate ticket") an exclusion, a
  booking made online (« réservés en ligne ») carries "online only".

Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# -- figures -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, odd, same", [
    ("fr", ("Rentrée : -15 % sur les PC portables.",
            "15 % de remise sur les portables jusqu'au 6/09."),
     "L'Aerion 14 est à 799 € ; avec l'offre, il vous revient à 719,10 €.",
     "L'Aerion 14 est à 799 € ; avec l'offre, il vous revient à 679,15 €."),
    ("en", ("Back to school: 15% off laptops.",
            "Laptops: save 15% until 6 September."),
     "The Aerion 14 is €799; with the offer it comes down to €719.10.",
     "The Aerion 14 is €799; with the offer it comes down to €679.15."),
])
def test_a_price_and_the_price_it_comes_to_say_the_discount(campaign_run, lang, texts,
                                                            odd, same):
    _, reports = campaign_run(campaign_csv(lang, (*texts, odd)), lang)
    assert ("implied_pct", "10%") in facts_of(reports, "m3", "price")
    assert findings(reports) == [("BL601", "m3")]
    _, reports = campaign_run(campaign_csv(lang, (*texts, same)), lang)
    assert ("implied_pct", "15%") in facts_of(reports, "m3", "price")
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts, same, odd", [
    ("fr", ("Pass annuel 2027 : -20 % tout février.",
            "Le pass annuel à -20 % jusqu'au 28 février."),
     "Le pass 2027 est à 68 € au lieu de 85 € jusqu'au 28 février.",
     "Le pass 2027 est à 72 € au lieu de 85 € jusqu'au 28 février."),
    ("en", ("2027 Annual Pass: 20% off all February.",
            "The Annual Pass is 20% off until 28 February."),
     "The 2027 pass is £68 instead of £85 until 28 February.",
     "The 2027 pass is £72 instead of £85 until 28 February."),
])
def test_a_price_and_its_former_price_say_the_discount(campaign_run, lang, texts, same,
                                                       odd):
    _, reports = campaign_run(campaign_csv(lang, (*texts, same)), lang)
    assert ("implied_pct", "20%") in facts_of(reports, "m3", "price")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, odd)), lang)
    assert findings(reports) == [("BL601", "m3")]


@pytest.mark.parametrize("lang, texts, odd, same", [
    ("fr", ("Foire aux vins : -20 % dès 6 bouteilles, code FOIRE26.",
            "20 % de remise dès 6 bouteilles achetées, jusqu'au 4 octobre."),
     "Petit rappel : vos 6 bouteilles vous sont facturées au prix de 5, code FOIRE26.",
     "Petit rappel : vos 5 bouteilles vous sont facturées au prix de 4, code FOIRE26."),
    ("en", ("Wine fair: 20% off 6 bottles or more, code FAIR26.",
            "Save 20% on 6 bottles or more until 4 October."),
     "A reminder: your 6 bottles are charged for the price of 5 with code FAIR26.",
     "A reminder: your 5 bottles are charged for the price of 4 with code FAIR26."),
])
def test_n_items_at_the_price_of_fewer_is_a_discount(campaign_run, lang, texts, odd, same):
    _, reports = campaign_run(campaign_csv(lang, (*texts, odd)), lang)
    assert ("implied_pct", "16.67%") in facts_of(reports, "m3", "price")
    assert findings(reports) == [("BL601", "m3")]
    _, reports = campaign_run(campaign_csv(lang, (*texts, same)), lang)
    assert ("implied_pct", "20%") in facts_of(reports, "m3", "price")
    assert findings(reports) == []


@pytest.mark.parametrize("lang, texts, shares", [
    ("fr", ("Un quart de moins sur vos billets d'été.", "Économisez un quart sur l'été.",
            "Économisez un quart de votre temps en réservant."),
     ({("discount_pct", "25%")}, {("discount_pct", "25%")}, set())),
    ("en", ("A quarter off your summer tickets.", "Save a quarter on summer tickets.",
            "Save a quarter of an hour by booking ahead."),
     ({("discount_pct", "25%")}, {("discount_pct", "25%")}, set())),
])
def test_a_share_said_as_less_or_as_what_is_saved(campaign_run, lang, texts, shares):
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    for i, expected in enumerate(shares, 1):
        assert facts_of(reports, f"m{i}", "price") == expected


@pytest.mark.parametrize("lang, texts, odd, same", [
    ("fr", ("Réservez en ligne et économisez 5 € par billet adulte.",
            "En ligne, le billet adulte vous fait économiser 5 €."),
     "Astuce : réserver en ligne vous fait économiser dix balles par billet adulte.",
     "Astuce : réserver en ligne vous fait économiser cinq balles par billet adulte."),
    ("en", ("Book online and save £5 on every adult ticket.",
            "Online, every adult ticket saves you £5."),
     "Top tip: booking ahead saves you a tenner on every adult ticket.",
     "Top tip: booking ahead saves you a fiver on every adult ticket."),
])
def test_money_in_the_words_of_speech_is_a_figure(campaign_run, lang, texts, odd, same):
    _, reports = campaign_run(campaign_csv(lang, (*texts, odd)), lang)
    assert findings(reports) == [("BL601", "m3")]
    _, reports = campaign_run(campaign_csv(lang, (*texts, same)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (
        "Trois balles de golf offertes." if lang == "fr" else "A tennis ball for the dog.",)),
        lang)
    assert facts_of(reports, "m1", "price") == set()


@pytest.mark.parametrize("lang, texts, inside, over", [
    ("fr", ("Black Friday : jusqu'à -40 % sur une sélection de TV.",
            "Jusqu'à -40 % sur les barres de son et les TV, du 23 au 30 novembre."),
     "La Sonora 300 est à -30 % cette semaine, à 209 € au lieu de 299 €.",
     "La Sonora 300 est à -50 % cette semaine."),
    ("en", ("Black Friday: up to 40% off selected TVs.",
            "Up to 40% off soundbars and TVs, 23 to 30 November."),
     "The Sonora 300 is 30% off this week, €209 instead of €299.",
     "The Sonora 300 is 50% off this week."),
])
def test_a_discount_under_the_up_to_ceiling_is_one_of_the_offer(campaign_run, lang, texts,
                                                               inside, over):
    _, reports = campaign_run(campaign_csv(lang, (*texts, inside)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, over)), lang)
    assert findings(reports) == [("BL601", "m3")]


def test_a_year_before_a_price_on_the_next_line_is_no_price(campaign_run):
    _, reports = campaign_run(campaign_csv("en", (
        "WRENFIELD ANNUAL PASS 2027\n£68 all February", "The 2027 pass is £68 in February.",
        "The 2027 pass: £68 until the end of February.")), "en")
    assert facts_of(reports, "m1", "price") == {("price", "68 GBP")}
    assert findings(reports) == []
    # a figure and its currency stand on one line: « Prix 20 €\n30 € de remise » is no
    # 20,30 €
    _, reports = campaign_run(campaign_csv("fr", ("Coffret découverte 20 €\n30 € de remise "
                                                  "sur le second coffret",)))
    assert facts_of(reports, "m1", "price") == {("price", "20 EUR"), ("amount_off", "30 EUR")}


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, odd, same", [
    ("fr", ("Black Friday du 23 au 30 novembre : vos achats peuvent être retournés "
            "jusqu'au 15 janvier 2027.",
            "Black Friday jusqu'au 30/11. Retours possibles jusqu'au 15/01/2027.",
            "**Jusqu'à quand puis-je retourner un article ?**\nJusqu'au 15 janvier 2027, "
            "au lieu des 14 jours habituels."),
     "Pour un achat fait pendant le Black Friday, vous avez jusqu'à fin janvier pour la "
     "rapporter.",
     "Pour un achat fait pendant le Black Friday, vous avez jusqu'au 15 janvier pour la "
     "rapporter."),
    ("en", ("Black Friday, 23 to 30 November: anything you buy can be returned until 15 "
            "January 2027.",
            "Black Friday ends 30/11. Returns accepted until 15/01/2027.",
            "**Until when can I return something?**\nUntil 15 January 2027 this time, "
            "instead of the usual 14 days."),
     "If you bought it during Black Friday, you can return it until 31 January.",
     "If you bought it during Black Friday, you can return it until 15 January."),
])
def test_a_returns_window_given_by_its_last_day_is_a_promise(campaign_run, lang, texts, odd,
                                                            same):
    sent = ("2026-11-23",) * 4
    _, reports = campaign_run(campaign_csv(lang, (*texts, odd), send_dates=sent), lang)
    for i in (1, 2, 3):
        assert ("returns:by", "2027-01-15") in facts_of(reports, f"m{i}", "promise")
        assert ("end", "2027-01-15") not in facts_of(reports, f"m{i}", "date")
    assert findings(reports) == [("BL604", "m4")]
    _, reports = campaign_run(campaign_csv(lang, (*texts, same), send_dates=sent), lang)
    assert findings(reports) == []


@pytest.mark.parametrize("lang, original, variant, longer", [
    ("fr", "Tous vos achats de la semaine peuvent être retournés jusqu'au 15 janvier.",
     "Anything you buy this week can be returned until 15 January.",
     "Anything you buy this week can be returned until 15 January, refunded within 14 "
     "days."),
    ("en", "Anything you buy this week can be returned until 15 January.",
     "Tout ce que vous achetez cette semaine peut être retourné jusqu'au 15 janvier.",
     "Tout ce que vous achetez cette semaine peut être retourné jusqu'au 15 janvier, "
     "remboursé sous 14 jours."),
])
def test_the_time_a_customer_buys_is_no_delay(campaign_run, lang, original, variant,
                                              longer):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, longer), lang)
    assert [code for code, _ in findings(reports)] == ["BL606"]


@pytest.mark.parametrize("lang, text, bought, ends", [
    ("fr", "Un cadeau acheté fin novembre doit pouvoir être échangé.", True, False),
    ("fr", "Offre valable jusqu'à fin novembre.", False, True),
    ("en", "A present bought in November should be easy to swap.", True, False),
    ("en", "Offer valid until the end of November.", False, True),
])
def test_the_day_a_customer_buys_is_no_end(campaign_run, lang, text, bought, ends):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    keys = {key for key, _ in facts_of(reports, "m1", "date")}
    assert ("end" in keys) is ends


@pytest.mark.parametrize("lang, texts, odd, same, warm", [
    ("en", ("Lantern Nights: Fridays and Saturdays until 31 October.",
            "Lantern Nights, 9 to 31 October."),
     "Final weekend! Lantern Nights wrap up Sunday night.",
     "Final weekend! Lantern Nights wrap up on Saturday 31 October.",
     "Wrap up warm for the lantern trail, hot chocolate on the house."),
    ("fr", ("Nocturnes des lanternes : vendredis et samedis jusqu'au 31 octobre.",
            "Nocturnes des lanternes, du 9 au 31 octobre."),
     "Dernier week-end ! Les Nocturnes s'achèvent dimanche soir.",
     "Dernier week-end ! Les Nocturnes s'achèvent le samedi 31 octobre.",
     "Couvrez-vous bien pour le sentier des lanternes."),
])
def test_an_end_said_by_a_verb_of_closing(campaign_run, lang, texts, odd, same, warm):
    def run(last):  # sent on Wednesday 28 October
        return campaign_run(campaign_csv(lang, (*texts, last),
                                         send_dates=("2026-10-28",) * 3), lang)[1]
    assert findings(run(odd)) == [("BL602", "m3")]
    assert findings(run(same)) == []
    assert facts_of(run(warm), "m3", "date") == set()


@pytest.mark.parametrize("lang, texts, headline, last_chance", [
    ("en", ("Lantern Nights: Fridays and Saturdays until 31 October.",
            "Lantern Nights, 9 to 31 October."),
     "LANTERN NIGHTS – TONIGHT\nGate prices: adults £29.",
     "LANTERN NIGHTS – LAST CHANCE – TONIGHT\nGate prices: adults £29."),
    ("fr", ("Nocturnes des lanternes : vendredis et samedis jusqu'au 31 octobre.",
            "Nocturnes des lanternes, du 9 au 31 octobre."),
     "NOCTURNES DES LANTERNES – CE SOIR\nTarif sur place : 29 €.",
     "NOCTURNES – DERNIÈRE CHANCE – CE SOIR\nTarif sur place : 29 €."),
])
def test_a_headline_dash_before_today_says_when_the_event_is_on(campaign_run, lang, texts,
                                                                headline, last_chance):
    sent = ("2026-10-09",) * 3
    _, reports = campaign_run(campaign_csv(lang, (*texts, headline), send_dates=sent), lang)
    assert facts_of(reports, "m3", "date") == set()
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, last_chance), send_dates=sent),
                              lang)
    assert findings(reports) == [("BL602", "m3")]


@pytest.mark.parametrize("lang, text, arrival, order_by", [
    ("fr", "Livraison à domicile avant Noël : commandez jusqu'au 17/12.", "2026-12-24",
     "2026-12-17"),
    ("en", "Home delivery to your door before Christmas: order by 17/12.", "2026-12-24",
     "2026-12-17"),
])
def test_delivery_before_a_day_said_with_where_is_an_arrival(campaign_run, lang, text,
                                                            arrival, order_by):
    _, reports = campaign_run(campaign_csv(lang, (text,), send_dates=("2026-12-01",)), lang)
    dates = facts_of(reports, "m1", "date")
    assert ("arrival", arrival) in dates
    assert ("delivery_by", arrival) not in dates and ("end", arrival) not in dates
    assert {value for key, value in dates if key in ("end", "delivery_by")} == {order_by}


@pytest.mark.parametrize("lang, text, day", [
    ("en", "Last day: save 25% when you book online before midnight.", "2027-06-30"),
    ("fr", "Dernier jour : -25 % si vous réservez en ligne avant minuit.", "2027-06-30"),
    ("en", "Save 25% when you book online before 1 July.", "2027-06-30"),
])
def test_before_midnight_is_that_day(campaign_run, lang, text, day):
    _, reports = campaign_run(campaign_csv(lang, (text,), send_dates=("2027-06-30",)), lang)
    assert {value for key, value in facts_of(reports, "m1", "date") if key == "end"} == {day}


# -- promises ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, original, variant, promised", [
    ("fr", "Retrait en boutique : jusqu'au 24/12, 16 h.",
     "Shop pick-up: until 4pm on 24 December.",
     "Shop pick-up until 4pm on 24 December. Delivery within 48 hours."),
    ("en", "Collect from any of our shops until 4pm on 24 December.",
     "Retrait en boutique possible jusqu'au 24 décembre, 16 h.",
     "Retrait en boutique jusqu'au 24 décembre, 16 h. Livraison sous 48 h."),
])
def test_the_time_of_day_of_a_dated_deadline_is_no_delay(campaign_run, lang, original,
                                                         variant, promised):
    _, reports = campaign_run(variant_pair(lang, original, variant), lang)
    other = "en" if lang == "fr" else "fr"
    assert facts_of(reports, f"p-{lang}", "promise") == set()
    assert facts_of(reports, f"p-{other}", "promise") == set()
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, promised), lang)
    assert findings(reports) == [("BL606", f"p-{other}")]


@pytest.mark.parametrize("lang, original, same, other", [
    ("fr", "Nos cavistes vous répondent du mardi au samedi, et sous 48 h par e-mail.",
     "Our wine advisers answer emails within 48 hours.",
     "Our wine advisers answer emails within 24 hours."),
    ("en", "Our wine advisers answer emails within 48 hours.",
     "Nos cavistes vous répondent sous 48 h par e-mail.",
     "Nos cavistes vous répondent sous 24 h par e-mail."),
])
def test_a_french_service_verb_in_dre_names_its_service(campaign_run, lang, original, same,
                                                        other):
    _, reports = campaign_run(variant_pair(lang, original, same), lang)
    for message in ("p-fr", "p-en"):
        assert ("response", "48h") in facts_of(reports, message, "promise")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, other), lang)
    # a version that differs from its original: the variant's fault (BL606)
    assert [code for code, _ in findings(reports)] == ["BL606"]


# -- conditions said in short ---------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, short, missing", [
    ("fr", ("Votre 1er coffret à moitié prix*, code CERCLE50.\n*Réservé aux nouveaux membres.",
            "-50 % sur le premier coffret avec CERCLE50, offre réservée aux nouveaux membres.",
            "1er coffret à 19,50 € au lieu de 39 € (nouveaux membres), code CERCLE50."),
     "En janvier, votre 1er coffret est à moitié prix pour toute nouvelle adhésion, code "
     "CERCLE50.",
     "En janvier, votre 1er coffret est à moitié prix, code CERCLE50."),
    ("en", ("Your first box half price*, code CIRCLE50.\n*New members only.",
            "50% off the first box with CIRCLE50, for new members only.",
            "First box £19.50 instead of £39 (new members), code CIRCLE50."),
     "In January your first box is half price with any new membership, code CIRCLE50.",
     "In January your first box is half price, code CIRCLE50."),
])
def test_a_new_membership_is_the_new_members_condition(campaign_run, lang, texts, short,
                                                       missing):
    _, reports = campaign_run(campaign_csv(lang, (*texts, short)), lang)
    assert ("first_order", "first_order") in facts_of(reports, "m4", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, missing)), lang)
    assert findings(reports) == [("BL605", "m4")]


@pytest.mark.parametrize("lang, texts, short, missing", [
    ("en", ("2027 pass £68 instead of £85 (Lantern Nights not included).",
            "The 2027 pass is £68, usually £85. Lantern Nights not included.",
            "£68 for the 2027 pass (excl. Lantern Nights)."),
     "Yes, the pass is £68 instead of £85; Lantern Nights are a separate ticket, I'm afraid.",
     "Yes, the pass is £68 instead of £85, for a whole season."),
    ("fr", ("Pass 2027 à 68 € au lieu de 85 € (Nocturnes non incluses).",
            "Le pass 2027 est à 68 €, au lieu de 85 €. Nocturnes non incluses.",
            "68 € le pass 2027 (hors Nocturnes)."),
     "Oui, le pass est à 68 € au lieu de 85 € ; les Nocturnes sont un billet à part.",
     "Oui, le pass est à 68 € au lieu de 85 €, pour toute la saison."),
])
def test_a_separate_ticket_is_an_exclusion(campaign_run, lang, texts, short, missing):
    _, reports = campaign_run(campaign_csv(lang, (*texts, short)), lang)
    assert ("exclusions", "exclusions") in facts_of(reports, "m4", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, missing)), lang)
    assert findings(reports) == [("BL605", "m4")]


@pytest.mark.parametrize("lang, texts, short, missing", [
    ("fr", ("Early Bird : -25 % sur vos billets d'été, uniquement en ligne.",
            "-25 % sur les billets d'été jusqu'au 30 juin. Billets vendus uniquement en ligne."),
     "Cet été : -25 % sur vos billets réservés en ligne jusqu'au 30/06.",
     "Cet été : -25 % sur vos billets jusqu'au 30/06."),
    ("en", ("Early Bird: 25% off summer tickets, online only.",
            "25% off summer tickets until 30 June. Early Bird tickets are online only."),
     "This summer: 25% off when you book your tickets online by 30/06.",
     "This summer: 25% off your tickets until 30/06."),
])
def test_a_booking_made_online_carries_the_online_only_condition(campaign_run, lang, texts,
                                                                  short, missing):
    _, reports = campaign_run(campaign_csv(lang, (*texts, short)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, missing)), lang)
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, original, short, missing", [
    ("en", "Book online by 30 June and your summer day out is 25% cheaper. Online only.",
     "Un quart de moins sur vos billets d'été si vous réservez en ligne d'ici le 30 juin.",
     "Un quart de moins sur vos billets d'été si vous réservez d'ici le 30 juin."),
    ("fr", "-25 % sur vos billets d'été jusqu'au 30 juin, uniquement en ligne.",
     "Save a quarter on summer tickets when you book online by 30 June.",
     "Save a quarter on summer tickets when you book by 30 June."),
])
def test_a_variant_that_says_online_in_short_carries_the_condition(campaign_run, lang,
                                                                   original, short,
                                                                   missing):
    _, reports = campaign_run(variant_pair(lang, original, short), lang)
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(lang, original, missing), lang)
    other = "en" if lang == "fr" else "fr"
    assert findings(reports) == [("BL606", f"p-{other}")]
