"""What the real copy judged in rounds 23 and 24 (issue 7) taught the shared analysis,
each concept silent in its true form and firing in its near miss, in French and
English, on the real models:

- an order: a feature list's line opening on an adverb of its verb ("Immediately
  reply…"), and an English bare imperative an infinitive of purpose hangs on ("To
  upgrade in the safest way possible, always update…");
- the speaker: a line signed under it by a dash and a name is that person's quotation;
- the holder: an adverb said alone after a sentence ("Always.") is that sentence's;
- what a superlative ranks: recency (« la plus récente »), a partner brought in by
  "together with" / « en partenariat avec »;
- what a delay times: not the service named inside a parenthesis it stands outside;
- what bounds an allowance: the reader's own set-up ("up to the technical limitations");
- a search kept up ("always on the look-out for") is no claim;
- a set phrase that goes on into a longer noun phrase is not the formula (« par la
  présente charte »);
- a noun of address under a determiner ("the good guys") hails nobody.
"""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Ternel
language: fr
address: vous
central_idea:
  statement: "Un réseau indépendant, ouvert et entre les mains de ses membres."
  lexicon: [indépendant, ouvert, membres]
channels:
  web: {tones: [reassurance]}
""",
    "en": """
brand: Ternel
language: en
address: formal
central_idea:
  statement: "An independent, open network in the hands of its members."
  lexicon: [independent, open, members]
channels:
  web: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ternelq", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


# -- an order on a feature list's line opening on an adverb ----------------------------

FEATURES = ("Sync any folder of your computer\n\nUse the activity panel to follow your "
            "shares\n\n{line}\n\nProtect your files with end-to-end encryption")


def test_a_feature_line_opening_on_an_adverb_is_an_order_to_the_reader(lint_with):
    text = FEATURES.format(line="Immediately reply to alerts to join a meeting or accept "
                                "a share")
    assert "BL304" not in codes(lint_with("en", text))


@pytest.mark.parametrize("line", [
    "Our team will immediately reply to your alerts",
    "Immediately receive a reply from our team",
])
def test_the_teams_reply_or_a_reply_received_stays_a_promise(lint_with, line):
    assert "BL304" in codes(lint_with("en", FEATURES.format(line=line)))


# -- an infinitive of purpose hanging on an English bare imperative --------------------

def test_a_superlative_of_manner_in_advice_is_no_market_claim(lint_with):
    text = ("Updates come every month. To migrate in the safest way possible, always "
            "install each minor release before moving to the next major version.")
    assert "BL303" not in codes(lint_with("en", text))


def test_the_safest_network_on_the_market_stays_a_claim(lint_with):
    text = "Updates come every month. Ternel is the safest network on the market."
    assert "BL303" in codes(lint_with("en", text))


@pytest.mark.parametrize("text,word,act", [
    ("To upgrade in the safest way possible, always update to the latest minor release "
     "first.", "upgrade", "advice"),
    ("To get the best price on the market, we negotiate every contract.", "get", "statement"),
])
def test_an_infinitive_of_purpose_takes_the_act_of_the_order_it_hangs_on(
        analyse, text, word, act):
    a = analyse(text, "en", "email")
    token = next(t for t in a.doc if t.lower_ == word)
    assert a.frame(token).act == act


