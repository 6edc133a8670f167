"""se48 (survolia-en-001, capilea-en-004): the customer's account, reported, then set against
the brand's own records in contrast (« vous indiquez…, or nos relevés montrent… », "you say…,
but our logs show…", "…does not match your account") doubts their good faith (BL402). FR and
EN, a firing case and a near miss each, on the real models (LEGO profiles, after-sales):
the records told on their own, with an apology and a next step, stay clean.
"""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    return {d.code for d in diagnostics if d.severity >= at_least}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Monsieur,\n\nVous indiquez que le technicien est resté dix minutes, or nos relevés "
           "montrent une heure sur place. La facture est donc maintenue.\n\nLe service clients"),
    ("fr", "Madame,\n\nNous avons examiné le manteau retourné. L'usure constatée ne correspond "
           "pas à votre récit d'un seul essai. Le remboursement est refusé.\n\nLe service "
           "clients"),
    ("en", "Dear Mr Hale,\n\nYou say the engineer stayed ten minutes, but our logs show an "
           "hour at your address. The charge therefore stands.\n\nCustomer Service"),
    ("en", "Dear Ms Roe,\n\nWe examined the jacket you returned. It shows heavy wear, which "
           "does not match your account of wearing it once. We cannot refund it.\n\n"
           "Customer Service"),
])
def test_account_set_against_records_doubts(lint, lang, text):
    assert "BL402" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Monsieur,\n\nVous nous indiquez ne pas avoir reçu le colis. Notre suivi indique un "
           "dépôt au relais à 10 h ; nous en sommes désolés et ouvrons une enquête avec le "
           "transporteur aujourd'hui.\n\nLe service clients"),
    ("en", "Dear Mr Hale,\n\nYou mentioned the parcel never arrived. Our tracking shows it was "
           "left at the depot; we're sorry, and we've opened a trace with the courier "
           "today.\n\nCustomer Service"),
])
def test_records_told_with_apology_do_not_doubt(lint, lang, text):
    assert "BL402" not in codes(lint(text, lang, "after_sales"))
