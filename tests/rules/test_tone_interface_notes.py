"""A field's or a dialog's note is a screen's string (real check 37: Clever Cloud's console —
"Variable editing. Format: VARIABLE_NAME=… Every variable must be separated by a line break."
and « Cette action est définitive et ne peut pas être annulée » read as cold, BL207). The
input's format and the warning that the reader's own action cannot be undone are the
interface's standard wording (`function.interface_notes`), not an office's coldness. Near
misses: a decision about the reader's case that cannot be undone, and a clipped reply with no
format in it, stay cold. Texts our own; FR and EN on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Nuagerie
language: fr
address: vous
central_idea:
  statement: "Héberger vos applications sans vous soucier des serveurs."
  lexicon: [héberger, hébergement, application, serveur]
channels:
  app: {tones: [solution, reassurance], service: true}
""",
    "en": """\
brand: Nuagerie
language: en
address: formal
central_idea:
  statement: "Host your applications without worrying about servers."
  lexicon: [host, hosting, application, server]
channels:
  app: {tones: [solution, reassurance], service: true}
""",
}

NOTES = [
    ("fr", "Alias de domaine. Format : ALIAS=domaine.fr, une entrée par ligne. Chaque alias "
           "doit être séparé par un saut de ligne."),
    ("en", "Domain aliases. Format: ALIAS=example.com, one entry per line. Every alias must be "
           "separated by a line break."),
    ("fr", "Cette action est définitive et ne peut pas être annulée. Une fois le jeton "
           "supprimé, les scripts ne pourront plus se connecter à l'API, et tous les accès "
           "accordés seront révoqués."),
    ("en", "This action is final and cannot be undone. Once the token is deleted, the "
           "scripts will no longer be able to connect to the API, and all the access granted "
           "will be revoked."),
]
# a product's format is its size, on a product sheet: not an input's
SHEETS = [
    ("fr", "Coffret découverte. Format : carton 30 × 20 cm, 1,2 kg. Chaque coffret est préparé "
           "à la main et doit être conservé au frais."),
    ("en", "Discovery box. Format: 30 × 20 cm carton, 1.2 kg. Each box is packed by hand and "
           "must be kept cool."),
]
DECISIONS = [
    ("fr", "Demande refusée. Votre commande ne peut pas être annulée. Décision définitive. "
           "Dossier clos."),
    ("en", "Request refused. Your order cannot be cancelled. Decision final. Case closed."),
]


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nuagerie-ui", "app")


@pytest.fixture(scope="module")
def analysed(run_analysed_profile_texts):
    run = run_analysed_profile_texts(PROFILES, "nuagerie-ui-a", "app")
    return lambda text, lang: run(text, lang)[1]


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("lang,text", NOTES)
def test_a_fields_format_or_a_dialogs_warning_is_the_screens_wording(lint, lang, text):
    assert "BL207" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", SHEETS)
def test_near_miss_a_products_format_is_no_screens_note(lang, text, analysed):
    assert analysed(text, lang).function.kind != "interface"


@pytest.mark.parametrize("lang,text", DECISIONS)
def test_near_miss_a_decision_on_the_readers_case_stays_cold(lint, lang, text):
    assert "BL207" in codes(lint(lang, text))
