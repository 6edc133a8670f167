"""Round 34 of the tone reading (tn36), FR and EN on the real models, with the Abriel
profiles: a worry waved off in the spoken register (« pas de stress », "no stress, mate")
is reassurance, a word of stress alone is not; the idioms of letting go (« lâchez-vous »,
"go wild", "let loose") are joy, their words alone are not."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


# -- a worry waved off: "no stress", « pas de stress » ------------------------------------

WAVED = {
    "en": "Hi Sam! No stress, mate: your windscreen claim is with the team and we'll sort it.",
    "fr": "Salut Sam ! Pas de stress : ta déclaration de bris de glace est entre de bonnes "
          "mains, on s'en charge.",
}
STRESS_NAMED = {
    "en": "Moving house brings a lot of stress. Here is the checklist for your home cover.",
    "fr": "Un déménagement apporte beaucoup de stress. Voici la liste pour votre "
          "assurance habitation.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_stress_waved_off_is_reassurance(engines, lang):
    tone = reading(engines, lang, WAVED[lang], "after_sales")
    assert any("stress" in w.lower() for w in said(tone, "reassurance"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_stress_named_is_no_reassurance(engines, lang):
    tone = reading(engines, lang, STRESS_NAMED[lang], "after_sales")
    assert not any("stress" in w.lower() for w in said(tone, "reassurance"))


# -- letting go: "go wild", « lâchez-vous » ------------------------------------------------

LET_GO = {
    "en": "Saturday is family day at the fair: go wild on the bumper cars, the first ride "
          "is on us.",
    "fr": "Samedi, c'est la fête foraine : lâchez-vous sur les autos tamponneuses, le premier "
          "tour est pour nous.",
}
WORDS_ALONE = {
    "en": "Wild animals may damage your garden; check what your home cover includes.",
    "fr": "Ne lâchez pas votre vélo sans antivol ; vérifiez ce que couvre votre contrat.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_letting_go_idiom_is_joy(engines, lang):
    tone = reading(engines, lang, LET_GO[lang], "social")
    assert any(w.lower() in ("go wild", "lâchez-vous") for w in said(tone, "joy"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_its_words_alone_are_no_joy(engines, lang):
    tone = reading(engines, lang, WORDS_ALONE[lang], "social")
    assert not said(tone, "joy")
