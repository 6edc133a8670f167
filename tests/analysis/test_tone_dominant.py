"""The dominant tone (`ToneReading.dominant`), the tone a careful reader names first.
Coldness is how a draft is said more than what it does: a stiff letter that replaces a
broken part reads as the fix, and coldness is named first only when it outweighs the warm
tones together (`dominant_cold_over_warm`). The rules read the weights, not this: the
cold rule's evidence is unchanged. Real models, FR and EN, each with its near miss."""

from __future__ import annotations

from dataclasses import replace

import pytest

from brandlint.analysis.tone import COLD, POSITIVE, ToneReading, _settings


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame Laurent,\n\nNous vous prions de noter que nous remplacerons gratuitement "
           "la plaque de base fissurée : une nouvelle plaque part de notre entrepôt demain et "
           "vous parviendra jeudi. Inutile de nous renvoyer l'ancienne.\n\nVeuillez agréer nos "
           "salutations distinguées.\nJulie, service clients"),
    ("en", "Dear Ms Laurent,\n\nKindly note that we shall replace the cracked baseplate free "
           "of charge: a new one leaves our warehouse tomorrow and will reach you by Thursday. "
           "There is no need to return the old one.\n\nYours faithfully,\nJulie, customer care"),
])
def test_a_stiff_letter_that_fixes_the_case_reads_as_the_fix(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    # coldness weighs the most of any one tone, but less than the warm tones together
    assert max(tone.raw, key=tone.raw.get) == COLD
    assert tone.raw[COLD] < 1.5 * tone.positive_strength
    # (read without the channel's lean: after_sales aims at speed, which the letter also says)
    assert replace(tone, targets=()).dominant == "solution"
    assert tone.dominant != COLD


@pytest.mark.parametrize("lang,text", [
    # the same stiff words with nothing done for the reader: cold
    ("fr", "Madame, Monsieur,\n\nNous vous informons que votre demande a été dûment "
           "enregistrée et transmise au service concerné. Nous ne disposons d'aucune autre "
           "information. Toute réclamation doit être faite par écrit.\n\nVeuillez agréer nos "
           "salutations distinguées.\nService Relations Clients"),
    ("en", "Dear Sir or Madam,\n\nPlease be advised that your request has been duly received "
           "and forwarded to the department concerned. No further information is available "
           "at this stage. Any claim must be made in writing.\n\nYours faithfully,\n"
           "Customer Relations"),
])
def test_a_letter_that_does_nothing_for_the_reader_stays_cold(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    assert sum(tone.raw.get(t, 0.0) for t in POSITIVE) > 0  # a little warmth, outweighed
    assert tone.dominant == COLD


def test_between_close_tones_the_channels_target_is_named_first():
    lean = _settings()["dominant_target_lean"]
    close = {"empathy": 2.0, "solution": 1.5}
    assert ToneReading(dict(close)).dominant == "empathy"
    assert ToneReading(dict(close), targets=("solution", "speed")).dominant == "solution"
    assert ToneReading(dict(close), targets=("empathy",)).dominant == "empathy"
    # another tone that outweighs the target `lean` times and more is still named first
    far = {"deal": 2.0 * lean + 0.5, "storytelling": 2.0}
    assert ToneReading(dict(far), targets=("storytelling",)).dominant == "deal"


@pytest.mark.parametrize("lang,text", [
    ("fr", "On est tellement heureux de ce nouveau set ! Dis-nous en commentaire ce que tu vas "
           "construire en premier 👇"),
    ("en", "We are so happy with this new set! Tell us in the comments what you'll build "
           "first 👇"),
])
def test_a_post_reads_as_its_channels_target_when_the_tones_are_close(analyse, lang, text):
    # joy weighs a little more than the call to answer: on social, which aims at
    # collaboration, the reader names the call; in an email, which aims at surprise (said
    # here by one word), the joy
    social = analyse(text, lang, "social").tone
    assert max(social.raw, key=social.raw.get) == "joy"
    assert social.raw["joy"] < 2.0 * social.raw["collaboration"]
    assert social.dominant == "collaboration"
    assert analyse(text, lang, "email").tone.dominant == "joy"
