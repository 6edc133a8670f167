"""English text-speak on a formal channel is a register slip (tone-blind14: "yo watch fam…
ngl… if u want first dibs", "Cheers, the Hêtraie crew" on a formal brand): a word cut to its
letters (« u », « ur », "ngl"), chat slang ("fam", "dibs", "slide into our DMs") and "Cheers"
signing off a message, read like the informal words already listed; a toast ("Cheers to ten
years"), a letter U in a name and a "yo-yo" are none. French reads its register on tu and
vous, not on these words."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Orvelle
language: fr
address: vous
central_idea:
  statement: "Une mutuelle qui protège la maison de ses adhérents."
  lexicon: [protéger, maison, adhérents]
channels:
  social: {tones: [collaboration, reassurance]}
""",
    "en": """
brand: Orvelle
language: en
address: formal
central_idea:
  statement: "A mutual insurer that protects its members' homes."
  lexicon: [protect, home, members]
channels:
  social: {tones: [collaboration, reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "orvelle-register", "social")


def _warnings(diagnostics) -> set[str]:
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("text", [
    "yo watch fam 🔥 new drop just landed and she's a BEAUTY ngl. slide into our DMs if u "
    "want first dibs 😎",
    "Hi Mark! Your home cover is up for renewal next month and nothing changes, so there is "
    "nothing to do. Cheers, the Orvelle team",
])
def test_text_speak_on_a_formal_channel_is_a_register_slip(lint_with, text):
    assert "BL204" in _warnings(lint_with("en", text, "social"))


@pytest.mark.parametrize("text", [
    "Cheers to ten years of Orvelle: thank you to every member who has trusted us with "
    "their home.",
    "Our Type U cover protects your home while you are away.",
    "Yo-yo prices are not our way: your contribution stays the same all year.",
])
def test_a_toast_or_a_letter_u_is_no_text_speak(lint_with, text):
    assert "BL204" not in _warnings(lint_with("en", text, "social"))


@pytest.mark.parametrize("text", [
    "Salut la team 🔥 la nouvelle garantie vient d'arriver, écrivez-nous en message privé.",
])
def test_french_register_still_reads_tu_and_vous(lint_with, text):
    # the English text-speak words are no French register marker: a vous draft on a vous
    # channel stays silent whatever its slang
    assert "BL204" not in _warnings(lint_with("fr", text, "social"))


def test_french_slang_with_tu_on_a_vous_channel_is_a_slip(lint_with):
    text = "Salut la team 🔥 t'as vu ? La nouvelle garantie vient d'arriver, écris-nous en MP."
    assert "BL204" in _warnings(lint_with("fr", text, "social"))
