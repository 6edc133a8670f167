"""The central idea turned down or taken away in other words, and its absence on a
channel that requires it (issue 7, heldout15 as a development set).

- The idea's own act denied: the one verb after « rien à », « sans », "nothing to",
  "without" (« Rien à apprendre », "without ever speaking"), the quality after
  "nothing" ("nothing local about it"), an idea word under « rien » (« qui n'ont rien
  vécu »); not what follows that word (« rien à voir avec l'atelier »).
- An idea word a cue of the opposite hangs on ("choose the treatment on your behalf")
  is taken away, not carried.
- On an `idea: required` channel, value phrases say the idea in other words too
  ("walks you through the steps, before any decision").

The profiles are written here, for brands of this file, not taken from a labelled set.
"""

from __future__ import annotations

import textwrap

import pytest

from tests.conftest import codes

PROFILES = {
    "fr": """
        brand: Clarimolaire
        language: fr
        address: vous
        default_channel: email
        central_idea:
          statement: "Des soins expliqués, pour que chaque patient comprenne et choisisse."
          lexicon: [expliquer, explication, comprendre, choisir, choix, écouter, rassurer,
                    transparence, confiance, rythme, question, apprendre]
          related: [dentiste, soin, devis, cabinet, patient, détartrage, implant,
                    plan de traitement]
          avoid: [sourire parfait, promo]
        channels:
          web:    {tones: [reassurance, solution], idea: required}
          email:  {tones: [reassurance, empathy]}
          social: {tones: [reassurance, joy]}
          store:  {tones: [reassurance, solution]}
    """,
    "en": """
        brand: Clarimolaire
        language: en
        address: formal
        default_channel: email
        central_idea:
          statement: "Explained care, so that every patient understands and chooses."
          lexicon: [explain, explanation, understand, choose, choice, listen, reassure,
                    transparency, trust, pace, question, learn]
          related: [dentist, treatment, quote, clinic, patient, nurse, implant,
                    treatment plan]
          avoid: [perfect smile, promo]
        channels:
          web:    {tones: [reassurance, solution], idea: required}
          email:  {tones: [reassurance, empathy]}
          social: {tones: [reassurance, joy]}
          store:  {tones: [reassurance, solution]}
    """,
}


@pytest.fixture(scope="module")
def lint_clari(engines, tmp_path_factory):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap

    folder = tmp_path_factory.mktemp("profiles")
    built = {}
    for lang, text in PROFILES.items():
        path = folder / f"clarimolaire-{lang}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        profile = load_profile(str(path))
        nlp = engines[lang].analyser.nlp
        built[lang] = Engine(profile, Analyser(profile, nlp=nlp), Selection.build(profile))

    def run(text: str, lang: str, channel: str = "email"):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        return next(iter(built[lang].run_analysed([document])))

    return run


def _bl1(lint_clari, text, lang, channel="email"):
    result, _analysis = lint_clari(text, lang, channel)
    return [d for d in result.diagnostics if d.code.startswith("BL1")
            and str(d.severity) != "info"]


# -- the idea's own act denied ---------------------------------------------------------

DENIED = [
    ("fr", "Objet : Rien à comprendre, tout à profiter\n\nCet été, installez-vous dans le "
           "fauteuil et laissez faire le praticien. Un détartrage, un café, et c'est fini.",
     "comprendre"),
    ("en", "Subject: Nothing to understand, everything to enjoy\n\nThis summer, settle into "
           "the chair and let the practitioner get on with it. A scale, a coffee, done.",
     "understand"),
    ("fr", "Le soir, révisez vos consignes dans le bus sans jamais écouter le praticien : "
           "tout se fait par écrit.", "écouter"),
    ("en", "Our new kiosk: check in, pay and leave without ever listening to a "
           "practitioner, all by text.", "listening"),
]


@pytest.mark.parametrize("lang, text, word", DENIED)
def test_the_idea_act_denied_by_rien_a_sans_nothing_to_without_fires(lint_clari, lang,
                                                                     text, word):
    found = _bl1(lint_clari, text, lang, channel="email")
    assert [d.code for d in found] == ["BL103"], found
    assert word in found[0].text or word in found[0].message


