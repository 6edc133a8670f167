"""Overpromise on real copy, round 36 (issue 7: check 36 judged a charter's pledge, "never
practice any censorship", wrong; texts are ours).

Charters and documentation kept in git are wrapped at a fixed width: a line break inside
a sentence ("… Pedalune\\ncommits itself to never accept …") is read as a space, as markdown
renders it. Read as a line, it left the brand's name alone at the end of a line, no longer
the subject of the pledge, and the brand's own conduct it undertakes never to practise
read as a product's performance (BL301). A claim wrapped the same way still fires."""

from __future__ import annotations

import pytest

from tests.rules.test_overpromise_real31a import PROFILES  # the same two profiles


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalune36", "web")


def found(diagnostics, code="BL301"):
    return [d.severity.name for d in diagnostics if d.code == code]


@pytest.mark.parametrize("lang,text", [
    ("en", "Our charter is written in plain words for all of the riders who rent with us. "
           "Pedalune\ncommits itself to never accept any commission from the bike makers it "
           "rents, nor\nany gift from the suppliers of its workshop."),
    ("fr", "Notre charte est écrite simplement pour toutes les personnes qui louent chez "
           "nous. Pédalune\ns'engage à ne jamais accepter de commission des fabricants de "
           "vélos qu'elle loue, ni\naucun cadeau des fournisseurs de son atelier."),
])
def test_a_pledge_wrapped_for_width_is_the_brands_conduct(lint, lang, text):
    assert found(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "We put our charter in plain words for every rider who rents a cargo bike. "
           "Pedalune\npromises that its cargo bikes will never break down, wherever and "
           "whenever\nyou ride them."),
    ("fr", "Notre charte est écrite simplement pour toutes les personnes qui louent chez "
           "nous. Pédalune\npromet que ses vélos cargo ne tomberont jamais en panne, où et "
           "quand\nvous roulez."),
])
def test_a_performance_wrapped_for_width_stays_a_claim(lint, lang, text):
    assert found(lint(lang, text)) == ["WARNING"]
