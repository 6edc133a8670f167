"""The catalogues: every word for people in the code is in the French catalogue and
translated there, with its placeholders, and the compiled .mo says the same as the .po.
A message added to the code without `make messages` and a translation fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

babel = pytest.importorskip("babel", reason="Babel extracts the catalogue (pip install Babel)")

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir  # noqa: E402
from babel.messages.pofile import read_po  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "brandlint" / "locale" / "fr" / "LC_MESSAGES" / "brandlint.po"
KEYWORDS = dict(DEFAULT_KEYWORDS, N_=None)
METHODS = [("**.py", "brandlint.i18n_extract:extract"),
           ("templates/**.j2", "jinja2.ext:babel_extract")]
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]*)(?:[:!][^}]*)?\}(?!\})")


def extracted(folder: Path) -> set:
    """Every msgid the code of `folder` holds (a tuple for a plural)."""
    ids = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            folder, METHODS, keywords=KEYWORDS,
            options_map={"templates/**.j2": {"extensions": "jinja2.ext.i18n"}}):
        ids.add(message if isinstance(message, str) else tuple(message))
    return ids


def catalogue():
    with PO.open("rb") as handle:
        return read_po(handle, locale="fr")


def key(message):
    return message.id if isinstance(message.id, str) else tuple(message.id)


def untranslated(folder: Path) -> list:
    """Messages of the code that the French catalogue lacks or leaves empty."""
    entries = {key(m): m for m in catalogue() if m.id}
    missing = []
    for msgid in sorted(extracted(folder), key=str):
        entry = entries.get(msgid)
        strings = [] if entry is None else (
            [entry.string] if isinstance(entry.string, str) else list(entry.string))
        if entry is None or not all(strings) or entry.fuzzy:
            missing.append(msgid)
    return missing


def test_every_message_of_the_code_has_its_french_translation():
    missing = untranslated(ROOT / "brandlint")
    assert not missing, ("untranslated (run `make messages`, then translate in "
                         f"{PO.relative_to(ROOT)}): {missing[:5]}")


def test_a_message_added_without_its_translation_fails(tmp_path):
    (tmp_path / "new_rule.py").write_text(
        "from brandlint.i18n import _\n\n"
        "def check(analysis):\n"
        "    return _(\"the draft says something no catalogue has seen\")\n",
        encoding="utf-8")
    assert untranslated(tmp_path) == ["the draft says something no catalogue has seen"]


def test_a_new_rule_doc_is_extracted_without_markers(tmp_path):
    (tmp_path / "new_rule.py").write_text(
        "RULE = Rule('BL999', 'x', None, 'A summary nobody translated.',\n"
        "            RuleDoc(what='What nobody translated.', why='Why nobody translated.'))\n",
        encoding="utf-8")
    assert set(untranslated(tmp_path)) == {"A summary nobody translated.",
                                           "What nobody translated.",
                                           "Why nobody translated."}


def test_the_catalogue_holds_no_entry_the_code_dropped():
    entries = {key(m) for m in catalogue() if m.id}
    assert entries <= extracted(ROOT / "brandlint"), entries - extracted(ROOT / "brandlint")


def test_translations_keep_every_placeholder():
    for message in catalogue():
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        wanted = set(_PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert set(_PLACEHOLDER.findall(string)) == wanted, (ids[0], string)


def test_the_compiled_catalogue_is_the_po():
    from brandlint.i18n import translations

    compiled = translations("fr")
    for message in catalogue():
        if not message.id:
            continue
        if isinstance(message.id, str):
            assert compiled.gettext(message.id) == message.string, message.id
        else:
            singular, plural = message.id
            assert compiled.ngettext(singular, plural, 1) == message.string[0], singular
            assert compiled.ngettext(singular, plural, 5) == message.string[1], plural
