"""BL205 is a clear miss only when the other tone is said in several different words: a
section that names its subject in one or two words, however often ("Discounts … a
discount … a discount", "Join … join"), is about that subject, it does not speak in
another voice (at most a hint). A page that piles up prices, savings and a free delivery
speaks in the deal's voice (a warning). FR and EN on the real models, with the profiles
of the real-text check (Mozilla: web targets surprise and storytelling)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engines():
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    built = {}
    for lang, name in (("en", "real-mozilla-en.yaml"), ("fr", "real-mozilla-fr.yaml")):
        profile = load_profile(ROOT / "profiles" / name)
        built[lang] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


def off_target(engines, lang, text):
    from brandlint.sources import Document, SourceMap

    document = Document(path="page.txt", text=text, source_map=SourceMap(text), channel="web")
    result = next(iter(engines[lang].run([document])))
    return [d.severity.name.lower() for d in result.diagnostics if d.code == "BL205"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Spring prices: every plan is 20% off, the family pack costs €30 instead of €45, "
           "and delivery is free."),
    ("fr", "Tarifs de printemps : chaque formule est à -20 %, le pack famille coûte 30 € au "
           "lieu de 45 €, et la livraison est offerte."),
])
def test_a_tone_said_in_many_words_is_a_clear_miss(engines, lang, text):
    assert off_target(engines, lang, text) == ["warning"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Discounts\n\nSchools get a discount on every plan. Libraries get a discount too, "
           "and so do charities: a discount on every seat."),
    ("fr", "Remises\n\nLes écoles ont une remise sur chaque formule. Les bibliothèques ont une "
           "remise aussi, et les associations une remise sur chaque poste."),
    ("en", "Join the translators\n\nJoin the people who bring the browser to your language, "
           "and join the team that checks every release."),
])
def test_one_word_naming_the_sections_subject_is_at_most_a_hint(engines, lang, text):
    assert "warning" not in off_target(engines, lang, text)


def test_variety_counts_different_cues_once_each(engines):
    from brandlint.analysis.tone import ToneReading
    from brandlint.sources import Document, SourceMap

    text = ("Discounts\n\nSchools get a discount. Libraries get a discount. Charities get a "
            "discount.")
    document = engines["en"].resolve_channel(
        Document(path="page.txt", text=text, source_map=SourceMap(text), channel="web"))
    (doc_, doc), = list(engines["en"].analyser.pipe([document]))
    tone = engines["en"].analyse(doc_, doc).tone
    assert tone.variety("deal") == 2  # "Discounts", "discount"
    # a reading replayed from a report keeps no evidence: it is not held to the variety
    assert ToneReading({"deal": 4.0}, spread={"deal": 1.0}).variety("deal") is None

