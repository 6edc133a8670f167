"""se49 (capilea-fr-002, colombine-fr-015): the explanation of a problem is not a next step.
A past act the circumstances forced (« nous avons dû annuler », "we had to cancel") and a
past event told with what it caused (« …, ce qui a ralenti… », "…, which delayed…") say
why the customer waits, not what happens next: a reply with only that says nothing of
what comes (BL407). FR and EN, a firing case and a near miss each, on the real models
(LEGO profiles, after-sales): the same explanation with a step, or a remedy told with its
effect, stays clean.
"""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=1):
    return {d.code for d in diagnostics if d.severity >= at_least}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\n\nNous sommes navrés. Notre animatrice est souffrante, nous avons dû "
           "reporter toutes ses séances de la semaine.\n\nLe service clients"),
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce retard. Notre équipe logistique a changé de "
           "logiciel en juin, ce qui a ralenti de nombreux envois.\n\nLe service clients"),
    ("en", "Dear Mr Stone,\n\nWe're very sorry. Our workshop flooded on Monday, so we had to "
           "cancel every repair booked this week.\n\nCustomer Service"),
    ("en", "Hi Ms Lane,\n\nSo sorry for the wait. Our warehouse team changed the labelling "
           "system in June, which delayed a lot of parcels.\n\nCustomer Service"),
])
def test_cause_told_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Madame,\n\nNous sommes navrés. Notre animatrice est souffrante, nous avons dû "
           "reporter toutes ses séances de la semaine. Nous vous proposons une nouvelle séance "
           "jeudi à 10 h.\n\nLe service clients"),
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce retard. Notre équipe logistique a changé de "
           "logiciel en juin, ce qui a ralenti de nombreux envois. Votre colis part demain "
           "matin.\n\nLe service clients"),
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce double prélèvement. Nous avons remboursé "
           "votre commande hier, ce qui explique les deux lignes sur votre relevé.\n\nLe "
           "service clients"),
    ("en", "Dear Mr Stone,\n\nWe're very sorry. Our workshop flooded on Monday, so we had to "
           "cancel every repair booked this week. We've rebooked yours for Thursday at "
           "9am.\n\nCustomer Service"),
    ("en", "Hi Ms Lane,\n\nSo sorry for the wait. Our warehouse team changed the labelling "
           "system in June, which delayed a lot of parcels. Yours leaves tomorrow "
           "morning.\n\nCustomer Service"),
    ("en", "Hi Ms Lane,\n\nSo sorry about the double charge. We refunded your order yesterday, "
           "which is why two lines show on your statement.\n\nCustomer Service"),
])
def test_cause_told_with_a_step_or_a_remedy_stays_clean(lint, lang, text):
    assert "BL407" not in codes(lint(text, lang, "after_sales"))
