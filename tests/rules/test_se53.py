"""Blame told only through facts: the damage's cause given as how the product was handled
(« la conséquence d'un brossage », "snapped because it was over-tightened"), with the cover
refused in the brand's voice (« nous ne pouvons donc pas la reprendre », "isn't something
we can cover"), is BL401 even without a "you". The same cause in the brand's or a
carrier's hands, a cause with no cover refused, or the customer's words quoted, is not. On
the real models, FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Lenoir. Les poils du pinceau sont écartés : c'est la "
           "conséquence d'un brossage à sec sur une toile rugueuse. Nous ne pouvons donc pas "
           "le remplacer, mais un nettoyage vous est proposé sous 7 jours."),
    ("en", "Hi Dana. From the pictures, the clamp cracked because it was over-tightened on "
           "the tripod leg, which isn't something we can cover. We can offer a new clamp at "
           "cost this week."),
])
def test_handling_given_as_cause_with_cover_refused_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the brand's own hands
    ("fr", "Bonjour Monsieur Lenoir. Les poils sont écartés : c'est la conséquence d'un "
           "brossage trop fort par notre atelier. Nous ne pouvons pas le remplacer à "
           "l'identique, mais nous vous en envoyons un autre sous 7 jours."),
    ("en", "Hi Dana. The clamp cracked because it was over-tightened by our technician, and "
           "we're sorry. We'll send a new one this week."),
    # a carrier's hands
    ("en", "Hi Dana. The clamp cracked because it was dropped by the courier, which isn't "
           "something we can cover ourselves; we've opened a claim with them."),
    # the customer's words quoted
    ("fr", "Bonjour Madame Roy. Vous nous écrivez : « ce frisottis est la conséquence d'un "
           "brossage, nous ne pouvons donc pas la reprendre, m'a dit la boutique ». Nous en "
           "sommes désolés : la perruque sera remise en forme sous 7 jours."),
    ("en", "Hi Dana. You wrote: “the clamp cracked because it was over-tightened at the "
           "shop, which isn't something we can cover, says your assistant.” We are sorry; "
           "a new clamp ships tomorrow."),
    # a cause, no cover refused, an apology and a remedy
    ("fr", "Bonjour Monsieur Lenoir. Les poils sont écartés, conséquence d'un brossage à sec, "
           "et nous en sommes désolés : un pinceau neuf part demain."),
    ("en", "Hi Dana. Sorry about this: the clamp cracked because it was over-tightened in "
           "our assembly line. A new one ships tomorrow."),
])
def test_cause_in_other_hands_or_without_refusal_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)
