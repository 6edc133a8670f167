"""se46 (sincerity-blind41 read half, pooled with the misses of sincerity-blind30…40): FR
and EN, a firing case and a near miss each, on the real models (LEGO profiles, service
channels):

- a new offering of the brand's told as news in a reply to a complaint is a push: arrived
  or put online past its name or contents (« notre nouveau coffret « Nuit d'hiver »
  (bougies, thé) est arrivé », "our new Winter Pantry box has just landed"), or asked
  about as news (« saviez-vous que notre nouvelle carte… », "did you know we now
  offer…") — not a new member of staff or system that arrived (« notre nouveau livreur est
  arrivé à 19 h », "our new courier arrived at 7pm").
"""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


# -- a new offering told as news -------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, toutes nos excuses pour la boîte abîmée : nous vous en envoyons une "
           "autre demain. Et bonne nouvelle, notre nouveau coffret « Nuit d'hiver » (bougies, "
           "thé, puzzle de 500 pièces) est arrivé, à découvrir sur le site !"),
    ("fr", "Bonjour Léa, toutes nos excuses pour la boîte abîmée : nous vous en envoyons une "
           "autre demain. Au fait, saviez-vous que notre nouvelle carte Club vous fait gagner "
           "des points à chaque achat ?"),
    ("en", "Hi Tom, we're sorry the set arrived with a torn box: a new one goes out "
           "tomorrow. PS: our new Winter Pantry box has just landed, with hot chocolate "
           "and a puzzle!"),
    ("en", "Hi Tom, we're sorry the set arrived with a torn box: a new one goes out "
           "tomorrow. Did you know we now offer gift wrapping with every order?"),
])
def test_a_new_offering_told_as_news_is_marketing(lint, lang, text):
    assert "BL406" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, toutes nos excuses pour la boîte abîmée : notre nouveau livreur est "
           "arrivé à 19 h et l'a posée sous la pluie. Nous vous en envoyons une autre "
           "demain."),
    ("en", "Hi Tom, we're sorry the set arrived with a torn box: our new courier arrived "
           "at 7pm and left it in the rain. A new one goes out tomorrow."),
])
def test_a_new_member_of_staff_arrived_is_no_marketing(lint, lang, text):
    assert "BL406" not in codes(lint(text, lang, "after_sales"))
