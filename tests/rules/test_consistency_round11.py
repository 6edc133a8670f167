"""Campaign consistency (BL6xx), the eleventh pass, after the tenth blind campaign set
(corpora/campaigns-blind10: a cinema chain, DIY stores, children's clothing). Its false
alarms and misses were readings of a campaign the analysis lacked:

- conditions: a pointer to the terms at any web address (« Conditions :
  hartwellhome.ca/days »); items excepted by « sauf » / "except"; a club's card the
  offer sells is its product, not the card that proves who may have it; a condition in
  a sentence that gives a code and no figure binds the code; a call about the purchase
  the caller names needs not list the items the offer leaves out;
- figures: a price that is another message's price less an amount off the campaign
  states (19 € − 3 € = 16 €); a threshold said by « dépensez »;
- dates: « fin de semaine » names the weekend, no end; the last day said of a day
  ("tomorrow's the last day") is that day; an exchange window said by its length
  (« échanges possibles pendant 30 jours ») is a promise, not the offer's end;
- promises: a delay said by the month with its article (« dans le mois qui suit »).

Each concept fires on a planted case and stays silent on its near-miss, French and
English, on the real models."""

from __future__ import annotations

import pytest

from brandlint.rules.consistency.examples import campaign_csv
from tests.rules.test_consistency import facts_of, findings

# -- conditions ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, holder, pointer, bare", [
    ("fr", "40 $ de rabais dès 250 $ d'achat. Hors cartes-cadeaux.",
     "40 $ de rabais dès 250 $. Conditions : hartwellhome.ca/days",
     "40 $ de rabais dès 250 $, jusqu'au 21 juin."),
    ("en", "$40 off when you spend $250. Excludes gift cards.",
     "$40 off when you spend $250+. Terms: hartwellhome.ca/days",
     "$40 off when you spend $250+, until June 21."),
])
def test_a_pointer_to_the_terms_at_any_web_address_carries_the_conditions(
        campaign_run, lang, holder, pointer, bare):
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, pointer)), lang)
    assert ("terms", "terms") in facts_of(reports, "m3", "condition")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, bare)), lang)
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, excepted, day, bare", [
    ("fr", "-40 % sur toute la collection été, sauf les pièces marquées « Nouveau ».",
     "-40 % sur toute la collection été, tous les jours sauf le dimanche.",
     "-40 % sur toute la collection été."),
    ("en", "40% off the whole summer collection, except pieces marked \"Nouveau\".",
     "40% off the whole summer collection, every day except Sunday.",
     "40% off the whole summer collection."),
])
def test_items_excepted_by_sauf_or_except_are_an_exclusion(campaign_run, lang, excepted,
                                                            day, bare):
    _, reports = campaign_run(campaign_csv(lang, (excepted, excepted, bare)), lang)
    assert ("exclusions", "exclusions") in facts_of(reports, "m1", "condition")
    assert findings(reports) == [("BL605", "m3")]
    # a day excepted is hours, no item left out
    _, reports = campaign_run(campaign_csv(lang, (day, day, bare)), lang)
    assert ("exclusions", "exclusions") not in facts_of(reports, "m1", "condition")
    assert findings(reports) == []


def test_people_after_sauf_or_except_are_no_exclusion(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "Trois films, une nuit, et personne pour vous tenir la main… sauf vos amis.",)))
    assert facts_of(reports, "m1", "condition") == set()
    _, reports = campaign_run(campaign_csv("en", (
        "Three films, one night, and nobody to hold your hand, except your friends.",)),
        "en")
    assert facts_of(reports, "m1", "condition") == set()


