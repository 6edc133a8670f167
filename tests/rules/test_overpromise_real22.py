"""What the real copy judged in round 22 taught the overpromise analysis, as concepts of
the frame: a line with no verb that pairs a value of the brand's central idea with an
absolute (« Indépendant, toujours »: a pledge, no performance); an absolute under a verb
of knowing with a clause of its own ("we've always known that…": a belief); a short
answer under a question (« Non. Jamais. ») said with the question's clause (the brand
refraining from its own act is a policy); the brand's system described at work on its
terms ("will always prefer IPv6 addresses": a mechanism). Each concept stays silent in
its true form and fires in its near miss, in French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Ternel
language: fr
central_idea:
  statement: "Un réseau indépendant, ouvert et entre les mains de ses membres."
  lexicon: [indépendant, ouvert, membres, rapide]
channels:
  web: {tones: [reassurance]}
promises:
  response: {within: 48h}
""",
    "en": """
brand: Ternel
language: en
central_idea:
  statement: "An independent, open network in the hands of its members."
  lexicon: [independent, open, members, fast]
channels:
  web: {tones: [reassurance]}
promises:
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ternel", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Indépendant, toujours\n\nTernel est un logiciel libre."),
    ("en", "Independent, always\n\nTernel is free software."),
])
def test_a_value_of_the_idea_pledged_is_no_claim(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Rapide, toujours\n\nTernel est un logiciel libre."),  # in the idea, no value
    ("fr", "Fiable, toujours\n\nTernel est un logiciel libre."),
    ("en", "Fast, always\n\nTernel is free software."),
    ("en", "Reliable, always\n\nTernel is free software."),
])
def test_a_performance_pledged_still_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous savons depuis toujours que nous ne pourrons jamais plaire à tout le monde."),
    ("fr", "Nous savons que notre box ne conviendra jamais à tous les foyers."),
    ("en", "We’ve always known that our app would never suit every phone, but we wanted "
           "one that works for most."),
])
def test_an_absolute_on_what_the_brand_knows_is_a_belief(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous savons toujours trouver une solution."),  # knowing how: a skill
    ("en", "We always know how to find a fix."),
])
def test_knowing_how_is_a_skill_and_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Est-ce que Ternel revend mes données ?\nNon. Jamais."),
    ("en", "Does Ternel sell my data?\nNo. Never."),
])
def test_an_answer_refusing_the_brands_own_act_is_a_policy(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Est-ce que ma box tombe en panne ?\nNon. Jamais."),  # an outcome, no act
    # (an English answer of one adverb, "Never.", reads as an order: silent either way)
    ("en", "Can the Ternel router overheat?\nNo, it never overheats."),
])
def test_an_answer_on_an_outcome_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lors de la validation, Ternel préfèrera toujours les adresses IPv6 pour la "
           "première connexion."),
    ("en", "During validation, Ternel will always prefer IPv6 addresses for the first "
           "connection."),
])
def test_the_brands_system_at_work_is_a_mechanism(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ternel rétablira toujours votre connexion."),  # a result for the reader
    ("en", "Ternel will always restore your connection."),
])
def test_the_brand_acting_for_the_reader_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- superlatives: a source given in the copy, a measured count, a catalogue's sort ----

@pytest.mark.parametrize("lang,text", [
    ("fr", "Ternel est le seul réseau maillé qui tourne sur une pile entièrement libre [^2]."),
    ("fr", "Ternel, le seul réseau maillé entièrement libre\n\nNotre réseau est le seul réseau "
           "maillé public qui tourne sur une pile logicielle entièrement libre [^1]."),
    ("en", "Ternel is the only mesh network that runs on a fully open stack [^2]."),
    ("en", "Ternel is the only mesh network with open code.\n\nOur network is the only public "
           "mesh network that runs on fully open code [^1]."),
])
def test_a_footnoted_claim_and_its_restatement_are_sourced(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ternel est le seul réseau maillé qui tourne sur une pile entièrement libre."),
    ("fr", "Ternel, le seul réseau maillé entièrement libre\n\nNotre réseau est le seul réseau "
           "maillé public qui tourne sur une pile logicielle entièrement libre."),
    ("en", "Ternel is the only mesh network that runs on a fully open stack."),
    ("en", "Ternel is the only mesh network with open code.\n\nOur network is the only public "
           "mesh network that runs on fully open code."),
])
def test_the_same_claim_without_its_footnote_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ternel est aujourd'hui le plus grand réseau du pays en nombre d'abonnés."),
    ("en", "Today Ternel is the largest network in the country in terms of members connected."),
])
def test_a_ranking_read_on_a_count_is_checkable(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ternel est aujourd'hui le plus grand réseau du pays en termes de qualité."),
    ("en", "Today Ternel is the best network in the country in terms of quality."),
])
def test_a_ranking_on_a_quality_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Parcourez les thèmes les plus populaires et les plus récents."),
    ("fr", "Les dernières nouveautés et les applications les plus sympas du Ternel Store !"),
    ("en", "Browse the top-rated, trending and most recommended themes."),
    ("en", "The most popular apps of the Ternel Store, every month in your inbox!"),
])
def test_a_catalogue_sorted_for_the_reader_ranks_no_offer(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "La box la plus puissante du marché !"),
    ("en", "Ternel sells the top-rated routers on the market."),
])
def test_the_offer_ranked_on_the_market_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le plus grand réseau maillé d'Europe ouvre à Lyon : 1 800 m² de locaux."),
    ("en", "Europe's largest mesh network opens in Lyon: 1,800 m² of offices."),
])
def test_a_superscript_unit_is_no_footnote(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


# -- the idea: a recommendation on a condition of the reader, then whom it does not suit --

INCLUSIVE = {
    "fr": """
