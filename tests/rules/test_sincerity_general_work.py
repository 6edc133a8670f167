"""Round 8 of the sincerity reading (sincerity-blind7 and older sets): what a careful reader
sees in a service reply beyond the telltale words. Each concept with a firing case and a
near miss, FR and EN, on the real models (LEGO profiles, after-sales channel):

- work on the service in general is no next step for this customer (« votre retour nous
  aide à nous améliorer », "we're reviewing ways to improve enforcement", "that's logged for
  you now");
- a request for what the reply itself shows the customer gave ("you've attached three
  photos … could you send a photo") makes them repeat it;
- an everyday thing defined as to a beginner ("A hem is the folded edge…", « le wifi,
  c'est un signal radio qui… ») talks down;
- a callback (« je vous rappelle dès qu'… ») is no reminder of a rule, and the brand's own
  past duty ("our earlier reply should never have…") is an admission, not blame.
"""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


# -- work on the service in general: no next step -----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes vraiment désolés pour la panne de la machine n°3. Votre retour nous "
           "aide à nous améliorer."),
    ("fr", "Nous sommes vraiment désolés pour la panne de la machine n°3. Nous faisons le "
           "maximum pour que la laverie fonctionne au mieux et nous prenons votre remarque "
           "très au sérieux."),
    ("en", "We're sorry that your reserved bay has again been taken by another vehicle. We "
           "are currently reviewing ways to improve enforcement of reserved bays across our "
           "sites."),
    ("en", "I'm sorry the new lining is already coming away. That's logged for you now."),
])
def test_work_on_the_service_in_general_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes vraiment désolés pour la panne de la machine n°3. Nous vous "
           "remboursons les 4,50 € aujourd'hui et le technicien passe jeudi matin."),
    ("en", "We're sorry that your reserved bay has again been taken by another vehicle. "
           "We've refunded this week's fee and a warden will patrol your level from Monday."),
    ("en", "I'm sorry the new lining is already coming away. A prepaid label is on its way to "
           "you now and the workshop will redo it within 7 days."),
])
def test_near_miss_a_step_on_the_customers_case_is_a_next_step(lint, lang, text):
    assert "BL407" not in codes(lint(text, lang, "after_sales"))


# -- asked for what the reply shows the customer gave ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for getting in touch. We can see that the backrest has come loose and that "
           "you've attached three photos.\n\nCould you please reply with:\n- your full name;\n"
           "- a photo of the chair showing the damage."),
    ("en", "We can see in this thread that you attached your drop-off receipt. Could you "
           "please send us the receipt number and the name of the shop?"),
    ("fr", "Je vois que vous avez déjà expliqué votre demande à mon collègue. Pour ouvrir le "
           "dossier, j'ai besoin de votre nom et de votre plaque d'immatriculation."),
    ("fr", "Nous voyons que vous avez joint deux photos du pantalon. Merci de nous envoyer "
           "une photo de l'ourlet."),
])
def test_asking_for_what_the_reply_shows_was_given_is_a_repeat(lint, lang, text):
    assert "BL405" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Thanks for getting in touch. We can see that the backrest has come loose and that "
           "you've attached three photos. Could you please confirm your studio number?"),
    ("fr", "Nous voyons que vous avez joint deux photos du pantalon. Merci de nous indiquer "
           "l'adresse où vous souhaitez le recevoir."),
    ("fr", "Je vois que vous avez expliqué votre demande à mon collègue. Pour ouvrir le "
           "dossier, j'ai besoin de votre nom."),
])
def test_near_miss_asking_for_something_not_given_is_no_repeat(lint, lang, text):
    assert "BL405" not in codes(lint(text, lang, "after_sales"))


# -- an everyday thing defined as to a beginner ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    # (a person written back to: a definition in help text that speaks to no one is the
    # page's explanation, tests/rules/test_realsrc37.py)
    ("en", "Thanks for your question about the hem on your dress.\n\nA hem is the folded "
           "edge at the bottom of a garment, stitched in place so it doesn't fray."),
    ("fr", "Merci pour votre message au sujet du wifi de votre chambre.\n\nAlors, le wifi, "
           "c'est un signal radio qui part de la borne installée dans le couloir."),
    ("fr", "Merci pour votre message au sujet de votre robe.\n\nUne fermeture éclair, c'est "
           "deux rubans de tissu avec des petites dents."),
])
def test_defining_an_everyday_thing_talks_down(lint, lang, text):
    assert "BL404" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "A refund is the quickest option for you: it reaches your card within 5 days."),
    ("fr", "Votre colis, c'est un envoi suivi : il arrive demain."),
    ("fr", "La bonne nouvelle, c'est que votre colis arrive demain."),
    ("en", "The hem on your dress is the one we shortened on Monday: we'll redo it free."),
])
def test_near_miss_an_answer_about_the_customers_case_is_no_lesson(lint, lang, text):
    assert "BL404" not in codes(lint(text, lang, "after_sales"))


# -- a callback is no reminder; the brand's own past duty is no blame ------------------------
def test_a_callback_once_something_happens_is_no_reminder(lint):
    text = "Je mets votre studio en priorité et je vous rappelle dès qu'un candidat est positionné."
    assert "BL404" not in codes(lint(text, "fr", "after_sales"))


def test_near_miss_a_reminder_of_a_rule_still_talks_down(lint):
    text = "Je vous rappelle que le préavis est d'un mois pour tous nos résidents."
    assert "BL404" in codes(lint(text, "fr", "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "You were right, and we're sorry. Our earlier reply should never have told you "
           "otherwise. Your claim is accepted and the assessor will call you by Friday."),
    ("fr", "Vous aviez raison, et nous sommes désolés. Notre précédente réponse n'aurait "
           "jamais dû vous dire le contraire. Votre dossier est accepté, l'expert vous appelle "
           "vendredi."),
])
def test_the_brands_own_past_duty_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "You should have checked the box before signing for it."),
    ("fr", "Vous auriez dû vérifier le colis avant de signer."),
])
def test_near_miss_the_customers_past_duty_is_still_blame(lint, lang, text):
    assert "BL401" in codes(lint(text, lang, "after_sales"))


def test_a_definition_in_a_call_script_talks_down(lint):
    text = ("Agent : Bonjour, Léa à l'appareil.\n[Client : Le wifi coupe toutes les dix "
            "minutes.]\nAgent : Alors, le wifi, c'est un signal radio qui part de la borne du "
            "couloir.")
    assert "BL404" in codes(lint(text, "fr", "phone_script"))


def test_near_miss_a_diagnosis_of_the_case_is_no_lesson(lint):
    text = ("I'm sorry. An earpiece that stops working straight after a screen replacement is "
            "almost always a connector that wasn't seated properly. That's on us: bring it in "
            "tomorrow and we'll fix it while you wait.")
    assert "BL404" not in codes(lint(text, "en", "after_sales"))
