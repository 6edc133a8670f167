"""What round 22 (sincerity-blind20's misses) taught the reading of a service reply, in
concepts:

- the customer's account doubted in the words of procedure: the truth of it as what is
  checked (« vérifier la réalité de la panne », "establish that the blender was genuinely
  unused"), their own presence to be proven (« une preuve que vous étiez bien présent »),
  disbelief that it could have happened (« nous ne voyons pas comment … aurait pu », "we
  can't see how … could have"), their word held as not enough ("more than your word",
  « votre seule déclaration »), their figure set against the record as their claim (« et
  non 40 comme vous l'affirmez », "not 40 as you claim"), and a proof without which
  nothing is accepted, with or without a determiner (« sans facture, rien ne permet… »);
- blame without "you" as the subject of the fault: a cleft that names the customer's act
  the cause (« C'est ce qui a abîmé les cellules », "That's what damaged the motor"), a
  past conditional whose participle is irregular (« n'aurait pas souffert »);
- admissions without apology: a fact the brand sees (« je constate que le couvercle
  manquait », "I can see the lid was missing") is stated, not a matter helped with; what
  stayed longer than planned (« resté plus longtemps que prévu »); a mishap done by the
  brand's own staff in the active ("our driver skipped your stop");
- a product not to forget, with its price, after a complaint (« pensez au Pass Été … pour
  25 € »).

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round21 import HOME  # the same brand as round 21


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(HOME, "lumio", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL402: the customer's account doubted in the words of procedure ---------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Vidal,\n\nNous sommes désolés pour le souci avec votre hotte.\n\n"
           "Avant d'aller plus loin, nous devons vérifier la réalité de la panne que vous "
           "décrivez : merci de nous envoyer une vidéo.\n\nL'équipe Lumio"),
    ("en", "Dear Mr Vidal,\n\nWe're sorry about the trouble with your blender.\n\nBefore any "
           "credit is issued, we need to establish that the blender was genuinely unused. "
           "Our team will inspect it and reply within 14 days.\n\nThe Lumio team"),
    ("fr", "Bonjour Madame Roche, nous sommes désolés pour ce rendez-vous manqué. Pour étudier "
           "votre demande, nous aurons besoin d'une preuve que vous étiez bien chez vous à "
           "l'heure prévue. Nous vous répondrons sous 48 h."),
    ("en", "Hi Ms Roche, sorry about the hob. Before anything else you'll need to show us the "
           "glass was actually cracked when it arrived. We'll reply within 48 hours."),
])
def test_truth_of_the_account_checked_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Vidal,\n\nNous sommes désolés pour le souci avec votre hotte.\n\n"
           "Notre technicien vérifiera l'état du moteur jeudi à 9 h.\n\nL'équipe Lumio"),
    ("en", "Dear Mr Vidal,\n\nWe're sorry about the trouble with your blender. Our engineer "
           "will check that the new blade is fitted correctly on Thursday at 9 am.\n\nThe "
           "Lumio team"),
])
def test_near_miss_a_check_of_the_product_is_no_doubt(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés pour votre lampe. Nous ne voyons pas comment elle "
           "aurait pu être endommagée pendant le transport. Envoyez-nous une photo et nous "
           "vous répondrons sous 48 h."),
    ("en", "Hello, we're sorry about your lamp. We can't see how it could have been damaged "
           "in transit. Send us a photo and we'll reply within 48 hours."),
    ("fr", "Bonjour, désolés pour ce colis. Votre seule déclaration ne suffit pas pour un "
           "remboursement ; nous ouvrons une enquête et revenons vers vous sous 48 h."),
    ("en", "Hi, sorry about the parcel. We'd need more than your word for it before any "
           "refund, so we've opened a trace and will reply within 48 hours."),
    ("fr", "Bonjour, désolés pour ce retard. Notre suivi indique une livraison avec 10 minutes "
           "de retard, et non 40 comme vous l'affirmez. Nous vous répondons sous 48 h."),
    ("en", "Hi, sorry for the delay. Our tracking shows the van was 10 minutes late, not 40 "
           "as you claim. We'll reply within 48 hours."),
])
def test_disbelief_or_the_word_held_as_not_enough_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés pour votre lampe. Nous ne voyons pas comment la "
           "réparer à distance : un technicien passera lundi à 9 h."),
    ("en", "Hello, we're sorry about your lamp. We can't see how to fix it remotely, so an "
           "engineer will call on Monday at 9 am."),
    ("fr", "Bonjour, désolés pour ce retard. Comme vous l'indiquez, la livraison avait 40 "
           "minutes de retard : nous vous remboursons les frais de port sous 14 jours."),
    ("en", "Hi, sorry for the delay. As you mentioned, the van was 40 minutes late: we'll "
           "refund the delivery charge within 14 days."),
])
def test_near_miss_no_disbelief_of_the_account(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour la panne de votre four. Sans facture, rien ne nous permet "
           "de savoir qu'il a été acheté chez nous. Nous attendons votre retour."),
    ("en", "Hello, sorry your oven has failed. Without a receipt, there is nothing to show it "
           "was bought from us. We look forward to hearing from you."),
])
def test_proof_without_a_determiner_on_pain_of_nothing_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, désolés pour la panne de votre four. Sans facture, nous prenons tout de "
           "même la réparation en charge : un technicien passe jeudi à 9 h."),
    ("en", "Hello, sorry your oven has failed. Without a receipt, we'll still repair it free "
           "of charge: an engineer will call on Thursday at 9 am."),
])
def test_near_miss_proof_waived(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL401: blame without "you" as the subject of the fault ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés pour votre batterie.\n\nVous avez laissé la batterie "
           "dehors tout l'hiver. C'est ce qui a abîmé les cellules.\n\nUn devis vous sera "
           "envoyé sous 5 jours."),
    ("en", "Hello, we're sorry about your dryer.\n\nYou ran the dryer with the filter blocked "
           "for months. That's what damaged the motor.\n\nA quote will follow within 5 "
           "days."),
    ("fr", "Bonjour, désolés pour le fromage de votre commande. Si vous l'aviez mis au frais "
           "dès la livraison, il n'aurait pas souffert. Un avoir de 4 € est crédité sous 7 "
           "jours."),
])
def test_the_customers_act_named_the_cause_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés pour la coupure.\n\nL'orage de dimanche a fait tomber "
           "la ligne. C'est ce qui a coupé votre box.\n\nUn technicien passe lundi à 9 h."),
    ("en", "Hello, we're sorry about the outage.\n\nThe storm on Sunday brought the line "
           "down. That's what cut your broadband.\n\nAn engineer will call on Monday at 9 "
           "am."),
    ("fr", "Bonjour, désolés pour le fromage de votre commande. Si nous l'avions mis au frais "
           "au dépôt, il n'aurait pas souffert. Un avoir de 4 € est crédité sous 7 jours."),
])
def test_near_miss_a_cause_not_the_customers(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL403: admissions without an apology -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Claire, je constate que le couvercle manquait dans votre commande. Un "
           "nouveau vous sera envoyé sous 3 jours."),
    ("en", "Hi Claire, I can see the lid was missing from your order. A new one will be sent "
           "within 3 days."),
    ("fr", "Bonjour Sandrine, votre aspirateur est resté plus longtemps que prévu à "
           "l'atelier. Il sera prêt jeudi et nous vous appelons dès qu'il l'est."),
    ("en", "Hi Sandra, your vacuum stayed at the workshop longer than expected. It will be "
           "ready on Thursday and we'll call you as soon as it is."),
    ("fr", "Bonjour Madame Evon. Notre livreur a oublié votre colis au dépôt ce matin. Il "
           "vous sera livré demain avant 12 h."),
    ("en", "Good evening, Ms Evans. Our driver skipped your street this morning. Your parcel "
           "will be delivered tomorrow before noon."),
])
def test_an_admission_without_apology_fires(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Claire, je constate que le couvercle manquait dans votre commande, toutes "
           "nos excuses. Un nouveau vous sera envoyé sous 3 jours."),
    ("en", "Hi Claire, I'll see whether the lid was missing at packing and reply by Friday."),
    ("fr", "Bonjour Sandrine, votre aspirateur est resté plus longtemps que prévu à "
           "l'atelier, nous en sommes désolés. Il sera prêt jeudi."),
    ("en", "Hi Sandra, sorry that your vacuum stayed at the workshop longer than expected. It "
           "will be ready on Thursday."),
    ("fr", "Bonjour Madame Evon. Notre livreur n'a pas oublié votre colis : votre adresse "
           "était fermée. Il vous sera livré demain avant 12 h."),
    ("en", "Good evening, Ms Evans. Our driver will skip no street tomorrow: your parcel will "
           "be delivered before noon."),
])
def test_near_miss_apology_help_or_no_fault(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL406: a product not to forget, with its price ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Nina, toutes nos excuses pour la livraison manquée de samedi. Un nouveau "
           "créneau vous est réservé lundi à 9 h. Et pour équiper toute la maison, pensez au "
           "Pack Confort Lumio : trois lampes pour 49 € !"),
    ("en", "Hi Nina, we're so sorry for Saturday's missed delivery. A new slot is booked for "
           "Monday at 9 am. And to light up the whole home, don't forget our Comfort Pack: "
           "three lamps for £49!"),
])
def test_a_product_with_its_price_after_a_complaint_is_marketing(lint, lang, text):
    assert found(lint(lang, text), "BL406")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Nina, toutes nos excuses pour la livraison manquée de samedi. Un nouveau "
           "créneau vous est réservé lundi à 9 h. Pensez à garder votre bon de livraison : "
           "les 15 € de frais vous seront remboursés."),
    ("en", "Hi Nina, we're so sorry for Saturday's missed delivery. A new slot is booked for "
           "Monday at 9 am. Don't forget to keep your delivery note: the £15 charge will be "
           "refunded."),
])
def test_near_miss_a_step_to_take_is_no_marketing(lint, lang, text):
    assert not found(lint(lang, text), "BL406")
