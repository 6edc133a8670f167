"""BL205's wider gate (`spread_fit`, `spread_dominance`, `spread_coverage`): a service reply
whose targets hold a little (12–13 % of its tone: the parcel that ships today) but that a
pushed offer outweighs five times over, said throughout, is clearly off target; a reply
about the case with one promo line (the targets hold most of it) is not. LEGO after_sales
(targets speed and reassurance), real models."""

from __future__ import annotations

import pytest

from brandlint.analysis import tone as reading
from brandlint.diagnostics import Severity

PUSHED = {
    "fr": "Bonjour Madame Martin,\n\nMerci pour votre message : votre pièce de rechange part "
          "aujourd'hui. Bonne nouvelle : notre grande promo de printemps commence. Profitez de "
          "-30 % sur tous les coffrets avec le code PRINTEMPS30, prix cassés sur les boîtes "
          "Creator et livraison offerte dès 40 €. Offre spéciale réservée à nos clients "
          "fidèles : économisez jusqu'à 50 € sur votre prochaine commande.\n\nÀ bientôt,\n"
          "Le service client LEGO",
    "en": "Hello Ms Martin,\n\nThanks for your message: your replacement piece ships tomorrow. "
          "Good news: our big spring sale starts today. Enjoy 30% off every set with promo "
          "code SPRING30, half price on Creator boxes and free delivery over £40. Special "
          "offer for loyal customers: save up to £50 on your next order.\n\nBest wishes,\n"
          "The LEGO team",
}

ONE_LINE = {
    "fr": "Bonjour Madame Martin,\n\nMerci pour votre message : votre pièce de rechange part "
          "aujourd'hui et arrive demain, sans frais. Pas d'inquiétude, votre garantie reste "
          "valable. P.-S. : -20 % sur les coffrets Creator ce mois-ci.\n\nÀ bientôt,\n"
          "Le service client LEGO",
    "en": "Hello Ms Martin,\n\nThanks for your message: your replacement piece ships today and "
          "arrives tomorrow, at no charge. No worries, your warranty stays the same. PS: 20% "
          "off Creator sets this month.\n\nBest wishes,\nThe LEGO team",
}


def _warned(diagnostics):
    return [d for d in diagnostics if d.code == "BL205" and d.severity >= Severity.WARNING]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pushed_offer_in_a_reply_is_clearly_off_target(lint, analyse, lang):
    (d,) = _warned(lint(PUSHED[lang], lang, "after_sales"))
    assert d.suggestion
    # it is the wider gate that decides: the targets hold more than `dominated_fit`
    tone = analyse(PUSHED[lang], lang, "after_sales").tone
    limits = reading.thresholds(analyse(PUSHED[lang], lang, "after_sales").profile)
    assert limits["dominated_fit"] < tone.fit(["speed", "reassurance"]) <= limits["spread_fit"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reply_about_the_case_with_one_promo_line_is_not_warned(lint, lang):
    assert not _warned(lint(ONE_LINE[lang], lang, "after_sales"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_without_the_wider_gate_the_pushed_offer_is_only_a_hint(analyse, lang):
    analysis = analyse(PUSHED[lang], lang, "after_sales")
    # (tn48's gate for a pitch told in a reply with a case to serve closed as well: this test
    # is about the spread gate alone)
    limits = {**reading.thresholds(analysis.profile), "spread_fit": 0.0,
              "pitch_share": float("inf")}
    read, clear = reading.off_target(analysis.tone, ["speed", "reassurance"], limits)
    assert read == "deal" and not clear