@pytest.mark.parametrize("lang, sold, named, short, proof, proof_short", [
    ("fr", "La Carte Mistral 10 places passe à 69 € au lieu de 89 €.",
     "Carte Mistral 10 places à 69 €. En caisse, demandez la Carte Mistral.",
     "Carte 10 places à 69 € au lieu de 89 €, jusqu'à dimanche.",
     "Le Pass à 19 €, 3 € de moins avec votre Carte Mistral.",
     "Le Pass à 19 €, 3 € de moins jusqu'à dimanche."),
    ("en", "The Mistral card (10 tickets) is now €69 instead of €89.",
     "A Mistral card, 10 tickets: now €69. At the box office, ask for a Mistral card.",
     "10-ticket card at €69 instead of €89, until Sunday.",
     "The Pass is €19, and €3 off with your Mistral card.",
     "The Pass is €19, and €3 off until Sunday."),
])
def test_a_card_the_offer_sells_is_its_product_not_a_condition(campaign_run, lang, sold,
                                                                named, short, proof,
                                                                proof_short):
    _, reports = campaign_run(campaign_csv(lang, (sold, named, short)), lang)
    assert ("card", "mistral") in facts_of(reports, "m1", "product")
    assert findings(reports) == []
    # the card that proves who may have the offer is still its condition
    _, reports = campaign_run(campaign_csv(lang, (proof, proof, proof_short)), lang)
    assert ("members", "members") in facts_of(reports, "m1", "condition")
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, holder, other, with_code", [
    ("fr", "Pass Nuit 19 € en prévente. Carte Mistral : code FRISSON26.",
     "Plus que demain pour le Pass Nuit à 19 €.",
     "Pass Nuit 19 € en prévente, code FRISSON26."),
    ("en", "Night Pass €19 in advance. Mistral Card holders: code FRISSON26.",
     "Only tomorrow left for the Night Pass at €19.",
     "Night Pass €19 in advance, code FRISSON26."),
])
def test_a_condition_beside_a_code_binds_the_code_not_the_price(campaign_run, lang,
                                                                holder, other, with_code):
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, other)), lang)
    assert findings(reports) == []
    # a message that gives the code without the card leaves the condition out
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, with_code)), lang)
    assert findings(reports) == [("BL605", "m3")]


@pytest.mark.parametrize("lang, holder, buying, asking", [
    ("fr", "40 € de remise dès 250 € d'achat, hors cartes-cadeaux.",
     "Agent : Magasin Hartwell, bonjour.\nClient : Je regarde un salon de jardin à "
     "640 €, la livraison est comprise ?\nAgent : Oui, et les 40 € de remise dès 250 € "
     "s'appliquent aussi.",
     "Agent : Magasin Hartwell, bonjour.\nClient : L'offre marche aussi en ligne ?\n"
     "Agent : Oui, 40 € de remise dès 250 € d'achat, en magasin comme en ligne."),
    ("en", "$40 off when you spend $250, excluding gift cards.",
     "Agent: Hartwell Kingston, how can I help?\nCaller: I'm looking at a patio set for "
     "$640. Is delivery included?\nAgent: It is, and the $40 off applies too since "
     "you're over $250.",
     "Agent: Hartwell Kingston, how can I help?\nCaller: Does the offer work online?\n"
     "Agent: It does: $40 off when you spend $250, in store and online."),
])
def test_a_call_about_the_callers_own_purchase_needs_not_list_exclusions(
        campaign_run, lang, holder, buying, asking):
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, buying)), lang)
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (holder, holder, asking)), lang)
    assert findings(reports) == [("BL605", "m3")]


# -- figures ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, texts, derived, odd", [
    ("fr", ("Pass Nuit : 19 € en prévente. Titulaires de la Carte Mistral : 3 € de moins.",
            "Pass Nuit à 19 € jusqu'à vendredi."),
     "Titulaires de la Carte Mistral, votre Pass Nuit revient à 16 €.",
     "Titulaires de la Carte Mistral, votre Pass Nuit revient à 15 €."),
    ("en", ("Night Pass: €19 in advance. Mistral card holders save €3.",
            "Night Pass at €19 until Friday."),
     "Mistral card holders, your Night Pass comes to just €16.",
     "Mistral card holders, your Night Pass comes to just €15."),
])
def test_a_price_less_the_campaigns_amount_off_is_no_other_price(campaign_run, lang, texts,
                                                                 derived, odd):
    _, reports = campaign_run(campaign_csv(lang, (*texts, derived)), lang)
    assert [code for code, _ in findings(reports)] == []
    _, reports = campaign_run(campaign_csv(lang, (*texts, odd)), lang)
    assert ("BL601", "m3") in findings(reports)


