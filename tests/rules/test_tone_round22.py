"""Round 22's tone reading, on the real models, FR and EN: a hashtag invites only when the
reader is asked to post under it (« partagez vos photos avec #… », "tag your pics with #…");
the tags a post ends on name the post and ask nothing, so a glad announcement closed by its
tags still reads as joy. A firing case and a near miss each."""

from __future__ import annotations

import pytest


def _hashtag_invites(tone) -> bool:
    return any(e.tone == "collaboration" and e.text.startswith("#") for e in tone.evidence)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le marché aux plantes revient dimanche au jardin du Prieuré. Postez vos plus "
           "beaux semis avec #SemisDuPrieuré"),
    ("en", "The plant fair is back on Sunday in the Priory garden. Post your best seedlings "
           "using #PriorySeedlings"),
])
def test_a_hashtag_the_reader_posts_under_invites(analyse, lang, text):
    assert _hashtag_invites(analyse(text, lang, "social").tone)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Quelle joie : notre fournil rouvre ses portes ce samedi, avec le pain au levain "
           "que vous aimez tant ! 🎉\n\n#Boulangerie #Levain #Quimper"),
    ("en", "What a joy: our bakery opens its doors again this Saturday, with the sourdough "
           "you love so much! 🎉\n\n#Bakery #Sourdough #Leeds"),
])
def test_the_tags_a_post_ends_on_ask_nothing(analyse, lang, text):
    tone = analyse(text, lang, "social").tone
    assert not _hashtag_invites(tone)
    assert tone.dominant == "joy"
