"""Sincerity on indirectly worded replies (BL4xx), on the real models: a failure of the
service stated as a confirmed or explained fact, the customer's own choices (size,
colour, times, registration) asked again, an earlier message forwarded under its mail
header — each fires, and its near-miss does not, in French and English."""

from __future__ import annotations

import pytest

from tests.conftest import codes

A = "after_sales"


def sincerity(lint, text, lang="fr", channel=A):
    return codes(lint(text, lang, channel), "BL4")


# -- a failure admitted as a fact, with no regret word -------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nAprès vérification, le chargeur n'a effectivement pas été glissé dans "
           "votre carton. Il part aujourd'hui en lettre suivie.\n\nL'équipe"),
    ("fr", "Bonjour,\n\nLe report de votre séance n'a pas pu vous être signalé, en raison "
           "d'une panne de notre messagerie. Votre nouvelle séance est fixée au jeudi 10 h."),
    ("en", "Hi Sam,\n\nWe can confirm that your replacement card has not yet been printed. "
           "It will be posted on Friday.\n\nThe team"),
    ("en", "Hello,\n\nYour Tuesday cleaning slot wasn't staffed, due to two cleaners being "
           "off sick. Maria will come on Thursday at 9 am."),
    ("fr", "Bonjour,\n\nLes deux séances de mars ont été prélevées deux fois sur votre "
           "compte. Le trop-perçu vous est remboursé vendredi."),
    ("en", "Hello,\n\nA 16-inch tyre was fitted instead of the 17-inch one on your order. "
           "We will swap it on Monday at 8 am."),
])
def test_a_confirmed_or_explained_failure_without_apology_fires(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the same failure, owned
    ("fr", "Bonjour,\n\nAprès vérification, le chargeur n'a effectivement pas été glissé dans "
           "votre carton : toutes nos excuses. Il part aujourd'hui en lettre suivie."),
    ("en", "Hi Sam,\n\nWe can confirm that your replacement card has not yet been printed — "
           "we're sorry. It will be posted on Friday."),
    # good news in the negative: nothing failed
    ("fr", "Bonjour,\n\nAprès vérification, vous n'avez effectivement pas été débité. Vous "
           "pouvez repasser commande dès maintenant."),
    ("en", "Hi,\n\nWe can confirm your card details were not shared with anyone. Your "
           "account is secure."),
    # the customer's act awaited, not a failure of the brand's
    ("en", "Hi,\n\nWe can confirm your return has not been received yet. Once it reaches "
           "us, the refund takes 3 days."),
    # a negated passive, neither confirmed nor explained: a plan, not an admission
    ("en", "Hi,\n\nYour new lens hasn't been cut yet: the lab cuts it on Monday, as "
           "planned."),
])
def test_no_failure_or_an_owned_one_does_not_fire(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)


# -- the customer's own choices, asked again ------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Mia,\n\nHappy to swap the hoodie. Which size and colour would you like "
           "instead?\n\nJo\n\n> Hi, could I swap my hoodie for an S in the same navy? Mia"),
    ("fr", "Bonjour Madame Roy,\n\nPour modifier le planning, pourriez-vous nous indiquer "
           "quels horaires vous conviendraient ?\n\n> Bonjour, serait-il possible de passer "
           "les visites du lundi de 8 h à 10 h ? Merci"),
    ("fr", "Bonjour,\n\nMerci de nous transmettre l'immatriculation du véhicule.\n\n> Bonjour,"
           " ma Clio immatriculée FT-204-KD a été rayée pendant la révision."),
    ("en", "Hi,\n\nCould you tell us which days and times suit you best?\n\nThe team\n\n"
           "From: Ana Reyes\nSent: 3 March\nSubject: New slot\n\nHi, could the visits move "
           "to 10:30 on Tuesdays? Ana"),
])
def test_asking_again_for_the_customers_choice_fires(lint, lang, text):
    assert "BL405" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the customer's message gives no size or colour
    ("en", "Hi Mia,\n\nHappy to swap the hoodie. Which size and colour would you like "
           "instead?\n\nJo\n\n> Hi, the hoodie is too big, can I swap it? Mia"),
    # the times in the reply are the brand's own offer
    ("fr", "Bonjour,\n\nNous pouvons passer à 8 h ou à 14 h : quels horaires vous "
           "conviennent ?\n\n> Bonjour, pouvez-vous changer mes visites ? Merci"),
    # no registration given anywhere
    ("fr", "Bonjour,\n\nMerci de nous transmettre l'immatriculation du véhicule.\n\n> Bonjour,"
           " ma voiture a été rayée pendant la révision."),
])
def test_asking_for_a_choice_nobody_gave_does_not_fire(lint, lang, text):
    assert "BL405" not in sincerity(lint, text, lang)


