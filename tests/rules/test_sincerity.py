"""Sincerity of service replies (BL4xx), on the real models: each pattern fires, and
its near-miss does not, in French and English."""

from __future__ import annotations

import pytest

from tests.conftest import codes

A = "after_sales"


def sincerity(lint, text, lang="fr", channel=A):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("code,lang,text", [
    # blame: the customer as the agent of a fault
    ("BL401", "fr", "Vous auriez dû vérifier l'adresse avant de valider la commande."),
    ("BL401", "fr", "Comme précisé dans les CGV que vous avez acceptées, le retour est à vos "
                    "frais."),
    ("BL401", "fr", "Vous n'avez pas respecté la procédure de retour."),
    ("BL401", "fr", "Il s'agit d'une erreur de votre part : le code postal était faux."),
    ("BL401", "fr", "Il aurait fallu nous prévenir avant 18 h."),
    ("BL401", "en", "You should have checked the address before confirming the order."),
    ("BL401", "en", "As stated in the terms you agreed to, shipping is not refundable."),
    ("BL401", "en", "You failed to follow the return procedure."),
    ("BL401", "en", "You were supposed to call us before 6 pm."),
    ("BL401", "en", "This was your mistake: the postcode was wrong."),
    # doubt
    ("BL402", "fr", "Vous prétendez que le colis était vide."),
    ("BL402", "fr", "Selon vos dires, le technicien ne serait jamais venu."),
    ("BL402", "en", "You claim the box was empty when you opened it."),
    ("BL402", "en", "Your allegedly damaged item must be returned for inspection."),
    # problem without apology
    ("BL403", "fr", "Votre commande a été retardée. Elle sera expédiée jeudi."),
    ("BL403", "en", "Your order was delayed. It will ship on Thursday."),
    ("BL403", "en", "We're sorry you feel that way. Your flight was cancelled and you have "
                    "been rebooked on the 18:40."),
    # condescension
    ("BL404", "fr", "Comme nous vous l'avons déjà expliqué, le retour est gratuit."),
    ("BL404", "fr", "Nous vous rappelons que la notice est fournie dans le carton."),
    ("BL404", "fr", "Il suffit de lire la FAQ de notre site."),
    ("BL404", "en", "As we already told you, returns are free."),
    ("BL404", "en", "Simply read the FAQ on our website."),
    # repeat
    ("BL405", "fr", "Concernant votre commande n° 77120, merci de nous communiquer votre "
                    "numéro de commande."),
    ("BL405", "fr", "Merci de nous réexpliquer votre problème en détail."),
    ("BL405", "en", "Regarding your order #77120, please send us your order number."),
    ("BL405", "en", "Could you explain the issue again in detail?"),
    # marketing in a complaint reply
    ("BL406", "fr", "Désolés pour ce retard. Découvrez notre nouvelle collection avec le code "
                    "NOEL10 !"),
    ("BL406", "en", "Sorry about the delay. Please take our satisfaction survey."),
    # no next step
    ("BL407", "fr", "Nous sommes désolés pour ce retard. Nous comprenons votre agacement."),
    ("BL407", "en", "We're sorry for the delay. We understand your frustration."),
    ("BL407", "en", "Unfortunately we're unable to help you with holiday bookings. We're sorry "
                    "to disappoint you."),
    # seen in the Fournil and Velora sets (their first run)
    ("BL403", "fr", "Effectivement, votre vélo a été livré avec une roue voilée. Un technicien "
                    "passe jeudi."),
    ("BL403", "en", "Yes, your bike was delivered with a buckled wheel. A technician will "
                    "come on Thursday."),
    ("BL404", "fr", "Il suffit de le passer cinq minutes au four, tout le monde sait faire ça."),
    ("BL404", "en", "As explained very clearly in the manual, hold the button. It really isn't "
                    "complicated."),
    ("BL402", "fr", "Vous êtes sûr qu'elle n'a pas simplement été oubliée quelque part ?"),
    ("BL401", "fr", "Conformément aux CGV acceptées lors de votre commande, le retour est à "
                    "vos frais."),
    ("BL401", "fr", "Il vous appartenait de vérifier le colis à la livraison."),
    ("BL401", "en", "If you had read the instructions, this would not have happened."),
    ("BL401", "en", "As per the terms accepted at checkout, return shipping is at your expense."),
    ("BL402", "fr", "Merci de fournir un relevé prouvant ce que vous avancez."),
    ("BL404", "en", "Please take the time to read the manual before contacting us."),
    ("BL403", "en", "The app isn't working this morning. Our team is on it."),
    ("BL403", "fr", "L'application ne fonctionne plus depuis ce matin. Nos équipes la relancent."),
    # slower than the commitment (LEGO: refund within 14 days)
    ("BL408", "fr", "Désolés : votre remboursement sera effectué sous 30 jours."),
    ("BL408", "en", "Sorry: your refund will be processed within 30 days."),
    # a range promises its upper bound; « dans un délai de », "in about"
    ("BL408", "fr", "Désolés : votre remboursement sera effectué dans un délai de 3 à 5 "
                    "semaines."),
    ("BL408", "en", "Sorry: we will refund you in about three weeks."),
    # the brand's evidence held against the customer's account
    ("BL402", "en", "Our records show the parcel at your door at 7pm, so that isn't what our "
                    "tracking shows."),
    ("BL402", "en", "We're honestly not sure how the order could have gone missing."),
    ("BL402", "fr", "Le livreur n'a rien signalé et c'est votre troisième réclamation ce mois-ci."),
    ("BL402", "fr", "Vous êtes sûr ? Un écran neuf qui lâche en une semaine, c'est rare."),
    # the thing made obvious, everyone else manages
    ("BL404", "en", "The tracking link is pretty self-explanatory once you actually open it."),
    ("BL404", "en", "As we explained in our previous email, restart the router."),
    ("BL404", "fr", "Le bouton est en vert : on peut difficilement faire plus visible."),
    ("BL404", "fr", "Franchement, tout le monde le trouve, il faut juste descendre."),
    # responsibility handed to the customer
    ("BL401", "en", "Items left on board remain the responsibility of the passenger."),
    ("BL401", "fr", "Les objets oubliés à bord restent sous la responsabilité du voyageur."),
    # a hand-off with no date is no next step
    ("BL407", "fr", "Nous sommes désolés pour la charnière desserrée. Votre réclamation a été "
                    "transmise à notre atelier, qui l'étudiera avec attention."),
    ("BL407", "en", "Sorry to hear your payout hasn't arrived. We've escalated your query to "
                    "the relevant team."),
    ("BL407", "fr", "Nous sommes désolés du retard. Nous reviendrons vers vous dès que "
                    "possible."),
    # "allow N weeks", « comptez trois bonnes semaines »
    ("BL408", "en", "Sorry the arm broke. Please allow 4 to 6 weeks for your refund."),
    ("BL408", "fr", "Désolés pour cette erreur. Pour le remboursement, comptez trois bonnes "
                    "semaines."),
    # an identifier asked for by its noun, already given in the thread or the call
    ("BL405", "fr", "Pourriez-vous nous communiquer votre numéro de contrat ?\n\n> Le 27/11, "
                    "Julien a écrit :\n> Bonjour, contrat VE-0048213. Ma facture est fausse."),
    ("BL405", "en", "[Customer: Hello, account VE-0077340. My gas was cut off.]\nThanks for "
                    "holding. Can I take your account number?"),
    # the customer's likely behaviour named as the cause; the customer likened to cheats
    ("BL401", "fr", "Je vais être honnête, un embrayage ne lâche pas tout seul en 400 km."),
    ("BL401", "en", "Well, hinges don't tend to snap on their own."),
    ("BL402", "en", "We get a lot of people who fill up half and keep the receipt."),
    ("BL402", "fr", "Merci de nous faire parvenir un relevé bancaire complet, non retouché."),
    ("BL404", "en", "To put it simply: they look after the box, we send you the bill."),
    ("BL404", "fr", "Tout est expliqué noir sur blanc dans la FAQ. Bonne lecture !"),
    # an apology whose object is a third party's act shifts the fault (no apology)
    ("BL403", "en", "We apologise that our courier delivered your parcel late. The delay came "
                    "from their depot; it arrives today."),
    ("BL403", "fr", "Nous regrettons que notre transporteur n'ait pas respecté les délais : "
                    "votre colis a du retard et arrivera jeudi."),
    # the brand's failed commitment, said plainly
    ("BL403", "fr", "Effectivement, le monteur n'a pas pu venir mardi. Un nouveau rendez-vous "
                    "vous est proposé lundi."),
    ("BL403", "en", "Your phone wasn't ready on Saturday as promised. It is ready for "
                    "collection now."),
    # responsibility handed to a class of customers; the cause put on the customer's use
    ("BL401", "en", "Members are responsible for equipment at the desk they book, so we'll add "
                    "the replacement cost to your invoice."),
    ("BL401", "fr", "Cela arrive quand le badge est rangé contre un téléphone, ce qui semble "
                    "être votre cas."),
    # problems admitted in other words
    ("BL403", "fr", "La réparation de votre téléphone n'est pas terminée : la pièce est "
                    "toujours en attente."),
    ("BL403", "en", "Our cold room failed overnight, so your yoghurts were not kept cold."),
    # told again from the start (real copy, round 10: a retry is not, see the near-misses)
    ("BL405", "en", "Could you run me through what happened from the beginning?"),
    ("BL405", "fr", "Pouvez-vous me raconter votre problème depuis le début ?"),
])
def test_pattern_fires(lint, code, lang, text):
    assert code in sincerity(lint, text, lang), text


