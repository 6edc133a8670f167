"""What round 21 (sincerity-blind19's misses, read with the older sets') taught the reading of
a service reply, in concepts:

- what an apology regrets is the problem, not what happens next: the second thing regretted
  ("sorry that the boiler failed **and that your weekend was spoiled**", « navrés pour la
  lampe cassée et le carton déchiré ») is no step — a regretted delay still says when;
- « se pencher sur » is the case looked at, like "look into": no step without a date;
- the draft's title line (« Script – lave-linge en panne ») is no clause of the reply;
- a thread whose messages open on bracketed headers (« [Client, 9 h 05] … », "[@jo_b,
  09:05] …", then « [Réponse Lumio, 14 h 30] ») gives the customer's messages: what they
  gave there is known, and asking "which order this is about" asks its reference again;
- the customer's payment told ("the card you paid with") is no paid option: the delay on
  its line is still judged against the commitment;
- a fault explained by what the brand's own system did ("because our system kept your old
  details", « car notre système avait conservé… »), files swapped (« une inversion de
  fichiers »), owe an apology; the brand's part done on its side (« libérée de notre côté
  mardi ») is no fault;
- a delay in working days that is not tied to a service reads without a weekend, as an
  attached one does ("within 3 working days" is not slower than 72 h).

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

HOME = {
    "fr": """
brand: Lumio
language: fr
central_idea:
  statement: "L'équipement de la maison, livré et suivi sans surprise."
  lexicon: [maison, équipement, livraison, confiance]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 14d}
  delivery: {within: 72h}
""",
    "en": """
brand: Lumio
language: en
central_idea:
  statement: "Home equipment, delivered and looked after with no surprise."
  lexicon: [home, equipment, delivery, trust]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 14d}
  delivery: {within: 72h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(HOME, "lumio", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL407: what the apology regrets ----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Noël,\n\nNous sommes vraiment désolés que la chaudière soit tombée "
           "en panne et que votre week-end ait été gâché. Nous savons combien c'est pénible."
           "\n\nL'équipe Lumio"),
    ("fr", "Bonjour Paul, nous sommes navrés pour la lampe cassée et le carton déchiré ce "
           "matin. Ce n'est pas ce que nous voulons pour vous. Bonne journée !"),
    ("en", "Dear Mr Obi,\n\nWe are so sorry that the boiler failed and that your weekend was "
           "spoiled. We know how stressful that is.\n\nThe Lumio team"),
])
def test_what_the_apology_regrets_is_no_next_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Noël,\n\nNous sommes vraiment désolés que la chaudière soit tombée "
           "en panne et que votre week-end ait été gâché. Un technicien passe jeudi à 9 h."
           "\n\nL'équipe Lumio"),
    ("en", "Dear Mr Obi,\n\nWe are so sorry that the boiler failed and that your weekend was "
           "spoiled. An engineer will call on Thursday at 9 am.\n\nThe Lumio team"),
    # a regretted delay still says when
    ("en", "Dear Mr Obi, we are sorry that the lamp broke and that your new one will only "
           "reach you on Friday."),
    ("fr", "Bonjour, nous sommes désolés que la lampe soit cassée et que la nouvelle "
           "n'arrive que vendredi."),
])
def test_near_miss_a_step_after_the_apology_or_a_regretted_delay(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


# -- BL407: the case looked at, « se pencher sur » ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés pour la porte du four qui ne ferme plus. Nous avons "
           "bien noté votre retour et nous nous penchons sur la question.\n\nL'équipe Lumio"),
    ("en", "Hello, we're sorry the oven door no longer closes. We've noted your feedback and "
           "we're looking into it.\n\nThe Lumio team"),
])
def test_a_case_looked_at_with_no_date_is_no_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés pour la porte du four qui ne ferme plus. Nous nous "
           "penchons sur la question et vous rappelons jeudi à 10 h.\n\nL'équipe Lumio"),
    ("en", "Hello, we're sorry the oven door no longer closes. We're looking into it and will "
           "call you on Thursday at 10 am.\n\nThe Lumio team"),
])
def test_near_miss_a_case_looked_at_with_a_date(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


# -- BL407: the draft's title line --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Script – tambour trop bruyant\n\n[Client : Mon lave-linge fait un bruit "
           "terrible.]\nConseiller : Je suis désolé, c'est un défaut connu de ce modèle. "
           "Merci pour votre patience et bonne journée."),
    ("en", "Call script – noisy drum\n\n[Customer: My washing machine makes a terrible "
           "noise.]\nAgent: I'm sorry, that's a known fault on this model. Thanks for your "
           "patience and have a good day."),
])
def test_the_title_line_is_no_step(lint, lang, text):
    assert found(lint(lang, text, "phone_script"), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Script – tambour trop bruyant\n\n[Client : Mon lave-linge fait un bruit "
           "terrible.]\nConseiller : Je suis désolé, c'est un défaut connu de ce modèle. "
           "Je vous envoie un technicien demain à 9 h."),
    ("en", "Call script – noisy drum\n\n[Customer: My washing machine makes a terrible "
           "noise.]\nAgent: I'm sorry, that's a known fault on this model. I'm sending an "
           "engineer tomorrow at 9 am."),
])
def test_near_miss_a_step_under_the_title(lint, lang, text):
    assert not found(lint(lang, text, "phone_script"), "BL407")


