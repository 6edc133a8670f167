"""tn47: the brand's anger told as a refusal to repeat itself or as a rebuttal of the
reader's words, and a call script's coldness told as the contract held up; each seen in
several brands of the tone sets.

- The brand will not say it again, in any person and tense (« On ne le répétera plus »,
  "We won't say it again"): anger, as « nous ne le répéterons pas » was; the idiom that
  insists (« on ne le répétera jamais assez », "we can't say it enough") is not.
- One review or message of the reader's called false (« Votre avis est mensonger », "Your
  review is untrue") and their complaint named accusations the brand rejects (« Nous
  contestons fermement vos accusations », "We firmly reject your allegations"): anger, as
  « vos propos sont injustes » was. A review thanked, a complaint acknowledged are not.
- The contract held up as the answer (« Ce n'est pas dans votre contrat. », "That's not
  in your contract."), the caller reminded that they signed the terms (« Vous avez signé
  les conditions. », "You signed the terms."), the complaint sent to a form or to writing
  (« Si vous voulez faire une réclamation, il y a un formulaire. »): coldness, as « C'est
  dans les conditions. » was. What the contract includes, a question whether they signed,
  a complaint taken in hand are not.

Manivelle & Chrome profiles (phone_script aims at reassurance and solution, after_sales at
empathy and solution, social at surprise and joy). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said, warned


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


# -- the contract held up -----------------------------------------------------------------------

CONTRACT_HELD_UP = {
    "fr": "[Client : Bonjour, le chauffeur est reparti sans nous attendre à la sortie de "
          "l'église.]\nAgent : Vous avez signé les conditions. L'attente n'est pas comprise "
          "dans votre contrat. Si vous voulez faire une réclamation, envoyez-la par courrier.",
    "en": "Caller: Hello, the driver left without waiting for us outside the church.\n"
          "Agent: You signed the terms. Waiting is not included in your contract. If you "
          "want to make a complaint, put it in writing.",
}

CONTRACT_EXPLAINED = {
    "fr": "[Client : Bonjour, le chauffeur peut-il nous attendre à la sortie de l'église ?]\n"
          "Agent : Vous avez signé le contrat ? Alors l'attente est comprise dans votre "
          "contrat. Si vous voulez faire une réclamation, je m'en occupe tout de suite.",
    "en": "Caller: Hello, can the driver wait for us outside the church?\nAgent: Have you "
          "signed the contract? Then waiting is included in your contract. If you want to "
          "make a complaint, I'll take care of it right now.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_contract_held_up_to_the_caller_is_cold(engines, lang):
    text = CONTRACT_HELD_UP[lang]
    words = said(reading(engines, lang, text, "phone_script"), "coldness", lower=True)
    assert any(w.startswith(("vous avez signé", "you signed")) for w in words)
    assert any("comprise" in w or "not included" in w for w in words)
    assert any(w.startswith(("si vous voulez", "if you want")) for w in words)
    assert "BL207" in warned(engines, lang, text, "phone_script", "BL2")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_contract_explained_to_the_caller_is_not_cold(engines, lang):
    text = CONTRACT_EXPLAINED[lang]
    assert not said(reading(engines, lang, text, "phone_script"), "coldness")
    assert "BL207" not in warned(engines, lang, text, "phone_script", "BL2")
