"""A heading in the reader's voice (real-text check 39: "Cool, but I don't only deploy static
files", a blog section voicing its reader's objection, read as the brand rejecting its idea's
"deploy"), FR and EN on the real models, with the Abriel profiles (an insurer whose idea is
peace of mind and clear protection). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, rejects, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


def idea_codes(engines, lang, text):
    return warned(engines, lang, text, "web", "BL1")


OBJECTION = {
    "fr": "D'accord, mais je ne veux pas de protection en plus\nAucun souci : notre formule de "
          "base reste sans option, et vous pourrez en ajouter plus tard.",
    "en": "Fine, but I don't want extra protection\nNo problem: the basic plan has no add-ons, "
          "and you can add them later.",
}
STANCE = {
    "fr": "Pas de protection en plus\nNotre formule de base reste sans option : vous payez le "
          "minimum, point.",
    "en": "No extra protection\nOur basic plan has no add-ons: you pay the minimum, full stop.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_readers_objection_in_a_heading_is_not_the_brands_stance(engines, lang):
    assert not rejects(engines, lang, OBJECTION[lang], "protection")
    assert "BL103" not in idea_codes(engines, lang, OBJECTION[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_in_the_brands_voice_still_rejects(engines, lang):
    assert rejects(engines, lang, STANCE[lang], "protection")


def test_a_heading_in_the_brands_voice_still_argues_against_the_idea(engines):
    assert "BL103" in idea_codes(engines, "en", STANCE["en"])