# -- BL405: a thread's bracketed headers --------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client, 9 h 05] Bonjour, commande LM-48213, la lampe est arrivée cassée.\n"
           "[Client, 14 h 10] Des nouvelles ?\n\n[Réponse Lumio, 14 h 30]\nBonjour, désolés "
           "pour la lampe ! Pouvez-vous nous dire de quelle commande il s'agit ? Nous "
           "renvoyons une lampe dès aujourd'hui."),
    ("en", "[@jo_b, 09:05] @Lumio order LM-48213 came with the lamp broken\n[@jo_b, 14:10] "
           "@Lumio anyone?\n\n[@Lumio, 14:30] @jo_b Sorry about the lamp, Jo! Could you let "
           "us know which order this is about? We'll send a new one today."),
])
def test_a_reference_given_under_a_thread_header_is_asked_again(lint, lang, text):
    assert found(lint(lang, text, "after_sales"), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client, 9 h 05] Bonjour, la lampe est arrivée cassée.\n[Client, 14 h 10] Des "
           "nouvelles ?\n\n[Réponse Lumio, 14 h 30]\nBonjour, désolés pour la lampe ! "
           "Pouvez-vous nous dire de quelle commande il s'agit ? Nous renvoyons une lampe "
           "dès aujourd'hui."),
    ("en", "[@jo_b, 09:05] @Lumio the lamp came broken\n[@jo_b, 14:10] @Lumio anyone?\n\n"
           "[@Lumio, 14:30] @jo_b Sorry about the lamp, Jo! Could you let us know which "
           "order this is about? We'll send a new one today."),
])
def test_near_miss_the_reference_never_given(lint, lang, text):
    assert not found(lint(lang, text, "after_sales"), "BL405")


@pytest.mark.parametrize("lang,text", [
    # a lone bracketed header is a title: the brand's own words stay the brand's
    ("fr", "[Commentaire – Facebook]\nBonjour Jo, votre colis a pris du retard au dépôt. Il "
           "sera livré demain."),
    ("en", "[Comment – Facebook]\nHi Jo, your parcel was delayed at our depot. It will be "
           "delivered tomorrow."),
])
def test_a_lone_header_leaves_the_brands_words_its_own(lint, lang, text):
    assert found(lint(lang, text), "BL403")


# -- BL408: the customer's payment is no paid option --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Hale, we're very sorry the rug came in the wrong colour. Your refund of "
           "£89.00 will be processed within 30 days to the card you paid with."),
    ("fr", "Bonjour Madame Hale, nous sommes désolés pour la couleur du tapis. Votre "
           "remboursement de 89,00 € sera effectué sous 30 jours sur la carte utilisée."),
])
def test_a_slow_refund_beside_the_customers_payment_fires(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Hale, we're very sorry the rug came in the wrong colour. Your refund of "
           "£89.00 will be processed within 10 days to the card you paid with."),
    ("fr", "Bonjour Madame Hale, nous sommes désolés pour la couleur du tapis. Votre "
           "remboursement de 89,00 € sera effectué sous 10 jours sur la carte utilisée."),
])
def test_near_miss_a_refund_within_the_commitment(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


# -- BL403: a fault of the brand's own system; the brand's part done on its side --------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Mr Reid,\n\nYour parcel went to your previous address because our system "
           "kept your old delivery details. A new parcel leaves today.\n\nLumio Care"),
    ("fr", "Bonjour Monsieur Reid,\n\nVotre colis est parti à votre ancienne adresse car "
           "notre système avait conservé vos anciennes coordonnées. Un nouveau colis part "
           "aujourd'hui.\n\nLe service client Lumio"),
    ("fr", "Bonjour Madame Roy,\n\nVotre affiche a été imprimée avec la photo d'une autre "
           "commande, à la suite d'une inversion de fichiers. Une nouvelle affiche part "
           "aujourd'hui.\n\nLe service client Lumio"),
])
def test_a_fault_of_the_brands_own_system_owes_an_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    # an act done by mistake stays a fault though a part of it "was sent"
    ("en", "Agent: Let me look. Yes, that reminder was sent by mistake. Your account is fine "
           "and we'll email you a confirmation today."),
    ("fr", "Conseiller : Je regarde. Oui, cette relance a été envoyée par erreur. Votre compte "
           "est à jour et nous vous envoyons une confirmation aujourd'hui."),
])
def test_a_mistake_after_a_done_act_is_still_a_fault(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Mr Reid,\n\nWe're sorry: your parcel went to your previous address because "
           "our system kept your old delivery details. A new parcel leaves today."),
    ("fr", "Bonjour Monsieur Reid,\n\nToutes nos excuses : votre colis est parti à votre "
           "ancienne adresse car notre système avait conservé vos anciennes coordonnées. Un "
           "nouveau colis part aujourd'hui."),
    # what the system does as a rule, no fault
    ("en", "Hello Mr Reid, your parcel left on Monday because our system groups orders by "
           "area. It reaches you tomorrow."),
    # the brand's part done, on its side
    ("fr", "Conseiller : La somme a été libérée de notre côté mardi. Selon les banques, elle "
           "peut rester affichée encore 3 jours. Je vous envoie l'attestation par e-mail."),
    ("en", "Agent: The hold was released on our side on Tuesday. Some banks show it for "
           "another 3 days. I'm emailing you the release letter now."),
])
def test_near_miss_the_fault_with_regret_or_no_fault(lint, lang, text):
    assert not found(lint(lang, text, "phone_script" if text.startswith(("Con", "Age"))
                          else None), "BL403")


