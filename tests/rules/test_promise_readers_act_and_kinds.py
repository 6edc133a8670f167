"""A kind of thing is no service the brand commits to (issue 7, real copy round 24:
BL304 read "open source software … to provide anytime, anywhere access" as an undeclared
availability promise, on the word *open*).

An adjective of availability set before the noun it qualifies ("open source", "an open
format") names a kind of thing; it does not say the brand is open. The brand's own hours
and delays still fire."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Nuagelin
language: fr
address: vous
central_idea:
  statement: "Vos fichiers chez vous, sous votre contrôle."
  lexicon: [fichiers, contrôle, chez vous]
channels:
  web: {tones: [solution, reassurance]}
promises: {}
""",
    "en": """
brand: Nuagelin
language: en
address: informal
central_idea:
  statement: "Your files at home, under your control."
  lexicon: [files, control, at home]
channels:
  web: {tones: [solution, reassurance]}
promises: {}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nuagelin-promise", "web")


def _codes(diagnostics) -> set[str]:
    return {d.code for d in diagnostics}


@pytest.fixture(scope="module")
def analyse(analyse_profile_texts):
    return analyse_profile_texts({k: v for k, v in PROFILES.items()}, "nuagelin-services")


def _service_words(analysis) -> set[str]:
    from brandlint.analysis.promises import service_tokens

    names, _starts = service_tokens(analysis)
    return {analysis.doc[i].lower_ for i, name in names.items() if name == "availability"}


@pytest.mark.parametrize("lang, text, word", [
    ("en", "We are open on Sundays too.", "open"),
    ("fr", "Nous sommes ouverts le dimanche aussi.", "ouverts"),
])
def test_open_said_of_the_brand_is_a_service_word(analyse, lang, text, word):
    assert word in _service_words(analyse(text, lang, "web"))


def test_open_before_the_noun_it_qualifies_is_no_service_word(analyse):
    analysis = analyse("Open source software and open standards, on your own server.",
                       "en", "web")
    assert "open" not in _service_words(analysis)


@pytest.mark.parametrize("lang, text", [
    ("en", "Our shop is open around the clock."),
    ("en", "Write to us: we reply within 24 hours."),
    ("fr", "Notre boutique est ouverte 24 h/24."),
    ("fr", "Écrivez-nous, nous répondons dans la journée."),
])
def test_the_brands_own_hours_and_delays_still_fire(lint_with, lang, text):
    assert "BL304" in _codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang, text", [
    ("en", "Nuagelin is open source software that you install on a home server to provide "
           "anytime access to your photos."),
    ("en", "An open format you read at any time on your own computer, with nothing to "
           "install."),
])
def test_the_readers_act_or_a_kind_of_thing_is_no_service(lint_with, lang, text):
    assert "BL304" not in _codes(lint_with(lang, text, "web"))
