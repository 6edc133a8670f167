"""Problems written without the textbook words (round 9: sincerity-blind8): a reproach of
what the customer did or did not do, a fault of the brand's that the reply moves past,
a request for what the customer's own message already gave, a promo pushed into a
complaint, a step slower than the commitment. Firing and near-miss cases, FR and EN, on
the real models (LEGO profiles: refund 14 days, response 48 h, missing pieces 10 days)."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- blame: what would have been enough, whose duty, whose decision ----------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Le colis nous est arrivé au 41e jour : même avec une hospitalisation, un simple "
           "appel d'un proche aurait suffi pour suspendre le délai."),
    ("en", "The set reached us on day 41. A quick phone call would have been enough to pause "
           "the return period, so we can't take it back."),
    ("fr", "Vous nous avez prévenus le matin même : il appartenait à votre fils ou à vous de "
           "nous appeler la veille."),
    ("en", "Your courier goes to the address on your order, so if you've moved it's really "
           "down to you to update it in your account."),
    ("fr", "Le retour a été envoyé après la date limite. L'envoyer si tard était un choix de "
           "la famille."),
    ("en", "Sending the set back after the deadline was your decision, so the fee stays."),
    # the duty is the customer's: the next clause's "we" does not take it over
    ("en", "You should have mentioned the missing piece when you ordered — we'd have sent it "
           "with the set."),
])
def test_a_reproach_of_what_the_customer_did_or_did_not_do_is_blame(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL401")


@pytest.mark.parametrize("lang,text", [
    # the act that would have been enough is the brand's: an admission
    ("fr", "Un simple appel de notre part aurait suffi à vous éviter ce déplacement. Nous vous "
           "remboursons les frais aujourd'hui."),
    ("en", "A call from us would have been enough to avoid this. We're refunding the fee "
           "today."),
    # denied: nothing would have helped
    ("en", "Nothing would have prevented this outage. Our crews are on site and you'll have "
           "water by 4pm."),
    # a named colleague's duty towards the customer is not the customer's
    ("en", "Hassan got held up at a previous lesson and should have let you know. I'm sorry; "
           "I've added 25 minutes to your next lesson."),
    ("fr", "Karim aurait dû vous prévenir de son retard, je suis désolée : votre prochaine "
           "leçon est offerte."),
    # a choice left to the customer now, not a past decision held against them
    ("en", "The new date is your choice: tell us which day works and we'll book it."),
    ("fr", "Le choix de la date vous appartient : dites-nous quel jour vous convient."),
])
def test_near_miss_the_brands_own_act_or_a_choice_offered_is_not_blame(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


# -- blame: the damage put on how the product was worn or kept ---------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "L'oxydation constatée sur le circuit est typique d'un appareil porté sous la "
           "douche. Ce type d'usage n'est pas couvert par la garantie."),
    ("en", "The corrosion on the circuit is typical of a device worn in the shower, and it is "
           "not covered by the warranty."),
])
def test_damage_put_on_how_the_product_was_worn_is_blame(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL401")


@pytest.mark.parametrize("lang,text", [
    # the same cause, but the damage is covered: no verdict against the customer
    ("fr", "L'oxydation constatée est typique d'un appareil porté sous la douche ; la "
           "réparation est prise en charge et gratuite."),
    ("en", "The corrosion is typical of a device worn in the shower; we repair it free of "
           "charge."),
])
def test_near_miss_a_cause_without_a_denial_of_cover_is_not_blame(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


# -- a fault of the brand's, admitted without owning it ----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Let me look… yes, the change of address didn't save on our side. I'll send "
           "another pack today."),
    ("fr", "Votre changement d'adresse n'a pas été enregistré de notre côté. Nous renvoyons le "
           "colis aujourd'hui."),
    ("en", "Yeah, the booking system put Sophie down for two learners so yours got dropped. "
           "I've moved you to Thursday 4pm."),
    ("fr", "Votre créneau a été écrasé par une autre réservation. Nous vous proposons jeudi "
           "16 h."),
])
def test_a_failure_on_our_side_or_a_mishap_of_theirs_wants_an_apology(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("en", "We didn't see any problem on our side, so the order leaves today."),
    ("en", "Your lesson has been moved to Thursday 4pm as you asked."),
    ("fr", "Votre changement d'adresse n'a pas été enregistré de notre côté, toutes nos "
           "excuses. Nous renvoyons le colis aujourd'hui."),
    # the case the customer brought, named as theirs
    ("fr", "Si votre incident est toujours d'actualité, retrouvez-nous sur Messenger."),
])
def test_near_miss_no_failure_or_an_owned_one_needs_no_apology(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL403")


# -- a step: contact by a named channel ---------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry to hear about the trouble. We've escalated your concern - a member of our "
           "team will be in touch shortly via in-app."),
    ("fr", "Désolés pour ce souci. Votre dossier est transmis : un conseiller vous recontactera "
           "par téléphone."),
])
def test_contact_promised_through_a_named_channel_is_a_next_step(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry to hear about the trouble. We've escalated your concern to the relevant "
           "team."),
    ("fr", "Désolés pour ce souci. Votre demande a été transmise à notre atelier."),
])
def test_near_miss_a_hand_off_naming_no_contact_is_still_vague(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL407")


# -- doubt: sure of a fact of their account -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Wax like that only builds up when they're not cleaned. Are you sure they're done "
           "every night?"),
    ("en", "Are you sure the parcel was left at the door? Our courier says otherwise."),
    ("fr", "Karim vous a attendu au point de rendez-vous. Êtes-vous certain d'être venu au bon "
           "endroit ?"),
    # their claims counted against them
    ("fr", "Je me permets de vous signaler qu'il s'agit de votre deuxième déclaration de perte "
           "depuis janvier : le dossier sera examiné avant toute prise en charge."),
])
def test_asking_whether_they_are_sure_of_their_account_is_doubt(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("en", "Are you sure you want to cancel the order? It's no trouble either way."),
    ("en", "Are you sure it's the left one? If so, we'll send a replacement today."),
    ("fr", "Êtes-vous certain de vouloir annuler ? Nous pouvons aussi décaler la livraison."),
    ("fr", "Nous avons bien reçu votre deuxième demande et nous vous répondons aujourd'hui."),
])
def test_near_miss_confirming_a_wish_or_a_detail_is_not_doubt(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL402")


# -- asking again for what the customer's own message gave --------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Aisha,\n\nSo we can help, can you send us the order reference?\n\nCheers,\nLEGO "
           "Support\n\n> On 3 May, Aisha Khan wrote:\n> Hi, my set (ref 4419 2087) is missing "
           "a piece."),
    ("fr", "Bonjour,\n\nPouvez-vous nous envoyer la référence de votre commande ?\n\nLe service "
           "client\n\n> Le 3 mai, Aïcha Khan a écrit :\n> Bonjour, il manque une pièce à ma "
           "commande (réf. 4419 2087)."),
    ("fr", "Bonjour,\n\nAfin de traiter votre demande, merci de nous adresser la facture "
           "d'achat.\n\nLe service client\n\n--- Message d'origine ---\nPièces jointes : "
           "facture_lego.pdf\nBonjour, je vous renvoie le coffret. Ci-joint la facture."),
    ("en", "Customer: The motor of my train stopped. I've put in new batteries, still the "
           "same.\nAgent: Sorry to hear that! Have you tried replacing the batteries?"),
])
def test_asking_for_what_their_own_message_gave_or_did_is_a_repeat(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL405")


@pytest.mark.parametrize("lang,text", [
    # the reference in the brand's own signature is not the customer's
    ("en", "Hi Aisha,\n\nCan you send us the order reference?\n\nCheers,\nLEGO Support (our ref "
           "4419 2087)"),
    # the document asked for is not the one attached
    ("fr", "Bonjour,\n\nMerci de nous adresser le bon de retour signé.\n\nLe service client\n\n"
           "--- Message d'origine ---\nBonjour, je vous renvoie le coffret. Ci-joint la "
           "facture."),
    # a check on something the customer did not mention
    ("en", "Customer: The motor of my train stopped. I've put in new batteries, still the "
           "same.\nAgent: Sorry to hear that! Could you check whether the switch is on?"),
])
def test_near_miss_asking_for_what_they_did_not_give_is_no_repeat(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL405")


# -- marketing pushed into a complaint reply ----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry your repair took longer than we said. We'd love to hear how we did: "
           "rate your LEGO experience, and every 5-star review goes into our monthly draw!"),
    ("fr", "Toutes nos excuses pour ce double prélèvement, il vous sera remboursé sous 10 "
           "jours. Et pourquoi ne pas en profiter pour passer à la e-facture ?"),
    ("fr", "Désolés pour ce retard. Participez à notre tirage au sort pour gagner un coffret !"),
])
def test_a_draw_a_rating_or_an_upsell_in_a_complaint_reply_is_marketing(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL406")


@pytest.mark.parametrize("lang,text", [
    # no complaint answered
    ("en", "Thanks for your order! Rate your LEGO experience and enter our monthly draw."),
    ("fr", "Merci pour votre commande ! Participez à notre tirage au sort de printemps."),
])
def test_near_miss_the_same_offer_outside_a_complaint_is_not_flagged(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL406")


# -- a step slower than the commitment, with no service in its clause ---------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry about the missing pieces and we'll look at it. Our warehouse is "
           "stretched, so realistically we should have them ready in about three weeks."),
    ("fr", "Désolés pour les pièces manquantes. Notre entrepôt est débordé : nous pourrons les "
           "préparer dans trois semaines environ."),
])
def test_a_delay_left_unattached_is_judged_against_the_cases_service(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("en", "We're sorry about the missing pieces and we'll look at it. Realistically we should "
           "have them ready in about a week."),
    # a notice period is a length, not when the step comes
    ("fr", "Je suis désolée, l'abonnement se résilie avec un mois de préavis : le changement "
           "est effectif sous 5 jours."),
])
def test_near_miss_a_delay_within_the_commitment_or_a_length_is_not_slow(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL408")
