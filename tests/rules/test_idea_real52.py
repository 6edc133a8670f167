"""A denied noun its own clause restricts (real-text check 52: "the SPF record indicates that
there are no SMTP servers authorized to send emails for your domain", a hosting brand's help
page read as the brand rejecting its idea's "servers"): the denial bears on the ones the
clause picks out. FR and EN on the real models, with the Abriel profiles (an insurer whose
idea is peace of mind and clear protection). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, rejects


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


PICKED_OUT = {
    "fr": "Votre attestation indique qu'aucune protection souscrite après le 1er mars ne "
          "couvre ce sinistre.",
    "en": "Your certificate shows there is no protection taken out after 1 March that covers "
          "this claim.",
}
DENIED = {
    "fr": "Aucune protection : vous gardez votre argent et vous vous débrouillez.",
    "en": "No protection: you keep your money and you sort things out yourself.",
}
# a purpose or a use after the noun picks nothing out ("no farm names to remember",
# « personne à qui parler »: tostade-en-028, varanne-fr-012, cintrelle-fr-006)
DENIED_WITH_A_PURPOSE = {
    "fr": "Pas de protection à payer chaque mois : vous gardez votre argent.",
    "en": "No protection to pay for every month: you keep your money.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_ones_a_clause_picks_out_are_not_the_idea_denied(engines, lang):
    assert not rejects(engines, lang, PICKED_OUT[lang], "protection")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_idea_denied_bare_still_rejects(engines, lang):
    assert rejects(engines, lang, DENIED[lang], "protection")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_idea_denied_with_a_purpose_still_rejects(engines, lang):
    assert rejects(engines, lang, DENIED_WITH_A_PURPOSE[lang], "protection")
