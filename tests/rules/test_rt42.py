"""An offer named by its noun on a page that documents it (real check 42, rt42).

alwaysdata's help page on its students' and job seekers' programme ("A 50% discount … is
offered to students… To take advantage of this discount, open a ticket") and the "Pricing"
section of Nextcloud Talk's page ("further volume discounts", "Contact Sales", "Pricing is
per user") read as a good deal pushed on a channel that aims at solution: 100 % of their
tone markers, BL205. The offer is the matter those sections explain — who gets it, how it is
priced, how to ask for it —, not the brand's tone. On a page that documents a thing (a section
under its own heading, no reply, on a channel that sells nothing), a noun that names an
offer (« remise », « tarif », "discount", "pricing", "sales") is that matter; a deal pushed in
the brand's own words (« profitez », « au lieu de », "save", a countdown) still reads as one,
and in a reply the discount named is the case's offer. A promotion under its heading (blind
labels: quarzalp-en-007, vaudrecourt-fr-010, cb-fr-002) pushes its offer with a strong cue
or a countdown, and keeps its nouns. Texts our own; FR and EN on the real
models.
"""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Nuagerie
language: fr
address: vous
central_idea:
  statement: "Héberger vos sites sans souci, avec une équipe qui répond."
  lexicon: [hébergement, serveur, équipe]
channels:
  help: {tones: [solution, reassurance]}
  web: {tones: [solution, reassurance]}
  shop: {tones: [deal, joy]}
  email: {tones: [solution, reassurance], service: true}
""",
    "en": """\
brand: Nuagerie
language: en
address: formal
central_idea:
  statement: "Host your sites without worry, with a team that answers."
  lexicon: [hosting, server, team]
channels:
  help: {tones: [solution, reassurance]}
  web: {tones: [solution, reassurance]}
  shop: {tones: [deal, joy]}
  email: {tones: [solution, reassurance], service: true}
""",
}

PROGRAMME = {
    "fr": ("Tarifs associations\n"
           "Une remise de 40 % sur le tarif de nos offres d'hébergement est accordée aux "
           "associations loi 1901. Pour obtenir la remise, ouvrez un ticket en joignant vos "
           "statuts. Cette réduction s'applique dès la facture suivante, sur toutes les "
           "formules ; les tarifs des options sont à part. Pour les gros volumes, contactez "
           "notre service des ventes."),
    "en": ("Non-profit pricing\n"
           "A 40% discount on the price of our hosting offers is granted to registered "
           "charities. To get the discount, open a ticket with your registration number. The "
           "discount applies from the next invoice and stays in place while the charity is "
           "active; the prices of add-ons do not change. Your registration will be checked "
           "every year. For larger volumes, contact our sales team."),
}

PUSH = {
    "fr": ("Offre de rentrée\n"
           "Profitez de -40 % sur toutes nos formules : 6 € par mois au lieu de 10 €, et le "
           "premier mois offert ! Une promotion à saisir vite : l'offre se termine dimanche "
           "soir, ne la ratez pas. Pour en profiter, choisissez votre formule dans votre "
           "espace client : la remise s'applique toute seule à la première facture."),
    "en": ("Back-to-school deal\n"
           "Save 40% on every plan: €6 a month instead of €10, and the first month free! A "
           "deal to grab fast: the offer ends Sunday night, don't miss it. To get it, pick "
           "your plan in your account: the discount is applied to your first invoice."),
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nuagerie42", "help")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_help_page_that_explains_a_discount_programme_is_on_target(lint, lang):
    assert "BL205" not in codes(lint(lang, PROGRAMME[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_deal_pushed_in_the_brands_own_words_is_still_off_target(lint, lang):
    # a page under its heading too, but it sells: « -40 % », "save", a countdown
    assert "BL205" in codes(lint(lang, PUSH[lang]))


@pytest.mark.parametrize("lang,word", [("fr", "remise"), ("en", "discount")])
def test_the_offer_a_page_pushes_keeps_its_nouns(analysed, lang, word):
    _, analysis = analysed(PUSH[lang], lang)
    assert word in [w.lower() for w in analysis.tone.words("deal", limit=20)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_in_a_reply_the_discount_named_is_still_a_deal(lint, lang):
    # the same words sent to one customer on a service channel: the offer put to them
    assert "BL205" in codes(lint(lang, PROGRAMME[lang], "email"))


@pytest.fixture(scope="module")
def analysed(run_analysed_profile_texts):
    return run_analysed_profile_texts(PROFILES, "nuagerie42-reading", "help")


@pytest.mark.parametrize("lang,word", [("fr", "remise"), ("en", "discount")])
def test_the_offer_a_page_documents_is_no_deal_word(analysed, lang, word):
    _, analysis = analysed(PROGRAMME[lang], lang)
    assert word not in [w.lower() for w in analysis.tone.words("deal", limit=20)]


@pytest.mark.parametrize("lang,word", [("fr", "remise"), ("en", "discount")])
def test_on_a_channel_that_sells_the_offer_named_is_the_offer_shown(analysed, lang, word):
    _, analysis = analysed(PROGRAMME[lang], lang, "shop")
    assert word in [w.lower() for w in analysis.tone.words("deal", limit=20)]


@pytest.mark.parametrize("lang,amount", [("fr", "40 %"), ("en", "40%")])
def test_the_amounts_of_a_documented_offer_still_count(analysed, lang, amount):
    _, analysis = analysed(PROGRAMME[lang], lang)
    assert amount in analysis.tone.words("deal", limit=20)
