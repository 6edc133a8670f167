"""se45 (sincerity-blind30…39 misses): the brand's own check, told by its result or under
way with no date, is where the case stands — not what happens next. FR and EN, a firing
case and a near miss each, on the real models (LEGO profiles, after-sales channel):

- a fact confirmed (« nous vous confirmons que le colis n'a pas été retrouvé », "we can
  confirm that your pause was not passed on") is no step, nor does the brand's "we can
  confirm" ask the customer anything; an arrangement confirmed (« je vous confirme le
  remboursement », "please confirm your address") still is one;
- « nous avons vérifié », « l'équipe revoit… » are hand-offs like "we've checked" and "we're
  reviewing": a step only with a date;
- the basics named talk down: the trade's first lesson ("that's gardening 101", « c'est du
  jardinage 101 »), its rule called basic ("that's basic water-park safety"), the slip made
  a beginner's ("easy mistake for a beginner", « erreur classique de débutant ») — not a
  beginner's guide or a course called "Gardening 101".
"""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


# -- a fact confirmed ------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\n\nNous vous confirmons que votre coffret n'a pas été retrouvé dans "
           "notre entrepôt. Nous en sommes sincèrement navrés.\n\nLe service clients"),
    ("en", "Dear Mr Hale,\n\nWe have looked at your file and can confirm that your delivery "
           "pause for 3 to 17 May was saved but was not sent on to the courier. We are very "
           "sorry about this.\n\nCustomer Service"),
])
def test_a_fact_confirmed_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\n\nNous sommes sincèrement navrés pour ce coffret perdu. Je vous confirme "
           "le remboursement de 49 € sur votre carte aujourd'hui.\n\nLe service clients"),
    ("en", "Dear Mr Hale,\n\nWe are very sorry your delivery pause was not passed on. "
           "Please confirm your postal address and we will send the missing set tomorrow."
           "\n\nCustomer Service"),
])
def test_an_arrangement_confirmed_is_a_next_step(lint, lang, text):
    assert "BL407" not in codes(lint(text, lang, "after_sales"))


# -- a check with no date --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nToutes nos excuses pour cette erreur : vous avez reçu la boîte de 500 "
           "pièces au lieu de celle de 1000. Nous avons vérifié avec notre entrepôt, et "
           "l'équipe revoit en ce moment le rangement de ces boîtes.\n\nLe service clients"),
])
def test_a_check_with_no_date_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nToutes nos excuses pour cette erreur : vous avez reçu la boîte de 500 "
           "pièces au lieu de celle de 1000. Nous vérifions votre commande avec l'entrepôt "
           "et la bonne boîte part demain matin.\n\nLe service clients"),
    ("en", "Hi,\n\nSorry for the mix-up: you received the 500-piece box instead of the "
           "1000-piece one. We've checked with our warehouse and the right box ships "
           "tomorrow morning.\n\nCustomer Service"),
])
def test_a_check_followed_by_a_dated_step_does_not_fire(lint, lang, text):
    assert "BL407" not in codes(lint(text, lang, "after_sales"))


def test_an_english_check_with_no_date_is_no_next_step(lint):
    text = ("Hi,\n\nSorry for the mix-up: you received the 500-piece box instead of the "
            "1000-piece one. We've checked with our warehouse, and our team is reviewing "
            "the shelving of these boxes.\n\nCustomer Service")
    assert "BL407" in codes(lint(text, "en", "after_sales"))


# -- the basics named (condescension) ----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Luc, un ficus n'aime pas les courants d'air. Erreur classique de débutant ! "
           "Nous vous en envoyons un nouveau sous 10 jours."),
    ("fr", "Bonjour Luc, un ficus se rempote au printemps, c'est du jardinage 101. Nous vous en "
           "envoyons un nouveau sous 10 jours."),
    ("en", "Hi Luke, a fig tree hates draughts. Easy mistake for a beginner! We'll send a new "
           "one within 10 days."),
    ("en", "Hi Luke, you repot a fig tree in spring. That's gardening 101. We'll send a new one "
           "within 10 days."),
    ("en", "Hi Luke, the brick set says ages 12+. That's basic toy safety, honestly. We'll send "
           "a new one within 10 days."),
])
def test_the_basics_named_talks_down(lint, lang, text):
    assert "BL404" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Luc, désolés pour ce ficus abîmé. Notre guide débutant explique le rempotage "
           "; nous vous envoyons un nouveau ficus sous 10 jours."),
    ("en", "Hi Luke, sorry about the damaged fig tree. Our beginner's guide covers repotting, "
           "and we'll send a new one within 10 days."),
    ("en", "Hi Luke, sorry about the damaged fig tree. The workshop is called Gardening 101 "
           "and starts on Monday; we'll send a new tree within 10 days."),
])
def test_a_beginners_guide_or_course_does_not_talk_down(lint, lang, text):
    assert "BL404" not in codes(lint(text, lang, "after_sales"))
