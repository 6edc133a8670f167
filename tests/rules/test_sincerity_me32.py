"""Asking again what the reply shows is known (issue 8, BL405), read from the older held-out
halves nobody had read (sincerity-blind25, 28, 30): a thing the reply names by its number
(« machine 7 », "dryer 4"), asked for as "the number of the machine" or « le numéro de la
machine »; an identifier whose value follows an elided word (« carte d'abonné n° 0045-778 »)
or opens a bracket ("your account (CJ-5521)"). A number that counts or measures (« la
machine a tourné 3 fois », "machine 2 hours") names nothing; a thing the reply has not
numbered may be asked for. The texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_real31 import PROFILES


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalo32", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Sam, sorry about bike 14 at Gare du Nord station, we can see its lock failed "
           "this morning.\nTo refund you, could you tell us which station you were at and the "
           "number of the bike?\nWe'll refund you within 7 days."),
    ("fr", "[Client : Le vélo 9 de la station Bellecour ne s'est jamais déverrouillé, j'ai payé "
           "2 €.]\nPédalo : Désolés Léa ! Pour vous rembourser, pouvez-vous nous indiquer le "
           "numéro du vélo et la station ? Remboursement sous 7 jours."),
    ("fr", "Bonjour,\nMerci pour la copie de votre carte d'abonné n° 0045-778. Désolés pour ce "
           "double prélèvement. Pourriez-vous nous indiquer votre numéro de carte d'abonné ? "
           "Nous vous remboursons sous 7 jours."),
    ("en", "Hi Ana,\nSorry your statement looks wrong. I can see your account (PD-5521) and the "
           "three rides you listed.\nCould you please confirm your account reference? We'll "
           "refund you within 7 days."),
])
def test_a_thing_the_reply_names_asked_again(lint, lang, text):
    assert "BL405" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Sam, sorry the bike 3 times refused your card this morning.\nTo refund you, "
           "could you tell us the number of the bike? We'll refund you within 7 days."),
    ("fr", "Bonjour Léa, désolés : le vélo a refusé votre carte 3 fois ce matin. Pour vous "
           "rembourser, pouvez-vous nous indiquer le numéro du vélo ? Remboursement sous 7 "
           "jours."),
    ("en", "Hi Sam, sorry about bike 14 at Gare du Nord, its lock failed.\nCould you tell us "
           "the number of the card you paid with? We'll refund you within 7 days."),
    ("fr", "Bonjour, désolés pour le vélo 9 de la station Bellecour. Pourriez-vous nous "
           "indiquer votre numéro de carte d'abonné ? Remboursement sous 7 jours."),
])
def test_what_the_reply_does_not_know_may_be_asked(lint, lang, text):
    assert "BL405" not in codes(lint(lang, text, "email"))


# -- the brand's answer after the customer's reported words --------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "You say the app lost your booking and you were turned away: we're sorry, that "
           "shouldn't have happened. The ride is credited back and we'll write within 7 days."),
    ("fr", "Vous nous dites que l'appli a perdu votre réservation : nous vous présentons nos "
           "excuses. Le trajet est recrédité et nous vous écrivons sous 7 jours."),
])
def test_an_apology_after_the_report_is_the_brands(lint, lang, text):
    assert "BL403" not in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("en", "You wrote: 'the app lost my booking, sorry to bother you'. The app lost it because "
           "of a bug. The ride is credited back within 7 days."),
    ("fr", "Vous nous écrivez : « l'appli a perdu ma réservation, désolé de vous déranger ». "
           "Le bug l'a perdue. Le trajet est recrédité sous 7 jours."),
])
def test_the_customers_apology_after_a_colon_stays_theirs(lint, lang, text):
    assert "BL403" in codes(lint(lang, text, "email"))


# -- asking which one, when the reply names it ------------------------------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Hi Owen, apologies again that bike 14 at Bastille station was locked when you "
           "arrived.\nSo we can look into it, could you tell us which bike you'd booked? We'll "
           "refund you within 7 days.", True),
    ("en", "Hi Owen, sorry bike 14 at Bastille station was locked. Which bike would you like "
           "instead? We'll refund you within 7 days.", False),
    ("fr", "Bonjour Owen, toutes nos excuses : le vélo 14 de la station Bastille était "
           "verrouillé.\nPour vérifier, pouvez-vous nous dire quel vélo vous aviez réservé ? "
           "Remboursement sous 7 jours.", True),
    ("fr", "Bonjour Owen, toutes nos excuses : le vélo 14 de la station Bastille était "
           "verrouillé. Quel vélo souhaitez-vous à la place ? Remboursement sous 7 jours.", False),
    ("en", "Thanks for your email with your delivery note, PD-8812. Sorry the lock arrived "
           "broken.\nPlease send us your delivery note number. We'll refund you within 7 "
           "days.", True),
])
def test_which_one_the_reply_already_names(lint, lang, text, fires):
    assert ("BL405" in codes(lint(lang, text, "email"))) is fires


# -- selling in a reply to a reported fault ------------------------------------------------

@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Hi Dan, thanks for flagging! We've put €2 back in your wallet for bike 3. While "
           "you're in the app, have a look at the new Pedalo Pass.", True),
    ("en", "Hi Dan, your pass renews on the 1st. While you're in the app, have a look at the "
           "new Pedalo Pass.", False),
    ("fr", "Désolés Léa pour le vélo 9 bloqué, vos 2 € sont recrédités. Et bonne nouvelle : "
           "notre nouvelle station de Fourvière ouvre samedi.", True),
    ("en", "So sorry the bike broke down halfway, your ride is refunded within 7 days.\nPS: our "
           "summer tours are back — book two and the third one's on us!", True),
    ("fr", "Bonjour Léa, votre abonnement se renouvelle le 1er. Et bonne nouvelle : notre "
           "nouvelle station de Fourvière ouvre samedi.", False),
])
def test_a_new_offering_pushed_into_a_complaint_reply(lint, lang, text, fires):
    assert ("BL406" in codes(lint(lang, text, "email"))) is fires


# -- the read half of sincerity-blind31: fault, doubt, condescension, steps, problems --------

@pytest.mark.parametrize("lang,text,code,fires", [
    # the fault located on the customer's side
    ("en", "Sorry about the wait. The bike did arrive late, but a good part of that delay was "
           "on your side: nobody answered the door. We'll refund you within 7 days.",
     "BL401", True),
    ("en", "Sorry about the wait. The delay was on our side, and we'll refund you within 7 "
           "days.", "BL401", False),
    ("fr", "Désolés pour l'attente. Une bonne partie du retard venait de votre côté : personne "
           "n'a répondu. Remboursement sous 7 jours.", "BL401", True),
    ("fr", "Désolés pour l'attente, le retard venait de notre côté. Remboursement sous 7 "
           "jours.", "BL401", False),
    # the customer's conviction called stubborn, claims like theirs said not to be genuine
    ("en", "Sorry the lock seems to be missing. If you are still convinced it is missing, let "
           "us know and we will refund you within 7 days.", "BL402", True),
    ("en", "Sorry the lock is missing. If it is still missing on Monday, let us know and we "
           "will refund you within 7 days.", "BL402", False),
    ("en", "Sorry to hear about your stolen bike. We've had a run of theft claims lately that "
           "didn't turn out to be genuine, so we'll need the police reference first.",
     "BL402", True),
    ("fr", "Désolés pour l'antivol. Si vous êtes toujours persuadé qu'il manque, dites-le-nous "
           "et nous vous remboursons sous 7 jours.", "BL402", True),
    # the explanation given again calmly, the trouble put on some people, panic
    ("en", "So sorry about the bike! We get that renting can be overwhelming for some people. "
           "Nothing to panic about! We'll call you tomorrow.", "BL404", True),
    ("en", "So sorry about the bike! We'll call you tomorrow to sort it out.", "BL404", False),
    ("fr", "Désolés pour la facture ! On vous réexplique calmement : une location à l'heure, "
           "c'est mathématique. Nous vous appelons demain.", "BL404", True),
    ("fr", "Désolés pour la facture ! Nous vous appelons demain pour reprendre le détail.",
     "BL404", False),
])
def test_read_half_concepts(lint, lang, text, code, fires):
    assert (code in codes(lint(lang, text, "email"))) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Sorry you were billed twice; the £8 is refunded within 7 days.\nAnd if you know "
           "anyone who cycles, our Refer-a-Friend scheme gives you both £10 off!", True),
    ("en", "Sorry you were billed twice; the £8 is refunded within 7 days, and here is £10 off "
           "your next ride as an apology.", False),
    ("fr", "Désolés pour le double prélèvement, les 8 € sont remboursés sous 7 jours. "
           "Bénéficiez aussi de 10 € de réduction sur votre prochaine location !", True),
])
def test_money_off_a_purchase_to_come(lint, lang, text, fires):
    assert ("BL406" in codes(lint(lang, text, "email"))) is fires


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous en sommes profondément désolés : le cadre a été fendu pendant le transport. "
           "Nos équipes ont été informées de votre retour, qui nous aidera à progresser."),
    ("fr", "Je suis vraiment désolé, votre résiliation n'a pas été transmise. Je laisse une "
           "trace de votre appel dans votre dossier."),
    ("en", "We were so sorry to read about the theft at our Bastille station, and about "
           "losing your helmet and keys."),
])
def test_what_moves_nothing_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Hi Leon. Yes, I can see two payments of £24.50 on 1 April: our provider ran the "
           "batch twice. The duplicate has been refunded; you'll see it within 7 days.", True),
    ("en", "Hi Leon. Your pass will be paid in two payments of £24.50, on 1 April and 1 May.",
     False),
    ("fr", "Bonjour Léon. Oui, le prélèvement a été passé deux fois par notre prestataire. Le "
           "doublon est remboursé, vous le verrez sous 7 jours.", True),
])
def test_a_payment_taken_twice_is_a_problem(lint, lang, text, fires):
    assert ("BL403" in codes(lint(lang, text, "email"))) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Sorry the frame broke. The bike was not folded, contrary to what the checklist "
           "asked, and the hinge gave way. We'll refund you within 7 days.", True),
    ("en", "Sorry the frame arrived scratched. Contrary to what our website said, it was not "
           "in stock and we shipped it late. We'll refund you within 7 days.", False),
    ("fr", "Désolés pour le cadre cassé. Le vélo n'était pas plié, contrairement à ce que "
           "demandait la fiche de préparation. Remboursement sous 7 jours.", True),
    ("fr", "Désolés pour le cadre rayé. Contrairement à ce qu'affichait notre site, il n'était "
           "pas en stock. Remboursement sous 7 jours.", False),
])
def test_the_brands_instructions_not_followed(lint, lang, text, fires):
    assert ("BL401" in codes(lint(lang, text, "email"))) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Sorry about the missing rides. Before we refund you, we need to verify the accuracy "
           "of your claim.", True),
    ("en", "Looks like you're using a third-party app: we're not seeing these counts on our "
           "side and can't confirm the accuracy of this 3rd-party tool.", False),
])
def test_the_truth_checked_is_their_account_not_a_tool(lint, lang, text, fires):
    assert ("BL402" in codes(lint(lang, text, "email"))) is fires
