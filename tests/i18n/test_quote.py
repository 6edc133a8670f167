"""Quoting the draft's words in a message: the report's quotation marks, never a word cut
in two, never a whole URL."""

from __future__ import annotations

from brandlint import i18n


def test_quotes_follow_the_report_language():
    with i18n.use("fr"):
        assert i18n.quote("dès demain") == "« dès demain »"
    with i18n.use("en"):
        assert i18n.quote("next day") == "“next day”"


def test_a_long_quote_is_cut_between_words():
    text = "Avec nos coffrets de Noël, l'ennui ne passera jamais par chez vous : succès garanti"
    cut = i18n.shorten(text, 60)
    assert cut.endswith("…") and len(cut) <= 60
    assert text.startswith(cut[:-1]) and text[len(cut) - 1] == " "  # a whole word ends it


def test_a_url_is_reduced_to_its_host():
    text = "Voir https://www.lego.com/fr-fr/service/retours?commande=48213&source=mail ici"
    assert i18n.shorten(text) == "Voir www.lego.com/… ici"
    assert i18n.shorten("lego.com et https://lego.com") == "lego.com et lego.com"


def test_one_long_word_is_kept_whole_up_to_the_limit():
    assert i18n.shorten("a " + "x" * 100, 20) == "a…"


def test_language_names_are_normalised():
    assert [i18n.normalise(v) for v in ("fr_FR.UTF-8", "FR", "en-GB", "de_DE")] == \
        ["fr", "fr", "en", "en"]


def test_flag_then_environment_then_profile(monkeypatch):
    monkeypatch.delenv("BRANDLINT_LANG", raising=False)
    assert i18n.report_language(None, "fr") == "fr"
    assert i18n.report_language("en", "fr") == "en"
    monkeypatch.setenv("BRANDLINT_LANG", "en")
    assert i18n.report_language(None, "fr") == "en"
    assert i18n.report_language("fr", "en") == "fr"
