"""What heldout17 (round 12, written blind) taught the central-idea rules, as concepts:

- a value word inside a fixed phrase of another sense carries nothing: a courtesy
  formula ("No problem", « pas de souci »), a phone queue ("on hold"), opening hours
  ("now open", « ouvert tous les jours »), a price ("free parking", « sans frais de
  port »);
- a negation that opens a contrast after a comma denies what follows it, not the verb
  before it ("because the bike holds, not because of a contract");
- a lexicon phrase that holds its own denial ("no surprises", « sans surprise ») is the
  idea, not the idea turned down;
- a testimonial — a customer's quoted words the bulk of the draft — is not asked for the
  idea where the channel does not require it (BL101 is a hint there);
- a noun under « sans » is denied as one under "without" is (« sans interlocuteur »);
- the brand (or its tool) choosing the reader's thing for them ("Our quiz picks your
  bike for you", « Notre algorithme sélectionne votre vélo »), talking to people
  dismissed ("Why talk to anyone?"), and other people set aside as a hindrance ("no
  distractions from anyone else", « personne pour te ralentir ») argue against an idea
  of involvement, human contact and togetherness.

The profiles are written here, for a brand of this file.
"""

from __future__ import annotations

import textwrap

import pytest

PROFILES = {
    "fr": """
        brand: Vélune
        language: fr
        address: vous
        default_channel: social
        central_idea:
          statement: "Réparer son vélo ensemble, accompagné par des gens proches, et
                      choisir en connaissance de cause."
          lexicon: [réparer, ensemble, conseil, proche, choisir, comprendre, accessible,
                    tenir, problème, pas à pas, sans surprise]
          related: [vélo, atelier, pièce, chambre à air, dérailleur, boîte à outils]
          avoid: [jetable, promo]
        channels:
          web:    {tones: [reassurance, solution], idea: required}
          social: {tones: [joy, collaboration]}
          email:  {tones: [reassurance]}
          sms:    {tones: [speed], idea: false}
    """,
    "en": """
        brand: Velune
        language: en
        address: formal
        default_channel: social
        central_idea:
          statement: "Repair your bike together, with people close by, and choose knowing why."
          lexicon: [repair, together, advice, close, choose, understand, accessible, hold,
                    problem, step by step, no surprises]
          related: [bike, workshop, part, inner tube, derailleur, toolbox]
          avoid: [disposable, promo]
        channels:
          web:    {tones: [reassurance, solution], idea: required}
          social: {tones: [joy, collaboration]}
          email:  {tones: [reassurance]}
          sms:    {tones: [speed], idea: false}
    """,
}


@pytest.fixture(scope="module")
def lint_velune(engines, tmp_path_factory):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    folder = tmp_path_factory.mktemp("profiles")
    built = {}
    for lang, text in PROFILES.items():
        path = folder / f"velune-{lang}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        profile = load_profile(str(path))
        nlp = engines[lang].analyser.nlp
        built[lang] = Engine(profile, Analyser(profile, nlp=nlp), Selection.build(profile))

    def run(text: str, lang: str, channel: str = "social"):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        return next(iter(built[lang].run_analysed([document])))

    return run


def _codes(lint, text, lang, channel="social"):
    result, _analysis = lint(text, lang, channel)
    return sorted((d.code, str(d.severity)) for d in result.diagnostics if d.family == "idea")


def _fired(lint, text, lang, code, channel="social"):
    return [c for c, _severity in _codes(lint, text, lang, channel) if c == code]


# -- a value word in a fixed phrase of another sense ------------------------------------

def test_no_problem_is_courtesy_not_the_idea_turned_down(lint_velune):
    for lang, text in (
            ("en", "**I've lost my card.** No problem: a new one is ready at the desk. We "
                   "repair your bike together, step by step."),
            ("fr", "**J'ai perdu ma carte.** Pas de problème : une nouvelle vous attend à "
                   "l'accueil. On répare votre vélo ensemble, avec vous.")):
        _result, analysis = lint_velune(text, lang)
        assert analysis.idea.rejected_mass == 0
        assert _fired(lint_velune, text, lang, "BL103") == []


def test_the_problem_itself_turned_down_still_reads(lint_velune):
    _result, analysis = lint_velune("Pas besoin de comprendre le problème : on s'en charge.",
                                    "fr")
    assert analysis.idea.rejected_mass > 0
    _result, analysis = lint_velune("No need to understand the problem: we handle it.", "en")
    assert analysis.idea.rejected_mass > 0


IDIOMS = [
    ("en", "Our Gare site is now open! 40 bikes, free parking 🚲", ("open", "free")),
    ("en", "Your call is on hold for a minute.", ("hold",)),
    ("fr", "Notre atelier est désormais ouvert, ouvert tous les jours dès 8 h.", ("ouvert",)),
    ("fr", "Nous vous tiendrons au courant dès demain.", ("tiendrons",)),
    ("fr", "Livré avec votre bouquet, sans frais de port supplémentaires.", ("frais",)),
]


@pytest.mark.parametrize("lang, text, words", IDIOMS)
def test_words_in_idioms_take_another_sense(engines, lang, text, words):
    from brandlint.analysis.idea_acts import other_sense

    doc = engines[lang].analyser.nlp(text)
    for word in words:
        assert all(other_sense(t) for t in doc if t.lower_ == word)


SAME_SENSE = [
    ("en", "Our workshop is open to everyone, free to choose their own pace.", ("open", "free")),
    ("en", "Our repairs hold for years.", ("hold",)),
    ("fr", "Un atelier ouvert à tous, où chacun choisit.", ("ouvert",)),
    ("fr", "Nos réparations tiennent des années.", ("tiennent",)),
    ("fr", "Des légumes frais du marché, chaque semaine.", ("frais",)),
]