NOT_DENIED = [
    # the word after the denied one is not turned down: « rien à voir avec », "nothing
    # to fear"; a verb that is not the idea's
    ("fr", "Rien à voir avec une visite express : le praticien vous explique chaque étape, "
           "vous comprenez et vous choisissez."),
    ("en", "Nothing to fear: the practitioner explains every step, so you understand and "
           "choose."),
    ("fr", "Sans hésiter, posez vos questions : le praticien vous explique tout pour que "
           "vous choisissiez en confiance."),
    ("en", "Without hesitating, ask your questions: the practitioner explains everything "
           "so that you choose with confidence."),
]


@pytest.mark.parametrize("lang, text", NOT_DENIED)
def test_a_word_after_the_denied_act_or_another_verb_does_not_fire(lint_clari, lang, text):
    assert _bl1(lint_clari, text, lang) == []


def test_the_denied_act_is_one_word_in_the_frame_reading(engines):
    from brandlint.analysis.frame import dismissed_token_indices

    nlp = engines["fr"].analyser.nlp
    doc = nlp("Rien à apprendre, tout à vivre.")
    assert [doc[i].text for i in sorted(dismissed_token_indices(doc, "fr"))] == ["apprendre"]
    doc = nlp("Rien à voir avec un cours magistral.")  # the course is not turned down
    assert [doc[i].text for i in sorted(dismissed_token_indices(doc, "fr"))] == ["voir"]
    nlp = engines["en"].analyser.nlp
    doc = nlp("Nothing local about this one.")
    assert [doc[i].text for i in sorted(dismissed_token_indices(doc, "en"))] == ["local"]
    doc = nlp("You cannot leave without learning something.")
    assert dismissed_token_indices(doc, "en") == set()  # a denied cue affirms


# -- an idea word taken away by the cue it governs ---------------------------------------

TAKEN = [
    ("fr", "Notre approche\n\nVous n'êtes pas venu pour un cours. Nos praticiens savent ce "
           "qui est bon pour vos dents et choisissent pour vous le traitement adapté."),
    ("en", "Our approach\n\nYou did not come here for a lecture. Our practitioners know what "
           "is right for your teeth and choose the appropriate treatment on your behalf."),
]


@pytest.mark.parametrize("lang, text", TAKEN)
def test_an_idea_word_the_cue_hangs_on_is_taken_away_and_fires(lint_clari, lang, text):
    result, analysis = lint_clari(text, lang, "web")
    assert analysis.stance.value_for == 0
    assert "BL103" in codes(result.diagnostics)


KEPT = [
    ("fr", "Notre approche\n\nNos praticiens vous expliquent chaque traitement, puis vous "
           "choisissez ensemble, à votre rythme."),
    ("en", "Our approach\n\nOur practitioners explain every treatment, then you choose "
           "together, at your own pace."),
]


@pytest.mark.parametrize("lang, text", KEPT)
def test_the_idea_chosen_by_the_reader_does_not_fire(lint_clari, lang, text):
    result, analysis = lint_clari(text, lang, "web")
    assert analysis.stance.value_for > 0
    assert not [c for c in codes(result.diagnostics) if c.startswith("BL1")]


# -- doing it for the reader, said in other words ---------------------------------------

FOR_YOU = [
    ("fr", "Installez-vous, on s'occupe du reste : vous n'avez qu'à ouvrir la bouche."),
    ("en", "Sit back and leave the rest to us: all you have to do is open wide."),
]


@pytest.mark.parametrize("lang, text", FOR_YOU)
def test_leaving_everything_to_the_brand_fires_where_the_idea_is_involvement(
        lint_clari, lang, text):
    assert "BL103" in codes(_bl1(lint_clari, text, lang, "social"))


