"""Frame slots read on real copy (issue 7, rt40a), on the real models, FR and EN, with
near misses; texts are our own.

- topic: the reader's own control or consent (« toujours sous le contrôle du client »,
  "always with your consent") makes the clause a policy;
- time: « toujours » before a membership (« toujours adhérents », « toujours membres ») is
  continuative (still);
- holder: after a consequence opener (« C'est pour cela que… »), the clause's subject is
  the one after the opener, not the opener's « c' ».
"""

from __future__ import annotations

import pytest


def frame_of(analyse, text, word, lang, channel="web"):
    a = analyse(text, lang, channel)
    token = next(t for t in a.doc if t.lower_ == word)
    return a.frame(token)


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Ce lieu de stockage pourra changer, toujours sous le contrôle du client.",
     "toujours"),
    ("fr", "Nous transmettons vos relevés, toujours avec votre accord.", "toujours"),
    ("en", "That storage place may change, always under the control of the customer.",
     "always"),
    ("en", "We pass your statements on, always with your consent.", "always"),
])
def test_the_readers_control_makes_a_policy(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang).topic == "policy"


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Ce lieu de stockage pourra changer, toujours sous le contrôle de nos experts.",
     "toujours"),
    ("en", "That storage place may change, always under the control of our experts.",
     "always"),
])
def test_near_miss_no_control_of_the_reader_no_policy(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang).topic != "policy"


@pytest.mark.parametrize("text", [
    "Nous sommes toujours adhérents de la fédération des artisans.",
    "Nous restons toujours membres du réseau des cafés solidaires.",
])
def test_a_membership_kept_is_continuative(analyse, text):
    assert frame_of(analyse, text, "toujours", "fr").time == "continuative"


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Nous sommes toujours ponctuels.", "toujours"),
    ("en", "We are always on time.", "always"),
])
def test_near_miss_a_property_is_not_continuative(analyse, lang, text, word):
    assert frame_of(analyse, text, word, lang).time != "continuative"


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "C'est pour cela que nous ne stockons jamais les numéros de carte.", "jamais"),
    ("fr", "C'est la raison pour laquelle nous n'effectuons jamais de virement à la main.",
     "jamais"),
    ("en", "That's why we never store card numbers.", "never"),
])
def test_after_a_consequence_opener_the_brand_holds_the_clause(analyse, lang, text, word):
    frame = frame_of(analyse, text, word, lang)
    assert frame.holder == "brand" and frame.topic == "policy", frame


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "C'est pour cela que nos colis n'arrivent jamais en retard.", "jamais"),
    ("en", "That's why our parcels never arrive late.", "never"),
])
def test_near_miss_an_outcome_after_a_consequence_opener_is_no_policy(analyse, lang, text,
                                                                      word):
    assert frame_of(analyse, text, word, lang).topic != "policy"
