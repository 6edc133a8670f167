"""What the round tone test files (test_tone_tn35 … tn40) share: engines for a brand's
shipped FR and EN profiles, and readings of a draft under them — its analysis, its tone,
its BL2 findings and the words behind one tone. Not a test module."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def profile_engines(slug: str) -> dict:
    """{"en": Engine, "fr": Engine} for profiles/<slug>-en.yaml and profiles/<slug>.yaml."""
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    built = {}
    for lang, name in (("en", f"{slug}-en.yaml"), ("fr", f"{slug}.yaml")):
        profile = load_profile(ROOT / "profiles" / name)
        built[lang] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


def _document(engine, text, channel):
    from brandlint.sources import Document, SourceMap

    return engine.resolve_channel(Document(path="d.txt", text=text,
                                           source_map=SourceMap(text), channel=channel))


def analysed(engines, lang, text, channel):
    engine = engines[lang]
    (document, doc), = list(engine.analyser.pipe([_document(engine, text, channel)]))
    return engine.analyse(document, doc)


def rejects(engines, lang, text, word, channel="web"):
    """Whether the brand's own voice rejects the idea word `word` in `text` (the first
    token so spelled): `brandlint.analysis.idea.brand_rejects`."""
    from brandlint.analysis.idea import brand_rejects

    analysis = analysed(engines, lang, text, channel)
    token = next(t for t in analysis.doc if t.lower_ == word)
    return brand_rejects(analysis, token)


def reading(engines, lang, text, channel):
    return analysed(engines, lang, text, channel).tone


def codes(engines, lang, text, channel, prefix="BL2"):
    """The draft's findings whose code starts with `prefix` (BL2 by default) as (code,
    severity) pairs."""
    engine = engines[lang]
    result = next(iter(engine.run([_document(engine, text, channel)])))
    return {(d.code, d.severity.name.lower()) for d in result.diagnostics
            if d.code.startswith(prefix)}


def warned(engines, lang, text, channel, prefix):
    """The codes starting with `prefix` the draft gets at warning or above."""
    return {code for code, severity in codes(engines, lang, text, channel, prefix)
            if severity != "info"}


def code_names(engines, lang, text, channel):
    """The draft's BL2 codes, whatever their severity."""
    return {code for code, _ in codes(engines, lang, text, channel)}


def said(tone, name, signal=None, lower=False):
    """The words (or signals' spans) that say `name` in a tone reading."""
    return [e.text.lower() if lower else e.text for e in tone.evidence
            if e.tone == name and e.weight > 0 and (signal is None or e.signal == signal)]
