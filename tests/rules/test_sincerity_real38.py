"""Real check 37: Open Collective's notice "The Acme Collective Collective has been archived by
its admins. Your recurring contribution has been cancelled." read as a problem with no apology
(BL403). The cancellation, an agentless passive, follows from another party's act told in the
sentence just before: its consequence, reported — no fault of the brand's to own. Near misses:
the same cancellation with no cause told, or after the brand's own courier's act, still owes an
apology. Texts our own; FR and EN on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Dondelo
language: fr
address: vous
central_idea:
  statement: "Soutenir les associations de son quartier, chaque mois."
  lexicon: [don, association, quartier, soutenir]
channels:
  email: {tones: [reassurance, solution], service: true}
""",
    "en": """\
brand: Dondelo
language: en
address: formal
central_idea:
  statement: "Support the groups of your neighbourhood, every month."
  lexicon: [donation, group, neighbourhood, support]
channels:
  email: {tones: [reassurance, solution], service: true}
""",
}

CONSEQUENCE = {
    "fr": "Bonjour Maya,\nLa cagnotte des Jardins Partagés a été clôturée "
          "par ses organisateurs. Votre don mensuel a été annulé.\nPour toute question, "
          "écrivez-nous à aide@dondelo.fr.\nBien à vous,\nL'équipe Dondelo",
    "en": "Hi Maya,\nThe Shared Gardens fund has been closed by its "
          "organisers. Your monthly donation has been cancelled.\nIf you have questions, "
          "email us at help@dondelo.com.\nBest,\nThe Dondelo team",
}
NO_CAUSE = {
    "fr": "Bonjour Maya,\nVotre don mensuel a été annulé.\nPour toute "
          "question, écrivez-nous à aide@dondelo.fr.\nBien à vous,\nL'équipe Dondelo",
    "en": "Hi Maya,\nYour monthly donation has been cancelled.\nIf "
          "you have questions, email us at help@dondelo.com.\nBest,\nThe Dondelo team",
}

OWN_ACT = {
    "fr": "Bonjour Maya,\nLe colis a été abîmé par notre livreur. Votre commande a été "
          "annulée.\nPour toute question, écrivez-nous à aide@dondelo.fr.\nBien à vous,\n"
          "L'équipe Dondelo",
    "en": "Hi Maya,\nThe parcel was damaged by our courier. Your order has been cancelled.\n"
          "If you have questions, email us at help@dondelo.com.\nBest,\nThe Dondelo team",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "dondelo", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cancellation_after_another_partys_act_owes_no_apology(lint, lang):
    assert "BL403" not in codes(lint(lang, CONSEQUENCE[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_the_same_cancellation_with_no_cause_owes_one(lint, lang):
    assert "BL403" in codes(lint(lang, NO_CAUSE[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_a_cancellation_after_the_brands_own_courier_owes_one(lint, lang):
    assert "BL403" in codes(lint(lang, OWN_ACT[lang]))


# Real check 37: Démarches simplifiées' help page « Si vous pensez que vous êtes bien la cible
# de cette procédure et que vous devriez pouvoir y déposer une demande, contactez le service en
# charge de la démarche » read as doubting good faith (BL402). A belief in the reader's
# entitlement under the brand's rule, with the way to say so after it, opens a recourse — as
# « si vous pensez que c'est une erreur, contactez-nous » does. Near miss: a belief about the
# reader's account of facts (their parcel not arrived) is still doubt.
RECOURSE = {
    "fr": "Bonjour Maya,\nCette aide est réservée aux associations de moins de trois ans. Si "
          "vous pensez que vous êtes bien éligible et que vous devriez pouvoir la demander, "
          "contactez le service instructeur pour le signaler.\nBien à vous,\nL'équipe Dondelo",
    "en": "Hi Maya,\nThis grant is for groups under three years old. If you think you are "
          "eligible and should be able to apply, contact us to let us know.\nBest,\nThe "
          "Dondelo team",
}
ACCOUNT_DOUBTED = {
    "fr": "Bonjour Maya,\nSi vous pensez que votre reçu fiscal ne vous est jamais parvenu, "
          "contactez-nous.\nBien à vous,\nL'équipe Dondelo",
    "en": "Hi Maya,\nIf you believe your tax receipt never reached you, contact us.\nBest,\nThe "
          "Dondelo team",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_belief_in_ones_entitlement_with_the_way_to_say_so_is_recourse(lint, lang):
    assert "BL402" not in codes(lint(lang, RECOURSE[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_a_belief_about_the_readers_account_is_doubt(lint, lang):
    assert "BL402" in codes(lint(lang, ACCOUNT_DOUBTED[lang]))


# Real check 38: Clever Cloud's console strings (« Une erreur est survenue lors du chargement
# des factures. », "Something went wrong while loading the list.") reported for having no
# next step (BL407). The judges of checks 30–37 wanted these flagged, check 38's did not: the
# finding stays a warning, and for an interface's own error string it says what its next step
# is — how to recover. Near miss: the same words in a reply get the reply's wording.
APP = {
    "fr": "Une erreur est survenue lors du chargement de vos reçus.",
    "en": "Something went wrong while loading your receipts.",
}
REPLY = {
    "fr": "Bonjour Maya,\nDésolés, une erreur est survenue lors du chargement de vos reçus.\n"
          "Bien à vous,\nL'équipe Dondelo",
    "en": "Hi Maya,\nSorry, something went wrong while loading your receipts.\nBest,\nThe "
          "Dondelo team",
}
RECOVER = {"fr": "comment s'en sortir", "en": "how to recover"}


def next_step_findings(diagnostics):
    return [d for d in diagnostics if d.code == "BL407"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_interface_error_string_is_told_its_next_step_is_how_to_recover(lint, lang):
    found = next_step_findings(lint(lang, APP[lang]))
    assert [d.severity for d in found] == [2] and RECOVER[lang] in found[0].message


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_the_same_error_in_a_reply_gets_the_replys_wording(lint, lang):
    found = next_step_findings(lint(lang, REPLY[lang]))
    assert [d.severity for d in found] == [2] and RECOVER[lang] not in found[0].message
