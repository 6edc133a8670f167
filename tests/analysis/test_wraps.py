"""Hard-wrapped prose (brandlint.analysis.wraps): a line break inside a sentence of a
line wrapped for width reads as a space; every other line break stays a line."""

from __future__ import annotations

import pytest

from brandlint.analysis.wraps import join_wrapped_lines

WRAPPED = ("The ethics of our project are about sharing and independence. Our team\n"
           "commits itself to answering every request in the open, and to keeping its\n"
           "accounts public.")


def test_a_sentence_wrapped_for_width_reads_as_one_line():
    joined = join_wrapped_lines(WRAPPED)
    assert "\n" not in joined
    assert len(joined) == len(WRAPPED)  # every offset stays that of the file
    assert "Our team commits itself" in joined


def test_a_windows_line_break_keeps_the_length_too():
    text = WRAPPED.replace("\n", "\r\n")
    joined = join_wrapped_lines(text)
    assert "\n" not in joined and "\r" not in joined and len(joined) == len(text)


@pytest.mark.parametrize("text", [
    # a short line: a list, an address, an SMS written line by line
    "Livraison offerte\ndès 30 € d'achat\nsur tout le site",
    "Thanks for your order,\nsee you soon",
    # the line ends its sentence, or introduces what follows
    "Your parcel left our warehouse this morning and will reach you tomorrow.\nthanks again",
    "Voici ce que comprend votre abonnement annuel au club de lecture de la librairie :\n"
    "un livre par mois, choisi avec vous",
    # the next line starts a sentence, a name or a figure
    "We checked the whole order again this morning with the team at the workshop, and\n"
    "Pedalune will call you before noon.",
    "Nous avons vérifié toute la commande ce matin avec l'équipe de l'atelier, soit\n"
    "72 heures de travail en tout.",
])
def test_every_other_line_break_stays_a_line(text):
    assert join_wrapped_lines(text) == text
