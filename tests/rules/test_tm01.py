"""Profile terms met in the plural whatever lemma the model gives each word (BL501, BL502).

- In French every content word of a multiword term agrees: noun and adjective both take
  the plural (« toiles plastiques » for « toile plastique »), including the -al / -ail /
  -eau / -eu plurals (« vantaux vitrés »), even where the small model reads the term
  alone or the plural under another lemma (« toil », « vantal »).
- In English the last word, the head, takes it ("standard awnings", "glass shelves");
  the words before it do not.
- Near misses: a word that only shares the term's beginning (« vitrifiés »,
  "standardised", "shelving"), another noun with the same adjective.

Firing forms and near misses, French and English, on the real models; the plurals
themselves on the pure helper."""

from __future__ import annotations

import pytest

from brandlint.analysis.inflect import plural_forms

TERMS = {
    "fr": """
brand: Ardoisière
language: fr
central_idea:
  statement: "Des menuiseries faites pour durer, posées avec soin."
  lexicon: [durer, durable, soin, soigner, artisanal]
  related: [fenêtre, porte, store, bois]
channels:
  web: {tones: [reassurance]}
terms:
  prefer:
    vantail vitré: porte-fenêtre
    étagère murale: présentoir
  forbid: [toile plastique, faux émail, bradé]
""",
    "en": """
brand: Ardoisière
language: en
central_idea:
  statement: "Joinery made to last, fitted with care."
  lexicon: [last, lasting, durable, care, handmade]
  related: [window, door, awning, wood]
channels:
  web: {tones: [reassurance]}
terms:
  prefer:
    standard awning: house awning
    glass shelf: display stand
  forbid: [plastic canvas, cheap knife, bargain]
""",
}


@pytest.fixture(scope="module")
def lint_terms(lint_profile_texts):
    return lint_profile_texts(TERMS, "ardoisiere", "web")


def found(diagnostics, code):
    return [d.text.lower() for d in diagnostics if d.code == code]


@pytest.mark.parametrize("lang,text,code,words", [
    # « vantaux » is « vantal » to the model: the -ail plural, generated
    ("fr", "Nos vantaux vitrés laissent entrer la lumière du jardin.", "BL502",
     "vantaux vitrés"),
    ("fr", "Rangez vos outils sur des étagères murales, à l'abri de l'humidité.",
     "BL502", "étagères murales"),
    # « toile » read alone is a verb (« toil »): the first word in the plural all the same
    ("fr", "Pas de toiles plastiques sur nos stores : du coton enduit, cousu à l'atelier.",
     "BL501", "toiles plastiques"),
    ("fr", "Oubliez les faux émaux à chauffer : nos poignées sont émaillées au four.",
     "BL501", "faux émaux"),
    ("en", "Torn between our standard awnings and a made-to-measure one? Write to us.",
     "BL502", "standard awnings"),
    ("en", "Keep your tools on glass shelves, away from the damp.", "BL502", "glass shelves"),
    ("en", "No plastic canvases on our awnings: coated cotton, sewn in the workshop.",
     "BL501", "plastic canvases"),
    ("en", "No more cheap knives to trim your blinds.", "BL501", "cheap knives"),
])
def test_a_multiword_term_in_the_plural_is_the_term(lint_terms, lang, text, code, words):
    assert words in found(lint_terms(lang, text), code)


@pytest.mark.parametrize("lang,text", [
    # a word that only begins like the term's adjective
    ("fr", "Nos vantaux vitrifiés laissent entrer la lumière du jardin."),
    ("fr", "Pas de toiles plastifiées sur nos stores : du coton enduit."),
    # another noun before the same adjective
    ("fr", "Nos battants vitrés laissent entrer la lumière du jardin."),
    ("en", "Our standardised awnings are made in the workshop."),
    ("en", "Keep your tools on glass shelving, away from the damp."),
    ("en", "No more cheap knobs on our doors."),
])
def test_near_miss_a_word_sharing_only_the_beginning_is_not_the_term(lint_terms, lang, text):
    diagnostics = lint_terms(lang, text)
    assert found(diagnostics, "BL501") == [] and found(diagnostics, "BL502") == []


@pytest.mark.parametrize("lang,text,words", [
    # a one-word term keeps its agreeing forms, the model's adjective included (its
    # plural start refused as another word must not hide them)
    ("fr", "Ce mois-ci, nos volets roulants à prix bradés ! #Rennes", "bradés"),
    ("en", "No bargains here: every awning is sewn in the workshop.", "bargains"),
])
def test_a_one_word_term_in_the_plural_is_the_term(lint_terms, lang, text, words):
    assert words in found(lint_terms(lang, text), "BL501")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Rendez-vous à la braderie du quartier samedi : notre stand vous attend."),
    ("en", "No bargaining here: every awning is sewn in the workshop."),
])
def test_near_miss_a_longer_word_is_not_the_one_word_term(lint_terms, lang, text):
    assert found(lint_terms(lang, text), "BL501") == []


@pytest.mark.parametrize("word,lang,plurals", [
    ("vitrail", "fr", {"vitraux", "vitrails"}),
    ("cristal", "fr", {"cristaux", "cristals"}),
    ("bateau", "fr", {"bateaux", "bateaus"}),
    ("feu", "fr", {"feux", "feus"}),
    ("standard", "fr", {"standards"}),
    ("faux", "fr", set()),
    ("shelf", "en", {"shelfs", "shelves"}),
    ("knife", "en", {"knifes", "knives"}),
    ("glass", "en", {"glasses"}),
    ("berry", "en", {"berries"}),
    ("jar", "en", {"jars"}),
    ("go-cart", "en", set()),
])
def test_every_plural_a_word_may_be_written_in(word, lang, plurals):
    assert plural_forms(word, lang) == plurals
