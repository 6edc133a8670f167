"""Round 47 of the dominant tone (tn56), FR and EN on the real models, with the Abrilo
profiles (after_sales aims at empathy and solution): a service reply that sends the fix of
a mishap the brand owns (its fault named, its apology, the reader's worry waved) is heard
as the fix it brings — the times said in the sentence that sends it are the fix's, not
news given on time. A dispatch with no mishap owned, or an apology whose sentence sends no
fix, keeps its times as speed. The rules read the times' speed whole (`raw`). Texts are
our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


FIXES = [
    ("en", "Hi Nora,\n\nThat's a mix-up on our end: your glaze kit went out without its "
           "brushes. A new set is going out today and should be with you on Thursday.\n\n"
           "Best,\nLéo at Abrilo"),
    ("fr", "Bonjour Nora,\n\nC'est une erreur de notre part : votre kit d'émaillage est parti "
           "sans ses pinceaux. Un nouveau jeu part aujourd'hui et arrivera jeudi chez vous.\n\n"
           "Belle journée,\nLéo, atelier Abrilo"),
]


@pytest.mark.parametrize("lang,text", FIXES)
def test_a_fix_sent_for_an_owned_mishap_reads_as_solution(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert tone.fix_time > 0
    assert tone.dominant == "solution"
    # the rules still read the times as speed in `raw`
    assert tone.raw.get("speed", 0) >= tone.fix_time


@pytest.mark.parametrize("lang,text", [
    # a new kit dispatched, no mishap owned: a plain dispatch notice
    ("en", "Hi Nora,\n\nYour new glaze kit is going out today and should be with you on "
           "Thursday.\n\nBest,\nLéo at Abrilo"),
    ("fr", "Bonjour Nora,\n\nVotre nouveau kit d'émaillage part aujourd'hui et arrivera jeudi "
           "chez vous.\n\nBelle journée,\nLéo, atelier Abrilo"),
])
def test_a_dispatch_with_no_mishap_owned_keeps_its_speed(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert tone.fix_time == 0
    assert tone.dominant == "speed"


@pytest.mark.parametrize("lang,text", [
    # an apology for the wait, but the sentence with the times sends no fix
    ("en", "Hi Nora,\n\nSorry for the wait! Your glaze kit is going out today and should be "
           "with you on Thursday.\n\nBest,\nLéo at Abrilo"),
    ("fr", "Bonjour Nora,\n\nDésolés pour l'attente ! Votre kit d'émaillage part aujourd'hui "
           "et arrivera jeudi chez vous.\n\nBelle journée,\nLéo, atelier Abrilo"),
])
def test_an_apology_with_no_fix_sent_leaves_the_times_alone(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert tone.fix_time == 0
    assert tone.dominant != "solution"


@pytest.mark.parametrize("lang,text", [
    # the fix done this very day: the wait is over, read for its speed (`done_today`)
    ("en", "Hi Nora,\n\nSorry about the chipped mug. We refunded it this morning.\n\n"
           "Best,\nLéo at Abrilo"),
    ("fr", "Bonjour Nora,\n\nDésolés pour le bol ébréché. Nous l'avons remboursé ce matin."
           "\n\nBelle journée,\nLéo, atelier Abrilo"),
])
def test_a_fix_done_this_morning_is_no_fix_time(engines, lang, text):
    tone = reading(engines, lang, text, "after_sales")
    assert tone.fix_time == 0
