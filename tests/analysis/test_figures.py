"""What a percentage measures (analysis/figures.py): money off sells, a share of something
measures. The idea's price cue and the tone's deal words read only the percentages that
sell. Real models, FR and EN, each with its near miss."""

from __future__ import annotations

import pytest

from brandlint.analysis.figures import percentage_sells


def _at(text: str) -> tuple[int, int]:
    end = text.index("%") + 1
    start = end - 1
    while start and (text[start - 1].isdigit() or text[start - 1] in " ,.-−"):
        start -= 1
    return start + (text[start] == " "), end


@pytest.mark.parametrize("lang,text", [
    ("fr", "Soldes d'hiver : -40 % sur tout le rayon lainage."),
    ("fr", "Profitez de 15 % de remise sur votre premier panier."),
    ("fr", "Le rayon jardin à -30 % jusqu'à dimanche !"),
    ("en", "Get 20% off your first box this week."),
    ("en", "Save 25% on every refill with code SPRING."),
    ("en", "All garden tools -30% until Sunday!"),
    # a percentage of money: a financing, a yield
    ("fr", "Et nous proposons un financement sur 24 mois à 0 %."),
    ("en", "A sound investment with a 6% gross rental yield."),
    ("en", "Good news: the plants in your basket are now reduced by 25%."),
    ("fr", "Bonne nouvelle : les plantes de votre panier sont réduites de 25 %."),
    # an amount of money in the sentence, written in several digits
    ("en", "For orders over £250 we take a 10% deposit on booking."),
    ("fr", "Pour les commandes de plus de 250€, nous demandons 10 % d'acompte."),
])
def test_money_off_sells(lang, text):
    assert percentage_sells(text, *_at(text), lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos compotes contiennent 70 % de fruits, sans sucre ajouté."),
    ("fr", "92 % de nos adhérents renouvellent leur carte chaque année."),
    ("fr", "Valeur négative (-6 %) : ce biscuit contient moins de sel que la moyenne."),
    ("fr", "100 % : pur jus"),
    ("en", "Our oat bars are 35% nuts and seeds by weight."),
    ("en", "A score of -6% means this soup has less salt than the average soup."),
    ("en", "Nine members in ten, 90% of them, renew every spring."),
])
def test_a_share_or_a_measure_does_not_sell(lang, text):
    assert not percentage_sells(text, *_at(text), lang)


def _deal(tone):
    return [e for e in tone.evidence if e.tone == "deal"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos confitures contiennent 65 % de fruits, cuits doucement dans nos chaudrons."),
    ("en", "Our jams are 65% fruit, cooked slowly in copper pans."),
])
def test_a_share_is_no_deal_tone(analyse, lang, text):
    assert not any("%" in e.text for e in _deal(analyse(text, lang, "web").tone))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce week-end : -30 % sur toutes nos confitures, cuites doucement."),
    ("en", "This weekend only: 30% off all our jams, cooked slowly."),
])
def test_money_off_is_deal_tone(analyse, lang, text):
    assert any("%" in e.text for e in _deal(analyse(text, lang, "web").tone))


def test_a_share_is_no_price_cue_against_the_idea(analyse):
    # LEGO's idea avoids "@price": a share of pieces is no price
    share = analyse("Imaginez : 80 % des pièces de ce set sont recyclées.", "fr", "web")
    assert not any("%" in t.text for t in share.idea.avoid_tokens)
    sale = analyse("Imaginez : -80 % sur les pièces de ce set.", "fr", "web")
    assert any("%" in t.text for t in sale.idea.avoid_tokens)


def test_a_share_is_no_price_cue_against_the_idea_en(analyse):
    share = analyse("Imagine: 80% of the pieces in this set are recycled.", "en", "web")
    assert not any("%" in t.text for t in share.idea.avoid_tokens)
    sale = analyse("Imagine: 80% off the pieces in this set.", "en", "web")
    assert any("%" in t.text for t in sale.idea.avoid_tokens)
