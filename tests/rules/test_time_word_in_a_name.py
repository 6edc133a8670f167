"""A time word that opens a name the draft uses as a name — "Instant Answers" as a heading,
then "look for the Instant Answer above the results" — is a feature's name, no time held
to, where the profile declares no time for that service (real-text checks 41, 42, 45, 48
and 51 judged DuckDuckGo's "Instant Answers" wrong each time). Against a declared
commitment the name is still judged ("Instant Delivery" with a 10-day delivery), and a
name used once, or again only at a sentence's start, is no name the draft uses. French
names put the time word after the noun (« Livraison Immédiate »): no name of this kind,
the French case is the near miss. On the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "en": """
brand: Quillon Search
language: en
central_idea:
  statement: "Search that respects you."
  lexicon: [search, privacy, respect]
channels:
  help: {tones: [solution]}
promises:
  delivery: {within: 10d}
""",
    "fr": """
brand: Quillon Recherche
language: fr
central_idea:
  statement: "Une recherche qui vous respecte."
  lexicon: [recherche, vie privée, respect]
channels:
  help: {tones: [solution]}
promises:
  delivery: {within: 10d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "quillon", "help")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Instant Answers\nQuillon shows answers to your searches without a click: just "
           "look for the Instant Answer above the results."),
    ("en", "Instant Replies\nOur search shows replies to your questions without a click: "
           "the Instant Reply sits above the results."),
])
def test_a_feature_named_with_a_time_word_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Instant Answers\nOur team answers every message you send us."),
    ("en", "Instant Delivery\nYour order ships from our depot. Choose Instant Delivery at "
           "checkout."),
    ("fr", "Livraison Immédiate\nVos commandes partent de notre dépôt : choisissez la "
           "Livraison Immédiate au moment de payer."),
])
def test_a_time_word_not_used_as_a_name_or_a_declared_time_fires(lint, lang, text):
    assert codes(lint(lang, text)) != []
