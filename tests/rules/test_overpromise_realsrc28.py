"""What the real copy of a public footprint calculator (realsrc28: news posts, help and
interface strings) taught the overpromise analysis, as concepts of the shared analysis:

- « toujours » means *still / as ever* before a quantity of some (« toujours quelques
  correctifs »), past a list heading's colon (« Et toujours : des bugs réparés »), before
  an option left open (« toujours la possibilité de »), and before a quality in a
  sentence announcing a change (« notre nouvelle page, toujours didactique »);
- the items of a list whose heading ends on a purpose opener (« afin de : ») are aims;
- a verbless "…, always our priority" states a value;
- a superlative ranking a thing of nature or a contributor to a physical quantity ranks
  the world, not the offer; advice is set against the market only by its own line; the
  brand or its own product said to BE the best way ranks its offer, a claim, not advice;
- a percentage closing a range or counting a share is a scale, not an absolute;
- a relative pronoun stands for the noun just before it (a third party's absolute);
- "necessary for life" is life, not a lifetime.

Each concept is silent in its true form and the near miss still fires, French and
English, on the real models; the sentences are our own. Every silent case fires on the
main branch before these concepts (checked on a checkout of it), so each one tests its
concept."""

from __future__ import annotations

import pytest

from brandlint.diagnostics import Severity

PROFILES = {
    "fr": """
brand: Pesaclim
language: fr
central_idea:
  statement: "Un guide public et gratuit pour agir pour le climat, geste par geste."
  lexicon: [climat, gestes, guide, agir]
channels:
  web: {tones: [collaboration]}
""",
    "en": """
brand: Pesaclim
language: en
central_idea:
  statement: "A free public guide to act for the climate, one step at a time."
  lexicon: [climate, steps, guide, act]
channels:
  web: {tones: [collaboration]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pesaclim", "web")


def warnings(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity >= Severity.WARNING]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour conclure ce mois, toujours quelques corrections de coquilles !"),
    ("fr", "Les nouveautés du mois :\nUn tableau de bord refait\nEt toujours : des erreurs "
           "corrigées"),
    ("fr", "Il y a évidemment toujours la possibilité d'entrer votre facture en euros."),
    ("fr", "Un nouveau tableau de bord : plus lisible, plus rapide et toujours pédagogique."),
    ("fr", "Cette version sert à mieux vous guider, afin de :\nmontrer le bilan global\n"
           "toujours vous proposer des gestes utiles."),
    ("en", "We closed many tickets, with the help of as many users as possible always our "
           "priority."),
])
def test_still_or_an_aim_is_no_absolute(lint_with, lang, text):
    assert warnings(lint_with(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos ateliers sont toujours passionnants."),  # no change announced
    ("fr", "Nos animateurs vous proposent toujours quelque chose de neuf."),
    ("en", "Our workshops never disappoint."),
])
def test_always_as_a_performance_still_fires(lint_with, lang, text):
    assert "BL301" in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Hofsjökull est la plus grande calotte glaciaire de l'ouest d'Islande."),
    ("fr", "C'est le troisième glacier le plus long d'Europe."),
    ("en", "The only glacier in the Jura, the Glacier du Mont is a small cirque glacier."),
    ("en", "Lighting (and, to a lesser degree, cooling) is the largest single source of "
           "energy use in the office, and thus of carbon emissions."),
    ("fr", "Une comparaison avec la moyenne mondiale\nDes fiches mieux reliées : la "
           "meilleure façon d'avancer, c'est de connaître ses chiffres"),
])
def test_the_world_ranked_or_advice_is_no_superlative(lint_with, lang, text):
    assert "BL303" not in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre calculateur est le plus précis de France."),
    ("en", "Our calculator is the most accurate in the country."),
    ("en", "Pesaclim is the largest carbon calculator in Europe."),
])
def test_the_offer_ranked_still_fires(lint_with, lang, text):
    assert "BL303" in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous affectons à chaque secteur une part, de 0 à 100%, de l'empreinte."),
    ("fr", "La ligne « Défense » est bien sûr incluse d'office à 100% dans les services "
           "publics."),
    ("en", "We give each sector a share, from 0 to 100%, of the public footprint."),
    ("fr", "Et c'est ce qu'il se passe au Chili qui tente de sauver coûte que coûte son glacier."),
    ("en", "Nitrogen is an element essential for life on Earth."),
])
def test_a_scale_a_third_party_or_life_is_no_absolute(lint_with, lang, text):
    assert "BL301" not in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos résultats sont fiables à 100%."),
    ("en", "Our results are 100% accurate."),
    ("fr", "Nous tiendrons coûte que coûte nos délais de calcul."),
    ("en", "Your calculator account is guaranteed for life."),
])
def test_the_brands_absolutes_still_fire(lint_with, lang, text):
    assert "BL301" in warnings(lint_with(lang, text))


# Third parties named beside the brand's own performance do not make it theirs. (This
# test first asserted that "… and are never shared with third parties" fires; since round
# 47 a coordinated verb reads the reader's data as its subject, and what the brand does
# with that data is its data policy, which issue 7 asks not to report, as the plain "Your
# data is never shared with third parties" already was not: test_overpromise_op62.py.)
@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos bilans sont calculés en France et ne tombent jamais en panne chez des tiers."),
    ("en", "Your results are computed in France and are never skewed by third parties."),
])
def test_never_with_third_parties_still_fires(lint_with, lang, text):
    assert "BL301" in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Avec son nouveau moteur, notre calculateur est le meilleur moyen de mesurer "
           "votre empreinte."),
    ("fr", "Pesaclim est la meilleure façon de suivre vos gestes pour le climat."),
    ("en", "With its new engine, our calculator is the best way to measure your footprint."),
    ("en", "Pesaclim is the best way to track your climate steps."),
    ("fr", "Le nouveau Géoclim est le meilleur moyen de suivre vos gestes."),
    ("en", "The new Velora app is the best way to scan your food."),
])
def test_the_brands_offer_said_to_be_the_best_way_is_a_claim(lint_with, lang, text):
    assert "BL303" in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "La meilleure façon d'agir, c'est de commencer par un geste simple."),
    ("fr", "Le train est le meilleur moyen de voyager en Europe."),
    ("fr", "Le meilleur moyen de nous joindre reste le formulaire de contact."),
    ("en", "The best way to act is to start with one simple step."),
    ("en", "The train is the best way to travel across Europe."),
    ("en", "The best way to reach us is the contact form."),
    ("fr", "Discord est le meilleur moyen d'échanger avec les autres bénévoles."),
    ("en", "Matrix is the best way to chat with the other volunteers."),
])
def test_the_best_way_with_no_brand_holder_stays_advice(lint_with, lang, text):
    # silent before and after: the way is the subject, or what is said to be the best
    # way is not the brand's (a tool it points to, not a name it launches): a guard that
    # the claim reading does not reach advice
    assert "BL303" not in warnings(lint_with(lang, text))
