"""A refund or a credit put off to the brand's monthly run — the books closed once a month
(« lors de la clôture mensuelle », « à la fin de chaque mois », « avec le virement du mois
prochain »), refunds run monthly ("our finance team runs refunds monthly", "at the end of
each month", "with next month's run", "with our billing adjustments at the end of the
cycle") — waits a month, longer than a refund commitment counted in days: a slow next step
(BL408). A monthly rhythm in a paragraph that names no committed service (the catalogue
updated at the end of each month) is no step put off. On the real models, FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, désolés pour la boîte incomplète. Le remboursement de 12 € sera "
           "effectué lors de la clôture mensuelle de nos comptes, le 30 du mois."),
    ("fr", "Bonjour Léa, désolés pour la boîte incomplète. Notre service comptable fait les "
           "remboursements à la fin de chaque mois : vous recevrez vos 12 € début décembre."),
    ("en", "Hi Sam, sorry about the incomplete box. Our finance team runs refunds monthly, so "
           "the refund for your box will reach you at the start of next month."),
    ("en", "Hi Sam, sorry about the incomplete box. Your £12 refund will go out with next "
           "month's run, so you should see it by mid-December."),
])
def test_refund_put_off_to_the_monthly_run_fires(lint, lang, text):
    assert "BL408" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, désolés pour la boîte incomplète. Votre remboursement de 12 € est "
           "parti aujourd'hui, vous le recevrez sous 5 jours.\n\nNotre catalogue est mis à "
           "jour à la fin de chaque mois."),
    ("en", "Hi Sam, sorry about the incomplete box. Your £12 refund went out today and will "
           "reach your card within 5 days.\n\nOur catalogue is updated at the end of each "
           "month."),
])
def test_monthly_rhythm_without_a_committed_step_does_not_fire(lint, lang, text):
    assert "BL408" not in sincerity(lint, text, lang)
