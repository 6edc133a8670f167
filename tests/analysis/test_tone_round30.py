"""The tone reading of round 30: a draft whose title or opening line names a risk or a
worry of the reader (« Sécurité au bord du lac », "Worried about ice on the path?") is
written to calm it — reassurance is its purpose, whatever rules, steps or hours it then
sets out (signal `worry_topic`). A worry named further down, or a quoted customer's fear,
is no purpose of the draft. Real models, FR and EN, each with its near miss."""

from __future__ import annotations

import pytest


def _worry_topics(tone):
    return [e for e in tone.evidence if e.signal == "worry_topic"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Sécurité au bord du lac\n\nLe ponton est surveillé de 10 h à 19 h. Portez un "
           "gilet pour la sortie en kayak, restez dans la zone balisée et signalez toute "
           "difficulté au moniteur sur la barque."),
    ("en", "Worried about ice on the trail?\n\nOur rangers check the path every morning "
           "from 7 am. Wear boots with a good grip, keep to the marked route and call the "
           "lodge at 9 am if you are unsure."),
])
def test_an_opening_on_the_readers_risk_reads_as_reassurance(analyse, lang, text):
    tone = analyse(text, lang, "web").tone
    assert len(_worry_topics(tone)) == 1
    assert tone.dominant == "reassurance"


@pytest.mark.parametrize("lang,text", [
    # the same rules and hours, the risk named only in the body: no purpose of the draft
    ("fr", "Au bord du lac\n\nLe ponton est surveillé de 10 h à 19 h. Portez un gilet pour "
           "la sortie en kayak par sécurité, et signalez toute difficulté au moniteur."),
    ("en", "On the trail\n\nOur rangers check the path every morning from 7 am. Wear boots "
           "with a good grip for safety, and call the lodge at 9 am if you are unsure."),
])
def test_a_risk_named_only_in_the_body_is_no_purpose(analyse, lang, text):
    assert not _worry_topics(analyse(text, lang, "web").tone)


@pytest.mark.parametrize("lang,text", [
    # a customer's fear, quoted: the customer's story, not the brand's opening
    ("fr", "« J'avais peur de l'eau » : Mathilde, 8 ans, nage aujourd'hui 25 mètres. "
           "Bravo à elle !"),
    ("en", "“I was scared of the water”: Mathilde, 8, now swims 25 metres. Well done her!"),
])
def test_a_quoted_fear_is_the_customers_not_the_drafts_purpose(analyse, lang, text):
    assert not _worry_topics(analyse(text, lang, "social").tone)


@pytest.mark.parametrize("lang,text", [
    # a title on safety over a body that tells a story: the worry named is not served
    ("fr", "Sécurité au bord du lac\n\nTout a commencé en 1962, quand notre grand-père "
           "Émile a construit la première barque du village avec le bois de sa grange."),
    ("en", "Safety on the lake\n\nIt all began in 1962, when our grandfather Emile built "
           "the village's first rowing boat from the timber of his barn."),
])
def test_a_worry_titled_over_a_story_is_not_served(analyse, lang, text):
    assert not _worry_topics(analyse(text, lang, "store").tone)
