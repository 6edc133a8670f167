"""What round 34 (the slow next steps missed on the read half of sincerity-blind28) taught
the reading of a step's delay, in concepts:

- a service word in the purpose clause the step's own verb governs after the delay ("will
  call you back within 5 hours to arrange a replacement", « vous rappellera sous 5 heures
  pour organiser un remplacement ») is what the step leads to, not a service the delay could
  belong to: the callback is held to its own commitment;
- a possessor ("the technician's report") names who made a thing, not a process whose
  outcome the answer would be: the reply is held to the response commitment;
- the brand hands over *it* (« nous vous l'enverrons », "we'll send it to you"): the pronoun
  stands for the thing named before, here a custom service named by its own multiword term
  (« attestation fiscale »), which is no document *about* a service but the service itself.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

LUMO = {
    "fr": """
brand: Lumoveil
language: fr
central_idea:
  statement: "Des chauffe-eau posés et suivis sans souci."
  lexicon: [chauffe-eau, pose, suivi, confiance]
channels:
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  callback: {within: 2h}
  technician_visit: {within: 3d, terms: [technicien, visite technique]}
  replacement: {within: 48h, terms: [remplacement, appareil de remplacement]}
  tax_statement: {within: 5d, terms: [attestation fiscale, attestation]}
""",
    "en": """
brand: Lumoveil
language: en
central_idea:
  statement: "Water heaters fitted and looked after without worry."
  lexicon: [water heater, fitting, care, trust]
channels:
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  callback: {within: 2h}
  technician_visit: {within: 3d, terms: [technician, technician visit]}
  replacement: {within: 48h, terms: [replacement, replacement unit]}
  tax_statement: {within: 5d, terms: [tax statement, statement]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(LUMO, "lumoveil", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL408: the purpose after the delay is not the delay's service ---------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Mme Leroy, nous sommes désolés pour cette panne. Un conseiller vous "
           "rappellera sous 5 heures pour organiser un remplacement."),
    ("en", "Hi Mrs Leroy, we're sorry your heater failed again. An adviser will call you back "
           "within the next five hours to arrange a replacement."),
])
def test_callback_slower_than_commitment_before_a_purpose_fires(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Mme Leroy, nous sommes désolés pour cette panne. Un conseiller vous "
           "rappellera sous 1 heure pour organiser un remplacement."),
    ("en", "Hi Mrs Leroy, we're sorry your heater failed again. An adviser will call you back "
           "within the hour to arrange a replacement."),
])
def test_callback_within_commitment_before_a_purpose_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


# -- BL408: a possessor is no process the answer is the outcome of ---------------------------
def test_reply_after_the_technicians_report_is_held_to_the_response(lint):
    text = ("Hi Mr Osei, I'm sorry the heater is still cutting out. I've sent the technician's "
            "report to our service lead, and someone will get back to you with a plan within "
            "40 hours.")
    assert found(lint("en", text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Mr Osei, I'm sorry the heater is still cutting out. I've sent the technician's "
           "report to our service lead, and someone will get back to you with a plan within "
           "12 hours."),
    ("fr", "Bonjour M. Osei, désolé que le chauffe-eau coupe encore. J'ai transmis le rapport "
           "du technicien à notre responsable, et nous reviendrons vers vous avec une solution "
           "sous 12 heures."),
])
def test_reply_after_the_technicians_report_within_commitment_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


# -- BL408: the brand sends *it*, a service named before by its terms -------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Mme Diallo, pardon : votre attestation fiscale manque dans votre espace "
           "client.\n\nNous vous l'enverrons d'ici deux semaines, après la clôture des comptes."),
    ("en", "Hi Ms Diallo, sorry: your tax statement is missing from your account.\n\nWe'll "
           "send it to you within two weeks, once the accounts are closed."),
])
def test_pronoun_for_a_service_sent_later_than_committed_fires(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Mme Diallo, pardon : votre attestation fiscale manque dans votre espace "
           "client.\n\nNous vous l'enverrons d'ici trois jours, après la clôture des comptes."),
    ("en", "Hi Ms Diallo, sorry: your tax statement is missing from your account.\n\nWe'll "
           "send it to you within three days, once the accounts are closed."),
])
def test_pronoun_for_a_service_sent_within_commitment_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL408")
