"""Round 39 of the tone reading (tn42), FR and EN on the real models, with the Tisonnel
profiles (a chimney sweep: after_sales aims at solution and speed, sms at speed and
reassurance, email at reassurance and solution): in a reply that waves the reader's worry
away, the case done this very day is the mishap fixed, not the speed of a plain notice; the
reader sent elsewhere is anger, named over weariness; an apology on a service channel that
does not aim at empathy is the courtesy around the act. Texts are our own."""

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


# -- the reader sent elsewhere; the heat heard before the weariness --------------------------

ELSEWHERE = {
    "fr": "Bonjour,\n\nOn en a marre d'être accusés pour un conduit que nous avons ramoné "
          "correctement. Si vous n'êtes pas content, trouvez-vous un autre ramoneur.\n\n"
          "Tisonnel",
    "en": "Dear Mr Cole,\n\nWe are fed up with being blamed for a flue we swept properly. If "
          "you are not happy, find yourself another sweep.\n\nTisonnel",
}

ANOTHER_SLOT = {
    "fr": "Bonjour Monsieur Cole,\n\nSi jeudi ne vous convient pas, nous vous trouverons un "
          "autre créneau la semaine prochaine.\n\nBien cordialement,\nTisonnel",
    "en": "Dear Mr Cole,\n\nIf Thursday does not suit you, we will find you another slot next "
          "week.\n\nKind regards,\nTisonnel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_reader_sent_to_another_firm_is_anger(engines, lang):
    tone = reading(engines, lang, ELSEWHERE[lang], "email")
    assert said(tone, "anger")
    assert tone.dominant == "anger"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_another_slot_found_for_the_reader_is_no_anger(engines, lang):
    assert not said(reading(engines, lang, ANOTHER_SLOT[lang], "email"), "anger")


# -- the apology around the reply's act ------------------------------------------------------

APOLOGY = {
    "fr": "Bonjour Madame Roux,\n\nNous sommes vraiment désolés pour cette erreur de "
          "facturation, et nous vous présentons nos excuses. Le second prélèvement vous a été "
          "remboursé, et nous remplaçons la vitre fendue de votre poêle, sans frais.\n\nBien "
          "cordialement,\nLéa, service clients",
    "en": "Dear Mrs Roux,\n\nWe are truly sorry for this billing mistake, and we apologise. We "
          "have cancelled the second payment, and a technician will come back to check your "
          "flue at no cost.\n\nKind regards,\nLeah, Customer Care",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_apology_on_a_service_channel_without_empathy_reads_as_the_act(engines, lang):
    tone = reading(engines, lang, APOLOGY[lang], "after_sales")  # solution, speed
    assert said(tone, "empathy")
    assert tone.dominant == "solution"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_apology_where_the_channel_aims_at_empathy_stays_empathy(engines, lang):
    tone = reading(engines, lang, APOLOGY[lang], "phone_script")  # reassurance, empathy, solution
    assert tone.dominant == "empathy"
