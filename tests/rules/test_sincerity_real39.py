"""A status notice to many customers (real-text check 39: outage notices judged "unsure" on
their missing apology), FR and EN on the real models, with the Abriel profiles (an insurer
whose after_sales channel is a service channel). Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import codes, profile_engines


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


def bl403(engines, lang, text):
    return {severity for _, severity in codes(engines, lang, text, "after_sales", "BL403")}


NOTICE = {
    "fr": "Bonjour, une panne de notre serveur de déclaration perturbe le dépôt des sinistres "
          "pour une partie des assurés de Gironde. Nos équipes sont déjà mobilisées, nous "
          "vous tiendrons informés. Merci pour votre patience.",
    "en": "Hello, a fault on our claims server is disrupting claim filing for some customers "
          "in the Bristol area. Our engineers are already working on it and we'll keep you "
          "posted. Thanks for your patience.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_notice_to_many_reports_its_missing_apology_as_a_hint(engines, lang):
    assert bl403(engines, lang, NOTICE[lang]) == {"info"}


REPLY = {
    "fr": "Bonjour Madame Roux, une panne de notre serveur de déclaration a bloqué le dépôt "
          "de votre sinistre hier. Nos équipes sont déjà mobilisées, nous vous tiendrons "
          "informée.",
    "en": "Hi Mrs Roux, a fault on our claims server blocked your claim yesterday. Our "
          "engineers are already working on it and we'll keep you posted.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_reply_to_one_customer_still_owes_the_apology(engines, lang):
    assert bl403(engines, lang, REPLY[lang]) == {"warning"}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, une panne de notre serveur perturbe le dépôt des sinistres pour une partie "
           "des assurés de Gironde."),
    ("en", "Hello, a fault on our claims server is disrupting claim filing for some customers "
           "in the Bristol area."),
])
def test_a_notice_to_many_that_says_no_work_under_way_stays_a_warning(engines, lang, text):
    assert bl403(engines, lang, text) == {"warning"}
