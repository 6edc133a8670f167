"""An order softened by *just* / *simply* / *please* whose verb the small English model
tags as a noun ("If that time doesn't work, just reply and we'll…"): the reader's act, not
the brand's reply service. Read on the real models, with near misses; the French order
(« répondez simplement ») is a verb already and must read the same."""

from __future__ import annotations

import pytest


def codes(diagnostics):
    return {d.code for d in diagnostics}


def frame_of(analyse, text, word, lang="en", channel="after_sales"):
    a = analyse(text, lang, channel)
    token = next(t for t in a.doc if t.lower_ == word)
    return token, a.frame(token)


@pytest.mark.parametrize("text", [
    "If that time doesn't work, just reply and we'll find another slot in the next few days.",
    "If the date doesn't suit you, simply reply and we'll look again.",
])
def test_a_softened_bare_verb_is_the_readers_order(analyse, text):
    token, frame = frame_of(analyse, text, "reply")
    assert frame.holder == "customer" and frame.act == "advice", (token.pos_, frame)


@pytest.mark.parametrize("text,word", [
    ("No fuss, no forms, just results.", "results"),
    ("Your answer is just a reply away.", "reply"),
])
def test_near_miss_a_noun_after_just_stays_a_noun(analyse, text, word):
    _, frame = frame_of(analyse, text, word)
    assert frame.act != "advice" or frame.holder != "customer"


@pytest.mark.parametrize("lang,text", [
    ("en", "I'm sorry the workshop was moved. If that time doesn't work, just reply and "
           "we'll find another slot in the next few days."),
    ("fr", "Désolés pour le changement d'horaire de l'atelier. Si ce créneau ne vous convient "
           "pas, répondez simplement à ce message et nous trouverons un autre créneau dans "
           "les prochains jours."),
])
def test_the_readers_reply_times_no_response_service(lint, lang, text):
    assert "BL408" not in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("text", [
    "I'm sorry the workshop was moved. If that time doesn't work, just reply and we'll get "
    "back to you in the next few days.",
    "I'm sorry the workshop was moved. If that time doesn't work, just write to us and our "
    "reply will follow in the next few days.",
])
def test_near_miss_the_brands_own_answer_is_still_held_to_the_commitment(lint, text):
    assert "BL408" in codes(lint(text, "en", "after_sales"))
