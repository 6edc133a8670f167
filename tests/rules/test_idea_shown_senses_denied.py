"""What heldout26 (round 22, written blind) taught the central-idea rules, as concepts:

- an idea can be shown rather than named: a draft that shows two things of the living
  world (the deer at the edge of the wood, the owl over the lake) carries an idea of
  nature without its words, where the channel does not require the idea said (BL101);
- a word of two senses in the idea (« clarté », "clear") beside light words (« lumière »,
  "sparkling") is brightness, not the value of clarity: it does not make that value
  active, and its opposite's cues do not argue against the idea (BL103);
- what the brand says it is not ("Why Navette isn't a cheap meal deal") denies the
  `avoid` word, even where the parser runs the headline into the next line.

The profiles are written here, for brands of this file.
"""

from __future__ import annotations

import textwrap

import pytest

from brandlint.analysis import values

PROFILES = {
    "ramure-fr": """
        brand: Ramure
        language: fr
        address: vous
        default_channel: social
        central_idea:
          statement: "Offrir des séjours dehors, au rythme de la nature."
          lexicon: [nature, dehors, plein air, forêt, randonnée, sentier]
          related: [famille, séjour, gîte, cabane]
          avoid: [promo, prix]
        channels:
          social: {tones: [joy]}
          web:    {tones: [joy], idea: required}
        rules:
          BL101: warning
    """,
    "ramure-en": """
        brand: Ramure
        language: en
        address: informal
        default_channel: social
        central_idea:
          statement: "Outdoor stays, at nature's pace."
          lexicon: [nature, outdoors, outdoor, forest, hike, trail]
          related: [family, stay, lodge, cabin]
          avoid: [promo, price]
        channels:
          social: {tones: [joy]}
          web:    {tones: [joy], idea: required}
        rules:
          BL101: warning
    """,
    "navette-fr": """
        brand: Navette
        language: fr
        address: vous
        default_channel: web
        central_idea:
          statement: "Le plaisir de cuisiner frais chaque soir."
          lexicon: [cuisiner, recette, frais, saison, goût]
          related: [légume, repas, soir]
          avoid: [promo, bon plan, remise]
        channels:
          web: {tones: [joy]}
    """,
    "navette-en": """
        brand: Navette
        language: en
        address: informal
        default_channel: web
        central_idea:
          statement: "The pleasure of cooking fresh every evening."
          lexicon: [cook, cooking, recipe, fresh, season, taste]
          related: [vegetable, meal, evening]
          avoid: [promo, deal, discount]
        channels:
          web: {tones: [joy]}
    """,
}


@pytest.fixture(scope="module")
def lint(engines, tmp_path_factory):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    folder = tmp_path_factory.mktemp("profiles")
    built = {}
    for name, text in PROFILES.items():
        path = folder / f"{name}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        profile = load_profile(str(path))
        nlp = engines[name.rsplit("-", 1)[1]].analyser.nlp
        built[name] = Engine(profile, Analyser(profile, nlp=nlp), Selection.build(profile))

    def run(text: str, brand: str, channel: str | None = None):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        return next(iter(built[brand].run_analysed([document])))

    return run


def _codes(lint, text, brand, channel=None):
    result, _analysis = lint(text, brand, channel)
    return sorted(d.code for d in result.diagnostics if d.family == "idea")


# -- the idea shown, not named ------------------------------------------------------------

SHOWN = [
    ("ramure-fr", "Ce soir, les chevreuils sortent à la lisière et la chouette chante "
                  "au-dessus du lac. Venez écouter."),
    ("ramure-en", "Tonight the deer step out at the edge of the wood and an owl calls "
                  "over the lake. Come and listen."),
]


@pytest.mark.parametrize(("brand", "text"), SHOWN)
def test_two_things_of_the_living_world_carry_an_idea_of_nature(lint, brand, text):
    _result, analysis = lint(text, brand)
    assert analysis.idea.score < 0.2  # no word of the idea itself
    assert analysis.stance.evoked >= 2
    assert "BL101" not in _codes(lint, text, brand)


@pytest.mark.parametrize(("brand", "text"), SHOWN)
def test_where_the_idea_is_required_it_must_be_said(lint, brand, text):
    assert "BL101" in _codes(lint, text, brand, channel="web")


@pytest.mark.parametrize(("brand", "text"), [
    ("ramure-fr", "Parking : 40 places à l'entrée, près du lac. Paiement par carte ou "
                  "virement à la réception."),
    ("ramure-en", "Parking: 40 spaces at the entrance, by the lake. Pay by card or bank "
                  "transfer at reception."),
    # "swift" said of a service is no bird
    ("ramure-en", "Swift check-in, swift check-out and fast wifi in every room. Book now."),
])
def test_one_thing_of_the_living_world_is_a_detail(lint, brand, text):
    assert "BL101" in _codes(lint, text, brand)


def test_a_name_is_not_the_living_thing(lint):
    # "Heron" and "Otter" name the cabins, they show no bird and no otter
    text = "Cabins Heron and Otter: two doubles, a kitchen and a shower. Book by card."
    _result, analysis = lint(text, "ramure-en")
    assert analysis.stance.evoked == 0


