"""The tone a draft reads as (`ToneReading.dominant`), on the real models, FR and EN: its
strongest tone, unless one of the channel's target tones comes near it — then the reader
hears the channel's target first. A target far below the strongest tone does not win."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre colis part demain à 9 h en express. Nous allons vous envoyer le lien de suivi."),
    ("en", "Your parcel leaves tomorrow at 9am by express courier. We will send you the link."),
])
def test_a_target_tone_near_the_strongest_is_heard_first(analyse, lang, text):
    on_sms = analyse(text, lang, "sms").tone            # targets: speed
    on_phone = analyse(text, lang, "phone_script").tone  # targets: …, solution
    assert on_sms.raw.get("speed", 0) > 0 and on_sms.raw.get("solution", 0) > 0
    assert on_sms.dominant == "speed"
    assert on_phone.dominant == "solution"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Quelle joie, quel bonheur, on est tellement ravis de vous retrouver ! 🎉 "
           "Rendez-vous demain."),
    ("en", "What a joy, we are so happy and delighted to see you all again! 🎉 "
           "See you tomorrow."),
])
def test_a_target_tone_far_below_the_strongest_is_not(analyse, lang, text):
    tone = analyse(text, lang, "sms").tone  # targets: speed
    assert tone.dominant == "joy"
