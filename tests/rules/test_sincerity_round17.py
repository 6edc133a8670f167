"""What round 17 (real customer-care copy judged by hand, and sincerity-blind16 as a
development set) taught the reading of a service reply: a channel closed and the customer
sent to another is a redirect, not a lesson; « toujours » in a condition means *still*; the
remedy of a live incident named (the service back up, the lost time made up) is a step; a
failure explained by the customer's own invalid file, or a removal by the owner the reply
sends them to, admits no fault; a chat turn stamped before its label keeps its speaker; and
some wordings of blame, doubt, condescension and selling said in polite procedure. Each
concept fires in its true form and stays silent in its near miss, in French and English,
on the real models. The texts are our own, of the same shape as the real ones."""

from __future__ import annotations

import pytest

HOSTING = {
    "fr": """
brand: Nuvelle
language: fr
central_idea:
  statement: "Vos sites et vos fichiers en ligne, entre de bonnes mains."
  lexicon: [site, fichier, ligne, confiance, sauvegarde]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  live_chat: {tones: [empathy, solution], service: true}
  app: {tones: [solution], service: true}
promises:
  response: {within: 24h}
  restore: {within: 4h, terms: [restauration]}
""",
    "en": """
brand: Nuvelle
language: en
central_idea:
  statement: "Your sites and files online, in good hands."
  lexicon: [site, file, online, trust, backup]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  live_chat: {tones: [empathy, solution], service: true}
  app: {tones: [solution], service: true}
promises:
  response: {within: 24h}
  restore: {within: 4h, terms: [restore]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(HOSTING, "nuvelle", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL401: a redirect to the channel where the brand is found is no lesson -------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\nnotre messagerie privée sur X n'est plus disponible.\nRetrouvez-nous dès "
           "à présent sur Messenger si vous avez toujours besoin d'aide."),
    ("fr", "Bonjour,\nnotre messagerie privée n'est plus disponible.\nRetrouvez-moi sur "
           "Messenger si votre demande est toujours d'actualité."),
    ("fr", "Notre messagerie privée n'est plus disponible. Dorénavant, merci de nous écrire "
           "sur Messenger."),
    ("en", "Our DM inbox here is closing. From now on, please reach us on Messenger if you "
           "still need help."),
    ("en", "Our DM inbox here is closing. Going forward, please message us on WhatsApp."),
])
def test_a_channel_redirect_is_not_blame(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre colis est arrivé abîmé, nous en sommes désolés. Dorénavant, merci de "
           "vérifier le carton devant le livreur."),
    ("fr", "Votre colis est arrivé abîmé. Vérifiez toujours le carton devant le livreur."),
    ("en", "Sorry your parcel arrived damaged. Going forward, please check the box before "
           "signing."),
])
def test_a_lesson_for_next_time_is_still_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


def test_toujours_in_a_condition_reads_still(analyse):
    analysis = analyse("Retrouvez-nous sur Messenger si vous avez toujours besoin d'aide.",
                       "fr", "after_sales")
    toujours = next(t for t in analysis.doc if t.lower_ == "toujours")
    assert analysis.frame(toujours).time == "continuative"
    analysis = analyse("Nos conseillers vous répondent toujours dans l'heure.", "fr", "web")
    toujours = next(t for t in analysis.doc if t.lower_ == "toujours")
    assert analysis.frame(toujours).time != "continuative"


# -- BL407: the channel named from now on is a step --------------------------------------
def test_the_channel_named_from_now_on_is_a_step(lint):
    # a template whose line breaks were lost runs a name into the verb: the channel is read
    assert not found(lint("fr", "Notre messagerie privée n'est plus disponible, et nous en "
                                "sommes désolés Jeanlucnnretrouvez-nous dès à présent sur "
                                "messenger"), "BL407")
    assert found(lint("fr", "Notre messagerie privée n'est plus disponible, et nous en "
                            "sommes désolés."), "BL407")


# -- BL407: the remedy of a live incident named is a step --------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "So sorry about the late departure, Dana. Thanks for bearing with us & the crew "
           "will try hard to make up lost time on the way to Denver."),
    ("en", "Really sorry, Tom: our engineers are on the login fault and we expect to have "
           "the portal back up and running before lunch."),
    ("fr", "Nous sommes désolés pour cette coupure. Nos techniciens travaillent à rétablir "
           "le service au plus vite."),
    ("fr", "Nous sommes désolés pour ce retard. Le commandant fera de son mieux pour "
           "rattraper une partie du retard en vol ce soir."),
])
def test_an_incident_remedy_named_is_a_step(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("en", "I'm sorry for the outage. We're doing everything we can."),
    ("en", "I apologize for the delay. We hope to have you on your way as soon as possible."),
    ("fr", "Nous sommes désolés pour cette coupure. Nos équipes font le maximum."),
    ("fr", "Nous sommes désolés pour ce retard. Merci de votre patience."),
])
def test_effort_or_hope_without_a_remedy_is_no_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


# -- BL403: a failure the customer's input explains, a removal by its owner ---------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Your photo import stopped with an error. The zip file you uploaded appears to be "
           "corrupted. Please export it again and retry."),
    ("en", "Your shared folder was deleted or your access was removed. Contact its owner "
           "for more information."),
    ("fr", "Une erreur a interrompu l'import de vos photos. Le fichier zip que vous avez "
           "envoyé semble corrompu. Merci de l'exporter à nouveau."),
    ("fr", "Ce tableau partagé a été supprimé, ou votre accès a été retiré. Demandez à son "
           "propriétaire ce qu'il en est."),
])
def test_a_failure_on_their_input_or_by_its_owner_admits_nothing(lint, lang, text):
    assert not found(lint(lang, text, "app"), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("en", "Your photo import stopped with an error on our servers. Please retry in an "
           "hour."),
    ("en", "Your shared folder was deleted during our maintenance. Contact support for more "
           "information."),
    ("fr", "Une erreur a interrompu l'import de vos photos. Merci de l'exporter à "
           "nouveau."),
    ("fr", "Le document a été supprimé par erreur lors de notre maintenance. Contactez le "
           "support pour plus d'informations."),
])
def test_a_failure_of_the_brands_still_needs_an_apology(lint, lang, text):
    assert found(lint(lang, text, "app"), "BL403")


# -- speakers: a chat turn stamped before its label ---------------------------------------
def test_a_turn_stamped_before_its_label_is_the_customers(lint):
    text = ("[10:02] Client : J'ai effacé par erreur tout le dossier photos… c'est ma faute.\n"
            "[10:03] Léa (Nuvelle) : Pas d'inquiétude, ça arrive ! Nous avons une sauvegarde "
            "d'hier soir, je lance la restauration tout de suite.")
    assert not found(lint("fr", text, "live_chat"), "BL403")
    own = ("[10:03] Léa (Nuvelle) : Nous avons effacé par erreur tout votre dossier photos. "
           "Je lance la restauration tout de suite.")
    assert found(lint("fr", own, "live_chat"), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("en", "[09:12] Customer: Hi, emails to greenfield-farm.co.uk keep bouncing with error 550 "
           "since this morning.\n[09:13] Tom (Nuvelle): Sorry about that! Can you tell me which "
           "domain it is and what error you're getting?\n[09:13] Customer: I just wrote it "
           "above…\n[09:14] Tom (Nuvelle): Thanks. I'll open a ticket with our mail team, "
           "they'll reply within 24 hours."),
    ("fr", "[14:20] Cliente : Mes e-mails vers atelier-rose.fr reviennent tous avec l'erreur "
           "550 depuis ce matin.\n[14:21] Paul (Nuvelle) : Désolé ! Pouvez-vous m'indiquer le "
           "domaine concerné et le message d'erreur ?\n[14:21] Cliente : Je viens de "
           "l'écrire…\n[14:22] Paul (Nuvelle) : Merci. J'ouvre un ticket auprès de l'équipe "
           "messagerie, réponse sous 24 h."),
])
def test_asked_again_in_a_stamped_chat(lint, lang, text):
    assert found(lint(lang, text, "live_chat"), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("en", "[16:40] Customer: I need to change the email on my account.\n[16:41] Mia (Nuvelle): "
           "Sure, happy to help. I'll send a one-time code to the phone number on file; we do "
           "this for every change.\n[16:41] Customer: I already told you my name and customer "
           "number though.\n[16:42] Mia (Nuvelle): You did, thanks: the code is an extra step. "
           "It's on its way now."),
    ("fr", "[16:40] Client : Je dois changer l'e-mail de mon compte.\n[16:41] Mia (Nuvelle) : "
           "Bien sûr. Je vous envoie un code à usage unique sur le téléphone enregistré ; nous "
           "le faisons pour chaque changement.\n[16:41] Client : Je viens de vous le dire, mon "
           "nom et mon numéro client.\n[16:42] Mia (Nuvelle) : Oui, merci : le code est une "
           "étape en plus. Il est parti."),
])
def test_a_protest_at_a_new_step_is_no_repeat(lint, lang, text):
    # the agent's line before the protest asks nothing: a new step, not a question again
    assert not found(lint(lang, text, "live_chat"), "BL405")


def test_a_protest_after_a_polite_request_is_a_repeat(lint):
    text = ("Agent : Nuvelle, Kevin bonjour.\nCliente : Bonjour, je vous appelle pour la commande "
            "NV-390022, le site atelier-rose.fr ne répond plus.\nAgent : D'accord, désolé pour "
            "ça. Voilà, il me faut votre numéro de commande, s'il vous plaît.\nCliente : Je viens "
            "de vous le donner…")
    assert found(lint("fr", text, "live_chat"), "BL405")


def test_asked_once_in_a_stamped_chat(lint):
    text = ("[14:20] Cliente : Mes e-mails reviennent tous depuis ce matin.\n[14:21] Paul "
            "(Nuvelle) : Désolé ! Pouvez-vous m'indiquer le domaine concerné et le message "
            "d'erreur ?\n[14:21] Cliente : Oui, c'est atelier-rose.fr, erreur 550.\n[14:22] "
            "Paul (Nuvelle) : Merci. J'ouvre un ticket auprès de l'équipe messagerie, réponse "
            "sous 24 h.")
    assert not found(lint("fr", text, "live_chat"), "BL405")


# -- blame, doubt, condescension, selling in polite procedure -----------------------------
@pytest.mark.parametrize("lang,text,code", [
    ("fr", "Après analyse, l'intrusion vient d'un module jamais mis à jour. La mise à jour des "
           "modules relève de votre responsabilité. Nous avons restauré votre site ce matin.",
     "BL401"),
    ("en", "The outage came from a full disk. On this plan, watching disk space is the "
           "administrator's responsibility. We're sorry all the same; we freed 10 GB today.",
     "BL401"),
    ("fr", "Vous nous dites que la porte fuyait depuis la pose. Nous nous étonnons de ne pas "
           "avoir été prévenus si tel était réellement le cas. Un technicien passe lundi à 9 h.",
     "BL402"),
    ("fr", "Aucune mention de la rayure sur l'état des lieux, et ce type de réclamation est "
           "souvent formulé après coup. Envoyez-nous une photo, nous répondons sous 24 h.",
     "BL402"),
    ("en", "Before we look into it, please confirm you didn't renew it yourself — we often "
           "see customers forget a renewal and then dispute it with their bank.", "BL402"),
    ("en", "If that was really the case, we would have expected to hear sooner. An engineer "
           "will call on Monday at 9 am.", "BL402"),
    ("en", "OK, let me walk you through this slowly. A lot of people don't realise the "
           "light means it's on.", "BL404"),
    ("en", "That's normal. Didn't you read the quick-start card? It's only one page.", "BL404"),
    ("fr", "Un filtre ne rend pas l'eau pure au sens où vous l'entendez. Nous espérons que "
           "ces explications vous permettront de mieux comprendre le fonctionnement de votre "
           "appareil.", "BL404"),
    ("fr", "Toutes nos excuses pour le double prélèvement, il vous sera remboursé sous 14 "
           "jours. Et profitez-en : ce mois-ci, la cartouche est à moitié prix pour nos "
           "abonnés.", "BL406"),
])
def test_polite_wordings_fire(lint, lang, text, code):
    assert found(lint(lang, text), code)


@pytest.mark.parametrize("lang,text,code", [
    ("fr", "La mise à jour des modules est incluse dans votre offre : nous l'avons faite ce "
           "matin.", "BL401"),
    ("en", "On this plan, watching disk space is our responsibility: we're sorry, and we "
           "freed 10 GB today.", "BL401"),
    ("fr", "Si c'est toujours le cas demain, un technicien passe lundi à 9 h.", "BL402"),
    ("en", "If that is still the case tomorrow, an engineer will call on Monday at 9 am.",
     "BL402"),
    ("en", "Let me walk you through the options. The light means it's on.", "BL404"),
    ("fr", "Nous espérons que ces explications répondent à votre question.", "BL404"),
    ("fr", "Toutes nos excuses pour le double prélèvement, il vous sera remboursé sous 14 "
           "jours, et je vous envoie la confirmation tout de suite.", "BL406"),
])
def test_polite_near_misses_stay_silent(lint, lang, text, code):
    assert not found(lint(lang, text), code)
