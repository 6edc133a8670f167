"""BL5xx on lemmas: inflections are caught, the replacement is suggested, quotes are left."""

from __future__ import annotations

import pytest

from tests.conftest import codes


@pytest.mark.parametrize("lang,text,term", [
    ("fr", "Des cadeaux pas chers pour Noël.", "pas chers"),
    ("fr", "Une boîte pas chère, mais solide.", "pas chère"),
    ("fr", "Fini le low cost : place aux idées.", "low cost"),
    ("en", "Our low cost range is back.", "low cost"),
    ("en", "A dirt cheap gift for every child.", "dirt cheap"),
])
def test_forbidden_term_fires_in_any_inflection(lint, lang, text, term):
    found = [d for d in lint(text, lang) if d.code == "BL501"]
    assert found and found[0].text.lower() == term


def test_forbidden_term_in_customer_quote_does_not_fire(lint):
    text = "Vous nous écrivez : « ce n'était pas cher mais la boîte était abîmée »."
    assert "BL501" not in codes(lint(text, channel="after_sales"))


def test_word_that_only_contains_a_forbidden_term_does_not_fire(lint):
    assert "BL501" not in codes(lint("Un cadeau qui n'est pas cheap du tout, et pas cher-payé."
                                     .replace("pas cher-payé", "précieux")))


@pytest.mark.parametrize("lang,text,found,replacement", [
    ("fr", "Nos consommateurs adorent construire.", "consommateurs", "clients"),
    ("fr", "Consommateur exigeant ? Venez construire.", "Consommateur", "Client"),
    ("en", "Our consumers love building together.", "consumers", "customers"),
])
def test_preferred_term_suggests_the_brand_word(lint, lang, text, found, replacement):
    (d,) = [d for d in lint(text, lang) if d.code == "BL502"]
    assert d.text == found and d.replacement == replacement
    assert replacement in d.suggestion  # « écrivez « clients » », "write “customers”"
    assert d.applicability == "safe"


@pytest.mark.parametrize("lang,text,found,replacement", [
    # the feminine form: « Chère » would stay feminine before « client »
    ("fr", "Chère consommatrice, merci pour votre message.", "consommatrice", "client"),
    # `jouet bon marché` (masculine) -> `boîte de construction` (feminine): « un » changes
    ("fr", "Un jouet bon marché pour construire.", "jouet bon marché",
     "boîte de construction"),
    # a multi-word plural is not one the rule is sure of
    ("en", "Cheap toys for every child to build.", "Cheap toys", "Building set"),
])
def test_preferred_term_that_changes_agreement_is_an_unsafe_fix(lint, lang, text, found,
                                                                  replacement):
    (d,) = [d for d in lint(text, lang) if d.code == "BL502"]
    assert d.text == found and d.replacement == replacement
    assert d.applicability == "unsafe" and any(
        words in d.advice for words in ("adjusting the words that agree",
                                        "en accordant les mots qui en dépendent"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos clients adorent construire ensemble."),
    ("en", "Our customers love building together."),
])
def test_brand_vocabulary_does_not_fire(lint, lang, text):
    assert codes(lint(text, lang), "BL5") == []


def test_position_points_at_the_term(lint):
    (d,) = [d for d in lint("Bonjour !\nNos consommateurs adorent construire.")
            if d.code == "BL502"]
    assert (d.line, d.column, d.end_line, d.end_column) == (2, 5, 2, 18)


# A one-noun term and an adjective or adverb of the same lemma are two words: "goods"
# (lemma "good") is not "good service" nor "the best"; « biens » is not « bien ».
TERM_PROFILES = {
    "fr": """brand: Malle
language: fr
central_idea: {statement: "Déménager l'esprit léger.", lexicon: [léger, soin]}
channels: {email: {tones: [reassurance]}}
terms: {prefer: {biens: affaires, meubles: mobilier}}
""",
    "en": """brand: Malle
language: en
central_idea: {statement: "Move with a light heart.", lexicon: [light, care]}
channels: {email: {tones: [reassurance]}}
terms: {prefer: {goods: belongings}}
""",
}


@pytest.fixture(scope="module")
def lint_terms(lint_profile_texts):
    return lint_profile_texts(TERM_PROFILES, "malle")