WITH_YOU = [
    ("fr", "Installez-vous : le praticien vous explique chaque geste, vous n'avez qu'à "
           "lever la main pour poser une question."),
    ("en", "Make yourself comfortable: the practitioner explains each step, and all you "
           "have to do is raise a hand to ask a question."),
]


@pytest.mark.parametrize("lang, text", WITH_YOU)
def test_a_weak_cue_beside_the_idea_does_not_fire(lint_clari, lang, text):
    assert _bl1(lint_clari, text, lang, "social") == []


# -- the absent idea on a required channel ----------------------------------------------

SAID = [
    ("fr", "Implants dentaires\n\nUn implant remplace la racine d'une dent perdue. Avant "
           "toute décision, le chirurgien vous présente les étapes pas à pas, les "
           "alternatives et le coût de chacune."),
    ("en", "Dental implants\n\nAn implant replaces the root of a lost tooth. Before any "
           "decision, your surgeon walks you through the steps, the alternatives and the "
           "cost of each."),
]


@pytest.mark.parametrize("lang, text", SAID)
def test_two_value_words_say_a_required_idea_in_other_words(lint_clari, lang, text):
    result, analysis = lint_clari(text, lang, "web")
    assert analysis.stance.axis_for >= 2
    assert "BL101" not in codes(result.diagnostics)


# -- a question that suggests, a subject line's label --------------------------------------

@pytest.fixture(scope="module")
def lint_repair(engines):
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection
    from brandlint.sources import Document, SourceMap
    from tests.conftest import ROOT

    built = {}
    for lang, name in (("fr", "depanor.yaml"), ("en", "depanor-en.yaml")):
        profile = load_profile(ROOT / "profiles" / name)
        built[lang] = Engine(profile, Analyser(profile, nlp=engines[lang].analyser.nlp),
                             Selection.build(profile))

    def run(text: str, lang: str, channel: str = "email"):
        document = Document(path="draft.txt", text=text, source_map=SourceMap(text),
                            channel=channel)
        return next(iter(built[lang].run([document]))).diagnostics

    return run


SUGGESTED = [
    ("fr", "Objet : Et si c'était le moment de changer ?\n\nBonjour Julie,\n\nVotre lave-linge "
           "est passé deux fois chez nous cette année. Profitez de notre offre de reprise sur "
           "un modèle de la nouvelle gamme.\n\nÀ bientôt"),
    ("en", "Subject: Time for something new?\n\nHi Sam,\n\nYour washing machine has been in "
           "twice this year. Trade it in with us and get £100 off a model from the new "
           "range.\n\nSee you soon"),
]


@pytest.mark.parametrize("lang, text", SUGGESTED)
def test_a_question_that_suggests_the_opposite_is_the_brands_claim(lint_repair, lang, text):
    assert "BL103" in codes(lint_repair(text, lang))


HOOKED = [
    ("fr", "Objet : Un lave-linge qui fuit ?\n\nBonjour Julie,\n\nOn le répare chez vous en "
           "une visite, diagnostic compris, pour qu'il dure encore des années.\n\nÀ bientôt"),
    ("en", "Subject: A leaking washing machine?\n\nHi Sam,\n\nWe repair it at your home in "
           "one visit, diagnosis included, so it lasts for years.\n\nSee you soon"),
]


@pytest.mark.parametrize("lang, text", HOOKED)
def test_the_readers_problem_put_as_a_hook_does_not_fire(lint_repair, lang, text):
    assert "BL103" not in codes(lint_repair(text, lang))


def test_a_subject_lines_label_is_not_its_headline(engines):
    from brandlint.analysis.idea import headline

    nlp = engines["fr"].analyser.nlp
    doc = nlp("Objet : Rien à apprendre, tout à vivre\n\nBonjour Thomas,\n\nCet été, "
              "embarquez avec un marin.")
    first = headline(doc, [s for s in doc.sents if s.text.strip()])
    assert "apprendre" in first.text and "marin" not in first.text
    doc = nlp("Rien à apprendre. Cet été, embarquez avec un marin.")  # no label: as parsed
    assert headline(doc, list(doc.sents)).text.strip() == "Rien à apprendre."
