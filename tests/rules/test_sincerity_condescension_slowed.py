"""Talking down in other words (from sincerity-blind19's first run, read after its score
was recorded): the lesson slowed down (« reprenons tranquillement », "let me explain this
very slowly"), the basics said with an intensifier (« c'est vraiment la base »), the rule
called simple against the customer's reading (« la règle est en réalité très simple »), "not
complicated" with an adverb between ("it's honestly not complicated"), what a guide
"explains quite clearly", and the customer's mistake made a beginner's ("this happens a lot
with first-timers") are condescension (BL404); the same help given plainly is not. The brand
and profiles are round 18's (`test_sincerity_round18.py`)."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round18 import REPAIR, found


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(REPAIR, "pelvane", "after_sales")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, reprenons tranquillement : le forfait comprend une heure de "
           "main-d'œuvre, la deuxième est facturée 45 €."),
    ("fr", "Bonjour Marco, une batterie de 2 000 mAh ne tient pas deux jours : c'est vraiment "
           "la base. Bonne soirée, Théo"),
    ("fr", "Bonjour Léa, la règle est en réalité très simple : le devis est gratuit, le "
           "diagnostic est facturé 29 €."),
    ("en", "Hello Tom, let me explain this very slowly: the first hour of labour is included, "
           "the second is charged £45."),
    ("en", "Hello Tom, it's honestly not complicated: the quote is free, the diagnosis is £29."),
    ("en", "Hi Gemma, as our price list explains quite clearly, the diagnosis is charged £29."),
    ("en", "Hi Priya, no problem at all, this happens a lot with first-timers! The part you "
           "ordered is the drawer seal."),
])
def test_the_lesson_slowed_down_or_made_basic_talks_down(lint, lang, text):
    assert found(lint(lang, text), "BL404")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, le forfait comprend une heure de main-d'œuvre, la deuxième est "
           "facturée 45 €. Prenez le temps d'y réfléchir tranquillement, le devis reste valable "
           "un mois."),
    ("fr", "Bonjour Léa, la procédure est simple : déposez l'appareil en boutique, nous "
           "vous rappelons sous 48 h."),
    ("en", "Hello Tom, the first hour of labour is included, the second is charged £45. Our "
           "price list explains it too, if you'd like to keep it."),
    ("en", "Hello Tom, sorry for the confusion: the quote is free, the diagnosis is £29."),
])
def test_the_same_help_given_plainly_does_not(lint, lang, text):
    assert not found(lint(lang, text), "BL404")