# -- BL408: working days read without a weekend -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I'm so sorry, the part is faulty. I'll send a new one today by tracked "
           "delivery, within 5 working days."),
    ("fr", "Conseiller : Je suis désolé, la pièce est défectueuse. Je vous en envoie une "
           "neuve aujourd'hui en livraison suivie, sous 5 jours ouvrés."),
])
def test_a_step_slower_in_working_days_fires(lint, lang, text):
    assert found(lint(lang, text, "phone_script"), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I'm so sorry, the part is faulty. I'll send a new one today by tracked "
           "delivery, within 3 working days."),
    ("fr", "Conseiller : Je suis désolé, la pièce est défectueuse. Je vous en envoie une "
           "neuve aujourd'hui en livraison suivie, sous 3 jours ouvrés."),
])
def test_near_miss_three_working_days_against_72_hours(lint, lang, text):
    assert not found(lint(lang, text, "phone_script"), "BL408")


# -- BL403: a thing's unmet duty is a failure admitted, owned by no one -------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Let me check… yes, the delivery fee should have been waived automatically "
           "and it wasn't. I've taken it off now, you'll see the credit tomorrow."),
    ("fr", "Conseiller : Je regarde… oui, les frais de livraison auraient dû être annulés "
           "automatiquement. Je les retire maintenant, vous verrez l'avoir demain."),
])
def test_a_things_unmet_duty_owes_an_apology(lint, lang, text):
    assert found(lint(lang, text, "phone_script"), "BL403")


@pytest.mark.parametrize("lang,text", [
    # the brand owns the duty, or owns the failure in words
    ("en", "Agent: Let me check… yes, we should have waived the delivery fee automatically. "
           "I've taken it off now, you'll see the credit tomorrow."),
    ("fr", "Conseiller : Je regarde… oui, nous aurions dû annuler les frais de livraison "
           "automatiquement. Je les retire maintenant, vous verrez l'avoir demain."),
    ("en", "Agent: Let me check… yes, the delivery fee should have been waived and it wasn't, "
           "that's on us. I've taken it off now, you'll see the credit tomorrow."),
])
def test_near_miss_the_duty_owned(lint, lang, text):
    assert not found(lint(lang, text, "phone_script"), "BL403")


# -- BL407: the customer's act thanked for; a farewell ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés que votre commande ait été annulée. Merci pour votre "
           "message et d'avoir pris le temps de nous écrire.\n\nL'équipe Lumio"),
    ("en", "Dear Ms Lee, we are sorry that your order was cancelled. Thank you for your email, "
           "and for taking the time to share your experience with us.\n\nLumio Care"),
    ("fr", "Bonjour, nous sommes navrés que les fraises soient arrivées abîmées. Merci pour "
           "votre vigilance et à très bientôt !"),
    ("en", "Hello, we're so sorry the strawberries arrived damaged. Thanks for letting us know, "
           "and see you very soon!"),
])
def test_a_thanks_or_a_farewell_is_no_next_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    # « merci de » with a present infinitive asks the customer: a step
    ("fr", "Bonjour, nous sommes désolés que votre commande ait été annulée. Merci de nous "
           "envoyer votre numéro de commande pour que nous la relancions aujourd'hui."),
    ("en", "Dear Ms Lee, we are sorry that your order was cancelled. Thank you for your "
           "patience: we have refunded the delivery fee today."),
    ("fr", "Bonjour, nous sommes navrés que les fraises soient arrivées abîmées. Nous vous "
           "remboursons la barquette aujourd'hui. À très bientôt !"),
])
def test_near_miss_a_request_or_a_step_beside_the_thanks(lint, lang, text):
    assert not found(lint(lang, text), "BL407")
