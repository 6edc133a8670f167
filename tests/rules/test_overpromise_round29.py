"""What heldout29's read half (and heldout27–28's misses) taught the promise and claim
readings (round 29).

- A time the brand gives its word on, the formula closing the sentence (« …vous revient
  repassée en 24 heures, c'est promis », "…back stitched in two days, you have my word"):
  the pledge makes the time a commitment of the act it times — whatever the preposition
  and whoever does the work (a partner). Without the pledge, "in two days" after a
  partner's act stays unread; a pledge on no time promises no delay.
- A comparison with everyone at all (« plus vite que quiconque », "faster than anyone
  else") held by the brand, its people or product ranks it against every competitor;
  said of the reader ("you know your street better than anyone") it flatters them.
  Rivals denied before the brand's own name ("nobody keeps a home warmer than Corvel")
  too; before another thing ("than a serviced boiler") no claim.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Corvel
language: fr
central_idea:
  statement: "Une maison chaude et un linge impeccable, sans y penser."
  lexicon: [maison, chaud, linge, impeccable]
channels:
  web: {tones: [reassurance]}
  email: {tones: [reassurance]}
  phone_script: {tones: [reassurance], idea: false}
  social: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  availability: {hours: "9-18", days: "mon-fri"}
  repair: {within: 5d, terms: [réparation, réparations]}
""",
    "en": """
brand: Corvel
language: en
central_idea:
  statement: "A warm home and spotless linen, without a second thought."
  lexicon: [home, warm, linen, spotless]
channels:
  web: {tones: [reassurance]}
  email: {tones: [reassurance]}
  phone_script: {tones: [reassurance], idea: false}
  social: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  availability: {hours: "9-18", days: "mon-fri"}
  repair: {within: 5d, terms: [repair, repairs]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "corvel", "web")


def codes(diagnostics, prefix="BL3", min_warning=True):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and (not min_warning or d.severity.name != "INFO")]


# -- a time the brand gives its word on ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Bien sûr, nous confions vos rideaux à notre teinturier partenaire et "
           "ils vous reviennent lavés et repassés en 48 heures, c'est promis."),
    ("en", "Agent: We do. Curtains go to our dyer partner and come back cleaned in two "
           "days, you have my word."),
])
def test_a_pledged_time_on_an_undeclared_act_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text, "phone_script"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Bien sûr, nous confions vos rideaux à notre teinturier partenaire et "
           "ils vous reviennent lavés et repassés en 48 heures."),
    ("en", "Agent: We do. Curtains go to our dyer partner and come back cleaned in two "
           "days."),
    ("fr", "Agent : Nous rappelons chaque client qui nous laisse un message, c'est promis."),
    ("en", "Agent: We call back every customer who leaves a message, you have my word."),
])
def test_no_pledge_or_a_pledge_on_no_time_does_not_fire(lint, lang, text):
    assert "BL304" not in codes(lint(lang, text, "phone_script"))


# -- a comparison with everyone -------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos techniciens connaissent chaque modèle de chaudière et la remettent en "
           "route plus vite que quiconque."),
    ("en", "Our engineers know every boiler model and get it running again faster than "
           "anyone else."),
    ("fr", "L'hiver arrive, et personne ne garde une maison au chaud mieux que Corvel."),
    ("en", "Winter is coming, and nobody keeps a house cosier than Corvel."),
])
def test_a_comparison_with_everyone_fires(lint, lang, text):
    assert "BL303" in codes(lint(lang, text, "social"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous connaissez votre maison mieux que personne : dites-nous où ça coince."),
    ("en", "You know your house better than anyone else, so tell us where it feels cold."),
    ("en", "Nobody keeps a house cosier than a boiler serviced every autumn."),
    ("fr", "Personne ne garde une maison au chaud mieux qu'une chaudière bien entretenue."),
])
def test_the_reader_compared_or_rivals_before_another_thing_do_not_fire(lint, lang, text):
    assert "BL303" not in codes(lint(lang, text, "social"))
