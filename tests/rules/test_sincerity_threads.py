"""Sincerity in threads and calls (BL4xx), on the real models: what the customer gave in
their quoted message or their turn, the customer's protest at repeating, undated news,
day-named deadlines, upsells, questions that doubt and comparisons that talk down —
each fires, and its near-miss does not, in French and English."""

from __future__ import annotations

import pytest

from tests.conftest import codes

A = "after_sales"
P = "phone_script"


def sincerity(lint, text, lang="fr", channel=A):
    return codes(lint(text, lang, channel), "BL4")


# -- what the customer gave, in the message quoted under the reply ----------------------
THREAD_FR = ("Bonjour Monsieur Leclerc,\n\nNous pouvons suspendre votre abonnement pendant "
             "votre déplacement. Pourriez-vous nous indiquer vos dates de départ et de "
             "retour ?\n\nL'équipe\n\n> Bonjour, je pars du 4 janvier au 28 février. "
             "Peut-on suspendre mon abonnement ? Paul")
THREAD_EN = ("Hi Rosa,\n\nSorry to hear about the leaking tap. So we can send someone, could "
             "you tell us which floor the kitchen is on? A photo would help too.\n\nThanks\n\n"
             "> Hi, the hot tap in the kitchen has been dripping since Monday. Photo "
             "attached. Rosa")


@pytest.mark.parametrize("lang,text", [("fr", THREAD_FR), ("en", THREAD_EN)])
def test_asking_for_what_the_quoted_message_gives_is_a_repeat(lint, lang, text):
    assert "BL405" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the dates are the brand's own (a slot it offers), the customer gave none
    ("fr", "Bonjour,\n\nNous pouvons passer le 4 janvier ou le 6 janvier. Pourriez-vous nous "
           "indiquer vos dates de disponibilité ?\n\n> Bonjour, quand pouvez-vous passer ?"),
    # the photo is asked for and the customer's message has none
    ("en", "Hi Rosa,\n\nSorry to hear about the tap. A photo would help us send the right "
           "part.\n\n> Hi, the hot tap in the kitchen has been dripping since Monday."),
])
def test_a_request_the_quoted_message_does_not_answer_is_no_repeat(lint, lang, text):
    assert "BL405" not in sincerity(lint, text, lang)


def test_quoted_thread_lines_are_the_customers_words(analyse):
    analysis = analyse(THREAD_EN, "en", A)
    quoted = [t.text for t in analysis.doc if analysis.is_quoted(t)]
    assert "dripping" in quoted and "floor" not in quoted


# -- the customer protests that they already said it -------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Bonjour, que puis-je pour vous ?\n[Client : J'ai envoyé mon "
           "téléphone, dossier 20931, aucune nouvelle.]\nConseillère : Je suis désolée. Et "
           "c'est pour quel appareil ?\n[Client : Un Pixel 7, je viens de vous le dire.]\n"
           "Conseillère : Je regarde, je vous rappelle demain à 10 h."),
    ("en", "Agent: Hello, how can I help?\n[Customer: I sent my phone in, case 20931, no "
           "news.]\nAgent: I'm sorry. And which device is it?\n[Customer: A Pixel 7, like I "
           "said.]\nAgent: Let me check, I'll call you back tomorrow at 10."),
])
def test_the_customers_protest_marks_the_request_before_it(lint, lang, text):
    assert "BL405" in sincerity(lint, text, lang, P)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Bonjour, que puis-je pour vous ?\n[Client : J'ai envoyé mon "
           "téléphone, aucune nouvelle.]\nConseillère : Je suis désolée. C'est pour quel "
           "appareil ?\n[Client : Un Pixel 7.]\nConseillère : Je regarde, je vous rappelle "
           "demain à 10 h."),
    ("en", "Agent: Hello, how can I help?\n[Customer: I sent my phone in, no news.]\nAgent: "
           "I'm sorry. Which device is it?\n[Customer: A Pixel 7.]\nAgent: Let me check, "
           "I'll call you back tomorrow at 10."),
])
def test_a_first_request_answered_without_protest_is_no_repeat(lint, lang, text):
    assert "BL405" not in sincerity(lint, text, lang, P)


# -- news promised with no time is no next step ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour cette panne. Nos équipes s'en occupent, nous vous "
           "tiendrons informé dès qu'on en sait plus."),
    ("en", "So sorry about the wifi dropping out 😞 Our team is aware and we're working on "
           "it!"),
    ("en", "So sorry to hear this, Dan. We're looking into it and will update you as soon "
           "as we can."),
])
def test_undated_news_is_no_next_step(lint, lang, text):
    assert "BL407" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour cette panne. Nous vous tiendrons informé demain avant "
           "midi."),
    ("en", "So sorry about the wifi dropping out. We're working on it and will update you "
           "by 6 pm today."),
])
def test_news_with_a_time_is_a_next_step(lint, lang, text):
    assert "BL407" not in sincerity(lint, text, lang)


