"""Cold words that are the service's own vocabulary (issue 9, real copy of round 31): an
administrator's help page that says « vous » to its reader and tells them what « l'usager »
sees was read as cold, and « Est-ce qu'il appartient à une catégorie ? » (does it belong
to…) as the administrative « il appartient à X de… ». Each concept firing and its near
miss, FR and EN, on the real models:

- a party of the service named by its role (« l'usager », « le demandeur », "the
  applicant") is the reader held at arm's length only in a draft that never speaks to its
  reader; in a draft that says « vous », "you", it names someone the reader deals with;
- « il appartient à X de » + an infinitive hands a duty to someone; « il appartient à une
  catégorie » tells what class a thing belongs to."""

from __future__ import annotations

import pytest


def _cold_words(analysis) -> list[str]:
    return [e.text.lower() for e in analysis.tone.evidence if e.tone == "coldness"]


# -- a party of the service named by its role ---------------------------------------------

@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Guichet des permis. L'usager présente son justificatif à l'accueil. Le demandeur "
           "attend l'appel de son numéro avant de se présenter au bureau.", "usager"),
    ("en", "Permit desk. The applicant presents the form at reception. The applicant waits "
           "for the number to be called before going to the counter.", "applicant"),
])
def test_a_role_noun_in_a_notice_that_speaks_to_no_one_is_cold(analyse, lang, text, word):
    assert any(word in w for w in _cold_words(analyse(text, lang, "web")))


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Depuis votre tableau de bord, vous voyez les dossiers reçus. L'usager peut encore "
           "modifier son dossier tant que vous ne l'avez pas ouvert, et le demandeur reçoit "
           "vos messages par e-mail.", "usager"),
    ("en", "From your dashboard you can review each request. The applicant can still edit "
           "the form until you open it, and the applicant gets your messages by email.",
     "applicant"),
])
def test_a_role_noun_in_a_page_that_speaks_to_its_reader_names_a_party(analyse, lang, text,
                                                                        word):
    assert not any(word in w for w in _cold_words(analyse(text, lang, "web")))


# -- a duty handed, or a class a thing belongs to ----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Il appartient au client de vérifier son colis à la livraison."),
    ("en", "It is the customer's responsibility to check the parcel on delivery."),
])
def test_a_duty_handed_to_the_reader_is_cold(analyse, lang, text):
    assert _cold_words(analyse(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une question s'affiche pour chaque produit : est-ce qu'il appartient à une "
           "catégorie de produits laitiers ? Répondez oui, non ou passer."),
    ("en", "A question shows for each product: does it belong to a category of dairy "
           "products? Answer yes, no or skip."),
])
def test_a_thing_that_belongs_to_a_class_is_no_duty(analyse, lang, text):
    assert not _cold_words(analyse(text, lang, "web"))


# -- a page that says why a kind of thing exists -----------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Pourquoi un guide de montage illustré ?\nLes enfants lisent les images avant les "
           "mots. Un guide dessiné les laisse construire seuls, étape par étape."),
    ("en", "Why an illustrated build guide?\nChildren read pictures before words. A drawn "
           "guide lets them build on their own, step by step."),
])
def test_a_page_on_why_a_kind_of_thing_exists_explains(analyse, lang, text):
    assert analyse(text, lang, "web").function.kind == "explanation"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pourquoi choisir nos coffrets ?\nDes prix mini, -20 % sur tout le rayon et la "
           "livraison offerte dès 30 € !"),
    ("en", "Why choose our sets?\nLowest prices, 20% off the whole range and free delivery "
           "from £30!"),
])
def test_a_why_that_pitches_is_no_explanation(analyse, lang, text):
    assert analyse(text, lang, "web").function.kind != "explanation"


# -- a tone touched here and there on a long page ----------------------------------------

def _reading(sentences: int, said_in: int, weight: float, words: int):
    from brandlint.analysis.tone import Evidence, ToneReading

    spans = tuple((i * 100, i * 100 + 90) for i in range(sentences))
    # (a different word in each sentence: a tone said in one or two words, however
    # repeated, is at most a hint — `ToneReading.variety`)
    words_said = ("easy", "safe", "calm", "sure", "simple", "secure", "relaxed", "peaceful")
    evidence = [Evidence("reassurance", weight / said_in, lo + 1, lo + 5, words_said[i % 8])
                for i, (lo, _) in enumerate(spans[:said_in])]
    return ToneReading({"reassurance": weight}, evidence, spans, word_count=words)


def test_a_tone_said_with_weight_across_a_page_misses_the_target():
    from brandlint.analysis import tone

    limits = dict(tone.lexicons.load("tone")["thresholds"])
    assert tone.off_target(_reading(5, 3, 3.2, 70), ["surprise"], limits) == \
        ("reassurance", True)


def test_a_few_weak_words_on_a_long_page_only_lean_away():
    from brandlint.analysis import tone

    limits = dict(tone.lexicons.load("tone")["thresholds"])
    assert tone.off_target(_reading(14, 5, 3.2, 260), ["surprise"], limits) == \
        ("reassurance", False)


# -- a door closed for good, or a state that lasts for now -------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucun don ne sera accepté sur ce compte."),
    ("en", "Donations to this account will not be processed."),
])
def test_a_refusal_for_good_is_cold(analyse, lang, text):
    assert _cold_words(analyse(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce compte est temporairement suspendu : aucun don ne sera accepté jusqu'à sa "
           "vérification."),
    ("en", "This account is temporarily suspended: donations to it will not be processed."),
])
def test_a_refusal_that_lasts_for_now_is_a_state(analyse, lang, text):
    assert not _cold_words(analyse(text, lang, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucun retour ne sera accepté jusqu'à nouvel ordre."),
    ("en", "No returns will be accepted until further notice."),
])
def test_until_further_notice_closes_the_door(analyse, lang, text):
    assert _cold_words(analyse(text, lang, "after_sales"))
