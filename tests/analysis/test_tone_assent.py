"""A reply's yes to a request (« Pas de souci, je regarde », "No worries, I'll check"), on
the real models, FR and EN: opening a turn, it is the courtesy before the act and weighs
`assent_weight` of its reassurance; said after the opening, about the reader's worry, it
keeps its weight."""

from __future__ import annotations

import pytest

from brandlint.analysis.tone import _settings


def _assent_weight(analyse, text, lang):
    tone = analyse(text, lang, "phone_script").tone
    return sum(e.weight for e in tone.evidence
               if e.tone == "reassurance" and e.signal is None
               and e.text.lower() in ("pas de souci", "no worries"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Pas de souci, je regarde votre commande et je vous la renvoie "
           "aujourd'hui."),
    ("en", "Agent: No worries, I'll check your order and send it again today."),
])
def test_no_worries_opening_a_turn_is_an_assent(analyse, lang, text):
    assert _assent_weight(analyse, text, lang) == pytest.approx(1.5 * _settings()["assent_weight"])


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Je vous rassure, ce voyant est normal, pas de souci pour la suite."),
    ("en", "Agent: That light is completely normal, and no worries about the engine."),
])
def test_no_worries_about_the_readers_fear_stays_reassurance(analyse, lang, text):
    assert _assent_weight(analyse, text, lang) == pytest.approx(1.5)