# -- day-named deadlines: their earliest decides ----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour ce retard. Nous vous répondrons à la fin de la semaine "
           "prochaine."),
    ("en", "Sorry for the delay. Our team will reply to you by the end of next week."),
])
def test_a_deadline_whose_earliest_is_slower_than_the_commitment_fires(lint, lang, text):
    assert "BL408" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour ce retard. Nous vous répondrons d'ici mardi."),
    ("en", "Sorry for the delay. Our team will reply to you by Thursday."),
])
def test_a_weekday_deadline_may_be_tomorrow_and_is_not_slow(lint, lang, text):
    assert "BL408" not in sincerity(lint, text, lang)


# -- an upsell inside a complaint call ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Je suis vraiment désolé pour cette annulation, c'est notre erreur : vous avez la "
           "salle Marine à la même heure. Et puisque je vous ai : nous venons de lancer notre "
           "formule Événements, traiteur compris, à 12 € par personne."),
    ("en", "I'm so sorry, that's our mistake: you're in the Harbour room at the same time. "
           "And have you heard of Care+? For £4.99 a month you'd be covered for screen "
           "damage."),
])
def test_an_upsell_in_a_complaint_reply_fires(lint, lang, text):
    assert "BL406" in sincerity(lint, text, lang, P)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour ! Nous venons de lancer notre formule Événements, traiteur compris, à "
           "12 € par personne. Dites-nous quand vous voulez la tester."),
    ("en", "Hi! Have you heard of Care+? For £4.99 a month you'd be covered for screen "
           "damage. Ask us anything."),
])
def test_the_same_offer_outside_a_complaint_is_no_marketing_finding(lint, lang, text):
    assert "BL406" not in sincerity(lint, text, lang, P)


# -- doubt by question, condescension by comparison ------------------------------------
@pytest.mark.parametrize("code,lang,text", [
    ("BL402", "en", "Oh no. Are you sure you locked it, though? The lockers click quietly."),
    ("BL402", "fr", "Vous êtes sûre d'avoir bien fermé le casier ? Ils se ferment mal."),
    ("BL404", "en", "So, the slats have a front and a back. A lot of people put them in "
                    "upside down."),
    ("BL404", "fr", "Il faut tourner la clé dans le sens des aiguilles d'une montre, rien de "
                    "sorcier : la plupart de nos clients le font en deux minutes."),
])
def test_doubt_and_condescension_in_other_words_fire(lint, code, lang, text):
    assert code in sincerity(lint, text, lang)


@pytest.mark.parametrize("code,lang,text", [
    ("BL402", "en", "Are you free tomorrow at 10 for the engineer to come by?"),
    ("BL402", "fr", "Êtes-vous disponible demain à 10 h pour le passage du technicien ?"),
    ("BL404", "en", "Many customers find the video guide helpful: it shows each step. I'll "
                    "send it now."),
    ("BL404", "fr", "Beaucoup de nos clients apprécient la vidéo de montage : je vous "
                    "l'envoie tout de suite."),
])
def test_questions_and_comparisons_that_respect_the_customer_do_not_fire(lint, code, lang,
                                                                         text):
    assert code not in sincerity(lint, text, lang)


# -- the customer's account restated is not their fault ----------------------------------
@pytest.mark.parametrize("code,lang,text", [
    ("BL401", "en", "You didn't follow the assembly instructions, so the warranty does not "
                    "apply."),
    ("BL401", "fr", "Vous n'avez pas respecté la notice de montage, la garantie ne "
                    "s'applique donc pas."),
])
def test_the_customers_own_omission_is_blame(lint, code, lang, text):
    assert code in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "You mentioned the parcel never arrived. We've opened a trace with the courier "
           "and will update you within 48 hours."),
    ("fr", "Vous nous indiquez que le colis n'est jamais arrivé. Nous avons ouvert une "
           "enquête auprès du transporteur et vous répondons sous 48 h."),
])
def test_the_customers_account_restated_is_not_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- an apology that shifts the fault, even with no problem named -----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous regrettons que notre transporteur n'ait pas respecté les délais "
           "annoncés. Le colis vous sera remis d'ici jeudi."),
    ("en", "Hi Marta,\n\nWe apologise that the venue's last-minute decision to change the "
           "seating plan caused you inconvenience. Your new seats are F14 and F15."),
    ("en", "Dear Ms Haddad,\n\nWe are sorry you feel that your November bill was higher than "
           "expected. The amount reflects the winter rate."),
])
def test_an_apology_that_puts_the_fault_elsewhere_is_no_apology(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés : notre transporteur n'a pas respecté les délais, et "
           "c'est à nous de le choisir. Le colis vous sera remis d'ici jeudi."),
    ("en", "Hi Marta,\n\nWe're sorry we moved your seats at the last minute; that was our call "
           "and we should have told you. Your new seats are F14 and F15."),
])
def test_an_apology_that_owns_the_third_partys_failure_counts(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)


