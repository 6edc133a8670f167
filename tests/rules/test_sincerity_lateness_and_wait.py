"""Two concepts of the reading of a service reply that recur across brands and rounds of
sincerity-blind12–25 (helper sinc30):

- a lateness told by how much (« arrivée quarante minutes plus tard que prévu », "your
  basket was 30 minutes late", "landed about an hour later than we said") is a problem the
  brand admits (BL403 without an apology); "late" as a modifier ("a late fee", "late
  tonight") or a lateness in a condition is not;
- the wait the reader is told to count on for the brand's own step (« comptez quatre
  semaines pour le virement », "please allow up to 30 days for it to reach your card") is
  the delay of that step, held to its commitment (BL408); within the commitment it is not;
- the customer put in focus as the one who did the act (« c'est vous qui l'avez choisi », "it
  was you who picked it"), the mirror of « c'est nous qui avons expédié… » (ownership), is
  blame (BL401); what they told us (« c'est vous qui nous avez prévenus ») or a choice to
  come (« c'est vous qui choisissez ») is not;
- the customer's act a thanks is for stays theirs when it is the second of two ("thank you for
  your patience and for letting us know"): no next step of the brand's (BL407 when nothing
  else moves the case).

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Panerole
language: fr
central_idea:
  statement: "Des paniers de légumes bio livrés chez vous le soir même."
  lexicon: [panier, légumes, livraison, producteur]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 7d}
""",
    "en": """
brand: Panerole
language: en
central_idea:
  statement: "Organic vegetable baskets delivered to your door the same evening."
  lexicon: [basket, vegetables, delivery, grower]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 7d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "panerole", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL403: a lateness told by how much ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Marc, yes, your basket was 30 minutes late tonight: the van got stuck "
           "behind the market. We've added a credit of €5 to your account."),
    ("en", "Hi Marc, thanks for letting us know. The driver was held up by roadworks, so "
           "your basket arrived about an hour later than we said. We've added a credit of "
           "€5 to your account."),
    ("fr", "Bonjour Marc, merci pour votre message. Le chauffeur a été bloqué par des "
           "travaux, et votre panier est arrivé une heure plus tard que prévu. Un avoir de "
           "5 € est ajouté à votre compte."),
])
def test_lateness_told_by_how_much_without_apology_fires(lint, lang, text):
    assert found(lint(lang, text, "chat"), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Marc, sorry: your basket was 30 minutes late on Thursday. We've added a "
           "credit of €5 to your account."),
    ("en", "Hi Marc, your basket will reach you late tonight, between 9 and 10 pm, as you "
           "asked. Enjoy the strawberries!"),
    ("en", "Hi Marc, if your basket arrives later than expected, reply here and we'll add a "
           "credit to your account."),
    ("fr", "Bonjour Marc, si votre panier arrive plus tard que prévu, répondez à ce message "
           "et nous ajoutons un avoir à votre compte."),
    ("fr", "Bonjour Marc, désolés : votre panier est arrivé une heure plus tard que prévu. Un "
           "avoir de 5 € est ajouté à votre compte."),
])
def test_lateness_apologised_modifier_or_condition_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text, "chat"), "BL403")


# -- BL408: the wait told for the brand's step -----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, désolés pour ce panier incomplet. Nous acceptons de "
           "rembourser les fraises : comptez quatre semaines pour le virement."),
    ("en", "Hi Ms Roux, sorry your basket came without the strawberries. We've logged a "
           "refund for them; please allow up to 30 days for it to reach your card."),
])
def test_wait_told_slower_than_the_commitment_fires(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, désolés pour ce panier incomplet. Nous acceptons de "
           "rembourser les fraises : comptez cinq jours pour le virement."),
    ("en", "Hi Ms Roux, sorry your basket came without the strawberries. We've logged a "
           "refund for them; please allow up to 5 days for it to reach your card."),
])
def test_wait_told_within_the_commitment_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


# -- BL401: the customer put in focus as the one who did it ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, désolés pour le panier manquant. Le créneau de livraison, "
           "c'est bien vous qui l'aviez modifié la veille : le chauffeur est donc passé à 8 h. "
           "Un nouveau panier part demain."),
    ("en", "Hi Ms Roux, sorry your basket wasn't there. The Tuesday evening slot: it was you "
           "who picked it in your account, and our driver came at 7:10 with nobody in. A new "
           "basket leaves tomorrow."),
    ("en", "Hi Ms Roux, sorry your basket wasn't there. You're the one who changed the slot "
           "on Monday, so the driver came on Tuesday morning. A new basket leaves tomorrow."),
])
def test_customer_in_focus_as_the_one_who_did_it_fires(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, désolés pour le retard. C'est vous qui nous avez prévenus à "
           "temps, merci : un nouveau panier part demain."),
    ("fr", "Bonjour Madame Roux, pour la prochaine livraison, c'est vous qui choisissez le "
           "créneau dans votre espace."),
    ("en", "Hi Ms Roux, sorry your basket was late. It was you who flagged the problem "
           "first, thank you: a new basket leaves tomorrow."),
    ("en", "Hi Ms Roux, from next week you're the one who chooses the slot in your account."),
])
def test_customer_telling_us_or_choosing_next_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL407: the second thing thanked for is no step ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Tom, we're so sorry the basket arrived with the eggs broken. That should never "
           "happen. Thank you for your patience and for letting us know."),
    ("en", "Hi Tom, I'm really sorry the basket came without its bread. Thank you for your "
           "understanding and for telling us about it."),
    ("fr", "Bonjour Tom, nous sommes désolés que le panier soit arrivé avec les œufs cassés. "
           "Merci pour votre patience et de nous avoir prévenus."),
])
def test_only_thanks_after_the_apology_fires(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Tom, we're so sorry the basket arrived with the eggs broken. Thank you for your "
           "patience and for letting us know: a new box of eggs leaves tomorrow morning."),
    ("fr", "Bonjour Tom, nous sommes désolés que le panier soit arrivé avec les œufs cassés. "
           "Merci de nous avoir prévenus : une nouvelle boîte d'œufs part demain matin."),
])
def test_thanks_then_a_step_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL407")
