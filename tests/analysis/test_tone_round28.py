"""The tone reading of round 28: a worry waved away (« pas d'inquiétude », "no worries")
whose ground is the reader's first time welcomes a newcomer — a share of its weight is
joy (signal `newcomer_welcome`); waved over a mishap, it stays reassurance. Real models,
FR and EN, each with its near miss."""

from __future__ import annotations

import pytest


def _read(analyse, text, lang="fr", channel="social"):
    return analyse(text, lang, channel).tone


def _signals(tone, name):
    return [e for e in tone.evidence if e.signal == name]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Jamais monté sur un paddle ? Pas d'inquiétude : Lina vous montre tout sur le "
           "lac, et on finit par une crêpe au ponton ! 🏄"),
    ("fr", "Bienvenue à l'atelier ! Ne t'inquiète pas si c'est ta première fois au tour, "
           "tout le monde rate son premier bol et on en rit ensemble. 🎉"),
    ("en", "Never held a paintbrush? No worries: Sunday's open studio is made for you, with "
           "paint, aprons and a big pot of tea! 🎨"),
    ("en", "Don't worry if you're new to climbing: Maya shows every beginner the ropes, and "
           "there's cake afterwards! 🎂"),
])
def test_a_newcomers_worry_waved_away_is_a_welcome(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert _signals(tone, "newcomer_welcome")
    assert tone.dominant == "joy"
    assert tone.raw.get("reassurance", 0) > 0  # the aside still reassures a little


@pytest.mark.parametrize("lang,text", [
    # a mishap, no first time: the worry waved away is the draft's reassurance
    ("fr", "Ton vélo a crevé sur le parcours ? Pas d'inquiétude : ta location reste "
           "couverte et rien n'est perdu."),
    ("en", "Lost your locker key? No worries: your things stay safe and nothing is lost."),
])
def test_a_mishaps_worry_waved_away_stays_reassurance(analyse, lang, text):
    tone = _read(analyse, text, lang)
    assert not _signals(tone, "newcomer_welcome")
    assert tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    # a caller's first time in a script: the agent answers a worry, not a newcomer
    ("fr", "Client : C'est ma première fois, j'ai peur de rater le départ.\nConseillère : "
           "Pas d'inquiétude, votre place reste réservée jusqu'au départ."),
    ("en", "Caller: It's my first time, I'm scared I'll miss the start.\nAgent: No worries, "
           "your seat stays booked until the start."),
])
def test_a_script_answers_a_callers_worry(analyse, lang, text):
    tone = _read(analyse, text, lang, channel="phone_script")
    assert not _signals(tone, "newcomer_welcome")