# -- a complaint named with no next step; the case said to be "in progress" ---------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "@j_marchal Nous comprenons votre frustration 🙏 Votre message a bien été remonté à "
           "l'équipe concernée."),
    ("fr", "Bonjour,\n\nNous sommes désolés du retard. Votre dossier est actuellement en cours "
           "de traitement par notre service comptabilité."),
    ("en", "We understand your frustration. Your message has been passed to the team."),
])
def test_a_complaint_answered_with_no_step_fires(lint, lang, text):
    assert "BL407" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous comprenons votre frustration. Un technicien passe demain entre 8 h et 12 h."),
    ("en", "We understand your frustration. A technician will call you tomorrow at 9."),
])
def test_a_complaint_answered_with_a_dated_step_does_not_fire(lint, lang, text):
    assert "BL407" not in sincerity(lint, text, lang)


# -- an offer that answers the customer's own question ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Adeyemi,\n\nI'm sorry about the confusion over your reading; your final "
           "bill will follow by 10 December.\n\nYou also asked whether there is a cheaper option. "
           "There is: our Night tariff. Based on your usage, that would save roughly €90 a "
           "year."),
    ("fr", "Conseillère : Bonjour.\n[Client : Ma commande est arrivée en retard. Et vous avez "
           "quelque chose pour les enfants ?]\nConseillère : Pardon pour le retard, c'est venu "
           "de notre atelier.\n[Client : D'accord.]\nConseillère : Pour les enfants, oui : en "
           "ce moment la deuxième paire enfant est à -40 %."),
])
def test_an_offer_the_customer_asked_for_is_no_marketing(lint, lang, text):
    assert "BL406" not in sincerity(lint, text, lang, P if "[Client" in text else A)


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Adeyemi,\n\nI'm sorry about the confusion over your reading; your final "
           "bill will follow by 10 December.\n\nBy the way, our Night tariff would save you "
           "roughly €90 a year."),
    ("fr", "Conseillère : Bonjour.\n[Client : Ma commande est arrivée en retard. Elle arrive "
           "quand ?]\nConseillère : Pardon pour le retard, c'est venu de notre atelier.\n"
           "[Client : D'accord.]\nConseillère : Et en ce moment la deuxième paire enfant est à "
           "-40 %."),
])
def test_the_same_offer_nobody_asked_for_is_marketing(lint, lang, text):
    assert "BL406" in sincerity(lint, text, lang, P if "[Client" in text else A)


# -- a number to call is somewhere to go next -------------------------------------------
@pytest.mark.parametrize("lang,text,fires", [
    ("en", "We're sorry we can't help with holiday bookings. Their team is open 7:30-20:00.",
     True),
    ("en", "We're sorry we can't help with holiday bookings, but their telephone number is "
           "0344 493 0787 (open 7:30-20:00).", False),
    ("fr", "Nous sommes désolés, nous ne gérons pas les séjours : c'est une autre société.",
     True),
    ("fr", "Nous sommes désolés, nous ne gérons pas les séjours : leur équipe répond au "
           "01 23 45 67 89, de 8 h à 20 h.", False),
])
def test_a_phone_number_given_is_a_next_step(lint, lang, text, fires):
    assert ("BL407" in sincerity(lint, text, lang)) is fires


# -- indirect wording: difficulty called simple, the duty or the lesson put on the
# customer, their word held as not enough -------------------------------------------------
@pytest.mark.parametrize("code,lang,text", [
    ("BL404", "en", "It's actually quite straightforward once you see how it works: the "
                    "payment goes up to catch up. We've reviewed it and it stays at £92."),
    ("BL404", "fr", "Je vais vous réexpliquer : la franchise, ce n'est pas plus compliqué que "
                    "ça. Je vous envoie le calcul aujourd'hui."),
    ("BL401", "fr", "Pour rappel, la transmission de l'index incombe au titulaire du contrat. "
                    "Nous établissons la facture sous 5 jours."),
    ("BL401", "en", "The invoice was an estimate. It's worth checking you have the paid "
                    "receipt before sending documents in future. We'll pay the claim within 7 "
                    "days."),
    ("BL402", "fr", "On ne peut pas suspendre une relance sur une simple déclaration au "
                    "téléphone. Envoyez-nous l'avis de virement."),
    ("BL402", "en", "The policy started two days before, so that might raise a few eyebrows "
                    "with the underwriters. I'll call you tomorrow at 10."),
])
def test_indirect_wording_fires(lint, code, lang, text):
    assert code in sincerity(lint, text, lang)


