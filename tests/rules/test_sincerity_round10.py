"""Problems written without the textbook words (round 10: the misses and false alarms of
sincerity-blind10, read as concepts of how agents write): a check or a note on the file is no
next step; advice given as a rule that always holds, or what most customers do, tells the
customer what they should have done; an everyday act defined by another talks down; the
reference of the case asked for again under another name; and, for precision, the notice
cited in the answer to a plain request, an act left undone where the customer acts, an
auxiliary read as a service. Firing and near-miss cases, FR and EN, on the real models."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- no next step: the agent's check and the note on the file ------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for flagging this, and sorry for the worry. I can see your cancellation was "
           "logged on 4 November and that a payment was still collected on 1 December."),
    ("en", "We're sorry to hear about this. We have noted the description you gave us, and "
           "I've left a note on your account."),
    ("fr", "Je suis désolée pour ce contretemps. Je vois que votre adresse et votre digicode "
           "sont corrects. Je mets un commentaire sur votre commande."),
    ("fr", "Je suis vraiment désolé. Je retrouve bien votre déclaration, et j'ajoute votre "
           "numéro de portable au dossier."),
])
def test_a_check_or_a_note_on_the_file_is_no_next_step(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL407")


@pytest.mark.parametrize("lang,text", [
    # the same check, with a step that says when
    ("en", "Sorry for the worry. I can see a payment was still collected on 1 December: I've "
           "refunded it today, and it will reach your account within 5 days."),
    # a credit added to the account is a remedy, not a note
    ("en", "Sorry for the worry. I've added a £10 credit to your account."),
    ("fr", "Je suis désolée. Je mets un commentaire sur votre commande et nous vous rappelons "
           "demain avant 12 h."),
    ("fr", "Je suis désolée pour ce contretemps. J'ajoute un avoir de 10 € à votre compte."),
])
def test_near_miss_a_dated_step_or_a_credit_moves_the_case(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry your box turned up crushed. Occasionally heavier parcels can put pressure "
           "on them during a busy route."),
    ("fr", "Désolés pour ce carton écrasé. Parfois, les colis plus lourds écrasent les cartons "
           "pendant les tournées chargées."),
])
def test_how_things_go_in_general_is_no_next_step(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry your box turned up crushed. Occasionally heavier parcels can put pressure "
           "on them, so we're sending a new box tomorrow."),
    ("fr", "Désolés pour ce carton écrasé. Parfois, les colis plus lourds écrasent les cartons : "
           "nous vous envoyons une nouvelle box demain."),
])
def test_near_miss_the_explanation_followed_by_a_step(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL407")


# -- blame: advice as a rule that always holds, the norm of other customers ---------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Every sachet is labelled with its allergens, so it's always worth giving it a "
           "quick read before you start cooking. I've added a £12 credit to your account."),
    ("en", "The cancellation window is 12 hours. Most members cancel as soon as they know they "
           "can't make it, which avoids the fee."),
    ("fr", "Le vol a atterri avec 35 minutes de retard. Nous recommandons toujours de "
           "privilégier le vol suivant lorsque l'horaire le permet."),
    ("fr", "Le second prélèvement vient du changement de vos coordonnées bancaires ; mieux vaut "
           "le faire après le 10 du mois. Le montant vous sera reversé sous 10 jours."),
])
def test_advice_as_a_rule_that_always_holds_is_blame(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL401")


@pytest.mark.parametrize("lang,text", [
    # "always" outside the advice: the brand's own aim
    ("en", "Sorry your box was late. Please accept our apologies, we always aim to deliver on "
           "time. Your replacement arrives tomorrow."),
    # the same advice, but the brand owns the fault
    ("en", "The allergen label was wrong: our mistake. It's always worth checking the sachet, "
           "and we've fixed the label today."),
    ("fr", "Désolés pour ce retard, nous faisons toujours de notre mieux. Votre colis part "
           "demain."),
    ("fr", "C'est une erreur de notre part. Nous recommandons toujours de vérifier l'étiquette, "
           "et nous l'avons corrigée aujourd'hui."),
])
def test_near_miss_always_outside_advice_or_an_owned_fault_is_not_blame(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


# -- condescension: an everyday act defined by another ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for your feedback on step 3. A few reminders: preheating the oven means "
           "switching it on ten minutes before."),
    ("fr", "Merci pour votre retour sur l'étape 3. Quelques rappels : préchauffer le four, "
           "c'est l'allumer une dizaine de minutes avant."),
])
def test_an_everyday_act_defined_by_another_talks_down(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL404")


@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for your message. Cancelling is easy: it takes two taps in the app."),
    ("fr", "Merci pour votre message. Annuler, c'est possible jusqu'à mardi minuit, depuis "
           "votre espace."),
])
def test_near_miss_an_act_judged_is_not_defined(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL404")


# -- repeat: the reference of the case asked again under another name ---------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Customer: Hi, it's Ben, member 40-2281, I've been charged twice.\nAgent: Sorry about "
           "that, Ben. Could you give me the ID on your membership card?"),
    ("fr", "Client : Bonjour, réservation K7M2QP, je voudrais ajouter un bagage.\nAgent : "
           "Bonjour ! Pourriez-vous m'indiquer votre numéro de dossier ?"),
])
def test_the_reference_asked_again_under_another_name_is_a_repeat(lint, lang, text):
    assert findings(lint(text, lang, "phone_script"), "BL405")


@pytest.mark.parametrize("lang,text", [
    # a contact detail is not the case's reference
    ("en", "Customer: Hi, it's Ben, member 40-2281, I've been charged twice.\nAgent: Sorry about "
           "that, Ben. Could you give me a phone number we can reach you on?"),
    # no code given before the request
    ("fr", "Client : Bonjour, je voudrais ajouter un bagage à mon vol de samedi.\nAgent : "
           "Bonjour ! Pourriez-vous m'indiquer votre numéro de dossier ?\nClient : K7M2QP."),
])
def test_near_miss_a_contact_detail_or_a_reference_not_yet_given(lint, lang, text):
    assert not findings(lint(text, lang, "phone_script"), "BL405")


# -- precision: the notice in the answer to a plain request -------------------------------------
_LATE_RETURN_EN = ("Your return reached us on day 41, and the 30-day limit is printed on the "
                   "returns leaflet in every box, so the refund cannot be considered.")
_LATE_RETURN_FR = ("Comme rappelé sur votre bon de commande et à l'article 9 de nos conditions "
                   "générales, les retours sont acceptés sous 30 jours. Votre coffret étant "
                   "arrivé le 41e jour, il n'est ni échangeable ni remboursable.")


@pytest.mark.parametrize("lang,text", [
    ("en", "You asked us to refund your set, which you no longer need. " + _LATE_RETURN_EN
     + " We can, however, turn it into a voucher."),
    ("fr", "Vous nous demandez le remboursement de votre coffret, dont vous n'avez plus "
           "l'usage. " + _LATE_RETURN_FR + " Nous pouvons en revanche le transformer en avoir."),
])
def test_near_miss_the_notice_as_the_reason_for_refusing_a_plain_request(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("en", "Your set arrived with a cracked box. " + _LATE_RETURN_EN),
    ("fr", "Votre coffret est arrivé abîmé. " + _LATE_RETURN_FR),
])
def test_the_same_notice_against_a_reported_problem_is_blame(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL401")


# -- precision: an act left undone where the customer acts --------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Your box went to your old address: the change of address wasn't made in your "
           "account before the order was packed. We've updated it, and next week's box will "
           "go to your new home on Thursday."),
    ("fr", "Votre box a été livrée à votre ancienne adresse : la modification n'a pas été "
           "faite dans votre espace avant la préparation. Nous avons mis l'adresse à jour, "
           "votre box de jeudi y sera livrée."),
])
def test_near_miss_an_act_left_undone_where_the_customer_acts_is_not_admitted(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("en", "Your box went to your old address: the change of address didn't save on our side. "
           "Next week's box will go to your new home on Thursday."),
    ("fr", "Votre box a été livrée à votre ancienne adresse : la modification n'a pas été "
           "enregistrée de notre côté. Votre box de jeudi sera livrée à la bonne adresse."),
])
def test_the_same_act_left_undone_on_the_brands_side_wants_an_apology(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL403")


# -- precision: an auxiliary is no service ------------------------------------------------------
@pytest.fixture(scope="module")
def meal_kit():
    """The meal-kit profiles of sincerity-blind10: a credit note (« avoir ») within 24 h."""
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    engines = {}
    for lang, path in (("fr", "profiles/miramelle.yaml"), ("en", "profiles/miramelle-en.yaml")):
        profile = load_profile(path)
        engines[lang] = Engine(profile, Analyser(profile), Selection.build(profile))

    def run(text: str, lang: str, channel: str = "chat"):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        return next(iter(engines[lang].run([document]))).diagnostics

    return run


def test_an_auxiliary_spelt_like_a_service_term_is_no_service(meal_kit):
    text = ("Membre : Vous avez des menus végétariens ?\nConseiller : Oui, la formule Potager "
            "propose chaque semaine 3 à 5 recettes végétariennes. Nous avons aussi des desserts.")
    assert not findings(meal_kit(text, "fr"), "BL408")


def test_the_credit_note_named_is_held_to_its_commitment(meal_kit):
    text = ("Toutes nos excuses pour ce sachet manquant. Votre avoir de 4,90 € sera versé sous "
            "5 jours.")
    assert findings(meal_kit(text, "fr", "after_sales"), "BL408")
