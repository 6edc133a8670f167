"""What round 24 (sincerity-blind21's misses) taught the reading of a service reply, in
concepts:

- blame (BL401): the cause put on what the customer gave, faulty at the time (« c'est que
  l'adresse de votre compte était incomplète », "because the instructions on your account
  were left blank"), « si …, c'est que » giving the reason like « c'est parce que », a
  customer addressed as « tu »; the outcome put on them in so many words ("that's on
  you", « c'est ta faute »); the product handled one way instead of the right one, or a care
  step skipped, named as the cause; the making ruled out by contrast (« pas de la
  fabrication ») after the staff had warned them (« notre vendeur vous l'avait signalé »);
- doubt (BL402): the thing named by their saying ("a parcel you say never arrived", « le
  colis que vous dites ne pas avoir reçu »), their account not taken at face value; « nous
  voyons mal comment… », "we can hardly see how…"; their earlier contact denied by the
  record and the staff's clean report set against their account; a check that the product
  was not used before it was claimed faulty; others who say it "to keep both";
- no next step (BL407): the agent introducing themselves on a call, a day that dates what the
  agent sees on the file or the problem admitted ("the slot was missed"), and "we get why
  you're fed up" are no step; any thing the brand sent "was the wrong" one is a problem
  admitted (BL403);
- condescension (BL404): not understanding put on their inexperience (« pas évident à
  comprendre quand on n'a pas l'habitude », "not easy to understand when you're not used
  to");
- asked again (BL405): a word of addition counts for the thing received only when it
  qualifies that thing (« une nouvelle facture »), not another noun of the request (« pour
  ouvrir le nouveau dossier, … renvoyer la facture »).

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


# -- BL401: what the customer gave, faulty, given as the cause ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Dufour, désolés pour ce retour. Si le carton est revenu chez nous, "
           "c'est que l'adresse de votre compte était incomplète : il manquait le code "
           "d'accès. Nous le renvoyons demain."),
    ("fr", "Salut Tom ! Si ta commande a été passée deux fois, c'est que tu as validé deux fois "
           "le paiement. On t'envoie le remboursement du doublon demain."),
    ("en", "Hello Mr Dufour, sorry about the return. The parcel came back to our depot because "
           "the delivery instructions on your account were left blank. We're sending it "
           "again tomorrow."),
])
def test_faulty_input_given_as_cause_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Dufour, désolés pour ce retour. Si le carton est revenu chez nous, "
           "c'est que l'adresse de notre étiquette était incomplète : toutes nos excuses. Nous "
           "le renvoyons demain."),
    ("fr", "Salut Tom ! Si ta commande a été passée deux fois, c'est que notre site a "
           "enregistré deux fois le paiement. On t'envoie le remboursement du doublon demain."),
    ("en", "Hello Mr Dufour, sorry about the return. The parcel came back to our depot because "
           "the address on our label was incomplete. We're sending it again tomorrow."),
])
def test_near_miss_the_brands_own_input_as_cause(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL401: the outcome put on the customer in so many words -----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Tu as choisi le tarif sans remboursement, c'est ta faute. Nous transmettons ton "
           "dossier et te répondons sous 24 h."),
    ("en", "You booked the saver fare, so that's on you. We'll pass the file to our refunds "
           "desk and reply within 24 hours."),
])
def test_outcome_put_on_the_customer_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce n'est pas ta faute : nous transmettons ton dossier et te répondons sous 24 h."),
    ("en", "The mistake was ours, so that's on us: we'll refund you within 14 days."),
])
def test_near_miss_fault_denied_or_owned(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL401: handled the wrong way, or a care step skipped, named as the cause ------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "La charnière s'est tordue parce que la porte a été forcée au lieu d'être "
           "déverrouillée. Nous pouvons vous envoyer une charnière neuve sous 72 h."),
    ("fr", "Les coussins s'affaissent avec le temps : ne pas aérer les coussins est ce qui "
           "provoque l'affaissement que vous décrivez. Nous vous envoyons une fiche "
           "d'entretien aujourd'hui."),
    ("en", "The hinge bent because the door was forced open instead of being unlocked. We can "
           "send you a new hinge within 72 hours."),
    ("en", "The cushions go flat if they aren't aired; skipping this is what causes the "
           "sagging you describe. We'll post a care sheet today."),
])
def test_wrong_handling_or_skipped_care_as_cause_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "La charnière s'est tordue parce que la porte a été forcée par notre livreur au lieu "
           "d'être déverrouillée. Toutes nos excuses : une charnière neuve part sous 72 h."),
    ("en", "The hinge bent because the door was forced open by our courier instead of being "
           "unlocked. We're sorry: a new hinge ships within 72 hours."),
    ("en", "Skipping this step is not what causes the sagging: it's a fault in the foam, and "
           "we'll replace the cushions today."),
])
def test_near_miss_wrong_handling_by_the_brand_or_denied(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL401: the making ruled out after the staff had warned the customer -----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés de voir ces taches. Le lin que vous aviez choisi craint l'eau, "
           "et notre vendeur vous l'avait signalé en magasin. Les marques viennent de là, pas "
           "de la fabrication. Nous pouvons vous envoyer un produit d'entretien sous 72 h."),
    ("en", "We're sorry to see the marks. The linen you chose doesn't like water, and our "
           "adviser had pointed this out to you in the shop. That's where the marks come "
           "from, and not the manufacturing. We can send you a cleaning kit within 72 hours."),
])
def test_warned_and_making_ruled_out_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés de voir ces taches. Le lin que vous aviez choisi craint l'eau, "
           "et notre vendeur vous l'avait signalé en magasin : nous vous envoyons un produit "
           "d'entretien sous 72 h."),
    ("en", "We're sorry to see the marks. The linen you chose doesn't like water, and our "
           "adviser had pointed this out to you in the shop: we're sending you a cleaning kit "
           "within 72 hours."),
])
def test_near_miss_warning_recalled_with_nothing_held_against(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL402: the account held at a distance -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame, nous avons bien reçu votre demande de remboursement pour un colis que vous "
           "dites ne pas avoir reçu. Nous reviendrons vers vous sous 24 h."),
    ("fr", "Madame, la photo du livreur montre le colis devant votre porte : nous ne pouvons "
           "pas prendre vos déclarations pour argent comptant. Nous reviendrons vers vous sous "
           "24 h."),
    ("en", "Dear Ms Hale, we have your request for a refund on a parcel you say never arrived. "
           "We will reply within 24 hours."),
    ("en", "Dear Ms Hale, our courier's photo shows the parcel at your door, so we cannot "
           "accept your account at face value. We will reply within 24 hours."),
])
def test_account_held_at_a_distance_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame, nous sommes désolés que le colis que vous nous avez signalé ne soit pas "
           "arrivé : nous vous remboursons sous 14 jours."),
    ("en", "Dear Ms Hale, we're sorry the parcel you mentioned never arrived; we'll refund you "
           "within 14 days."),
])
def test_near_miss_account_taken_as_told(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL402: disbelief that it could have happened ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Le bon a été signé sans réserve : nous voyons mal comment la rayure aurait pu passer "
           "inaperçue. Un conseiller vous rappelle sous 24 h."),
    ("en", "The delivery note was signed with no remarks: we can hardly see how the scratch "
           "could have gone unnoticed. An adviser will call you within 24 hours."),
])
def test_hardly_see_how_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés, nous voyons mal le numéro de série sur votre photo : pourriez-vous nous en "
           "envoyer une autre ? Un conseiller vous rappelle sous 24 h."),
    ("en", "Sorry, we can hardly see the serial number on your photo: could you send another "
           "one? An adviser will call you within 24 hours."),
])
def test_near_miss_hardly_see_a_detail(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL402: the record and the staff's report set against the account --------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés de lire cela. Pour mémoire, nous n'avons aucune trace d'une réclamation de "
           "votre part avant aujourd'hui."),
    ("fr", "Désolés de lire cela. Nos monteurs ont indiqué que l'armoire avait été montée sans "
           "aucun problème."),
    ("en", "Sorry to read this. For the record, we have no trace of any complaint from you "
           "before today."),
    ("en", "Sorry to read this. Our fitters reported that the wardrobe was assembled with no "
           "issues at all."),
])
def test_record_set_against_the_account_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous n'avons aucune trace de votre colis depuis lundi : toutes nos excuses, un "
           "nouveau part aujourd'hui."),
    ("en", "We have no trace of your parcel since Monday, and we're sorry: a new one ships "
           "today."),
    ("en", "Our fitters reported that the wardrobe was assembled with a panel missing; we're "
           "sorry and will bring it tomorrow."),
])
def test_near_miss_record_of_the_brands_own_failure(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL402: a check that the product was not used before the claim -----------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Avant de vous rembourser, nous devons nous assurer que le pot n'a pas été largement "
           "entamé avant d'être signalé défectueux. Envoyez-nous une photo, nous répondons "
           "sous 24 h."),
    ("en", "Before we refund you, we need to make sure the jar hadn't been largely used before "
           "it was reported faulty. Send us a photo and we'll reply within 24 hours."),
])
def test_use_before_the_claim_checked_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous allons vérifier que le colis n'a pas été ouvert pendant le transport, puis "
           "nous vous répondons sous 24 h."),
    ("en", "We'll check that the jar wasn't damaged in our warehouse and reply within 24 "
           "hours."),
])
def test_near_miss_check_of_the_brands_own_handling(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL402: others who say it to keep both -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Je transmets au service facturation. On voit pas mal de clients qui nous disent ça "
           "pour garder les deux colis."),
    ("en", "I'll pass this to billing. We see quite a few customers who tell us that to keep "
           "both boxes."),
])
def test_likened_to_others_keeping_both_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Je transmets au service facturation. On voit pas mal de clients qui nous disent ça "
           "depuis la panne du site hier."),
    ("en", "I'll pass this to billing. We see quite a few customers who tell us that since the "
           "site went down yesterday."),
])
def test_near_miss_many_reporting_the_same_fault(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL407: no step in an introduction, a fact seen, a feeling understood, a failure told ------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Bonjour, Lumio, vous êtes en ligne avec Priya.\n[Client : Mon frigo ne "
           "marche plus depuis ce matin.]\nAgent : Oh, je suis vraiment désolée. Je vois que "
           "la visite du technicien était prévue ce matin."),
    ("en", "Agent: Good morning, Lumio, you're speaking to Priya.\n[Caller: My fridge stopped "
           "working this morning.]\nAgent: Oh, I'm so sorry. I can see the engineer's visit was "
           "booked for this morning."),
    ("en", "We're really sorry the fridge broke down again, and we totally get why you're "
           "annoyed."),
    ("fr", "Vraiment désolés que le frigo soit encore tombé en panne, on saisit bien pourquoi "
           "tu es agacé."),
    ("en", "Noted – Tuesday's delivery slot was missed."),
    ("fr", "C'est noté : le créneau de livraison de mardi a été manqué."),
])
def test_no_step_in_facts_and_courtesies(lint, lang, text):
    assert found(lint(lang, text, "phone_script"), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Bonjour, Lumio, vous êtes en ligne avec Priya.\n[Client : Mon frigo ne "
           "marche plus depuis ce matin.]\nAgent : Oh, je suis vraiment désolée. Je vous "
           "réserve un technicien pour demain matin."),
    ("en", "Agent: Good morning, Lumio, you're speaking to Priya.\n[Caller: My fridge stopped "
           "working this morning.]\nAgent: Oh, I'm so sorry. I've booked the engineer's visit "
           "for tomorrow morning."),
    ("en", "We're really sorry the fridge broke down again, and we're sending an engineer "
           "tomorrow morning."),
    ("fr", "Vraiment désolés que le frigo soit encore tombé en panne : on t'envoie un "
           "technicien demain matin."),
    ("en", "Sorry – Tuesday's delivery slot was missed; a new one is booked for Friday."),
    ("fr", "Désolés, le créneau de livraison de mardi a été manqué : un nouveau est réservé "
           "vendredi."),
])
def test_near_miss_a_real_step_follows(lint, lang, text):
    assert not found(lint(lang, text, "phone_script"), "BL407")


# -- BL403: any thing the brand sent said to be the wrong one ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Oui, les échantillons que nous avons envoyés étaient le mauvais coloris : vous aviez "
           "demandé du Lin Sauge. Les bons partent cet après-midi et arrivent sous 72 h."),
    ("en", "Yes, the swatches we sent were the wrong colourway: you asked for Sage Linen. The "
           "right ones go out this afternoon and reach you within 72 hours."),
])
def test_wrong_thing_sent_without_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Oui, le code que vous avez saisi était le mauvais numéro : le bon est au dos de "
           "votre carte. Votre commande part cet après-midi."),
    ("en", "Yes, the code you entered was the wrong one: the right one is on the back of your "
           "card. Your order ships this afternoon."),
])
def test_near_miss_the_customers_wrong_entry(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL404: not understanding put on the customer's inexperience -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Je suis désolée, Madame. Je sais que ce n'est pas évident à comprendre "
           "quand on n'a pas l'habitude des livraisons en étage. Je vous reprogramme jeudi à "
           "9 h."),
    ("en", "Agent: I'm sorry, madam. I know it's not easy to understand when you're not used "
           "to upstairs deliveries. I've rebooked you for Thursday at 9 am."),
])
def test_inexperience_blamed_for_not_understanding_is_condescension(lint, lang, text):
    assert found(lint(lang, text, "phone_script"), "BL404")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Je suis désolée, Madame. Le nouveau planning n'est pas évident à comprendre, "
           "même pour nous. Je vous reprogramme jeudi à 9 h."),
    ("en", "Agent: I'm sorry, madam. The new schedule is not easy to understand, even for us. "
           "I've rebooked you for Thursday at 9 am."),
])
def test_near_miss_schedule_hard_to_understand_for_everyone(lint, lang, text):
    assert not found(lint(lang, text, "phone_script"), "BL404")


# -- BL405: a word of addition on another noun asks nothing more of the thing received ---------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche, merci pour la facture que vous nous avez envoyée. Pour ouvrir "
           "le nouveau dossier, pouvez-vous nous renvoyer la facture de votre achat ? Nous vous "
           "répondons sous 24 h."),
    ("en", "Hello Ms Roche, thanks for the invoice you sent us. To open the new case, could you "
           "send us the invoice for your purchase? We'll reply within 24 hours."),
])
def test_received_thing_asked_again_beside_another_new_noun(lint, lang, text):
    assert found(lint(lang, text), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche, merci pour la facture que vous nous avez envoyée. Elle est "
           "floue : pouvez-vous nous envoyer une nouvelle facture, plus lisible ? Nous vous "
           "répondons sous 24 h."),
    ("en", "Hello Ms Roche, thanks for the invoice you sent us. It's blurred: could you send us "
           "a new invoice, a readable one? We'll reply within 24 hours."),
])
def test_near_miss_a_new_one_of_the_thing_received(lint, lang, text):
    assert not found(lint(lang, text), "BL405")
