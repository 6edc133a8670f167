"""Round 50's sincerity concepts (se66), each on the real models, FR and EN, with its near
misses:

- the problem's cause told as what usually happens (« comme souvent avec ce modèle, la
  fuite vient d'un joint mal remonté », "as is often the case, the jam comes from beans
  kept in a damp cupboard"): BL401 — not a cause in the brand's or another party's hands
  (« vient du dépôt de notre transporteur »), nor « ça arrive souvent » with no cause told;
- a fault located on the customer's side (« l'adresse a probablement été mal recopiée de
  votre côté », "the code was most likely mistyped on your end"): BL401 — not a fault
  denied (« aucune erreur de votre côté », "no mistake on your end");
- « vient de / du / des » is a link of cause like « vient d' » (the lexicon's phrase
  stopped before a word and never matched);
- proof demanded before any further step (« avant toute nouvelle démarche, … un relevé
  prouvant que… », "before any further action, … a statement proving…"): BL402 — not the
  order number asked there;
- the customer's reaction called excessive (« pas la peine d'en faire une affaire », « il
  ne faut pas tout prendre au pied de la lettre », "no need to take it so literally"):
  BL404 — not the worry soothed (« pas la peine de vous inquiéter »);
- a diagnosis from the customer's description (« d'après votre description », "from your
  description") is a guess like « probablement »: the cause put on their use is BL401, the
  words of the cause ending at a contrast (« plutôt que de notre révision », "rather than
  from our service") — not a cause in the brand's hands (« par notre atelier »)."""

from __future__ import annotations

import pytest

from brandlint.analysis.reply import _phrases
from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


# -- the cause told as the usual case ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Joly,\n\nNous sommes désolés que votre cafetière fuie encore.\n\n"
           "Comme souvent avec ce modèle, la fuite vient d'un joint mal remonté après le "
           "détartrage.\n\nNous vous envoyons un joint neuf lundi."),
    ("en", "Dear Mr Reid,\n\nSorry your grinder is jamming again.\n\nAs is often the case "
           "with this model, the jam comes from beans stored in a damp cupboard.\n\nWe'll "
           "post you a cleaning kit on Monday."),
])
def test_cause_told_as_the_usual_case_is_blame(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Joly,\n\nNous sommes désolés que votre colis ait du retard.\n\n"
           "Comme souvent en décembre, le retard vient du dépôt de notre transporteur.\n\n"
           "Nous vous envoyons le suivi lundi."),
    ("fr", "Bonjour Madame Joly,\n\nNous sommes désolés que votre colis ait du retard. Ça "
           "arrive souvent en décembre.\n\nNous vous envoyons le suivi lundi."),
    ("en", "Dear Mr Reid,\n\nSorry your parcel is late.\n\nAs is often the case in December, "
           "the delay comes from our carrier's depot.\n\nWe'll send you the tracking on "
           "Monday."),
])
def test_usual_case_with_the_cause_elsewhere_is_no_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- the fault on the customer's side ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Joly,\n\nLe colis est revenu chez nous. L'adresse de livraison a "
           "probablement été mal recopiée de votre côté.\n\nNous le renvoyons lundi."),
    ("en", "Hi Sam,\n\nThe voucher was refused at the till. The code was most likely "
           "mistyped on your end, which happens a lot.\n\nWe'll send a new one today."),
])
def test_fault_on_the_customers_side_is_blame(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Joly,\n\nLe colis est revenu chez nous. Il n'y a eu aucune erreur "
           "de votre côté : nous le renvoyons lundi."),
    ("en", "Hi Sam,\n\nThe voucher was refused at the till. There was no mistake on your "
           "end: we'll send a new one today."),
])
def test_fault_denied_on_the_customers_side_is_no_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- « vient de » read as a link of cause --------------------------------------------------
@pytest.mark.parametrize("text,linked", [
    ("la fuite vient de la pompe", True),
    ("le bruit vient du moteur", True),
    ("les traces viennent des joints", True),
    ("notre technicien vient de partir", False),
])
def test_vient_de_before_a_word_is_a_link_of_cause(text, linked):
    assert bool(_phrases("causal_links", "fr").search(text)) is linked


