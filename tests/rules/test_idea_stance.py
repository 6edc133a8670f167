"""BL103 on the stance (analysis/stance.py): copy that pulls against the central idea in
other words — the brand deciding for the family, the race against taking one's time, a
sale told by its price alone — weighed against the idea's value words, not the topic's
nouns, on the real models."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, codes


@pytest.fixture(scope="module")
def lint_for(engines):
    """lint_for(profile_file)(text, channel) -> (diagnostics, analysis), on the session's
    already-loaded models."""
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    built = {}

    def for_profile(name: str):
        if name not in built:
            profile = load_profile(ROOT / "profiles" / name)
            nlp = engines[profile.language].analyser.nlp
            built[name] = Engine(profile, Analyser(profile, nlp=nlp), Selection.build(profile))
        engine = built[name]

        def run(text: str, channel: str = "email"):
            document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                                channel=channel)
            result, analysis = next(iter(engine.run_analysed([document])))
            return result.diagnostics, analysis
        return run

    return for_profile


def profile(brand: str, lang: str) -> str:
    return f"{brand}.yaml" if lang == "fr" else f"{brand}-en.yaml"


# A vet group whose idea is deciding together with each family (aubespine).
DECIDED_FOR_THEM = {
    "fr": "Formule Tranquillité : nos vétérinaires décident pour vous du bon protocole, "
          "vous n'avez plus rien à choisir. On s'occupe de tout.",
    "en": "The Easy Plan: our vets decide for you which protocol is right, so you don't "
          "have to. Leave it to us, we handle everything.",
}
DECIDED_TOGETHER = {
    "fr": "À chaque visite, nos vétérinaires vous expliquent les options et vous décidez "
          "ensemble du protocole qui convient à votre chien.",
    "en": "At every visit our vets explain the options and you decide together which "
          "protocol suits your dog.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brand_deciding_for_the_family_fires(lint_for, lang):
    found, _analysis = lint_for(profile("aubespine", lang))(DECIDED_FOR_THEM[lang])
    found = [d for d in found if d.code == "BL103"]
    assert found, DECIDED_FOR_THEM[lang]
    # the finding names the words that pull, in the draft's language
    assert {"fr": "décident pour vous", "en": "decide for you"}[lang] in found[0].message
    assert {"fr": "avec d'autres mots", "en": "in other words"}[lang] in found[0].message


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_deciding_together_does_not_fire(lint_for, lang):
    found, analysis = lint_for(profile("aubespine", lang))(DECIDED_TOGETHER[lang])
    assert "BL103" not in codes(found)
    assert analysis.stance.value_for >= 2  # « expliquent », « décidez », "explain", "decide"


# A canal-boat brand whose idea is taking one's time (sauvagine): its topic's nouns
# (locks, canal, villages) do not answer a draft that races through them.
RACE = {
    "fr": "Nos nouveaux bateaux enchaînent les écluses sans escale : tout le canal en temps "
          "record, qui dit mieux ?",
    "en": "Our new boats go non-stop through the locks: the whole canal in record time, "
          "racing against the clock.",
}
SLOW = {
    "fr": "Prenez le temps : une écluse, une pause au village, puis on repart lentement au "
          "fil de l'eau.",
    "en": "Take your time: a lock, a pause in the village, then drift on slowly along the "
          "canal.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_racing_through_the_topic_fires(lint_for, lang):
    found, analysis = lint_for(profile("sauvagine", lang))(RACE[lang], "email")
    assert "BL103" in codes(found), RACE[lang]
    assert analysis.stance.value_for == 0  # « écluses », "locks": the topic, not the value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_taking_ones_time_among_locks_does_not_fire(lint_for, lang):
    found, analysis = lint_for(profile("sauvagine", lang))(SLOW[lang], "email")
    assert "BL103" not in codes(found)
    assert analysis.stance.value_for >= 1


# An optician whose idea is taking the time to fit each pair (brunelle): a sale told by
# its cuts and urgency alone pulls against it; the same cut told through the fitting
# does not.
PRICE_PUSH = {
    "fr": "-50 % sur la deuxième paire et -30 % sur tous les étuis, jusqu'à dimanche "
          "seulement. Stocks limités, dépêchez-vous !",
    "en": "50% off your second pair and 30% off all cases, this weekend only. Limited "
          "stock, hurry!",
}
PRICE_WITH_THE_IDEA = {
    "fr": "-20 % sur la deuxième paire : nos opticiens prennent le temps d'ajuster chaque "
          "monture à votre visage, avec conseil et essayage.",
    "en": "20% off your second pair: our opticians take the time to fit every frame to your "
          "face, with advice and a proper try on.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pure_price_push_fires(lint_for, lang):
    found, analysis = lint_for(profile("brunelle", lang))(PRICE_PUSH[lang])
    assert analysis.stance.price_push >= 1.0  # two cuts and a rush: the whole draft is the sale
    assert "BL103" in codes(found), PRICE_PUSH[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_price_told_through_the_idea_does_not_fire(lint_for, lang):
    found, _analysis = lint_for(profile("brunelle", lang))(PRICE_WITH_THE_IDEA[lang])
    assert not {"BL102", "BL103"} & set(codes(found))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_price_push_is_no_pull_for_an_idea_about_price(lint_for, lang):
    # Bazartek's idea is itself about price (« petit prix », "low price")
    _found, analysis = lint_for(profile("bazartek", lang))(PRICE_PUSH[lang], "email")
    assert analysis.stance.price_push == 0.0


# A cinema whose idea is the shared moment in the auditorium (lanterne).
AVOID_DENIED = {
    "fr": "Chez Lanterne, ni streaming ni canapé : nos films se partagent en salle, avec "
          "tout le quartier.",
    "en": "No streaming, no sofa: at Lanterne films are shared in the auditorium, with the "
          "whole neighbourhood.",
}
HOOK = {
    "fr": "Pas envie de regarder seul ce soir ? La salle vous attend pour partager la séance "
          "avec vos voisins.",
    "en": "Watching alone again tonight? The auditorium is waiting: share the screening with "
          "your neighbours.",
}
ALONE_AT_HOME = {
    "fr": "Ce soir, pas un inconnu à l'horizon : le film rien que pour vous et vos proches, "
          "sous votre plaid.",
    "en": "Tonight, no strangers and no hanging around: the film all to yourselves, under a "
          "blanket.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_avoid_words_the_brand_denies_carry_the_idea(lint_for, lang):
    found, analysis = lint_for(profile("lanterne", lang))(AVOID_DENIED[lang])
    assert analysis.idea.avoid_mass == 0
    assert not {"BL102", "BL103"} & set(codes(found))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_opposite_in_a_question_to_the_reader_is_the_hook(lint_for, lang):
    found, analysis = lint_for(profile("lanterne", lang))(HOOK[lang])
    assert analysis.opposition.mass == 0
    assert "BL103" not in codes(found)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_opposite_affirmed_by_the_brand_fires(lint_for, lang):
    found, _analysis = lint_for(profile("lanterne", lang))(ALONE_AT_HOME[lang])
    assert "BL103" in codes(found), ALONE_AT_HOME[lang]


def test_a_suppletive_lemma_is_not_the_avoided_word(lint_for):
    # ranvier-en avoids "goods"; "best" has the lemma "good" but is not goods
    _found, analysis = lint_for("ranvier-en.yaml")(
        "Best wishes from the crew: we want you settled in your new home by the first night.")
    assert analysis.idea.avoid_mass == 0
    _found, analysis = lint_for("ranvier-en.yaml")(
        "Goods moved by the tonne: we load the lorry and go.")
    assert analysis.idea.avoid_mass > 0


WEAK_ALONE = {
    "fr": "Réservation rapide en ligne : choisissez votre bateau, puis flânez d'écluse en "
          "écluse.",
    "en": "Quick online booking: pick your boat, then drift slowly from lock to lock.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_weak_cue_alone_is_no_pull(lint_for, lang):
    # « rapide », "quick" argue the race only in company
    found, analysis = lint_for(profile("sauvagine", lang))(WEAK_ALONE[lang])
    assert analysis.opposition.mass == 0
    assert "BL103" not in codes(found)


# A florist network whose idea is seasonal flowers grown nearby (brindillefleurs).
FLOWN_IN = {
    "fr": "Nos roses sont acheminées par avion et calibrées à l'identique : le même bouquet "
          "toute l'année.",
    "en": "Our roses are flown in and calibrated: the same bouquet, identical in every "
          "month, all year round.",
}
GROWN_NEARBY = {
    "fr": "Nos renoncules sont coupées lundi chez un horticulteur à 20 km : la saison, en "
          "bouquet.",
    "en": "Our ranunculus are cut on Monday by a grower twelve miles away: the season, in a "
          "bouquet.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_flown_in_and_uniform_flowers_fire(lint_for, lang):
    found, _analysis = lint_for(profile("brindillefleurs", lang))(FLOWN_IN[lang])
    assert "BL103" in codes(found), FLOWN_IN[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_flowers_grown_nearby_do_not_fire(lint_for, lang):
    found, _analysis = lint_for(profile("brindillefleurs", lang))(GROWN_NEARBY[lang])
    assert not {"BL102", "BL103"} & set(codes(found))
