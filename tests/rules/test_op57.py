"""op57 (overpromise false alarms: the wrong service held to a delay).

A verb that is only one word of a declared service's terms — the act those terms pair
with a thing or a kind ("visit" of "service visit", "opened" of "contract opened",
« installer » of « installer votre chaudière ») — names that service only with one of
the term's other words in the draft (its title, another sentence). Alone, as a visit or
as an act on a thing of its own, it is an act any service of the brand performs ("an
engineer will visit within 72 hours" after a breakdown logged, "we have opened case
4471", « notre technicien installera une pièce neuve »): no BL302 against the declared
service's commitment. With its thing or kind said (« votre chaudière », "the annual
service", "your contract"), or the act taken up on a pronoun (« l'installer », "open
it": the thing the service is about), the declared service is held to its delay as
before.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Chaufferie Morel
language: fr
central_idea:
  statement: "Un chauffagiste qui dit ce qu'il fait."
  lexicon: [clair, simple, honnête]
channels:
  email: {tones: [reassurance]}
promises:
  response: {within: 48h}
  callback: {within: 24h}
  repair: {within: 72h}
  availability: {hours: "8-18", days: "mon-fri"}
  entretien: {within: 3w, terms: [visite d'entretien, entretien annuel]}
  pose_chaudiere: {within: 3w, terms: [installer votre chaudière, pose de chaudière]}
""",
    "en": """
brand: Morel Heating
language: en
central_idea:
  statement: "A heating engineer who says what it does."
  lexicon: [clear, simple, honest]
channels:
  email: {tones: [reassurance]}
promises:
  response: {within: 48h}
  callback: {within: 24h}
  repair: {within: 72h}
  availability: {hours: "8-18", days: "mon-fri"}
  maintenance: {within: 3w, terms: [service visit, annual service]}
  contract_opening: {within: 5d, terms: [contract opening, contract opened]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "morel", "email")


def firm(diagnostics, prefix="BL3"):
    """Overpromise codes reported at warning level or above."""
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons noté la panne : notre technicien installera une pièce neuve sous "
           "72 heures."),
    ("en", "We have logged the breakdown, and an engineer will visit within 72 hours."),
    ("en", "We have opened case 4471, and an adviser will write to you within 48 hours."),
])
def test_the_act_alone_is_not_the_declared_service_that_pairs_it(lint, lang, text):
    assert not firm(lint(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre technicien installera votre chaudière sous 5 jours."),
    ("en", "An engineer will visit within 5 days for the annual service."),
    ("en", "Your contract will be opened within 2 days."),
])
def test_near_miss_the_act_with_its_thing_is_held_to_the_declared_service(lint, lang,
                                                                           text):
    assert "BL302" in firm(lint(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre technicien viendra l'installer sous 5 jours."),
    ("en", "Send us the signed form and we will open it within 2 days."),
])
def test_near_miss_the_act_on_a_pronoun_keeps_the_declared_service(lint, lang, text):
    assert "BL302" in firm(lint(lang, text)), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pose de chaudière\nNous installerons votre nouvel appareil sous 5 jours."),
    ("en", "Annual service\nBook online today and our engineer will visit within 5 days."),
])
def test_near_miss_the_kind_named_elsewhere_in_the_draft_keeps_the_service(lint, lang,
                                                                            text):
    assert "BL302" in firm(lint(lang, text)), text