@pytest.mark.parametrize("lang, text, words", SAME_SENSE)
def test_the_same_words_outside_idioms_keep_their_sense(engines, lang, text, words):
    from brandlint.analysis.idea_acts import other_sense

    doc = engines[lang].analyser.nlp(text)
    for word in words:
        assert not any(other_sense(t) for t in doc if t.lower_ == word)


# -- a contrast after a comma -----------------------------------------------------------

def test_a_contrast_denies_what_follows_not_the_verb_before(lint_velune):
    for lang, text, verb in (
            ("en", "You stay because the repair holds, not because of a contract.", "holds"),
            ("fr", "Vous restez parce que la réparation tient, pas à cause d'un contrat.",
             "tient")):
        _result, analysis = lint_velune(text, lang)
        assert verb not in [t.text for t in analysis.idea.rejected_tokens]
        assert verb in [t.text for t in analysis.idea.idea_tokens]


def test_a_verb_negated_itself_is_still_turned_down(lint_velune):
    for lang, text, verb in (("en", "The repair does not hold, and that's fine.", "hold"),
                             ("fr", "La réparation ne tient pas, et c'est normal.", "tient")):
        _result, analysis = lint_velune(text, lang)
        assert verb in [t.text for t in analysis.idea.rejected_tokens]


# -- a lexicon phrase that holds its own denial ---------------------------------------

def test_a_lexicon_phrase_with_its_own_denial_is_the_idea(lint_velune):
    for lang, text in (("en", "Your repair, no surprises: we explain every part."),
                       ("fr", "Votre réparation, sans surprise : on explique chaque pièce.")):
        _result, analysis = lint_velune(text, lang)
        assert analysis.idea.rejected_mass == 0
        assert analysis.idea.core_mass >= 2


# -- testimonials ----------------------------------------------------------------------

def test_a_testimonial_is_not_asked_for_the_idea(lint_velune):
    assert _codes(lint_velune, "“Six months ago I couldn't change a tyre. Today I rebuilt "
                               "my whole wheel with the Tuesday crew cheering.” Priya 💪 "
                               "Who's next?", "en") == []
    assert _codes(lint_velune, "« Il y a six mois, je ne savais pas changer un pneu. "
                               "Aujourd'hui, j'ai remonté ma roue avec toute la bande du "
                               "mardi. » Merci Priya 💪", "fr") == []


def test_a_short_quote_in_the_brand_s_own_copy_still_gets_the_hint(lint_velune):
    assert _codes(lint_velune, "Saturday on Gare street: coffee, cake and music from 2pm "
                               "until late, for the whole neighbourhood. “Great!” says "
                               "Priya.", "en") == [("BL101", "info")]
    assert _codes(lint_velune, "Samedi rue de la Gare : café, gâteaux et musique de 14 h "
                               "jusqu'au soir, pour tout le quartier. « Génial ! » dit "
                               "Priya.", "fr") == [("BL101", "info")]


# -- « sans » + noun --------------------------------------------------------------------

def test_a_noun_under_sans_is_denied_as_under_without(lint_velune):
    _result, analysis = lint_velune("Tout se fait en ligne, sans interlocuteur.", "fr")
    assert analysis.stance.axis_for == 0
    assert "interlocuteur" in analysis.opposition.words
    _result, analysis = lint_velune("Everything happens online, without an adviser.", "en")
    assert analysis.stance.axis_for == 0


def test_a_noun_with_its_interlocutor_is_said(lint_velune):
    _result, analysis = lint_velune("Tout se fait avec un interlocuteur du quartier.", "fr")
    assert analysis.stance.axis_for >= 1
    assert analysis.opposition.mass == 0


# -- the choice made for the reader, talk dismissed, others as a hindrance --------------

AGAINST = [
    ("en", "Forget the workshop. Our quiz picks your bike for you. Order tonight, done."),
    ("fr", "Inutile de vous déplacer. Notre algorithme sélectionne votre vélo en 3 "
           "questions. Cliquez, c'est livré."),
    ("en", "Why talk to anyone? Order, fit the part yourself and troubleshoot with our "
           "bot."),
    ("fr", "Pourquoi parler à quelqu'un ? Commandez, montez la pièce vous-même et "
           "dépannez-vous avec notre robot."),
    ("en", "Your solo plan: earbuds in, no distractions from anyone else."),
    ("fr", "Pas de temps à perdre avec les autres : casque sur les oreilles, en solo, "
           "personne pour te ralentir 🎧"),
]


@pytest.mark.parametrize("lang, text", AGAINST)
def test_involvement_contact_and_togetherness_taken_away_fire(lint_velune, lang, text):
    assert _fired(lint_velune, text, lang, "BL103") == ["BL103"]


NEAR = [
    ("en", "You pick your bike with our mechanic, who explains every part."),
    ("fr", "Vous choisissez votre vélo avec un mécanicien qui explique chaque pièce."),
    ("en", "The courier picks your old bike up on Monday."),
    ("en", "Want to talk to someone? Our team is here, in the workshop."),
    ("fr", "Envie de parler à quelqu'un ? L'équipe est là, à l'atelier."),
    ("en", "Ride with the others: nobody gets left behind."),
    ("fr", "Roulez avec les autres : personne n'est laissé derrière."),
]


@pytest.mark.parametrize("lang, text", NEAR)
def test_the_reader_choosing_talking_and_riding_with_others_do_not_fire(lint_velune, lang,
                                                                        text):
    assert _fired(lint_velune, text, lang, "BL103") == []
