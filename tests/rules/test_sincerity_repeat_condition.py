"""Asking to hear of the problem again is not asking the customer to repeat themselves:
"tell us if it happens again" asks to be told should the fault come back — nothing the
customer gave before — where "explain the problem again" asks for what they already said
(BL405). English (the French forms, « dites-nous si cela se reproduit », never matched the
repeat requests); the brand and profiles are round 18's (`test_sincerity_round18.py`)."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round18 import REPAIR, found


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(REPAIR, "pelvane", "after_sales")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Tom, we replaced the hinge this morning. Please tell us if it happens again."),
    ("en", "Hello Tom, the new hinge is on. Do tell us when it happens again, with a photo."),
    ("fr", "Bonjour Thomas, la charnière a été changée ce matin. Dites-nous si cela se reproduit."),
])
def test_asking_to_hear_of_the_fault_coming_back_is_no_repeat(lint, lang, text):
    assert not found(lint(lang, text), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Tom, thanks for your detailed message. Could you explain the problem again?"),
    ("fr", "Bonjour Thomas, merci pour votre message détaillé. Pourriez-vous nous réexpliquer "
           "le problème ?"),
])
def test_asking_to_tell_it_again_still_fires(lint, lang, text):
    assert found(lint(lang, text), "BL405")
