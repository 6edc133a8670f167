"""tn47: the brand's anger told as a refusal to repeat itself or as a rebuttal of the
reader's words, each seen in several brands of the tone sets.

- The brand will not say it again, in any person and tense (« On ne le répétera plus »,
  "We won't say it again"): anger, as « nous ne le répéterons pas » was; the idiom that
  insists (« on ne le répétera jamais assez », "we can't say it enough") is not.
- One review or message of the reader's called false (« Votre avis est mensonger », "Your
  review is untrue") and their complaint named accusations the brand rejects (« Nous
  contestons fermement vos accusations », "We firmly reject your allegations"): anger, as
  « vos propos sont injustes » was. A review thanked, a complaint acknowledged are not.

Manivelle & Chrome profiles (after_sales aims at empathy and solution, social at surprise
and joy). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("manivelle")


# -- the brand will not say it again ------------------------------------------------------------

REPEAT_REFUSED = {
    "fr": "On ne le répétera plus : les portières se ferment doucement, on ne les claque pas.",
    "en": "We won't say it again: the doors close gently, nobody slams them.",
}

REPEAT_INSISTED = {
    "fr": "On ne le répétera jamais assez : une voiture ancienne aime rouler doucement. Et "
          "on ne le répétera pas assez, merci à nos chauffeurs !",
    "en": "We can't say it enough: an old car loves a gentle drive. Thank you to our "
          "drivers!",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brand_refusing_to_repeat_itself_is_anger(engines, lang):
    words = said(reading(engines, lang, REPEAT_REFUSED[lang], "social"), "anger", lower=True)
    assert any("répétera" in w or "say it again" in w for w in words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_idiom_that_insists_is_no_anger(engines, lang):
    assert not said(reading(engines, lang, REPEAT_INSISTED[lang], "social"), "anger")


# -- the reader's words rebutted ----------------------------------------------------------------

WORDS_CALLED_FALSE = {
    "fr": "Madame,\n\nVotre commentaire publié dimanche est totalement faux : la voiture est "
          "arrivée à 14 h, comme prévu.\n\nLe service clients",
    "en": "Dear Madam,\n\nYour review posted on Sunday is completely untrue: the car arrived "
          "at 2 pm, as agreed.\n\nCustomer service",
}

ACCUSATIONS_REJECTED = {
    "fr": "Monsieur,\n\nNous rejetons fermement vos accusations contre notre mécanicien.\n\n"
          "Le service clients",
    "en": "Dear Sir,\n\nWe firmly reject your allegations against our mechanic.\n\n"
          "Customer service",
}

WORDS_THANKED = {
    "fr": "Madame,\n\nNous accusons réception de votre réclamation. Votre commentaire publié "
          "dimanche nous a aidés : nous revoyons l'horaire avec le chauffeur.\n\nLe service "
          "clients",
    "en": "Dear Madam,\n\nThank you for your complaint. Your review posted on Sunday was "
          "helpful: we are going over the timing with the driver.\n\nCustomer service",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_readers_review_called_false_is_anger(engines, lang):
    words = said(reading(engines, lang, WORDS_CALLED_FALSE[lang], "after_sales"), "anger",
                 lower=True)
    assert any(w.startswith(("votre commentaire", "your review")) for w in words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_readers_complaint_named_accusations_rejected_is_anger(engines, lang):
    words = said(reading(engines, lang, ACCUSATIONS_REJECTED[lang], "after_sales"), "anger",
                 lower=True)
    assert any("accusations" in w or "allegations" in w for w in words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_review_acknowledged_is_no_anger(engines, lang):
    assert not said(reading(engines, lang, WORDS_THANKED[lang], "after_sales"), "anger")
