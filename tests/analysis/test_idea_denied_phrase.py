"""The idea's word inside a noun phrase the brand denies whole ("no origin cards", "no
essays about farms", « sans fiche d'origine »): the brand rejects it, as BL103 reads it;
not a word the denied phrase reaches ("no limits to your imagination" affirms it). LEGO
profiles: the idea is creativity and imagination."""

from __future__ import annotations

import pytest


def rejected(analyse, text, lang):
    return {t.lower_ for t in analyse(text, lang, "social").idea.rejected_tokens}


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Our new Basics range: no imagination games, no building guides, just toys.",
     "imagination"),
    ("en", "No essays about creativity here, just a box of bricks.", "creativity"),
    ("fr", "Notre gamme Basique : sans atelier de création, sans histoire, juste des jouets.",
     "création"),
])
def test_an_idea_word_in_a_denied_phrase_is_rejected(analyse, lang, text, word):
    assert word in rejected(analyse, text, lang)


@pytest.mark.parametrize("lang,text,word", [
    ("en", "No limits to your imagination: build what you dream.", "imagination"),
    ("fr", "Aucune limite à votre imagination : construisez ce dont vous rêvez.",
     "imagination"),
    ("fr", "Des sets pour l'imagination, sans écran ni piles.", "imagination"),
])
def test_near_miss_a_word_the_denied_phrase_only_reaches(analyse, lang, text, word):
    assert word not in rejected(analyse, text, lang)
