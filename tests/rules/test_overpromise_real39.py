"""An aside in a tale (real-text check 39: « un modèle … légèrement différent (toujours une
Intel 10Gb) » in an outage report read as "always"), FR and EN on the real models, with the
Abriel profiles (an insurer). The frame reads a verbless aside in brackets in the time of
the clause it sits in when that clause tells the past; a delay in an aside stays the
service's. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import analysed, profile_engines, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


def claim_codes(engines, lang, text):
    return warned(engines, lang, text, "web", "BL3")


def frame_of(engines, lang, text, word, channel="web"):
    analysis = analysed(engines, lang, text, channel)
    token = next(t for t in analysis.doc if t.lower_ == word)
    return analysis.frame(token)


TALE = {
    "fr": ("L'hiver dernier, notre expert a remplacé votre chaudière par un modèle un peu "
           "différent (toujours une Velmar 24 kW) : la panne a été réglée le jour même.",
           "toujours"),
    "en": ("Last winter our assessor had your boiler replaced by a slightly different model "
           "(always a Velmar 24 kW), which fixed the fault the same day.", "always"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_aside_in_a_tale_is_told_in_its_past(engines, lang):
    text, word = TALE[lang]
    assert frame_of(engines, lang, text, word).time == "past"
    assert "BL301" not in claim_codes(engines, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos conseillers rappellent chaque client (toujours avec le sourire et une "
           "solution)."),
    ("en", "Our advisers call every customer back (always with a smile and a solution)."),
])
def test_an_aside_in_the_present_still_claims(engines, lang, text):
    assert "BL301" in claim_codes(engines, lang, text)


# -- a value professed as a motto ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos engagements\n- Transparence, toujours. Nos tarifs et nos exclusions sont "
           "publiés en une page.\n- Proximité : un conseiller dans chaque ville."),
    ("en", "What we stand for\n- Transparency, always. Our prices and exclusions fit on one "
           "page.\n- Closeness: an adviser in every town."),
])
def test_a_value_professed_as_a_motto_claims_no_performance(engines, lang, text):
    assert "BL301" not in claim_codes(engines, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos engagements\n- Remboursé en 48 h, toujours. Même le week-end.\n- Proximité : "
           "un conseiller dans chaque ville."),
    ("en", "What we stand for\n- Refunded within 48 hours, always. Even at weekends.\n- "
           "Closeness: an adviser in every town."),
])
def test_a_performance_said_as_a_motto_still_claims(engines, lang, text):
    assert claim_codes(engines, lang, text) & {"BL301", "BL302", "BL304"}
