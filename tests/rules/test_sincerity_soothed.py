"""No apology is owed for what is not the brand's problem (round 6): the customer's own
slip the reply calls common, a loss denied by "nothing", a « De notre côté : » that opens
what the brand will do. Each with the near-miss that still fires, FR and EN, on the real
models (LEGO profiles, after-sales channel)."""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande porte le set 42115 au lieu du 42151 : une erreur de saisie très "
           "courante, les numéros se ressemblent. Je l'ai corrigée, le bon set part demain."),
    ("en", "Your order has set 42115 instead of 42151, two digits swapped: really easy to do. "
           "I've corrected it and the right set ships tomorrow."),
    ("en", "The payment bounced back, but nothing has been lost: the money is safe with us. "
           "We'll send it again tomorrow."),
    ("fr", "De notre côté :\n- votre commande ne sera pas facturée ;\n- un nouveau set part "
           "demain."),
])
def test_no_apology_is_owed_for_what_is_not_the_brands_problem(lint, lang, text):
    assert "BL403" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande porte le set 42115 au lieu du 42151 : une erreur de notre "
           "entrepôt. Le bon set part demain."),
    ("en", "Your parcel was lost in transit. A new one ships tomorrow."),
    # the fault stated, placed with nobody (« l'erreur vient de notre côté » owns it:
    # tests/rules/test_sincerity.py, ownership as issue 8 defines it)
    ("fr", "Une erreur s'est glissée dans votre commande. Un nouveau set part demain."),
])
def test_near_miss_the_brands_own_problem_still_needs_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(text, lang, "after_sales"))


# -- selling in a complaint reply, in a price set off against another ---------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour le retard : votre set part demain. Et pour Noël, pensez "
           "au coffret Ville : 49 € au lieu de 69 €, en vente sur lego.fr."),
    ("en", "So sorry about the delay: your set ships tomorrow. And before I let you go, the "
           "Builder Club adds free shipping for just £2.50 extra a month."),
])
def test_a_price_set_off_against_another_is_selling(lint, lang, text):
    assert "BL406" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses : nous vous avons facturé 69 € au lieu de 49 €. La "
           "différence vous est remboursée demain."),
    ("en", "Sorry: we charged you £69 instead of £49. The difference is refunded tomorrow."),
])
def test_near_miss_a_billing_error_admitted_is_no_sale(lint, lang, text):
    assert "BL406" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "La garantie ne couvre pas la casse, je suis désolée.\n\nCe que je peux faire : "
           "une nouvelle pose au prix de la pièce, 59 € au lieu de 89 €, sous 3 jours."),
    ("en", "The warranty doesn't cover a fall, I'm sorry. What I can do is fit a new screen "
           "at cost, £59 instead of £89, within 3 days."),
])
def test_near_miss_a_price_cut_on_the_remedy_is_no_sale(lint, lang, text):
    assert "BL406" not in codes(lint(text, lang, "after_sales"))


# -- a list is not an act ---------------------------------------------------------------
def test_a_list_introduced_by_including_is_no_next_step(lint):
    text = ("Sorry for any hassle! We're looking into a number of queries, including the "
            "refunds for the snow days. We'll be in touch in due course.")
    assert "BL407" in codes(lint(text, "en", "after_sales"))


def test_near_miss_the_act_beside_the_list_is_a_step(lint):
    text = "Sorry for the delay. We've refunded every missed order, including the snow days."
    assert "BL407" not in codes(lint(text, "en", "after_sales"))
