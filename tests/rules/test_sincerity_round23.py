"""What round 23 (sincerity-blind20's misses) taught the reading of a service reply, in
concepts:

- a delay written in words past ten (« seize jours », « vingt et un jours », "sixteen
  days"): the shared number words that read delays;
- a damage state whose cause the brand explains (« c'est pour ça qu'il est marqué », "which
  is why they're marked"): the damage owned, as when the thing arrived that way — not a
  label put on the thing ("marked as delivered", « marqué comme livré »);
- the « il » of « il y a eu » refers back to no one: a past fact of the world, not the
  agent's step; an adverb the small model tags as a verb (« sincèrement ») is no act;
- an offer told as news, with its price in more than one digit ("did you know … £149").

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round21 import HOME  # the same brand as round 21


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(HOME, "lumio", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL408: a delay in number words past ten ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Caron, toutes nos excuses pour ce double débit. La somme vous sera "
           "remboursée dans un délai de seize jours."),
    ("fr", "Bonjour Madame Caron, toutes nos excuses pour ce double débit. Vous serez "
           "remboursée sous vingt et un jours."),
    ("en", "Hello Ms Caron, we apologise for the double charge. The amount will be refunded "
           "within sixteen days."),
])
def test_delay_in_words_past_ten_slower_than_commitment(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Caron, toutes nos excuses pour ce double débit. La somme vous sera "
           "remboursée dans un délai de douze jours."),
    ("en", "Hello Ms Caron, we apologise for the double charge. The amount will be refunded "
           "within twelve days."),
])
def test_near_miss_delay_in_words_within_commitment(lint, lang, text):
    assert not found(lint(lang, text), "BL408")


# -- BL403: a damage state explained -----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour votre message, Monsieur Lenoir. Le plateau de votre table est resté "
           "près d'une fenêtre dans notre entrepôt, c'est pour ça qu'il est marqué. Un avoir "
           "sera versé sur votre compte sous 14 jours."),
    ("en", "Thanks for your message, Mr Lenoir. The shelves in last week's order were stored "
           "next to a heater in our warehouse, which is why they're marked. A credit will "
           "reach your account within 14 days."),
])
def test_damage_explained_without_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Lenoir, votre colis est marqué comme livré depuis mardi. "
           "Pouvez-vous vérifier auprès de vos voisins ? Nous vous répondons sous 24 h."),
    ("en", "Hello Mr Lenoir, our courier marked your parcel as delivered on Tuesday. Could you "
           "check with your neighbours? We'll reply within 24 hours."),
])
def test_near_miss_marked_as_a_label_is_no_damage(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL407: a past fact of the world, an adverb tagged as a verb, are no next step --------------
NO_STEP = {
    "fr": "Agent : Lumio, bonjour, Inès à l'appareil.\n[Client : Personne n'est venu installer "
          "ma hotte mardi.]\nAgent : Oh, je suis vraiment désolée, Madame Perrin. Il y a eu un "
          "souci de camion sur la tournée de mardi. Toutes nos excuses, sincèrement.{step}\n"
          "Agent : Merci de votre compréhension, et bonne soirée.",
    "en": "Agent: Lumio, Ines speaking.\nCustomer: Nobody came to fit my cooker hood on "
          "Tuesday.\nAgent: Oh, I'm so sorry, Mrs Perrin. There was a problem with the van on "
          "Tuesday's round. Our apologies, sincerely.{step}\nAgent: Thank you for your "
          "understanding, and have a good evening.",
}
STEP = {"fr": " Un technicien passe chez vous jeudi à 9 h.",
        "en": " An engineer will call on Thursday at 9 am."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_apology_and_past_fact_without_step_is_no_next_step(lint, lang):
    assert found(lint(lang, NO_STEP[lang].format(step=""), "phone_script"), "BL407")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_the_step_is_said(lint, lang):
    assert not found(lint(lang, NO_STEP[lang].format(step=STEP[lang]), "phone_script"),
                     "BL407")


# -- BL406: an offer told as news, its price in several digits --------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Ms Roy, we're sorry the lamp arrived cracked: a new one ships tomorrow. PS: "
           "did you know our Deluxe Hood now comes with a spare filter for £149?"),
    ("fr", "Bonjour Madame Roy, désolés pour la lampe fendue : une neuve part demain. PS : "
           "saviez-vous que notre Hotte Deluxe est livrée avec un filtre pour 149 € ?"),
])
def test_offer_told_as_news_with_its_price_is_marketing(lint, lang, text):
    hits = found(lint(lang, text), "BL406")
    assert hits


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Ms Roy, we're sorry the lamp arrived cracked: a new one ships tomorrow. PS: "
           "did you know you can follow the parcel in your account?"),
    ("fr", "Bonjour Madame Roy, désolés pour la lampe fendue : une neuve part demain. PS : "
           "saviez-vous que vous pouvez suivre le colis dans votre espace ?"),
])
def test_near_miss_news_without_a_price_is_no_marketing(lint, lang, text):
    assert not found(lint(lang, text), "BL406")


# -- BL405: what the reply shows given, in a relative clause, asked again ---------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Marin, désolés pour l'attente. Nous avons bien les trois photos "
           "que vous nous avez envoyées lundi. Pourriez-vous nous envoyer une photo de la "
           "lampe ? Nous vous répondons ensuite sous 24 h."),
    ("en", "Hello Mr Marin, sorry for the wait. We have the three photos you sent on Monday. "
           "Could you send us a photo of the lamp? We'll reply within 24 hours."),
])
def test_given_in_a_relative_clause_asked_again_is_repeat(lint, lang, text):
    assert found(lint(lang, text), "BL405")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Marin, désolés pour l'attente. Nous avons bien les trois photos "
           "que vous nous avez envoyées lundi. Pourriez-vous nous envoyer aussi une photo de "
           "l'étiquette ? Nous vous répondons ensuite sous 24 h."),
    ("en", "Hello Mr Marin, sorry for the wait. We have the three photos you sent on Monday. "
           "Could you send us another photo, of the label? We'll reply within 24 hours."),
    ("en", "Hello Mr Marin, sorry for the wait. We have the three photos you sent on Monday. "
           "Could you tell us your order number? We'll reply within 24 hours."),
])
def test_near_miss_one_more_or_something_else_asked(lint, lang, text):
    assert not found(lint(lang, text), "BL405")


# -- BL404: simple terms announced, then what the thing is -------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Blanc, désolés que la hotte ne vous convienne pas. Restons simples : "
           "une hotte n'est pas un purificateur d'air. Vous pouvez l'échanger sous 14 jours."),
    ("en", "Hello Mrs Blanc, sorry the cooker hood isn't right for you. Let's keep it simple: a "
           "cooker hood is not an air purifier. You can exchange it within 14 days."),
])
def test_simple_terms_then_a_definition_is_condescension(lint, lang, text):
    assert found(lint(lang, text), "BL404")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Blanc, désolés que la hotte ne vous convienne pas. Faisons simple : "
           "nous vous l'échangeons sous 14 jours, sans frais."),
    ("en", "Hello Mrs Blanc, sorry the cooker hood isn't right for you. Let's keep it simple: "
           "we'll exchange it within 14 days, free of charge."),
])
def test_near_miss_simple_terms_then_the_brands_act(lint, lang, text):
    assert not found(lint(lang, text), "BL404")


# -- BL403: a fact seen, its « que » read by the parse as a relative pronoun --------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Noël ! Je vois bien sur votre photo qu'il manquait le filtre dans "
           "le carton. Un filtre neuf part demain par colis suivi."),
    ("en", "Hi Mrs Noel! I can see in your photo that the filter was missing from the box. A "
           "new filter ships tomorrow by tracked parcel."),
])
def test_fact_seen_on_the_photo_without_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Noël ! Je vais regarder sur votre photo s'il manquait le filtre "
           "dans le carton. Je reviens vers vous sous 24 h."),
    ("en", "Hi Mrs Noel! Let me check in your photo whether the filter was missing from the "
           "box. I'll get back to you within 24 hours."),
])
def test_near_miss_a_check_still_to_do_admits_nothing(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Lenoir, votre lampe est arrivée rayée, comme le montre votre "
           "photo. Une lampe neuve part demain."),
    ("en", "Hello Mr Lenoir, your lamp arrived scratched, as your photo shows. A new lamp "
           "ships tomorrow."),
])
def test_damage_with_as_after_a_comma_is_still_damage(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour l'envoi. La photo que vous avez envoyée montre le dos de votre facture, "
           "mais il nous faut le recto, avec la date d'achat. Nous vous répondons sous 24 h."),
    ("en", "Thanks for uploading that. The photo you sent shows the back of your invoice, but "
           "we need the front, with the purchase date. We'll reply within 24 hours."),
])
def test_near_miss_what_was_given_named_beside_what_is_needed(lint, lang, text):
    assert not found(lint(lang, text), "BL405")
