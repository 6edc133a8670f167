"""A post's closing call to answer (comment, tag, "who's coming?", hashtags), on the real
models, FR and EN: after a body that told something else, the call weighs at most
`closing_call_cap`, so the body's tone is the one read. A post whose body asks for the
reader's part (a name to find, a vote) still reads as collaboration."""

from __future__ import annotations

import pytest

from brandlint.analysis.tone import _settings


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le premier sorbet à la pêche de l'été est arrivé, on est tellement heureux ! 🎉 "
           "Tu viens le goûter ? Dis-nous en commentaire avec qui 👇 #glace #été"),
    ("en", "Our first peach sorbet of the summer is here and we are so happy! 🎉 "
           "Who's coming? Tell us in the comments who you'll bring 👇 #icecream"),
])
def test_a_closing_call_does_not_outweigh_the_body(analyse, lang, text):
    tone = analyse(text, lang, "social").tone
    assert 0 < tone.raw["collaboration"] <= _settings()["closing_call_cap"] + 1e-9
    assert max(tone.raw, key=tone.raw.get) == "joy"


@pytest.mark.parametrize("lang,text", [
    ("fr", "On cherche un nom pour notre nouveau sorbet ! Dis-nous en commentaire ton idée, "
           "et vote pour ton préféré 👇"),
    ("en", "We need a name for our new sorbet! Tell us your ideas in the comments and vote "
           "for your favourite 👇"),
])
def test_a_post_that_asks_for_the_readers_part_stays_collaboration(analyse, lang, text):
    assert analyse(text, lang, "social").tone.dominant == "collaboration"