@pytest.mark.parametrize("code,lang,text", [
    ("BL404", "en", "Here's how it works: the payment goes up to catch up. We've reviewed it "
                    "and it stays at £92."),
    ("BL404", "fr", "La franchise correspond aux 30 premiers euros. Je vous envoie le calcul "
                    "aujourd'hui."),
    ("BL401", "fr", "La transmission de l'index est facultative : nous estimons la "
                    "consommation. Nous établissons la facture sous 5 jours."),
    ("BL401", "en", "The invoice was an estimate from the practice. We'll pay the claim within "
                    "7 days of the final receipt."),
    ("BL402", "fr", "Nous suspendons la relance dès aujourd'hui. Envoyez-nous l'avis de "
                    "virement quand vous l'aurez."),
    ("BL402", "en", "The policy started two days before, and that's fine: the claim goes to "
                    "the underwriters today and I'll call you tomorrow at 10."),
])
def test_the_same_facts_said_plainly_do_not_fire(lint, code, lang, text):
    assert code not in sincerity(lint, text, lang)


# -- sympathy: an apology for the customer's feeling or loss, no fault named -------------
def severities(lint, text, lang, code):
    return [d.severity.name.lower() for d in lint(text, lang, A) if d.code == code]


@pytest.mark.parametrize("lang,text,severity", [
    ("fr", "Il était aussi mon préféré. Toutes mes excuses pour la déception. Léa", "info"),
    ("fr", "Nous sommes désolés que votre commande soit arrivée en retard. Léa", "warning"),
    ("en", "It was my favourite too. My apologies for any frustration. Jen", "info"),
    ("en", "We're sorry for the frustration with your late order. Jen", "warning"),
])
def test_sympathy_without_a_fault_makes_no_next_step_a_hint(lint, lang, text, severity):
    assert severities(lint, text, lang, "BL407") == [severity]


# -- what is not a next step: offers of help and the case looked at with no when ----------
@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Conseiller : LEGO, bonjour, comment puis-je vous aider ?\nCliente : Mon colis "
           "n'est jamais arrivé.\nConseiller : Je suis vraiment désolé. Votre dossier est "
           "suivi de près par notre équipe.", True),
    ("fr", "Conseiller : LEGO, bonjour, comment puis-je vous aider ?\nCliente : Mon colis "
           "n'est jamais arrivé.\nConseiller : Je suis vraiment désolé. Je vous renvoie le "
           "colis aujourd'hui, vous le recevrez sous 72 heures.", False),
    ("en", "Agent: LEGO, Sam speaking, how can I help?\nCaller: My parcel never arrived.\n"
           "Agent: I'm really sorry. Your case is being looked into by our team.", True),
    ("en", "Agent: LEGO, Sam speaking, how can I help?\nCaller: My parcel never arrived.\n"
           "Agent: I'm really sorry. I'm sending a new parcel today; you'll have it within "
           "3 days.", False),
])
def test_an_offer_of_help_or_a_case_looked_at_is_no_next_step(lint, lang, text, fires):
    assert ("BL407" in sincerity(lint, text, lang, P)) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Je suis désolée pour ce retard de remboursement. Notre équipe vous répondra "
           "d'ici une dizaine de jours.", True),
    ("fr", "Je suis désolée pour ce retard de remboursement. Notre équipe vous répondra "
           "sous 48 heures.", False),
    ("en", "I'm sorry your refund is late. Someone from the team will reply to you within "
           "five working days.", True),
    ("en", "I'm sorry your refund is late. Someone from the team will reply to you within "
           "48 hours.", False),
])
def test_a_step_is_held_to_the_commitment_of_the_service_in_its_clause(lint, lang, text,
                                                                        fires):
    assert ("BL408" in sincerity(lint, text, lang)) is fires


# -- a thread where the brand speaks under its own name: other names are the customer ----
@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "LEGO : Votre remboursement arrivera d'ici trois semaines, merci de votre patience.",
     True),
    ("fr", "julie.b34 : remboursée d'ici trois semaines, c'est long 🙄 vous faites une remise "
           "étudiante ?\nLEGO : Désolés pour cette attente, Julie, c'est de notre faute : le "
           "remboursement est parti hier sur votre carte.", False),
    ("en", "LEGO: Your refund will reach you within three weeks, thanks for your patience.",
     True),
    ("en", "lucy.m.w: finally got my refund after 3 weeks 🙄 do you do a student discount?\n"
           "LEGO: Sorry your refund took longer than it should have, Lucy, that one's on us: "
           "it went back to your card yesterday.", False),
])
def test_in_a_named_thread_another_name_is_the_customer(lint, lang, text, fires):
    assert ("BL408" in sincerity(lint, text, lang)) is fires
