"""Round 13: the errors of sincerity-blind13 (ticketing platform, water supply, used-car
dealer), read as concepts of how a reply is read. False alarms: a past duty that was a burden
the customer bore (« vous n'auriez pas dû avoir à rappeler »), a selling word naming when the
problem happened (« pendant la prévente »), a figure the brand corrected, "latest" as the most
recent, an outside body's processing time, a service said as its phrasal verb ("hand it over"),
another party's decision on the customer's request, a reminder the customer asked for. Misses:
the account questioned for its truth ("to confirm that the leak you describe is genuine"),
surprise at the claim, what the reply thanks the customer for asked again, the fault told as
the only "step", prevention as advice ("To avoid this happening again, please…"), a duty on
every customer of the kind, the customer's use put in question, a lesson announced, others'
confusion presumed, a pitch before the call ends. Firing and near-miss cases, FR and EN, on
the real models."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


@pytest.fixture(scope="module")
def dealer(lint_profiles):
    """The used-car dealer profiles of sincerity-blind13 (repair 5 days, handover 10 days,
    callback 4 h)."""
    return lint_profiles({"fr": "profiles/odomea.yaml", "en": "profiles/odomea-en.yaml"}, "chat")


@pytest.fixture(scope="module")
def water(lint_profiles):
    """The water-supply profiles of sincerity-blind13."""
    return lint_profiles({"fr": "profiles/aigueval.yaml", "en": "profiles/aigueval-en.yaml"},
                         "email_reply")


@pytest.fixture(scope="module")
def tickets(lint_profiles):
    """The ticketing profiles of sincerity-blind13."""
    return lint_profiles({"fr": "profiles/estradeo.yaml", "en": "profiles/estradeo-en.yaml"},
                         "email_reply")


# -- a past duty that was a burden the customer bore: an admission (BL401) ------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Je vous présente nos excuses : vous n'auriez pas dû avoir à rappeler trois fois. "
           "Un technicien passe demain à 9 h."),
    ("en", "I apologise: you shouldn't have had to call us three times. A technician will come "
           "tomorrow at 9 am."),
])
def test_near_miss_a_burden_not_owed_is_no_blame(water, lang, text):
    assert not findings(water(text, lang), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour cette attente. Vous auriez dû nous rappeler plus tôt. Un technicien "
           "passe demain à 9 h."),
    ("en", "Sorry for the wait. You should have called us back sooner. A technician will come "
           "tomorrow at 9 am."),
])
def test_a_duty_of_the_customers_still_blames(water, lang, text):
    assert findings(water(text, lang), "BL401")


# -- a selling word naming when the problem happened (BL406) --------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous comprenons votre frustration d'avoir vu le paiement échouer pendant la "
           "prévente. Vos places sont bloquées à votre nom jusqu'à demain 21 h."),
    ("en", "Sorry your payment failed three times during the presale. Your seats are held in "
           "your name until 9 pm tomorrow."),
])
def test_near_miss_the_event_the_problem_happened_in(tickets, lang, text):
    assert not findings(tickets(text, lang), "BL406")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour l'attente hier soir, votre ticket est ouvert. Et la prévente "
           "du Festival des Quais ouvre vendredi : réservez votre pass !"),
    ("en", "Sorry about the wait last night, your ticket is open. And the presale for the Quays "
           "Festival opens on Friday: book your pass now!"),
])
def test_a_presale_announced_is_selling(tickets, lang, text):
    assert findings(tickets(text, lang), "BL406")


# -- a figure the brand corrected (BL406) ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous avez raison et je vous présente nos excuses : le devis comptait deux fois la "
           "main-d'œuvre. Je vous envoie le devis corrigé (214 € au lieu de 298 €)."),
    ("en", "You're right and I apologise: the quote counted the labour twice. I've sent you the "
           "corrected quote (€214 instead of €298)."),
])
def test_near_miss_a_corrected_figure_is_no_sale(dealer, lang, text):
    assert not findings(dealer(text, lang), "BL406")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Toutes nos excuses pour ce retard de livraison. Profitez de notre pack Entretien "
           "à 214 € au lieu de 298 € !"),
    ("en", "Sorry about the delay on your delivery. Treat yourself to our Care pack for just "
           "€214!"),
])
def test_a_price_set_against_another_still_sells(dealer, lang, text):
    assert findings(dealer(text, lang), "BL406")


# -- "latest" is the most recent, not late (BL403) -------------------------------------------
def test_near_miss_latest_is_recency(dealer):
    text = ("To register the car in Luxembourg you'll need the certificate of conformity and "
            "the latest roadworthiness test, which we hand over at collection.")
    assert not findings(dealer(text, "en"), "BL403")


def test_late_papers_are_a_problem(dealer):
    text = ("Your registration papers are late. They will reach you on Friday.")
    assert findings(dealer(text, "en"), "BL403")


# -- an outside body's processing time (BL408) -----------------------------------------------
def test_near_miss_an_outside_bodys_processing_time(dealer):
    text = ("Je suis désolée pour cette attente. C'est la préfecture qui met en ce moment "
            "jusqu'à huit semaines à traiter les dossiers. Je vous envoie un certificat "
            "provisoire dans l'heure.")
    assert not findings(dealer(text, "fr"), "BL408")


def test_the_brands_own_processing_time_is_slow(dealer):
    text = ("Je suis désolée pour cette attente. Notre agence met en ce moment huit semaines à "
            "traiter les dossiers. Je vous envoie un certificat provisoire dans l'heure.")
    assert findings(dealer(text, "fr"), "BL408")


# -- a service said as its phrasal verb (BL408) ----------------------------------------------
def test_near_miss_a_handover_said_as_hand_over(dealer):
    text = ("I'm so sorry, Mr Lambert. Our bodyshop can repair it and hand it over within "
            "10 days. I'll confirm it in writing today.")
    assert not findings(dealer(text, "en"), "BL408")


def test_a_repair_in_ten_days_is_slow(dealer):
    text = ("I'm so sorry, Mr Lambert. Our bodyshop will repair it within 10 days. I'll confirm "
            "it in writing today.")
    assert findings(dealer(text, "en"), "BL408")


# -- another party's decision on the customer's request (BL403) ------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Je suis désolée, Monsieur Brun : notre partenaire financier a refusé la demande de "
           "crédit. Voulez-vous que nous en parlions demain à l'agence de Nancy ?"),
    ("en", "I'm sorry, Mr Brown: our finance partner has declined your credit application. "
           "Shall we talk it over tomorrow at the Nancy branch?"),
])
def test_near_miss_another_partys_decision_regretted(dealer, lang, text):
    assert not findings(dealer(text, lang), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous regrettons que notre transporteur n'ait pas respecté les délais. Voulez-vous "
           "que nous en parlions demain à l'agence de Nancy ?"),
    ("en", "We're sorry our courier failed to deliver on time. Shall we talk it over tomorrow "
           "at the Nancy branch?"),
])
def test_a_failure_put_on_a_partner_still_shifts(dealer, lang, text):
    assert findings(dealer(text, lang), "BL403")


# -- a reminder the customer asked for (BL404, BL408) ----------------------------------------
@pytest.mark.parametrize("lang,text,codes", [
    ("fr", "Comme vous me l'aviez demandé, je vous rappelle que la révision de votre Duster "
           "est prévue demain à 8 h 30.", ("BL404", "BL408")),
    ("fr", "Comme convenu lors de votre appel, voici le petit rappel : vos deux monteurs "
           "arrivent demain entre 8 h et 10 h.", ("BL404",)),
    ("en", "As you asked, I'm reminding you that your Duster's service is booked for tomorrow "
           "at 8:30.", ("BL404",)),
])
def test_near_miss_a_reminder_asked_for(dealer, lang, text, codes):
    diagnostics = dealer(text, lang)
    assert not any(findings(diagnostics, code) for code in codes)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous rappelons que la révision de votre Duster est prévue demain à 8 h 30."),
    ("en", "We remind you that your Duster's service is booked for tomorrow at 8:30."),
])
def test_a_reminder_unasked_talks_down(dealer, lang, text):
    assert findings(dealer(text, lang), "BL404")


# -- the account questioned for its truth, surprise at the claim (BL402) ----------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We are sorry for the inconvenience. In order to confirm that the leak you describe "
           "is genuine, please send us photographs of it."),
    ("en", "Sorry about that. We'd need to see the warning light for ourselves, to be sure it's "
           "really there. Could you drive it in?"),
    ("fr", "Nous sommes désolés. Afin de vérifier que la fuite signalée est bien réelle, merci "
           "de nous envoyer des photos."),
    ("fr", "Nous sommes pour le moins surpris de votre demande : votre billet a bien été scanné "
           "à 20 h 14. L'organisateur vous répondra sous 24 h."),
    ("en", "We are somewhat surprised by your claim: your ticket was scanned at 20:14. The "
           "organiser will reply within 24 hours."),
])
def test_the_account_questioned_is_doubt(water, lang, text):
    assert findings(water(text, lang), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("en", "We are sorry for the inconvenience. To confirm that the repair is complete, our "
           "technician will test the meter tomorrow at 9 am."),
    ("fr", "Nous sommes désolés. Afin de vérifier que la réparation est bien terminée, notre "
           "technicien passera demain à 9 h."),
    ("fr", "Nous sommes surpris de ce retard nous aussi : un technicien passe demain à 9 h."),
    ("en", "We were surprised by the delay ourselves: a technician will come tomorrow at 9 am."),
])
def test_near_miss_the_brand_checking_its_own_work(water, lang, text):
    assert not findings(water(text, lang), "BL402")


# -- what the reply thanks the customer for, asked again (BL405) -----------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for your email and for the three photographs of the water coming up. We "
           "are sorry for the inconvenience. Please send us photographs of the leak with the "
           "date they were taken."),
    ("en", "Thank you for your email, and for including your account number and meter reading. "
           "We apologise. Please complete the form, giving your account number and your latest "
           "meter reading."),
    ("fr", "Merci pour votre message et pour vos photos de la fuite. Nous sommes désolés. Merci "
           "de nous envoyer des photos de la fuite avec leur date."),
])
def test_what_was_thanked_for_asked_again(water, lang, text):
    assert findings(water(text, lang), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for the photographs of the leak. We are sorry for the inconvenience. "
           "Could you also send a photo of the meter?"),
    ("en", "Thanks for the photos! They show the garden tap, but your report is about the "
           "meter. Could you send one or two photos of the meter?"),
    ("fr", "Merci pour vos photos de la fuite. Nous sommes désolés. Pourriez-vous aussi nous "
           "envoyer une photo du compteur ?"),
    ("fr", "Merci d'avance pour votre retour. Auriez-vous deux minutes pour nous dire ce qui "
           "vous a semblé clair ? Merci d'avance, et à bientôt."),
    # the thanks on the request's own line is no request (real social-care replies)
    ("en", "Thanks for the tag – is this happening across devices? Please send us a screenshot."),
    ("en", "Thanks for the screenshot – have you tried these troubleshooting tips?"),
    ("fr", "Merci pour la photo – est-ce que le problème arrive sur tous vos appareils ?"),
])
def test_near_miss_more_or_something_else_asked(water, lang, text):
    assert not findings(water(text, lang), "BL405")


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Agent: My colleague has transferred you and I can see her note. I'm sorry about the "
           "scratch.\nCaller: Good.\nAgent: Could you just start from the beginning for me and "
           "explain what happened?", True),
    ("en", "Agent: I'm sorry the app keeps freezing.\nCaller: It does.\nAgent: Could you close it "
           "and start from the beginning of the booking form?", False),
])
def test_the_whole_story_from_the_start(dealer, lang, text, fires):
    assert bool(findings(dealer(text, lang, "phone_script"), "BL405")) is fires


# -- the fault told is no next step (BL407) --------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I'm very sorry for the confusion, Mr Patel. The boil-water text was sent to "
           "your street by mistake. That was our error.\nCaller: Right.\nAgent: I apologise "
           "again. Is there anything else I can help you with today?"),
    ("fr", "Nous vous prions de nous excuser pour la coupure d'eau de mardi. Des travaux "
           "avaient bien été programmés, mais l'avis de coupure n'a pas été distribué, ce qui "
           "est de notre responsabilité.\n\nVeuillez agréer, Monsieur, nos salutations "
           "distinguées."),
])
def test_the_fault_told_moves_nothing(water, lang, text):
    channel = "phone_script" if text.startswith("Agent") else "email_reply"
    assert findings(water(text, lang, channel), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I'm very sorry for the confusion, Mr Patel. The boil-water text was sent to "
           "your street by mistake. That was our error. I'll send a correction to your street "
           "today.\nCaller: Right."),
    ("fr", "Nous vous prions de nous excuser pour la coupure d'eau de mardi. L'avis de coupure "
           "n'a pas été distribué, ce qui est de notre responsabilité. Un technicien passera "
           "demain à 9 h pour vérifier votre installation.\n\nVeuillez agréer, Monsieur, nos "
           "salutations distinguées."),
])
def test_near_miss_the_fault_told_then_a_step(water, lang, text):
    channel = "phone_script" if text.startswith("Agent") else "email_reply"
    assert not findings(water(text, lang, channel), "BL407")


# -- blame: prevention as an order, a duty on every customer, the use put in question ---------
@pytest.mark.parametrize("lang,text", [
    ("en", "I'm sorry. To avoid this happening again, please make sure the bell works. I can "
           "rebook you for Thursday between 8 and 12."),
    ("fr", "Merci pour votre message et désolés pour ce contretemps. Il appartient à chaque "
           "spectateur de vérifier l'adresse e-mail saisie. Nous venons de renvoyer vos billets."),
    ("en", "Thanks for your message and sorry for the trouble. It is up to each ticket holder to "
           "check the email address entered. We have just resent your tickets."),
    ("en", "Sorry to hear the battery was flat. Batteries often drain, so it may be worth "
           "looking at how the car is being used day to day. You can bring it in for a free "
           "test."),
    ("fr", "Désolés pour cette batterie à plat. Nous vous invitons à revoir la façon dont le "
           "véhicule est utilisé au quotidien. Vous pouvez passer pour un test gratuit."),
])
def test_polite_blame(tickets, lang, text):
    assert findings(tickets(text, lang), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("en", "I'm sorry. To avoid this happening again, we have changed our technicians' "
           "procedure. I can rebook you for Thursday between 8 and 12."),
    ("fr", "Désolés pour ce contretemps. Il appartient à chaque organisateur de fixer ses "
           "tarifs. Nous venons de renvoyer vos billets."),
    ("en", "Sorry for the trouble. It is up to each venue to set its own rules. We have just "
           "resent your tickets."),
    ("fr", "Désolés pour cette batterie à plat. Notre atelier va revoir la façon dont le "
           "véhicule a été préparé. Vous pouvez passer pour un test gratuit."),
])
def test_near_miss_no_duty_on_the_customer(tickets, lang, text):
    assert not findings(tickets(text, lang), "BL401")


# -- the brand's act done late, a case taking longer (BL403) ---------------------------------
@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Yes, I can see the part for your car was ordered late by the workshop. That's why "
           "the repair is taking longer than planned.", True),
    ("en", "Yes, I can see the part for your car was ordered late by the workshop, and I'm "
           "sorry. It arrives on Friday.", False),
    ("fr", "Oui, la pièce a été commandée en retard par notre atelier. La réparation prend "
           "plus de temps que prévu.", True),
    ("fr", "Oui, la pièce a été commandée en retard par notre atelier, et j'en suis désolé. "
           "Elle arrive vendredi.", False),
])
def test_the_brands_act_done_late(dealer, lang, text, fires):
    assert bool(findings(dealer(text, lang), "BL403")) is fires


# -- condescension: a lesson announced, others' confusion presumed (BL404) ---------------------
@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Sorry you missed the start. Just to clarify how time zones work: CET is one hour "
           "ahead of UK time. The replay is on your ticket page.", True),
    ("en", "Sorry you missed the start. To clarify: the show started at 19:00 UK time. The "
           "replay is on your ticket page.", False),
    ("fr", "Merci pour votre message. Beaucoup de gens confondent l'eau trouble et l'eau "
           "contaminée. Un technicien passe demain.", True),
    ("fr", "Merci pour votre message. Beaucoup de gens nous ont écrit au sujet de l'eau "
           "trouble. Un technicien passe demain.", False),
    ("en", "Thank you for your message. Many people confuse cloudy water with contaminated "
           "water. A technician will call tomorrow.", True),
])
def test_a_lesson_or_a_confusion_presumed(water, lang, text, fires):
    assert bool(findings(water(text, lang), "BL404")) is fires


# -- a pitch before the call ends (BL406) ----------------------------------------------------
@pytest.mark.parametrize("lang,text,fires", [
    ("en", "Agent: I'm sorry about that, the corrected bill is in your account.\nCaller: "
           "Thanks.\nAgent: And before you go, have you heard about AigueDirect, our new app?",
     True),
    ("en", "Agent: I'm sorry about that, the corrected bill is in your account.\nCaller: "
           "Thanks.\nAgent: And before you go, have you got your reference number?", False),
    ("fr", "Conseiller : Je suis désolé, la facture corrigée est dans votre espace.\nClient : "
           "Merci.\nConseiller : Et avant de raccrocher, connaissez-vous AigueDirect, notre "
           "nouvelle appli ?", True),
    ("fr", "Conseiller : Je suis désolé, la facture corrigée est dans votre espace.\nClient : "
           "Merci.\nConseiller : Et avant de raccrocher, avez-vous bien noté votre numéro de "
           "dossier ?", False),
])
def test_a_pitch_before_the_call_ends(water, lang, text, fires):
    assert bool(findings(water(text, lang, "phone_script"), "BL406")) is fires
