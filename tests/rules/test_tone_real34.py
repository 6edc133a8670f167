"""Round 34 tone (issue 9; BL2 judged wrong on real copy in docs/realtext/realcheck30..33;
the texts below are our own): a page's job and whose words it says —

- a page of rules (a permission and a prohibition, or a heading that names its guidelines)
  states its bans and musts plainly: no coldness, and its formal request is the genre's;
- the rules of another party ("subject to other sites' policies") are a disclosure about
  someone else, not the brand's administration;
- a sanction word that is what a feature is for ("to block file types unless…") is no
  ultimatum;
- a help page titled with the reader's trouble in their own words is their question:
  the limit it states with a way out is honest;
- the reader's bank or employer acts on its own: what it did not do is no reproach;
- the title of a work cited with its byline is its author's words;
- a share text that passes the brand on may run longer, even among an app's strings."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Bricolab
language: fr
address: vous
central_idea:
  statement: "Des outils libres pour réparer soi-même."
  lexicon: [réparer, réparation, outil, atelier]
channels:
  web: {tones: [solution, reassurance]}
  email: {tones: [solution, reassurance], service: true}
  help: {tones: [solution, reassurance], service: true}
  app: {tones: [solution, reassurance], service: true}
""",
    "en": """
brand: Bricolab
language: en
address: informal
central_idea:
  statement: "Free tools to repair things yourself."
  lexicon: [repair, fix, tool, workshop]
channels:
  web: {tones: [solution, reassurance]}
  email: {tones: [solution, reassurance], service: true}
  help: {tones: [solution, reassurance], service: true}
  app: {tones: [solution, reassurance], service: true}
""",
}

# the other register: a brand that says tu, and a formal English brand
OTHER_REGISTER = {
    "fr": PROFILES["fr"].replace("address: vous", "address: tu"),
    "en": PROFILES["en"].replace("address: informal", "address: formal"),
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "bricolab34", "web")


@pytest.fixture(scope="module")
def lint_other(lint_profile_texts):
    return lint_profile_texts(OTHER_REGISTER, "bricolab34o", "web")


@pytest.fixture(scope="module")
def analyse(analyse_profile_texts):
    return analyse_profile_texts(PROFILES, "bricolab34a")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL2")}


def weights(analysis, tone):
    return sum(e.weight for e in analysis.tone.evidence if e.tone == tone)


# -- a page of rules ----------------------------------------------------------------------

RULES = {
    "fr": "Cueillir les herbes aromatiques est autorisé, mais arracher les plants est interdit. "
          "Les outils doivent être rangés le soir. Le feu est strictement interdit. "
          "Les bacs sont réservés aux membres.",
    "en": "Picking herbs is allowed, but pulling up plants is forbidden. Tools must be put "
          "away at night. Fires are strictly prohibited. The beds are for members only.",
}
BANS = {
    "fr": "Arracher les plants est interdit. Les outils doivent être rangés le soir. Le "
          "feu est strictement interdit. Les bacs sont réservés aux membres.",
    "en": "Pulling up plants is forbidden. Tools must be put away at night. Fires are "
          "strictly prohibited. The beds are for members only.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_of_rules_states_its_bans_plainly(lint, lang):
    assert "BL207" not in codes(lint(lang, RULES[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_bans_with_nothing_allowed_are_a_cold_notice(lint, lang):
    assert "BL207" in codes(lint(lang, BANS[lang]))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Charte du jardin\n\nMerci de suivre ces règles au jardin.\n\nRespect\n\nSoyez "
           "courtois avec les autres jardiniers."),
    ("en", "Garden Guidelines\n\nPlease follow these rules in the garden.\n\nRespect\n\nBe "
           "kind to the other gardeners."),
])
def test_a_heading_that_names_guidelines_makes_a_page_of_rules(analyse, lang, text):
    assert analyse(text, lang, "web").sets_rules


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre jardin\n\nMerci de venir au jardin.\n\nLes semis\n\nSoyez courtois avec les "
           "autres jardiniers."),
    ("en", "Our garden\n\nThanks for coming to the garden.\n\nSowing\n\nBe kind to the other "
           "gardeners."),
])
def test_a_page_with_no_rules_named_is_none(analyse, lang, text):
    assert not analyse(text, lang, "web").sets_rules