brand: Ternel
language: fr
central_idea:
  statement: "Un Internet rapide pour tous, où que l'on vive."
  lexicon: [tous, ensemble, ouvert, chacun]
channels:
  web: {tones: [reassurance]}
""",
    "en": """
brand: Ternel
language: en
central_idea:
  statement: "Fast internet for everybody, wherever they live."
  lexicon: [everybody, everyone, together, open]
channels:
  web: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint_inclusive(lint_profile_texts):
    return lint_profile_texts(INCLUSIVE, "ternel-tous", "web")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous recommandons la formule six jours à ceux qui font entièrement confiance à "
           "leur box pour se reconnecter. Cette formule n'est pas pour tout le monde."),
    ("en", "We recommend the six-day plan for those who fully trust their router to "
           "reconnect on its own. This plan is not for everyone."),
])
def test_whom_a_recommended_option_does_not_suit_is_advice(lint_inclusive, lang, text):
    assert "BL103" not in codes(lint_inclusive(lang, text), "BL1")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre formule six jours est réservée aux happy few. Cette formule n'est pas pour "
           "tout le monde."),
    ("en", "Our six-day plan is reserved for a select few. This plan is not for everyone."),
])
def test_exclusivity_without_a_recommendation_fires(lint_inclusive, lang, text):
    assert "BL103" in codes(lint_inclusive(lang, text), "BL1")


# -- the idea: a refusal reaches no word of another list item -------------------------

FREEDOM = {
    "fr": """
brand: Ternel
language: fr
central_idea:
  statement: "Un Internet sans attache : vous choisissez, vous restez libre."
  lexicon: [choisir, choix, libre, liberté]
channels:
  web: {tones: [reassurance]}
""",
    "en": """
brand: Ternel
language: en
central_idea:
  statement: "Internet with no strings attached: you choose, you stay free."
  lexicon: [choose, choice, free, freedom]
channels:
  web: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def analyse_freedom(analyse_profile_texts):
    return analyse_profile_texts(FREEDOM, "ternel-libre")


def _refused(analysis, word):
    from brandlint.analysis import idea
    token = next(t for t in analysis.doc if t.lower_ == word)
    return idea._refused(analysis, token)


@pytest.mark.parametrize("lang,text,word", [
    # the small English model hangs the second item under the first item's verb
    ("en", "- the member must not provide any code\n- the member must choose the moved code",
     "choose"),
    ("fr", "Résilier votre ligne\n- nous ne proposons aucun code\n- choisir le code "
           "déménagement", "choisir"),
])
def test_a_refusal_does_not_reach_the_next_list_item(analyse_freedom, lang, text, word):
    assert not _refused(analyse_freedom(text, lang, "web"), word)


@pytest.mark.parametrize("lang,text,word", [
    ("en", "We do not offer any choice.", "choice"),
    ("fr", "Nous ne proposons aucun choix.", "choix"),
])
def test_a_refusal_on_its_own_line_still_turns_the_word_down(analyse_freedom, lang, text,
                                                               word):
    assert _refused(analyse_freedom(text, lang, "web"), word)
