"""What the eighteenth real-copy judgement taught the claim reading: on a technical page —
documentation of how a system works, told in its terms — a thing that is neither the brand
nor its offer is the system described, and an absolute said of it ("traffic sent to
127.0.0.1 is guaranteed not to leave your machine") tells how it works; the same words on a
page that is not documentation still promise. An infinitive governed by an order to the
reader (« assurez-vous de… et d'utiliser un chargeur sans risque ») is part of the order,
advice about the reader's own things, not the brand's claim; said by the brand of its own
act, it stays one. An exception said right after an absolute ("forever (or until you unpin
it)", « garantie à vie, sauf casse ») bounds it as a visible condition does. An absolute in
a relative clause about others' things ("accounts that always fail their requests") tells
which of them are meant; said of the brand's offer, it claims. An absolute in an
expectation the sentence dismisses (« il est déraisonnable de s'attendre à ce qu'ils ne le
fassent jamais ») is discussed, not claimed. On a technical page, the reader's own
system at work ("your local test server can immediately receive requests") is no service
the brand performs (the brand and profiles of `test_overpromise_real17.py`). Each concept
fires in its true form and stays silent in its near miss, in French and English, on the real
models."""

from __future__ import annotations

import pytest

from tests.rules.test_overpromise_real17 import PROFILES, codes

TECHNICAL = {
    "fr": ("Comment fonctionnent les connexions locales\nQuand une application native dialogue "
           "avec une application web, elle lance un petit serveur web sur 127.0.0.1. Les "
           "navigateurs considèrent cette adresse de loopback comme fiable. {claim} Réglez le "
           "certificat du serveur, le port et l'endpoint de l'API dans le fichier "
           "config/local.json avant le déploiement du client."),
    "en": ("How local connections work\nWhen a native app talks to a web app, it runs a small "
           "web server on 127.0.0.1. Browsers treat this loopback address as potentially "
           "trustworthy. {claim} Configure the server certificate, the port and the API "
           "endpoint in the file config/local.json before you deploy the client."),
}
SYSTEM_CLAIM = {
    "fr": "Le trafic envoyé à 127.0.0.1 est garanti de ne pas quitter votre machine.",
    "en": "Traffic sent to 127.0.0.1 is guaranteed not to leave your machine.",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lumane", "web")  # the real17 tests' brand


# -- a technical page describes its system -------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_absolute_of_the_system_documented_is_no_claim(lint_with, lang):
    text = TECHNICAL[lang].format(claim=SYSTEM_CLAIM[lang])
    assert "BL301" not in codes(lint_with(lang, text), "BL3")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_words_outside_documentation_still_promise(lint_with, lang):
    assert "BL301" in codes(lint_with(lang, SYSTEM_CLAIM[lang]), "BL3")


@pytest.mark.parametrize("lang,claim", [
    ("fr", "Chaque réparation est garantie à vie."),
    ("en", "Every repair is guaranteed for life."),
])
def test_the_brands_own_offer_on_a_technical_page_still_promises(lint_with, lang, claim):
    text = TECHNICAL[lang].format(claim=claim)
    assert "BL301" in codes(lint_with(lang, text), "BL3")


# -- an infinitive an order governs is part of the order ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Assurez-vous de sauvegarder vos fichiers et d'utiliser un chargeur sans risque "
           "pour la batterie."),
    ("en", "Make sure to back up your files and to use a risk-free charger."),
])
def test_what_the_reader_is_told_to_use_is_advice(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sauvegardons vos fichiers et utilisons un chargeur sans risque pour la "
           "batterie."),
    ("en", "We back up your files and use a risk-free charger."),
])
def test_what_the_brand_says_it_uses_is_a_claim(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text), "BL3")


# -- an exception right after the absolute bounds it --------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre onglet épinglé reste ouvert pour toujours (ou jusqu'à ce que vous le "
           "détachiez)."),
    ("fr", "Réparation garantie à vie, sauf casse."),
    ("en", "Your pinned tab lives on forever (or until you unpin it)."),
    ("en", "Repairs guaranteed for life, except accidental damage."),
])
def test_an_absolute_with_its_exception_is_bounded(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre onglet épinglé reste ouvert pour toujours."),
    ("fr", "Réparation garantie à vie, sans exception."),
    ("en", "Your pinned tab lives on forever."),
    ("en", "Repairs guaranteed for life, no exceptions."),
])
def test_an_absolute_without_exception_still_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text), "BL3")


# -- an absolute in a relative clause about others' things tells which are meant ---------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous relançons les comptes qui échouent toujours leurs demandes."),
    ("en", "We follow up on accounts that always fail their requests."),
])
def test_an_absolute_that_picks_out_others_things_is_no_claim(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos kits, qui ne cassent jamais, sont livrés montés."),
    ("en", "Our kits, which never break, arrive ready to use."),
])
def test_an_absolute_said_of_the_brands_offer_in_a_relative_clause_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text), "BL3")


# -- an absolute in an expectation the sentence dismisses is discussed, not claimed -------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Il est déraisonnable de s'attendre à ce qu'ils ne le fassent jamais."),
    ("en", "It is unreasonable to expect that they will never do it."),
])
def test_a_dismissed_expectation_is_no_claim(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text), "BL3")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il est normal de s'attendre à ce que nos kits ne cassent jamais."),
    ("en", "It is fair to expect that our kits will never break."),
])
def test_an_expectation_the_brand_endorses_still_claims(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text), "BL3")


# -- on a technical page, the reader's own system at work is no service -------------------
@pytest.mark.parametrize("lang,claim", [
    ("fr", "Votre serveur de test local peut recevoir immédiatement les requêtes."),
    ("en", "Your local test server can immediately receive requests."),
])
def test_the_readers_own_system_documented_is_no_service(lint_with, lang, claim):
    text = TECHNICAL[lang].format(claim=claim)
    assert not codes(lint_with(lang, text), "BL30")


@pytest.mark.parametrize("lang,claim", [
    ("fr", "Nos techniciens répondront immédiatement à vos demandes."),
    ("en", "Our technicians will immediately answer your requests."),
])
def test_the_brands_people_on_a_technical_page_still_promise(lint_with, lang, claim):
    text = TECHNICAL[lang].format(claim=claim)
    assert "BL304" in codes(lint_with(lang, text), "BL30")