def test_a_page_of_rules_asks_in_the_genres_formal_words(lint):
    text = ("Community Guidelines\n\nThe Bricolab community kindly requests that you follow "
            "these guidelines when you post:\n\nBe nice to other members\n\nKeep it on topic")
    assert "BL204" not in codes(lint("en", text))


def test_kindly_outside_a_page_of_rules_is_still_stiff(lint):
    text = "Kindly send us a photo of your bike and we'll take a look at it!"
    assert "BL204" in codes(lint("en", text))


def test_a_page_of_rules_in_the_other_pronoun_is_still_a_slip(lint_other):
    text = ("Charte du forum\n\nCe qui est autorisé ou non sur le forum.\n\nRespect\n\n"
            "Vous devez rester courtois avec les autres membres.")
    assert "BL204" in codes(lint_other("fr", text))


# -- the rules of another party -----------------------------------------------------------

@pytest.mark.parametrize("lang,text,words", [
    ("en", "When you click an ad, you leave our site and you are subject to other sites' "
           "policies.", "subject to"),
    ("en", "Once there, you'll be subject to Yelp's terms of service.", "subject to"),
    ("fr", "Ces prestataires ont leurs propres règles, que les membres doivent lire.",
     "règles"),
    ("fr", "Une fois sur le site, vous êtes soumis aux conditions d'utilisation de Yelp.",
     "soumis"),
])
def test_the_rules_of_another_party_are_no_coldness(analyse, lang, text, words):
    cold = [e.text for e in analyse(text, lang, "web").tone.evidence if e.tone == "coldness"]
    assert not any(words in w for w in cold)


@pytest.mark.parametrize("lang,text", [
    ("en", "Every booking is subject to our policies and to the terms of our workshop."),
    ("fr", "Toute réservation est soumise à nos conditions et sous réserve de validation."),
])
def test_the_brands_own_conditions_stay_cold(analyse, lang, text):
    assert weights(analyse(text, lang, "web"), "coldness") > 0


# -- what a feature is for ---------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Can be combined with our access control to block file types unless they are "
           "encrypted."),
    ("fr", "Se combine avec notre contrôle d'accès pour bloquer les envois de certains groupes "
           "à défaut de chiffrement."),
])
def test_what_a_feature_is_for_is_no_ultimatum(analyse, lang, text):
    signals = {e.signal for e in analyse(text, lang, "web").tone.evidence}
    assert "ultimatum" not in signals


@pytest.mark.parametrize("lang,text", [
    ("en", "Unless you pay by Friday, we will have to block your card."),
    ("fr", "À défaut de paiement sous 48 h, nous devrons bloquer votre carte."),
])
def test_a_sanction_on_the_reader_is_still_an_ultimatum(analyse, lang, text):
    signals = {e.signal for e in analyse(text, lang, "web").tone.evidence}
    assert "ultimatum" in signals


# -- the reader's trouble as a help page's title ------------------------------------------

