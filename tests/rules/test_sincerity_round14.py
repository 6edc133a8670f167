"""Round 14: the misses of sincerity-blind14 (parcel lockers, home internet, electricity
supply), read as concepts of how a reply is read. Blame said in ordinary prose: the
customer's own act given as the cause (« c'est parce que vous avez branché… », "because
you left the parcel…"), an act of theirs conjectured (« vous avez sûrement débranché »),
their watch put on them (« c'est à vous de surveiller vos SMS »); doubt in the words of
procedure: the brand's records held infallible or set against the account, belief refused,
someone close insinuated, their memory questioned; and replies that move nothing: an
e-mail's subject line, the problem's cause told, a parting wish and a fault put on the
customer are no next step. The brand's social account (« @Cassetin_Aide : ») speaks for
the brand, so the customer's post above it is theirs. Firing and near-miss cases, FR and
EN, on the real models."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


@pytest.fixture(scope="module")
def lockers(lint_profiles):
    """The parcel-locker profiles of sincerity-blind14 (investigation 5 days, locker repair
    72 h)."""
    return lint_profiles({"fr": "profiles/cassetin.yaml", "en": "profiles/cassetin-en.yaml"},
                         "after_sales")


@pytest.fixture(scope="module")
def internet(lint_profiles):
    """The home-internet profiles of sincerity-blind14."""
    return lint_profiles({"fr": "profiles/fibrelle.yaml", "en": "profiles/fibrelle-en.yaml"},
                         "social_support")


# -- the customer's own act given as the cause (BL401) ----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons examiné votre réclamation. Le colis est reparti parce que vous l'avez "
           "laissé dix jours dans la consigne. Cassetin ne peut donc pas être tenu responsable."),
    ("en", "We have reviewed your complaint. The parcel went back because you left it in the "
           "locker for ten days. Cassetin therefore can't be held responsible."),
    ("fr", "Client : Ma box se fige pendant les matchs.\nConseiller : C'est parce que vous avez "
           "branché la box sur une multiprise. Essayez la prise murale."),
    ("en", "Caller: My TV box keeps freezing.\nAgent: That's because you've plugged it into a "
           "cheap power strip. Try the wall socket."),
])
def test_the_customers_act_given_as_the_cause_blames(lockers, lang, text):
    assert findings(lockers(text, lang), "BL401")


@pytest.mark.parametrize("lang,text", [
    # their asking, paying or waiting is no fault; the brand's act after the cause; the
    # brand's own act as the cause
    ("fr", "Le colis a été retourné parce que vous nous avez demandé d'annuler la commande. Le "
           "remboursement part aujourd'hui."),
    ("fr", "Le remboursement a été fait sur votre carte parce que vous avez payé par carte."),
    ("fr", "Parce que vous avez attendu longtemps, nous vous offrons un bon de 10 €."),
    ("en", "The parcel was returned because you asked us to cancel the order. Your refund "
           "goes out today."),
    ("en", "Because you've waited so long, we're adding a £10 credit to your account."),
    ("en", "We're sorry it was returned: that's because we sent it to the wrong locker. A new "
           "code is on its way by text today."),
])
def test_near_miss_a_cause_that_is_no_fault_of_theirs(lockers, lang, text):
    assert not findings(lockers(text, lang), "BL401")


# -- an act of theirs conjectured, their watch put on them (BL401) ---------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "@juju_59 : ma box clignote rouge depuis deux jours\n@FibrelleAide : Bonjour Julie, "
           "vous avez sûrement débranché la fibre en passant l'aspirateur. Rebranchez-la."),
    ("en", "@jules_59: my box has been blinking red for two days\n@FibrelleHelp: Hi Jules, "
           "you've probably unplugged the fibre while vacuuming. Plug it back in."),
    ("fr", "@ben_ste : mon colis est reparti chez l'expéditeur !!\n@Cassetin_Aide : Bonjour Ben, "
           "le délai de retrait est de 7 jours, c'est à vous de surveiller vos SMS."),
    ("en", "@ben_ste: my parcel went back to the sender!!\n@CassetinHelp: Hi Ben, the pickup "
           "window is 7 days, it's up to you to keep an eye on your texts."),
])
def test_an_act_conjectured_or_a_watch_put_on_the_customer_blames(internet, lockers, lang,
                                                                  text):
    lint = lockers if "Cassetin" in text else internet
    found = lint(text, lang, "social_support")
    assert findings(found, "BL401")
    if "Cassetin" in text:  # the fault put on them, and nothing done: no next step either
        step = findings(found, "BL407")
        assert step
        assert ("met le problème sur le client" if lang == "fr"
                else "puts the problem on the customer") in step[0].message


@pytest.mark.parametrize("lang,text", [
    ("fr", "@juju_59 : ma box clignote rouge\n@FibrelleAide : Bonjour Julie, vous avez sûrement "
           "reçu notre SMS : un technicien passe demain à 9 h."),
    ("en", "@jules_59: my box is blinking red\n@FibrelleHelp: Hi Jules, you've probably received "
           "our text: an engineer is coming tomorrow at 9 am."),
    ("fr", "@ben_ste : quelle formule prendre ?\n@Cassetin_Aide : Bonjour Ben, c'est à vous de "
           "choisir : les deux formules sont sans engagement."),
    ("en", "@ben_ste: which plan should I take?\n@CassetinHelp: Hi Ben, it's up to you to "
           "choose: both plans can be cancelled anytime."),
])
def test_near_miss_what_they_received_or_may_choose(internet, lockers, lang, text):
    lint = lockers if "Cassetin" in text else internet
    assert not findings(lint(text, lang, "social_support"), "BL401")


# -- doubt in the words of procedure (BL402) -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre système montre pourtant que ce casier a été ouvert avec votre code le 12 mars."),
    ("fr", "Bonjour Mehdi, notre système de facturation ne fait pas ce genre d'erreur."),
    ("fr", "Nous ne sommes donc pas en mesure de considérer que le colis était absent."),
    ("fr", "Si une autre personne a accès à vos SMS, nous vous invitons à vérifier auprès "
           "d'elle."),
    ("fr", "Êtes-vous certain de ne pas confondre avec l'échéance de votre forfait mobile ?"),
    ("en", "Our records are never wrong about collections: the door was opened with your code."),
    ("en", "Yet our system shows the locker was opened with your code at 7:14 pm."),
    ("en", "We are therefore unable to accept that the parcel was missing."),
    ("en", "If someone else in your household has access to your texts, please check with them."),
    ("en", "Maybe you collected it and forgot? Let us know."),
])
def test_the_account_set_against_records_or_others_is_doubted(lockers, lang, text):
    assert findings(lockers(text, lang), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre système indique que le colis est bien en consigne : nous ouvrons une enquête "
           "auprès du transporteur, réponse sous 5 jours."),
    ("fr", "Si une autre personne doit retirer le colis pour vous, transférez-lui simplement "
           "le code."),
    ("fr", "Êtes-vous certain de vouloir annuler votre abonnement ?"),
    ("en", "Our records show the parcel reached the locker on 3 May; we've opened a trace with "
           "the carrier and will reply within 5 days."),
    ("en", "If someone else is collecting it for you, just forward them the code."),
    ("en", "We can't accept parcels over 20 kg in our lockers, but our partner shop next door "
           "can: here is the address."),
])
def test_near_miss_records_that_inform_and_a_pickup_by_another(lockers, lang, text):
    assert not findings(lockers(text, lang), "BL402")


# -- replies that move nothing (BL407) -------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Re: Colis bloqué à la consigne\n\nBonjour Madame Aubert,\n\nNous sommes "
           "sincèrement désolés que votre colis soit toujours bloqué derrière la porte 8. Nous "
           "comprenons votre agacement.\n\nLe service client Cassetin"),
    ("en", "Subject: Re: Parcel stuck at Bouffay\n\nHi Ms Aubert,\n\nWe are very sorry that "
           "your parcel is still locked behind door 8. We understand how frustrating this must "
           "be.\n\nCassetin Customer Service"),
    ("en", "Hi Lucy, we're really sorry to read this and we completely understand your "
           "frustration. Thank you for your patience and have a lovely evening!"),
    ("fr", "Bonjour Lucie, nous sommes vraiment désolés de lire cela et comprenons votre "
           "agacement. Merci de votre patience et passez une bonne soirée !"),
    ("en", "We have reviewed your complaint. The vase broke because the sender used a thin "
           "envelope."),
    ("fr", "Nous avons examiné votre réclamation. Le vase s'est cassé parce que l'expéditeur a "
           "utilisé une enveloppe trop fine."),
])
def test_a_subject_line_a_cause_told_or_a_parting_wish_is_no_step(lockers, lang, text):
    assert findings(lockers(text, lang), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Re: Colis bloqué à la consigne\n\nBonjour Madame Aubert,\n\nNous sommes "
           "sincèrement désolés que votre colis soit toujours bloqué. Un technicien ouvre la "
           "porte demain avant 12 h.\n\nLe service client Cassetin"),
    ("en", "Subject: Re: Parcel stuck at Bouffay\n\nHi Ms Aubert,\n\nWe are very sorry that "
           "your parcel is still locked behind door 8. A technician will open it tomorrow "
           "before noon.\n\nCassetin Customer Service"),
    ("en", "So sorry about this, Lucy: we've refunded the €49 fee today. Have a lovely evening!"),
    ("fr", "Toutes nos excuses, Lucie : nous vous remboursons les 49 € aujourd'hui. Passez une "
           "bonne soirée !"),
    ("en", "We're sorry the vase broke. We've refunded you today because it broke in our "
           "locker."),
])
def test_near_miss_a_step_beside_the_courtesy(lockers, lang, text):
    assert not findings(lockers(text, lang), "BL407")


# -- the brand's social account speaks for the brand (BL405) ---------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "@mia_r: Parcel CT4410928371 at the Chantenay lockers, door 12 won't open\n"
           "@CassetinHelp: Hi Mia! Which locker site are you at, and what's your tracking "
           "number? ^Anaïs"),
    ("fr", "@mia_r : Colis CT4410928371 à la consigne Chantenay, la porte 12 ne s'ouvre pas\n"
           "@Cassetin_Aide : Bonjour Mia ! Quel est votre numéro de suivi ? ^Anaïs"),
])
def test_the_post_above_the_brands_handle_is_the_customers(lockers, lang, text):
    assert findings(lockers(text, lang, "social_support"), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("en", "@mia_r: door 12 at the Chantenay lockers won't open\n@CassetinHelp: Hi Mia! What's "
           "your tracking number? We'll open it remotely. ^Anaïs"),
    ("fr", "@mia_r : la porte 12 de la consigne Chantenay ne s'ouvre pas\n@Cassetin_Aide : "
           "Bonjour Mia ! Quel est votre numéro de suivi ? Nous l'ouvrons à distance. ^Anaïs"),
])
def test_near_miss_a_number_not_yet_given(lockers, lang, text):
    assert not findings(lockers(text, lang, "social_support"), "BL405")


# -- the answer promised is the outcome of the service its sentence names (BL408) ------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour ce colis écrasé. L'enquête est lancée et vous recevez notre "
           "réponse sous 5 jours."),
    ("en", "Sorry your parcel arrived crushed. We've opened an investigation and you'll get our "
           "response within 5 days."),
])
def test_near_miss_the_answer_of_an_investigation(lockers, lang, text):
    assert not findings(lockers(text, lang), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour ce colis écrasé. L'enquête est lancée et vous recevez notre "
           "réponse sous 10 jours."),
    ("en", "Sorry your parcel arrived crushed. We've opened an investigation and you'll get our "
           "response within 10 days."),
    ("en", "Sorry for the wait. You'll get our response within 5 days."),
])
def test_an_answer_slower_than_every_service_named_is_slow(lockers, lang, text):
    assert findings(lockers(text, lang), "BL408")


# -- the brand's staff acting on the wrong place admits a fault (BL403) ----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous confirmons que notre livreur a déposé votre colis dans la mauvaise consigne "
           "(Nantes Nord au lieu de Nantes Sud). Il est maintenant au casier 31, et un nouveau "
           "code vous a été envoyé par SMS."),
    ("en", "We confirm that our driver delivered your parcel to the wrong locker site (Nantes "
           "Nord instead of Nantes Sud). It is now in locker 31, and a new code has been sent "
           "to you by SMS."),
])
def test_the_brands_staff_on_the_wrong_place_is_admitted(lockers, lang, text):
    assert findings(lockers(text, lang), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre livreur a déposé votre colis dans la consigne choisie lors de la commande ; "
           "le code vous a été envoyé par SMS."),
    ("en", "Our driver delivered your parcel to the locker you chose at checkout; the code has "
           "been sent to you by SMS."),
])
def test_near_miss_the_staffs_act_where_asked(lockers, lang, text):
    assert not findings(lockers(text, lang), "BL403")


# -- an offer told as news to know, with its price (BL406) -----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "@kate : 3e coupure cette semaine.\n@FibrelleAide : Toutes nos excuses, Kate. Nos "
           "techniciens interviennent sur l'armoire et nous publions un point ici avant 17 h. "
           "PS : saviez-vous que Fibrelle Mobile propose les appels illimités vers 40 pays pour "
           "9,99 € ?"),
    ("en", "@kate: 3rd outage this week.\n@FibrelleHelp: So sorry, Kate. Our engineers are on the "
           "street cabinet and we'll post an update here by 5pm. PS: did you know Fibrelle "
           "Mobile now has unlimited calls to 40 countries for €9.99?"),
])
def test_an_offer_told_as_news_with_its_price_sells(internet, lang, text):
    assert findings(internet(text, lang), "BL406")


@pytest.mark.parametrize("lang,text", [
    ("fr", "@kate : 3e coupure cette semaine.\n@FibrelleAide : Toutes nos excuses, Kate. Nos "
           "techniciens interviennent sur l'armoire et nous publions un point ici avant 17 h. "
           "Saviez-vous que vous pouvez redémarrer la box depuis l'appli ?"),
    ("en", "@kate: 3rd outage this week.\n@FibrelleHelp: So sorry, Kate. Our engineers are on the "
           "street cabinet and we'll post an update here by 5pm. PS: did you know you can "
           "restart the box from the app?"),
])
def test_near_miss_a_tip_told_as_news(internet, lang, text):
    assert not findings(internet(text, lang), "BL406")
