"""Real copy (source 29, a public forms platform; DuckDuckGo's help pages before it): how
long a service keeps what it holds, and when it removes it, is its retention policy.

- A verb of keeping, removing or expiring said of one of the policy objects (« vos
  données sont conservées 3 ans », "we delete the recordings within 30 days", the noun a
  relative clause hangs on: "confirmation emails, which we … then delete within 72
  hours"), or a thing's own expiry, is topic `policy`: no service level (BL304 silent),
  while the same deadline on a service act still fires.
- A time counted from a service (« expirera 3 mois après le traitement du dossier »)
  does not time that service: the service after « après » / "after" is the event.
- A removal the rules make — announced ahead, by a keeping period, automatically, or a
  success message — is no slip to apologise for (BL403 silent); a removal by mistake
  still is.
Firing forms and near misses, FR and EN, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Guichet Clair
language: fr
central_idea:
  statement: "Des démarches en ligne simples pour tous les usagers."
  lexicon: [démarche, dossier, usager, simple]
channels:
  web: {tones: [reassurance, solution]}
  email: {tones: [reassurance, solution], idea: false, service: true}
  app: {tones: [solution], idea: false, service: true}
promises:
  response: {within: 48h, terms: [traitement, réponse]}
  refund: {within: 14d}
  account_deletion: {within: 30d, terms: [suppression du compte, supprimer votre compte]}
""",
    "en": """
brand: Guichet Clair
language: en
central_idea:
  statement: "Simple online procedures for every user."
  lexicon: [procedure, file, user, simple]
channels:
  web: {tones: [reassurance, solution]}
  email: {tones: [reassurance, solution], idea: false, service: true}
  app: {tones: [solution], idea: false, service: true}
promises:
  response: {within: 48h, terms: [processing, answer]}
  refund: {within: 14d}
  account_deletion: {within: 30d, terms: [account deletion, erase your account]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "guichet", "email")


def codes(diagnostics, prefix):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos données sont conservées 3 ans, puis supprimées sous 30 jours."),
    ("fr", "Le dossier sera supprimé automatiquement sous 90 jours s'il n'est pas déposé."),
    ("en", "We delete the call recordings within 30 days."),
    ("en", "We only receive the confirmation emails, which we handle for you and then "
           "delete within 72 hours."),
])
def test_a_retention_period_is_no_service_level(lint, lang, text):
    assert "BL304" not in codes(lint(lang, text), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous installons votre nouveau poste de travail sous 10 jours."),
    ("en", "We'll install your new workstation within 10 days."),
])
def test_a_deadline_on_a_service_act_still_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre compte et vos données seront supprimés dès ce soir, promis."),
    ("en", "Your account and all its data will be erased within the next hour."),
])
def test_a_declared_deletion_service_is_held_to_its_commitment(lint, lang, text):
    assert "BL302" in codes(lint(lang, text), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Expirera le 15 mars 2025 (3 mois après le traitement du dossier)"),
    ("fr", "Un questionnaire de satisfaction vous est envoyé 24 h après le traitement "
           "de votre dossier."),
    ("en", "A satisfaction survey is sent to you 24 hours after the processing of "
           "your file."),
])
def test_a_time_counted_from_the_service_does_not_time_it(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "app"), "BL30")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre réponse arrive 1 jour après le dépôt du dossier."),
    ("en", "Your answer arrives one day after you submit the file."),
])
def test_the_service_timed_after_an_event_still_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\nLe délai maximal de conservation de votre brouillon a été atteint : "
           "il a donc été supprimé.\nCordialement,"),
    ("fr", "Votre dossier est traité, mais il va bientôt être supprimé. Vous pouvez le "
           "télécharger au format PDF."),
    ("fr", "La demande de transfert a été supprimée avec succès."),
    ("en", "Hello,\nYour draft reached the end of its retention period, so it was deleted "
           "automatically.\nBest regards,"),
    ("en", "Your file has been processed and will be deleted after 90 days. You can "
           "download it as a PDF."),
    ("en", "The transfer request was successfully deleted."),
])
def test_a_removal_by_the_rules_is_no_slip(lint, lang, text):
    assert "BL403" not in codes(lint(lang, text), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, votre dossier a été supprimé par erreur lors d'une mise à jour. "
           "Nous le restaurons aujourd'hui."),
    ("en", "Hello, your file was deleted by mistake during an update. We are restoring "
           "it today."),
])
def test_a_removal_by_mistake_still_needs_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("en", "When we receive an email, we immediately remove trackers from it and then "
           "forward it to you."),
    ("fr", "Quand nous recevons un e-mail, nous en retirons aussitôt les traqueurs puis nous "
           "vous le transférons."),
])
def test_how_the_product_handles_a_thing_is_no_delivery_promise(lint, lang, text):
    # (DuckDuckGo's help pages: a habit described, not the brand handing "it" over later)
    assert "BL304" not in codes(lint(lang, text, "app"), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous gardons vos données toujours chiffrées."),
    ("en", "We keep your files encrypted, always."),
])
def test_keeping_in_a_state_is_a_claim_on_that_state(lint, lang, text):
    assert "BL301" in codes(lint(lang, text, "web"), "BL3")
