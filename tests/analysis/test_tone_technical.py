"""Technical senses and plain courtesy (real copy, round 10: the tone findings on
letsencrypt.org, joinmastodon.org and service replies were 2 right in 40). What the
reading learnt, each concept firing and its near miss, FR and EN, on the real models:

- a word with a technical sense (challenge, client, request, issued, expired, trust,
  « défi », « ensemble », →) named with a system's term is that term, not a tone;
- a technical page (four terms or more: acronyms, identifiers, versions) is
  documentation: its capitals are terms, its passives tell what happens to things, and
  its tones are its subject's, not held against the channel;
- a word in capitals bound into a noun phrase's name ("the ACME protocol") is no shout;
- a thing that expires, said as an adjective ("an expired certificate"), is a fact;
- a polite request that opens on the reader's case (« Si vous…, veuillez… ») is
  courtesy, and "please" keeps a short reply from reading as clipped."""

from __future__ import annotations

import pytest

from brandlint.analysis.tone import POSITIVE


def _reading(analyse, text, lang, channel="web"):
    tone = analyse(text, lang, channel).tone
    return tone, [(e.tone, e.text.lower(), e.signal) for e in tone.evidence]


@pytest.mark.parametrize("lang,text,word", [
    ("en", "If you use the http-01 ACME challenge, provision the challenge response first.",
     "challenge"),
    ("fr", "Les clients ACME doivent compléter un défi ACME de validation. Le défi est rapide.",
     "défi"),
    ("fr", "Le client ACME renouvelle le certificat. Le client attend ensuite la fenêtre ARI.",
     "client"),
])
def test_a_word_named_with_a_term_is_the_term(analyse, lang, text, word):
    _, evidence = _reading(analyse, text, lang)
    assert not [e for e in evidence if e[1] == word]


@pytest.mark.parametrize("lang,text,tone", [
    ("en", "Take the challenge: build your dream car and show us!", "collaboration"),
    ("fr", "Relevez le défi : construisez votre voiture et montrez-la-nous !", "collaboration"),
    ("fr", "Chaque client reçoit la facture par courrier.", "coldness"),
])
def test_the_same_word_without_a_term_keeps_its_tone(analyse, lang, text, tone):
    reading, _ = _reading(analyse, text, lang, "social")
    assert reading.raw.get(tone, 0) > 0


TECHNICAL = {
    "en": "Picking a challenge type\n\nAn authorization is generated for each identifier "
          "included in an order. Before a certificate can be issued, all authorizations must "
          "be validated. With the HTTP-01 challenge, your ACME client serves a token on port "
          "80; with DNS-01 it publishes a TXT record. The OCSP responder and the CRL are "
          "updated by the CA. Requests are signed with ECDSA keys.",
    "fr": "Choisir un type de défi\n\nUne autorisation est générée pour chaque identifiant "
          "inclus dans une commande. Avant qu'un certificat puisse être délivré, toutes les "
          "autorisations doivent être validées. Avec le défi HTTP-01, votre client ACME sert "
          "un jeton sur le port 80 ; avec DNS-01, il publie un enregistrement TXT. Le "
          "répondeur OCSP et la CRL sont mis à jour par l'AC. Les requêtes sont signées avec "
          "des clés ECDSA.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_technical_page_is_documentation(analyse, lang):
    tone, evidence = _reading(analyse, TECHNICAL[lang], lang, "web")
    assert tone.purposes == POSITIVE
    signals = {e[2] for e in evidence}
    assert "shouting" not in signals and "passive" not in signals
    assert not [e for e in evidence if e[1] in ("challenge", "défi", "client", "requêtes")]


SHOP = {
    "en": "Our new Pixel 8 case is here. It is made of recycled plastic and it is sold in "
          "three colours. Orders are shipped from our shop the same day, and your case is "
          "covered for two years. Only a few left: it is URGENT, order now before they go.",
    "fr": "La nouvelle coque Pixel 8 est arrivée. Elle est fabriquée en plastique recyclé et "
          "elle est vendue en trois couleurs. Les commandes sont expédiées le jour même, et "
          "votre coque est garantie deux ans. Il en reste très peu : c'est URGENT, "
          "commandez vite avant la rupture.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_with_one_model_name_is_no_technical_page(analyse, lang):
    tone, evidence = _reading(analyse, SHOP[lang], lang)
    assert tone.purposes != POSITIVE
    assert "shouting" in {e[2] for e in evidence}


@pytest.mark.parametrize("lang,text", [
    ("en", "The ACME protocol lets a client prove control of a domain."),
    ("fr", "Ajoutez la racine (STAGING) à un magasin de test uniquement."),
])
def test_capitals_in_a_name_are_no_shout(analyse, lang, text):
    _, evidence = _reading(analyse, text, lang)
    assert "shouting" not in {e[2] for e in evidence}


@pytest.mark.parametrize("lang,text", [
    ("en", "Do NOT miss this sale, it ends tonight."),
    ("fr", "Ne ratez SURTOUT PAS cette vente, elle finit ce soir."),
])
def test_a_word_shouted_is_still_a_shout(analyse, lang, text):
    _, evidence = _reading(analyse, text, lang)
    assert "shouting" in {e[2] for e in evidence}


@pytest.mark.parametrize("lang,text", [
    ("en", "An expired certificate stays in the log, past its expiry date."),
    ("fr", "Le certificat expiré reste dans le journal."),
])
def test_a_thing_expired_is_a_fact(analyse, lang, text):
    tone, _ = _reading(analyse, text, lang)
    assert tone.raw.get("pressure", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("en", "Hurry, the offer expires Sunday!"),
    ("fr", "Vite, l'offre expire dimanche !"),
])
def test_an_offer_that_expires_is_still_a_countdown(analyse, lang, text):
    tone, _ = _reading(analyse, text, lang)
    assert any(e.tone == "pressure" and e.text.lower().startswith("expir")
               for e in tone.evidence)


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Si vous connaissez un projet absent de la page, veuillez soumettre une demande "
           "à notre dépôt.", "veuillez"),
    ("en", "If you would like to move to the Family tier, kindly let us know by 25 March.",
     "kindly"),
])
def test_a_polite_request_on_the_readers_case_is_courtesy(analyse, lang, text, word):
    _, evidence = _reading(analyse, text, lang, "email")
    assert not [e for e in evidence if e[1] == word]


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Veuillez conserver votre numéro de dossier.", "veuillez"),
    ("en", "Kindly present your e-tickets at Gate 2.", "kindly"),
])
def test_a_bare_polite_order_stays_cold(analyse, lang, text, word):
    _, evidence = _reading(analyse, text, lang, "email")
    assert ("coldness", word, None) in evidence


@pytest.mark.parametrize("lang,text", [
    ("en", "I see something on my maps here. Please DM us for more info. [url] *JohnWard"),
    ("fr", "Je vois la commande ici. Écrivez-nous en privé, s'il vous plaît. [url] ^JM"),
])
def test_please_keeps_a_short_reply_from_reading_clipped(analyse, lang, text):
    _, evidence = _reading(analyse, text, lang, "after_sales")
    assert "clipped_reply" not in {e[2] for e in evidence}


@pytest.mark.parametrize("lang,text", [
    ("en", "Order number? Shipped Tuesday. Standard delay. Goodbye."),
    ("fr", "Numéro de commande ? Commande expédiée mardi. Délai standard. Au revoir."),
])
def test_bare_fragments_still_read_clipped(analyse, lang, text):
    _, evidence = _reading(analyse, text, lang, "after_sales")
    assert "clipped_reply" in {e[2] for e in evidence}
