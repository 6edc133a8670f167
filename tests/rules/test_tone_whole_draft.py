"""BL205 judges the whole draft: a clear miss needs the other tone spread over the
brand's sentences (not one section's few words), leaves the words of the brand's central
idea out (saying the idea is the brand's job on every channel that carries it), and
reads a page's buttons ("Go to Monitor") as no how-to. FR and EN on the real models,
with the profiles of the real-text check (Mozilla: web targets surprise and storytelling,
idea: privacy, protection, control)."""

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


# (speed said in three different words: a tone said in one or two, however repeated,
# names a section's subject and is at most a hint — test_tone_variety)
SPEED = {"en": "It's fast: pages load in one click. Updates install in seconds. No waiting, "
               "ever.",
         "fr": "Il est rapide : les pages s'ouvrent en un clic, immédiatement, et il "
               "démarre vite."}
NEUTRAL = {
    "en": ["The browser is made by a non-profit.", "It runs on Windows, Mac and Linux.",
           "Bookmarks come with you.", "Add-ons change how it looks.",
           "The source code is public.", "Volunteers translate it into many languages.",
           "It has a reading view.", "Tabs can be grouped."],
    "fr": ["Le navigateur est conçu par une fondation.", "Il fonctionne sous Windows, Mac "
           "et Linux.", "Vos marque-pages vous suivent.", "Les modules changent son apparence.",
           "Le code source est public.", "Des bénévoles le traduisent.",
           "Il a un mode lecture.", "Les onglets se regroupent."],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_speed_said_throughout_is_a_clear_miss(engines, lang):
    text = "\n\n".join([SPEED[lang], SPEED[lang].replace("pages", "videos")
                        .replace("les pages", "les vidéos")])
    assert off_target(engines, lang, text) == ["warning"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_speed_in_one_section_of_a_long_page_is_at_most_a_hint(engines, lang):
    text = "\n\n".join([SPEED[lang], *NEUTRAL[lang]])
    assert "warning" not in off_target(engines, lang, text)


@pytest.mark.parametrize("lang,idea,other", [
    ("en", "Firefox protects your privacy. Protection against trackers is on, and we protect "
           "every device you own.",
     "Firefox keeps you safe and secure. Rest assured: you're covered, safe and sound, with "
           "peace of mind."),
    ("fr", "Firefox protège votre vie privée. La protection contre les traqueurs est active "
           "et nous protégeons chacun de vos appareils.",
     "Firefox vous rassure : soyez rassuré, en toute sécurité et en toute tranquillité, "
           "vous êtes entre de bonnes mains."),
])
def test_the_brands_idea_in_its_own_words_is_not_held_against_the_channel(engines, lang, idea,
                                                                           other):
    assert "warning" not in off_target(engines, lang, idea)
    assert off_target(engines, lang, other) == ["warning"]


@pytest.mark.parametrize("lang,buttons,steps", [
    ("en", "Your privacy, respected\n\nView your report\n\nSee what's blocked\n\nGo to Monitor"
           "\n\nAdd Facebook Container",
     "Open the menu. Click Settings. Choose Privacy. Switch tracking protection to Strict."),
    ("fr", "Votre vie privée, respectée\n\nVoir votre rapport\n\nDécouvrez ce qui est bloqué"
           "\n\nAllez sur Monitor\n\nAjoutez Facebook Container",
     "1. Ouvrez le menu.\n2. Cliquez sur Paramètres.\n3. Activez la protection stricte."),
])
def test_a_pages_buttons_are_no_how_to(engines, lang, buttons, steps):
    from brandlint.sources import Document, SourceMap

    def signals(text):
        document = Document(path="page.txt", text=text, source_map=SourceMap(text),
                            channel="web")
        document = engines[lang].resolve_channel(document)
        (doc_, doc), = list(engines[lang].analyser.pipe([document]))
        return [e.signal for e in engines[lang].analyse(doc_, doc).tone.evidence]

    how_to = {"instruction", "numbered_step"}
    assert not how_to & set(signals(buttons))
    assert how_to & set(signals(steps))
