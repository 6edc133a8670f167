"""What round 19 (sincerity-blind18 as a development set) taught the reading of a service
reply: the brand's act done the wrong way is an admitted problem — at, to or with the wrong
thing ("calculated at the wrong rate"), incorrectly, or badly (« le pli mal repassé », « la
facture a été mal calculée ») — and a reply that states it as a plain fact owes a word of
regret; said with one, or of the customer's own act, or as a condition, it fires nothing.
The texts are our own, of the same shapes as the ones read; the brand and profiles are
round 18's (`test_sincerity_round18.py`)."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round18 import REPAIR, found


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(REPAIR, "pelvane", "after_sales")


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Harper,\n\nWe can confirm that your repair invoice was calculated at the "
           "wrong rate. The difference of €38 will be refunded to your card within 5 days.\n\n"
           "Pelvane Customer Care"),
    ("en", "Hello Tom, your screen protector was fitted incorrectly. Drop by the workshop on "
           "Thursday and we'll fit a new one."),
    ("fr", "Bonjour Thomas, effectivement, votre tablette vous a été rendue avec la coque mal "
           "montée. Nous la reprenons jeudi entre 18 h et 20 h. — Yanis"),
    ("fr", "Bonjour, la facture de votre réparation a été mal calculée : la différence de 38 € "
           "vous sera remboursée sous 5 jours."),
])
def test_an_act_done_the_wrong_way_stated_flatly_owes_regret(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("en", "Dear Ms Harper,\n\nWe're sorry: your repair invoice was calculated at the wrong "
           "rate. The difference of €38 will be refunded to your card within 5 days.\n\n"
           "Pelvane Customer Care"),
    ("fr", "Bonjour Thomas, toutes nos excuses : votre tablette vous a été rendue avec la coque "
           "mal montée. Nous la reprenons jeudi entre 18 h et 20 h. — Yanis"),
    ("fr", "Si la coque vous semble mal montée, passez à l'atelier : nous la reprenons sur "
           "place."),
])
def test_near_miss_with_regret_or_as_a_condition(lint, lang, text):
    assert not found(lint(lang, text), "BL403")
