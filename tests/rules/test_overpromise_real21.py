"""What the round-20 judgement of real copy taught the claim reading.

- A share of a group as the subject ("Most of the people using those sites will never
  know its name", « la plupart des clients n'appellent jamais ») bounds the absolute by
  its own words: an estimate about some, not a claim about all.
- A claim inside a question put as the object of a verb ("we'll suggest which servers
  will give the fastest connection", « découvrez quelle formule est la plus adaptée »)
  is asked or left to the reader's choice, not asserted; "see why we are the fastest"
  takes the claim for granted and still fires.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Brisquet
language: fr
central_idea:
  statement: "Un internet rapide et sûr pour chaque foyer."
  lexicon: [connexion, foyer, rapide, sûr]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
""",
    "en": """
brand: Brisquet
language: en
central_idea:
  statement: "Fast, safe internet for every home."
  lexicon: [connection, home, fast, safe]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "brisquet", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Millions of homes rely on our routers every day. Most of the people using them "
           "will never know the name of the chip inside, and that's the point."),
    ("en", "Many subscribers never call our help line."),
    ("fr", "La plupart des abonnés n'appellent jamais notre assistance."),
    ("fr", "Certains clients ne redémarrent jamais leur box."),
])
def test_a_share_of_a_group_bounds_the_absolute(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our routers never drop your connection."),
    ("en", "All our routers will never drop your connection."),
    ("fr", "Nos box ne coupent jamais votre connexion."),
    ("fr", "Toutes nos box ne couperont jamais votre connexion."),
])
def test_the_whole_group_keeps_the_absolute(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our app will suggest which servers near you will ensure the fastest, most "
           "reliable internet connection."),
    ("en", "Use the comparator to find out whether the Duo plan is the cheapest for you."),
    ("fr", "Notre simulateur vous indique quelle formule est la plus rapide chez vous."),
])
def test_a_claim_in_an_indirect_question_is_not_asserted(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "See why Brisquet is the fastest internet provider in the country."),
    ("en", "Brisquet is the fastest internet provider in the country, whichever plan you pick."),
    ("fr", "Découvrez pourquoi Brisquet est le fournisseur le plus rapide du pays."),
])
def test_a_claim_taken_for_granted_still_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))
