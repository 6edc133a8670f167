"""An allowance a heading calls unlimited, and the line under it names its one limit (real-
text draw 54, a file-sharing suite: "Unlimited everything" over "Nextcloud has no limits
other than the size of your file storage system", judged unsure): the offer's terms,
qualified where the heading's body starts — as a table's caption over its row already was.
A heading whose body names no limit still claims. FR and EN on the real models; texts are
our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Nuagerie
language: fr
central_idea:
  statement: "Vos fichiers chez vous, partagés comme vous voulez."
  lexicon: [fichier, partage, serveur]
channels:
  web: {tones: [solution]}
""",
    "en": """
brand: Nuagerie
language: en
central_idea:
  statement: "Your files at home, shared the way you want."
  lexicon: [file, share, server]
channels:
  web: {tones: [solution]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nuagerie", "web")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Stockage illimité\n\nAucune limite autre que la taille de votre disque : autant de "
           "fichiers et de partages que vous voulez."),
    ("fr", "Partages illimités\n\nLa seule limite est la capacité de votre serveur."),
    ("en", "Unlimited everything\n\nNuagerie has no limits other than the size of your file "
           "storage system. However big the file, we serve it."),
    ("en", "Unlimited sharing\n\nThe only limit is what your own server can carry."),
])
def test_a_heading_whose_body_names_its_limit(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Stockage illimité\n\nVos fichiers sont servis à toute vitesse, où que vous soyez."),
    ("en", "Unlimited everything\n\nNuagerie serves your files at lightning speed, wherever "
           "you are."),
    # a sentence that ends is no heading: the line after it does not qualify it
    ("en", "Storage is unlimited.\n\nThe only limit is your imagination."),
])
def test_a_heading_with_no_limit_named_still_claims(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL301"]