# -- a word of two senses -----------------------------------------------------------------

@pytest.mark.parametrize(("lang", "lexicon", "active"), [
    ("fr", ["lumière", "lumineux", "clarté"], False),
    ("fr", ["clarté", "transparent", "comprendre"], True),
    ("fr", ["clair", "simple"], True),
    ("en", ["light", "bright", "clear"], False),
    ("en", ["sparkling", "clarity"], False),
    ("en", ["clear", "transparent", "understand"], True),
    ("en", ["clarity", "honest"], True),
])
def test_clarity_beside_light_is_brightness(lang, lexicon, active):
    axes = values.active_axes(lang, frozenset(lexicon), "", " ".join(lexicon), frozenset())
    assert ("clarity" in axes) is active


# -- what the brand says it is not --------------------------------------------------------

def test_what_the_brand_says_it_is_not_denies_the_avoid_word(lint):
    text = ("# Why Navette isn't a cheap meal deal\n\nA takeaway meal deal fills you up. "
            "A Navette box teaches you to cook a new recipe each week.")
    _result, analysis = lint(text, "navette-en")
    headline_deal = next(t for t in analysis.doc if t.lower_ == "deal")
    assert headline_deal.i not in [t.i for t in analysis.idea.avoid_tokens]
    assert "BL103" not in _codes(lint, text, "navette-en")
    text = ("# Pourquoi Navette n'est pas un bon plan\n\nUn repas à emporter vous nourrit. "
            "Une box Navette vous apprend à cuisiner une recette de saison.")
    _result, analysis = lint(text, "navette-fr")
    assert analysis.idea.avoid_mass == 0
    assert "BL103" not in _codes(lint, text, "navette-fr")


@pytest.mark.parametrize(("brand", "text"), [
    ("navette-en", "Navette is the meal deal of the week: grab the deal before Sunday."),
    ("navette-fr", "Navette, c'est le bon plan de la semaine : profitez du bon plan avant "
                   "dimanche."),
])
def test_the_brand_saying_it_is_the_avoid_word_still_counts(lint, brand, text):
    _result, analysis = lint(text, brand)
    assert analysis.idea.avoid_mass > 0


# -- keeping the reader's records is not the lasting of things ----------------------------

KEEPERS = {
    "fr": """
        brand: Argentique
        language: fr
        address: vous
        default_channel: email
        central_idea:
          statement: "Donner une vie sur papier à vos photos, pour les garder et les transmettre."
          lexicon: [tirage, papier, album, garder, conserver, transmettre, souvenir]
          related: [photo, famille]
          avoid: [promo]
        channels:
          email: {tones: [joy]}
    """,
    "en": """
        brand: Argentique
        language: en
        address: informal
        default_channel: email
        central_idea:
          statement: "Give your photos a life on paper, to keep and hand down."
          lexicon: [print, paper, album, keep, hand down, memory]
          related: [photo, family]
          avoid: [promo]
        channels:
          email: {tones: [joy]}
    """,
}


@pytest.fixture(scope="module")
def lint_keepers(engines, tmp_path_factory):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    folder = tmp_path_factory.mktemp("keepers")
    built = {}
    for lang, text in KEEPERS.items():
        path = folder / f"argentique-{lang}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        profile = load_profile(str(path))
        built[lang] = Engine(profile, Analyser(profile, nlp=engines[lang].analyser.nlp),
                             Selection.build(profile))

    def run(text: str, lang: str):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text))
        return next(iter(built[lang].run_analysed([document])))

    return run


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Subject: your account is changing\n\nWe are moving to a new shop on 2 May. To "
           "keep your order history and saved addresses, sign in before 30 April and "
           "confirm your email address.\n\nThe Argentique team"),
    ("fr", "Objet : votre compte évolue\n\nNous changeons de boutique le 2 mai. Pour "
           "conserver votre historique de commandes, connectez-vous avant le 30 avril et "
           "confirmez votre adresse e-mail.\n\nL'équipe Argentique"),
])
def test_keeping_account_records_does_not_say_the_idea(lint_keepers, lang, text):
    result, analysis = lint_keepers(text, lang)
    assert analysis.idea.idea_mass == 0
    assert not analysis.is_personal_reply  # an address asked for, not their message
    assert "BL101" in [d.code for d in result.diagnostics]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Keep your prints in an album your grandchildren will open one day."),
    ("fr", "Conservez vos tirages dans un album que vos petits-enfants ouvriront un jour."),
])
def test_keeping_the_prints_says_it(lint_keepers, lang, text):
    result, analysis = lint_keepers(text, lang)
    assert analysis.idea.core_mass > 0
    assert "BL101" not in [d.code for d in result.diagnostics]


def test_a_reply_about_the_readers_email_is_still_a_reply(lint_keepers):
    _result, analysis = lint_keepers("Thanks for your email of Monday: your prints are on "
                                     "their way.", "en")
    assert analysis.is_personal_reply
