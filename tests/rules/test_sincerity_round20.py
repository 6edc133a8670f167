"""What round 20 (sincerity-blind18's misses read with the older sets') taught the reading of
a service reply, in concepts:

- a finding the brand reports about its own work is an admitted problem, though no word of
  fault is said: work done without the step it requires (« monté votre cuisine sans fixer
  les meubles hauts »), an aside that completes the act ("delivered to the building next
  door (no. 16 instead of no. 18)"), the brand's record contradicted by the fact ("marked as
  completed, but the bed frame is still at our depot") — BL403 without a word of regret;
- a check whose purpose is to rule out the customer's misuse or false claim ("to rule out
  any misuse … please return … a photo"), and the customer's account filed as their saying
  ("We note that you say…"), are doubt — BL402;
- the explanation announced as brought down to the customer's level ("let me put it
  simply", « je vais vous le dire simplement ») and their confusion presumed as common or
  the thing called a mystery to them are condescension — BL404;
- the customer's message or call noted (« je note votre message ») moves nothing — BL407.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own, of the same shapes as the ones read; the profiles are
round 18's (`test_sincerity_round18.py`)."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round18 import REPAIR, found


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(REPAIR, "pelvane", "after_sales")


# -- BL403: the brand's own finding about its work ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche,\n\nNous avons constaté que notre technicien a remonté votre "
           "ordinateur sans fixer le ventilateur. Un rendez-vous est planifié jeudi à 10 h "
           "pour reprendre la réparation.\n\nL'atelier Pelvane"),
    ("en", "Hello Ms Roche,\n\nWe noticed that our technician refitted your laptop without "
           "securing the fan. A workshop slot is booked for Thursday at 10:00 to finish the "
           "repair.\n\nPelvane Workshop"),
    ("en", "Hello Mr Osei,\n\nOur records confirm that your repaired phone was sent to the "
           "shop next door (no. 16 instead of no. 18). The courier brings it to you on "
           "Thursday at 10:00."
           "\n\nPelvane Support"),
    ("en", "Agent: Right, I can see it on the file. The workshop marked your repair as "
           "completed, but the tablet is still on the bench. I've booked it for today and "
           "you'll get a text at 5 pm."),
    ("fr", "Conseiller : Je vois le dossier. La réparation a été indiquée comme terminée alors "
           "que la tablette est encore à l'atelier. Elle sera prête aujourd'hui à 17 h."),
])
def test_a_finding_about_the_brands_own_work_owes_regret(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    # the same findings with a word of regret
    ("fr", "Bonjour Madame Roche,\n\nNous sommes désolés : notre technicien a remonté votre "
           "ordinateur sans fixer le ventilateur. Un rendez-vous est planifié jeudi à 10 h "
           "pour reprendre la réparation.\n\nL'atelier Pelvane"),
    ("en", "Agent: I'm so sorry, I can see it on the file. The workshop marked your repair as "
           "completed, but the tablet is still on the bench. I've booked it for today and "
           "you'll get a text at 5 pm."),
    # work done without what was never owed; the record against the customer's account;
    # an aside that names no fault
    ("fr", "Bonjour, nous avons réparé votre téléphone sans facturer la coque. Il est prêt "
           "à l'atelier dès aujourd'hui."),
    ("en", "Hello, we repaired your phone without charging for the case. It is ready for "
           "collection today."),
    ("en", "Hello, the courier marked your parcel as delivered, but you say it never came: "
           "we have opened a trace and will reply by Thursday."),
    ("en", "Hello Mr Osei, your repaired phone was sent to our York branch (the one on "
           "Market Street). It will be there on Thursday at 10:00."),
])
def test_near_miss_a_finding_with_regret_or_no_fault(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL402: a check against the customer's bad faith; their account filed as a saying ---------
@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for reporting the missing screws. Before we send replacements, and to "
           "rule out any misuse of our parts service, please return the signed repair slip "
           "with a photo of the bag as you received it."),
    ("fr", "Merci de votre signalement. Pour écarter tout usage abusif de notre service de "
           "pièces, merci de nous retourner le bon signé et une photo du sachet."),
    ("en", "Dear Mr Lane,\n\nWe note that you say your tablet was repaired at our Leeds "
           "workshop in March. We will check this against our records.\n\nPelvane"),
    ("fr", "Bonjour Monsieur Lane,\n\nNous prenons note que vous affirmez avoir déposé votre "
           "tablette en mars. Nous allons le vérifier dans nos fichiers.\n\nPelvane"),
])
def test_a_check_against_bad_faith_or_a_distanced_account_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    # a check against a third party's fraud; proof asked with no suspicion; a wish noted
    ("en", "To protect your card from fraud, we never ask for your PIN. Your repair is "
           "booked for Thursday at 10:00."),
    ("fr", "Pour éviter toute fraude sur votre carte, nous ne vous demanderons jamais votre "
           "code. Votre réparation est prévue jeudi à 10 h."),
    ("en", "Thank you for reporting the missing screws. Please send us a photo of the bag so "
           "that we send the right ones: they will leave today."),
    ("en", "We note that you'd like a callback: a technician will call you today at 4 pm."),
    ("fr", "Nous prenons note que vous souhaitez un rappel : un technicien vous appelle "
           "aujourd'hui à 16 h."),
])
def test_near_miss_a_check_without_suspicion(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL404: the explanation brought down to the customer's level -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Right, let me put it simply, because it's a bit technical. The battery "
           "wears down with every charge, so it holds less over time. Okay?"),
    ("en", "Hi Mark! Totally get it, battery health can be a bit of a mystery. 80% doesn't "
           "mean the battery is faulty, so this is perfectly normal."),
    ("en", "Hi Daniel, just to clarify, since this seems to be a common point of confusion: "
           "'express repair' means we repair it the same day, not that it's free."),
    ("fr", "Conseiller : Bon, je vais vous le dire simplement. La batterie s'use à chaque "
           "charge, donc elle tient moins longtemps."),
    ("fr", "Bonjour Marc, c'est un point qui prête souvent à confusion : « réparation "
           "express » veut dire le jour même, pas gratuite."),
])
def test_an_explanation_brought_down_talks_down(lint, lang, text):
    assert found(lint(lang, text), "BL404")


@pytest.mark.parametrize("lang,text", [
    # plain explanations, and a confusion the brand owns
    ("en", "Hi Mark, 80% battery health is normal after two years: the battery wears a "
           "little with every charge. If it drops below 70%, we replace it free."),
    ("en", "Sorry, our page wasn't clear about express repair: it means the same day. We've "
           "reworded it today."),
    ("fr", "Bonjour Marc, une santé de batterie à 80 % est normale après deux ans. Si elle "
           "passe sous 70 %, nous la remplaçons gratuitement."),
    ("fr", "Désolés, notre page n'était pas claire : « réparation express » veut dire le "
           "jour même. Nous l'avons corrigée aujourd'hui."),
])
def test_near_miss_a_plain_explanation(lint, lang, text):
    assert not found(lint(lang, text), "BL404")


# -- BL407: a message noted moves nothing --------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Je suis vraiment désolé, ce n'est pas normal. Le technicien est en "
           "intervention toute la journée. Je note votre message. Bonne journée."),
    ("en", "Agent: I'm really sorry, that's not right. The technician is out on calls all "
           "day. I've noted your message. Have a good day."),
])
def test_a_message_noted_is_no_next_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Je suis vraiment désolé, ce n'est pas normal. Je note votre message "
           "et le technicien vous rappelle aujourd'hui à 16 h."),
    ("en", "Agent: I'm really sorry, that's not right. I've noted your message and the "
           "technician will call you today at 4 pm."),
])
def test_near_miss_a_message_noted_with_a_dated_step(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


# -- BL401: the missing piece put in what the customer gave ------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I understand. To be honest, the courier works with what he's given: if the "
           "door code had been in your booking, he wouldn't have had to leave. I can book "
           "you in for Thursday between 8 and 12."),
    ("fr", "Conseiller : Je comprends. Honnêtement, si le code d'accès avait figuré dans votre "
           "réservation, le coursier ne serait pas reparti. Je vous propose jeudi entre 8 h "
           "et 12 h."),
])
def test_the_missing_piece_put_in_the_customers_input_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    # what the customer's input would have allowed, told as a plain option; the brand's own
    ("en", "Agent: I understand. If the door code had been in your booking, the courier would "
           "have used it. I've added it now and booked you in for Thursday between 8 and 12."),
    ("fr", "Conseiller : Je comprends. Le code d'accès n'était pas transmis au coursier, c'est "
           "notre erreur. Je vous propose jeudi entre 8 h et 12 h."),
])
def test_near_miss_an_input_condition_with_nothing_denied(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL408: a delay the customer watches for before coming back -----------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry for the worry. We'll repair your phone within 15 days."),
    ("fr", "Désolés pour ce souci. Nous réparerons votre téléphone sous 15 jours."),
])
def test_a_slow_step_of_the_brand_still_fires(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry for the worry. The second amount is a hold by your bank, released "
           "automatically. If it still shows after 7 days, reply here and we'll send the "
           "payment proof to your bank."),
    ("fr", "Désolés pour ce souci. Le second montant est une empreinte de votre banque, levée "
           "automatiquement. Si le débit apparaît toujours après 7 jours, répondez ici et nous "
           "enverrons la preuve de paiement à votre banque."),
])
def test_near_miss_a_delay_that_opens_the_customers_recourse(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


# -- BL401: misuse named as the cause ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous avons bien reçu votre message. La panne vient très probablement "
           "d'une mauvaise utilisation du chargeur à la maison. Vous pouvez déposer "
           "l'appareil à l'atelier."),
    ("en", "Hello, thanks for your message. The fault is most likely down to incorrect "
           "handling of the charger at home. You can drop the device at the workshop."),
])
def test_misuse_named_as_the_cause_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    # denied, or the wrong handling is the carrier's or the brand's
    ("fr", "Bonjour, la panne ne vient pas d'une mauvaise utilisation : l'écran est "
           "défectueux. Nous le remplaçons sous 5 jours, toutes nos excuses."),
    ("en", "Hello, the damage is due to rough handling by the courier in transit. We're "
           "sorry: a new screen leaves today."),
    ("en", "Hello, the crack was caused by incorrect fitting by our technician. We're sorry: "
           "we'll replace it free on Thursday at 10:00."),
])
def test_near_miss_misuse_denied_or_not_the_customers(lint, lang, text):
    assert not found(lint(lang, text), "BL401")
