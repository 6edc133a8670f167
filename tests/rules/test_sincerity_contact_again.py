"""Advice for next time that only invites the customer back to the brand — to tell a
manager so that the brand can make amends, to reach out if they need anything — places no
fault (from real customer-care replies judged by hand, round 8); a lesson on how to avoid
the problem still does. FR and EN, on the real models (LEGO profiles)."""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


@pytest.mark.parametrize("lang,text", [
    ("en", "That's frustrating, I'm sorry. Please let a manager know next time you're in so "
           "we can make amends."),
    ("en", "I'm sorry to hear that. If there is anything else you need in the future, please "
           "feel free to reach out to us here."),
    ("fr", "Désolés pour ce retard. La prochaine fois, n'hésitez pas à nous écrire "
           "directement pour que nous puissions vous aider."),
])
def test_an_invitation_to_come_back_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry the parcel came back. Next time, please make sure the address includes the "
           "flat number."),
    ("fr", "Désolés pour ce retour. À l'avenir, pensez à bien indiquer votre numéro "
           "d'appartement."),
])
def test_near_miss_a_lesson_for_next_time_still_blames(lint, lang, text):
    assert "BL401" in codes(lint(text, lang, "after_sales"))
