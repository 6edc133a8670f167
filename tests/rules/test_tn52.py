"""Round 45 of the dominant tone (tn52), FR and EN on the real models, with the Abrilo
profiles (their social posts aim at joy and collaboration): a joyful post that closes on a
call putting nothing at stake (« Et toi, tu viens quand ? », "Tell us below 👇") ends as
posts end — the call is its sign-off, and the post reads as its news. A call with a stake
(a name to find, a vote) is what the post is for, and a post that is all call keeps its
weight. The rules read the whole weight. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre nouvelle agence de Nantes a ouvert ce matin 🎉 Merci à tous ceux qui sont "
           "passés, quelle journée ! Et toi, tu viens quand ? Dis-nous en commentaire 👇"),
    ("en", "Our new Nantes office opened this morning 🎉 Thanks to everyone who came! "
           "Who's coming next week? Tell us below 👇"),
])
def test_a_joyful_post_signed_off_by_a_call_reads_as_joy(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert tone.sign_off > 0
    assert tone.dominant == "joy"
    # the call outweighs the joy in `raw`, which the rules read whole
    assert tone.raw["collaboration"] > tone.raw["joy"]


@pytest.mark.parametrize("lang,text", [
    # the call puts a stake on the answer: a name to find with the brand
    ("fr", "Notre nouvelle agence de Nantes a ouvert ce matin 🎉 Merci à tous ceux qui sont "
           "passés, quelle journée ! Aidez-nous à lui trouver un nom : dites-le-nous en "
           "commentaire 👇"),
    ("en", "Our new Nantes office opened this morning 🎉 Thanks to everyone who came! "
           "Help us find it a name: tell us below 👇"),
    # … or a game: a guess to make
    ("fr", "Le glacier rouvre samedi 🎉 Merci pour votre patience, quel été on vous prépare ! "
           "Devinez le parfum du jour en commentaire 👇"),
    ("en", "The ice-cream stand reopens on Saturday 🎉 Thanks for your patience, what a summer "
           "ahead! Guess the flavour of the day below 👇"),
])
def test_a_call_with_a_stake_is_no_sign_off(engines, lang, text):
    assert reading(engines, lang, text, "social").sign_off == 0


@pytest.mark.parametrize("lang,text", [
    # no joyful body before the call: a plain notice, then the call
    ("fr", "L'agence de Nantes est au 12 rue Crébillon. Et toi, tu viens quand ? Dis-nous "
           "en commentaire 👇"),
    ("en", "The Nantes office is at 12 Crébillon Street. And you, when are you coming? "
           "Tell us in the comments 👇"),
])
def test_a_call_after_a_plain_body_is_no_sign_off(engines, lang, text):
    assert reading(engines, lang, text, "social").sign_off == 0
