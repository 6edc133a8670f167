"""A delay that a scenario supposes binds no service (real check 45, rt44).

alwaysdata's outage post-mortem reasons about a failover ("If we decide to switch after 30
minutes of downtime, but the issue is resolved 5 minutes later, we would have to switch
back") and DuckDuckGo's help walks through a lookup ("the domain would first be looked up…
to see if it can be upgraded immediately"): BL304 read "resolved 5 minutes later" and
"upgraded immediately" as promises. The delay stands in an *if* clause of a sentence whose
consequence is in the conditional mood: a scenario reasoned about, nobody is served. A
guarantee keeps its firm consequence ("if your boiler breaks down, our technician repairs
it within 4 hours"), and a polite wish or a conditional consequence holding the delay
itself ("we would repair it within 4 hours if you need it") is still the brand's offer.
Texts our own; FR and EN on the real models.
"""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Chaudorel
language: fr
address: vous
central_idea:
  statement: "Votre chauffage entretenu par des techniciens proches de chez vous."
  lexicon: [chauffage, chaudière, technicien]
channels:
  web: {tones: [solution, reassurance]}
  email: {tones: [solution, reassurance], service: true}
promises:
  response: {within: 48h}
""",
    "en": """\
brand: Chaudorel
language: en
address: formal
central_idea:
  statement: "Your heating looked after by technicians close to home."
  lexicon: [heating, boiler, technician]
channels:
  web: {tones: [solution, reassurance]}
  email: {tones: [solution, reassurance], service: true}
promises:
  response: {within: 48h}
""",
}

SCENARIO = {
    "fr": ("Si nous envoyions un technicien au bout d'une heure, mais que la chaudière était "
           "réparée 10 minutes plus tard, nous devrions annuler la visite."),
    "en": ("If we send a technician after an hour, but the boiler is repaired 10 minutes "
           "later, we would have to cancel the visit."),
}

GUARANTEE = {
    "fr": "Si votre chaudière tombe en panne, notre technicien vient la réparer sous 4 heures.",
    "en": "If your boiler breaks down, our technician repairs it within 4 hours.",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "chaudorel44", "web")


@pytest.fixture(scope="module")
def analysed(run_analysed_profile_texts):
    return run_analysed_profile_texts(PROFILES, "chaudorel44-frame", "web")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_delay_a_scenario_supposes_promises_nothing(lint, lang):
    assert not codes(lint(lang, SCENARIO[lang])) & {"BL302", "BL304"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_guarantee_with_a_firm_consequence_still_promises(lint, lang):
    assert "BL304" in codes(lint(lang, GUARANTEE[lang]))


def test_a_conditional_consequence_holding_the_delay_is_still_an_offer(lint):
    assert "BL304" in codes(lint("en", "We would repair it within 4 hours if you need it."))


@pytest.mark.parametrize("lang,word", [("fr", "réparée"), ("en", "repaired")])
def test_the_frame_reads_the_supposed_clause(analysed, lang, word):
    _, analysis = analysed(SCENARIO[lang], lang)
    token = next(t for t in analysis.doc if t.text == word)
    assert analysis.frame(token).supposed
    assert not analysis.frame(token).binds_service


@pytest.mark.parametrize("lang,word", [("fr", "réparer"), ("en", "repairs")])
def test_the_frame_leaves_a_firm_consequence_unsupposed(analysed, lang, word):
    _, analysis = analysed(GUARANTEE[lang], lang)
    token = next(t for t in analysis.doc if t.text == word)
    assert not analysis.frame(token).supposed