LIMIT = {
    "fr": ("Je ne peux pas payer car je n'ai pas de carte",
           "Paiement sans carte",
           "Malheureusement, il n'est pas possible de payer sans carte pour l'instant.\n"
           "Demandez une carte virtuelle à votre banque, puis revenez sur la page de "
           "paiement."),
    "en": ("I can't pay because I don't have a card",
           "Paying without a card",
           "Unfortunately, it's not possible to pay without a card for now.\nAsk your bank "
           "for a virtual card, then come back to the payment page."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_limit_under_the_readers_trouble_with_a_way_out_weighs_half(analyse, lang):
    trouble, plain, body = LIMIT[lang]
    answered = weights(analyse(f"{trouble}\n{body}", lang, "help"), "frustration")
    stated = weights(analyse(f"{plain}\n{body}", lang, "help"), "frustration")
    assert stated > 0 and answered == pytest.approx(stated / 2)


# -- the reader's institutions -----------------------------------------------------------

@pytest.mark.parametrize("lang,text,verb", [
    ("en", "Your bank didn't provide a reason for this dispute.", "provide"),
    ("fr", "Votre banque n'a pas donné de motif pour ce litige.", "donné"),
])
def test_the_readers_bank_acts_on_its_own(analyse, lang, text, verb):
    a = analyse(text, lang, "email")
    token = next(t for t in a.doc if t.text == verb)
    assert a.frame(token).holder == "third_party"
    assert a.frame(token).act != "blame"


@pytest.mark.parametrize("lang,text,verb", [
    ("en", "You didn't provide a reason for this dispute.", "provide"),
    ("fr", "Vous n'avez pas donné de motif pour ce litige.", "donné"),
])
def test_the_reader_is_still_the_reader(analyse, lang, text, verb):
    a = analyse(text, lang, "email")
    token = next(t for t in a.doc if t.text == verb)
    assert a.frame(token).holder == "customer"


# -- a cited title -----------------------------------------------------------------------

def test_a_cited_titles_tu_is_its_authors(lint):
    text = ("Ils en parlent\nDis-moi ce que tu répares par Jeanne Martin, Le Petit Quotidien - "
            "12/03/2019\nSur Twitter, vous pouvez suivre le mot-dièse #reparons")
    assert "BL204" not in codes(lint("fr", text))


def test_the_same_tu_in_the_brands_words_is_a_slip(lint):
    text = "Dis-moi ce que tu répares, et passe nous voir samedi à l'atelier !"
    assert "BL204" in codes(lint("fr", text))


def test_a_cited_titles_formal_words_are_its_authors(lint):
    text = ("In the press\nDear Sir or Madam: how we wrote letters by Jane Roe, The Daily Post "
            "- 12/03/2019\nFollow us on Mastodon for more stories!")
    assert "BL204" not in codes(lint("en", text))


def test_the_same_formal_words_in_the_brands_voice_are_a_slip(lint):
    text = "Dear Sir or Madam, please find enclosed your repair guide. Have fun!"
    assert "BL204" in codes(lint("en", text))


# -- a share text that passes the brand on ------------------------------------------------

SHARE = {
    "fr": "Je voulais te parler de {}, l'appli que j'utilise pour réparer mes objets : elle te "
          "montre pas à pas comment faire, et en plus c'est gratuit et sans inscription. Tu "
          "peux même ajouter tes propres tutoriels pour aider les autres. Voilà le lien pour "
          "la télécharger : https://example.org",
    "en": "I wanted to tell you about {}, the app I use to fix my stuff. It's gonna show "
          "you how to repair things step by step, it's free, and you can even add your own "
          "guides to help others out. Here's the link to download it: https://example.org",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_share_text_that_names_the_brand_is_the_readers_voice(lint, lint_other, lang):
    run = lint if lang == "fr" else lint_other
    assert "BL204" not in codes(run(lang, SHARE[lang].format("Bricolab"), "app"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_words_that_name_no_brand_are_the_brands(lint, lint_other, lang):
    run = lint if lang == "fr" else lint_other
    assert "BL204" in codes(run(lang, SHARE[lang].format("cette appli" if lang == "fr"
                                                          else "this app"), "app"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Ton atelier t'attend\n\nTu as une lampe à réparer ? Tu trouveras les pièces, "
           "les outils et un bénévole pour t'aider samedi, et on garde ta lampe au chaud si tu "
           "dois revenir.\n\n→ Je réserve\n\nÀ très vite,\nL'équipe Bricolab"),
    ("en", "Subject: Your workshop is waiting\n\nGot a lamp to fix? You'll find the parts, the "
           "tools and a volunteer who's gonna help you on Saturday, and we'll keep your lamp "
           "if you need to come back.\n\n→ I'm in\n\nSee you soon,\nThe Bricolab team"),
])
def test_a_newsletters_button_and_signature_are_the_brand_speaking(lint, lint_other, lang, text):
    run = lint if lang == "fr" else lint_other
    assert "BL204" in codes(run(lang, text, "app"))
