"""Nine readings of a service reply (se61), on the real models, FR and EN, each firing and
near miss:

- advice given as a rule (« mieux vaut », "it's always best to") blames the customer in a
  reply to something that went wrong; in the answer to their question (« Bonne question : »,
  "Good question:") where nothing did, it is help (BL401 silent);
- a rule whose subject is the brand's own work (« un changement de moteur doit toujours
  faire l'objet d'un devis », "a repair always has to be quoted") is the brand's duty, not
  a rule of use laid on the customer (BL401 silent), while a rule on the customer's thing,
  or one they are the agent of ("has to be approved by you"), still is one;
- the price of a step up said "more" (« 4 € de plus par mois », "£5 more a month") is an
  upsell in a reply to a complaint (BL406);
- a condition of the pluperfect on the customer's act, with the instructions named earlier
  in the sentence (« la notice le précise …, et cela aurait pu être évité si le bac avait
  été vidé »), is blame (BL401), as when the instructions follow it;
- the duty to keep the brand informed put on the customer (« c'est à vous de nous tenir
  informés », "it's up to you to keep us informed") is blame (BL401), the brand keeping
  them informed is not;
- a symptom read as the customer's thing not used enough (« signifie généralement que la
  pompe n'a pas tourné assez longtemps », "usually means the pump wasn't run long
  enough") is blame (BL401), a worn part is not;
- the customer's slip called common among beginners however named (« chez les personnes
  qui découvrent… », "among people who are new to…") talks down (BL404), a common fault of
  the model does not;
- the earliest the brand's mechanic can come (« le plus tôt que notre mécanicien puisse
  passer, c'est dans… », "the earliest our mechanic can get to you is in…") is the repair's
  next step, slow when beyond its commitment (BL408), not when within it;
- a pronominal verb's compound past is past (« votre abonnement s'est terminé le 31 mai »),
  so the date of what ended is no step (BL407 when nothing else moves the case).
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
def test_rule_advice_after_what_went_wrong_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Garnier ! Bonne question : pour une visite en juin, mieux vaut "
           "réserver dès maintenant, le calendrier se remplit vite au printemps. Je vous "
           "réserve une date ?"),
    ("en", "Hi Mr Garner! Good question: for a visit in June, it's always best to book now, "
           "the calendar fills up fast in spring. Shall I book you a date?"),
])
def test_rule_advice_answering_a_question_does_not_fire(lint, lang, text):
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


# --- the duty to keep the brand informed put on the customer --------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Colas,\n\nNotre jardinier est venu mardi mais le digicode avait "
           "changé. C'est à vous de nous tenir informés de ce genre de modification.\n\nUn "
           "nouveau passage est prévu vendredi à 10 h.\n\nCordialement"),
    ("en", "Hi Ms Cole,\n\nOur gardener came on Tuesday but the gate code had changed. It's "
           "up to you to keep us informed of that kind of change.\n\nA new visit is booked "
           "for Friday at 10am.\n\nBest"),
])
def test_duty_to_keep_the_brand_informed_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Colas,\n\nNotre jardinier est venu mardi mais le digicode avait "
           "changé. Nous sommes désolés du contretemps et nous vous tiendrons informée du "
           "prochain passage, prévu vendredi à 10 h.\n\nCordialement"),
    ("en", "Hi Ms Cole,\n\nOur gardener came on Tuesday but the gate code had changed. Sorry "
           "for the trouble: we'll keep you informed, and a new visit is booked for Friday "
           "at 10am.\n\nBest"),
])
def test_brand_keeping_the_customer_informed_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# --- a symptom read as the customer's thing not used enough ---------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roy, désolés pour ce souci. Une eau trouble signifie "
           "généralement que la pompe n'a pas tourné assez longtemps. Notre technicien passe "
           "jeudi."),
    ("en", "Hi Mr Roy, sorry about this. Cloudy water usually means the pump wasn't run "
           "long enough. Our technician will call round on Thursday."),
])
def test_symptom_read_as_the_customers_omission_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roy, désolés pour ce souci. Une eau trouble signifie "
           "généralement que le joint de la pompe est usé : notre technicien le remplace "
           "jeudi."),
    ("en", "Hi Mr Roy, sorry about this. Cloudy water usually means the pump seal is worn: "
           "our technician will replace it on Thursday."),
])
def test_symptom_read_as_a_worn_part_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# --- the customer's slip called common among beginners --------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Léger, désolés que l'écran reste noir. Vérifiez que le câble est "
           "bien enfoncé : c'est une erreur très courante chez les personnes qui découvrent "
           "la tablette. Sinon, un technicien passe sous 5 jours."),
    ("en", "Hi Ms Legg, sorry the screen stays black. Check the cable is pushed all the way "
           "in: it's a very common mistake among people who are new to tablets. If not, a "
           "technician will visit within 5 days."),
])
def test_common_slip_put_on_beginners_fires(lint, lang, text):
    assert "BL404" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Léger, désolés que l'écran reste noir. C'est une panne très "
           "courante sur ce modèle, et c'est à nous de la réparer : un technicien passe sous "
           "5 jours."),
    ("en", "Hi Ms Legg, sorry the screen stays black. It's a very common fault on this model "
           "and it's ours to fix: a technician will visit within 5 days."),
])
def test_common_fault_of_the_model_does_not_fire(lint, lang, text):
    assert "BL404" not in sincerity(lint, text, lang)


# --- the earliest the brand's mechanic can come ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léo, désolés que le mécanicien ne soit pas venu ce matin. Le plus tôt que "
           "notre mécanicien puisse passer, c'est dans six semaines, le 28. Je vous inscris "
           "tout de suite."),
    ("en", "Hi Leo, sorry the mechanic didn't turn up this morning. The earliest our mechanic "
           "can get to you is in 6 weeks, on the 28th. I'll book that in now."),
])
def test_earliest_visit_of_the_mechanic_slower_than_repair_fires(lint, lang, text):
    assert "BL408" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léo, désolés que le mécanicien ne soit pas venu ce matin. Le plus tôt que "
           "notre mécanicien puisse passer, c'est dans deux semaines, le 12. Je vous inscris "
           "tout de suite."),
    ("en", "Hi Leo, sorry the mechanic didn't turn up this morning. The earliest our mechanic "
           "can get to you is in 2 weeks, on the 12th. I'll book that in now."),
])
def test_earliest_visit_within_the_repair_commitment_does_not_fire(lint, lang, text):
    assert "BL408" not in sincerity(lint, text, lang)


# --- a pronominal verb's compound past is past ----------------------------------------

def _frame_of(analyse, text, word, lang):
    a = analyse(text, lang, "after_sales")
    return a.frame(next(t for t in a.doc if t.lower_ == word))


@pytest.mark.parametrize("lang,text,word,time", [
    ("fr", "Votre abonnement s'est terminé le 31 mai.", "terminé", "past"),
    ("fr", "Votre abonnement se termine le 31 mai.", "termine", "present"),
    ("en", "Your subscription ended on 31 May.", "ended", "past"),
    ("en", "Your subscription ends on 31 May.", "ends", "present"),
])
def test_time_of_a_pronominal_compound_past(analyse, lang, text, word, time):
    assert _frame_of(analyse, text, word, lang).time == time


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Faure,\n\nNous vous présentons nos excuses : votre abonnement "
           "s'est bien terminé le 31 mai et le prélèvement de juin n'aurait pas dû avoir lieu. "
           "C'est une erreur de notre part.\n\nCordialement"),
    ("en", "Hi Ms Fair,\n\nOur apologies: your subscription did end on 31 May and the June "
           "payment should not have been taken. That was our mistake.\n\nBest"),
])
def test_ended_contract_is_no_next_step_fires(lint, lang, text):
    assert "BL407" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Faure,\n\nNous vous présentons nos excuses : votre abonnement "
           "s'est bien terminé le 31 mai et le prélèvement de juin n'aurait pas dû avoir lieu. "
           "Nous vous remboursons les 12 € sous 5 jours.\n\nCordialement"),
    ("en", "Hi Ms Fair,\n\nOur apologies: your subscription did end on 31 May and the June "
           "payment should not have been taken. We'll refund the £12 within 5 days.\n\nBest"),
])
def test_ended_contract_with_a_refund_does_not_fire(lint, lang, text):
    assert "BL407" not in sincerity(lint, text, lang)
