"""What round 27 (sincerity-blind24's misses: doubt, no apology, no next step) taught the
reading of a service reply, in concepts:

- doubt (BL402): what happened held improbable or surprising by the brand (« il est donc peu
  probable qu'elle ait été livrée sans ampoule », "I'd be surprised if the lamp had broken by
  itself") — only when the completive tells a past fact, not a forecast ("unlikely to arrive
  before Monday", "surprised if the new lamp arrived before Friday"); the complaint held not
  understood, the reason not accepted as one;
- no apology (BL403): damage the brand agrees is there (« nous confirmons que le pied présente
  une rayure », "we can confirm the base has a scratch") and an expected state denied after
  an agreement (« en effet, le filtre n'était pas propre », "indeed, the filter wasn't
  clean");
- no next step (BL407): the brand's regard ("we value your custom") is no act, the "please" of
  "please be assured" asks nothing, « … et comprenons votre agacement » is idle whatever the
  tagger makes a verb.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round21 import HOME  # the same brand as round 21


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(HOME, "lumio", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL402: what happened held improbable --------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, chaque carton est pesé au départ. Il est donc peu probable "
           "que la lampe ait été livrée sans son ampoule."),
    ("fr", "Bonjour Paul, nous serions étonnés que le store soit tombé en panne tout seul. "
           "Nous restons à votre disposition."),
    ("fr", "Bonjour Léa, le livreur a pris une photo devant votre porte. Nous avons donc du mal "
           "à comprendre votre réclamation."),
    ("en", "Hello Ms Roux, every box is weighed before it leaves. It is therefore unlikely "
           "that the lamp was delivered without its bulb."),
    ("en", "Hi Paul, I'd be surprised if the blind had stopped working by itself. Let us know "
           "how you get on."),
    ("en", "Hi Lea, the driver photographed the parcel at your door, so it's a little "
           "surprising that it never reached you."),
    ("en", "Hi Lea, the lift log shows it running all day. We're therefore not able to accept "
           "that as the reason for the missed slot."),
])
def test_past_held_improbable_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, il est peu probable que la nouvelle lampe arrive avant lundi : "
           "nous avons donc réservé un coursier pour mardi."),
    ("fr", "Bonjour Paul, il est peu probable que le store se bloque de nouveau : le moteur a "
           "été remplacé ce matin."),
    ("en", "Hello Ms Roux, it's unlikely the new lamp will arrive before Monday, so we've "
           "booked a courier for Tuesday."),
    ("en", "Hi Paul, I'd be surprised if the new blind arrived before Friday, so I've booked "
           "the fitter for Monday."),
])
def test_forecasts_held_improbable_are_not_doubt(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL403: the problem agreed to -----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Petit, nous confirmons que le pied de la lampe présente une rayure "
           "de 3 cm. Un pied neuf part vendredi."),
    ("fr", "Bonjour Monsieur Petit, en effet, le filtre de la hotte n'était pas propre. Un "
           "filtre neuf part demain."),
    ("en", "Hi Mr Petit, we can confirm the lamp base has a 3 cm scratch. A new base ships on "
           "Friday."),
    ("en", "Hi Mr Petit, indeed, the cooker hood filter wasn't clean. A new filter ships "
           "tomorrow."),
])
def test_problem_agreed_to_without_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Petit, nous confirmons que le pied de la lampe présente une rayure "
           "de 3 cm, et nous en sommes désolés. Un pied neuf part vendredi."),
    ("fr", "Bonjour Monsieur Petit, en effet, le filtre de la hotte est propre et prêt à "
           "l'emploi. Il se lave tous les trois mois."),
    ("en", "Hi Mr Petit, we can confirm the lamp base has a 3 cm scratch, and we're sorry "
           "about it. A new base ships on Friday."),
    ("en", "Hi Mr Petit, indeed, the cooker hood filter is clean and ready to use. It can be "
           "washed every three months."),
])
def test_problem_agreed_to_with_apology_or_none(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL407: regard and understanding are no step --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Noël,\n\nNous regrettons ce nouveau retard de votre hotte et "
           "comprenons votre agacement à l'approche de l'hiver.\n\nL'équipe Lumio"),
    ("en", "Dear Ms Noel,\n\nWe are very sorry that your cooker hood has been delayed again. "
           "Please be assured that we value your custom highly.\n\nThe Lumio team"),
])
def test_regard_and_understanding_are_no_next_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Noël,\n\nNous regrettons ce nouveau retard de votre hotte et "
           "comprenons votre agacement. Notre livreur vous appelle demain matin pour fixer "
           "un créneau.\n\nL'équipe Lumio"),
    ("en", "Dear Ms Noel,\n\nWe are very sorry that your cooker hood has been delayed again. "
           "Please be assured that a driver will call you tomorrow morning to book a slot."
           "\n\nThe Lumio team"),
])
def test_regard_then_a_dated_step_is_a_next_step(lint, lang, text):
    assert not found(lint(lang, text), "BL407")