def test_a_forwarded_message_is_the_customers_words(analyse):
    text = ("Hi Ana,\n\nWe'll move your visits.\n\nThe team\n\nFrom: Ana Reyes\nSent: 3 March"
            "\nSubject: New slot\n\nHi, the carer never came on Tuesday. Ana")
    analysis = analyse(text, "en", A)
    quoted = {t.text for t in analysis.doc if analysis.is_quoted(t)}
    assert "never" in quoted and "move" not in quoted


# -- the damage put on the customer's use, with the fault or cover denied -------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nAprès examen, les taches sur la semelle sont typiques d'un séchage "
           "trop près d'un radiateur. La chaussure ne présentant pas de défaut de fabrication, "
           "elle ne peut être remboursée."),
    ("fr", "Bonjour,\n\nLa casse de l'écran semble liée à une chute. La réparation ne peut "
           "être prise en charge au titre de la garantie."),
    ("en", "Hi,\n\nThe cracks in the pan's coating are consistent with use on a high flame. "
           "We're unable to treat this as a manufacturing fault."),
    ("en", "Hello,\n\nOur engineer found that the pre-wash cycle appears to have been skipped. "
           "The damage cannot be linked to the installation."),
    ("fr", "Madame,\n\nIl appartient au locataire de signaler toute fuite sous 48 h. Les frais "
           "restent à votre charge."),
    ("en", "Dear Mr Lee,\n\nIt is the responsibility of the account holder to keep the card "
           "details up to date. The late fee stands."),
])
def test_damage_put_on_the_customers_use_is_blame(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the same cause, with the cover granted: an explanation, not a verdict
    ("fr", "Bonjour,\n\nLes taches sur la semelle sont typiques d'un séchage trop près d'un "
           "radiateur ; nous vous envoyons une paire neuve aujourd'hui, c'est offert."),
    # the fault denied, the cause in the brand's own hands
    ("en", "Hi,\n\nThe cracks are consistent with the handling by our warehouse team, so this "
           "is not a manufacturing fault: it is our mistake, and we'll replace the pan today."),
    # the fault denied, no cause on the customer's side
    ("en", "Hi,\n\nThe fee covers the hour our technician spent on the diagnosis, so it is not "
           "eligible for a refund; it is deducted from the repair if you go ahead."),
    # the brand's own duty
    ("fr", "Bonjour,\n\nIl nous appartient de vérifier chaque colis : nous vous renvoyons la "
           "pièce aujourd'hui."),
])
def test_a_cause_without_a_verdict_on_the_customer_is_no_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- the customer's account answered with evidence against it -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNotre livreur, chez nous depuis dix ans, n'a jamais fait l'objet d'une "
           "réclamation. Nous restons à votre écoute."),
    ("fr", "Bonjour,\n\nNos préparateurs n'ont pas souvenir d'un colis ouvert ce jour-là."),
    ("en", "Hi,\n\nOur driver has worked with us for six years without a single complaint."),
    ("en", "Hi,\n\nThank you for telling us about the ring you believe is missing from the "
           "parcel."),
    ("en", "Hi,\n\nThe weight logged at drop-off is consistent with a pair of socks rather "
           "than boots."),
    ("fr", "Bonjour,\n\nIl s'agit de la quatrième demande de ce type sur votre compte."),
])
def test_evidence_set_against_the_customers_account_is_doubt(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNotre livreur est désolé : il a déposé le colis chez un voisin par "
           "erreur. Nous le récupérons demain matin."),
    ("en", "Hi,\n\nThank you for telling us the ring is missing from the parcel: we've opened "
           "a trace with the courier and will update you on Friday."),
    ("en", "Hi,\n\nThe weight logged at drop-off was 2 kg: we're checking the parcel with the "
           "courier and will call you tomorrow."),
    ("fr", "Bonjour,\n\nC'est la quatrième commande que vous passez chez nous ce mois-ci : "
           "merci de votre fidélité !"),
])
def test_a_plain_account_of_the_check_is_no_doubt(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# -- words that sound like a step and move nothing -------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés de ce retard et comprenons votre agacement. Soyez "
           "assuré que tout est mis en œuvre pour régler la situation.\n\nCordialement"),
    ("en", "Dear Ms Hart,\n\nWe are very sorry that the installer arrived late. Appropriate "
           "action will be taken.\n\nKind regards"),
    ("fr", "Bonjour,\n\nNous sommes navrés pour cet incident. Les mesures nécessaires seront "
           "prises.\n\nCordialement"),
    ("en", "Hi,\n\nSo sorry about the late delivery. Rest assured that we take this "
           "seriously.\n\nThe team"),
])
def test_reassurance_or_an_undetermined_act_is_no_next_step(lint, lang, text):
    assert "BL407" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés de ce retard et comprenons votre agacement. Soyez "
           "assuré que votre colis partira demain matin.\n\nCordialement"),
    ("en", "Dear Ms Hart,\n\nWe are very sorry that the installer arrived late. We have "
           "refunded the call-out fee today.\n\nKind regards"),
    ("en", "Hi,\n\nSo sorry about the late delivery. Rest assured, your replacement ships on "
           "Friday.\n\nThe team"),
])
def test_a_dated_or_concrete_act_after_reassurance_is_a_next_step(lint, lang, text):
    assert "BL407" not in sincerity(lint, text, lang)


