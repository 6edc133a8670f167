"""BL205 reads what a page of sections is for from its headings: a how-to section instructs, a
volunteer page invites, a privacy page reassures, a download page sells the product's
benefits; those tones are the page's job beside the channel's target. The same body under
a heading that names no such purpose is still a miss. FR and EN on the real models, with
the profiles of the real-text check (Mozilla: web targets surprise and storytelling)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mozilla():
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    built = {}
    for lang, name in (("en", "real-mozilla-en.yaml"), ("fr", "real-mozilla-fr.yaml")):
        profile = load_profile(ROOT / "profiles" / name)
        built[lang] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


def findings(mozilla, lang, text, code="BL205"):
    from brandlint.sources import Document, SourceMap

    document = Document(path="page.txt", text=text, source_map=SourceMap(text), channel="web")
    result = next(iter(mozilla[lang].run([document])))
    return [d.severity.name.lower() for d in result.diagnostics if d.code == code]


STEPS = {
    "en": "1. Open the menu and pick a video.\n2. Click the button over the video.\n"
          "3. Drag the window to any corner.\n4. Repeat the steps for a second video.\n"
          "5. Close it with the cross.",
    "fr": "1. Ouvrez le menu et choisissez une vidéo.\n2. Cliquez sur le bouton au-dessus de "
          "la vidéo.\n3. Faites glisser la fenêtre dans un coin.\n4. Recommencez les étapes "
          "pour une deuxième vidéo.\n5. Fermez-la avec la croix.",
}
JOIN = {
    "en": "Join our community and help us translate the browser. Share your ideas, join a "
          "team, help us test, and join us at an event: together we build it.",
    "fr": "Rejoignez notre communauté et aidez-nous à traduire le navigateur. Partagez vos "
          "idées, rejoignez une équipe, participez aux tests et rejoignez-nous : ensemble, "
          "nous le construisons.",
}


def page(lang: str, heading: str, body: str) -> str:
    """A page of sections: a title, the section under test, two short sections after it."""
    title, more, last = {"en": ("Firefox for your desktop", "Available on every system",
                                "Made by a non-profit"),
                         "fr": ("Firefox pour votre ordinateur", "Disponible partout",
                                "Conçu par une fondation")}[lang]
    tail = {"en": "It runs on Windows, Mac and Linux.", "fr": "Il fonctionne sous Windows, "
            "Mac et Linux."}[lang]
    return f"{title}\n\n{heading}\n\n{body}\n\n{more}\n\n{tail}\n\n{last}\n\n{tail}"


@pytest.mark.parametrize("lang,heading", [("en", "Here's how it works:"),
                                          ("fr", "Comment ça marche :")])
def test_a_how_to_under_its_heading_is_the_pages_job(mozilla, lang, heading):
    assert "warning" not in findings(mozilla, lang, page(lang, heading, STEPS[lang]))


@pytest.mark.parametrize("lang,heading", [("en", "Pop-out videos"), ("fr", "Vidéos flottantes")])
def test_the_same_steps_under_a_plain_title_miss_the_target(mozilla, lang, heading):
    assert findings(mozilla, lang, page(lang, heading, STEPS[lang])) == ["warning"]


@pytest.mark.parametrize("lang,heading", [("en", "Volunteer opportunities"),
                                          ("fr", "Devenir bénévole")])
def test_a_volunteer_page_may_invite(mozilla, lang, heading):
    assert "warning" not in findings(mozilla, lang, page(lang, heading, JOIN[lang]))


@pytest.mark.parametrize("lang,heading", [("en", "Our browser"), ("fr", "Notre navigateur")])
def test_the_same_invitation_on_a_product_page_misses_the_target(mozilla, lang, heading):
    assert findings(mozilla, lang, page(lang, heading, JOIN[lang])) == ["warning"]


def test_a_purpose_is_read_on_headings_only(analyse):
    # the words inside a sentence name no page's purpose
    tone = analyse("Nous vous expliquons comment ça marche et pourquoi le téléchargement est "
                   "rapide.\n\nIl suffit de cliquer.", "fr", "web").tone
    assert tone.purposes == ()
    tone = analyse("Télécharger l'application\n\nElle est rapide et sûre.\n\nSur votre "
                   "téléphone\n\nEt sur votre tablette.\n\nGratuite\n\nSans frais.", "fr",
                   "web").tone
    assert "speed" in tone.purposes


def test_a_post_with_one_title_is_no_page(analyse):
    # "How to set a limit:" on social chose its content: no purpose of its own
    tone = analyse("How to set a spending limit:\n1. Card > Limits\n2. Pick daily or weekly\n"
                   "3. Tap Save\nChanges apply straight away.", "en", "social").tone
    assert tone.purposes == ()


def test_a_reply_has_no_page_purpose(analyse):
    # (a reply: written back to someone; a help article on a service channel, written back
    # to no one, has its how-to title — tests/analysis/test_tone_choices_and_remedies.py)
    tone = analyse("How to return an item\n\nHi Sam, send it back within 30 days and we'll "
                   "refund you.", "en", "after_sales").tone
    assert tone.purposes == ()