@pytest.mark.parametrize("lang,text,found", [
    ("en", "Your goods are wrapped and loaded by noon.", "goods"),
    ("en", "Every good you own is insured.", "good"),
    ("fr", "Nous prenons bien soin de vos biens.", "biens"),
    ("fr", "Un meuble bien emballé arrive entier.", "meuble"),
])
def test_a_noun_term_fires_as_the_noun(lint_terms, lang, text, found):
    assert [d.text for d in lint_terms(lang, text) if d.code == "BL502"] == [found]


@pytest.mark.parametrize("lang,text", [
    ("en", "We offer good service and better prices."),
    ("en", "Nantes' best movers, with the best of both worlds."),
    ("fr", "Tout se passe bien, le carton est bien fermé."),
])
def test_an_adjective_of_the_same_lemma_is_not_the_noun_term(lint_terms, lang, text):
    assert "BL502" not in codes(lint_terms(lang, text))


# The profile's flagged words as the brand wrote them: a French adjective or participle in
# any agreement (« bradé » met as « bradées »), never through a lemma the model guessed for
# the bare entry (« remise » read as the verb « remettre », "processed" as "process"); and
# a quoted title the brand gives its own event is the brand's words.
FLAGGED_PROFILES = {
    "fr": """brand: Pichet
language: fr
central_idea:
  statement: "Le goût des fruits du verger, pressés chez nous."
  lexicon: [fruit, verger, presser, goût, jus]
  avoid: [remise, rabais, "@price"]
channels: {email: {tones: [joy]}, shop: {tones: [deal]}}
terms: {prefer: {aveugle: malvoyant}, forbid: [bradé, industriel]}
""",
    "en": """brand: Pichet
language: en
central_idea:
  statement: "The taste of orchard fruit, pressed on our farm."
  lexicon: [fruit, orchard, press, taste, juice]
  avoid: [discount, markdown]
channels: {email: {tones: [joy]}, shop: {tones: [deal]}}
terms: {prefer: {blind: visually impaired}, forbid: [processed]}
""",
}


@pytest.fixture(scope="module")
def lint_flagged(lint_profile_texts):
    return lint_profile_texts(FLAGGED_PROFILES, "pichet")


@pytest.mark.parametrize("text,found", [
    ("Nos jus de pomme bradés jusqu'à samedi.", "bradés"),
    ("Des bouteilles bradées, du goût en moins.", "bradées"),
])
def test_a_forbidden_participle_fires_in_any_agreement(lint_flagged, text, found):
    assert [d.text for d in lint_flagged("fr", text) if d.code == "BL501"] == [found]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ne bradons rien : le jus est pressé au verger."),
    ("en", "Our process is simple: we press the fruit the day it is picked."),
])
def test_another_word_of_a_flagged_entry_does_not_fire(lint_flagged, lang, text):
    assert "BL501" not in codes(lint_flagged(lang, text))


@pytest.mark.parametrize("lang,text,found", [
    ("fr", "Jeudi 18 h, atelier « Presser ses fruits quand on est aveugle », entrée libre.",
     "aveugle"),
    ("en", "Thursday 6 pm: our talk 'Pressing fruit when you are blind', free entry.",
     "blind"),
])
def test_a_quoted_title_of_the_brand_is_its_own_words(lint_flagged, lang, text, found):
    assert [d.text for d in lint_flagged(lang, text) if d.code == "BL502"] == [found]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mme Roy nous a écrit : « mon père est devenu aveugle, il adore vos jus »."),
    ("en", "A customer wrote: 'my dad went blind and still loves your juice'."),
])
def test_a_customer_quote_keeps_its_own_words(lint_flagged, lang, text):
    assert "BL502" not in codes(lint_flagged(lang, text))


def test_a_verb_that_shares_an_avoided_nouns_lemma_does_not_pull_away(lint_flagged):
    # (the English side of the concept: "processed" is not "our process", above)
    text = ("Formule Verger — 9 € par mois\nTrois bouteilles livrées chaque semaine, pour "
            "garder le goût des fruits à table. En cas de casse, un carton neuf vous est "
            "remis sur-le-champ.")
    assert "BL103" not in codes(lint_flagged("fr", text, "shop"))


def test_the_avoided_noun_still_pulls_away(lint_flagged):
    text = "Une remise de 20 % sur tous nos jus, des rabais et encore des remises."
    assert "BL102" in codes(lint_flagged("fr", text, "shop"))
