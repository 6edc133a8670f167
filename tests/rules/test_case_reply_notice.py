"""tn48's warning path (a sales pitch or a story told where a reply owes a case its act) is
for a reply: one that answers a complaint, or names a case in answer to the reader's own
message (« votre message au sujet de… », "your feedback regarding…"), or written to one
customer by name, or a call with their turns. A notice the brand
sends unasked on a service channel — an order confirmed with a « Bravo », a gift card
announced — names an order or a card but answers nobody: its cheer is no pitch in place of a
case (real text: CoopCycle, Open Collective). On the real models, FR and EN."""

from __future__ import annotations

import pytest

from brandlint.analysis import tone


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Bravo pour votre commande zéro déchet ! Vous pourrez rapporter vos boîtes "
           "réutilisables chez nos partenaires, ou les confier à votre coursier à la prochaine "
           "commande.", False),
    ("en", "🎁 Sam has given you a gift card! You've got $50 to spend on our shop. To redeem "
           "your gift card, click the button below.", False),
    # the reader wrote in about their case: a reply
    ("fr", "Bonjour,\n\nNous avons bien reçu votre message au sujet de votre commande arrivée "
           "en retard.", True),
    ("en", "Dear Mrs Hale,\n\nThank you for your feedback regarding your booking last "
           "Saturday.", True),
    # written to one customer by name, about their case
    ("fr", "Bonjour Monsieur Vasseur,\n\nVos chaussures sont bien arrivées à l'atelier, le "
           "ressemelage est en cours.", True),
    ("en", "Hi Claire!\n\nYour order has left the warehouse and should reach you on Friday.",
     True),
    # a salutation to everyone is no reply to one customer
    ("fr", "Bonjour à tous !\n\nVotre commande du week-end peut désormais se retirer au "
           "comptoir.", False),
])
def test_a_case_reply_answers_the_readers_message(analyse, lang, text, expected):
    analysis = analyse(text, lang, "after_sales")
    assert tone._case_reply(analysis) is expected
