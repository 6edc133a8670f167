"""tn49: the brand's own anger and weariness held by the brand, and a cold notice that sends
the reader to the terms on a page, each seen in several brands of the tone sets.

- The brand outraged in so many words, the brand the one who holds it (« nous sommes
  outrés », "we are appalled"): anger. Its outrage on the reader's behalf (« nous sommes
  consternés d'apprendre ce qui vous est arrivé », "we were appalled to hear what happened
  to you") is sympathy, not anger.
- The brand fed up in any degree ("we're a bit fed up": an understatement is no less its
  weariness) and beginning to tire of it (« on commence franchement à se lasser »):
  frustration. Never tired of the reader's stories, tiring on a long drive, are not.
- The terms themselves sent to a page as the whole word on them (« Les conditions sont
  consultables sur notre site », "Terms are available on our website"): coldness. A thing
  for sale available on the website is not.

Manivelle & Chrome profiles (email aims at reassurance and storytelling, after_sales at
empathy and solution). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("manivelle")


# -- the brand outraged ------------------------------------------------------------------------

OUTRAGED = {
    "fr": "Monsieur,\n\nNous avons lu votre commentaire et, franchement, nous sommes outrés. "
          "Traiter nos mécaniciens de bricoleurs après vingt ans de métier, ce n'est pas "
          "acceptable. Nous ne le tolérerons pas.\n\nJulien",
    "en": "Dear Sir,\n\nWe have read your comment and, frankly, we are outraged. Calling our "
          "mechanics amateurs after twenty years in the trade is out of line. We will not "
          "tolerate this.\n\nJulian",
}

OUTRAGED_FOR_THE_READER = {
    "fr": "Madame,\n\nNous sommes consternés d'apprendre ce qui vous est arrivé sur la route "
          "de Honfleur. Une voiture de remplacement vous attend demain matin, et nous vous "
          "remboursons la journée.\n\nJulien",
    "en": "Dear Madam,\n\nWe were appalled to hear what happened to you on the Honfleur road. A "
          "replacement car is waiting for you tomorrow morning, and we are refunding the "
          "day.\n\nJulian",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brand_outraged_is_anger(engines, lang):
    words = said(reading(engines, lang, OUTRAGED[lang], "after_sales"), "anger", lower=True)
    assert any(w in ("nous sommes outrés", "we are outraged") for w in words)
    assert "BL206" in warned(engines, lang, OUTRAGED[lang], "after_sales", "BL206")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_outrage_on_the_readers_behalf_is_no_anger(engines, lang):
    tone = reading(engines, lang, OUTRAGED_FOR_THE_READER[lang], "after_sales")
    assert not said(tone, "anger")
    assert not warned(engines, lang, OUTRAGED_FOR_THE_READER[lang], "after_sales", "BL206")


# -- the brand fed up in any degree, beginning to tire ------------------------------------------

WEARY = {
    "fr": "Bonjour à tous,\n\nOn commence franchement à se lasser : les voitures rentrent "
          "encore avec le réservoir vide. On ne peut pas continuer à refaire le plein pour "
          "tout le monde.\n\nL'équipe Manivelle",
    "en": "Hi all,\n\nHonestly, we're a bit fed up: the cars keep coming back with an empty "
          "tank. We can't keep filling them up for everyone.\n\nThe Manivelle team",
}

NOT_WEARY = {
    "fr": "Bonjour à tous,\n\nAu bout de 200 km, on commence à fatiguer : la pause au relais "
          "de Pont-l'Évêque est la bienvenue, avec vue sur la vallée.\n\nL'équipe Manivelle",
    "en": "Hi all,\n\nWe're never tired of hearing your road-trip stories: send us your "
          "photos from the coast road!\n\nThe Manivelle team",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brand_fed_up_in_any_degree_is_frustration(engines, lang):
    words = said(reading(engines, lang, WEARY[lang], "email"), "frustration", lower=True)
    assert any(w in ("on commence franchement à se lasser", "we're a bit fed up")
               for w in words)
    assert "BL206" in warned(engines, lang, WEARY[lang], "email", "BL206")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tiring_on_a_drive_or_never_tired_is_no_frustration(engines, lang):
    tone = reading(engines, lang, NOT_WEARY[lang], "email")
    assert not said(tone, "frustration")
    assert not said(tone, "anger")


# -- the terms sent to a page --------------------------------------------------------------------

TERMS_ON_A_PAGE = {
    "fr": "Madame, Monsieur,\n\nVotre location du 3 mai est annulée. La somme versée sera "
          "convertie en avoir. Les conditions sont consultables sur notre site.\n\nLa direction",
    "en": "Dear Sir/Madam,\n\nYour hire on 3 May has been cancelled. The amount paid will be "
          "converted into a credit note. Terms are available on our website.\n\nManagement",
}

CARS_ON_A_PAGE = {
    "fr": "Bonjour,\n\nNos deux nouveaux cabriolets sont disponibles sur notre site : une "
          "Alfa de 1967 et une Triumph que Paul a restaurée tout l'hiver.\n\nL'équipe Manivelle",
    "en": "Hello,\n\nOur two new convertibles are available on our website: a 1967 Alfa and "
          "a Triumph that Paul restored all winter.\n\nThe Manivelle team",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_terms_sent_to_a_page_are_cold(engines, lang):
    words = said(reading(engines, lang, TERMS_ON_A_PAGE[lang], "email"), "coldness",
                 lower=True)
    assert any(w.startswith(("les conditions sont consultables", "terms are available"))
               for w in words)
    assert "BL207" in warned(engines, lang, TERMS_ON_A_PAGE[lang], "email", "BL207")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_thing_for_sale_on_the_website_is_not_cold(engines, lang):
    tone = reading(engines, lang, CARS_ON_A_PAGE[lang], "email")
    assert not said(tone, "coldness")
