"""What real copy of an open-data non-profit (issue 7, Open Food Facts judged at first
run) taught the overpromise analysis, as concepts of the shared frame: a purpose clause
states an aim, not a result (modality *aim*: reported one level lower); a superlative
bounded by *possible* ranks what can be had, not the competitors; a compound past in the
conditional tells what did not happen (modality *counterfactual*: no commitment); a
verbless adverbial cut off by commas before its verb is read in that verb's time
(« et, chaque fois, nous avons rencontré… » is past). Each concept stays silent in its
true form and fires in its near miss, in French and English, on the real models. The
sentences are our own."""

from __future__ import annotations

import pytest

from brandlint.diagnostics import Severity

PROFILES = {
    "fr": """
brand: Panoria
language: fr
central_idea:
  statement: "Une carte ouverte des boulangeries, faite par tous pour tous."
  lexicon: [carte, boulangerie, ouverte, contributeurs]
channels:
  web: {tones: [collaboration]}
""",
    "en": """
brand: Panoria
language: en
central_idea:
  statement: "An open map of bakeries, made by everyone for everyone."
  lexicon: [map, bakery, open, contributors]
channels:
  web: {tones: [collaboration]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "panoria", "web")


def warnings(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity >= Severity.WARNING]


def frame_of(analyse, text, word, lang):
    a = analyse(text, lang)
    token = next(t for t in a.doc if t.lower_ == word.lower())
    return a.frame(token)


# -- the frame's slots ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text,word,modality", [
    ("fr", "Pour rendre la recherche la plus simple, nous avons classé les boulangeries.",
     "plus", "aim"),
    ("fr", "Afin que chaque fiche reste lisible, nous limitons les photos.", "reste", "aim"),
    ("fr", "Nous avons classé les boulangeries pour les clients les plus pressés.", "plus",
     "firm"),  # « pour » before a noun: no purpose
    ("fr", "Sans nos bénévoles, nous n'aurions probablement jamais ouvert la carte.",
     "jamais", "counterfactual"),
    ("fr", "Nous serions ravis de vous voir à l'atelier.", "ravis", "firm"),
    ("en", "To guarantee that we stay independent, Panoria accepts no advertising.",
     "guarantee", "aim"),
    ("en", "In order to keep every page readable, we limit the photos.", "keep", "aim"),
    ("en", "We send the map to you within the hour.", "hour", "firm"),  # "to" + noun
    # a bare "to" that continues a pledge is its complement, no purpose
    ("en", "Panoria commits itself to keep the map open, and to never close it.", "close",
     "firm"),
])
def test_purpose_and_counterfactual_modality(analyse, lang, text, word, modality):
    assert frame_of(analyse, text, word, lang).modality == modality


@pytest.mark.parametrize("lang,text,word,time", [
    ("fr", "Nous avons visité quarante écoles et, chaque fois, nous avons rencontré des "
           "enseignants motivés.", "fois", "past"),
    ("fr", "Chaque fois, votre commande arrivera complète.", "fois", "future"),
    ("en", "We asked forty bakers and, without exception, they have said yes.", "exception",
     "past"),
    ("en", "Without exception, your order will arrive complete.", "exception", "future"),
])
def test_a_fronted_adverbial_takes_the_time_of_its_verb(analyse, lang, text, word, time):
    assert frame_of(analyse, text, word, lang).time == time


@pytest.mark.parametrize("lang,text,word", [
    # a phrase in "with" / « avec » is no clause whose time the adverbial could take
    ("en", "Within 2 hours of the visit, by email, with every part explained line by line.",
     "hours"),
    ("fr", "Sous 2 heures après la visite, par e-mail, avec chaque poste expliqué ligne par "
           "ligne.", "heures"),
])
def test_an_adverbial_before_a_with_phrase_keeps_its_own_time(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang).time != "past"


# -- an aim, not a result --------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour rendre la recherche la plus simple et rapide, nous avons classé les "
           "boulangeries par quartier."),
    ("fr", "Afin de garantir que nos comptes restent publics, la coopérative publie son "
           "bilan chaque année."),
    ("en", "To guarantee that we stay independent, Panoria accepts no advertising."),
    ("en", "To ensure we draw the best map for our contributors, every edit is reviewed "
           "twice."),
])
def test_a_purpose_clause_is_no_warning(lint_with, lang, text):
    assert warnings(lint_with(lang, text)) == []


@pytest.mark.parametrize("lang,text,code", [
    ("fr", "Notre recherche est la plus simple et la plus rapide du marché.", "BL303"),
    ("fr", "Panoria garantit que chaque adresse est vérifiée.", "BL301"),
    ("en", "Panoria guarantees that every address is checked.", "BL301"),
    ("en", "We draw the best bakery map in the country.", "BL303"),
])
def test_near_miss_the_same_words_asserted_still_fire(lint_with, lang, text, code):
    assert code in warnings(lint_with(lang, text))


# -- the best that can be had ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons dessiné la carte la plus lisible possible avec les données "
           "disponibles."),
    ("en", "We draw the best map possible with the data we have."),
    ("en", "Aim for the best photo possible: daylight, no flash, the whole shop front."),
])
def test_a_superlative_bounded_by_possible_ranks_no_competitor(lint_with, lang, text):
    assert "BL303" not in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Panoria dessine la carte la plus lisible du pays."),
    ("en", "We draw the best map in the country."),
])
def test_near_miss_a_superlative_over_the_market_fires(lint_with, lang, text):
    assert "BL303" in warnings(lint_with(lang, text))


# -- what did not happen; a past told with a fronted adverbial --------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Sans nos bénévoles, nous n'aurions probablement jamais ouvert la carte aux "
           "pâtissiers."),
    ("en", "Without our volunteers, we would probably never have opened the map to pastry "
           "shops."),
    ("fr", "Nous avons visité quarante écoles et, chaque fois, nous avons rencontré des "
           "enseignants motivés."),
    ("en", "We asked forty bakers and, without exception, they have said yes."),
])
def test_a_counterfactual_or_a_told_past_commits_nothing(lint_with, lang, text):
    assert "BL301" not in warnings(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre carte ne tombe jamais en panne."),
    ("fr", "Nous serions ravis de vous voir : notre carte ne ment jamais."),
    ("fr", "Chaque fois, votre commande arrivera complète et chaude."),
    ("en", "Our map never goes down."),
    ("en", "Without exception, your order will arrive complete and warm."),
])
def test_near_miss_a_present_or_future_absolute_fires(lint_with, lang, text):
    assert "BL301" in warnings(lint_with(lang, text))
