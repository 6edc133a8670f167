"""Where a channel requires the idea, words that only go with it (`related`: the
product's own nouns) do not say it; a draft that says the idea itself, or carries no
problem on a channel that does not require it, stays silent. FR and EN on the real models
(the LEGO profiles with `web: idea: required`)."""

from __future__ import annotations

import pytest

from tests.conftest import PROFILES


@pytest.fixture(scope="module")
def required(engines, tmp_path_factory):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    made = {}
    for lang, path in PROFILES.items():
        text = path.read_text(encoding="utf-8")
        line = next(x for x in text.splitlines() if x.strip().startswith("web:"))
        out = tmp_path_factory.mktemp(lang) / "profile.yaml"
        out.write_text(text.replace(line, line.replace("}", ", idea: required}")),
                       encoding="utf-8")
        profile = load_profile(out)
        made[lang] = Engine(profile, Analyser(profile, nlp=engines[lang].analyser.nlp),
                            Selection.build(profile))
    return made


def bl101(engine, text, channel="web"):
    from brandlint.sources import Document, SourceMap

    document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                        channel=channel)
    return [d for d in next(iter(engine.run([document]))).diagnostics
            if d.code == "BL101" and d.severity >= 2]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau : la brique de la famille ! Un modèle pour toute la famille, ensemble."),
    ("en", "New: the family brick! One model for the whole family, together."),
])
def test_related_words_alone_do_not_say_a_required_idea(required, lang, text):
    (finding,) = bl101(required[lang], text)
    assert ("requise" if lang == "fr" else "required") in finding.message


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau : la brique qui laisse chaque enfant créer et imaginer son monde."),
    ("en", "New: the brick that lets every child create and imagine their own world."),
])
def test_near_miss_the_idea_said_in_its_own_words_meets_it(required, lang, text):
    assert bl101(required[lang], text) == []


def test_near_miss_related_words_are_enough_where_the_idea_is_not_required(lint):
    text = "Nouveau : la brique de la famille ! Un modèle pour toute la famille, ensemble."
    assert not [d for d in lint(text, "fr", "web") if d.code == "BL101" and d.severity >= 2]
