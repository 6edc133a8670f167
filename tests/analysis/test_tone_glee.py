"""Joy in the spoken register of a party (« c'est la fête », « on trinque », "OMG", "gonna be
lit", the party emoji), on the real models, FR and EN; a plain notice of the same evening
carries no joy."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ça y est, c'est la fête ce soir au studio : on trinque à nos dix ans 🥂"),
    ("en", "OMG, best night of the summer at the studio, gonna be lit 🥂"),
])
def test_the_register_of_a_party_reads_as_joy(analyse, lang, text):
    assert analyse(text, lang, "social").tone.dominant == "joy"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce soir, le studio ferme à 18 h pour la formation de l'équipe."),
    ("en", "Tonight the studio closes at 6pm for the team's training."),
])
def test_a_notice_of_the_evening_carries_no_joy(analyse, lang, text):
    assert analyse(text, lang, "social").tone.raw.get("joy", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Grande nouvelle : la saison ouvre samedi ! Vous étiez 300 l'an dernier, quelle "
           "semaine !"),
    ("en", "Big news: the season opens on Saturday! Thank you to the 300 of you who came last "
           "year, what a week!"),
])
def test_glad_news_and_a_crowd_thanked_read_as_joy(analyse, lang, text):
    assert analyse(text, lang, "social").tone.dominant == "joy"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mauvaise nouvelle : la piscine reste fermée jusqu'à nouvel ordre."),
    ("en", "Bad news: the pool stays closed until further notice."),
])
def test_bad_news_carries_no_joy(analyse, lang, text):
    assert analyse(text, lang, "social").tone.raw.get("joy", 0) == 0
