"""Round 12: the misses of sincerity-blind12 (online bank, furniture retailer, regional
airline), read as concepts of how agents blame a customer in polite prose: an order for the
next occasion with no word of advice ("next time leave at least two hours", « Pensez-y pour
votre prochain séjour »); more of the customer's own conduct asked for ("we recommend arriving
earlier", "please take more care"); the problem that would not have happened had the customer
acted (« ne se serait pas produit si vous aviez activé… »); the cause put on customers as a
kind, the customer named in the third person as its agent (« une armoire déplacée par le
client », "the details entered by the customer"). And doubt asked in the statement's word
order ("you're quite sure nobody…", « êtes-vous certain de ne pas avoir… »). Firing and
near-miss cases, FR and EN, on the real models."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


@pytest.fixture(scope="module")
def bank(lint_profiles):
    """The online-bank profiles of sincerity-blind12."""
    return lint_profiles({"fr": "profiles/quillane.yaml", "en": "profiles/quillane-en.yaml"},
                         "email_reply")


# -- an order for the next occasion, with no word of advice (BL401) -------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry about your missed connection after our delay. Booking a 35-minute connection "
           "on two tickets is a real risk, next time leave at least two hours."),
    ("en", "Sorry your card was blocked abroad. In future, switch on travel mode before you go."),
    ("fr", "Désolés pour ce blocage. À l'avenir, vérifiez que l'option Voyage est active avant "
           "de partir."),
    ("fr", "Votre carte est de nouveau active, désolés pour ce moment pénible. Ce blocage est "
           "fréquent à l'étranger. Pensez-y pour votre prochain séjour."),
])
def test_an_order_for_the_next_occasion_blames(bank, lang, text):
    assert findings(bank(text, lang), "BL401")


@pytest.mark.parametrize("lang,text", [
    # what the brand will do next time: no order to the customer
    ("fr", "Désolés pour ce blocage, votre carte est réactivée. À l'avenir, vous recevrez un "
           "SMS avant chaque blocage."),
    ("en", "Sorry your card was blocked, it's unblocked now. Next time you travel, we'll send "
           "you a text before any block."),
])
def test_near_miss_the_next_occasion_without_an_order(bank, lang, text):
    assert not findings(bank(text, lang), "BL401")


# -- more of the customer's own conduct asked for (BL401) -----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Your bag missed the flight because it was dropped 38 minutes before departure. "
           "Late bags often miss the aircraft, so we recommend arriving earlier."),
    ("en", "We're sorry your transfer hasn't arrived: the payee name did not match, so please "
           "take more care when you set up a new payee."),
    ("fr", "Désolés pour ce bagage resté à Brest. Les bagages déposés tard manquent souvent "
           "l'avion : nous vous conseillons d'arriver plus tôt."),
    ("fr", "Désolés pour ce virement rejeté : le nom du bénéficiaire ne correspondait pas. "
           "Merci de faire preuve de plus de vigilance lors de vos saisies."),
])
def test_more_of_the_customers_conduct_asked_for_blames(bank, lang, text):
    assert findings(bank(text, lang), "BL401")


@pytest.mark.parametrize("lang,text", [
    # "earlier" of the brand's own message, not of the customer's conduct
    ("en", "Sorry for the confusion: our team sent the wrong figure. Please ignore the email "
           "we sent earlier; the correct statement is attached."),
    ("fr", "Désolés pour cette confusion, notre équipe s'est trompée de montant. Merci "
           "d'ignorer le message envoyé plus tôt : le bon relevé est joint."),
])
def test_near_miss_earlier_said_of_the_brands_act(bank, lang, text):
    assert not findings(bank(text, lang), "BL401")


# -- the problem that would not have happened had the customer acted (BL401) ----------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés pour ce blocage de carte. Il ne se serait pas produit si vous "
           "aviez activé l'option Voyage avant de partir."),
    ("en", "We're sorry your card was blocked. It wouldn't have happened if you had switched "
           "on travel mode before leaving."),
])
def test_avoidable_had_the_customer_acted_blames(bank, lang, text):
    assert findings(bank(text, lang), "BL401")


@pytest.mark.parametrize("lang,text", [
    # the brand's own condition: an admission
    ("fr", "Nous sommes désolés pour ce blocage. Si nous avions vérifié votre dossier, il ne "
           "se serait pas produit ; votre carte est réactivée."),
    ("en", "We're sorry your card was blocked. If we had checked your travel notice, this "
           "would not have happened; we've unblocked it."),
    # a condition on what comes next, not a past conditional
    ("fr", "Nous sommes désolés pour ce retard. Si vous aviez déjà payé, le montant vous sera "
           "remboursé sous 5 jours."),
    ("en", "We're sorry for the delay. If you had already paid, the amount will be refunded "
           "within 5 days."),
])
def test_near_miss_the_brands_condition_or_a_future_one(bank, lang, text):
    assert not findings(bank(text, lang), "BL401")


# -- the cause put on customers as a kind (BL401) -------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés pour ce décalage des portes : il vient le plus souvent d'un "
           "meuble déplacé par le client après le montage."),
    ("en", "We're sorry about the returned transfer. As is often the case, the problem lies "
           "with the details entered by the customer."),
])
def test_the_cause_put_on_customers_as_a_kind_blames(bank, lang, text):
    assert findings(bank(text, lang), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés pour ce décalage des portes : il vient d'un défaut de "
           "charnière, le monteur repasse lundi."),
    ("fr", "Nous sommes désolés pour l'attente : votre carte vient d'être expédiée par le "
           "transporteur et le client sera prévenu par SMS."),
    ("en", "We're sorry about the declined transfer. The problem lies with a fault at our "
           "payments partner, which has now been fixed."),
    ("en", "We're sorry for the delay, caused by a member of our team. It will be fixed today."),
])
def test_near_miss_a_cause_not_the_customers(bank, lang, text):
    assert not findings(bank(text, lang), "BL401")


# -- doubt in the statement's word order (BL402) --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Okay. And you're quite sure nobody in your household had access to the card "
           "and the PIN?\nCaller: I live alone."),
    ("fr", "J'ai bien noté votre contestation. Avant d'ouvrir le dossier : êtes-vous certain "
           "de ne pas avoir fait ces achats vous-même ?"),
])
def test_sure_of_their_account_in_any_word_order_doubts(bank, lang, text):
    assert findings(bank(text, lang, "chat"), "BL402")


@pytest.mark.parametrize("lang,text", [
    # sure of a wish: a choice confirmed
    ("en", "You're sure you want to close the account? I can do it now."),
    ("fr", "Êtes-vous certain de vouloir clôturer le compte ? Je peux le faire maintenant."),
])
def test_near_miss_sure_of_a_wish(bank, lang, text):
    assert not findings(bank(text, lang, "chat"), "BL402")


# -- asked to give again, in any form (BL405) -----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi, I'm Sam, taking over from Leah. So that I can help, could you tell me again "
           "your booking reference and what happened with your seat?"),
    ("en", "Sorry for the wait. Forms sent before 1 March aren't in our new system, so you'll "
           "need to redo your claim from the start on our website."),
    ("fr", "Client : Je viens d'avoir votre collègue, l'appel a coupé.\nAgent: D'accord. Il va "
           "falloir que vous me redonniez votre numéro de commande et que vous me décriviez à "
           "nouveau le problème."),
    ("fr", "Je suis désolé pour l'attente. Les formulaires envoyés avant le 1er mars ne sont pas "
           "repris : il faut que vous refassiez votre demande depuis le début."),
])
def test_asked_to_give_or_do_again_is_a_repeat(bank, lang, text):
    assert findings(bank(text, lang, "chat"), "BL405")


@pytest.mark.parametrize("lang,text", [
    # a new piece of information, asked once
    ("en", "Thanks for the photos! They show the chest of drawers, but your claim is about the "
           "bedside table: could you send one photo of its scratched top?"),
    ("fr", "Merci pour vos photos. Elles montrent la commode, mais votre demande porte sur la "
           "table de chevet : il faut que vous nous envoyiez une photo de son plateau rayé."),
])
def test_near_miss_a_new_request_once(bank, lang, text):
    assert not findings(bank(text, lang, "chat"), "BL405")


# -- a paid scheme pushed in a complaint reply (BL406) ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We apologise again for the cancellation. Your refund has been processed today.\n\n"
           "Travelling again this summer? Flex Pass members save up to 25% on every flight."),
    ("en", "I'm sorry about the fee, I've refunded it today. Before you go: with the Voyager "
           "card you'd pay no fees at all. Shall I upgrade you today?"),
    ("fr", "Toutes nos excuses pour ces frais, ils vous sont remboursés aujourd'hui. Avec la "
           "formule Horizon, économisez jusqu'à 20 % sur vos achats : le premier mois est "
           "offert."),
])
def test_a_paid_scheme_pushed_is_marketing(bank, lang, text):
    assert findings(bank(text, lang), "BL406")


@pytest.mark.parametrize("lang,text", [
    # no complaint: a plain answer about a scheme the customer asked about
    ("en", "Good question! Flex Pass members can change flights for free. You can join from "
           "your account page."),
    ("fr", "Bonne question ! La formule Horizon inclut les retraits gratuits à l'étranger ; "
           "vous pouvez la choisir depuis votre espace client."),
])
def test_near_miss_a_scheme_explained_without_a_complaint(bank, lang, text):
    assert not findings(bank(text, lang), "BL406")


@pytest.fixture(scope="module")
def airline(lint_profiles):
    """The regional-airline profiles of sincerity-blind12."""
    return lint_profiles({"fr": "profiles/escarlane.yaml",
                          "en": "profiles/escarlane-en.yaml"}, "social_reply")


# -- the traveller moved on: a step in a live incident (BL407, precision) -------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Our apologies for the trouble, Linda. We're working hard to get you on your way "
           "ASAP! Thanks for your patience."),
    ("en", "Sorry for the delay, we understand your concern. Our airport staff are ready to "
           "rebook you if necessary."),
    ("en", "Sorry for the trouble this morning, Emily. Thanks for your patience while we work "
           "to have you on your way ASAP."),
    ("en", "We understand the gravity of the situation, and our team will work for a quick "
           "reunion with your delayed baggage. Sorry for any trouble."),
    ("fr", "Toutes nos excuses pour ce retard. Nos équipes au comptoir vont vous réacheminer "
           "dès que possible."),
    ("fr", "Désolés pour cette annulation : notre équipe en escale va vous replacer sur le "
           "prochain vol disponible."),
])
def test_the_traveller_moved_on_is_a_step(airline, lang, text):
    assert not findings(airline(text, lang), "BL407")


@pytest.mark.parametrize("lang,text", [
    # work under way on nothing named: still no step
    ("en", "Our apologies for the trouble, Linda. We're working hard on it. Thanks for your "
           "patience."),
    ("fr", "Toutes nos excuses pour ce retard. Nos équipes font le maximum. Merci de votre "
           "patience."),
])
def test_near_miss_work_on_nothing_named(airline, lang, text):
    assert findings(airline(text, lang), "BL407")


# -- real copy: « toujours » meaning *still*, and an activity going on, are no rule -------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\nVotre colis a bien du retard, toutes nos excuses.\nRetrouvez-moi sur "
           "notre messagerie si le problème est toujours présent demain, je le suivrai."),
    ("en", "Sorry your card payment failed. We're always working to improve our app, and "
           "a fix is on its way this week."),
    # a condition cut to its adjective (round 13's real-copy judgement: Free's template)
    ("fr", "Bonjour,\nNotre messagerie privée x n'est plus disponible, et nous en sommes "
           "désolés.\nRetrouvez-moi dès à présent sur messenger si toujours nécessaire :"),
    ("en", "Sorry, our chat on X has closed.\nFind me on Messenger if still needed:"),
])
def test_near_miss_still_or_an_ongoing_activity_is_no_rule_for_next_time(bank, lang, text):
    assert not findings(bank(text, lang), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\nVotre virement a été rejeté. Nous recommandons toujours de vérifier "
           "l'IBAN avant de valider un virement."),
    ("en", "Your transfer was rejected. We always recommend checking the IBAN before you "
           "confirm a transfer."),
])
def test_a_rule_that_always_holds_still_says_whose_fault(bank, lang, text):
    assert findings(bank(text, lang), "BL401")
