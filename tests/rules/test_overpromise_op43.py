"""Round 38 (op43): a product sheet's title gives its thing to a label that opens with the
act, a time on a verb of keeping, a declared act-on-a-thing term said in the passive,
the contracted *'d* before a past participle.

- "Gift card — €65 … Sent by email within 24 hours", « Carte cadeau — 65 € … Envoi par
  e-mail sous 24 h »: a label that opens with the act and names no thing leaves the thing
  to the sheet — the declared service the document's title names — judged against its
  commitment, not as a service the profile does not declare.
- « Nous gardons votre place vingt minutes après le début », "we hold your seat for twenty
  minutes after the start": how long the brand holds a thing, not how soon it acts.
- « déplacer votre séance » said « la séance est déplacée »: the declared service.
- "a bowl they'd never dreamt of": *'d* before a past participle is *had*, a past record.
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Tour à Bols
language: fr
central_idea:
  statement: "Apprendre à tourner la terre de ses mains, sans se presser."
  lexicon: [terre, tourner, tour, argile, mains, bol, potier, poterie]
  related: [émail, cuisson, four, atelier]
channels:
  web: {tones: [storytelling]}
  shop: {tones: [deal], idea: false}
  email: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  gift_card: {within: 24h, terms: [carte cadeau, cartes cadeaux]}
  session_move: {within: 48h, terms: [déplacer votre séance, nouvelle date]}
  private_session: {within: 72h, terms: [séance privée, devis]}
""",
    "en": """
brand: Bowl Wheel
language: en
central_idea:
  statement: "Learn to throw clay with your own hands, unhurried."
  lexicon: [clay, throw, wheel, hands, bowl, potter, pottery]
  related: [glaze, firing, kiln, studio]
channels:
  web: {tones: [storytelling]}
  shop: {tones: [deal], idea: false}
  email: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  gift_card: {within: 24h, terms: [gift card, gift cards]}
  session_move: {within: 48h, terms: [move your session, new date]}
  private_session: {within: 72h, terms: [private session, quote]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "tourabols", "shop")


def codes(diagnostics, prefix="BL3"):
    return sorted(d.code for d in diagnostics if d.code.startswith(prefix))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Carte cadeau « Premier bol » — 65 €\n\nDeux heures au tour avec un potier, "
           "émail compris.\n\nValable un an. Envoi par e-mail sous 24 h après paiement."),
    ("en", "Gift card: First Bowl class, €65\n\nTwo hours at the wheel with a potter, "
           "glaze included.\n\nValid one year. Sent by email within 24 hours of payment."),
])
def test_a_label_on_a_sheet_takes_the_titles_service(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Carte cadeau « Premier bol » — 65 €\n\nDeux heures au tour avec un potier, "
           "émail compris.\n\nValable un an. Envoi par e-mail en 2 h après paiement."),
    ("en", "Gift card: First Bowl class, €65\n\nTwo hours at the wheel with a potter, "
           "glaze included.\n\nValid one year. Sent by email within 2 hours of payment."),
])
def test_the_titles_service_faster_than_its_commitment_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous gardons votre place vingt minutes après le début de l'atelier ; au-delà, "
           "elle revient à la liste d'attente."),
    ("en", "We hold your seat for twenty minutes after the class starts; after that it goes "
           "to the waiting list."),
])
def test_a_time_on_keeping_is_a_hold_not_a_deadline(lint, lang, text):
    assert codes(lint(lang, text, "email")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous répondons à votre message en vingt minutes."),
    ("en", "We answer your message within twenty minutes."),
])
def test_a_time_on_answering_stays_a_deadline(lint, lang, text):
    assert codes(lint(lang, text, "email")) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Si le potier est malade, la séance est déplacée ou remboursée, au choix de "
           "l'élève, sous 14 jours."),
    ("en", "If the potter is ill, your session is moved or refunded, as you choose, within "
           "14 days."),
])
def test_a_declared_act_on_a_thing_said_in_the_passive_is_that_service(lint, lang, text):
    assert codes(lint(lang, text, "email")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Si le potier est malade, la séance est déplacée, au choix de l'élève, en 2 "
           "heures."),
    ("en", "If the potter is ill, your session is moved, as you choose, within 2 hours."),
])
def test_the_passive_act_faster_than_its_commitment_fires(lint, lang, text):
    assert codes(lint(lang, text, "email")) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Every guest has left with a bowl and a glaze they'd never heard of."),
    ("fr", "Chaque élève est reparti avec un bol qu'il n'avait jamais imaginé faire."),
])
def test_a_pluperfect_relative_is_a_record(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Every guest leaves with a glaze that will never crack."),
    ("fr", "Chaque élève repart avec un émail qui ne craquellera jamais."),
])
def test_a_future_relative_still_claims(lint, lang, text):
    assert codes(lint(lang, text, "web")) == ["BL301"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Spring sale: 15% off every class with code CLAY15, the cheapest pottery class "
           "in the county!"),
    ("fr", "Soldes de printemps : -15 % sur les cours avec le code ARGILE15, les cours de "
           "poterie les moins chers de la région !"),
])
def test_a_discount_code_before_a_superlative_is_nobody_ranked(lint, lang, text):
    assert "BL303" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Spring sale: 15% off every class, created by Claybrook, the leading kiln maker "
           "in the county!"),
    ("fr", "Soldes de printemps : -15 % sur les cours, avec l'émail de Terralis, leader "
           "européen de la glaçure !"),
])
def test_a_name_before_a_superlative_is_still_someone_else(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "CLAY SALE\n\nLowest prices anywhere on the web: find a class cheaper and we'll "
           "match it."),
    ("fr", "SOLDES ARGILE\n\nLes prix les plus bas du web : trouvez un cours moins cher et "
           "nous nous alignons."),
])
def test_a_bare_superlative_against_anywhere_fires(lint, lang, text):
    assert "BL303" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "CLAY SALE\n\nBest to book early: classes fill up faster than anywhere we know."),
    ("en", "CLAY SALE\n\nLowest shelf on the left holds the glazes."),
])
def test_a_bare_superlative_without_anywhere_stays_quiet(lint, lang, text):
    assert "BL303" not in codes(lint(lang, text))
