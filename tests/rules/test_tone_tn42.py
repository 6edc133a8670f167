"""Round 39 of the tone reading (tn42), FR and EN on the real models, with the Tisonnel
profiles (a chimney sweep: after_sales aims at solution and speed, sms at speed and
reassurance, email at reassurance and solution): in a reply that waves the reader's worry
away, the case done this very day is the mishap fixed, not the speed of a plain notice.
Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("tisonnel")


# -- the mishap fixed this very day ---------------------------------------------------------

MISHAP = {
    "fr": "Bonjour Monsieur Perrin,\n\nPas d'inquiétude pour la facture que vous ne "
          "retrouvez plus : nous l'avons gardée. Nous vous l'avons renvoyée ce matin par "
          "e-mail.\n\nBien cordialement,\nLéa, service clients",
    "en": "Dear Mr Hartley,\n\nThere is no need to worry about the invoice you mislaid: we "
          "keep a copy of every one. We emailed it to you again this morning.\n\nKind "
          "regards,\nLeah, Customer Care",
}

NOTICE = {
    "fr": "Bonjour Monsieur Perrin,\n\nVotre facture vous a été envoyée ce matin par "
          "e-mail.\n\nBien cordialement,\nLéa, service clients",
    "en": "Dear Mr Hartley,\n\nYour invoice was emailed to you this morning.\n\nKind "
          "regards,\nLeah, Customer Care",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_case_done_today_after_a_worry_waved_away_is_the_fix(engines, lang):
    tone = reading(engines, lang, MISHAP[lang], "after_sales")
    assert said(tone, "solution", signal="fix_done_today")
    assert not said(tone, "speed", signal="done_today")
    assert tone.dominant == "solution"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_case_done_today_in_a_plain_notice_stays_speed(engines, lang):
    tone = reading(engines, lang, NOTICE[lang], "after_sales")
    assert said(tone, "speed", signal="done_today")
    assert not said(tone, "solution", signal="fix_done_today")