# -- proof before any further step ----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Lenoir,\n\nNotre caisse indique que votre avoir a été versé le 2 "
           "mai. Avant toute nouvelle démarche, merci de nous envoyer un relevé prouvant que "
           "la somme n'est pas arrivée.\n\nNous vérifierons sous 48 h."),
    ("en", "Dear Ms Hale,\n\nOur till shows your credit was paid on 2 May. Before any further "
           "action, please send us a statement proving the money never arrived.\n\nWe'll "
           "check it within 48 hours."),
])
def test_proof_demanded_before_any_further_step_is_doubt(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Lenoir,\n\nNous sommes désolés pour cet avoir en attente. Avant "
           "toute nouvelle démarche, merci de nous indiquer le numéro de votre commande.\n\n"
           "Nous vérifierons sous 48 h."),
    ("en", "Dear Ms Hale,\n\nSorry your credit hasn't arrived. Before any further action, "
           "please send us your order number.\n\nWe'll check it within 48 hours."),
])
def test_details_asked_before_any_further_step_are_no_doubt(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# -- the reaction called excessive ----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nLa mention « peut contenir du sésame » est obligatoire. "
           "Il ne faut pas tout prendre au pied de la lettre.\n\nNous vous envoyons la fiche "
           "allergènes aujourd'hui."),
    ("fr", "Bonjour Madame Roux,\n\nLe couvercle d'origine a été égaré, et franchement ce "
           "n'est pas la peine d'en faire une affaire.\n\nUn couvercle neuf part lundi."),
    ("en", "Hi Jo,\n\n\"May contain sesame\" is a legal line. No need to take it so literally."
           "\n\nWe'll email you the allergen sheet today."),
])
def test_reaction_called_excessive_is_condescension(lint, lang, text):
    assert "BL404" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nLa mention « peut contenir du sésame » est obligatoire ; "
           "pas la peine de vous inquiéter pour la commande de samedi, elle est sans sésame.\n\n"
           "Nous vous envoyons la fiche allergènes aujourd'hui."),
    ("en", "Hi Jo,\n\n\"May contain sesame\" is a legal line, and your order is made without "
           "sesame.\n\nWe'll email you the allergen sheet today."),
])
def test_worry_soothed_is_no_condescension(lint, lang, text):
    assert "BL404" not in sincerity(lint, text, lang)


# -- a diagnosis from the customer's description ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Caron,\n\nDésolés que votre tondeuse cale encore. D'après votre "
           "description, le problème vient d'un carburant laissé tout l'hiver dans le "
           "réservoir plutôt que de notre révision.\n\nApportez-la quand vous voulez : nous "
           "la contrôlons sous 5 jours."),
    ("en", "Dear Ms Grant,\n\nSorry your mower keeps stalling. From your description, the "
           "stalling comes from petrol left in the tank all winter rather than from our "
           "service.\n\nBring it in whenever suits you and we'll check it within 5 days."),
])
def test_cause_diagnosed_from_the_description_on_their_use_is_blame(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Caron,\n\nDésolés que votre tondeuse cale encore. D'après votre "
           "description, le problème vient d'un joint laissé de côté par notre atelier.\n\n"
           "Apportez-la quand vous voulez : nous la réparons sous 5 jours."),
    ("en", "Dear Ms Grant,\n\nSorry your mower keeps stalling. From your description, the "
           "stalling comes from a seal left loose by our workshop.\n\nBring it in whenever "
           "suits you and we'll fix it within 5 days."),
])
def test_cause_diagnosed_in_the_brands_hands_is_no_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- the explanation offered again, slowly ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Gallet, le gardiennage se facture au mètre de coque. Je vous le "
           "réexplique, lentement cette fois : 7 m, donc 7 fois le tarif. Je vous envoie la "
           "grille aujourd'hui."),
    ("en", "Hi Ms Lane, storage is charged per metre of hull. Happy to walk you through it "
           "again, slowly if needed. I'll email you the price list today."),
])
def test_explanation_offered_again_slowly_is_condescension(lint, lang, text):
    assert "BL404" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Gallet, le gardiennage se facture au mètre de coque. Je vous le "
           "réexplique volontiers par téléphone si vous le souhaitez. Je vous envoie la grille "
           "aujourd'hui."),
    ("en", "Hi Ms Lane, storage is charged per metre of hull. Happy to walk you through it "
           "again if needed. I'll email you the price list today."),
])
def test_explanation_offered_again_is_no_condescension(lint, lang, text):
    assert "BL404" not in sincerity(lint, text, lang)
