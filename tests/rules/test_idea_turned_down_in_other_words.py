"""What heldout18 (round 13, written blind) taught BL103, as concepts:

- the brand's rejection of an idea word reaches the words listed after it, unless they
  are set apart by a determiner or a modifier of their own ("stop thinking about
  seasons, soil and watering", « plus besoin d'emballer ni de protéger », but not "no
  stress, real care");
- a negated verb of offering turns down what it names ("We don't do bubble wrap"), and a
  verb of refusal what it bans ("Why we ban wrapping"), unless it is itself negated;
- an `avoid` word a customer denies in their own quoted words ("They never once rushed
  us") says the idea, it does not pull against it;
- the opposite of care and of a personal fit said in other words: damage shrugged off
  (« quelques éraflures font partie de tout déménagement », "a few scratches"),
  belongings thrown about ("throw it all in the van"), the same frame as everyone
  (« prenez la même que votre collègue », "grab any frame off the rack").

The profiles are written here, for brands of this file.
"""

from __future__ import annotations

import textwrap

import pytest

PROFILES = {
    ("movers", "fr"): """
        brand: Emballo
        language: fr
        address: vous
        default_channel: social
        central_idea:
          statement: "Un déménagement serein, où chacune de vos affaires arrive intacte."
          lexicon: [serein, soin, protéger, protection, emballer, emballage, organiser,
                    intact, confiance, précaution]
          related: [déménagement, carton, camion, couverture, meuble]
          avoid: [promo, à la va-vite, bâclé]
        channels:
          social: {tones: [reassurance]}
          email:  {tones: [reassurance]}
    """,
    ("movers", "en"): """
        brand: Emballo
        language: en
        address: formal
        default_channel: social
        central_idea:
          statement: "A calm move, where every one of your belongings arrives intact."
          lexicon: [calm, care, careful, protect, protection, wrap, pack, packing, organise,
                    intact, trust]
          related: [move, box, van, blanket, furniture]
          avoid: [promo, rushed, slapdash]
        channels:
          social: {tones: [reassurance]}
          email:  {tones: [reassurance]}
    """,
    ("optician", "fr"): """
        brand: Lorgnon
        language: fr
        address: vous
        default_channel: social
        central_idea:
          statement: "Prendre le temps de choisir des lunettes qui vous ressemblent."
          lexicon: [vue, voir, conseil, prendre le temps, confort, ressembler, style]
          related: [lunettes, monture, verres, opticien]
          avoid: [promo, soldes]
        channels:
          social: {tones: [reassurance]}
    """,
    ("optician", "en"): """
        brand: Lorgnon
        language: en
        address: formal
        default_channel: social
        central_idea:
          statement: "Take the time to choose glasses that look like you."
          lexicon: [sight, see, advice, take the time, comfort, style, look like you]
          related: [glasses, frames, lenses, optician]
          avoid: [promo, sale]
        channels:
          social: {tones: [reassurance]}
    """,
}


@pytest.fixture(scope="module")
def lint_brand(engines, tmp_path_factory):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    folder = tmp_path_factory.mktemp("profiles")
    built = {}

    def run(brand: str, lang: str, text: str, channel: str = "social"):
        if (brand, lang) not in built:
            path = folder / f"{brand}-{lang}.yaml"
            path.write_text(textwrap.dedent(PROFILES[brand, lang]), encoding="utf-8")
            profile = load_profile(str(path))
            nlp = engines[lang].analyser.nlp
            built[brand, lang] = Engine(profile, Analyser(profile, nlp=nlp),
                                        Selection.build(profile))
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        return next(iter(built[brand, lang].run_analysed([document])))

    return run


def _idea_codes(lint, brand, lang, text, channel="social"):
    result, _analysis = lint(brand, lang, text, channel)
    return sorted(d.code for d in result.diagnostics if d.family == "idea")


def _rejected(lint, brand, lang, text):
    _result, analysis = lint(brand, lang, text)
    return {t.lower_ for t in analysis.idea.rejected_tokens}


# -- the rejection reaches the words listed with the rejected one --------------------------

@pytest.mark.parametrize("lang, text, word", [
    ("en", "Stop thinking about care, protection and packing: we load and go.", "protection"),
    ("fr", "Plus besoin d'organiser votre carton ni d'emballer la vaisselle : on charge "
           "et on roule.", "emballer"),
])
def test_a_rejection_reaches_the_words_listed_after_it(lint_brand, lang, text, word):
    assert word in _rejected(lint_brand, "movers", lang, text)
    assert "BL103" in _idea_codes(lint_brand, "movers", lang, text)