# -- a line signed by someone else ------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The city now runs Ternel in every school\n\nTernel is the largest open "
           "network in the region!\n\n-- Paula Greer, deputy mayor"),
    ("fr", "La ville déploie Ternel dans toutes ses écoles\n\nTernel est le plus grand "
           "réseau ouvert de la région !\n\n— Claire Martin, adjointe au maire"),
])
def test_a_line_signed_by_someone_else_is_their_quotation(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "The city now runs Ternel in every school\n\nTernel is the largest open "
           "network in the region!\n\n-- The Ternel team"),
    ("en", "The city now runs Ternel in every school\n\nTernel is the largest open "
           "network in the region!\n\n– Free Setup\n– Local Support"),
    ("fr", "La ville déploie Ternel dans toutes ses écoles\n\nTernel est le plus grand "
           "réseau ouvert de la région !\n\n— L'équipe Ternel"),
])
def test_the_brands_own_signature_or_a_dash_list_quotes_nobody(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


# -- an adverb said alone after a sentence ----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Your data tells who you are and can be misused.\n\nAnd power gets misused. "
           "Always. Maybe by a neighbour who holds a grudge."),
    ("fr", "Le climat se réchauffe et la météo change. Toujours. Nous en parlons dans "
           "notre lettre."),
])
def test_an_adverb_alone_after_a_sentence_about_the_world_is_no_claim(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our support team answers every ticket. Always."),
    ("fr", "Notre équipe répond à chaque message. Toujours."),
])
def test_an_adverb_alone_after_the_brands_sentence_stays_a_claim(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- a superlative of recency -----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Plug and play\n\nTernel Box is a handy kit to pick the best routers for "
           "Android's most recent version."),
    ("fr", "Prêt à brancher\n\nTernel Box est un kit pratique pour choisir les routeurs "
           "adaptés à la version la plus récente d'Android."),
])
def test_a_superlative_of_recency_ranks_no_offer(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Plug and play\n\nTernel Box is the most reliable kit on the market."),
    ("fr", "Prêt à brancher\n\nTernel Box est le kit le plus fiable du marché."),
])
def test_a_superlative_of_quality_stays_a_claim(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


# -- a partner brought in beside the brand ----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Need a network for your town? Together with Europe's largest fibre operator "
           "we bring you a deployment within weeks."),
    ("fr", "Besoin d'un réseau pour votre commune ? En partenariat avec le plus grand "
           "opérateur de fibre européen, nous vous proposons un déploiement rapide."),
])
def test_a_superlative_of_the_partner_is_not_the_brands(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Need a network for your town? Ternel is Europe's largest fibre operator and "
           "brings you a deployment within weeks."),
    ("fr", "Besoin d'un réseau pour votre commune ? Ternel est le plus grand opérateur de "
           "fibre européen et vous propose un déploiement rapide."),
])
def test_the_brand_ranked_itself_stays_a_claim(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


# -- a delay outside a parenthesis ------------------------------------------------------

def test_a_delay_outside_an_aside_does_not_time_its_service(lint_with):
    text = ("The members get notified of the new file, read it and add comments in the "
            "margin (the author receives a notification when a comment is posted) or just "
            "edit it right away.")
    assert "BL304" not in codes(lint_with("en", text))


def test_a_delay_inside_the_aside_times_its_service(lint_with):
    text = "Call us (our support team answers within 10 minutes) about any question."
    assert "BL304" in codes(lint_with("en", text))


# -- an allowance bounded by the reader's set-up ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Pricing is per member. The plan offers unlimited devices per home, up to the "
           "technical limitations of your own router."),
    ("fr", "Le prix est par membre. L'offre permet des appareils illimités par foyer, dans "
           "les limites techniques de votre propre routeur."),
])
def test_an_allowance_bounded_by_the_readers_set_up_is_no_absolute(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Pricing is per member. The plan offers unlimited devices per home."),
    ("fr", "Le prix est par membre. L'offre permet des appareils illimités par foyer."),
])
def test_an_unbounded_allowance_stays_an_absolute(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- a search kept up ------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Ternel is always on the look-out for new volunteers to run the network."),
    ("fr", "Ternel est toujours à la recherche de nouveaux bénévoles pour faire vivre le "
           "réseau."),
])
def test_a_search_kept_up_is_no_claim(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Ternel is always online for its members."),
    ("fr", "Ternel répond toujours à ses membres dans l'heure."),
])
def test_always_on_the_service_stays_a_claim(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text)) or "BL304" in codes(lint_with(lang, text))


# -- a set phrase going on into a longer noun phrase -----------------------------------

def test_a_formula_inside_a_longer_noun_phrase_is_not_the_formula(lint_with):
    text = ("Aucune donnée personnelle ne sera revendue ni utilisée à des fins non prévues "
            "par la présente charte. Chaque membre garde la main sur ce qu'il publie.")
    assert "BL207" not in codes(lint_with("fr", text), "BL2")


def test_the_formula_itself_stays_cold(lint_with):
    text = ("Madame, je vous informe par la présente que votre demande a été traitée "
            "conformément au règlement en vigueur. Veuillez agréer nos salutations.")
    assert "BL207" in codes(lint_with("fr", text), "BL2")


# -- a noun of address under a determiner -----------------------------------------------

def test_a_noun_of_address_under_a_determiner_hails_nobody(lint_with):
    text = ("Why support us?\n\n1. For more open alternatives\n\n2. Because we are the "
            "good guys!\n\n3. To keep the network in its members' hands")
    assert "BL204" not in codes(lint_with("en", text), "BL2")


def test_guys_said_to_the_reader_stays_informal(lint_with):
    text = "Hey guys, we have more open alternatives for you this month!"
    assert "BL204" in codes(lint_with("en", text), "BL2")