@pytest.mark.parametrize("lang, spend, price", [
    ("fr", "DÉPENSEZ 250 $ · ÉCONOMISEZ 40 $", "LE COFFRE À OUTILS À 250 $ · 40 $ DE RABAIS"),
    ("en", "SPEND $250 · SAVE $40", "THE TOOL CHEST AT $250 · SAVE $40"),
])
def test_a_threshold_said_by_the_verb_spend(campaign_run, lang, spend, price):
    _, reports = campaign_run(campaign_csv(lang, (spend, price)), lang)
    assert ("min_basket", "250 USD") in facts_of(reports, "m1", "price")
    assert ("min_basket", "250 USD") not in facts_of(reports, "m2", "price")


# -- dates -----------------------------------------------------------------------------------


def test_fin_de_semaine_names_the_weekend_it_does_not_end_the_offer(campaign_run):
    _, reports = campaign_run(campaign_csv("fr", (
        "-25 % sur les teintures. Nos conseillers sont en magasin toute la fin de semaine.",
        "-25 % sur les teintures, jusqu'à la fin de semaine."),
        send_dates=("2026-06-11", "2026-06-11")))
    assert not any(key == "end" for key, _ in facts_of(reports, "m1", "date"))
    assert ("end", "2026-06-14") in facts_of(reports, "m2", "date")
    # English names it "the weekend", ending only after an end word too
    _, reports = campaign_run(campaign_csv("en", (
        "25% off stains. Our advisers are on the floor all weekend.",
        "25% off stains until the weekend."),
        send_dates=("2026-06-11", "2026-06-11")), "en")
    assert not any(key == "end" for key, _ in facts_of(reports, "m1", "date"))
    assert ("end", "2026-06-14") in facts_of(reports, "m2", "date")


@pytest.mark.parametrize("lang, said_of, today", [
    ("fr", "Demain, c'est le dernier jour : -20 % sur l'isolation.",
     "Dernier jour : -20 % sur l'isolation !"),
    ("en", "Tomorrow's the last day: 20% off insulation.",
     "Last day: 20% off insulation!"),
])
def test_the_last_day_said_of_a_day_is_that_day(campaign_run, lang, said_of, today):
    _, reports = campaign_run(campaign_csv(lang, (said_of, today),
                                           send_dates=("2026-10-13", "2026-10-13")), lang)
    assert ("end", "2026-10-14") in facts_of(reports, "m1", "date")
    assert ("end", "2026-10-13") not in facts_of(reports, "m1", "date")
    assert ("end", "2026-10-13") in facts_of(reports, "m2", "date")


@pytest.mark.parametrize("lang, window, offer", [
    ("fr", "-40 % sur la collection été. Échanges possibles pendant 30 jours.",
     "-40 % sur la collection été, offre valable pendant 30 jours."),
    ("en", "40% off the summer collection. Exchanges possible for 30 days.",
     "40% off the summer collection, offer valid for 30 days."),
])
def test_an_exchange_window_said_by_its_length_is_a_promise(campaign_run, lang, window,
                                                            offer):
    _, reports = campaign_run(campaign_csv(lang, (window, offer)), lang)
    assert ("exchange", "720h") in facts_of(reports, "m1", "promise")
    assert not any(key == "end" for key, _ in facts_of(reports, "m1", "date"))
    assert any(key == "end" for key, _ in facts_of(reports, "m2", "date"))


# -- promises --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, month, same, faq", [
    ("fr", "Si nous annulons, le remboursement est automatique : vous le verrez sur votre "
           "compte dans le mois qui suit.",
     "Si nous annulons, vous êtes remboursé sous 30 jours.",
     "Si nous annulons, vous êtes remboursé sous 14 jours."),
    ("en", "If we cancel, the refund is automatic: you'll see it on your account within "
           "the month.",
     "If we cancel, you're refunded within 30 days.",
     "If we cancel, you're refunded within 14 days."),
])
def test_a_delay_said_by_the_month_with_its_article(campaign_run, lang, month, same, faq):
    _, reports = campaign_run(campaign_csv(lang, (month, same)), lang)
    assert ("refund", "720h") in facts_of(reports, "m1", "promise")
    assert findings(reports) == []
    _, reports = campaign_run(campaign_csv(lang, (faq, faq, month)), lang)
    assert ("BL604", "m3") in findings(reports)
