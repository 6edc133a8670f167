"""se49. (1) capilea-fr-002, colombine-fr-015: the explanation of a problem is no next step.
A past act the circumstances forced (« nous avons dû annuler », "we had to cancel") and a
past event told with what it caused (« …, ce qui a ralenti… », "…, which delayed…") say
why the customer waits, not what happens next: a reply with only that says nothing of
what comes (BL407). FR and EN, a firing case and a near miss each, on the real models
(LEGO profiles, after-sales): the same explanation with a step, or a remedy told with its
effect, stays clean. (2) colombine-en-006, sautefolie-en-008: an answer's delay is held to
the answer's commitment, not to the refund it decides or brings (BL408). (3) capilea-fr-003,
survolia-fr-001: a thing sent in the passive holds its own service's commitment (BL408).
"""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=1):
    return {d.code for d in diagnostics if d.severity >= at_least}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\n\nNous sommes navrés. Notre animatrice est souffrante, nous avons dû "
           "reporter toutes ses séances de la semaine.\n\nLe service clients"),
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce retard. Notre équipe logistique a changé de "
           "logiciel en juin, ce qui a ralenti de nombreux envois.\n\nLe service clients"),
    ("en", "Dear Mr Stone,\n\nWe're very sorry. Our workshop flooded on Monday, so we had to "
           "cancel every repair booked this week.\n\nCustomer Service"),
    ("en", "Hi Ms Lane,\n\nSo sorry for the wait. Our warehouse team changed the labelling "
           "system in June, which delayed a lot of parcels.\n\nCustomer Service"),
])
def test_cause_told_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\n\nNous sommes navrés. Notre animatrice est souffrante, nous avons dû "
           "reporter toutes ses séances de la semaine. Nous vous proposons une nouvelle séance "
           "jeudi à 10 h.\n\nLe service clients"),
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce retard. Notre équipe logistique a changé de "
           "logiciel en juin, ce qui a ralenti de nombreux envois. Votre colis part demain "
           "matin.\n\nLe service clients"),
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce double prélèvement. Nous avons remboursé "
           "votre commande hier, ce qui explique les deux lignes sur votre relevé.\n\nLe "
           "service clients"),
    ("en", "Dear Mr Stone,\n\nWe're very sorry. Our workshop flooded on Monday, so we had to "
           "cancel every repair booked this week. We've rebooked yours for Thursday at "
           "9am.\n\nCustomer Service"),
    ("en", "Hi Ms Lane,\n\nSo sorry for the wait. Our warehouse team changed the labelling "
           "system in June, which delayed a lot of parcels. Yours leaves tomorrow "
           "morning.\n\nCustomer Service"),
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce retard. Nous avons contacté le "
           "transporteur, ce qui a accéléré les choses.\n\nLe service clients"),
    ("en", "Hi Ms Lane,\n\nSorry for the delay. We chased the courier this morning, which "
           "meant the parcel was released.\n\nCustomer Service"),
    ("en", "Hi Ms Lane,\n\nSo sorry about the double charge. We refunded your order yesterday, "
           "which is why two lines show on your statement.\n\nCustomer Service"),
])
def test_cause_told_with_a_step_or_a_remedy_stays_clean(lint, lang, text):
    assert "BL407" not in codes(lint(text, lang, "after_sales"))


