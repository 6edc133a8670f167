"""Round 46 of the dominant tone (tn55), FR and EN on the real models, with the Abrilo
profiles (sms aims at speed): a short notice whose news is the reader's plan upset (a class
cancelled, a shop shut, a delivery given a new date) and that waves the worry away outright
reads as the comfort it gives — its times are those of the upset plan, not news given on
time. A worry waved under an « if », or an upset told without any worry waved, leaves a
plain notice, read for its speed. The rules read the notice's speed whole (`raw`). Texts
are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


UPSETS = [
    ("fr", "Abrilo : cours de poterie de jeudi 18 h annulé, le four est en panne. Pas "
           "d'inquiétude, ta place est gardée pour le jeudi 14 mars."),
    ("en", "Abrilo: Thursday's 6pm pottery class is cancelled, the kiln is down. No need to "
           "worry, your place is kept for Thursday 14 March."),
    ("fr", "Abrilo : l'atelier est fermé demain après l'orage. Pas de souci, ta carte reste "
           "valable jusqu'au 30 mai."),
    ("en", "Abrilo: the studio is shut tomorrow after the storm. No worries, your card still "
           "works until 30 May."),
]


@pytest.mark.parametrize("lang,text", UPSETS)
def test_a_plan_upset_with_the_worry_waved_reads_as_reassurance(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.upset_answered > 0
    assert tone.dominant == "reassurance"
    # the rules still read the notice's speed in `raw`, and its aside's share as speed
    assert tone.raw.get("speed", 0) >= tone.upset_answered >= tone.upset_comfort


@pytest.mark.parametrize("lang,text", [
    # the worry waved under an « if »: an aside to a plain booking notice
    ("fr", "Abrilo : cours de poterie confirmé demain à 18 h. Pas d'inquiétude si tu arrives "
           "en retard, on t'attend à l'accueil."),
    ("en", "Abrilo: pottery class confirmed for tomorrow, 6pm. No worries if you're running "
           "late, we'll wait for you at the desk."),
])
def test_a_worry_waved_under_an_if_leaves_the_notice_its_speed(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.upset_answered == 0
    assert tone.dominant == "speed"


@pytest.mark.parametrize("lang,text", [
    # the upset told, no worry waved: a plain notice of a new date
    ("fr", "Abrilo : cours de jeudi 18 h annulé. Nouvelle date : jeudi 14 mars, même heure."),
    ("en", "Abrilo: Thursday's 6pm class is cancelled. New date: Thursday 14 March, same time."),
])
def test_an_upset_without_a_worry_waved_keeps_its_speed(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.upset_answered == 0
    assert tone.dominant == "speed"
