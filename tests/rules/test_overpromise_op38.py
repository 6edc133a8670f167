"""Op38 (issue 7, real-text checks 34 and 35): BL301/BL304 on real web copy.

- Hours said as the most a plan gives ("Email support: up to 24/7", « Assistance : jusqu'à
  24 h/24 ») are a ceiling over tiers, not the hours every customer is promised (BL304).
- On a page that prices a subscription per seat or per period, a guarantee of service
  measures named without their value ("we can guarantee turn-around times on fixes") is
  the service-level agreement on sale: the guarantee is the product (BL301).
- An allowance under a caption that says where its limits come from ("Limits imposed by
  your plan or your own infrastructure" over "Unlimited storage") is qualified (BL301).
- An absolute adverb that times how an audience takes a topic ("explaining it always
  sparks a lot of interest") or how a feature sorts what it shows ("your favourites are
  always shown first") describes; it claims no performance (BL301).
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Nuagerie
language: fr
central_idea:
  statement: "Vos fichiers chez vous, partagés en confiance."
  lexicon: [fichier, partage, confiance, serveur]
channels:
  web: {tones: [solution], idea: false}
promises:
  response: {within: 48h}
""",
    "en": """
brand: Nuagerie
language: en
central_idea:
  statement: "Your files at home, shared with trust."
  lexicon: [file, share, trust, server]
channels:
  web: {tones: [solution], idea: false}
promises:
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nuagerie", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


# availability said as a plan's ceiling

@pytest.mark.parametrize("lang,text", [
    ("fr", "Offre Pro\n\nÀ partir de 90 € par an\n\nService client : jusqu'à 24 h/24 et 7 j/7"),
    ("en", "Pro plan\n\nFrom €90 a year\n\nCustomer service: up to 24/7"),
])
def test_availability_as_a_plans_ceiling_does_not_fire(lint, lang, text):
    assert "BL304" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Offre Pro\n\nÀ partir de 90 € par an\n\nService client : 24 h/24 et 7 j/7"),
    ("en", "Pro plan\n\nFrom €90 a year\n\nCustomer service: 24/7"),
])
def test_availability_said_outright_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    # « jusqu'à » before a clock time says when the line closes: the hours promised
    ("fr", "Offre Pro\n\nÀ partir de 90 € par an\n\nService client joignable jusqu'à 21 h, "
           "du lundi au samedi"),
    # (English says "until 9 pm", no ceiling word: the French « jusqu'à » is both)
])
def test_a_closing_time_after_until_is_no_ceiling(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


# a service-level agreement on a price list

@pytest.mark.parametrize("lang,text", [
    ("fr", "Option contrat de service\n\nNous garantissons des délais d'intervention "
           "sur les correctifs.\n\n50 utilisateurs : 40 €/utilisateur/an"),
    ("en", "Service contract option\n\nWe can guarantee response times on patches for "
           "outages.\n\n50 users: €40/user/year"),
])
def test_guaranteed_service_measures_on_a_price_list_do_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Option contrat de service\n\nNous garantissons des délais d'intervention "
           "sur les correctifs."),
    ("en", "Service contract option\n\nWe can guarantee response times on patches for "
           "outages."),
])
def test_the_same_guarantee_off_a_price_list_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Offre Pro\n\nNous garantissons une sécurité totale de vos fichiers.\n\n"
           "50 utilisateurs : 40 €/utilisateur/an"),
    ("en", "Pro plan\n\nWe guarantee total security for your files.\n\n"
           "50 users: €40/user/year"),
])
def test_another_guarantee_on_a_price_list_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


# an allowance under a caption that tells its limits

@pytest.mark.parametrize("lang,text", [
    ("fr", "Comparer les offres\n\nLimites fixées par votre offre ou votre propre serveur\n\n"
           "Stockage illimité\n\nPartage de gros fichiers"),
    ("en", "Compare plans\n\nLimits set by your plan or your own server\n\n"
           "Unlimited storage\n\nLarge file sharing"),
])
def test_unlimited_under_a_caption_of_its_limits_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Comparer les offres\n\nNos offres pour les équipes\n\n"
           "Stockage illimité\n\nPartage de gros fichiers"),
    ("en", "Compare plans\n\nOur plans for teams\n\n"
           "Unlimited storage\n\nLarge file sharing"),
])
def test_unlimited_under_another_caption_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


# descriptive absolutes: an audience's reaction, a sort order

@pytest.mark.parametrize("lang,text", [
    ("fr", "Montrer comment nous pouvons partager un dossier sans géant suscite toujours "
           "beaucoup d'intérêt et d'enthousiasme."),
    ("en", "We have run workshops in ten towns. Showing how to share a folder without "
           "handing it to a giant always sparks a lot of interest."),
])
def test_an_audiences_reaction_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons animé des ateliers dans dix villes. Notre serveur synchronise "
           "toujours vos dossiers sans erreur."),
    ("en", "We have run workshops in ten towns. Our server always syncs your folders "
           "without errors."),
])
def test_a_performance_beside_it_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos dossiers favoris sont toujours affichés en premier."),
    ("en", "Your favourite folders are always shown first in the list."),
])
def test_a_sort_order_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos dossiers favoris sont toujours synchronisés en premier."),
    ("en", "Your favourite folders are always synced first."),
])
def test_an_act_done_first_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))
