"""« ces derniers jours », « au cours des dernières heures » tell the recent past (real-text
source 38: an outage report's « ces derniers jours » read as a countdown, BL206); « derniers
jours pour profiter », « profitez des derniers jours de soldes » count down. FR on the real
model (LEGO profile, web: surprise)."""

from __future__ import annotations

import pytest


def pressure(analyse, text):
    return [e for e in analyse(text, "fr", "web").tone.evidence if e.tone == "pressure"]


@pytest.mark.parametrize("text", [
    "Ces derniers jours, nous avons déménagé l'atelier dans nos nouveaux locaux de Lyon.",
    "Au cours des dernières heures, vos commandes ont doublé : merci à vous !",
])
def test_the_recent_past_is_no_countdown(analyse, text):
    assert not pressure(analyse, text)


@pytest.mark.parametrize("text", [
    "Derniers jours pour profiter des soldes sur les coffrets !",
    "Profitez des derniers jours de soldes sur les coffrets !",
])
def test_near_miss_the_last_days_of_an_offer_count_down(analyse, text):
    assert pressure(analyse, text)
