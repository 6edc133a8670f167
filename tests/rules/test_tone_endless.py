"""The brand's weariness said as an endless repeat (tn44's reading, narrowed): « indéfiniment »
/ "forever" is weariness only with an act of coming back to a matter or going over it again
(« nous n'allons pas revenir sur ce point indéfiniment », "we won't keep going over this
forever"); with an act that lasts — keeping, storing, holding — it is a retention rule told
plainly (« nous ne conservons pas vos photos indéfiniment », "we will not store these files
forever"), no frustration. Tisonnel profiles (after_sales aims at solution and speed; app-like
notices go through the same channel here). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("tisonnel")


ENDLESS_AGAIN = {
    "fr": "Monsieur Berthier,\n\nLe tubage a été posé comme prévu au devis. Nous n'allons "
          "pas revenir sur ce point indéfiniment.\n\nTisonnel",
    "en": "Dear Mr Berthier,\n\nThe liner was fitted as quoted. We are not going to keep "
          "going over this forever.\n\nTisonnel",
}

KEPT_NOT_FOREVER = {
    "fr": "Monsieur Berthier,\n\nVos photos du conduit nous aident à préparer la visite. "
          "Nous ne conservons pas vos photos indéfiniment : elles sont effacées "
          "après l'intervention.\n\nTisonnel",
    "en": "Dear Mr Berthier,\n\nYour photos of the flue help us prepare the visit. We will "
          "not store these files forever: they are deleted after the job.\n\nTisonnel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_going_over_a_matter_endlessly_refused_is_frustration(engines, lang):
    assert said(reading(engines, lang, ENDLESS_AGAIN[lang], "after_sales"), "frustration")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_thing_not_kept_forever_is_a_retention_rule(engines, lang):
    assert not said(reading(engines, lang, KEPT_NOT_FOREVER[lang], "after_sales"), "frustration")
    assert not warned(engines, lang, KEPT_NOT_FOREVER[lang], "after_sales", "BL206")


# -- a short message on a channel of short messages, not a short section of a page -------------

SHORT_STORY = {
    "fr": "Il y a quarante ans, Jean Tison grimpait sur son premier toit de Brest. Son "
          "petit-fils porte encore sa casquette. Tisonnel",
    "en": "Forty years ago, Jean Tison climbed his first roof in Brest. His grandson still "
          "wears his cap. Tisonnel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_story_as_a_web_section_only_leans_away(engines, lang):
    # the web channel counts no characters: a short block is one section of a page, and the
    # weak story is held to the bar of any draft (the same words as an SMS are warned: tn44)
    assert not warned(engines, lang, SHORT_STORY[lang], "web", "BL205")
    assert warned(engines, lang, SHORT_STORY[lang], "sms", "BL205")
