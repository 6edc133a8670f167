"""What the real copy of a food database and a privacy search engine (realsrc29: web
pages, help and interface strings) taught the overpromise analysis, as concepts of the
shared analysis:

- a superlative that ranks a third party — an institution, a market actor the offer
  acts on, the participants of a contest — or a priority ranks someone else's, not the
  brand's offer against its competitors (the small French model's swapped tags in « les
  meilleurs explorateurs » read back);
- a superlative naming one end of a scale whose other end the sentence names in a range
  (« du vert pour les plus sains au rouge pour les moins sains ») explains a scale;
- a percentage heading a row of a table of figures (« 100 % : jus ») is a value read off
  the table, no absolute;
- an absolute in a relative clause in the perfect (« un magasin que vous n'avez jamais
  visité ») describes a past, even when the parse hangs the clause on its auxiliary;
- a guarantee whose subject is set apart by *only* and is the reader's own doing, not
  the brand's (« Seul un test sur votre propre téléphone garantit… ») is a disclaimer;
- « toujours » between a verb of search or wait and a demonstrative (« nous recherchons
  toujours ce produit ») is *still*.

Texts of our own, under two real profiles; each silent case fires at 74a1775, before
these concepts, and each near miss still fires after them."""

from __future__ import annotations

import pytest

from brandlint.diagnostics import Severity


@pytest.fixture(scope="module")
def lint_with(lint_profiles):
    run = lint_profiles({"fr": "profiles/real-openfoodfacts.yaml",
                         "en": "profiles/real-duckduckgo-en.yaml"}, "web")
    return lambda lang, text: run(text, lang)


def warnings(diagnostics, code):
    return [d.code for d in diagnostics if d.code == code and d.severity >= Severity.WARNING]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre outil cible les plus gros courtiers de données du pays."),
    ("fr", "Pendant le défi, nous suivrons les meilleurs contributeurs et ambassadeurs "
           "bénévoles."),
    ("fr", "Le code couleur va du vert foncé (A) pour les produits les plus sains au rouge "
           "foncé (E) pour les moins sains."),
    ("en", "Our removal service targets the largest data brokers."),
    ("en", "Food safety is the highest priority at schools and hospitals."),
])
def test_a_third_party_a_priority_or_a_scale_ranked_is_no_superlative(lint_with, lang, text):
    assert warnings(lint_with(lang, text), "BL303") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Open Food Facts est la meilleure base alimentaire du monde."),
    ("fr", "Nos fiches sont les plus complètes et les moins chères de France."),
    ("en", "DuckDuckGo is the best private search engine in the world."),
    ("en", "Our app is the most private and the least intrusive in the country."),
])
def test_the_offer_ranked_still_fires(lint_with, lang, text):
    assert "BL303" in warnings(lint_with(lang, text), "BL303")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Valeurs retenues par défaut :\n100 % : jus d'orange\n80 % : soupes\n"
           "40 % : biscuits"),
    ("en", "Default values:\n100%: orange juice\n80%: soups\n40%: biscuits"),
    ("fr", "Ces produits peuvent se trouver dans un magasin que vous n'avez jamais visité."),
    ("fr", "Nous recherchons toujours ce yaourt !"),
    ("fr", "Seul un test sur votre propre téléphone garantit que l'application "
           "fonctionnera."),
    ("en", "Only testing the app on your own phone can guarantee it will work for you."),
])
def test_a_table_a_past_a_search_or_a_disclaimer_is_no_absolute(lint_with, lang, text):
    assert warnings(lint_with(lang, text), "BL301") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos données sont fiables à 100 % : aucune erreur."),
    ("en", "Our data is 100%: accurate, every time."),
    ("fr", "Nos étiquettes ne sont jamais fausses."),
    ("fr", "Seul Open Food Facts garantit des étiquettes exactes."),
    ("en", "Only DuckDuckGo can guarantee that your searches stay private."),
    ("en", "Only a real private search engine guarantees your privacy!"),
    ("en", "Our results are never wrong."),
])
def test_the_brands_absolutes_still_fire(lint_with, lang, text):
    assert "BL301" in warnings(lint_with(lang, text), "BL301")
