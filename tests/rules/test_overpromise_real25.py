"""What real help-centre copy (a privacy tool's FAQ, round 25) taught the overpromise
analysis, as concepts of the shared frame and claim reading: what the brand does with the
reader's data ("never sends your location to our servers") is a policy it keeps by itself;
the state a setting puts the product in ("always encrypted", "safe search set to strict")
is a fact of configuration; an immediacy word in a feature's name ("the Map Instant
Answer") or in a list of kinds ("features including news and instant answers") is no
delay; *the only* that limits an act of the brand's own ("the only time we use your
location") or fits one of its own products ("the only VPN that works with Orvane Shield")
ranks nobody; hours on an act of a crowd ("every day, millions of people choose us to
browse online") are theirs; an interest ("we're always interested in…") is courtesy.
Each concept stays silent in its true form and fires in its near miss, in French and
English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Orvane
language: fr
central_idea:
  statement: "Naviguer sans être suivi, simplement."
  lexicon: [vie privée, suivi, simple]
channels:
  help: {tones: [reassurance]}
""",
    "en": """
brand: Orvane
language: en
central_idea:
  statement: "Browse without being followed, simply."
  lexicon: [privacy, tracking, simple]
channels:
  help: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "orvane25", "help")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


# -- the reader's data: a policy the brand keeps by itself ---------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre moteur ressemble aux autres, mais il ne suit jamais vos recherches."),
    ("fr", "Pour afficher la météo, l'appli n'envoie jamais votre position à nos serveurs."),
    ("fr", "Votre phrase secrète ne quitte jamais votre ordinateur."),
    ("en", "Our map looks like any other, but it never tracks your searches."),
    ("en", "To show the weather, the app never sends your location to our servers."),
    ("en", "Your passphrase never leaves your computer, only the derived key does."),
    ("en", "These details are kept on your phone and never shared with Orvane."),
])
def test_what_the_brand_does_with_the_readers_data_is_policy(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre colis ne quitte jamais notre entrepôt en retard."),
    ("fr", "Notre appli ne plante jamais, même sur un vieux téléphone."),
    ("en", "Your parcel never leaves our warehouse late."),
    ("en", "Our app never crashes, even on an old phone."),
])
def test_near_miss_the_readers_goods_or_a_performance_still_claim(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- the state a setting puts the product in -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "La connexion à Orvane Recherche est toujours chiffrée, regardez l'adresse."),
    ("en", "Orvane Search is always encrypted: look at the address bar."),
    ("en", "Searches from kids.orvane.example always have the filter set to strict."),
])
def test_a_configured_state_is_a_mechanism_not_a_claim(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Avec Orvane, vos pages sont toujours rapides."),
    ("en", "With Orvane, your pages are always fast."),
])
def test_near_miss_a_quality_is_still_an_absolute_claim(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- an immediacy word in a feature's name or a list of kinds ------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Depuis la Réponse Instantanée des résultats, touchez l'icône de position."),
    ("en", "From the Map Instant Answer, tap the location icon."),
    ("en", "Use the arrow keys to move between Instant Answer tabs."),
    ("en", "Orvane Search has the features you expect, including images, news, instant "
           "answers and more."),
    ("fr", "Orvane Recherche a les fonctions attendues, y compris images, actualités, réponses "
           "instantanées et plus encore."),
])
def test_an_immediacy_word_naming_a_feature_or_a_kind_is_no_delay(lint_with, lang, text):
    assert "BL304" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous traitons votre remboursement instantanément au comptoir."),
    ("en", "Get Instant refunds at our desk."),
    ("en", "We give instant refunds at our desk."),
])
def test_near_miss_immediacy_on_the_brands_act_is_a_delay(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text))


# -- "the only" that limits the brand's own act or fits its own products --------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The only time we use your exact location is to draw the map you asked for."),
    ("en", "The only personal data we may receive are the confirmation emails of the sites."),
    ("en", "Orvane VPN is the only VPN that works with Orvane Shield on Android."),
    ("en", "Orvane VPN is the only VPN compatible with Orvane Shield for Android."),
    ("fr", "Orvane VPN est le seul VPN compatible avec Orvane Bouclier sur Android."),
    ("fr", "La seule fois où nous utilisons votre position exacte, c'est pour dessiner la carte."),
    ("fr", "La seule donnée que nous recevons est l'e-mail de confirmation du site."),
])
def test_only_limiting_the_brands_act_or_fitting_its_products_ranks_nobody(lint_with, lang,
                                                                           text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Orvane VPN is the only VPN compatible with every router on the market."),
    ("fr", "Orvane VPN est le seul VPN compatible avec tous les routeurs du marché."),
    ("fr", "Orvane VPN est le seul VPN qui fonctionne avec tous les routeurs."),
])
def test_near_miss_only_over_an_open_set_is_a_superlative(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


# -- hours on an act of a crowd; an interest -------------------------------------------

def test_hours_on_a_crowds_act_are_theirs(lint_with):
    text = "Every day, millions of people choose Orvane to search and browse online."
    assert "BL304" not in codes(lint_with("en", text))


def test_near_miss_the_brands_team_every_day_is_availability(lint_with):
    text = "Every day, our team answers your questions online."
    assert "BL304" in codes(lint_with("en", text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes toujours intéressés par de nouveaux partenariats."),
    ("en", "We're always interested in exploring new partnerships."),
])
def test_an_interest_is_courtesy(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


# -- an absolute brought short of itself -----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Combien d'alias puis-je créer ? En pratique illimités ! Il existe une limite par "
           "jour."),
    ("en", "How many aliases can I create? Effectively unlimited! There is a daily limit."),
])
def test_an_absolute_said_effectively_is_approximated(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Combien d'alias puis-je créer ? Illimités ! Créez-en autant que vous voulez."),
    ("en", "How many aliases can I create? Unlimited! Create as many as you like."),
])
def test_near_miss_a_bare_unlimited_is_a_claim(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))
