"""Round 11: the misses and the false alarm of sincerity-blind11 (parcel courier, green energy
supplier, car rental), read as concepts of how agents write: a step set on a day counted from
the moment the reply says it is sent; proof asked before the claim is even accepted, and
tampering raised as a hypothesis; the problem's cause put on the customer's act or on what they
gave; advice for the next occasion or as a habit, even after a formal apology; the problem's
history told as if it were a step; an act done in error or a van broken down as an admitted
problem; a gift bound to a sign-up, a friend brought in or an upsell priced by the day; the
reference the reply itself shows asked again through a form; other customers' confusion
presumed of this one; an apology for how the wait seemed. And for precision: the delay of the
customer's recourse is no step. Firing and near-miss cases, FR and EN, on the real models."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


@pytest.fixture(scope="module")
def courier():
    """The parcel-courier profiles of sincerity-blind11: callback within 24 h, refund 14 days."""
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    engines = {}
    for lang, path in (("fr", "profiles/relaya.yaml"), ("en", "profiles/relaya-en.yaml")):
        profile = load_profile(path)
        engines[lang] = Engine(profile, Analyser(profile), Selection.build(profile))

    def run(text: str, lang: str, channel: str = "after_sales"):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        return next(iter(engines[lang].run([document]))).diagnostics

    return run


# -- a step set on a day, counted from the send moment (BL408) ------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Nadia, merci pour votre message de ce lundi matin, et vraiment désolés : "
           "votre colis a été déposé dans le mauvais point relais. Un conseiller vous rappellera "
           "vendredi pour confirmer le jour de retrait."),
    ("en", "Hi Tom, thanks for your message this Monday morning, and sorry your parcel went to "
           "the wrong pickup point. An adviser will call you back on Thursday to arrange the "
           "collection."),
    ("en", "Customer: Nobody has come to collect the return.\nAgent: I'm sorry about that. An "
           "adviser will call you back early next week to arrange a time.\nCustomer: It's "
           "Tuesday…"),
    ("fr", "Toutes nos excuses pour ce colis perdu. Nous avons transmis aujourd'hui, 4 juin, "
           "votre demande : votre remboursement sera versé le 30 juin."),
])
def test_a_day_counted_from_the_send_moment_is_slower_than_committed(courier, lang, text):
    assert findings(courier(text, lang), "BL408")


@pytest.mark.parametrize("lang,text", [
    # the next day: within the 24 h callback
    ("fr", "Bonjour Nadia, merci pour votre message de ce lundi matin, et désolés pour ce "
           "contretemps. Un conseiller vous rappellera mardi pour confirmer le jour de retrait."),
    # no send moment: "Thursday" may be tomorrow
    ("en", "Sorry your parcel went to the wrong pickup point. An adviser will call you back on "
           "Thursday to arrange the collection."),
    # the customer's own time, not the brand's step
    ("fr", "Désolés pour ce détour. Aujourd'hui, 4 juin, votre colis est arrivé au point "
           "relais : il vous y attend jusqu'au 30 juin."),
    # a deadline: it may come sooner
    ("en", "Thanks for your message this Monday morning, and sorry for the wait. An adviser "
           "will call you back by Thursday at the latest."),
])
def test_near_miss_a_day_within_the_commitment_or_not_countable(courier, lang, text):
    assert not findings(courier(text, lang), "BL408")


# -- the delay of the customer's recourse is no step (precision) ---------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous présentons nos excuses pour la réponse tardive. Votre remboursement "
           "vous parvient sous 5 jours. Si cette réponse ne vous satisfait pas, ou en l'absence "
           "de réponse sous deux mois, vous pouvez saisir le Médiateur."),
    ("en", "We apologise for the late reply. Your refund will reach you within 5 days. "
           "If you don't hear from us within eight weeks, you can refer your complaint to the "
           "Ombudsman."),
])
def test_near_miss_the_delay_of_the_customers_recourse_is_no_step(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous présentons nos excuses pour la réponse tardive. Notre service vous "
           "apportera une réponse sous deux mois."),
    ("en", "We apologise for the late reply. Our team will send you a response within eight "
           "weeks."),
])
def test_the_same_delay_as_the_brands_step_is_slow(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL408")


# -- proof before the claim is accepted, tampering suspected (BL402) ------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We have received your request to be reimbursed for the towing invoice. Before we "
           "consider any reimbursement, please send us the original invoice and photographs of "
           "the breakdown site."),
    ("en", "Agent: Right. Before I log anything, I'll need you to confirm in writing that "
           "nobody else in your household took it in."),
    ("fr", "Nous avons bien reçu votre relevé. Avant de pouvoir le prendre en compte, merci de "
           "nous envoyer une photo datée du compteur."),
    ("en", "Your reported January usage is unusually low. We reserve the right to send an "
           "engineer to inspect the meter for possible interference."),
    ("fr", "L'index affiché est nettement inférieur au dernier relevé. Merci de nous envoyer "
           "une nouvelle photo afin d'écarter toute erreur… ou toute modification."),
])
def test_proof_before_acceptance_or_tampering_suspected_is_doubt(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL402")


@pytest.mark.parametrize("lang,text", [
    # information the brand needs to act, not proof of the account
    ("en", "Sorry for the wait. Before we can process your refund, please send us your bank "
           "details."),
    ("fr", "Désolés pour l'attente. Avant de traiter votre remboursement, merci de nous envoyer "
           "votre RIB."),
    # tampering ruled out clears the customer
    ("en", "Our engineer found no sign of any tampering: the meter is faulty and we will replace "
           "it within 5 days."),
    # a change of the contract, not of the meter
    ("fr", "Toute modification de votre contrat vous sera confirmée par e-mail sous 48 h."),
])
def test_near_miss_information_needed_or_tampering_ruled_out(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL402")


# -- the cause put on the customer's act or what they gave (BL401) --------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I'm sorry to hear that. When you set up your account online, you entered your "
           "bank details twice, so two mandates were created. That's why you were debited twice. "
           "I'll cancel the second mandate now."),
    ("en", "Sorry to hear your parcel came back to us. Our courier did try twice, but the "
           "delivery instructions on your account said to leave it next door, and nobody was in. "
           "Those instructions weren't workable, which is why it was returned."),
    ("fr", "Désolés pour ce retour. Les consignes de livraison de votre compte indiquaient de "
           "laisser le colis au voisin, absent les deux fois, c'est pourquoi il nous a été "
           "renvoyé. Il repart demain."),
])
def test_the_cause_put_on_the_customers_act_is_blame(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL401")


@pytest.mark.parametrize("lang,text", [
    # the brand's own act follows the link
    ("en", "Sorry about this. Our system created two mandates, which is why we've refunded the "
           "second debit today."),
    # the customer's request is no fault
    ("en", "Sorry for the confusion. You asked us to pause your deliveries, which is why no "
           "parcel came this week; they restart on Monday."),
    # the cause is on the brand's side
    ("fr", "Désolés : notre système a créé deux mandats, c'est pourquoi vous avez été prélevé "
           "deux fois. Le second prélèvement vous est remboursé aujourd'hui."),
])
def test_near_miss_a_cause_that_is_not_the_customers(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


# -- advice for the next occasion or as a habit (BL401) -------------------------------------
@pytest.mark.parametrize("lang,text", [
    # a formal apology does not own the fault
    ("fr", "Toutes nos excuses pour l'attente. Notre livreur n'a pas pu entrer : le digicode ne "
           "figurait pas sur votre commande. À l'avenir, pensez à le renseigner dans votre "
           "espace client."),
    ("fr", "Nous sommes désolés pour la panne de mardi. Une batterie se décharge quand les "
           "phares restent allumés : nous vous invitons à y être attentif lors de vos prochaines "
           "locations."),
    ("fr", "Navrés pour cette facture élevée : le relevé de décembre n'a pas été transmis. "
           "Pensez à l'envoyer chaque mois."),
    ("en", "Sorry about the high bill: your December reading wasn't sent, so we estimated it. "
           "Remember to send it every month."),
    ("en", "Sorry for the wait. The driver couldn't get into the building because the door code "
           "was missing. Please make sure you add it on your next order."),
])
def test_advice_for_the_next_occasion_or_as_a_habit_is_blame(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL401")


@pytest.mark.parametrize("lang,text", [
    # the fault owned
    ("fr", "Toutes nos excuses, c'est une erreur de notre part : le digicode n'a pas été transmis "
           "au livreur. À l'avenir, il figurera sur chaque bon de livraison."),
    # a habit of the brand's, no advice
    ("fr", "Désolés pour ce retard. Nous relevons votre compteur chaque mois : la facture "
           "corrigée arrive sous 5 jours."),
    ("en", "Sorry for the delay. We read your meter every month: the corrected bill will reach "
           "you within 5 days."),
])
def test_near_miss_an_owned_fault_or_the_brands_habit(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


# -- the problem's history is no next step (BL407) ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "I'm really sorry, that's far too long. It was scanned at our Ghent hub on Thursday "
           "and nothing since."),
    ("fr", "Nous vous présentons nos excuses pour le colis livré ouvert. Un carton humidifié a "
           "pu céder pendant le transport."),
])
def test_the_problems_history_is_no_next_step(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL407")


@pytest.mark.parametrize("lang,text", [
    # what was done to the customer's thing, or by the brand, moves the case
    ("en", "I'm really sorry, that's far too long. Your replacement was sent on Thursday."),
    ("fr", "Nous vous présentons nos excuses pour le colis livré ouvert. Nous vous avons "
           "renvoyé un colis neuf lundi."),
])
def test_near_miss_an_act_on_the_case_on_a_past_day_is_a_step(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL407")


# -- an act done in error, a van broken down: an admitted problem (BL403) --------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Yes, I see it. That letter was sent by mistake: your account is fine. We'll email "
           "you a written confirmation today."),
    ("en", "Yes, I can see that. The van broke down on the ring road this morning, so your "
           "parcel is on the second round and will be with you before 7 pm."),
    ("fr", "Oui, je le vois. Ce courrier vous a été envoyé par erreur : votre compte est à jour. "
           "Nous vous envoyons une confirmation écrite aujourd'hui."),
])
def test_an_act_done_in_error_is_an_admitted_problem(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL403")


@pytest.mark.parametrize("lang,text", [
    # the customer's own slip
    ("en", "You ordered the small size by mistake: we'll exchange it for free today."),
    ("fr", "Vous avez commandé par erreur la taille S : nous vous l'échangeons aujourd'hui."),
    # apologised for
    ("en", "Sorry, that letter was sent by mistake: your account is fine."),
])
def test_near_miss_the_customers_slip_or_an_apology(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL403")


# -- an apology for how the wait seemed (BL403) ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés que l'attente à l'agence vous ait paru longue samedi. Votre "
           "remarque a été transmise au responsable, qui vous contactera d'ici demain."),
    ("en", "We're sorry the wait at the branch seemed long to you on Saturday. Your comment has "
           "been passed to the manager, who will contact you by tomorrow."),
])
def test_an_apology_for_how_it_seemed_is_no_apology(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés que l'attente à l'agence ait été si longue samedi. Le responsable "
           "vous contactera d'ici demain."),
    ("en", "We're sorry the wait at the branch was so long on Saturday. The manager will contact "
           "you by tomorrow."),
])
def test_near_miss_an_apology_for_the_wait_itself(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL403")


# -- selling: a gift bound to a sign-up or a friend, an upsell by the day (BL406) -----------
@pytest.mark.parametrize("lang,text", [
    ("en", "We're very sorry your switch took five weeks: that was our mistake.\n\nP.S. Invite a "
           "friend with your code SUN-DUBOIS and you'll both get €50 off your next bill!"),
    ("fr", "Toutes nos excuses pour l'erreur sur votre facture : la facture rectificative vous "
           "sera envoyée sous 5 jours. Découvrez notre formule Duo : 30 € offerts si vous "
           "souscrivez avant le 31 mars !"),
    ("fr", "Agent : Je suis désolé, Madame. Un dépanneur est en route. Et pour rouler plus "
           "sereine, je peux vous ajouter dès maintenant notre Pack Sérénité Plus, à 9 € par "
           "jour. Je vous l'active ?"),
])
def test_a_gift_bound_to_a_sign_up_or_an_upsell_by_the_day_is_marketing(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL406")


@pytest.mark.parametrize("lang,text", [
    # compensation by the day of delay
    ("fr", "Toutes nos excuses pour ce retard : nous vous versons une indemnité de 20 € par jour "
           "de retard."),
    # a tracking code is no promo code
    ("en", "Sorry for the delay: your parcel is on its way, tracking code RL-6R51190."),
    # a price by the day the customer was charged, explained
    ("en", "I'm sorry the surcharge came as a surprise. Drivers under 25 pay €18 a day because "
           "our insurer charges us more; it applies to every customer under 25."),
])
def test_near_miss_compensation_by_the_day_or_a_tracking_code(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL406")


# -- the reference the reply shows, asked again through a form (BL405) ----------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Kerry, sorry your parcel RL-6R70813 hasn't moved since Monday. Please fill in our "
           "form at relaya.com/help with your tracking number and address."),
    ("fr", "Bonjour, désolés que votre colis RL-6R70813 n'ait pas bougé depuis lundi. Merci de "
           "remplir notre formulaire sur relaya.fr/aide avec votre numéro de suivi."),
    ("fr", "Agent : Pour ouvrir une contestation, il faut passer par le formulaire en ligne : "
           "vous y indiquerez votre numéro de réservation.\nClient : Je viens de tout vous "
           "dire…\nAgent : Oui, mais je ne peux pas la saisir de mon côté."),
])
def test_the_reference_the_reply_shows_asked_again_is_a_repeat(courier, lang, text):
    assert findings(courier(text, lang, "social_care"), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Kerry, sorry your parcel hasn't moved since Monday. Please fill in our form at "
           "relaya.com/help with your tracking number and address."),
    ("fr", "Bonjour, désolés que votre colis n'ait pas bougé depuis lundi. Merci de remplir "
           "notre formulaire sur relaya.fr/aide avec votre numéro de suivi."),
])
def test_near_miss_a_reference_not_yet_given(courier, lang, text):
    assert not findings(courier(text, lang, "social_care"), "BL405")


# -- other customers' confusion presumed of this one (BL404) --------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for the reading. The one we need is labelled 'Total'. It's an easy mistake, "
           "as many customers new to smart meters find them confusing at first."),
    ("fr", "Merci pour votre relevé. Celui qu'il nous faut est marqué « Total » : beaucoup de "
           "clients qui découvrent les compteurs communicants les trouvent déroutants."),
])
def test_other_customers_confusion_presumed_talks_down(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL404")


@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for the reading. Many customers find the new app handy for sending it: it "
           "takes a photo for you."),
    ("fr", "Merci pour votre relevé. Beaucoup de clients trouvent l'application pratique pour "
           "l'envoyer."),
])
def test_near_miss_others_praise_is_no_presumed_confusion(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL404")
