"""A status said as a label's passive — a bare noun and its past form ("Claim rejected.",
"Ticket closed.", « Dossier clos. ») — is a fragment, whatever the tagger makes of the
form (round 32, tone-blind31 read half): a service reply of such fragments with no
courtesy reads cold (`clipped_reply`); the same news said warmly does not. Texts ours."""

from __future__ import annotations

import pytest


def _signals(analysis, name: str) -> int:
    return sum(1 for e in analysis.tone.evidence if e.signal == name)


@pytest.mark.parametrize("lang,text", [
    ("en", "Claim rejected. Saddles are consumables and are not covered. Ticket closed."),
    ("fr", "Réclamation refusée. Les selles sont des consommables et ne sont pas couvertes. "
           "Dossier clos."),
])
def test_a_reply_of_status_lines_is_clipped(analyse, lang, text):
    assert _signals(analyse(text, lang, "after_sales"), "clipped_reply") == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Good news, your claim is approved. Your new saddle ships tomorrow. Thanks for "
           "riding with us."),
    ("fr", "Bonne nouvelle, votre réclamation est acceptée. Votre nouvelle selle part demain. "
           "Merci de rouler avec nous."),
])
def test_the_same_news_said_to_someone_is_not(analyse, lang, text):
    assert _signals(analyse(text, lang, "after_sales"), "clipped_reply") == 0
