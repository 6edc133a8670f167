"""Campaign consistency (BL6xx), the seventeenth pass, after the sixteenth blind campaign
set (corpora/campaigns-blind16: a cinema chain, a bike-rental network, a cheese shop).
Its false alarms were a condition said in one language's own words and not read as the
condition the other language states, and facts compared without asking what they are
about:

- online only, said by any online means with its adverb (« vendue seulement sur
  ibiscope.fr et dans l'appli », "online or in the app only", "sold only on
  ibiscope.fr");
- a least quantity in short or named with what is bought (« 7 j mini », "a minimum
  rental of 7 days"), being new said by the act done for the first time (« si tu
  t'abonnes pour la première fois », "when you sign up for the first time") or asked of
  the reader (« Vous découvrez l'abonnement ? », "New to the subscription?"), in store
  only said after its predicate (« l'offre est valable en boutique uniquement »);
- what the offer leaves out said by what keeps its usual price (« Seules les
  avant-premières restent au tarif habituel », "previews stay at full price"), a
  compound word read whole (« hors avant-premières »), and "except" before a count,
  which names no items ("She has everything? Except five movie nights");
- what the offer is on said without a verb (« Offre valable pour les vélos classiques
  », "Offer valid for standard bikes") or of the caller's item (« il est concerné »,
  "it qualifies"): it carries what the offer leaves out;
- hours of someone coming to a place (« Anne-Laure sera à la boutique de 10 h à 13 h »,
  "will be at our shop from 10 am to 1 pm") are a visit's, not the shop's hours;
- an item got free named between the verb and "free" ("get a fourth one free"), as «
  le quatrième vous est offert »;
- a figure after a currency sign is money, not a time of day ("€71.20 for 7 days" is
  what the price buys, no end of the offer).

Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings, variant_pair

# m1 email, m2 sms, m3 social, m4 web, m5 store (CHANNELS of campaign_csv)

# -- online only, by any online means ----------------------------------------------------


@pytest.mark.parametrize("lang, held, dropped", [
    ("fr", ("La Carte 5 places à 32 €, en vente uniquement sur ibiscope.fr et dans l'appli.",
            "Carte 5 places : 32 €, vendue seulement sur ibiscope.fr et dans l'appli.",
            "La Carte 5 places est à 32 €, en ligne ou dans l'appli uniquement."),
     "Carte 5 places : 32 €, en vente ici, en caisse."),
    ("en", ("The 5-Ticket Card at €32, sold only on ibiscope.fr and in the app.",
            "5-Ticket Card: €32, online or in the app only.",
            "The 5-Ticket Card is €32, online bookings only."),
     "5-Ticket Card: €32, on sale here at the box office."),
])
def test_online_only_said_by_any_online_means(campaign_run, lang, held, dropped):
    _, reports = campaign_run(campaign_csv(lang, held), lang)
    for i in (1, 2, 3):
        assert ("online", "online") in facts_of(reports, f"m{i}", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (held[0], dropped, held[2])), lang)
    assert findings(reports) == [("BL605", "m2")]


# -- a condition in each language's own words ---------------------------------------------


@pytest.mark.parametrize("original, variant, dropped, kind", [
    ("-20 % sur la location d'un vélo à la semaine (7 j mini) avec le code ROULETE27.",
     "20% off a weekly bike rental with the code ROULETE27: a minimum rental of 7 days.",
     "20% off a weekly bike rental with the code ROULETE27.", "minimum_quantity"),
    ("-20 % sur la location d'un vélo à la semaine, 7 jours mini, code ROULETE27.",
     "20% off a weekly bike rental (7 days minimum), code ROULETE27.",
     "20% off a weekly bike rental, code ROULETE27.", "minimum_quantity"),
    ("L'Abonnement Entretien à 8 €/mois : premier mois offert pour toute première "
     "souscription.",
     "The Maintenance Plan at €8 a month: your first month is free when you sign up for "
     "the first time.",
     "The Maintenance Plan at €8 a month: your first month is free.", "first_order"),
    ("L'Abonnement Entretien à 8 €/mois : le premier mois est offert si tu t'abonnes pour "
     "la première fois.",
     "The Maintenance Plan at €8 a month: your first month is on us if you're a new "
     "subscriber.",
     "The Maintenance Plan at €8 a month: your first month is on us.", "first_order"),
    ("Trois fromages achetés, le quatrième offert. L'offre est valable en boutique "
     "uniquement, jusqu'au 24 avril.",
     "Buy three cheeses, get a fourth one free. The offer is in-store only, until 24 April.",
     "Buy three cheeses, get a fourth one free, until 24 April.", "store"),
    ("Vous découvrez l'abonnement ? Le premier mois est à -50 % jusqu'au 31 mars.",
     "New to the subscription? Your first month is half price until 31 March.",
     "Your first month is half price until 31 March.", "first_order"),
    ("Premier abonnement ? Le premier mois est à -50 % jusqu'au 31 mars.",
     "Trying the subscription for the first time? Your first month is half price until "
     "31 March.",
     "Try the subscription: your first month is half price until 31 March.", "first_order"),
])
def test_a_condition_in_each_languages_words(campaign_run, original, variant, dropped, kind):
    _, reports = campaign_run(variant_pair("fr", original, variant), "fr")
    assert (kind, kind) in facts_of(reports, "p-fr", "condition")
    assert (kind, kind) in facts_of(reports, "p-en", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair("fr", original, dropped), "fr")
    assert findings(reports) == [("BL606", "p-en")]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Pour la première fois, la boutique ouvre le dimanche : -10 % sur tout."),
    ("en", "For the first time, our shop opens on Sunday: 10% off everything."),
    ("fr", "Nouveau dans la gamme ce printemps : les tulipes de la Drôme à -10 %."),
    ("en", "New to the range this spring: tulips from the Drôme, 10% off."),
    ("en", "Until tomorrow night: 30% off your 1st subscription delivery, then 10%."),
])
def test_a_first_time_with_no_joining_is_no_condition(campaign_run, lang, text):
    _, reports = campaign_run(campaign_csv(lang, (text,)), lang)
    assert ("first_order", "first_order") not in facts_of(reports, "m1", "condition")


# -- what the offer leaves out -------------------------------------------------------------


@pytest.mark.parametrize("lang, held, other_words, silent", [
    ("fr", "Du 17 au 23 mars, toutes les séances à 5,50 €, hors avant-premières.",
     "La place est à 5,50 € pour toutes les séances du 17 au 23 mars. Seules les "
     "avant-premières restent au tarif habituel.",
     "La place est à 5,50 € pour toutes les séances du 17 au 23 mars."),
    ("en", "From 17 to 23 March, every screening is €5.50, previews excepted.",
     "Seats are €5.50 for every screening from 17 to 23 March. Only previews stay at full "
     "price.",
     "Seats are €5.50 for every screening from 17 to 23 March."),
])
def test_what_keeps_its_usual_price_is_left_out(campaign_run, lang, held, other_words,
                                                silent):
    texts = (held, held, held, other_words)
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert ("exclusions", "exclusions") in facts_of(reports, "m4", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (held, held, held, silent)), lang)
    assert findings(reports) == [("BL605", "m4")]


def test_a_compound_word_left_out_is_read_whole(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Toutes les séances à 5,50 €, hors avant-premières.",)), "fr")
    texts = [f.text for r in reports for m in r.messages for f in m.facts
             if f.kind == "condition" and f.key == "exclusions"]
    assert texts == ["hors avant-premières"]


def test_except_before_a_count_names_no_items(campaign_run):
    original = ("Elle a tout ? Sauf peut-être cinq soirées ciné avec vous. La Carte 5 places "
                "à 32 €.")
    variant = ("She has everything? Except five movie nights with you, maybe. The 5-Ticket "
               "Card at €32.")
    _, reports = campaign_run(variant_pair("fr", original, variant), "fr")
    assert ("exclusions", "exclusions") not in facts_of(reports, "p-en", "condition")
    assert findings(reports) == []
    # items named after it are what the offer leaves out: the variant says more
    _, reports = campaign_run(variant_pair(
        "fr", original, "The 5-Ticket Card at €32, except premieres."), "fr")
    assert ("exclusions", "exclusions") in facts_of(reports, "p-en", "condition")
    assert findings(reports) == [("BL606", "p-en")]


# -- what the offer is on, said positively ------------------------------------------------


def test_the_offer_valid_for_some_items_carries_what_it_leaves_out(campaign_run):
    original = ("Révision complète à 49 € au lieu de 69 €. Offre valable pour les vélos "
                "classiques, hors vélos électriques et cargos.")
    variant = ("A full tune-up costs €49 instead of €69. Offer valid for standard bikes, not "
               "e-bikes or cargo bikes.")
    _, reports = campaign_run(variant_pair("fr", original, variant), "fr")
    assert ("scope", "scope") in facts_of(reports, "p-en", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(
        "fr", original, "A full tune-up costs €49 instead of €69, whatever your bike."), "fr")
    assert findings(reports) == [("BL606", "p-en")]


@pytest.mark.parametrize("lang, held, covered", [
    ("fr", "La révision à 49 €, hors vélos électriques.",
     "Agent : La révision est à 49 €. C'est un vélo électrique ?\nClient : Non, un vieux "
     "vélo de course.\nAgent : Parfait, il est concerné."),
    ("en", "The tune-up at €49, e-bikes excepted.",
     "Agent: The tune-up is €49. Is it an e-bike?\nCustomer: No, an old road bike.\n"
     "Agent: Great, it qualifies."),
])
def test_the_callers_item_said_covered(campaign_run, lang, held, covered):
    texts = (held, held, held, covered)
    _, reports = campaign_run(campaign_csv(lang, texts), lang)
    assert ("scope", "scope") in facts_of(reports, "m4", "condition")
    assert findings(reports) == []
    uncovered = covered.rsplit("\n", 1)[0]
    _, reports = campaign_run(campaign_csv(lang, (held, held, held, uncovered)), lang)
    assert findings(reports) == [("BL605", "m4")]


# -- hours of a visit ------------------------------------------------------------------------


@pytest.mark.parametrize("lang, visit, opened, shop", [
    ("fr", "Trois achetés, le quatrième offert. Samedi 10 avril, Anne-Laure, chevrière, "
           "sera à la boutique de Rennes de 10 h à 13 h pour parler de son troupeau.",
     "Trois achetés, le quatrième offert. La boutique de Rennes est ouverte de 10 h à 13 h.",
     "Trois achetés, le quatrième offert. La boutique de Vannes est ouverte de 9 h à 19 h."),
    ("en", "Buy three, get the fourth free. On Saturday 10 April, Anne-Laure, a goat farmer, "
           "will be at our Rennes shop from 10 am to 1 pm to talk about her herd.",
     "Buy three, get the fourth free. Our Rennes shop is open from 10 am to 1 pm.",
     "Buy three, get the fourth free. Our Vannes shop is open from 9 am to 7 pm."),
])
def test_hours_of_someone_coming_are_no_opening_hours(campaign_run, lang, visit, opened,
                                                      shop):
    _, reports = campaign_run(campaign_csv(lang, (visit, shop, shop)), lang)
    assert not {k for k, _ in facts_of(reports, "m1", "promise")} & {"availability"}
    assert ("availability", "9-19") in facts_of(reports, "m2", "promise")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (opened, shop, shop)), lang)
    assert findings(reports) == [("BL604", "m1")]


# -- an item got free, a price that is no time -------------------------------------------


def test_an_item_got_free_is_a_gift(campaign_run):
    original = "Pour trois fromages achetés, le quatrième vous est offert."
    _, reports = campaign_run(variant_pair(
        "fr", original, "Buy three cheeses and get a fourth one free."), "fr")
    assert ("gift", "free") in facts_of(reports, "p-en", "gift")
    assert findings(reports) == []
    _, reports = campaign_run(variant_pair(
        "fr", original, "Buy three cheeses and get a 10% discount on the fourth."), "fr")
    assert facts_of(reports, "p-en", "gift") == set()
    # "free" before the item, with a figure in its name, is still the item's
    _, reports = campaign_run(variant_pair(
        "fr", "Achetez 2 gallons de teinture et obtenez 4 heures de location de nettoyeur "
              "gratuites.",
        "Buy 2 gallons of stain and get a free 4-hour pressure-washer rental."), "fr")
    assert ("gift", "free") in facts_of(reports, "p-en", "gift")
    assert findings(reports) == []


def test_a_price_with_cents_is_no_time_of_day(campaign_run):
    original = ("Jusqu'au jeudi 15 juillet, -20 % avec le code ROULETE27 : 71,20 € les "
                "7 jours au lieu de 89 €.")
    variant = ("Until Thursday 15 July, 20% off with the code ROULETE27: €71.20 for 7 days "
               "instead of €89.")
    _, reports = campaign_run(variant_pair("fr", original, variant), "fr")
    assert facts_of(reports, "p-en", "date") == {("end", "2027-07-15")}
    assert findings(reports) == []
    # how long the offer lasts, with no price before it, is its end
    _, reports = campaign_run(variant_pair(
        "fr", original, "20% off with the code ROULETE27, for 7 days: €71.20 instead of "
                        "€89."), "fr")
    assert ("end", "2027-07-15") not in facts_of(reports, "p-en", "date")
    assert findings(reports) == [("BL606", "p-en")]
