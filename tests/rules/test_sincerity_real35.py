"""What real copy (real check 34, BL407 on a screen's error strings) taught the reading of
a service reply, in concepts:

- one or two sentences that name no one (no « nous », "we", « vous », "you", no brand),
  thank or apologise for nothing and carry no agent's signature are a screen's error
  string ("An error has occurred while saving the route."), which reports a state to
  whoever sees it: no reply, so no next step is owed (BL407).

The near misses — the same state told to "you", or signed by an agent, or longer — are
replies and still owe their next step. FR and EN, on the real models; texts our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round33 import CYCLO  # the bike-rental profiles of round 33


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(CYCLO, "cyclonelle35", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code.startswith(code)]


@pytest.mark.parametrize("lang,text", [
    ("en", "An error has occurred while saving the route."),
    ("en", "Failed to upload the photo because the file was not found."),
    ("fr", "Une erreur est survenue lors de l'enregistrement du trajet."),
    ("fr", "Échec de l'envoi de la photo : le fichier est introuvable."),
])
def test_an_error_string_naming_no_one_is_no_reply(lint, lang, text):
    assert not found(lint(lang, text), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("en", "An error has occurred while saving your route."),
    ("en", "The photo could not be uploaded because the file was not found. -EW"),
    ("fr", "Une erreur est survenue lors de l'enregistrement de votre trajet."),
    ("fr", "Le vélo n'a pas été livré à cause d'une erreur. ^JD"),
])
def test_the_same_state_told_to_someone_is_judged_as_a_reply(lint, lang, text):
    assert found(lint(lang, text), "BL40")


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
