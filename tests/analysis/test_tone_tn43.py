"""Reassurance in a service letter said by what is safe for the reader: their place or
booking kept through the change, their goods found sound, the worry answered in the
letter's register ("Please be assured"). FR and EN on the real models, each concept with
a near miss."""

from __future__ import annotations

import pytest


def _reassurance(analyse, text, lang, channel="after_sales"):
    return analyse(text, lang, channel).tone.raw.get("reassurance", 0.0)


@pytest.mark.parametrize("lang,text", [
    # what the reader holds kept through the change
    ("en", "The tasting evening moves to 9 May. Your seats are kept for the new date."),
    ("en", "A delayed fitting keeps its slot at the head of the queue."),
    ("fr", "La visite passe au 9 mai. Vos places sont conservées pour la nouvelle date."),
    ("fr", "Le concert change de salle, mais ta réservation reste garantie."),
    # the reader's goods found sound when checked
    ("en", "Our joiner looked at the frame this morning. The hinges are perfectly sound."),
    ("en", "Your drawings arrived safely at the studio on Monday."),
    ("fr", "Notre horloger a ouvert la montre : le mouvement est en parfait état."),
    # the worry answered in the letter's register
    ("en", "Please be assured that the new lock was fitted by our own locksmith."),
])
def test_what_is_kept_or_sound_for_the_reader_reassures(analyse, lang, text):
    assert _reassurance(analyse, text, lang) >= 1.2


@pytest.mark.parametrize("lang,text", [
    # the reader told to keep a thing, a condition on its state: an instruction
    ("en", "Please keep your ticket with you at the gate."),
    ("fr", "Gardez votre billet sur vous à l'entrée du parc."),
    ("fr", "Merci de renvoyer le pull dans son emballage d'origine, en bon état."),
    # the word in another sense, or the arrival without its state
    ("en", "It sounds like the lid is loose on the left side."),
    ("en", "Your drawings arrived at the studio on Monday."),
    ("en", "The supplier assured us the part was in stock on Friday."),
])
def test_an_instruction_or_a_bare_fact_is_no_reassurance(analyse, lang, text):
    assert _reassurance(analyse, text, lang) < 1.2


@pytest.mark.parametrize("lang,text,spared", [
    # the chore spared, in the letter's register as in the everyday one
    ("en", "The refund went through this morning. You need not do anything further.", True),
    ("fr", "Le remboursement est parti ce matin. Vous n'avez rien d'autre à faire.", True),
    # near miss: the reader's part named, not spared
    ("en", "The refund is ready. You need to sign the form and post it back.", False),
    ("fr", "Le remboursement est prêt. Vous avez deux choses à faire : signer et dater.", False),
])
def test_the_chore_spared_in_a_letters_register_reassures(analyse, lang, text, spared):
    assert (_reassurance(analyse, text, lang) >= 1.5) is spared
