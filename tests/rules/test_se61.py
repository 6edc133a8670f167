"""Four readings of a service reply (se61), on the real models, FR and EN, each firing and
near miss:

- advice given as a rule (« mieux vaut », "it's always best to") blames the customer only
  in a reply to something that happened — a problem, an apology, a past event told; in an
  answer to a question about what is to come it is help (BL401 silent);
- a rule whose subject is the brand's own work (« un changement de moteur doit toujours
  faire l'objet d'un devis », "a repair always has to be quoted") is the brand's duty, not
  a rule of use laid on the customer (BL401 silent), while a rule on the customer's thing,
  or one they are the agent of ("has to be approved by you"), still is one;
- the price of a step up said "more" (« 4 € de plus par mois », "£5 more a month") is an
  upsell in a reply to a complaint (BL406);
- a condition of the pluperfect on the customer's act, with the instructions named earlier
  in the sentence (« la notice le précise …, et cela aurait pu être évité si le bac avait
  été vidé »), is blame (BL401), as when the instructions follow it.
"""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


# --- advice as a rule: only after something happened ----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Perrin,\n\nNous avons vérifié : le second débit de 18 € vient du "
           "changement de carte que vous avez fait le 2 du mois. Mieux vaut faire ce "
           "changement après le 5, quand le prélèvement est passé.\n\nLes 18 € vous seront "
           "remboursés sous 5 jours.\n\nCordialement"),
    ("en", "Hi Tom,\n\nWe've checked: the second charge of £18 came from the card change you "
           "made on the 2nd. It's always best to make that kind of change after the 5th, once "
           "the payment has gone through.\n\nThe £18 will be refunded within 5 days.\n\nBest"),
])
def test_rule_advice_after_what_happened_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Garnier ! Bonne question : pour une visite en juin, mieux vaut "
           "réserver dès maintenant, le calendrier se remplit vite au printemps. Je vous "
           "réserve une date ?"),
    ("en", "Hi Mr Garner! Good question: for a visit in June, it's always best to book now, "
           "the calendar fills up fast in spring. Shall I book you a date?"),
])
def test_rule_advice_answering_a_question_about_what_is_to_come_does_not_fire(
        lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# --- a rule of the brand's own work is its duty ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Dubois,\n\nVous avez raison et je suis désolée : un remplacement "
           "de moteur doit toujours faire l'objet d'un devis accepté avant l'intervention, et "
           "ce n'a pas été le cas. J'annule la facture aujourd'hui.\n\nCordialement"),
    ("en", "Hi Ms Dale,\n\nYou're right and I'm sorry: the repair always has to be quoted "
           "in writing first, and that didn't happen here. I'm cancelling the invoice today."
           "\n\nBest"),
])
def test_rule_of_the_brands_own_work_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Dubois,\n\nNous sommes désolés que la viande soit arrivée "
           "tiède. La box doit être placée au réfrigérateur dès réception.\n\nNous vous "
           "envoyons une nouvelle box sous 3 jours.\n\nCordialement"),
    ("en", "Hi Ms Dale,\n\nSorry the meat was warm when you opened it. The box needs to go "
           "into the fridge as soon as it arrives.\n\nWe'll send you a new box within 3 days."
           "\n\nBest"),
    ("en", "Hi Ms Dale,\n\nSorry the motor failed. The repair always has to be approved by "
           "you first, so we waited.\n\nBest"),
])
def test_rule_of_use_on_the_customers_thing_still_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


# --- the price of a step up, said "more" ----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche,\n\nToutes nos excuses pour la roue voilée : nous "
           "échangeons le vélo sous 7 jours.\n\nEt pourquoi ne pas passer au modèle Confort ? "
           "Il ne coûte que 4 € de plus par mois.\n\nCordialement"),
    ("en", "Hi Ms Rowe,\n\nSo sorry about the buckled wheel: we'll swap the bike within 7 "
           "days.\n\nAnd why not move up to the Comfort model? It's only £5 more a month."
           "\n\nBest"),
])
def test_step_up_priced_more_a_month_in_a_complaint_reply_fires(lint, lang, text):
    assert "BL406" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche,\n\nToutes nos excuses : votre prélèvement a été facturé "
           "4 € de plus par mois depuis mars, par erreur. Nous vous remboursons les 12 € "
           "sous 7 jours.\n\nCordialement"),
    ("en", "Hi Ms Rowe,\n\nSo sorry: you were charged £5 more a month since March, by "
           "mistake. We'll refund the £15 within 7 days.\n\nBest"),
])
def test_extra_monthly_amount_that_was_charged_does_not_fire(lint, lang, text):
    assert "BL406" not in sincerity(lint, text, lang)


# --- the instructions named before a condition of the pluperfect ----------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Petit,\n\nNous sommes désolés pour la panne de votre robot.\n\n"
           "La notice le précise pourtant en première page, et cette panne aurait pu être "
           "évitée si le bac avait été vidé après chaque usage.\n\nNous vous envoyons un bac "
           "neuf sous 3 jours.\n\nCordialement"),
    ("en", "Hi Sam,\n\nSorry your blender stopped working.\n\nThe manual warns against this "
           "on page 2, and the breakdown could have been avoided if the jug had been emptied "
           "after each use.\n\nWe'll send you a new motor within 3 days.\n\nBest"),
])
def test_instructions_named_before_the_customers_omission_fire(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Petit,\n\nNous sommes désolés pour la panne de votre robot.\n\n"
           "La notice le précise en première page : le bac se vide après chaque usage.\n\n"
           "Nous vous envoyons un bac neuf sous 3 jours.\n\nCordialement"),
    ("en", "Hi Sam,\n\nSorry your blender stopped working.\n\nThe manual says the jug is "
           "emptied after each use; the fault is in the motor, so that's on us.\n\nWe'll "
           "send you a new motor within 3 days.\n\nBest"),
])
def test_instructions_named_without_an_omission_do_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)
