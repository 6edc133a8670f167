"""What blind set 31 taught the reading of a service reply's next step, in a concept:

- a declared service named only to be refused ("we aren't able to refund the cash", « nous ne
  pouvons pas rembourser ») lends no commitment to the next step set after it in its
  paragraph ("the damaged lock will be changed within 20 days" is another act) (BL408).

The near miss — the service granted, its step slower than the commitment — still fires. FR
and EN, on the real models; texts our own."""


from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round33 import CYCLO  # the bike-rental profiles of round 33


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(CYCLO, "cyclonelle35", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code.startswith(code)]


# -- a service named only to be refused is not what the next step serves (BL408) ----------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Sam,\n\nWe're so sorry about the theft. We aren't able to refund the cash left "
           "in the bike bag, as our insurer does not cover it. What we can do: the damaged "
           "bag lock will be changed within 20 days.\n\nTake care,\nNina"),
    ("fr", "Bonjour Sam,\n\nNous sommes désolés pour ce vol. Nous ne pouvons pas rembourser "
           "l'argent laissé dans la sacoche, notre assurance ne le couvre pas. Ce que nous "
           "pouvons faire : le cadenas abîmé sera changé d'ici 20 jours.\n\nBien à vous,\nNina"),
])
def test_a_refused_service_lends_no_commitment(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    # the service named as granted: the step that follows is its own, and slow
    ("en", "Hi Sam,\n\nWe're so sorry about the theft. We will refund the cash left in the "
           "bike bag: the transfer will be made within 20 days.\n\nTake care,\nNina"),
    ("fr", "Bonjour Sam,\n\nNous sommes désolés pour ce vol. Nous allons rembourser l'argent "
           "laissé dans la sacoche : le virement sera fait d'ici 20 jours.\n\nBien à vous,\n"
           "Nina"),
])
def test_a_granted_service_holds_its_step_to_its_commitment(lint, lang, text):
    assert found(lint(lang, text), "BL408")
