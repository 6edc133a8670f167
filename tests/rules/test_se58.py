"""Values read off the customer's record the brand says it has open ("I've got your
booking up — Leeds, 3 May, …", « j'ai votre dossier sous les yeux : … déposé le 4 mars »)
are read on their case, as after "I can see": a request for the date it has just read out
asks the customer to repeat (BL405). A reference in letter groups ("contract
GT-FR-40817") is a value of its noun. A date the brand offers, with no record opened
before it, is its own and does not fire. On the real models, FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Inès, désolée pour ce remboursement qui se fait attendre. J'ai votre "
           "dossier sous les yeux : la location du photomaton à la salle des fêtes de Nantes, "
           "le 3 mai, caution de 150 €. Pouvez-vous "
           "me donner la date de la location et le montant de la caution ? Je relance ensuite "
           "la comptabilité, vous serez remboursée sous 10 jours."),
    ("en", "Hi Tom, sorry your deposit still hasn't come back. I've got your booking up "
           "here — the Mirror Booth hire at Leeds Town Hall, 3 May, £150 deposit. Could you "
           "tell me the date of the hire and the amount of the deposit? I'll then chase "
           "accounts and you'll be refunded within 10 days."),
])
def test_a_date_asked_after_the_open_record_read_it_out_fires(lint, lang, text):
    assert "BL405" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Inès, désolée pour ce remboursement qui se fait attendre. Nous pouvons "
           "vous proposer un rendez-vous le 3 mai ou le 5 mai. Pouvez-vous me donner la date "
           "qui vous convient ? Vous serez remboursée sous 10 jours."),
    ("en", "Hi Tom, sorry your deposit still hasn't come back. We can offer a call on 3 May "
           "or 5 May. Could you tell me the date that suits you? You'll be refunded within "
           "10 days."),
])
def test_near_miss_a_date_the_brand_offers_does_not_fire(lint, lang, text):
    assert "BL405" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roy, toutes nos excuses pour ce prélèvement. Il s'agit du "
           "contrat GT-FR-40817. Pouvez-vous me confirmer votre numéro de contrat ? Nous "
           "vous remboursons sous 10 jours."),
    ("en", "Hello Mr Roy, apologies for this charge. This is about contract GT-UK-40817. "
           "Could you confirm your contract number? We will refund you within 10 days."),
])
def test_a_reference_in_letter_groups_asked_again_fires(lint, lang, text):
    assert "BL405" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roy, toutes nos excuses pour ce prélèvement. Pouvez-vous me "
           "confirmer votre numéro de contrat ? Nous vous remboursons sous 10 jours."),
    ("en", "Hello Mr Roy, apologies for this charge. Could you confirm your contract "
           "number? We will refund you within 10 days."),
])
def test_near_miss_a_reference_asked_once_does_not_fire(lint, lang, text):
    assert "BL405" not in sincerity(lint, text, lang)


# The instructions for use cited on the line that tells the failure's cause: the cause is
# set against what the customer was told to do — blame (BL401), though a refund follows.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Lenoir,\n\nNous sommes désolés que le chauffe-eau se soit coupé "
           "samedi. Le chauffe-eau a été branché sur une rallonge de chantier, ce qui a "
           "provoqué la coupure : le guide de pose remis avec l'appareil demandait pourtant "
           "un circuit dédié.\n\nNous vous remboursons 40 € sous 14 jours.\n\nCordialement"),
    ("fr", "Bonjour Madame Hervé,\n\nNous sommes désolés pour ce souci de connexion. Votre "
           "boîtier est en bon état : s'il ne captait plus, c'est qu'il était posé contre "
           "le mur du garage, comme le précise la notice.\n\nNous vous remboursons le mois "
           "sous 14 jours.\n\nCordialement"),
    ("en", "Dear Mr Lane,\n\nWe are sorry the water heater cut out on Saturday. It had been "
           "plugged into a site extension lead, which is why it cut out: the fitting guide "
           "supplied with the unit did ask for a dedicated circuit.\n\nWe will refund you "
           "£40 within 14 days.\n\nKind regards"),
])
def test_instructions_set_against_the_failures_cause_fire(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Lenoir,\n\nNous sommes désolés que le chauffe-eau se soit coupé "
           "samedi. Le chauffe-eau a été branché sur une rallonge de chantier, ce qui a "
           "provoqué la coupure. Pour la suite, le guide de pose remis avec l'appareil "
           "décrit le branchement.\n\nNous vous remboursons 40 € sous 14 jours.\n\nCordialement"),
    ("fr", "Bonjour Madame Hervé,\n\nNous sommes désolés pour ce souci de connexion. S'il "
           "ne captait plus, c'est que notre antenne de Vienne était en panne ; comme le "
           "précise la notice, le voyant bleu clignote dans ce cas.\n\nNous vous remboursons "
           "le mois sous 14 jours.\n\nCordialement"),
    ("en", "Dear Mr Lane,\n\nWe are sorry the water heater cut out on Saturday. Our engineer "
           "fitted it to the wrong circuit, which is why it cut out, as the fitting guide "
           "explains.\n\nWe will refund you £40 within 14 days.\n\nKind regards"),
])
def test_near_miss_instructions_without_a_cause_on_the_customer_do_not_fire(lint, lang,
                                                                            text):
    assert "BL401" not in sincerity(lint, text, lang)


# A new offering of the brand's pushed in a reply to a complaint is a sale (BL406), even on
# the line of a gesture to make up: the gesture excuses the money off, not the product.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Noël,\n\nToutes nos excuses pour ce prélèvement en double : les "
           "12 € vous seront remboursés sous 7 jours.\n\nÀ noter : avec notre nouvelle "
           "formule Famille, ajoutez un deuxième lecteur pour 2 € de plus.\n\nCordialement"),
    ("en", "Hi Sam, so sorry the printer jammed at your party. We'll refund you in full "
           "within 7 days. And to make it up to you, check out our brand-new Polaroid Corner, "
           "15% off with code SNAPBACK!"),
    ("en", "Hello Mrs Noel,\n\nApologies for the double charge: the £12 will be refunded "
           "within 7 days.\n\nWith our new Family plan, add a second reader for £2 more."
           "\n\nKind regards"),
])
def test_a_new_offering_pushed_in_a_complaint_reply_fires(lint, lang, text):
    assert "BL406" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Noël,\n\nToutes nos excuses pour ce prélèvement en double : les "
           "12 € vous seront remboursés sous 7 jours. Votre abonnement reste sur votre formule "
           "actuelle.\n\nCordialement"),
    ("en", "Hi Sam, so sorry the printer jammed at your party. We'll refund you in full "
           "within 7 days, and to make it up to you, here's 15% off your next booking."),
    ("en", "Hello Mrs Noel,\n\nApologies for the double charge: the £12 will be refunded "
           "within 7 days, with our new payment system checking every charge twice.\n\n"
           "Kind regards"),
])
def test_near_miss_a_gesture_or_no_new_offering_does_not_fire(lint, lang, text):
    assert "BL406" not in sincerity(lint, text, lang)


# What the customer received in place of what they ordered, told by the brand, is a problem
# it admits: with no apology, BL403 fires. Told as the customer's words, or asked, it is not.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, c'est noté : vous avez reçu le plaid gris au lieu du plaid ocre "
           "commandé. Un coursier vous apporte le bon demain avant midi."),
    ("en", "Hi Paul, noted: you received the grey throw instead of the ochre one you "
           "ordered. A courier brings the right one tomorrow before noon."),
])
def test_the_wrong_item_received_told_without_apology_fires(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, vous nous dites avoir reçu le plaid gris au lieu du plaid ocre "
           "commandé : pouvez-vous nous envoyer une photo de l'étiquette ?"),
    ("en", "Hi Paul, have you received the grey throw instead of the ochre one you ordered? "
           "If so, please send us a photo of the label."),
    ("fr", "Bonjour Paul, votre billet a été acheté via une agence qui avait une ancienne "
           "adresse : c'est pourquoi vous n'avez pas reçu l'alerte. Nous avons ajouté votre "
           "adresse actuelle : vous recevrez désormais nos alertes."),
])
def test_near_miss_the_wrong_item_reported_or_asked_does_not_fire(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)


# The customer's own people guessed to explain their report away (a question or a maybe):
# doubt (BL402). A tip about naming someone else, or a plain question on who will be at
# home, is not.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Marc, désolé pour ce souci. Nous voyons deux passages au péage de Nîmes "
           "le 3 mai. Se pourrait-il que quelqu'un de votre foyer ait pris la voiture ce "
           "jour-là ? Nous ouvrons tout de même une contestation, réponse sous 15 jours."),
    ("fr", "Bonjour Anne, désolée pour ce souci. La galerie compte bien 200 photos ; peut-être "
           "certains de vos invités pensent avoir été photographiés à tort. Nous vérifions "
           "tout de même la carte et revenons vers vous sous 72 h."),
    ("en", "Hi Mark, sorry about this. We can see two trips through the Nimes toll on 3 May. "
           "Could it be that someone in your family took the car that day? We've opened a "
           "dispute anyway and you'll hear back within 15 days."),
])
def test_their_own_people_guessed_to_explain_it_away_fires(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Marc, désolé pour ce double passage facturé au péage de Nîmes. Nous vous "
           "remboursons sous 15 jours. Si quelqu'un de votre foyer utilise aussi la voiture, "
           "vous pouvez ajouter un second badge dans l'appli."),
    ("en", "Hi Mark, sorry about the double toll charge at Nimes. We'll refund you within 15 "
           "days. If someone in your family also drives the car, you can add a second tag in "
           "the app."),
])
def test_near_miss_a_tip_about_their_household_does_not_fire(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# The explanation taken again slowly, the rule called plain to anyone who thinks, the
# matter closed as simple, the customer cast as a novice: talking down (BL404).
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Dupuis,\n\nNous sommes désolés pour ce malentendu. Reprenons "
           "calmement : la carte doit être activée avant le premier trajet. C'est assez "
           "logique quand on y réfléchit.\n\nNous vous remboursons 3 € sous 7 jours."
           "\n\nCordialement"),
    ("en", "Dear Mrs Dupuis,\n\nWe are sorry for the misunderstanding. The card must be "
           "activated before the first trip. It's quite logical when you think about it."
           "\n\nWe will refund the €3 within 7 days.\n\nKind regards"),
    ("en", "Dear Mrs Dupuis,\n\nWe are sorry for the misunderstanding. The card must be "
           "activated before the first trip, and it really is that simple.\n\nWe will refund "
           "the €3 within 7 days.\n\nKind regards"),
    ("en", "Hi Jo, sorry the night didn't go to plan. It's easy to mistake a card change for "
           "a fault if you've never used a reader before. I can email you the log today."),
])
def test_the_customer_talked_down_to_fires(lint, lang, text):
    assert "BL404" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Dupuis,\n\nNous sommes désolés pour ce malentendu : la carte doit "
           "être activée avant le premier trajet, et notre écran ne le disait pas assez "
           "clairement.\n\nNous vous remboursons 3 € sous 7 jours.\n\nCordialement"),
    ("en", "Dear Mrs Dupuis,\n\nWe are sorry for the misunderstanding: the card must be "
           "activated before the first trip, and our screen didn't make that clear. It's not "
           "that simple, we know.\n\nWe will refund the €3 within 7 days.\n\nKind regards"),
])
def test_near_miss_the_brand_owning_the_confusion_does_not_fire(lint, lang, text):
    assert "BL404" not in sincerity(lint, text, lang)


# The closing offer of "anything else" is courtesy, no step on the case: an apology with
# nothing done after it has no next step (BL407). With a refund said, it has one.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Comptoir, Julie bonjour.\n[Client : Vous me prélevez encore alors "
           "que j'ai résilié.]\nConseillère : Je suis vraiment désolée, vous avez raison, ce "
           "n'est pas normal. Est-ce que je peux faire autre chose pour vous ?"),
    ("en", "Agent: Comptoir, Julie speaking.\n[Customer: You're still charging me after I "
           "cancelled.]\nAgent: I'm really sorry, you're right, that's not normal. Is there "
           "anything else I can help you with?"),
])
def test_an_apology_closed_on_anything_else_has_no_next_step(lint, lang, text):
    assert "BL407" in sincerity(lint, text, lang, "phone_script")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Comptoir, Julie bonjour.\n[Client : Vous me prélevez encore alors "
           "que j'ai résilié.]\nConseillère : Je suis vraiment désolée, vous avez raison. "
           "J'arrête les prélèvements aujourd'hui et vous rembourse sous 7 jours. Est-ce que "
           "je peux faire autre chose pour vous ?"),
    ("en", "Agent: Comptoir, Julie speaking.\n[Customer: You're still charging me after I "
           "cancelled.]\nAgent: I'm really sorry, you're right. I'm stopping the payments "
           "today and refunding you within 7 days. Is there anything else I can help you "
           "with?"),
])
def test_near_miss_anything_else_after_a_step_does_not_fire(lint, lang, text):
    assert "BL407" not in sincerity(lint, text, lang, "phone_script")


# The brand's system's act that did not happen (« ne se sont pas téléchargées », "didn't
# upload") is a problem admitted: with no apology, BL403 fires; in a condition it does not.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Ana, merci pour votre signalement. 30 photos de votre soirée ne se sont pas "
           "téléchargées dans la galerie. Nous les avons copiées depuis la carte, elles seront "
           "en ligne sous 24 h."),
    ("en", "Hi Ana, thanks for flagging this. 30 photos from your party didn't upload to the "
           "gallery. We've copied them from the card and they'll be online within 24 hours."),
])
def test_the_systems_act_not_done_without_apology_fires(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Ana, merci pour votre message. Si des photos ne se sont pas téléchargées, "
           "touchez Synchroniser dans l'appli : elles apparaîtront en une minute."),
    ("en", "Hi Ana, thanks for your message. If some photos didn't upload to the gallery, tap "
           "Sync in the app and they'll appear within a minute."),
])
def test_near_miss_the_systems_act_in_a_condition_does_not_fire(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)