@pytest.mark.parametrize("code,lang,text", [
    ("BL401", "fr", "Vous auriez dû recevoir un e-mail de confirmation, nous vous le "
                    "renvoyons."),
    ("BL401", "fr", "Nous aurions dû vous prévenir, nous vous remboursons la différence."),
    ("BL401", "fr", "Ce n'est pas de votre faute : le lien avait expiré."),
    ("BL401", "fr", "Conformément à nos CGV, vous disposez de 14 jours pour changer d'avis."),
    ("BL401", "fr", "Vous avez dû recevoir un SMS avec le créneau."),
    ("BL401", "en", "You should have received a confirmation email; we're resending it."),
    ("BL401", "en", "We should have told you sooner, we're refunding the difference."),
    ("BL401", "en", "This is not your fault: the link had expired."),
    ("BL401", "en", "Under our terms, you have 14 days to change your mind."),
    ("BL402", "fr", "Vous nous indiquez ne pas avoir reçu votre colis : nous lançons une "
                    "enquête."),
    ("BL402", "en", "You mentioned the parcel never arrived: we've opened a trace."),
    ("BL403", "fr", "Votre commande a été retardée, nous en sommes désolés. Elle part jeudi."),
    ("BL403", "fr", "Si votre colis a du retard, répondez à ce message."),
    ("BL403", "fr", "Toutes nos commandes partent sans retard."),
    ("BL403", "en", "Your order was delayed — our mistake. It ships on Thursday."),
    ("BL403", "en", "If you see any delay, reply to this message."),
    ("BL404", "fr", "Nous vous rappelons demain entre 9 h et 10 h."),
    ("BL404", "fr", "Il vous suffit de renvoyer l'article avec le bon prépayé."),
    ("BL404", "en", "To return it, simply drop the parcel at a post office."),
    ("BL405", "fr", "Pouvez-vous nous communiquer votre numéro de commande ?"),
    ("BL405", "en", "Could you send us your order number?"),
    ("BL406", "fr", "Désolés pour ce retard : en dédommagement, voici le code RETARD10."),
    ("BL406", "fr", "Merci pour votre commande ! Profitez de -10 % avec le code MERCI10."),
    ("BL406", "en", "Thanks for your order! Use code SPRING10 on your next set."),
    ("BL407", "fr", "Nous sommes désolés pour ce retard. Nous vous renvoyons un colis "
                    "aujourd'hui."),
    ("BL407", "en", "We're sorry for the delay. We'll send a replacement today."),
    ("BL408", "fr", "Désolés : votre remboursement sera effectué sous 14 jours."),
    ("BL408", "en", "Sorry: your refund will be processed within 14 days."),
    ("BL403", "fr", "Pour la doublure déchirée de votre veste de 1992, apportez-la en "
                    "boutique."),
    ("BL403", "en", "Your subscription has been cancelled: no further boxes will be charged."),
    ("BL401", "fr", "Nos CGV prévoient un remboursement sous 14 jours."),
    ("BL401", "en", "Our terms allow returns within 30 days."),
    # news of the work with a time is a next step (undated, it is not: see
    # tests/rules/test_sincerity_threads.py)
    ("BL407", "en", "The app isn't working this morning, sorry. Our team is on it and expects "
                    "it back by 11 am."),
    ("BL404", "fr", "Je sais, c'est compliqué : je vous guide pas à pas."),
    ("BL407", "fr", "Désolés pour ce garde-boue fendu : nous vous en envoyons un neuf, sans "
                    "frais."),
    # seen on real care replies (corpora/real/RESULTS-sincerity.md)
    ("BL403", "en", "I'm sorry that it still hasn't arrived. Please contact us here: [url]"),
    ("BL403", "fr", "Désolés que votre colis ne soit toujours pas arrivé, écrivez-nous ici."),
    ("BL404", "en", "Hello! Just checking in to see if you are still having service issues."),
    ("BL404", "en", "Just to check, did you watch the video in full?"),
    ("BL407", "en", "I'm sorry your book arrived this way! You can find replacement options "
                    "here: [url]"),
    ("BL407", "en", "I'm sorry about the unknown charge! We'd be happy to look into this with "
                    "you here: [url]"),
    ("BL407", "en", "I apologize for your seating issue. Pls DM your conf # if I may assist."),
    ("BL407", "en", "Oh no! I'm so sorry to hear this. Was the item sold by us or a "
                    "third-party seller: [url]"),
    ("BL407", "fr", "Désolés pour ce retard ! Vous pouvez suivre votre colis ici : [url]"),
    ("BL407", "en", "Sorry for the delay in our response. Please find the details below 1/2"),
    ("BL407", "en", "Sorry to hear that. The app is in maintenance mode. More info here: [url]"),
    ("BL407", "fr", "Désolés pour cette coupure. Plus d'infos ici : https://exemple.fr/statut"),
    ("BL407", "fr", "Une coupure de fibre entraîne une interruption de service, nous en sommes "
                    "désolés. Nous vous tiendrons informés à 18 h du rétablissement."),
    ("BL407", "fr", "Ce canal n'est plus disponible, et nous en sommes désolés. Je suis "
                    "disponible sur Messenger."),
    ("BL407", "en", "I'm so sorry you didn't receive your parcel! We'd like a chance to look "
                    "into this with you here: [url]"),
    ("BL408", "fr", "Désolés : votre remboursement sera effectué sous 10 à 14 jours."),
    ("BL408", "en", "Sorry: we will refund you in about ten days."),
    ("BL402", "en", "Our records show the parcel was left at the depot — sorry, we'll "
                    "redeliver tomorrow."),
    ("BL402", "fr", "Êtes-vous sûr de vouloir résilier ? Votre remise sera perdue."),
    ("BL404", "en", "The tracking link updates every few minutes; here it is again: [url]"),
    ("BL404", "fr", "Le bouton « Modifier » est sous le récapitulatif ; je vous joins une "
                    "capture."),
    ("BL401", "en", "Your safety remains our responsibility at every station."),
    ("BL401", "fr", "La sécurité des voyageurs reste notre responsabilité."),
    ("BL403", "fr", "Votre réparation est terminée : le téléphone vous attend en boutique."),
    ("BL403", "en", "Your repair is finished and ready for collection."),
    ("BL407", "fr", "Nous sommes désolés pour la charnière. Votre dossier est transmis à "
                    "notre atelier, qui vous rappellera sous 48 h."),
    ("BL407", "en", "Sorry your payout hasn't arrived. We've escalated it and you'll have "
                    "the money by Friday."),
    # the customer underwent it (passive): no fault of theirs
    ("BL401", "fr", "Le rendez-vous a été annulé de notre côté et vous n'avez pas été "
                    "prévenu : toutes nos excuses."),
    ("BL401", "fr", "La caution aurait dû être libérée le 20 novembre. Je vous prie de nous "
                    "en excuser."),
    ("BL401", "en", "You should not have been made to feel that way, and I am sorry."),
    # an offer that answers the customer's question
    ("BL406", "en", "Sorry again about the flat tyre. You asked whether we have a discount "
                    "for your return trip: use code RETOUR15 for 15% off."),
    ("BL406", "fr", "Pardon pour le retard. Et oui, il y a bien un tarif étudiant : -20 % "
                    "sur présentation de la carte."),
    # a rule stated for every case admits nothing
    ("BL403", "fr", "Nos véhicules reviennent avec le plein ; quand ce n'est pas le cas, "
                    "nous facturons les litres manquants au prix affiché."),
    ("BL405", "fr", "Pourriez-vous nous communiquer votre numéro de contrat ?"),
    ("BL405", "en", "Can I take your account number, please?"),
    ("BL401", "fr", "Un embrayage neuf ne s'use pas en 400 km : nous le prenons en charge."),
    ("BL401", "en", "Hinges do wear out over time; we'll replace yours for free."),
    ("BL402", "en", "We get a lot of questions about this, so here is the full answer."),
    ("BL404", "en", "Put simply, your refund is on its way: it lands on Friday."),
    ("BL403", "en", "We're sorry our courier lost your parcel: that's on us, and a new one "
                    "ships today."),
    ("BL403", "fr", "Le monteur n'a pas pu venir mardi, toutes nos excuses : il passe lundi à "
                    "14 h."),
    ("BL401", "en", "Members are welcome to book any free desk, and we look after the "
                    "equipment."),
    # a retry of an operation from the start: nothing the customer gave is asked again
    ("BL405", "en", "The export of your data ran into a problem. Can you renew the operation "
                    "from the beginning?"),
    ("BL405", "fr", "L'export de vos données a rencontré un souci. Pouvez-vous renouveler "
                    "l'opération depuis le début ?"),
])
def test_near_miss_does_not_fire(lint, code, lang, text):
    assert code not in sincerity(lint, text, lang), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous nous écrivez : « vous auriez dû me prévenir, vous prétendez livrer en 3 "
           "jours ». Vous avez raison, nous en sommes désolés : votre colis part aujourd'hui."),
    ("fr", "[Client : vous n'avez pas respecté le délai, c'est votre erreur !]\nConseiller : "
           "« Je suis désolé. Je relance le transporteur et je vous rappelle avant 17 h. »"),
    ("en", "You wrote: \"you should have warned me, you claim 3-day delivery\". You're right, "
           "and we're sorry: your parcel ships today."),
    ("en", "Customer: you didn't respect the deadline, it's your mistake!\nAgent: I'm sorry. "
           "I'm chasing the courier and I'll call you back before 5 pm."),
])
def test_quoted_customer_words_never_fire(lint, lang, text):
    channel = "phone_script" if "Client" in text or "Customer" in text else A
    assert sincerity(lint, text, lang, channel) == [], text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous auriez dû venir à notre atelier de Noël !"),
    ("en", "You should have come to our Christmas workshop!"),
])
def test_sincerity_rules_only_judge_service_channels(lint, lang, text):
    assert sincerity(lint, text, lang, "email") == []
    assert sincerity(lint, text, lang, A) != []


