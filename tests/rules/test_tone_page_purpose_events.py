"""A page of the community's meetups and events asks the reader to come along: its
collaboration is the page's job beside the channel's target (`page_purposes`), the way a
volunteer page invites. A page of sections about something else that keeps asking the
reader to vote and share still misses the target. FR and EN on the real models, with the
profiles of the real-text check (Mozilla: web targets surprise and storytelling)."""

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


EVENTS = {
    "en": "Meetups\n\nUsers and contributors get together every month to share ideas. Join a "
          "meetup near you and bring a friend!\n\nCommunity events\n\nWe take part in many "
          "events together. Let us know if you would like to join the stand.\n\nOrganize a "
          "meetup\n\nTell us where, and we will share it with the community.",
    "fr": "Meetups\n\nUtilisateurs et contributeurs se retrouvent chaque mois pour partager "
          "leurs idées. Rejoignez un meetup près de chez vous et venez avec un ami !\n\n"
          "Événements communautaires\n\nNous participons ensemble à de nombreux événements. "
          "Dites-nous si vous voulez nous rejoindre sur le stand.\n\nOrganiser une rencontre"
          "\n\nDites-nous où, et nous le partagerons avec la communauté.",
}
# the same invitations under the headings of a product page
PRODUCT = {
    "en": EVENTS["en"].replace("Meetups\n", "Our browser\n")
                      .replace("Community events\n", "Private by default\n")
                      .replace("Organize a meetup\n", "Fast on every device\n"),
    "fr": EVENTS["fr"].replace("Meetups\n", "Notre navigateur\n")
                      .replace("Événements communautaires\n", "Privé par défaut\n")
                      .replace("Organiser une rencontre\n", "Rapide partout\n"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_page_of_meetups_and_events_invites_as_its_job(engines, lang):
    assert "warning" not in off_target(engines, lang, EVENTS[lang])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_invitations_under_a_product_pages_headings_still_miss_the_target(engines, lang):
    assert off_target(engines, lang, PRODUCT[lang]) == ["warning"]
