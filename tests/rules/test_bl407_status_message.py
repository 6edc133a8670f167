"""BL407's message names what is missing after a step of work under way (« des
investigations sont en cours », "we're looking into it"): the time the customer hears more,
not a case "passed along", which only a hand-off is. On the real models, FR and EN."""

from __future__ import annotations

import pytest


def no_next_step(lint, text, lang):
    return [d for d in lint(text, lang, "after_sales") if d.code == "BL407"]


@pytest.mark.parametrize("lang,text,words", [
    ("fr", "Un incident sur notre réseau perturbe l'accès à internet dans le quartier. Des "
           "investigations sont en cours, merci de votre patience.", "sans dire quand"),
    ("en", "There is an outage on our network in your area. It is being investigated, thanks "
           "for your patience.", "without saying when"),
])
def test_work_under_way_asks_when_the_customer_hears_more(lint, lang, text, words):
    found = no_next_step(lint, text, lang)
    assert found, text
    assert words in found[0].message
    assert "main en main" not in found[0].message and "passed along" not in found[0].message


@pytest.mark.parametrize("lang,text,words", [
    # a hand-off with no date: the case is passed along, the message says so
    ("fr", "Toutes nos excuses pour ce colis abîmé : nous avons transmis votre dossier à "
           "notre service logistique.", "main en main"),
    ("en", "Apologies for the damaged parcel. We have passed your case to the logistics "
           "team.", "passed along"),
])
def test_a_hand_off_still_says_the_case_is_passed_along(lint, lang, text, words):
    found = no_next_step(lint, text, lang)
    assert found, text
    assert words in found[0].message


@pytest.mark.parametrize("lang,text", [
    # work under way with a time: a step, no finding
    ("fr", "Un incident perturbe notre réseau dans votre quartier. Nos équipes interviennent "
           "et le service sera rétabli avant 18 h."),
    ("en", "There is an outage on our network in your area. Our engineers are on it and "
           "service will be back by 6 pm."),
])
def test_work_under_way_with_a_time_is_a_step(lint, lang, text):
    assert not no_next_step(lint, text, lang)
