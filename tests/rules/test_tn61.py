"""Round 49's held-out half of the tone reading (tn61), FR and EN on the real models, with
the Abrilo profiles (its SMS channel aims at speed, 160 characters; social at joy and
collaboration): the dominant tone of a bare notice.

- A message of a short channel that aims at speed, with no negative or cold word and less
  positive tone than one full cue (a pick-up notice, a room change, a recall's one-line
  instruction), is named speed: the reader names the quickness of the notice itself, not
  its one weak word (« remboursement », "pleased", a "!").
- Near misses: the same words on a channel that does not aim at speed (social), a notice
  that refuses replies (coldness), and an SMS that tells a story in full cues keep what
  they say. The rules read the raw evidence: no finding changes. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


BARE_NOTICES = [
    ("en", "Abrilo: your glazed bowls are on shelf 3 by the door. Pick-up code 5521."),
    ("en", "Abrilo: kiln 2 is out of use. Full refund for your class at the desk."),
    ("fr", "Abrilo : vos bols émaillés sont sur l'étagère 3 près de la porte. Code "
           "de retrait 5521."),
    ("fr", "Abrilo : four 2 hors service. Remboursement de votre cours à l'accueil."),
]


@pytest.mark.parametrize("lang,text", BARE_NOTICES)
def test_a_bare_notice_on_a_speed_channel_reads_as_speed(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.positive_strength < 1.0
    assert tone.dominant == "speed"
    assert not warned(engines, lang, text, "sms", "BL2")


@pytest.mark.parametrize("lang,text", BARE_NOTICES)
def test_the_same_notice_on_a_channel_not_aimed_at_speed_is_not_named_speed(engines, lang,
                                                                             text):
    assert reading(engines, lang, text, "social").dominant != "speed"


@pytest.mark.parametrize("lang,text", [
    ("en", "Workshop 12/03 cancelled. Fee kept under the terms. Don't reply to this number."),
    ("fr", "Commande 4471 annulée. Acompte conservé, voir CGV. Ne pas répondre."),
])
def test_a_notice_with_a_cold_word_keeps_its_coldness(engines, lang, text):
    assert reading(engines, lang, text, "sms").dominant == "coldness"


@pytest.mark.parametrize("lang,text", [
    ("en", "Abrilo: in 1987 our founder fired her very first bowl in a garden kiln. "
           "That bowl is on our shelf today."),
    ("fr", "Abrilo : en 1987, notre fondatrice a cuit son tout premier bol dans un four de "
           "jardin. Ce bol est toujours sur notre étagère."),
])
def test_an_sms_that_tells_a_story_in_full_cues_keeps_it(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.positive_strength >= 1.0
    assert tone.dominant != "speed"
