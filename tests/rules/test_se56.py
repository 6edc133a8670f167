"""An offer's condition is not the customer's accepted terms: contracts set apart by a
cutoff date (« les abonnements souscrits avant le 30 septembre bénéficient de… »,
"memberships signed up before 1 October get…") in a clause that tells nothing past name a
class any reader may join, not terms this customer accepted held against them (BL401). The
reader's own contract with a date, and terms accepted at their order, still are. On the
real models, FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Le Goff,\n\nOui, il reste des créneaux pour la révision de "
           "printemps. Les contrats d'entretien signés avant le 30 septembre bénéficient de "
           "15 % de remise.\n\nIndiquez-nous simplement vos disponibilités.\n\nBien à vous"),
    ("fr", "Bonjour,\n\nPour les forfaits signés jusqu'au 15 avril, la première visite est "
           "offerte. Dites-nous quel jour vous arrange.\n\nCordialement"),
    ("en", "Hi Mark,\n\nYes, there are still slots for the spring service. Maintenance "
           "contracts signed before 30 September get 15% off.\n\nJust tell us which days "
           "suit you.\n\nBest wishes"),
    ("en", "Hello,\n\nGood news: 10% off all new cleaning contracts signed by 15 April. Let us "
           "know which day suits you.\n\nKind regards"),
])
def test_contracts_set_apart_by_a_cutoff_date_are_an_offer_not_blame(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the reader's own contract, dated: still held against them
    ("fr", "Bonjour,\n\nVotre contrat signé avant le 1er mars ne couvre pas les dégâts "
           "de tempête.\n\nCordialement"),
    ("en", "Hello,\n\nYour contract, signed before 1 March, does not cover storm damage."
           "\n\nKind regards"),
    # terms accepted at their order, no cutoff: blame
    ("fr", "Bonjour,\n\nLes conditions acceptées lors de votre inscription prévoient que "
           "l'acompte reste acquis.\n\nCordialement"),
    ("en", "Hello,\n\nAs stated in the terms you agreed to at booking, the deposit is kept."
           "\n\nKind regards"),
])
def test_near_miss_the_readers_accepted_terms_still_blame(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)
