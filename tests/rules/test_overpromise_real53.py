"""« sans le moindre paramétrage » (real-text draws 52 and 53, a host's technical blog: "pip
install et gem install fonctionnent directement, sans le moindre paramétrage", judged wrong
twice): what is denied is the reader's own setting up — how easy a thing is to use — not a
promise that nothing goes wrong, which « sans le moindre retard », "without the slightest
scratch" still are (seven older drafts, all labelled overpromise). FR and EN on the real
models; texts are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Hébergerie
language: fr
central_idea:
  statement: "Héberger vos sites sans vous occuper des serveurs."
  lexicon: [héberger, hébergement, serveur, site, plateforme]
channels:
  blog: {tones: [storytelling, collaboration]}
""",
    "en": """
brand: Hebergerie
language: en
central_idea:
  statement: "Hosting your sites without you minding the servers."
  lexicon: [host, hosting, server, site, platform]
channels:
  blog: {tones: [storytelling, collaboration]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "hebergerie", "blog")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Désormais, pip install et gem install fonctionnent directement, sans le moindre "
           "paramétrage."),
    ("fr", "Votre nouvelle base de données est prête, sans la moindre démarche de votre part."),
    ("en", "From this release, the package manager is ready out of the box, without the "
           "slightest setup."),
])
def test_the_readers_effort_denied_is_no_absolute(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos sites tournent toute l'année, sans la moindre panne."),
    ("fr", "Votre migration se fait sans le moindre retard."),
    ("en", "Your sites run all year round without the slightest downtime."),
])
def test_a_failure_denied_still_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))
