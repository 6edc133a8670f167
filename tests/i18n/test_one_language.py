"""One language per report (issue 11): every rule's documented examples, French and
English drafts, reported in French and in English, hold no sentence of the other
language; so do the rule docs, the summary lines, and the LEGO demo."""

from __future__ import annotations

import pytest

from brandlint.rules import all_rules
from tests.i18n.language import foreign_clauses

EXAMPLES = [(rule, example) for rule in all_rules() if rule.check is not None
            for example in rule.doc.fires + rule.doc.does_not_fire]
INPUT_EXAMPLES = [(rule, example) for rule in all_rules() if rule.check is None
                  for example in rule.doc.fires + rule.doc.does_not_fire]


@pytest.fixture(scope="module")
def reporting(engines):
    """reporting[(draft language, report language)]: an engine writing in that language."""
    from brandlint.engine import Engine

    return {(draft, report): Engine(engine.profile, engine.analyser, engine.selection,
                                    language=report)
            for draft, engine in engines.items() for report in ("fr", "en")}


def words_for_people(diagnostics) -> list[str]:
    return [text for d in diagnostics for text in (d.message, d.what_to_do) if text]


def test_the_detector_sees_each_language():
    assert foreign_clauses("promises delivery in 24 h; the profile commits to 3 days", "fr")
    assert foreign_clauses("promet la livraison en 24 h ; le profil s'engage sur 3 jours",
                           "en")
    assert not foreign_clauses("promet la livraison « in the box » en 24 h", "fr")


@pytest.mark.parametrize("report", ["fr", "en"])
def test_every_rule_example_is_reported_in_one_language(reporting, report):
    from brandlint.sources import Document, SourceMap

    foreign, seen = [], 0
    for rule, example in EXAMPLES:
        document = Document(path="draft.txt", text=example.text,
                            source_map=SourceMap(example.text), channel=example.channel)
        (result,) = reporting[(example.lang, report)].run([document])
        for text in words_for_people(result.diagnostics):
            seen += 1
            foreign += [(rule.code, example.lang, clause)
                        for clause in foreign_clauses(text, report)]
    assert seen > 100  # the examples do produce findings to read
    assert not foreign, foreign[:10]


@pytest.mark.parametrize("report", ["fr", "en"])
def test_every_input_example_is_reported_in_one_language(reporting, tmp_path, report):
    from brandlint import i18n
    from brandlint.sources import iter_documents

    foreign, seen = [], 0
    for index, (rule, example) in enumerate(INPUT_EXAMPLES):
        folder = tmp_path / str(index)
        folder.mkdir()
        path = folder / example.file
        path.write_bytes(example.text.encode(example.encoding))
        with i18n.use(report):  # the readers write in the run's language
            results = list(reporting[(example.lang, report)].run(iter_documents([str(path)])))
        for result in results:
            for text in words_for_people(result.diagnostics):
                seen += 1
                foreign += [(rule.code, clause) for clause in foreign_clauses(text, report)]
    assert seen >= 10
    assert not foreign, foreign[:10]


@pytest.mark.parametrize("report", ["fr", "en"])
def test_every_rule_doc_is_in_one_language(report):
    from brandlint import i18n
    from brandlint.cli import render_doc

    foreign = []
    with i18n.use(report):
        for rule in all_rules():
            doc = render_doc(rule)
            # the examples are drafts: they are in their own language by design
            prose = "\n".join(line for line in doc.splitlines()
                              if not line.startswith(("- [", "  ")))
            foreign += [(rule.code, c) for c in foreign_clauses(prose, report)]
    assert not foreign, foreign[:10]


def test_rule_docs_are_translated_not_copied():
    from brandlint import i18n
    from brandlint.cli import render_doc

    for rule in all_rules():
        with i18n.use("fr"):
            french = render_doc(rule)
        with i18n.use("en"):
            english = render_doc(rule)
        assert "## Ce que la règle vérifie" in french and "## What it does" in english
        assert french != english, rule.code


def test_a_french_profile_reports_in_french_and_lang_en_in_english(capsys, monkeypatch):
    from brandlint.cli import main

    monkeypatch.delenv("BRANDLINT_LANG", raising=False)
    from tests.conftest import PROFILES, ROOT

    corpus = str(ROOT / "corpora" / "lego")
    reports = {}
    for lang in ("fr", "en"):
        flags = ["--lang", "en"] if lang == "en" else []
        code = main(["check", corpus, "--profile", str(PROFILES["fr"]), "--no-cache", *flags])
        assert code == 1
        reports[lang] = capsys.readouterr().out
    assert "erreur" in reports["fr"] and "problèmes" in reports["fr"]
    assert "[error]" in reports["en"] and "Found" in reports["en"]
    for lang, report in reports.items():
        lines = [line for line in report.splitlines() if line.strip()]
        assert len(lines) > 50
        foreign = [c for line in lines for c in foreign_clauses(_prose(line), lang)]
        assert not foreign, (lang, foreign[:10])


def _prose(line: str) -> str:
    """A report line without its location (`path:line:col: [id] CODE [severity]`)."""
    return line.split("] ", 2)[-1] if line.startswith("corpora") or "/" in line[:40] else line
