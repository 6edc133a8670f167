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
