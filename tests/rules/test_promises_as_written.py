"""Delays as people write them (round 7): a bound word before a moment of the days ahead
(« avant la fin de la journée », "by tomorrow lunchtime"), moments that stand alone
(« après-demain », "the same afternoon"), and a call script's answer about what the
caller just asked (« Et le remboursement, c'est pour quand ? — Vous l'aurez
après-demain »). Each concept fires on the promise and stays silent on the near-miss, in
French and English, on the real models (LEGO profiles: delivery within 3 days, refund 14
days, response 48 h)."""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


# -- a bound before a moment ahead, and moments that stand alone ------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous répondrons avant la fin de la journée."),
    ("fr", "Votre remboursement sera sur votre compte d'ici demain soir."),
    ("fr", "Commandez aujourd'hui : votre colis est livré après-demain."),
    ("fr", "Écrivez-nous avant midi : nous vous répondons l'après-midi même."),
    ("en", "We'll get back to you before the end of the day."),
    ("en", "Your refund will be back in your account by tomorrow lunchtime."),
    ("en", "Your parcel is delivered the day after tomorrow."),
    ("en", "Send us your question and we'll reply the same afternoon."),
])
def test_deadlines_as_people_write_them_fire(lint, lang, text):
    assert "BL302" in codes(lint(text, lang, "email"))


@pytest.mark.parametrize("lang,text", [
    # the same morning *of* another event: when something happens, not a delay
    ("fr", "Nos pains sont cuits le matin même de la livraison."),
    ("en", "Every cake is baked the same morning as your party."),
    # a cut-off time of day is when the reader must act
    ("fr", "Commandez avant midi pour profiter de l'offre."),
    ("en", "Order by noon to get the launch price."),
    # at or slower than the commitment
    ("fr", "Votre colis est livré d'ici la fin de la semaine prochaine."),
    ("en", "Your parcel will be delivered by the end of next week."),
])
def test_near_miss_moments_that_are_no_faster_promise(lint, lang, text):
    assert not codes(lint(text, lang, "email")) & {"BL302", "BL304"}


# -- the agent answers what the caller just asked ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : LEGO, bonjour, Julie à l'appareil.\n"
           "Vacancière : Et le remboursement, je l'ai quand ?\n"
           "Conseillère : Je valide maintenant : d'ici demain c'est sur votre compte."),
    ("fr", "Agent : Bonjour, je vois votre dossier.\n"
           "Parent : Et le remboursement, il arrive quand ?\n"
           "Agent : Il part ce soir, vous l'aurez demain."),
    ("en", "Agent: LEGO, Sam speaking.\n"
           "Parent: And when do I get my refund?\n"
           "Agent: I'm approving it now, it goes out today and you'll see it tomorrow."),
])
def test_the_answer_to_the_callers_question_is_about_its_service(lint, lang, text):
    assert "BL302" in codes(lint(text, lang, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    # the agent's own act in the call, not the service asked about
    ("fr", "Agent : Bonjour, je vois votre dossier.\n"
           "Parent : Mon colis n'est toujours pas arrivé, c'est pour quand ?\n"
           "Agent : Je regarde tout de suite. Vous avez votre numéro de commande ?"),
    ("en", "Agent: LEGO, Sam speaking.\n"
           "Parent: My parcel still hasn't arrived, when is it coming?\n"
           "Agent: I'm checking straight away. Do you have your order number?"),
])
def test_near_miss_the_agents_own_act_is_not_the_service_asked_about(lint, lang, text):
    assert not codes(lint(text, lang, "phone_script")) & {"BL302", "BL304"}