def test_repeat_reads_what_the_customer_gave_in_a_script_turn(lint):
    text = ("[Client : j'appelle pour ma commande 58214, jamais arrivée.]\n"
            "Conseiller : « Pouvez-vous me donner votre numéro de commande ? »")
    assert "BL405" in sincerity(lint, text, "fr", "phone_script")
    asked_first = "Conseiller : « Pouvez-vous me donner votre numéro de commande ? »"
    assert "BL405" not in sincerity(lint, asked_first, "fr", "phone_script")


def test_one_finding_per_request_and_per_offer(lint):
    text = ("[Client : ma commande 58214 est arrivée cassée.]\nConseiller : « Pouvez-vous me "
            "redonner votre numéro de commande ? Profitez de -20 % sur notre nouvelle "
            "collection ! »")
    found = sincerity(lint, text, "fr", "phone_script")
    assert found.count("BL405") == 1 and found.count("BL406") == 1


def test_findings_speak_the_drafts_language_and_propose_a_sentence(lint):
    fr = [d for d in lint("Votre commande a été retardée. Elle part jeudi.", "fr", A)
          if d.code == "BL403"][0]
    en = [d for d in lint("Your order was delayed. It ships on Thursday.", "en", A)
          if d.code == "BL403"][0]
    assert "excuse" in fr.message and "« Nous sommes désolés" in fr.suggestion
    assert "apologises" in en.message and "We're sorry" in en.suggestion


