"""Storytelling read from the structure of a tale, on the real models, FR and EN: after
a story's anchor (a dated moment of the past, a tale's opening), each sentence of the
paragraph that states without addressing the reader is a beat of the story, whatever its
tense, and « aujourd'hui » / "today" there is the story's now, not speed. A lasting state
(« depuis 1991 », "since 1996"), a paragraph without an anchor, or sentences to the
reader tell no story."""

from __future__ import annotations

import pytest


def _reading(analyse, text, lang, channel="web"):
    tone = analyse(text, lang, channel).tone
    return tone, [e for e in tone.evidence if e.signal == "story_beat"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tout commence en 1991, dans un garage de Roanne. Gérard Vial achète une Renault 5 "
           "d'occasion. Sa femme Martine tient la caisse. Les années passent."),
    ("fr", "Il était une fois un petit atelier de cordes. Claire coud les sangles, Didier "
           "répare les piolets. Les grimpeurs du quartier passent le soir."),
    ("en", "1987. Claire and Didier open a tiny shop with three pairs of boots. Didier mends "
           "jackets at night. Claire climbs at dawn."),
    ("en", "In 1996, Denise opens a driving school with one red car. Her pupils bring "
           "their cousins. The queue grows every spring."),
])
def test_a_dated_tale_in_the_historical_present_reads_as_storytelling(analyse, lang, text):
    tone, beats = _reading(analyse, text, lang)
    assert len(beats) >= 3
    assert tone.dominant == "storytelling"


@pytest.mark.parametrize("lang,text", [
    # a lasting state, not a moment the story starts from
    ("fr", "Depuis 1991, nos moniteurs accompagnent les élèves. Les leçons durent une heure. "
           "Le code se révise dans l'application."),
    ("en", "Since 1996 our instructors have taught learners. Lessons last one hour. The "
           "theory test is revised in the app."),
    # no anchor: the same sentences are a description
    ("fr", "Gérard achète les voitures. Martine tient la caisse. Les élèves passent le code."),
    ("en", "Claire runs the shop. Didier mends jackets. The workshop opens at nine."),
])
def test_no_anchor_or_a_lasting_state_tells_no_story(analyse, lang, text):
    _, beats = _reading(analyse, text, lang)
    assert beats == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tout a commencé en 1991 à Roanne.\n\nVous réservez vos leçons dans l'application. "
           "Votre moniteur vous attend devant l'agence. Réservez dès aujourd'hui."),
    ("en", "It all began in 1996 in Roanne.\n\nYou book your lessons in the app. Your "
           "instructor meets you outside. Book today."),
])
def test_the_story_ends_with_its_paragraph_and_the_reader_is_no_beat(analyse, lang, text):
    tone, beats = _reading(analyse, text, lang)
    assert len(beats) <= 1  # the anchor's own sentence at most
    assert tone.raw.get("speed", 0) > 0  # today, for the reader


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tout commence en 1991, dans un garage de Roanne. Aujourd'hui, la Renault 5 dort "
           "dans le hall de l'agence."),
    ("en", "It all started in 1996 with one red car. Today that car sleeps in the hall of "
           "our first branch."),
])
def test_today_inside_a_story_is_the_story_now_not_speed(analyse, lang, text):
    tone, _ = _reading(analyse, text, lang)
    assert "time_given" not in {e.signal for e in tone.evidence}
    assert tone.raw.get("speed", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("en", "Please note the return procedure. Items must be dry. Tents must be folded."),
    ("en", "Boots must be cleaned before they are returned."),
])
def test_must_be_as_a_rule_is_no_empathy(analyse, lang, text):
    tone = analyse(text, lang, "email").tone
    assert tone.raw.get("empathy", 0) == 0


def test_must_be_about_the_reader_s_ordeal_is_empathy(analyse):
    tone = analyse("That must be so stressful, and we're sorry.", "en", "after_sales").tone
    assert tone.raw.get("empathy", 0) > 0
