"""A page's instruction to anyone ("Please include your order number", "Contact us with
your order number": a returns page, a billing FAQ — lacertine-en-015 in round 47's read
half, fortinel-en-002 in heldout47) is no reply to one customer, so the idea is still asked
of it; a number asked of this one customer, or quoted back to them, marks a reply. French:
« votre commande n° 4521 » quotes one order, « indiquez votre numéro de commande » does not."""

from __future__ import annotations

import pytest

from brandlint.analysis.frame import addresses_one_customer


@pytest.mark.parametrize("lang,text", [
    ("en", "Could you DM us your order number? We'll sort it out today."),
    ("en", "Sorry to hear that. Can I start with your order number and postcode, please?"),
    ("en", "Your order number is MM-40231 and it left our warehouse this morning."),
    ("fr", "Votre commande n° 4521 est partie ce matin."),
])
def test_the_number_asked_of_one_customer_marks_a_reply(lang, text):
    assert addresses_one_customer(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "## Returns\nUnopened supplies can be returned within 14 days. Please include your "
           "order number."),
    ("en", "### Who do I contact about an invoice?\nWrite to accounts@example.com with your "
           "order number."),
    ("fr", "## Retours\nLes fournitures non ouvertes sont reprises sous 14 jours. Merci "
           "d'indiquer votre numéro de commande."),
])
def test_a_pages_instruction_to_anyone_is_no_reply(lang, text):
    assert not addresses_one_customer(text, lang)