def test_an_apology_that_shifts_the_blame_is_named_in_the_no_apology_finding(lint):
    text = ("Nous sommes désolés que vous ayez mal compris nos conditions : la pièce "
            "manquante n'était pas incluse.")
    found = {d.code: d for d in lint(text, "fr", A)}
    assert "BL401" in found and "BL403" in found
    assert "renvoie la faute" in found["BL403"].message


def test_slow_next_step_names_the_commitment(lint):
    d = [d for d in lint("Désolés : votre remboursement sera effectué sous 30 jours.", "fr", A)
         if d.code == "BL408"][0]
    assert "14 jours" in d.message and "sous 14 jours" in d.suggestion


@pytest.mark.parametrize("lang,text", [
    ("en", "I understand your frustration; however, this is an issue with the licensing "
           "agreement restriction between the network, the league and us. I am sorry for "
           "the inconvenience."),
    ("fr", "Nous sommes désolés pour cette coupure, qui est indépendante de notre volonté."),
])
def test_a_limitation_outside_the_brands_control_makes_no_next_step_a_hint(lint, lang, text):
    found = [d for d in lint(text, lang, A) if d.code == "BL407"]
    assert found and all(str(d.severity) == "info" for d in found), text
    assert ("licensing" if lang == "en" else "indépendante de notre volonté") in \
        found[0].message


