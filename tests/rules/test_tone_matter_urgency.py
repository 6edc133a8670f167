"""BL206 reads pressure in urgency aimed at the reader, not in a matter said to be urgent:
"an increasingly urgent problem", « des problèmes urgents » tell how pressing the subject
of a post is (`matter_urgency`, read like a pace said of a thing); "Urgent: renew it now,
this is urgent", « C'est urgent : renouvelez… » press the reader, and so do a countdown
said in words and a call to act at once (below). FR and EN on the real models, with the
profiles of the real-text check (Let's Encrypt: blog)."""

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
    for lang, name in (("en", "real-letsencrypt-en.yaml"), ("fr", "real-letsencrypt-fr.yaml")):
        profile = load_profile(ROOT / "profiles" / name)
        built[lang] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


def negative(engines, lang, text):
    from brandlint.sources import Document, SourceMap

    document = Document(path="post.txt", text=text, source_map=SourceMap(text), channel="blog")
    result = next(iter(engines[lang].run([document])))
    return [d.severity.name.lower() for d in result.diagnostics if d.code == "BL206"]


@pytest.mark.parametrize("lang,text", [
    ("en", "An increasingly urgent problem\nQuantum computers are coming. Post-quantum "
           "signatures are an urgent problem for the web, and a more urgent problem for every "
           "certificate authority than encryption was in 2020."),
    ("fr", "Des problèmes urgents\nLes ordinateurs quantiques arrivent. Les signatures "
           "post-quantiques sont des problèmes urgents pour le web, et des questions urgentes "
           "pour chaque autorité de certification."),
])
def test_a_matter_said_to_be_urgent_is_no_pressure(engines, lang, text):
    assert negative(engines, lang, text) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Renew now\nYour certificate expires tonight. Urgent: renew it now, this is urgent, "
           "do not wait!"),
    ("fr", "Renouvelez maintenant\nC'est urgent : renouvelez votre inscription maintenant, "
           "c'est vraiment urgent, n'attendez pas !"),
])
def test_urgency_aimed_at_the_reader_is_still_pressure(engines, lang, text):
    assert negative(engines, lang, text) == ["warning"]


# A countdown said in words, with no figure ("Only minutes remain", « Il ne reste que quelques
# heures »), and the reader told to act at once in other words than "act now" ("Act
# immediately!", « Agissez vite ! ») — an imperative opening its sentence; the brand saying it
# acts fast ("we act fast when a server fails", « nous agissons sans attendre ») is speed.

def pressure_words(engines, lang, text):
    from brandlint.sources import Document, SourceMap

    engine = engines[lang]
    document = engine.resolve_channel(Document(path="post.txt", text=text,
                                               source_map=SourceMap(text), channel="blog"))
    (doc_, doc), = list(engine.analyser.pipe([document]))
    return engine.analyse(doc_, doc).tone.words("pressure")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sticker pack\nOnly minutes remain and other fans are circling. Act immediately!"),
    ("en", "Sticker pack\nJust hours to go before the sticker pack leaves the shop. Act fast!"),
    ("fr", "Pack d'autocollants\nIl ne reste que quelques minutes avant la fin. Agissez vite !"),
    ("fr", "Pack d'autocollants\nIl ne reste plus que quelques heures. Agis sans attendre !"),
])
def test_a_countdown_in_words_and_a_call_to_act_at_once_press_the_reader(engines, lang, text):
    assert negative(engines, lang, text) == ["warning"]
    assert pressure_words(engines, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Outages\nWhen a server fails we act fast, and our team answers within minutes. "
           "It took hours to rebuild the index last year."),
    ("fr", "Pannes\nQuand un serveur tombe, nous agissons sans attendre et l'équipe "
           "répond en quelques minutes. Il a fallu quelques heures pour reconstruire "
           "l'index l'an dernier."),
])
def test_the_brand_acting_fast_and_minutes_that_count_nothing_down_are_no_pressure(
        engines, lang, text):
    assert negative(engines, lang, text) == []
    assert pressure_words(engines, lang, text) == []
