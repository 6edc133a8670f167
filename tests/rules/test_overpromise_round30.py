"""Overpromise, round 30 (heldout33's read half showed the categories; texts are ours):

- "more often" / « plus souvent » compares the brand with others: it is no hedge ("often",
  « souvent » alone still soften a claim);
- a data word that is only where a thing is sent ("sent instantly to the email you gave
  us", « envoyé … à l'adresse e-mail que vous nous avez donnée ») is a delivery's address,
  not the reader's data the brand handles: the clause is a service level, held to its
  commitment (the data's own fate, "we never send the address you gave us to anyone",
  stays a privacy policy)."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Voltavie
language: fr
central_idea:
  statement: "Des vélos électriques réparés vite et près de chez vous."
  lexicon: [vélo, atelier, réparation, batterie]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance], service: true}
promises:
  gift_voucher: {within: 24h, terms: [bon cadeau, bons cadeaux]}
""",
    "en": """
brand: Voltavie
language: en
central_idea:
  statement: "E-bikes repaired fast and close to you."
  lexicon: [bike, workshop, repair, battery]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance], service: true}
promises:
  gift_voucher: {within: 24h, terms: [gift voucher, gift vouchers]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "voltavie30o", "web")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


@pytest.mark.parametrize("lang,text", [
    ("en", "Quite simply the best e-bikes in Wales, and no other shop services them more often."),
    ("fr", "Ce sont les meilleurs vélos de Bretagne, et aucun atelier ne les révise plus souvent "
           "que nous."),
])
def test_more_often_compares_and_hedges_nothing(lint, lang, text):
    assert [d.severity.name for d in found(lint(lang, text), "BL303")] == ["WARNING"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Our e-bikes are often the best choice for steep hills."),
    ("fr", "Nos vélos sont souvent le meilleur choix pour les côtes."),
])
def test_often_alone_still_hedges(lint, lang, text):
    assert [d.severity.name for d in found(lint(lang, text), "BL303")] == ["INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Your gift voucher is sent instantly to the email you gave us."),
    ("fr", "Votre bon cadeau est envoyé immédiatement à l'adresse e-mail que vous nous avez "
           "donnée."),
])
def test_a_thing_sent_to_the_readers_address_is_a_service_level(lint, lang, text):
    assert found(lint(lang, text), "BL302")


@pytest.mark.parametrize("lang,text", [
    ("en", "We never send the email address you gave us to anyone."),
    ("fr", "Nous n'envoyons jamais l'adresse e-mail que vous nous avez donnée à des tiers."),
])
def test_the_readers_data_sent_nowhere_is_a_policy(lint, lang, text):
    assert not [d for d in lint(lang, text) if d.code.startswith("BL3")]


# -- where the interface shows a part of itself (real copy: help pages) --------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "You can move the repair log, which is always visible at the top of your page."),
    ("fr", "Vous pouvez déplacer le carnet d'entretien, qui est toujours visible en haut de la "
           "page."),
])
def test_a_part_of_the_screen_always_shown_is_no_claim(lint, lang, text):
    assert "BL301" not in {d.code for d in lint(lang, text)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Our mechanics are always visible on the shop floor to help you."),
    ("fr", "Nos mécaniciens sont toujours visibles en atelier pour vous aider."),
    ("en", "The repair log, which always stays accurate, lists every part we fit."),
])
def test_the_staff_always_there_and_a_thing_always_right_are_claims(lint, lang, text):
    assert "BL301" in {d.code for d in lint(lang, text)}


# -- a standing call or welcome is no absolute (real copy: volunteer calls) ----------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Join the workshop crew: we always need motivated people to help with repairs."),
    ("fr", "Vos idées sont toujours les bienvenues à l'atelier."),
])
def test_a_standing_call_or_welcome_is_no_claim(lint, lang, text):
    assert "BL301" not in {d.code for d in lint(lang, text)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Our mechanics always fix your bike the same day."),
    ("fr", "Nos batteries ne tombent jamais en panne."),
])
def test_the_service_always_doing_it_is_a_claim(lint, lang, text):
    assert "BL301" in {d.code for d in lint(lang, text)}
