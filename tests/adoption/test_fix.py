"""`--fix` writes only safe replacements (preferred terms keeping case, number and gender),
atomically; files with nothing safe stay byte-identical; batch rows keep their other
columns; `--diff` writes nothing; `--unsafe-fixes` is never the default."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from brandlint.analysis.inflect import keep_case, pluralise
from brandlint.cli import main

# these tests read the command line's English wording (tests/i18n: the French)
pytestmark = pytest.mark.usefixtures("english_reports")

ROOT = Path(__file__).resolve().parents[2]
FR = str(ROOT / "profiles" / "lego.yaml")
EN = str(ROOT / "profiles" / "lego-en.yaml")


def fix(capsys, *args, profile=FR):
    code = main(["check", *args, "--profile", profile, "--select", "BL5", "--no-cache"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fix_keeps_case_and_number_and_reports_what_is_left(here, capsys):
    draft = here / "noel.md"
    draft.write_bytes("---\nchannel: email\n---\r\nLes consommateurs construisent.\r\n\r\n"
                      "CONSOMMATEURS : à vous !\r\nDes cadeaux pas cher.\r\n".encode())
    code, out, err = fix(capsys, "noel.md", "--fix")
    assert draft.read_bytes() == ("---\nchannel: email\n---\r\nLes clients construisent.\r\n"
                                  "\r\nCLIENTS : à vous !\r\nDes cadeaux pas cher.\r\n").encode()
    assert "fixed 2 problems in 1 file" in err
    assert "BL502" not in out and "BL501" in out and code == 1  # forbidden term: no fix


def test_gender_change_is_unsafe_and_left_unless_asked(here, capsys):
    draft = here / "merci.txt"
    original = "Chère consommatrice, merci pour votre message.\n".encode()
    draft.write_bytes(original)
    os.utime(draft, (1_000_000, 1_000_000))
    code, out, err = fix(capsys, "merci.txt", "--fix")
    assert draft.read_bytes() == original and draft.stat().st_mtime == 1_000_000
    assert "BL502" in out and "adjusting the words that agree" in out
    code, out, err = fix(capsys, "merci.txt", "--fix", "--unsafe-fixes")
    assert draft.read_text(encoding="utf-8") == "Chère client, merci pour votre message.\n"


def test_fix_in_english_keeps_the_plural(here, capsys):
    draft = here / "post.txt"
    draft.write_text("Our consumers love building.\n", encoding="utf-8")
    fix(capsys, "post.txt", "--fix", profile=EN)
    assert draft.read_text(encoding="utf-8") == "Our customers love building.\n"


def test_batch_row_is_fixed_without_disturbing_other_columns(here, capsys):
    batch = here / "lot.csv"
    batch.write_bytes(b'id,channel,text,note\r\n'
                      b'r1,email,"Nos consommateurs, enfin !",garder "consommateurs"\r\n'
                      b'r2,email,"Un ""consommateur"" ravi",x\r\n')
    fix(capsys, "lot.csv", "--fix")
    # the `note` column keeps its word; r2's escaped quotes make its fix a person's job
    assert batch.read_bytes() == (b'id,channel,text,note\r\n'
                                  b'r1,email,"Nos clients, enfin !",garder "consommateurs"\r\n'
                                  b'r2,email,"Un ""consommateur"" ravi",x\r\n')


def test_diff_shows_the_change_and_writes_nothing(here, capsys):
    draft = here / "noel.txt"
    draft.write_text("Nos consommateurs construisent.\n", encoding="utf-8")
    code, out, err = fix(capsys, "noel.txt", "--diff")
    assert code == 1 and draft.read_text(encoding="utf-8") == "Nos consommateurs construisent.\n"
    assert "--- a/noel.txt\n+++ b/noel.txt\n" in out
    assert "-Nos consommateurs construisent.\n+Nos clients construisent.\n" in out
    assert "1 fix would be applied to 1 file" in err


def test_unsafe_fixes_alone_is_a_usage_error(here, capsys):
    (here / "a.txt").write_text("Bonjour\n", encoding="utf-8")
    code, _, err = fix(capsys, "a.txt", "--unsafe-fixes")
    assert code == 2 and "--unsafe-fixes goes with --fix or --diff" in err


def test_regular_plurals_only():
    assert pluralise("client", "fr") == "clients" and pluralise("prix", "fr") == "prix"
    assert pluralise("cheval", "fr") is None and pluralise("boîte de construction", "fr") is None
    assert pluralise("customer", "en") == "customers" and pluralise("box", "en") == "boxes"
    assert pluralise("family", "en") == "families" and pluralise("toy", "en") == "toys"
    assert pluralise("leaf", "en") is None


def test_case_follows_the_replaced_words():
    assert keep_case("Consommateurs", "clients") == "Clients"
    assert keep_case("CONSOMMATEURS", "clients") == "CLIENTS"
    assert keep_case("consommateurs", "clients") == "clients"


@pytest.mark.parametrize(("lang", "text", "found", "replacement", "applicability"), [
    ("fr", "Vos briques sont livrées en 24 heures.", "livrées en 24 heures",
     "livrées sous 3 jours", "safe"),
    ("fr", "Commandez aujourd'hui, livraison dès demain.", "livraison dès demain",
     "livraison sous 3 jours", "safe"),
    ("en", "Order today, delivery by tomorrow.", "delivery by tomorrow",
     "delivery within 3 days", "safe"),
    # no preposition to take the commitment: a person rewrites the sentence
    ("fr", "Livraison express le jour même !", "Livraison express le jour même",
     "Livraison express sous 3 jours", "unsafe"),
    ("en", "Same-day delivery on every order!", "Same-day delivery",
     "Within 3 days delivery", "unsafe"),
])
def test_promised_delay_is_rewritten_at_the_commitment_where_the_sentence_allows(
        lint, lang, text, found, replacement, applicability):
    (d,) = [d for d in lint(text, lang) if d.code == "BL302"]
    assert (d.text, d.replacement, d.applicability) == (found, replacement, applicability)


def test_availability_promise_has_advice_but_no_replacement(lint):
    (d,) = [d for d in lint("Service client 24h/24, 7j/7 pour vos questions.", "fr", "sms")
            if d.code == "BL302"]
    assert d.replacement is None and d.advice


def test_fix_rewrites_the_delay_in_the_file(here, capsys):
    draft = here / "promesse.txt"
    draft.write_text("Imaginez votre château : livré en 24 heures.\n", encoding="utf-8")
    code = main(["check", "promesse.txt", "--profile", FR, "--select", "BL3", "--no-cache",
                 "--fix"])
    capsys.readouterr()
    assert draft.read_text(encoding="utf-8") == "Imaginez votre château : livré sous 3 jours.\n"
    assert code == 0
