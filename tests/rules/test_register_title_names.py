"""BL204 reads the register the brand speaks to the reader in, not the name it gives its
own event, guide or operation: a name quoted after its noun (« l'opération « Goûte ta
ville ! » », "our workshop “Hey guys, forms are easy!”") is what the thing is called, and so
is the page's title when it says that name again. The same title over a body that goes on
in the other register still fires. FR and EN on the real models, with profiles of the
real-text check (Open Food Facts FR says vous; Démarches simplifiées EN is formal)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROFILES = {"fr": ("real-openfoodfacts.yaml", "web"),
            "en": ("real-demarches-simplifiees-en.yaml", "help")}


@pytest.fixture(scope="module")
def engines():
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    built = {}
    for lang, (name, _channel) in PROFILES.items():
        profile = load_profile(ROOT / "profiles" / name)
        built[lang] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


def register(engines, lang, text):
    from brandlint.sources import Document, SourceMap

    document = Document(path="page.txt", text=text, source_map=SourceMap(text),
                        channel=PROFILES[lang][1])
    result = next(iter(engines[lang].run([document])))
    return [d.severity.name.lower() for d in result.diagnostics if d.code == "BL204"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Goûte ta ville !\nEn 2021, Open Food Facts lance un défi aux habitants de Lyon. "
           "L'opération « Goûte ta ville ! » invite chacun à photographier les produits des "
           "commerces de son quartier."),
    ("en", "Hey guys, forms are easy!\nOur workshop “Hey guys, forms are easy!” shows civil "
           "servants how to publish a procedure in one afternoon."),
])
def test_the_name_of_the_brands_own_operation_is_no_register_slip(engines, lang, text):
    assert register(engines, lang, text) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Goûte ta ville !\nEn 2021, Open Food Facts lance un défi. Tu photographies les "
           "produits de ton quartier et tu les ajoutes à la base."),
    ("en", "Hey guys, forms are easy!\nThis afternoon we show civil servants how to publish a "
           "procedure in one afternoon."),
])
def test_a_title_not_quoted_as_a_name_still_speaks_to_the_reader(engines, lang, text):
    assert register(engines, lang, text) == ["warning"]
