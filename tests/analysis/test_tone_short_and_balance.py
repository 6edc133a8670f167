"""Two readings found by the end run of round 31 (tone-blind16/18 lost a case each to the
session's BL205 variety gate and to a word sense): a message of a line or two has no
sections to name, so two different cues are its whole voice (`variety_words`); « solde »
alone is a balance (« solde restant dû »), « en solde » and « soldes » a sale. Texts ours."""

from __future__ import annotations

import pytest

from brandlint.analysis.tone import _varied_enough


@pytest.mark.parametrize("lang,text", [
    ("en", "Long day? We see you. Be gentle with yourself tonight 💛"),
    ("fr", "Longue journée ? Nous pensons à vous. Prenez soin de vous ce soir 💛"),
])
def test_two_cues_are_a_short_messages_voice(analyse, lang, text):
    tone = analyse(text, lang, "sms").tone
    assert tone.word_count <= 20 and tone.variety("empathy") == 2
    assert _varied_enough(tone, "empathy", {"clear_variety": 3, "variety_words": 20})


@pytest.mark.parametrize("lang,text", [
    ("en", "Long day? We see you. " + "Our new bikes arrive at every station this spring, "
           "with lighter frames, brighter lights and a basket for your shopping. " * 2
           + "Be gentle with yourself tonight."),
])
def test_a_longer_page_needs_three(analyse, lang, text):
    tone = analyse(text, lang, "sms").tone
    assert tone.word_count > 20
    assert not _varied_enough(tone, "empathy", {"clear_variety": 3, "variety_words": 20})


def test_a_balance_due_is_no_sale(analyse):
    owed = analyse("Votre dossier présente un solde restant dû de 45 €.", "fr", "email")
    assert not any(e.tone == "deal" and "solde" in e.text.lower() for e in owed.tone.evidence)
    sale = analyse("Tous nos vélos d'hiver sont en solde cette semaine.", "fr", "email")
    assert any(e.tone == "deal" and "solde" in e.text.lower() for e in sale.tone.evidence)
