"""Blame told by the customer's goods left waiting: their own thing (« votre colis », « le
vôtre », "your parcel") waited by them (« est resté », "sat") before they took it, then
given as the explanation of the harm (« ce qui explique », "which would explain"), is BL401.
A wait in another's hands (a depot, a carrier, a strike) or an apology with a remedy and no
blame is not. On the real models, FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous avons bien reçu la photo de votre vase arrivé fêlé.\n\nVotre "
           "colis est resté six jours au casier avant d'être retiré, ce qui explique sans "
           "doute la fêlure.\n\nUn nouveau vase vous sera envoyé.\n\nCordialement"),
    ("en", "Hi Tom,\n\nThanks for your message about the cheese.\n\nIt left us chilled, but "
           "your parcel sat in the porch all weekend, which would explain the mould.\n\nWe "
           "can send a voucher.\n\nBest"),
    # no word of complaint: the harm is told by what the wait explains
    ("fr", "Bonjour,\n\nMerci pour votre message au sujet des fromages.\n\nIls sont partis "
           "de chez nous bien frais, mais le vôtre a attendu tout le week-end dans votre "
           "boîte aux lettres, ce qui explique l'odeur.\n\nUn bon de 5 € vous est offert."
           "\n\nCordialement"),
    ("en", "Hi Sue,\n\nThanks for your note about the flowers.\n\nThey left us fresh this "
           "morning, but your box stayed in the hallway until the evening, which would "
           "explain the wilting.\n\nWe can offer a voucher.\n\nBest"),
])
def test_own_goods_left_waiting_given_as_cause_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the wait in the brand's or a carrier's hands, a strike
    ("fr", "Bonjour,\n\nNous avons bien reçu la photo de votre vase arrivé fêlé.\n\nVotre "
           "colis est resté six jours à notre dépôt à cause d'une grève, ce qui explique sans "
           "doute la fêlure.\n\nToutes nos excuses : un nouveau vase vous sera envoyé."
           "\n\nCordialement"),
    ("fr", "Bonjour,\n\nVotre commande a attendu trois jours chez le transporteur, ce qui "
           "explique le retard.\n\nNous vous prions de nous excuser ; un avoir de 10 € vous "
           "est offert.\n\nCordialement"),
    ("en", "Hi Tom,\n\nThanks for your message about the cheese.\n\nYour parcel sat at the "
           "carrier's depot all weekend because of a strike, which would explain the mould."
           "\n\nWe're sorry, and a new cheese is on its way.\n\nBest"),
    ("en", "Hi Tom,\n\nYour order waited two days in our warehouse, which explains the delay."
           "\n\nWe're sorry; a replacement is on its way today.\n\nBest"),
    # an apology with a remedy, no blame
    ("en", "Hi Tom,\n\nWe're sorry the cheese arrived mouldy. A fresh one leaves today and "
           "we've refunded the delivery.\n\nBest"),
])
def test_wait_in_others_hands_or_plain_apology_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)
