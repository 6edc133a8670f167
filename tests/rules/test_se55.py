"""Round se55, on the real models, FR and EN.

BL405: an identifier asked for with another particular of the same thing before its noun
(« le numéro et la date de la facture », "the number and date of the invoice"), or the things
asked with their numbers ("a photo of both tickets with their numbers"), when the reply already
names that thing with its reference. Asking it of a thing the reply names without one does
not fire.

BL402: the customer's account named by the noun of a verb of claiming, theirs by its
possessive (« vos affirmations », "your assertions"); and their own act questioned as a
certainty with its object pronouns (« êtes-vous sûre de les avoir déposés… ? »). The brand's
own claims, a doubt denied, and a question that asks for missing information do not fire."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes navrés que le relevé de compteur n° RL-5531 du 8 mars soit "
           "inexact.\n\nPour lancer la vérification, pourriez-vous nous indiquer le numéro et "
           "la date du relevé concerné ?\n\nNous vous répondrons sous trois jours."
           "\n\nCordialement"),
    ("fr", "Bonjour,\n\nDésolés pour ce double débit : je vois bien vos réservations RZ-4410 "
           "et RZ-4411.\n\nMerci de nous envoyer une capture des réservations avec leur numéro "
           "afin que nous remboursions la seconde sous 5 jours.\n\nCordialement"),
    ("en", "Hi Omar,\n\nSorry about the trouble with your tickets. I can see both tickets, "
           "TK-88120 and TK-88121, bought at the same minute.\n\nCould you send us a photo of "
           "the two tickets with their numbers so we can cancel one? The refund follows within "
           "5 days.\n\nBest"),
    ("en", "Hi Omar,\n\nSorry that statement ST-7702 from 2 May looks wrong to you.\n\nTo open "
           "a case, could you send us the number and date of the statement? We'll reply within "
           "3 days.\n\nBest"),
])
def test_identifier_asked_again_with_another_particular_fires(lint, lang, text):
    assert "BL405" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the thing is named, but without its reference: the number is really missing
    ("fr", "Bonjour,\n\nNous sommes navrés que votre dernier relevé de compteur soit inexact."
           "\n\nPour lancer la vérification, pourriez-vous nous indiquer le numéro et la date du "
           "relevé concerné ?\n\nNous vous répondrons sous trois jours.\n\nCordialement"),
    ("fr", "Bonjour,\n\nDésolés pour ce double débit sur vos réservations.\n\nMerci de nous "
           "envoyer une capture des réservations avec leur numéro afin que nous remboursions "
           "la seconde sous 5 jours.\n\nCordialement"),
    ("en", "Hi Omar,\n\nSorry about the trouble with your tickets.\n\nCould you send us a photo "
           "of the two tickets with their numbers so we can cancel one? The refund follows "
           "within 5 days.\n\nBest"),
    ("en", "Hi Omar,\n\nSorry that your last statement looks wrong to you.\n\nTo open a case, "
           "could you send us the number and date of the statement? We'll reply within 3 days."
           "\n\nBest"),
])
def test_identifier_asked_of_a_thing_named_without_it_does_not_fire(lint, lang, text):
    assert "BL405" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNotre équipe n'a relevé aucune anomalie sur la borne ce soir-là. Nous "
           "prenons acte de vos affirmations.\n\nCordialement"),
    ("fr", "Bonjour,\n\nMerci de nous adresser le ticket de caisse, afin que nous puissions "
           "contrôler vos dires.\n\nCordialement"),
    ("en", "Hello,\n\nOur staff saw nothing wrong with the locker that evening. We can only "
           "take note of your assertions.\n\nRegards"),
])
def test_account_named_a_claim_fires(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the brand's own claims, a doubt denied, neutral words for their account
    ("fr", "Bonjour,\n\nVous avez raison : nos affirmations sur l'étanchéité du sac étaient "
           "inexactes. Nous vous remboursons sous 5 jours.\n\nCordialement"),
    ("fr", "Bonjour,\n\nNous ne mettons pas en doute vos affirmations : un technicien passe "
           "demain matin.\n\nCordialement"),
    ("fr", "Bonjour,\n\nMerci pour vos explications : un technicien passe demain matin."
           "\n\nCordialement"),
    ("en", "Hello,\n\nYou're right: our assertions about the bag being waterproof were wrong. "
           "We'll refund you within 5 days.\n\nRegards"),
    ("en", "Hello,\n\nThank you for your explanation; an engineer will call tomorrow morning."
           "\n\nRegards"),
])
def test_brands_own_claims_or_plain_account_do_not_fire(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, désolés pour ce souci. Nous n'avons trouvé aucun dépôt à votre nom "
           "au vestiaire. Êtes-vous sûre de les y avoir déposés, et pas au vestiaire de la "
           "piscine ?"),
    ("fr", "Bonjour Léa, nous n'avons aucune trace de ce colis. Es-tu certaine de nous "
           "l'avoir envoyé à la bonne adresse ?"),
    ("en", "Hi Leah, sorry for the worry. We found no deposit in your name at the cloakroom. "
           "Are you sure you left them with us, and not at the pool's cloakroom?"),
])
def test_own_act_questioned_with_its_pronouns_fires(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # a question that asks for missing information, or confirms a choice to come
    ("fr", "Bonjour Léa, désolés pour ce souci. Pouvez-vous nous dire à quel vestiaire vous "
           "les avez déposés ? Nous les cherchons aussitôt."),
    ("fr", "Bonjour Léa, êtes-vous sûre de vouloir annuler votre abonnement ? Il reste actif "
           "jusqu'au 30 juin."),
    ("en", "Hi Leah, sorry for the worry. Could you tell us which cloakroom you left them at? "
           "We'll look for them straight away."),
    ("en", "Hi Leah, are you sure you want to cancel your membership? It stays active until "
           "30 June."),
])
def test_question_asking_for_information_does_not_fire(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nConformément au contrat signé lors de votre inscription, les frais de "
           "déplacement restent à votre charge.\n\nCordialement"),
    ("en", "Hello,\n\nAs set out in the terms accepted at checkout, the call-out fee stays "
           "payable.\n\nRegards"),
])
def test_terms_accepted_held_against_the_customer_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # terms accepted by a date: an offer's condition on the contracts to come
    ("fr", "Bonjour Paul,\n\nOui, il reste des places pour l'atelier de printemps : 60 € la "
           "séance. Les contrats signés avant le 15 mars bénéficient de 5 % de remise.\n\n"
           "Dites-nous vos dates et nous vous envoyons le contrat.\n\nCordialement"),
    ("en", "Hi Paul! Yes, there are still places on the spring course. Contracts signed before "
           "15 March get 5% off. Send us your dates and we'll send the contract over."),
])
def test_terms_accepted_by_a_date_do_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)
