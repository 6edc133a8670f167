"""Anger in the brand's own voice, round 30 (tone-blind29's read half showed phrases the
lexicon lacked; the texts are ours): disbelief at the reader ("Are you serious?",
"Unbelievable."), the point said to be plain ("I cannot make it any clearer", « on ne peut
pas être plus clairs »), the reader's treatment of the brand's things told back (« voilà
comment vous le traitez », "this is how you thank us"), the reader denied a cent. Near
misses: the same words in a question to a keen reader, a wonder, a price."""

from __future__ import annotations

import pytest


def anger(analyse, text, lang):
    return analyse(text, lang, "after_sales").tone.raw.get("anger", 0.0)


@pytest.mark.parametrize("lang,text", [
    ("en", "Are you serious? You returned the ladder with a rung missing. Unbelievable."),
    ("en", "I really cannot make it any clearer: bookings close at noon. It is written "
           "everywhere."),
    ("en", "And this is how you thank us for lending you the van. You're not getting a penny "
           "back."),
    ("fr", "Voilà comment vous le traitez : l'escabeau est revenu plié. Vous n'aurez pas un "
           "centime de caution."),
    ("fr", "On ne peut pas être plus clairs : les réservations ferment à midi. C'est écrit "
           "partout."),
    ("fr", "Franchement, on se demande pourquoi on se donne tout ce mal."),
])
def test_anger_phrases_are_read(analyse, lang, text):
    assert anger(analyse, text, lang) >= 1.5


@pytest.mark.parametrize("lang,text", [
    ("en", "Are you serious about climbing? Join our Sunday club."),
    ("en", "Unbelievable views from the summit, and the van is back at 6 pm."),
    ("en", "Not a penny more than the shelf price: that is our promise."),
    ("fr", "Voilà comment nous traitons vos vélos : révision, nettoyage, réglages."),
    ("fr", "Pas un centime de plus que le prix affiché."),
])
def test_the_same_words_elsewhere_are_no_anger(analyse, lang, text):
    assert anger(analyse, text, lang) == 0.0
