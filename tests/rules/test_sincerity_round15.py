"""What round 15 (sincerity-blind15's first run) taught the blame reading: what the brand
sends or runs that should have happened and did not (« l'alerte SMS aurait dû partir »,
"the confirmation should have gone out") is the brand's failure, like the passive « la
caution aurait dû être libérée » — not the customer's fault; the reader's own thing that
should have been otherwise stays held against them. FR and EN, on the real models (LEGO
profiles)."""

from __future__ import annotations

import pytest


def blamed(diagnostics):
    return [d for d in diagnostics if d.code == "BL401"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le car a été bloqué par un accident ; l'alerte SMS aurait dû partir et ne l'a pas "
           "fait, c'est pour nous. Envoyez-nous votre ticket et on vous le rembourse "
           "aujourd'hui."),
    ("en", "The coach was held up by an accident; the text alert should have gone out and "
           "didn't, that's on us. Send us your ticket and we'll refund it today."),
])
def test_the_brands_own_thing_that_failed_is_no_blame(lint, lang, text):
    assert not blamed(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre dossier aurait dû être complet : il manque la facture. Renvoyez-la et nous "
           "traitons la demande sous 14 jours."),
    ("fr", "Vous auriez dû vérifier l'adresse. Renvoyez le formulaire et nous traitons la "
           "demande sous 14 jours."),
    ("en", "You should have checked the address. Send the form again and we'll process it "
           "within 14 days."),
])
def test_near_miss_the_readers_thing_or_act_is_still_blame(lint, lang, text):
    assert blamed(lint(text, lang, "after_sales"))


def slow(diagnostics):
    return [d for d in diagnostics if d.code == "BL408"]


# -- the year as a run the case waits for, not a thing sold or done by the year ------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour cette erreur de facturation. Le remboursement sera fait "
           "lors de la régularisation annuelle de votre compte."),
    ("en", "Sorry for the billing error. The refund will be made at your annual review of "
           "the account."),
])
def test_a_step_put_off_to_a_yearly_run_is_slow(lint, lang, text):
    assert slow(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ne pouvons pas rembourser votre abonnement annuel : le règlement le réserve "
           "aux déménagements. Nous pouvons le transférer sans frais à un proche : répondez à "
           "ce message, c'est fait sous 72 h."),
    ("en", "We can't refund your annual fee: the withdrawal period has ended. We can move the "
           "plan to someone in your household: reply with their name and it's done within "
           "72 hours."),
])
def test_near_miss_a_thing_sold_by_the_year_is_no_run(lint, lang, text):
    assert not slow(lint(text, lang, "after_sales"))
