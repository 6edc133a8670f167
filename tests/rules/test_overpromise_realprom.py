"""What real copy of new kinds (help centres, interface strings, product pages) taught
the overpromise and central-idea analysis, as concepts of the frame and of the readings
of delays and claims:

- a negation typeset with a curly apostrophe ("isn’t always") negates as "isn't" does;
- an idea that stops a harm (privacy: *tracking*, *collecting*) is kept, not rejected,
  when the brand denies the harmful act or what it would be done to ("we do not track
  our users", "we have never sold personal information");
- a question in the first person singular is the reader's own (a help article's title:
  "Why does my…?"): no rhetorical dismissal in the brand's voice;
- an idea word inside a feature's name in title case ("Shield Plus") is a name;
- an immediacy word before a preposition of place ("immediately below the title") says
  where, not when;
- a compound past in the conditional ("what you would have received this week") is
  what would have happened: no time the brand is held to;
- a payment or parcel described by what another party did to it ("the money sent by a
  donor") is how money moves, not the brand's refund or delivery;
- a superlative that ranks the users' own things ("the most popular projects belonging
  to our members") or a restrictive *only* ("the only available payment method") ranks
  no offer against competitors;
- a past habit a comparison points to ("work like you always did") is a record;
- the brand telling the reader something, always ("you will always be notified before
  a debit"), is a practice it keeps by itself: its policy.

Each concept is silent in its true form and the near miss still fires, French and
English, on the real models; the texts are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Veilleuse
language: fr
central_idea:
  statement: "Protéger vos informations personnelles en empêchant qu'elles soient collectées."
  lexicon: [vie privée, protection, pistage, données, informations]
channels:
  help: {tones: [reassurance]}
  web: {tones: [reassurance]}
promises:
  refund: {within: 14d}
""",
    "en": """
brand: Veilleuse
language: en
central_idea:
  statement: "Protect your personal information by stopping it from being collected."
  lexicon: [privacy, protection, tracking, data, information]
channels:
  help: {tones: [reassurance]}
  web: {tones: [reassurance]}
promises:
  refund: {within: 14d}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "veilleuse-realprom", "help")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


def warnings(diagnostics, code):
    return [d for d in diagnostics if d.code == code and d.severity.name == "WARNING"]


# -- a negation with a curly apostrophe -------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "This estimate isn’t always accurate enough on mobile networks."),
    ("en", "Our sync doesn’t always finish overnight on slow connections."),
    ("fr", "La position estimée n’est pas toujours exacte ; elle peut varier de quelques "
           "kilomètres."),
])
def test_curly_negation_withdraws_the_absolute(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our estimated location is always exact, to the metre."),
    ("fr", "Nos résultats sont toujours exacts, sans exception."),
])
def test_affirmed_absolute_still_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- the idea's harm denied, the reader's question, a feature's name ---------------

@pytest.mark.parametrize("lang,text", [
    ("en", "We have never sold personal information to anyone, per our Privacy Policy."),
    ("en", "Does Veilleuse sell your browsing history?\nNo. We have never sold personal "
           "information, and we do not track our users."),
    ("en", "We believe the best way to protect your data is to not collect it at all."),
    ("fr", "Veilleuse revend-elle votre historique ?\nNon. Nous n'avons jamais revendu "
           "d'informations personnelles, et nous ne pistons pas nos utilisateurs."),
])
def test_the_harm_denied_keeps_the_idea(lint_with, lang, text):
    assert "BL103" not in codes(lint_with(lang, text), "BL1")


@pytest.mark.parametrize("lang,text", [
    ("en", "Why does my personal information still show up in search results?\n"
           "Some sites take a few weeks to process removal requests."),
    ("fr", "Pourquoi mes informations personnelles apparaissent-elles encore dans les "
           "résultats ?\nCertains sites mettent quelques semaines à traiter les demandes."),
])
def test_a_question_in_the_first_person_is_the_readers(lint_with, lang, text):
    assert "BL103" not in codes(lint_with(lang, text), "BL1")


def test_an_idea_word_in_a_features_name_is_a_name(lint_with):
    text = ("Do you need an account to use it?\nYou don't need to create an account in "
            "order to use Privacy Shield.")
    assert "BL103" not in codes(lint_with("en", text), "BL1")


@pytest.mark.parametrize("lang,text", [
    ("en", "Why protect your privacy when you have nothing to hide?"),
    ("fr", "Pourquoi protéger votre vie privée quand vous n'avez rien à cacher ?"),
])
def test_a_rhetorical_dismissal_still_fires(lint_with, lang, text):
    assert "BL103" in codes(lint_with(lang, text, "web"), "BL1")


# -- delays: a place, a counterfactual, another party's money ---------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Your short description is always displayed immediately below your username."),
    ("fr", "Votre courte description est toujours affichée immédiatement en dessous de "
           "votre pseudo."),
    ("fr", "Votre courte description est toujours affichée immédiatement sous votre pseudo."),
])
def test_a_place_on_the_page_is_no_delay_and_no_claim(lint_with, lang, text):
    found = lint_with(lang, text, "web")
    assert "BL304" not in codes(found) and "BL301" not in codes(found)


@pytest.mark.parametrize("lang,text", [
    ("en", "Your short description is updated immediately."),
    ("fr", "Votre courte description est mise à jour immédiatement."),
])
def test_immediacy_of_an_update_is_still_read(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Gift wrapping is done immediately at the till."),
    ("fr", "L'emballage cadeau est fait immédiatement en caisse."),
])
def test_immediacy_of_a_service_still_fires(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "NB: Gifts are now paid in advance instead of being transferred weekly. The "
           "numbers above match what you would have received this week under the old system."),
    ("fr", "NB : les dons sont maintenant payés en avance au lieu d'être transférés chaque "
           "semaine. Les chiffres ci-dessus correspondent à ce que vous auriez reçu cette "
           "semaine avec l'ancien système."),
])
def test_a_counterfactual_is_no_delay(lint_with, lang, text):
    assert "BL304" not in codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your gift box will be delivered this week."),
    ("fr", "Votre coffret cadeau sera livré cette semaine."),
])
def test_a_delivery_this_week_still_fires(lint_with, lang, text):
    assert "BL304" in codes(lint_with(lang, text))


@pytest.mark.parametrize("text", [
    "L'argent envoyé par un parrain est immédiatement versé sur votre compte bancaire.",
    "Pas depuis 2018. L'argent envoyé par un parrain va immédiatement au bénéficiaire.",
])
def test_money_sent_by_another_party_is_no_refund(lint_with, text):
    found = lint_with("fr", text)
    assert "BL302" not in codes(found) and not warnings(found, "BL304")


def test_the_brands_refund_still_fires(lint_with):
    text = "Votre argent vous est remboursé sous 2 jours, jamais plus."
    found = lint_with("fr", text)
    assert "BL302" in codes(found) or "BL301" in codes(found)


# -- superlatives: others' things, the reader's one choice ------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "See the most popular repositories belonging to our users, and browse lists of "
           "your favourites."),
    ("en", "The most popular project currently linked to a Veilleuse account is:"),
    ("fr", "Découvrez les projets les plus populaires qui appartiennent à nos membres."),
])
def test_the_users_things_ranked_among_themselves(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Veilleuse is the most popular privacy extension."),
    ("fr", "Veilleuse est l'extension de protection la plus populaire."),
])
def test_the_brands_offer_ranked_still_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "A card is currently the only available payment method for this plan."),
    ("fr", "La carte est actuellement le seul moyen de paiement disponible pour cette offre."),
])
def test_a_restrictive_only_is_a_limit(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text, "web"))


def test_the_only_offer_available_everywhere_still_fires(lint_with):
    found = lint_with("en", "Veilleuse is the only extension available on every browser.", "web")
    assert "BL303" in codes(found)


# -- the brand telling the reader: its policy -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Some alerts cannot be turned off: you will always be notified before we "
           "charge your card."),
    ("fr", "Certaines alertes ne peuvent pas être désactivées : vous serez toujours "
           "prévenu avant que nous débitions votre carte."),
])
def test_telling_the_reader_always_is_policy(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our servers are always online, whatever happens."),
    ("fr", "Nos serveurs sont toujours en ligne, quoi qu'il arrive."),
])
def test_an_availability_absolute_still_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- a habit a comparison points to, in the past -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Our desktop app keeps your files in sync, so you can work like you always did."),
    ("fr", "Notre appli garde vos fichiers à jour, pour travailler comme vous l'avez "
           "toujours fait."),
])
def test_a_past_habit_in_a_comparison_is_a_record(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text, "web"))


def test_a_future_in_a_comparison_still_fires(lint_with):
    found = lint_with("en", "Our desktop app lets you work faster, like it always will.", "web")
    assert "BL301" in codes(found)
