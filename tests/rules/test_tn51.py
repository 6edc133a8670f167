"""Round 45 of the dominant tone (tn51), FR and EN on the real models, with the Gondavel
profiles (a plumbing firm: email aims at reassurance and solution, the phone line at
reassurance, speed and solution): a need denied to the reader (« inutile de … », « vous
n'avez pas à … », "no need to …", "you don't need to …") spares them the act that follows,
whatever it is — a burden lifted, reassurance. The same words in a condition or a
question, or the brand's own need, spare nothing. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("gondavel")


@pytest.mark.parametrize("lang,text,act", [
    ("fr", "Bonjour Madame Perrin,\n\nLe nouveau mitigeur part demain matin avec notre "
           "technicien. Vous n'avez pas besoin de renvoyer l'ancien : il le reprendra sur "
           "place.\n\nBien cordialement,\nGondavel", "renvoyer"),
    ("en", "Dear Mrs Perrin,\n\nThe new mixer tap leaves with our technician tomorrow "
           "morning. You don't need to post the old one back: he will take it away on the "
           "day.\n\nKind regards,\nGondavel", "post"),
    ("fr", "Bonjour Monsieur Lenoir,\n\nNotre équipe passe jeudi entre 8 h et 10 h pour "
           "la fuite. D'ici là, pas besoin de démonter le siphon, une bassine suffit.\n\n"
           "Bien cordialement,\nGondavel", "démonter"),
    ("en", "Dear Mr Lenoir,\n\nOur team will come on Thursday between 8 and 10 am for "
           "the leak. Until then, there is no need to call the landlord; a bowl under the "
           "pipe will do.\n\nKind regards,\nGondavel", "call"),
])
def test_a_need_denied_to_the_reader_spares_a_chore(engines, lang, text, act):
    assert act in said(reading(engines, lang, text, "email"), "reassurance",
                       signal="burden_lifted")


@pytest.mark.parametrize("lang,text", [
    # a condition: the case the rest applies to, nothing spared
    ("fr", "Bonjour,\n\nSi vous n'avez pas besoin de renvoyer l'ancien mitigeur, gardez-le. "
           "Le nouveau part demain matin.\n\nBien cordialement,\nGondavel"),
    ("en", "Hello,\n\nIf you don't need to post the old tap back, keep it. The new one "
           "leaves tomorrow morning.\n\nKind regards,\nGondavel"),
    # a question: asked, not answered
    ("fr", "Bonjour,\n\nFaut-il renvoyer l'ancien mitigeur ? Pas besoin de le renvoyer ? "
           "Dites-le-nous.\n\nBien cordialement,\nGondavel"),
    ("en", "Hello,\n\nDo we need the old tap? Is there no need to post it back? Tell us."
           "\n\nKind regards,\nGondavel"),
    # the brand's own need, not the reader's
    ("fr", "Bonjour,\n\nNous n'avons pas besoin de démonter la cuisine pour changer le "
           "mitigeur.\n\nBien cordialement,\nGondavel"),
    ("en", "Hello,\n\nWe don't need to take the kitchen apart to change the tap.\n\n"
           "Kind regards,\nGondavel"),
])
def test_a_need_denied_in_a_condition_a_question_or_to_the_brand_spares_nothing(
        engines, lang, text):
    assert not said(reading(engines, lang, text, "email"), "reassurance",
                    signal="burden_lifted")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Gondavel, bonjour, Léa à l'appareil.\n[Client : Je dois rapporter "
           "le vieux ballon au dépôt ? Pas besoin de le rapporter, j'espère ?]\n"
           "Agent : Je regarde votre dossier."),
    ("en", "Agent: Gondavel, good morning, Lea speaking.\nCaller: Do I have to bring the "
           "old boiler to the depot? No need to bring it, I hope?\nAgent: Let me look at "
           "your file."),
])
def test_the_callers_own_words_spare_nothing(engines, lang, text):
    assert not said(reading(engines, lang, text, "phone_script"), "reassurance",
                    signal="burden_lifted")


# -- a safety net held out ------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Perrin,\n\nLe chauffe-eau est posé et testé. Si le moindre souci "
           "survient cette semaine, appelez l'agence : un technicien repasse sans frais.\n\n"
           "Bien cordialement,\nGondavel"),
    ("en", "Dear Mrs Perrin,\n\nThe water heater is fitted and tested. If anything goes "
           "wrong this week, call the branch and a technician will come back.\n\n"
           "Kind regards,\nGondavel"),
])
def test_a_safety_net_held_out_reassures(engines, lang, text):
    assert said(reading(engines, lang, text, "email"), "reassurance", signal="safety_net")


@pytest.mark.parametrize("lang,text", [
    # the customer's own question, then a plain answer
    ("fr", "Agent : Gondavel, bonjour.\n[Client : Et si quelque chose fuit pendant le "
           "week-end ?]\nAgent : Le chauffe-eau a été testé ce matin."),
    ("en", "Agent: Gondavel, good morning.\nCaller: And if something leaks over the "
           "weekend?\nAgent: The water heater was tested this morning."),
    # a condition on the reader's own choice, no trouble to come
    ("fr", "Bonjour,\n\nSi vous préférez un autre créneau, répondez à ce message.\n\n"
           "Bien cordialement,\nGondavel"),
    ("en", "Hello,\n\nIf you prefer another slot, reply to this email.\n\n"
           "Kind regards,\nGondavel"),
])
def test_a_question_or_a_choice_holds_out_no_safety_net(engines, lang, text):
    channel = "phone_script" if "Agent" in text else "email"
    assert not said(reading(engines, lang, text, channel), "reassurance", signal="safety_net")
