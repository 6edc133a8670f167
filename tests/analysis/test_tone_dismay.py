"""The brand's own dismay in words the lexicon lacked (round 32, tone-blind31 read half):
"we're crushed", a plan the weather "has ruined", "a rubbish year", "postponed
indefinitely", « nous sommes effondrés », « a gâché notre », « une saison pourrie »,
« reporté à une date indéterminée » read as disappointment; the same news said with a new
date, or someone else's ruined plan asked about, do not. Texts ours."""

from __future__ import annotations

import pytest


def _dismay(analysis) -> float:
    return analysis.tone.raw.get("disappointment", 0.0)


@pytest.mark.parametrize("lang,text", [
    ("en", "Contest's off. Honestly, we're crushed."),
    ("en", "The storm has ruined our schedule again."),
    ("en", "It's been a rubbish year for the club."),
    ("en", "Your repair is postponed indefinitely."),
    ("fr", "Le concours est annulé. Franchement, nous sommes effondrés."),
    ("fr", "La tempête a gâché notre planning."),
    ("fr", "Ça a été une saison pourrie pour le club."),
    ("fr", "Votre réparation est reportée à une date indéterminée."),
])
def test_the_brands_dismay(analyse, lang, text):
    assert _dismay(analyse(text, lang, "sms")) > 0


@pytest.mark.parametrize("lang,text", [
    ("en", "Contest's off for the rain, and back on Saturday 14 June. See you there!"),
    ("en", "Your repair moves to Thursday 9am because of the rain."),
    ("fr", "Le concours est décalé au samedi 14 juin à cause de la pluie. À samedi !"),
    ("fr", "Votre réparation est reportée à jeudi 9 h à cause de la pluie."),
])
def test_a_new_date_is_no_dismay(analyse, lang, text):
    assert _dismay(analyse(text, lang, "sms")) == 0
