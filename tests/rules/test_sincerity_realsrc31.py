"""Interface copy that answers no one (issue 8, CoopCycle, real source 31): a platform's
help text and prompts are read as a reply to a complaint unless the analysis knows two
things —

- a duty set on the reader for an act to come, in copy written to no one that tells
  nothing that happened ("It is your responsibility to communicate this code to the
  customer"), is their role, not a fault put on them; after a story of what went wrong,
  or in a reply to someone, it stays blame;
- a bare "Are you sure?" after the consequence of an act the reader is about to take ("If
  you refuse it, the payment will be refunded. Are you sure?") is a confirmation prompt;
  after the customer's account ("you say it never arrived. Are you sure?") it doubts them.

The texts are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Rouelibre
language: fr
central_idea:
  statement: "Des coursiers à vélo en coopérative, payés correctement."
  lexicon: [coursier, coopérative, vélo]
channels:
  app: {tones: [solution], service: true}
  email: {tones: [solution, reassurance], service: true}
""",
    "en": """
brand: Rouelibre
language: en
central_idea:
  statement: "Bike couriers in a cooperative, paid fairly."
  lexicon: [courier, cooperative, bike]
channels:
  app: {tones: [solution], service: true}
  email: {tones: [solution, reassurance], service: true}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "rouelibre31", "app")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "It is your responsibility to share this discount code with your customers, in the "
           "shop or on social networks.", False),
    ("fr", "Il est de votre responsabilité de transmettre ce code promo à vos clients, en "
           "boutique ou sur les réseaux sociaux.", False),
    ("en", "Your delivery was refused. It was your responsibility to share this code with the "
           "restaurant.", True),
    ("fr", "Votre livraison a été refusée. Il était de votre responsabilité de transmettre ce "
           "code au restaurant.", True),
    ("en", "Hi Sam, it is your responsibility to check the code before you order.", True),
    ("fr", "Le vélo s'est abîmé parce qu'il a été laissé sous la pluie, c'est précisé page 4 de "
           "la notice : il est de votre responsabilité de le rentrer.", True),
])
def test_a_duty_handed_over_in_help_text_is_no_blame(lint, lang, text, fires):
    assert ("BL401" in codes(lint(lang, text))) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("en", "This order was paid by a card that cannot be held. If you refuse it, the payment "
           "will be refunded. Are you sure?", False),
    ("fr", "Cette commande a été payée par une carte qui ne peut pas être bloquée. Si vous la "
           "refusez, le paiement sera remboursé. Êtes-vous sûr ?", False),
    ("en", "Hi Sam, you say the parcel never arrived. Are you sure?", True),
    ("fr", "Bonjour, vous dites ne jamais avoir reçu le colis. Êtes-vous sûr ?", True),
])
def test_are_you_sure_before_the_readers_act_is_a_prompt(lint, lang, text, fires):
    assert ("BL402" in codes(lint(lang, text))) is fires


def severity(diagnostics, code):
    return next((str(d.severity) for d in diagnostics if d.code == code), None)


@pytest.mark.parametrize("lang,text,expected", [
    # an interface's own error string: the apology is optional, a hint
    ("en", "An error occurred while loading your rides. Try again later.", "info"),
    ("fr", "Une erreur est survenue lors du chargement de vos trajets. Réessayez plus tard.",
     "info"),
    # written back to someone, or another problem than an error: a warning
    ("en", "Hi Sam, an error occurred while loading your rides. Try again later.", "warning"),
    ("fr", "Bonjour Sam, une erreur est survenue lors du chargement de vos trajets. Réessayez "
           "plus tard.", "warning"),
    ("en", "Your bike delivery was delayed. It arrives on Friday.", "warning"),
    # (round 33) the error said with "there was" / « il y a eu », an "Oops" before it
    ("en", "Oops, there was an error sending your code...", "info"),
    ("fr", "Oups, il y a eu une erreur lors de l'envoi de votre code...", "info"),
    ("en", "Hi Sam, there was an error in your order: we sent the wrong bike.", "warning"),
])
def test_an_interface_error_string_owes_an_apology_only_as_a_hint(lint, lang, text, expected):
    assert severity(lint(lang, text), "BL403") == expected
