"""What real copy asks of the reader without blaming or doubting them, and errors that owe
nothing (issue 8, the round-32 draw judged blind):

- the reader's view asked for: "according to you" over a judgement or a preference
  ("the ride that should be featured first according to you") asks their opinion; over
  an account of facts ("according to you, the bike was never delivered") it doubts them;
- advice "in future" in copy with no case to answer (a tutorial, written to no one about
  nothing past) is a tip, not a lesson after a fault;
- a requirement explained now ("It's required because the account you've added is
  outside the EU") says why the brand asks, not what went wrong;
- an error said to have no consequence ("a non-blocking error", « une erreur sans
  conséquence ») owes neither an apology nor a next step — a delay called harmless does;
- a failure followed by the check of what the reader clicked or entered ("Please check
  that the link you clicked on is complete") puts the likely cause, neutrally, where the
  fix is: no apology owed.

The texts are our own; the categories come from Tournesol and Liberapay app strings."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_real31 import PROFILES  # the same two profiles


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalo32", "app")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


# -- the reader's view: a judgement asked for, an account doubted --------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Watch both clips, then drag the slider towards the ride that should be featured "
           "first according to you. Tap Save when you're done."),
    ("en", "Which of our two routes along the river is the best one according to you? Vote "
           "below."),
    ("fr", "Regardez les deux vidéos, puis placez le curseur sur le trajet qui, selon vous, "
           "devrait être mis en avant. Touchez Enregistrer une fois votre choix fait."),
])
def test_the_readers_judgement_asked_for_is_no_doubt(lint, lang, text):
    assert "BL402" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Jo,\nAccording to you, the bike was never delivered to your door, but our "
           "tracking shows it there at 9 am."),
    ("en", "Hello Jo,\nAccording to you, we should have refunded the second ride, but our log "
           "shows no request."),
    ("fr", "Bonjour Jo,\nSelon vos dires, le vélo n'a jamais été livré, mais notre suivi le "
           "montre devant chez vous à 9 h."),
])
def test_the_customers_account_held_as_a_claim_is_doubt(lint, lang, text):
    assert "BL402" in codes(lint(lang, text, "email"))


# -- advice in future with no case; a requirement explained --------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "In future, to plan your rides faster, we suggest you save your favourite stations: "
           "(1) open the map; (2) tap the star next to a station."),
    ("fr", "À l'avenir, pour préparer vos trajets plus vite, nous vous conseillons "
           "d'enregistrer vos stations favorites : (1) ouvrez la carte ; (2) touchez l'étoile."),
    ("en", "Please enter your postal address. It's required because the bank account you've "
           "provided comes from outside the European Union."),
    ("en", "Please enter your home address. It's needed because the card you've added was "
           "issued outside the European Union."),
    ("fr", "Veuillez indiquer votre adresse postale. Elle est nécessaire car le compte "
           "bancaire que vous avez ajouté est hors de l'Union européenne."),
])
def test_a_tip_or_a_requirement_with_no_case_blames_no_one(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Jo, your bike was left outside a station yesterday, so a fee was charged. "
           "In future, we suggest you end each ride at a dock."),
    ("fr", "Bonjour Jo, votre vélo a été laissé hors station hier, des frais ont donc été "
           "facturés. À l'avenir, nous vous conseillons de terminer chaque trajet à une borne."),
    ("en", "Hello Jo, your ride was cancelled. Extra fees were required because you returned "
           "the bike to a closed station."),
])
def test_advice_or_a_cause_after_what_happened_still_blames(lint, lang, text):
    assert "BL401" in codes(lint(lang, text, "email"))


# -- an error without consequence; a failure checked on the reader's entry -----------------
@pytest.mark.parametrize("lang,text", [
    ("en", "A non-blocking error occurred while syncing your ride history."),
    ("fr", "Une erreur sans conséquence est survenue lors de la synchronisation de votre "
           "historique."),
    ("en", "The activation of your pass has failed. Please check that the link you clicked on "
           "is complete and has not been altered."),
    ("fr", "L'activation de votre pass a rencontré une erreur. Veuillez vérifier que le code "
           "que vous avez saisi est complet."),
])
def test_an_error_that_owes_nothing(lint, lang, text):
    assert not codes(lint(lang, text)) & {"BL403", "BL407"}


@pytest.mark.parametrize("lang,text,code", [
    ("en", "An error occurred while syncing your ride history.", "BL407"),
    ("fr", "Une erreur est survenue lors de la synchronisation de votre historique.", "BL407"),
    ("fr", "Votre vélo a pris un retard sans gravité. Il arrive en station mardi.", "BL403"),
    ("en", "The activation of your pass has failed. Please try again later.", "BL403"),
    ("fr", "L'activation de votre pass a rencontré une erreur. Veuillez réessayer plus tard.",
     "BL403"),
])
def test_an_error_or_a_harm_that_still_owes(lint, lang, text, code):
    assert code in codes(lint(lang, text))