@pytest.mark.parametrize("lang, text, word", [
    ("en", "No stress on the day, and real care for every box we pack.", "care"),
    ("fr", "Pas de stress le jour J, et un vrai soin pour chaque carton.", "soin"),
    ("en", "We don't rush your move, and we protect every box.", "protect"),
])
def test_a_word_set_apart_from_the_rejected_one_is_affirmed(lint_brand, lang, text, word):
    assert word not in _rejected(lint_brand, "movers", lang, text)
    assert "BL103" not in _idea_codes(lint_brand, "movers", lang, text)


# -- a negated verb of offering, a verb of refusal ----------------------------------------

@pytest.mark.parametrize("lang, text, word", [
    ("en", "WE DON'T DO BUBBLE WRAP.\nWE DO SPEED.\nEmballo: loaded, driven, unloaded.", "wrap"),
    ("en", "Why we ban packing on moving day", "packing"),
    ("fr", "Pourquoi nous interdisons l'emballage le jour du déménagement", "emballage"),
])
def test_the_brand_refusing_the_idea_word_turns_it_down(lint_brand, lang, text, word):
    assert word in _rejected(lint_brand, "movers", lang, text)
    assert "BL103" in _idea_codes(lint_brand, "movers", lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "We never ban questions: we wrap, protect and pack everything with care."),
    ("en", "We do careful wrapping: every box is packed and protected."),
    ("fr", "Nous n'interdisons rien : on emballe et on protège chaque meuble avec soin."),
])
def test_an_offer_affirmed_or_a_refusal_denied_turns_nothing_down(lint_brand, lang, text):
    assert _rejected(lint_brand, "movers", lang, text) == set()
    assert "BL103" not in _idea_codes(lint_brand, "movers", lang, text)


# -- a customer denying an avoid word in their own words ------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", 'Subject: "They never once rushed us"\n\nHello,\n\nAoife and Liam moved in '
           'February. "They never once rushed us," says Aoife. "The cello came out without '
           'a scratch."\n\nPlanning your own move? Reply to this email.'),
    ("fr", "Objet : « Rien n'a été bâclé »\n\nBonjour,\n\nInès a déménagé en février. « Rien "
           "n'a été bâclé », raconte Inès. « Le piano est arrivé intact. »\n\nVous "
           "préparez votre déménagement ? Répondez à ce courriel."),
])
def test_a_customer_denying_an_avoid_word_does_not_pull_against(lint_brand, lang, text):
    _result, analysis = lint_brand("movers", lang, text, "email")
    assert analysis.idea.avoid_mass == 0
    assert "BL103" not in _idea_codes(lint_brand, "movers", lang, text, "email")


@pytest.mark.parametrize("lang, text", [
    ("en", "Everything rushed, everything slapdash: moving day our way!"),
    ("fr", "Tout à la va-vite, tout bâclé : le déménagement à notre façon !"),
])
def test_the_brand_affirming_an_avoid_word_still_pulls(lint_brand, lang, text):
    _result, analysis = lint_brand("movers", lang, text)
    assert analysis.idea.avoid_mass > 0


# -- the opposite of care and of a personal fit, in other words ---------------------------

@pytest.mark.parametrize("brand, lang, text", [
    ("movers", "fr", "Pour un budget serré, on va à l'essentiel : on empile, on charge et on "
                     "roule. Quelques éraflures font partie de tout déménagement, c'est la vie !"),
    ("movers", "en", "Moving day is chaos and that's half the fun! Throw it all in the van and "
                     "sort it out at the other end."),
    ("optician", "fr", "Une monture, c'est une monture. Pas la peine d'y passer l'après-midi : "
                       "prenez la même que votre collègue et filez."),
    ("optician", "en", "Glasses are a tool, not a personality. Grab any frame off the rack and "
                       "go: nobody's looking anyway."),
])
def test_the_opposite_value_in_other_words_fires(lint_brand, brand, lang, text):
    assert "BL103" in _idea_codes(lint_brand, brand, lang, text)


@pytest.mark.parametrize("brand, lang, text", [
    ("movers", "fr", "Pas une seule éraflure : chaque meuble est emballé et arrive intact, "
                     "même au 4e étage."),
    ("movers", "en", "Not a single scratch: every box is wrapped and protected, and arrives "
                     "intact."),
    ("optician", "fr", "Pas de monture prise au hasard ni la même que votre collègue : on "
                       "prend le temps de trouver votre style."),
    ("optician", "en", "No frame off the rack here: we take the time to find the style that "
                       "looks like you."),
])
def test_the_opposite_value_denied_does_not_fire(lint_brand, brand, lang, text):
    assert "BL103" not in _idea_codes(lint_brand, brand, lang, text)
