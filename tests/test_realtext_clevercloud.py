"""The Clever Cloud builder of scripts/realtext/build.py, on a tiny bare mirror written
here (no fetched data): which console strings become messages, and how they read."""
from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parents[1] / "scripts" / "realtext" / "build.py"

FR = """import { sanitize } from '../lib/i18n/i18n-sanitize.js';
const plural = preparePlural(lang);
export const translations = {
  //#region cc-demo
  'cc-demo.delete-vm': `La machine virtuelle sera arrêtée sous 24 heures, sans exception.`,
  'cc-demo.short': `Trop court pour compter`,
  'cc-demo.error': /** @param {{name: string}} _ */ ({ name }) =>
    `Une erreur est survenue pendant la suppression de l'add-on "${name}" aujourd'hui.`,
  'cc-demo.link': /** @param {{href: string}} _ */ ({ href }) =>
    sanitize`Vous pouvez restaurer cette sauvegarde avec Kibana en vous rendant sur le \
<cc-link href="${href}">dépôt de sauvegardes</cc-link>.`,
  'cc-demo.branches': ({ n }) => (n > 1
    ? `Plusieurs éléments ont été supprimés de votre organisation`
    : `Un élément a été supprimé de votre organisation`),
  'cc-demo.multi': () => sanitize`
    <p>
      Une redirection TCP permet de router le trafic externe vers l'application.<br>
      Vous pouvez créer une redirection\\u00A0TCP par application.
    </p>`,
  //#endregion
};
"""
EN = """export const translations = {
  'cc-demo.delete-vm': `The virtual machine will be stopped within 24 hours, no exception.`,
};
"""


def git(*args: str, cwd: Path, stdin: str | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, input=stdin, text=True, check=True,
                          capture_output=True).stdout


@pytest.fixture()
def build(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("realtext_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    work = tmp_path / "work"
    (work / "src" / "translations").mkdir(parents=True)
    (work / "src" / "translations" / "translations.fr.js").write_text(FR, encoding="utf-8")
    (work / "src" / "translations" / "translations.en.js").write_text(EN, encoding="utf-8")
    git("init", "-q", cwd=work)
    git("add", ".", cwd=work)
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "x", cwd=work)
    mirror = tmp_path / "mirror.git"
    git("clone", "-q", "--bare", str(work), str(mirror), cwd=tmp_path)
    monkeypatch.setattr(module, "OUT_DIR", tmp_path / "out")
    module.build_clevercloud(mirror, dry=False)
    def rows(lang: str) -> dict[str, dict]:
        path = tmp_path / "out" / f"clevercloud-{lang}.jsonl"
        return {r["id"]: r for r in map(json.loads, path.read_text().splitlines())}
    return rows


def test_plain_string_of_eight_words_is_an_app_message(build):
    row = build("fr")["clc-fr-app-cc-demo-delete-vm"]
    assert row["channel"] == "app"
    assert row["text"] == "La machine virtuelle sera arrêtée sous 24 heures, sans exception."
    assert row["brand"] == "Clever Cloud" and row["lang"] == "fr"
    assert "clc-en-app-cc-demo-delete-vm" in build("en")


def test_short_strings_variables_in_words_and_branches_are_left_out(build):
    ids = set(build("fr"))
    assert "clc-fr-app-cc-demo-short" not in ids
    assert "clc-fr-app-cc-demo-error" not in ids  # ${name} in the words
    assert "clc-fr-app-cc-demo-branches" not in ids  # a function with two templates


def test_variable_in_a_link_is_markup_and_tags_go(build):
    text = build("fr")["clc-fr-app-cc-demo-link"]["text"]
    assert text.endswith("sur le dépôt de sauvegardes.")
    assert "<" not in text and "$" not in text


def test_multiline_template_reads_as_lines_with_escapes_decoded(build):
    text = build("fr")["clc-fr-app-cc-demo-multi"]["text"]
    assert text.splitlines() == [
        "Une redirection TCP permet de router le trafic externe vers l'application.",
        "Vous pouvez créer une redirection\u00a0TCP par application.",
    ]
