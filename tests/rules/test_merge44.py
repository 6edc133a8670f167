"""Two readings met when op52, rt44 and the sincerity rules landed together (session 44):

- the agent's act done at once while the customer is on the line (« je vérifie tout de
  suite où en est votre colis ») holds no response time (op52) but is still a next step
  done now (BL407 stays silent); a hand-off said "right away" still moves nothing;
- a scenario (rt44: an *if* clause whose consequence is in the conditional) is read on
  the line of the clause, and in French on the conditional's endings: a future on the
  next paragraph that the small model tags conditional (« Vous trouverez ci-joint… »)
  makes no scenario of « si la réclamation est confirmée, le remboursement interviendra
  dans un délai de 30 jours » (BL408 still fires).

On the real models, FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client : la livraison a deux jours de retard, c'est inadmissible.]\nConseiller : "
           "Vous avez raison, et je vous présente nos excuses. Je vérifie tout de suite où en "
           "est votre colis."),
    ("en", "Caller: My parcel is two days late, this is unacceptable.\nAgent: You're right, "
           "and I apologise. I'll check right away where your parcel is."),
])
def test_a_check_done_on_the_line_is_a_step(lint, lang, text):
    assert "BL407" not in sincerity(lint, text, lang, "phone_script")


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client : mon colis a deux jours de retard.]\nConseiller : Je suis désolé. Je "
           "transmets tout de suite votre dossier au service livraison."),
])
def test_a_hand_off_at_once_is_still_no_step(lint, lang, text):
    assert "BL407" in sincerity(lint, text, lang, "phone_script")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous avons bien reçu votre réclamation. Après contrôle, et si la "
           "réclamation est confirmée, le remboursement interviendra dans un délai de 30 "
           "jours.\n\nVous trouverez ci-joint votre étiquette de retour.\n\nCordialement"),
    ("en", "Hello,\n\nWe have received your complaint. After a check, and if the claim is "
           "confirmed, the refund will be made within 30 days.\n\nYou will find your return "
           "label attached.\n\nKind regards"),
])
def test_a_condition_with_a_firm_consequence_keeps_its_slow_step(lint, lang, text):
    assert "BL408" in sincerity(lint, text, lang, "after_sales")


@pytest.mark.parametrize("lang,text", [
    # the same condition reasoned about, its consequence in the conditional on the line
    ("fr", "Bonjour,\n\nSi le remboursement intervenait dans un délai de 30 jours, nous "
           "devrions tout recalculer.\n\nCordialement"),
    ("en", "Hello,\n\nIf the refund were made within 30 days, we would have to recalculate "
           "everything.\n\nKind regards"),
])
def test_a_scenario_on_its_line_binds_no_service(lint, lang, text):
    assert "BL408" not in sincerity(lint, text, lang, "after_sales")
