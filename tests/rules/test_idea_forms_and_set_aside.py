"""What the real corpora of round 34 taught the central-idea stance (BL103), as concepts:

- an order form (a template's fields, a screen's strings) tells the terms the reader
  fills in: its prices, options and discounts are no price push;
- a clause that opens on "rather than", « plutôt que », « au lieu de » names what the
  brand does not do: its cues are set aside, not argued;
- a word of the idea inside a name ("No Open Pantry account is required") is not the
  value turned down;
- a word of exclusivity said of the reader's own records ("a fully private history",
  « votre historique reste privé ») is the privacy the product gives, not the happy few;
- a word of a quality said as a verb with an object ("without opening a record") is the
  act done to a thing, not the quality turned down;
- what the brand helps the reader make sense of ("the fine print", « les petites
  lignes ») is what it makes plain, not what it hides.

The profiles are written here, for a brand of this file.
"""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
        brand: Cellier Ouvert
        language: fr
        address: vous
        default_channel: web
        central_idea:
          statement: "Un guide alimentaire ouvert et transparent, pour tous : vous
                      choisissez et comprenez ce que vous mangez."
          lexicon: [ouvert, transparent, tous, choisir, comprendre, ensemble]
          related: [aliment, étiquette, produit]
          avoid: [jetable]
        channels:
          web:    {tones: [reassurance, solution]}
          email:  {tones: [reassurance]}
    """,
    "en": """
        brand: Open Pantry
        language: en
        address: formal
        default_channel: web
        central_idea:
          statement: "An open, transparent food guide for everyone: you choose and
                      understand what you eat."
          lexicon: [open, transparent, everyone, choose, understand, together]
          related: [food, label, product]
          avoid: [disposable]
        channels:
          web:    {tones: [reassurance, solution]}
          email:  {tones: [reassurance]}
    """,
}


@pytest.fixture(scope="module")
def lint_pantry(run_analysed_profile_texts):
    return run_analysed_profile_texts(PROFILES, "pantry")


def _bl103(lint, text, lang, channel="web"):
    result, analysis = lint(text, lang, channel)
    return [d for d in result.diagnostics if d.code == "BL103"], analysis


# -- an order form is no price push -----------------------------------------------------

FORMS = [
    ("en", "Fill in the form below to receive a contract and invoice from us.\n\n"
           "Contact person:\nJane Doe\nEmail:\njane@example.org\nBilling address:\n"
           "12 Mill Lane\nNumber of boxes:\n3\n\nLength of contract\n"
           "2 years (2nd year 10% discount)\n3 years (3rd year 15% discount)\n"
           "Price per month: € 9.50 per box, sales tax excluded.\n"
           "Schools and charities: discounts may apply, ask our sales team for an offer."),
    ("fr", "Remplissez le formulaire ci-dessous pour recevoir un contrat et une facture.\n\n"
           "Contact :\nJeanne Martin\nCourriel :\njeanne@example.org\n"
           "Adresse de facturation :\n12 rue du Moulin\nNombre de paniers :\n3\n\n"
           "Durée du contrat\n2 ans (2e année : 10 % de remise)\n"
           "3 ans (3e année : 15 % de remise)\n"
           "Prix mensuel : 9,50 € par panier, hors taxes.\n"
           "Écoles et associations : des remises sont possibles, demandez une offre."),
]

PITCHES = [
    ("en", "SALE: 40% off every pantry box! Prices slashed, deal ends Sunday: hurry, "
           "only 20 boxes left at this price."),
    ("fr", "SOLDES : -40 % sur tous les paniers ! Prix cassés, promo jusqu'à dimanche : "
           "dépêchez-vous, stock limité."),
]


@pytest.mark.parametrize("lang, text", FORMS)
def test_an_order_form_with_its_discounts_is_no_price_push(lint_pantry, lang, text):
    found, analysis = _bl103(lint_pantry, text, lang)
    assert analysis.function.kind in ("notification", "interface")
    assert analysis.stance.price_push == 0
    assert found == []


@pytest.mark.parametrize("lang, text", PITCHES)
def test_a_sale_told_by_its_price_and_urgency_still_pushes(lint_pantry, lang, text):
    _found, analysis = _bl103(lint_pantry, text, lang)
    assert analysis.function.kind is None
    assert analysis.stance.price_push >= 1.0


# -- what the brand sets aside ----------------------------------------------------------

SET_ASIDE = [
    ("en", "Your adviser explains each option and guides you with your bank, rather than "
           "contacting it on your behalf.", "on your behalf"),
    ("fr", "Votre conseiller vous explique chaque option et vous guide auprès de votre "
           "banque, plutôt que de choisir à votre place.", "à votre place"),
]

TAKEN_AWAY = [
    ("en", "Your adviser contacts your bank on your behalf: we handle everything, leave it "
           "to us.", "on your behalf"),
    ("fr", "Votre conseiller choisit à votre place : on s'occupe de tout, laissez-nous "
           "faire.", "à votre place"),
]


@pytest.mark.parametrize("lang, text, cue", SET_ASIDE)
def test_a_cue_in_a_clause_set_aside_argues_nothing(lint_pantry, lang, text, cue):
    found, analysis = _bl103(lint_pantry, text, lang)
    assert cue not in analysis.opposition.words
    assert found == []


@pytest.mark.parametrize("lang, text, cue", TAKEN_AWAY)
def test_the_same_cue_said_by_the_brand_still_pulls(lint_pantry, lang, text, cue):
    found, analysis = _bl103(lint_pantry, text, lang)
    assert cue in analysis.opposition.words
    assert found


# -- a name, one's own records, an act on a thing, the fine print made plain ------------

NOT_AGAINST = [
    ("en", "No Open Pantry account is required: your list stays on your phone.", "Open"),
    ("en", "You get a fully private history of the foods you have scanned.", "private"),
    ("fr", "Votre historique reste privé, sur votre téléphone.", "privé"),
    ("en", "Alternatively, without opening a record, use the menu next to it.", "opening"),
    ("fr", "Sans ouvrir la fiche, utilisez le menu à côté d'elle.", "ouvrir"),
    ("en", "Our guide helps you to make sense of the fine print on food labels.",
     "fine print"),
    ("fr", "Notre guide vous aide à décrypter les petites lignes des étiquettes.",
     "petites lignes"),
]

AGAINST = [
    ("en", "No open list here: a private club, reserved for members.", "private"),
    ("fr", "Un salon privé, réservé aux membres : pas pour tout le monde.", "privé"),
    ("en", "Just click accept: the fine print is for the lawyers.", "fine print"),
    ("fr", "Signez sans lire : les petites lignes, c'est pour les juristes.",
     "petites lignes"),
]


@pytest.mark.parametrize("lang, text, word", NOT_AGAINST)
def test_names_records_acts_and_plain_reading_do_not_pull(lint_pantry, lang, text, word):
    found, analysis = _bl103(lint_pantry, text, lang)
    assert word not in analysis.opposition.words
    assert word not in [t.text for t in analysis.idea.rejected_tokens]
    assert found == []


@pytest.mark.parametrize("lang, text, word", AGAINST)
def test_exclusivity_and_the_hidden_print_still_pull(lint_pantry, lang, text, word):
    _found, analysis = _bl103(lint_pantry, text, lang)
    assert word in analysis.opposition.words


OPENING = [
    ("en", "Open the app, then open a record.", "open", True),
    ("en", "We open our doors to everyone.", "open", False),
    ("fr", "Nous ouvrons le dossier demain.", "ouvrons", True),
    ("fr", "Nous ouvrons nos portes à chacun.", "ouvrons", False),
]


@pytest.mark.parametrize("lang, text, word, act", OPENING)
def test_opening_a_thing_is_an_act_opening_to_people_the_value(engines, lang, text, word,
                                                               act):
    from brandlint.analysis.idea_acts import acts_on_a_thing

    doc = engines[lang].analyser.nlp(text)
    verbs = [t for t in doc if t.lower_ == word and t.pos_ == "VERB"]
    assert verbs
    assert all(acts_on_a_thing(t) is act for t in verbs)


OWN_RECORDS = [
    ("en", "You get a fully private history of the foods you have scanned.", "private", True),
    ("en", "Your notes stay private.", "private", True),
    ("en", "Dinner in a private club, reserved for members.", "private", False),
    ("fr", "Votre historique reste privé, sur votre téléphone.", "privé", True),
    ("fr", "Un historique privé de vos recherches.", "privé", True),
    ("fr", "Un salon privé, réservé aux membres.", "privé", False),
]


@pytest.mark.parametrize("lang, text, word, own", OWN_RECORDS)
def test_private_said_of_one_s_records_is_privacy_not_the_happy_few(engines, lang, text,
                                                                     word, own):
    from brandlint.analysis.idea_acts import kept_to_oneself

    doc = engines[lang].analyser.nlp(text)
    tokens = [t for t in doc if t.lower_ == word]
    assert tokens
    assert all(kept_to_oneself(t) is own for t in tokens)


# -- the danger named as the condition of the brand's remedy ----------------------------

SAFE_PROFILES = {
    "fr": """
        brand: Veillane Garde
        language: fr
        address: vous
        default_channel: web
        central_idea:
          statement: "Protéger votre identité en toute sérénité, avec un conseiller à vos
                      côtés."
          lexicon: [sérénité, protection, protéger, tranquillité]
          related: [identité, dossier]
        channels:
          web:    {tones: [reassurance, solution]}
    """,
    "en": """
        brand: Veillane Guard
        language: en
        address: formal
        default_channel: web
        central_idea:
          statement: "Protect your identity with peace of mind, with an adviser by your side."
          lexicon: [peace of mind, protection, protect, calm]
          related: [identity, case]
        channels:
          web:    {tones: [reassurance, solution]}
    """,
}


@pytest.fixture(scope="module")
def lint_guard(run_analysed_profile_texts):
    return run_analysed_profile_texts(SAFE_PROFILES, "guard")


REMEDIED = [
    ("en", "If you become a victim of fraud, our team will assign you an adviser within "
           "the hour.", "victim"),
    ("fr", "Si vous êtes victime d'un vol, notre équipe vous attribue un conseiller dans "
           "l'heure.", "victime"),
]

FEARED = [
    ("en", "Will you be the next victim? If a burglar gets in, you lose everything.",
     "burglar"),
    ("fr", "Serez-vous la prochaine victime ? Si un cambrioleur entre, vous perdez tout.",
     "cambrioleur"),
]


@pytest.mark.parametrize("lang, text, word", REMEDIED)
def test_the_danger_as_the_condition_of_a_remedy_is_the_idea_s_side(lint_guard, lang, text,
                                                                     word):
    found, analysis = _bl103(lint_guard, text, lang)
    assert word not in analysis.opposition.words
    assert found == []


@pytest.mark.parametrize("lang, text, word", FEARED)
def test_the_danger_sold_for_itself_still_pulls(lint_guard, lang, text, word):
    found, analysis = _bl103(lint_guard, text, lang)
    assert word in analysis.opposition.words
    assert found
