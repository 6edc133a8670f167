"""Real copy (check 35: an Open Collective help page) taught the central idea's reading of
"just click": said alone ("Just click.") or before consent ("just click accept") it argues
against transparency — signing without reading (BL103); before the button an instruction
names ("just click on Edit details, then on Cancel") it is a way through the interface, no
stance. The profiles are written here; texts our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "en": """
brand: Clairassur
language: en
central_idea:
  statement: "Insurance explained plainly and transparently, so everyone knows what they sign."
  lexicon: [plain, clear, explained, transparent, understand]
channels:
  web: {tones: [reassurance], idea: required}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "clairassur35", "web")


def found(diagnostics):
    return [d.code for d in diagnostics if d.code == "BL103"]


@pytest.mark.parametrize("text", [
    "Insurance without the reading. Just click.",
    "Who has time for the terms? Just click accept and you're covered.",
])
def test_just_click_alone_or_to_consent_argues_against_the_idea(lint, text):
    assert found(lint("en", text))


@pytest.mark.parametrize("text", [
    "To cancel a policy, just click on Edit details in your account, then on Cancel. "
    "Your cover ends on the date you choose, explained plainly in the summary.",
])
def test_just_click_on_a_button_is_an_instruction(lint, text):
    assert not found(lint("en", text))
