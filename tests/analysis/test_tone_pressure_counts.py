"""Pressure as a count of what is left, whatever is counted ("only 12 places left",
« plus que 6 créneaux disponibles »), a loss foretold ("once they're gone", « une fois
parties ») and the reader shamed for waiting ("don't be that person", « ne soyez pas de
ceux qui »). FR and EN on the real models, with near misses."""

from __future__ import annotations

import pytest


def _pressure(analyse, text, lang):
    return analyse(text, lang, "web").tone.raw.get("pressure", 0.0)


@pytest.mark.parametrize("lang,text", [
    ("en", "Only 12 places left for this season's tours."),
    ("en", "Book now: once they are gone, they are gone."),
    ("en", "Sign up today. Don't be that person who waits a whole year."),
    ("fr", "Plus que 6 créneaux disponibles pour la rentrée."),
    ("fr", "Réservez : une fois parties, les places ne reviennent pas."),
    ("fr", "Ne soyez pas de ceux qui attendent l'an prochain."),
])
def test_a_count_left_or_a_loss_foretold_is_pressure(analyse, lang, text):
    assert _pressure(analyse, text, lang) >= 1.5


@pytest.mark.parametrize("lang,text", [
    ("en", "There are still places on this season's tours: book whenever suits you."),
    ("en", "The 12 places of the workshop are kept for beginners."),
    ("fr", "Il reste de la place pour la rentrée, inscrivez-vous quand vous voulez."),
    ("fr", "Les 6 créneaux du samedi sont réservés aux débutants."),
])
def test_places_offered_calmly_are_no_pressure(analyse, lang, text):
    assert _pressure(analyse, text, lang) == 0.0
