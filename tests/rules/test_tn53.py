"""Round 45 of the dominant tone (tn53), FR and EN on the real models, with the Abrilo
profiles (social aims at joy and collaboration, sms at speed): on a channel that aims at
joy and not at speed, the times of a cheerful post say when the event happens and the
reader comes, not how soon something is done for them — the post reads as its joy. A post
with no cheer, a speed of its own, or a channel that aims at speed keeps the times' speed.
The rules read the whole weight (`raw`). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


EVENTS = [
    ("fr", "Samedi soir à l'atelier : concert acoustique et crêpes maison ! On t'attend dès "
           "19 h, viens avec tes voisins !"),
    ("en", "Saturday night at the workshop: acoustic gig and homemade crêpes! Doors open at "
           "7pm, come with your neighbours!"),
]


@pytest.mark.parametrize("lang,text", EVENTS)
def test_an_events_time_on_a_joy_channel_is_not_the_posts_speed(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert tone.event_time > 0
    assert tone.dominant == "joy"
    # the rules still read the times' speed in `raw`
    assert tone.raw.get("speed", 0) >= tone.event_time


@pytest.mark.parametrize("lang,text", EVENTS)
def test_the_same_times_on_a_speed_channel_keep_their_speed(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.event_time == 0
    assert tone.dominant == "speed"


@pytest.mark.parametrize("lang,text", [
    # no cheer: a plain notice of a closing time
    ("fr", "Avis : l'atelier ferme à 17 h ce soir pour inventaire."),
    ("en", "Notice: the workshop closes at 5pm tonight for stocktaking."),
])
def test_a_plain_notice_without_cheer_keeps_its_speed(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert tone.event_time == 0
    assert tone.dominant == "speed"
