"""Round 45 of the dominant tone (tn51), FR and EN on the real models, with the Gondavel
profiles (a plumbing firm: email aims at reassurance and solution, the phone line at
reassurance, speed and solution, the web page at solution and reassurance): a safety net
held out — should anything go wrong, the brand is there (« si le moindre souci survient,
appelez-nous », "if anything goes wrong, call the branch") — reassures. The customer's own
"what if…?", a condition on the reader's choice, and a right given with no one there to
turn to ("you have thirty days to claim") hold out none. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("gondavel")


@pytest.mark.parametrize("lang,text,channel", [
    ("fr", "Bonjour Madame Perrin,\n\nLe chauffe-eau est posé et testé. Si le moindre souci "
           "survient cette semaine, appelez l'agence : un technicien repasse sans frais.\n\n"
           "Bien cordialement,\nGondavel", "after_sales"),
    ("en", "Dear Mrs Perrin,\n\nThe water heater is fitted and tested. If anything goes "
           "wrong this week, call the branch and a technician will come back.\n\n"
           "Kind regards,\nGondavel", "after_sales"),
    ("fr", "Agent : Gondavel, bonjour, Léa à l'appareil.\n[Client : Le ballon est enfin "
           "installé ?]\nAgent : Oui, depuis ce matin. Et si quoi que ce soit vous inquiète "
           "ce week-end, vous nous rappelez à ce numéro.", "phone_script"),
    ("en", "Agent: Gondavel, good morning, Lea speaking.\nCaller: Is the boiler finally in?\n"
           "Agent: Yes, since this morning. And should anything worry you this weekend, "
           "ring us on this number.", "phone_script"),
    # a page too, when the brand is there to turn to
    ("fr", "Nos garanties\n\nChaque pose est garantie deux ans. Si quelque chose fuit, "
           "appelez l'agence : nous envoyons un technicien.", "web"),
    ("en", "Our guarantees\n\nEvery fitting is guaranteed for two years. If something "
           "leaks, call the branch and we send a technician.", "web"),
])
def test_a_safety_net_held_out_reassures(engines, lang, text, channel):
    assert said(reading(engines, lang, text, channel), "reassurance", signal="safety_net")


@pytest.mark.parametrize("lang,text,channel", [
    # the customer's own question, then a plain answer
    ("fr", "Agent : Gondavel, bonjour.\n[Client : Et si quelque chose fuit pendant le "
           "week-end ?]\nAgent : Le chauffe-eau a été testé ce matin.", "phone_script"),
    ("en", "Agent: Gondavel, good morning.\nCaller: And if something leaks over the "
           "weekend?\nAgent: The water heater was tested this morning.", "phone_script"),
    # a condition on the reader's own choice, no trouble to come
    ("fr", "Bonjour Madame Perrin,\n\nSi vous préférez un autre créneau, répondez à ce "
           "message.\n\nBien cordialement,\nGondavel", "after_sales"),
    ("en", "Dear Mrs Perrin,\n\nIf you prefer another slot, reply to this email.\n\n"
           "Kind regards,\nGondavel", "after_sales"),
    # a right given, no one there to turn to
    ("fr", "Nos garanties\n\nChaque pose est garantie deux ans. Si quelque chose cède, "
           "vous avez trente jours pour faire jouer la garantie.", "web"),
    ("en", "Our guarantees\n\nEvery fitting is guaranteed for two years. If something "
           "gives way, you have thirty days to claim under the guarantee.", "web"),
])
def test_a_question_a_choice_or_a_right_holds_out_no_safety_net(engines, lang, text, channel):
    assert not said(reading(engines, lang, text, channel), "reassurance", signal="safety_net")


# -- the mishap said to be common ------------------------------------------------------------

@pytest.mark.parametrize("lang,text,words", [
    ("fr", "Bonjour Madame Perrin,\n\nUn joint qui goutte après une pose ? Ça arrive, surtout "
           "les premiers jours. Notre technicien repasse jeudi.\n\nBien cordialement,\nGondavel",
     "ça arrive"),
    ("en", "Dear Mrs Perrin,\n\nA seal dripping after a fitting? It happens, mostly in the "
           "first days. Our technician will come back on Thursday.\n\nKind regards,\nGondavel",
     "it happens"),
])
def test_a_mishap_said_to_be_common_reassures(engines, lang, text, words):
    assert words in said(reading(engines, lang, text, "after_sales"), "reassurance", lower=True)


@pytest.mark.parametrize("lang,text", [
    # it arrives, not it happens
    ("fr", "Bonjour Madame Perrin,\n\nLe nouveau joint ? Ça arrive lundi à l'agence.\n\n"
           "Bien cordialement,\nGondavel"),
    # the mishap to come again, a condition
    ("en", "Dear Mrs Perrin,\n\nThe seal is replaced. If it happens again, the branch will "
           "send a technician.\n\nKind regards,\nGondavel"),
    ("fr", "Bonjour Madame Perrin,\n\nLe joint est changé. Quand ça arrive, coupez l'eau et "
           "appelez l'agence.\n\nBien cordialement,\nGondavel"),
    ("en", "Dear Mrs Perrin,\n\nThe seal is replaced. When it happens, turn the water off and "
           "call the branch.\n\nKind regards,\nGondavel"),
])
def test_it_arrives_or_if_it_happens_again_is_no_mishap_said_common(engines, lang, text):
    found = said(reading(engines, lang, text, "after_sales"), "reassurance", lower=True)
    assert "ça arrive" not in found and "it happens" not in found
