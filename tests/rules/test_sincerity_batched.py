"""A next step put off to a periodic batch (round 8: sincerity-blind7, blind4, blind6):
the case waits for the next quarterly, monthly or fortnightly run, whatever the service
commits to. Firing and near-miss cases, FR and EN, on the real models (LEGO profiles:
refund within 14 days)."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


@pytest.mark.parametrize("lang,text", [
    ("en", "You're right that you shouldn't have been charged. Refunds of this kind are handled "
           "in our quarterly reconciliation, so you'll see the money back on your card."),
    ("en", "Your claim is approved. The refund will be paid to your account: settlements are "
           "released in our monthly payment run."),
    ("fr", "Pardon pour cet oubli. Le remboursement a été demandé à notre service comptable ; "
           "compte tenu du traitement trimestriel des cautions, vous le recevrez sans faute."),
    ("fr", "Votre remboursement sera versé avec ceux des autres familles : nous les traitons "
           "une fois par mois."),
])
def test_a_step_put_off_to_a_batch_longer_than_the_commitment_is_slow(lint, lang, text):
    found = findings(lint(text, lang, "after_sales"), "BL408")
    assert found
    assert any(w in found[0].message for w in ("batch", "lot", "périodique"))


@pytest.mark.parametrize("lang,text", [
    # the period is within the commitment (a weekly run against 14 days)
    ("en", "Sorry about the charge. Refunds are processed once a week, so yours goes out on "
           "Friday."),
    # a price by the month, not a batch
    ("fr", "Votre remboursement part aujourd'hui. Pour info, l'option Premium est à 4 € une "
           "fois par mois."),
    # no declared service named in the paragraph
    ("fr", "Notre comité se réunit une fois par trimestre pour faire le point sur les ateliers."),
    # the customer's quoted words
    ("en", "You wrote: \"refunds are only done quarterly\". Not at all: your refund goes out "
           "today."),
])
def test_near_miss_a_batch_within_the_commitment_or_no_step_is_not_slow(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL408")


# -- a delay given as a range; a step waiting for one person's return ------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Suite à votre demande de remboursement, nous vous informons que l'analyse de "
           "votre dossier prend en général trois à quatre semaines."),
    ("en", "Sorry your refund hasn't come through yet. Refunds go through our finance "
           "department, which can take four to six weeks."),
    # LEGO answers within 48 h: the answer waits a week at least for her return
    ("fr", "Je suis désolé. Elle est en congés jusqu'au 28 : elle vous donnera sa réponse à "
           "son retour."),
])
def test_a_range_or_a_return_slower_than_the_commitment_is_slow(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Suite à votre demande de remboursement, le virement part sous deux à trois jours."),
    ("en", "Sorry your refund hasn't come through yet: it will reach you in one to two weeks."),
    ("fr", "Votre conseillère est absente aujourd'hui ; un collègue vous donnera sa réponse "
           "demain matin."),
])
def test_near_miss_a_range_within_the_commitment_is_not_slow(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL408")
