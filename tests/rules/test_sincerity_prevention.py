"""Advice for next time in a service reply (round 8: sincerity-blind7, blind4, and the
earlier sets): telling the customer how to avoid the problem in future says whose fault
it was, even where the reply names none. Firing and near-miss cases, FR and EN, on the
real models (LEGO profiles, after-sales channel)."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre retour concernant l'ourlet. La fiche transmise à l'atelier "
           "mentionne 78 cm, et c'est cette mesure que notre couturière a suivie. Pour une "
           "prochaine commande, le plus fiable est de mesurer un pantalon qui vous va bien."),
    ("fr", "Nous sommes désolés pour l'attente. Pour vos prochains envois, nous vous "
           "recommandons de photographier les factures à plat."),
    ("en", "Having reviewed it, the invoice submitted was an estimate. It's worth checking "
           "that you have the final receipt before sending documents in future."),
    ("en", "Your ticket was scanned twice. Next time, please keep it away from your phone."),
])
def test_advice_for_next_time_puts_the_fault_on_the_customer(lint, lang, text):
    found = findings(lint(text, lang, "after_sales"), "BL401")
    assert found
    # what the finding says: the advice for next time is the reproach (two readings may
    # meet on one clause: the frame's own blame act comes first there)
    assert any(w in d.message for d in found for w in ("next time", "prochaine fois",
                                                         "at fault", "en faute", "faute"))


@pytest.mark.parametrize("lang,text", [
    # the brand owns the fault: a tip after that is no reproach
    ("fr", "C'est une erreur de notre part, toutes nos excuses. Pour une prochaine commande, "
           "nous vous recommandons de garder le numéro de suivi."),
    # an option the agent offers
    ("en", "Sorry, the box was packed this morning. What I can do: add the pasta as an extra, "
           "or please switch on a filter so it won't come up next time."),
    # the brand's own measures, no advice to the customer
    ("fr", "Le virement sera effectué sous 7 jours. La boutique a été prévenue pour que cela "
           "ne se reproduise pas."),
    # a plain tip, no future marker
    ("fr", "Votre nouveau billet vient de partir par e-mail ; pensez à jeter un œil aux "
           "courriers indésirables."),
])
def test_near_miss_owned_fault_offer_or_own_measures_is_no_blame(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


# -- proof demanded on pain of refusal: doubt ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci de nous transmettre une photo du ticket et un justificatif de votre heure "
           "d'entrée. Sans ces éléments, le forfait restera dû."),
    ("fr", "Merci de nous adresser le reçu de dépôt original. Sans ces deux pièces, nous ne "
           "pourrons pas considérer le dépôt comme effectué."),
    ("en", "Please send us the original receipt and a photo taken before you posted it. "
           "Without this proof we cannot accept the claim."),
])
def test_proof_demanded_on_pain_of_refusal_doubts_the_customer(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci de nous transmettre une photo du ticket si vous l'avez : sans ces éléments, "
           "nous vérifions simplement de notre côté."),
    ("en", "If you still have the receipt, please send it: without this proof we'll simply "
           "check the barrier's log on our side."),
])
def test_near_miss_proof_asked_without_a_threat_is_no_doubt(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL402")


# -- the fix of the reported problem, charged to the customer: blame -----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre badge ne déclenche plus la barrière. Un nouveau badge vous sera envoyé à "
           "réception du règlement de 15 € (frais de remplacement)."),
    ("en", "We've booked our contractor for Thursday. As the issue relates to how the room is "
           "ventilated, the £35 call-out will be added to your November rent."),
    ("en", "Thanks for the photos of the zip. As a gesture of goodwill we can replace the zip at "
           "half price (£11)."),
])
def test_charging_the_customer_for_the_fix_puts_the_fault_on_them(lint, lang, text):
    found = findings(lint(text, lang, "after_sales"), "BL401")
    assert found and any(w in d.message for d in found for w in ("charges", "facture"))


@pytest.mark.parametrize("lang,text", [
    # the fix is free, or a credit
    ("fr", "Votre badge ne déclenche plus la barrière. Un nouveau badge vous est envoyé "
           "gratuitement, et un avoir de 15 € est ajouté à votre compte."),
    # the brand owns the fault: the charge is refunded
    ("en", "That's our mistake: the £35 call-out should never have been added to your rent. "
           "We've refunded it today."),
    # explaining a price the customer agreed to, no charge for a fix
    ("fr", "Je comprends que les 49 € demandés pour la réparation de votre écran vous aient "
           "surpris : c'est le tarif affiché en boutique."),
])
def test_near_miss_a_free_fix_an_owned_charge_or_a_price_explained_is_no_blame(lint, lang,
                                                                             text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


# -- a charge cancelled is a remedy; "pour rappel" recalls a rule; "running behind" ----------
def test_a_charge_the_brand_cancels_is_no_problem_to_apologise_for(lint):
    text = ("Your car was at Victoria Square, just round the corner: an easy slip. We've "
            "refunded the £9.50 today and cancelled the £15 exit charge.")
    assert "BL403" not in codes(lint(text, "en", "after_sales"))


def test_near_miss_a_visit_the_brand_cancelled_is_a_problem(lint):
    text = "Your visit on Tuesday was cancelled. The technician comes on Friday at 10 am."
    assert "BL403" in codes(lint(text, "en", "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour rappel, le livret d'accueil précise que les affiches se fixent avec de la "
           "pâte adhésive."),
    ("en", "Your order is running behind due to high demand in the workshop. It will now be "
           "dispatched on Thursday."),
])
def test_a_rule_recalled_or_a_delay_in_other_words_is_read(lint, lang, text):
    assert codes(lint(text, lang, "after_sales")) & {"BL404", "BL403"}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous rappelons demain matin pour fixer le rendez-vous."),
    ("en", "Your order is running smoothly through the workshop. It will be dispatched on "
           "Thursday."),
])
def test_near_miss_a_callback_or_an_order_on_time_is_not(lint, lang, text):
    assert not codes(lint(text, lang, "after_sales")) & {"BL404", "BL403"}