@pytest.mark.parametrize("lang,text,fires", [
    # a condition of belief that opens the reader's recourse: a right, not doubt
    ("en", "If you believe your video is protected by fair use, you may dispute the claim "
           "from your channel dashboard.", False),
    ("fr", "Si vous pensez que votre vidéo relève de l'exception de citation, vous pouvez "
           "contester la réclamation depuis votre tableau de bord.", False),
    # stressed, or an order to prove the account: doubt
    ("en", "If you really believe your video is protected by fair use, you may dispute the "
           "claim.", True),
    ("fr", "Si vous pensez vraiment que votre colis a été volé, vous pouvez contester.", True),
    ("en", "If you believe a cancellation was sent, please forward the original email with "
           "its full headers.", True),
])
def test_a_belief_that_opens_a_recourse_is_no_doubt(lint, lang, text, fires):
    assert ("BL402" in sincerity(lint, text, lang)) is fires


@pytest.mark.parametrize("lang,text,fires", [
    # a problem put as a guess or a case that may arise admits nothing
    ("fr", "Nous n'avons trouvé aucun compte à cette adresse. Il s'agit peut-être d'une erreur "
           "de frappe : vérifiez l'adresse reçue par e-mail.", False),
    ("fr", "L'indice vous sera envoyé par e-mail en cas d'oubli de votre mot de passe.", False),
    ("en", "We found no account at this address. Maybe it is a typing error: please check the "
           "address in your welcome email.", False),
    ("en", "You may have entered a wrong address from a typing mistake.", False),
    # admitted
    ("fr", "Votre colis a pris du retard, nous relançons le transporteur.", True),
    ("en", "Your parcel is late, we are chasing the carrier.", True),
])
def test_a_problem_guessed_at_is_no_admission(lint, lang, text, fires):
    assert ("BL403" in sincerity(lint, text, lang)) is fires