# -- a delay on an unnamed act, in a paragraph about a declared service ----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nDésolés pour la pièce manquante. Nous la cherchons dans notre stock. "
           "Nous vous communiquerons une date d'ici une trentaine de jours.\n\nL'équipe"),
    ("en", "Hi,\n\nSorry about the missing piece. We're looking for it in our stock, and "
           "we'll confirm a date within 30 days.\n\nThe team"),
])
def test_a_delay_in_a_paragraph_about_a_service_is_judged_against_it(lint, lang, text):
    assert "BL408" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # within the service's commitment (10 days)
    ("fr", "Bonjour,\n\nDésolés pour la pièce manquante. Nous la cherchons dans notre stock. "
           "Nous vous communiquerons une date d'ici 5 jours.\n\nL'équipe"),
    # the service named in another paragraph: the delay is about something else
    ("en", "Hi,\n\nSorry about the missing piece: it's in the post today.\n\nSeparately, "
           "we'll confirm the workshop dates within 30 days.\n\nThe team"),
])
def test_a_delay_within_or_away_from_the_service_is_not_slow(lint, lang, text):
    assert "BL408" not in sincerity(lint, text, lang)


# -- an event that should not have happened, a fault diagnosed: no blame, no admission -------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi,\n\nThe visit was moved without asking you, and that should never have "
           "happened. I am truly sorry. Ellie comes at 8 am tomorrow."),
    ("fr", "Bonjour,\n\nLa visite a été déplacée sans vous prévenir : cela n'aurait jamais dû "
           "se produire, toutes nos excuses. Ellie passe demain à 8 h."),
])
def test_an_event_that_should_not_have_happened_is_no_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi,\n\nThe fee covers the hour our technician spent tracing the electrical fault. "
           "The repair can be booked from your account."),
    ("fr", "Bonjour,\n\nLe forfait couvre l'heure passée par notre technicien à diagnostiquer "
           "la panne du thermostat. La réparation se réserve depuis votre compte."),
])
def test_a_fault_diagnosed_on_the_product_is_no_admission(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi,\n\nThe electrical fault was caused by a cable our engineer fitted. It will "
           "be replaced on Monday at 9 am."),
    ("fr", "Bonjour,\n\nLe thermostat est tombé en panne deux jours après la pose. Notre "
           "technicien passe jeudi à 9 h."),
])
def test_a_fault_admitted_still_fires(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


# -- the customer's confusion presumed ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Alors Madame, on ne s'inquiète pas. On va reprendre tout doucement, "
           "d'accord ?", ),
    ("fr", "Bonjour,\n\nC'est normal de s'y perdre avec tous ces papiers. Votre fils pourra "
           "nous appeler."),
    ("en", "Dear Dorothy,\n\nWe know these things can be confusing, and there's no need for "
           "you to be troubling over the figures."),
])
def test_soothing_the_customer_like_a_child_is_condescension(lint, lang, text):
    channel = "phone_script" if text.startswith("Conseillère") else A
    assert "BL404" in sincerity(lint, text, lang, channel)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Je comprends votre inquiétude, Madame. Je reprends le planning avec "
           "vous : le jeudi, c'est Mme Leroy, de 9 h à 10 h."),
    ("en", "Dear Mrs Hale,\n\nYou're right: the invoice double-counts the 4 May visit. We've "
           "issued a corrected invoice today."),
])
def test_a_plain_answer_to_a_worried_customer_is_no_condescension(lint, lang, text):
    channel = "phone_script" if text.startswith("Conseillère") else A
    assert "BL404" not in sincerity(lint, text, lang, channel)


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi,\n\nSo sorry about the late delivery. Rest assured we have refunded the "
           "delivery fee.\n\nThe team"),
    ("fr", "Bonjour,\n\nDésolés pour ce retard. Soyez assuré que nous avons remboursé les "
           "frais de port.\n\nL'équipe"),
])
def test_a_concrete_act_inside_the_reassurance_is_a_next_step(lint, lang, text):
    assert "BL407" not in sincerity(lint, text, lang)