# The answer's delay (« vous répondra », "get back to you") is held to the answer's own
# commitment (48 h on the LEGO profiles) when the refund the reply names is only what the
# customer asked for (« votre demande de remboursement », "your refund request") or what
# the answer brings (« avec plusieurs solutions, dont un remboursement », "with options,
# including a full refund") — not the refund's looser 14 days (colombine-en-006,
# sautefolie-en-008).
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés pour la boîte abîmée. Notre équipe va étudier votre "
           "demande de remboursement et vous répondra sous 5 jours.\n\nLe service clients"),
    ("fr", "Bonjour,\n\nNous sommes désolés pour la boîte abîmée. Notre responsable vous "
           "répondra sous 5 jours avec plusieurs solutions, dont un remboursement "
           "complet.\n\nLe service clients"),
    ("en", "Dear Mr Hale,\n\nWe're sorry the set arrived with a broken box. Our team will look "
           "into your refund request and get back to you within 5 days.\n\nCustomer Service"),
    ("en", "Dear Mr Hale,\n\nWe're sorry the set arrived with a broken box. Our manager is "
           "checking what happened and will get back to you within 5 days with options, "
           "including a full refund if you'd like one.\n\nCustomer Service"),
])
def test_answer_about_a_refund_is_held_to_the_answer(lint, lang, text):
    assert "BL408" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés pour la boîte abîmée. Notre équipe va étudier votre "
           "demande de remboursement et vous répondra sous 48 heures.\n\nLe service clients"),
    ("fr", "Bonjour,\n\nNous sommes désolés pour la boîte abîmée. Notre responsable vous "
           "répondra sous 48 heures avec plusieurs solutions, dont un remboursement "
           "complet.\n\nLe service clients"),
    ("en", "Dear Mr Hale,\n\nWe're sorry the set arrived with a broken box. Our team will look "
           "into your refund request and get back to you within 48 hours.\n\nCustomer "
           "Service"),
    ("en", "Dear Mr Hale,\n\nWe're sorry the set arrived with a broken box. Our manager is "
           "checking what happened and will get back to you within 48 hours with options, "
           "including a full refund if you'd like one.\n\nCustomer Service"),
])
def test_answer_within_its_commitment_stays_clean(lint, lang, text):
    assert "BL408" not in codes(lint(text, lang, "after_sales"))


# A thing sent in the passive whose subject the small French parse loses (the noun phrase
# before « vous seront envoyés » hangs elsewhere): its own declared service holds the delay,
# not the undeclared delivery the verb names (capilea-fr-003, survolia-fr-001). The English
# parse keeps the subject: the pair there guards the same reading.
BAKERY = {
    "fr": """\
brand: Fournelle
language: fr
address: vous
central_idea:
  statement: "Des gâteaux faits pour vos fêtes."
  lexicon: [gâteau, fête, pâtisserie]
channels:
  after_sales: {tones: [reassurance], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  custom_cake: {within: 10d, terms: [pièce montée, pièces montées, gâteau, gâteaux]}
""",
    "en": """\
brand: Fournelle
language: en
address: formal
central_idea:
  statement: "Cakes made for your celebrations."
  lexicon: [cake, celebration, pastry]
channels:
  after_sales: {tones: [reassurance], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  custom_cake: {within: 10d, terms: [tiered cake, tiered cakes]}
""",
}


@pytest.fixture(scope="module")
def lint_bakery(lint_profile_texts):
    return lint_profile_texts(BAKERY, "fournelle", "after_sales")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés pour ce retard. Le devis signé et la facture pour "
           "votre comité d'entreprise concernant le gâteau de votre fête vous seront envoyés "
           "sous trois semaines.\n\nLa pâtisserie"),
    ("en", "Hello,\n\nWe're sorry for the delay. Your tiered cake will be delivered to you "
           "within three weeks.\n\nThe bakery"),
])
def test_thing_sent_in_the_passive_holds_its_own_service(lint_bakery, lang, text):
    assert "BL408" in codes(lint_bakery(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés pour ce retard. Le devis signé et la facture pour "
           "votre comité d'entreprise concernant le gâteau de votre fête vous seront envoyés "
           "sous une semaine.\n\nLa pâtisserie"),
    ("en", "Hello,\n\nWe're sorry for the delay. Your tiered cake will be delivered to you "
           "within a week.\n\nThe bakery"),
])
def test_thing_sent_within_its_commitment_stays_clean(lint_bakery, lang, text):
    assert "BL408" not in codes(lint_bakery(lang, text))
