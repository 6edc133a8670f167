"""What the customer's thing in the brand's hands never did, or no longer does — it never
left (« votre facture n'est jamais partie », "your refund never went out"), it no longer shows
on the record (« votre abonnement n'apparaît plus dans notre système », "your booking no
longer shows in our system") — said after the brand confirms the customer's account
(« En effet », « Vous avez raison », "Indeed", "You're right"): the brand's handling missed,
a fault admitted though no word of one is said. With no apology, BL403 fires. Near misses:
a thing not the customer's (a range withdrawn), "not yet" (still on its way), no
confirmation (a question back), an apology given. On the real models, FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul. En effet, la facture de votre commande de mars n'est jamais partie : "
           "je vous la renvoie par e-mail dans l'heure."),
    ("fr", "Effectivement, votre abonnement au panier du jeudi n'apparaît plus dans notre "
           "système depuis lundi. Je le recrée tout de suite, vous recevrez la confirmation "
           "ce soir."),
    ("en", "Hi Paul. You're right, your refund for the March order never went out. I've sent "
           "it again today and it will reach your card within 3 days."),
    ("en", "Indeed, your booking for the 12th no longer shows in our system. I'm recreating "
           "it now and you'll get the confirmation within the hour."),
])
def test_thing_undone_after_confirmation_without_apology_fires(lint, lang, text):
    assert "BL403" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # a range withdrawn: not the customer's thing
    ("fr", "Bonjour Paul. Effectivement, ce modèle n'apparaît plus dans notre catalogue : il "
           "n'est plus fabriqué. Nous vous proposons le modèle suivant."),
    # not yet: still on its way
    ("fr", "Bonjour Paul. En effet, votre colis n'est pas encore parti : il partira demain "
           "comme prévu."),
    # the same words asked back, no confirmation
    ("fr", "Bonjour Paul. Votre facture n'est jamais partie ? Nous vous la renvoyons "
           "aujourd'hui par e-mail."),
    # an apology given
    ("fr", "Bonjour Paul. En effet, la facture de votre commande n'est jamais partie, nous en "
           "sommes désolés : je vous la renvoie par e-mail dans l'heure."),
    ("en", "Hi Paul. You're right, that plan doesn't show on our site any more: we stopped "
           "selling it in May. The new plan is on the same page."),
    ("en", "Hi Paul. Your refund never went out, you say? It left our bank on Monday and "
           "should reach you tomorrow."),
    ("en", "Hi Paul. You're right, your refund never went out, and we're very sorry. It is on "
           "its way to your card today."),
])
def test_thing_undone_near_misses_do_not_fire(lint, lang, text):
    assert "BL403" not in sincerity(lint, text, lang)