@pytest.mark.parametrize("lang,text,fires", [
    # the fault placed with the brand owns it
    ("en", "The error was on our end: the refund goes out today.", False),
    ("fr", "L'erreur vient de chez nous : le remboursement part aujourd'hui.", False),
    # where the brand will look is no fault placed
    ("en", "Your parcel is late. Share your order number so that we can check on our end.",
     True),
    ("fr", "Votre colis a du retard. Envoyez-nous votre numéro de commande pour vérifier de notre "
           "côté.", True),
])
def test_a_fault_placed_with_the_brand_is_owned(lint, lang, text, fires):
    assert ("BL403" in sincerity(lint, text, lang)) is fires


@pytest.mark.parametrize("lang,text,fires", [
    # a message sent to the customer is contact by a channel it names: a step
    ("en", "Apologies for the delay. We have an update: I'll drop you a DM with more "
           "information shortly.", False),
    ("fr", "Toutes nos excuses pour ce retard : je vous envoie un message privé avec les "
           "détails.", False),
    # the case passed along is not
    ("en", "Apologies for the delay. We have passed your case to the team.", True),
    ("fr", "Toutes nos excuses pour ce retard : nous avons transmis votre dossier à notre "
           "équipe.", True),
])
def test_a_message_sent_to_the_customer_is_a_step(lint, lang, text, fires):
    assert ("BL407" in sincerity(lint, text, lang)) is fires
