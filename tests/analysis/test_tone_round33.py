"""The tone reading of round 33: a letter's formal closing (« Nous vous prions d'agréer,
Madame, l'expression de nos sentiments les plus cordiaux », « Veuillez recevoir, Monsieur,
nos salutations distinguées », "Please accept our kind regards") is the
letter's frame — a leave-taking, no order and no coldness — while the same verb asking
the reader to act (« Nous vous prions de bien vouloir régulariser… », "Please note that…")
still reads cold. Real models, FR and EN, each with its near miss."""

from __future__ import annotations

import pytest


def _cold_words(tone):
    return [e.text.lower() for e in tone.evidence if e.tone == "coldness"]


@pytest.mark.parametrize("lang,text,closing", [
    ("fr", "Madame,\n\nDès la semaine prochaine, deux lampes seront installées près de la "
           "fenêtre.\n\nNous vous prions d'agréer, Madame, l'expression de nos sentiments "
           "les plus cordiaux.", "prions"),
    ("fr", "Monsieur,\n\nVotre carte est prête à l'accueil.\n\nVeuillez recevoir, Monsieur, "
           "nos salutations distinguées.", "veuillez"),
    ("en", "Dear Mrs Hale,\n\nTwo desk lamps will be fitted by the window next week.\n\n"
           "Please accept our kind regards.\n\nYours faithfully,\nIsabel Dunn", "please"),
])
def test_a_formal_closing_is_no_coldness(analyse, lang, text, closing):
    assert not any(closing in w for w in _cold_words(analyse(text, lang, "email").tone))


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Madame,\n\nNous vous prions de bien vouloir régulariser votre situation sous "
           "huit jours.", "prions"),
    ("fr", "Monsieur,\n\nVeuillez restituer les documents à l'accueil.", "veuillez"),
])
def test_the_same_verb_asking_the_reader_to_act_still_reads_cold(analyse, lang, text, word):
    assert any(word in w for w in _cold_words(analyse(text, lang, "email").tone))
