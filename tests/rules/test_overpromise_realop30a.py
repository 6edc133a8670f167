"""What a blind reading of real BL303 findings (realop30a) taught the superlative reading,
as concepts of the shared analysis:

- a superlative said of someone else ranks them, not the brand's offer: a named company
  when what is ranked is a company (`organisation_nouns`: "X is the leading European
  hosting provider"), a name set off by commas that then acts on the brand (« X, la
  plateforme n°1 en Belgique, utilise Open Food Facts »), or a commons of the world
  (`world_commons`: « Le Web est la bibliothèque la plus vaste jamais bâtie »);
- a superlative of use or frequency over things in the plural, with no market in view,
  sorts the items of the product or of the reader's world (`use_frequency_adjectives`:
  "the most popular products", « les questions les plus fréquentes »);
- a gerund or an infinitive as the subject of "the best way" is the reader's act ranked
  among ways — advice, even with the brand's name in its object — unless it is an act
  of taking the offer up (`adopting_verbs`: "Using Nextcloud is the best way…");
- a superlative in a purpose complement of the brand's verb ("… to ensure you get the
  best answer") is an aim: reported one level lower.

Texts of our own, under three real profiles; each silent case fires at 8bdd882, before
these concepts, except the French act as the best way (silent before and after: a
guard), and each near miss still fires after them."""

from __future__ import annotations

import pytest

from brandlint.diagnostics import Severity


@pytest.fixture(scope="module")
def lint_with(lint_profiles):
    run = lint_profiles({"fr": "profiles/real-openfoodfacts.yaml",
                         "en": "profiles/real-nextcloud-en.yaml"}, "web")
    return lambda lang, text: run(text, lang)


@pytest.fixture(scope="module")
def lint_moz(lint_profiles):
    run = lint_profiles({"fr": "profiles/real-mozilla-fr.yaml"}, "web")
    return lambda text: run(text, "fr")


def bl303(diagnostics, minimum=Severity.WARNING):
    return [d for d in diagnostics if d.code == "BL303" and d.severity >= minimum]


@pytest.mark.parametrize("lang,text", [
    ("en", "Our partner Hostello is the leading European hosting provider."),
    ("en", "Brightcamp, the most popular learning platform in Belgium, uses Nextcloud "
           "for its course files."),
    ("en", "Principle 2\n\nThe web is the most powerful collaboration resource of our "
           "time."),
    ("fr", "Hostello est le premier hébergeur européen et le fournisseur n°1 en Europe."),
    ("fr", "Campus Lumen, la plateforme de cours n°1 en Belgique, utilise Open Food Facts "
           "dans ses ateliers."),
])
def test_a_third_party_or_the_world_ranked_is_no_superlative(lint_with, lang, text):
    assert bl303(lint_with(lang, text)) == []


def test_a_commons_of_the_world_ranked_is_no_superlative_fr(lint_moz):
    assert bl303(lint_moz("Notre engagement\n\nLe Web ouvert et mondial est l'outil de "
                          "communication et d'entraide le plus puissant jamais inventé.")) == []


@pytest.mark.parametrize("text", [
    "Notre engagement\n\nNotre navigateur est l'outil de communication et d'entraide le "
    "plus puissant du marché.",
    "Notre engagement\n\nLe Web est ouvert, et Firefox est l'outil de communication et "
    "d'entraide le plus puissant du marché.",
])
def test_the_offer_beside_the_commons_still_fires_fr(lint_moz, text):
    assert bl303(lint_moz(text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Nextcloud is the leading European collaboration provider."),
    ("en", "Our partner Hostello says Nextcloud is the leading collaboration platform "
           "in Europe."),
    ("fr", "Open Food Facts, la base alimentaire n°1 en France, aide les familles."),
    ("fr", "Notre application est la plus complète du monde."),
    ("en", "Principle 2\n\nThe web is open, and Nextcloud is the most powerful "
           "collaboration platform of our time."),
])
def test_the_brand_ranked_still_fires(lint_with, lang, text):
    assert bl303(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Starting the sync of the most popular apps"),
    ("en", "The app first downloads the most popular products to your phone."),
    ("fr", "Voici la liste des produits les plus consultés sur Open Food Facts :"),
    ("fr", "- Les recettes les plus courantes"),
])
def test_items_sorted_by_use_are_no_superlative(lint_with, lang, text):
    assert bl303(lint_with(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Nextcloud is the most popular self-hosted collaboration platform."),
    ("en", "Our apps are the most popular in the world."),
    ("fr", "Open Food Facts est l'application alimentaire la plus populaire de France."),
])
def test_the_offer_ranked_by_popularity_still_fires(lint_with, lang, text):
    assert bl303(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Reporting bugs in upcoming Nextcloud releases is the best way to help."),
    ("en", "Translating Nextcloud into your language is the best way to help us."),
    ("fr", "Signaler les erreurs des fiches est le meilleur moyen d'aider le projet."),
])
def test_the_readers_act_as_the_best_way_is_advice(lint_with, lang, text):
    assert bl303(lint_with(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Using Nextcloud is the best way to keep your files safe."),
    ("en", "And running your own Nextcloud server is the best way to get your privacy "
           "back!"),
    ("en", "Nextcloud is the best way to share files with your team."),
    ("fr", "Notre application est le meilleur moyen de bien choisir vos produits."),
])
def test_the_offer_as_the_best_way_still_fires(lint_with, lang, text):
    assert bl303(lint_with(lang, text))


def test_an_aim_in_a_purpose_complement_is_reported_lower(lint_with, lint_moz):
    for diagnostics in (
            lint_with("en", "We answer every ticket ourselves to ensure you get the best "
                            "answer quickly."),
            lint_moz("Nous vous offrons un accès direct à nos ingénieurs pour que vous "
                     "obteniez toujours la meilleure réponse.")):
        assert bl303(diagnostics) == []
        assert bl303(diagnostics, Severity.INFO)


@pytest.mark.parametrize("lang,text", [
    ("en", "We give you the best answer in the industry."),
    ("fr", "Nous vous donnons la meilleure information du marché."),
])
def test_the_same_superlative_asserted_still_fires(lint_with, lang, text):
    assert bl303(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Export app to allow users to download their data\n\nCut costs and risks with "
           "the leading collaboration platform."),
])
def test_a_purpose_on_another_line_lowers_nothing(lint_with, lang, text):
    assert bl303(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Nextcloud is one of the most popular collaboration platforms."),
    ("fr", "Open Food Facts est l'une des applications alimentaires les plus populaires."),
])
def test_one_of_the_most_popular_still_fires_lower(lint_with, lang, text):
    assert bl303(lint_with(lang, text), Severity.INFO)
