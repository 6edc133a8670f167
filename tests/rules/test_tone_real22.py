"""The tone findings judged wrong on real brand copy (judge22, BL2xx), each a concept of
the shared analysis, on the real models, FR and EN, a firing case and a near miss each:
a short service reply that takes up the customer's remark and names no case is banter (its
tones are a chat's, not the service's); a page's heading names its section (no coldness);
« depuis notre lancement en 2015 » dates a lasting state (no tale); « 100 % fibre » is
what a thing wholly is (no deal) and a launch announced on its day is news; an offer of a
service that takes the work off the reader (managed, turnkey) sells that relief."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def _said(tone, name: str, text: str) -> bool:
    return any(e.tone == name and text.lower() in e.text.lower() for e in tone.evidence)


# -- banter: a reply that plays along, with no case ------------------------------------------

BANTER = {
    "fr": "Haha, tu as raison, rien ne vaut un pique-nique au soleil ! 😊 Profite bien !",
    "en": "Haha, you're right, nothing beats a picnic in the sun! 😊 Enjoy it!",
}
BROADCAST = {  # the same joy, taking up nothing the customer said
    "fr": "Quelle journée de fête ! 😊🎉 Rien ne vaut un pique-nique au soleil, profite bien, "
          "que du bonheur !",
    "en": "What a joyful day! 😊🎉 Nothing beats a picnic in the sun, so much fun, enjoy "
          "every minute!",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_reply_that_plays_along_with_no_case_is_banter(analyse, lint, lang):
    assert analyse(BANTER[lang], lang, "after_sales").function.kind == "banter"
    assert "BL205" not in codes(lint(BANTER[lang], lang, "after_sales"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_joy_that_takes_up_nothing_is_no_banter(analyse, lint, lang):
    assert analyse(BROADCAST[lang], lang, "after_sales").function.kind is None
    assert "BL205" in codes(lint(BROADCAST[lang], lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Haha, tu as raison ! 😊 Ta commande part demain, profite bien !"),
    ("en", "Haha, you're right! 😊 Your order ships tomorrow, enjoy it!"),
])
def test_a_reply_that_names_its_case_is_no_banter(analyse, lang, text):
    assert analyse(text, lang, "after_sales").function.kind != "banter"


# -- a page's heading names its section ----------------------------------------------------

FAQ = {
    "fr": "Nos tarifs\n\nUn abonnement pour tous vos appareils.\n\nQuestions fréquentes\n\n"
          "Quelle réglementation pour les remboursements ?\n\nSi vous annulez dans les 30 jours, "
          "nous vous remboursons votre premier mois.",
    "en": "Our prices\n\nOne subscription for all your devices.\n\nFAQs\n\n"
          "What is the refund policy?\n\nIf you cancel within 30 days, we refund your "
          "first month.",
}


@pytest.mark.parametrize("lang,word", [("fr", "réglementation"), ("en", "policy")])
def test_a_heading_is_no_coldness(analyse, lang, word):
    tone = analyse(FAQ[lang], lang, "web").tone
    assert not _said(tone, "coldness", word)


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Nos tarifs\n\nUn abonnement pour tous vos appareils.\n\nRemboursement\n\n"
           "Selon la réglementation, aucun remboursement n'est accordé.", "réglementation"),
    ("en", "Our prices\n\nOne subscription for all your devices.\n\nRefunds\n\n"
           "As per our policy, no refund will be given.", "policy"),
])
def test_the_same_word_in_the_body_is_cold(analyse, lang, text, word):
    assert _said(analyse(text, lang, "web").tone, "coldness", word)


# -- « depuis … en 2015 » dates a lasting state -----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Depuis notre ouverture en 2012, Atelier Sorbe a proposé des cours de poterie "
           "le samedi. C'est toujours le cas. Les inscriptions sont ouvertes."),
    ("en", "Since our opening in 2012, Atelier Sorbe has offered pottery classes on "
           "Saturdays. That is still the case. Sign-ups are open."),
])
def test_since_a_date_opens_no_tale(analyse, lang, text):
    tone = analyse(text, lang, "web").tone
    assert not any(e.signal in ("story_beat", "past_narrative") for e in tone.evidence)


@pytest.mark.parametrize("lang,text", [
    ("fr", "En 2012, Claire ouvre un petit atelier de poterie rue Sorbe. Elle tourne les bols "
           "la nuit. Les voisins passent le samedi."),
    ("en", "In 2012, Claire opened a tiny pottery workshop on rue Sorbe. She turned bowls at "
           "night. The neighbours dropped by on Saturdays."),
])
def test_a_dated_moment_still_opens_a_tale(analyse, lang, text):
    tone = analyse(text, lang, "web").tone
    assert any(e.signal == "story_beat" for e in tone.evidence)


# -- « 100 % fibre » is no deal; a launch is news ---------------------------------------------

@pytest.mark.parametrize("lang,text,share", [
    ("fr", "Notre nouvelle box est 100 % fibre, sans abonnement télé.", "100 %"),
    ("en", "Our new box is 100% fibre, with no TV bundle.", "100%"),
])
def test_what_a_thing_wholly_is_is_no_deal(analyse, lang, text, share):
    assert not _said(analyse(text, lang, "social").tone, "deal", share)


@pytest.mark.parametrize("lang,text,share", [
    ("fr", "Cette semaine, 30 % sur toutes les box, et 100 % de remise sur les frais.", "30 %"),
    ("en", "This week, 30% off every box, and 100% off the setup fee.", "30%"),
])
def test_a_reduction_stays_a_deal(analyse, lang, text, share):
    assert _said(analyse(text, lang, "social").tone, "deal", share)


@pytest.mark.parametrize("lang,text,phrase", [
    ("fr", "Velia lance aujourd'hui sa box fibre avec le wi-fi 7.", "lance aujourd'hui"),
    ("en", "Velia launches today its fibre box with wi-fi 7.", "launches today"),
])
def test_a_launch_on_its_day_is_news(analyse, lang, text, phrase):
    assert _said(analyse(text, lang, "social").tone, "surprise", phrase)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Velia a lancé sa box fibre il y a trois ans."),
    ("en", "Velia launched its fibre box three years ago."),
])
def test_a_launch_told_in_the_past_is_no_news(analyse, lang, text):
    assert not any(e.tone == "surprise" for e in analyse(text, lang, "social").tone.evidence)


# -- an offer of a service that takes the work off the reader --------------------------------

OFFER = {
    "fr": "Pensé pour les associations\n\nHébergement clé en main\n\nNous nous occupons de "
          "tout : serveurs, sauvegardes, sécurité et mises à jour.\n\nSupport inclus\n\n"
          "Idéal pour les associations qui veulent leur propre site sans y passer leurs soirées.",
    "en": "Made for charities\n\nTurnkey hosting\n\nWe take care of everything: servers, "
          "backups, security and updates.\n\nSupport included\n\nPerfect for charities that "
          "want their own site without spending their evenings on it.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_managed_service_page_reassures(analyse, lang):
    assert "reassurance" in analyse(OFFER[lang], lang, "web").tone.purposes


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_that_offers_no_managed_service_has_no_such_purpose(analyse, lang):
    text = OFFER[lang].replace("clé en main", "pour tous").replace("Turnkey", "Simple")
    assert "reassurance" not in analyse(text, lang, "web").tone.purposes


# -- documentation of how a system works: its register is the content's ----------------------

DOCS = {
    "fr": "Échecs de validation\nUne autorisation est créée pour chaque nom DNS ou adresse IP "
          "de la commande. Avant qu'un certificat puisse être signé, chaque autorisation doit "
          "être validée par le serveur. Si la validation échoue pour un identifiant, la "
          "commande reste en attente et le client peut relancer la demande plus tard, sans "
          "limite de nombre.",
    "en": "Validation failures\nAn authorization is created for each DNS name or IP address "
          "in the order. Before a certificate can be signed, every authorization must be "
          "validated. If validation fails for an identifier, the order stays pending and it "
          "can be tried again later in the day or the week after, with no limit at all on the "
          "number of attempts.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_systems_authorizations_and_addresses_make_a_technical_page(analyse, lint, lang):
    assert analyse(DOCS[lang], lang, "web").technical[1]
    assert "BL207" not in codes(lint(DOCS[lang], lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre offre TOP de l'été : une remise XXL sur toutes les tentes, des prix FOU, la "
           "livraison offerte et un sac de couchage en cadeau pour toute commande passée avant "
           "dimanche. Venez vite en magasin, nos conseillers vous attendent avec le sourire et "
           "plein d'idées pour vos vacances en famille au grand air."),
    ("en", "Our TOP summer offer: an XXL discount on every tent, CRAZY prices, free delivery "
           "and a sleeping bag as a gift with every order placed before Sunday. Come and see "
           "us in store soon, our advisers are waiting for you with a smile and plenty of "
           "ideas for your family holidays in the great outdoors."),
])
def test_shouted_words_make_no_technical_page(analyse, lang, text):
    assert not analyse(text, lang, "web").technical[1]
