"""Reassurance without the word "reassure", on the real models, FR and EN: nobody hurt,
work done to a standard, the plan holding, nothing hard for the reader. A closure or a
cancellation said flatly is no reassurance."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Personne n'a été blessé. Le concert est maintenu et la salle est aux normes."),
    ("fr", "La réservation se fait facilement, en quelques clics, et sans rendez-vous."),
    ("en", "Nobody was hurt. The concert is going ahead as planned and the hall is certified."),
    ("en", "Booking is easy, in a few clicks, and no appointment needed."),
])
def test_safety_and_ease_read_as_reassurance(analyse, lang, text):
    assert analyse(text, lang, "after_sales").tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le concert est annulé et la salle est fermée."),
    ("en", "The concert is cancelled and the hall is closed."),
])
def test_a_plain_closure_is_no_reassurance(analyse, lang, text):
    assert analyse(text, lang, "after_sales").tone.raw.get("reassurance", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Voici le déroulé de la semaine, pour que vous sachiez à quoi vous attendre. "
           "Votre abonnement n'est pas suspendu et rien n'est perdu."),
    ("en", "Here is how the week will go, so you know what to expect. Your plan is still "
           "fully covered and nothing is lost."),
])
def test_what_to_expect_and_what_is_kept_read_as_reassurance(analyse, lang, text):
    assert analyse(text, lang, "after_sales").tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Voici le déroulé de la semaine. Votre abonnement est suspendu et vos points sont "
           "perdus."),
    ("en", "Here is how the week will go. Your plan is suspended and your points are lost."),
])
def test_what_is_lost_is_no_reassurance(analyse, lang, text):
    assert analyse(text, lang, "after_sales").tone.raw.get("reassurance", 0) == 0
