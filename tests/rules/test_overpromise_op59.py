"""Round 46's read half (heldout50: a sawmill, a truffle farm), causes that hold beyond
one draft:

- a place the brand receives its readers in, subject of its opening ("the showroom opens
  on Sundays", « le dépôt est désormais ouvert le samedi »): the brand's own hours, not
  someone else's act — unlike a place of another ("your local shop", a named market);
- a bare noun and the participle of a verb that states what holds ("Freshness
  guaranteed", « Fraîcheur garantie, de la terre à votre table » where the small French
  model tags the participle a noun): a label's claim, not a past event nor the cover of
  a warranty;
- « 100 % de réussite »: the whole of an outcome, an absolute like « 100 % de nos
  élèves » (six brands of the older sets say it), unlike a share of the brand's own things.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Scierie Vautrin
language: fr
central_idea:
  statement: "Le bois des Vosges, scié à la mesure de chaque projet."
  lexicon: [bois, Vosges, scié, mesure]
channels:
  sms: {tones: [speed], idea: false}
  shop: {tones: [deal]}
promises:
  delivery: {within: 5d}
  availability: {hours: "7-17", days: "mon-fri"}
""",
    "en": """
brand: Vautrin Sawmill
language: en
central_idea:
  statement: "Vosges timber, sawn to the measure of every project."
  lexicon: [timber, Vosges, sawn, measure]
channels:
  sms: {tones: [speed], idea: false}
  shop: {tones: [deal]}
promises:
  delivery: {within: 5d}
  availability: {hours: "7-17", days: "mon-fri"}
""",
}


@pytest.fixture(scope="module")
def lint_sms(lint_profile_texts):
    return lint_profile_texts(PROFILES, "vautrin", "sms")


@pytest.fixture(scope="module")
def lint_shop(lint_profile_texts):
    return lint_profile_texts(PROFILES, "vautrin", "shop")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Good news: the showroom opens on Sundays."),
    ("fr", "Bonne nouvelle, le dépôt est désormais ouvert le samedi matin de 8 h à 12 h."),
])
def test_the_brands_place_opening_outside_its_days_fires(lint_sms, lang, text):
    assert "BL302" in codes(lint_sms(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Good news: the showroom opens on Tuesdays."),
    ("fr", "Bonne nouvelle, le dépôt est désormais ouvert le mardi matin de 8 h à 12 h."),
    ("en", "Your local shop opens on Sundays."),
])
def test_the_place_open_within_its_days_or_someone_elses_does_not_fire(lint_sms, lang, text):
    assert codes(lint_sms(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Kiln-dried oak boards, 27 mm. Freshness guaranteed."),
    ("en", "Planed spruce, cut to your plans. Success guaranteed."),
    ("fr", "Planches de chêne séchées au séchoir, 27 mm. Fraîcheur garantie, de la scierie "
           "à votre chantier."),
])
def test_a_labels_guarantee_fires(lint_shop, lang, text):
    assert "BL301" in codes(lint_shop(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Kiln-dried oak boards, 27 mm. Our founder guaranteed every board himself in "
           "1985."),
    ("fr", "Planches de chêne séchées au séchoir, 27 mm. Vos garanties sont détaillées dans "
           "nos conditions générales."),
])
def test_a_guarantee_told_or_the_cover_named_does_not_fire(lint_shop, lang, text):
    assert "BL301" not in codes(lint_shop(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Avec nos scieurs, c'est 100 % de réussite : chaque grume devient une belle "
           "planche !"),
    ("en", "With our sawyers, 100% of customers get the cut they asked for!"),
])
def test_the_whole_of_an_outcome_fires(lint_shop, lang, text):
    assert "BL301" in codes(lint_shop(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "100 % de nos sciures sont recyclées en granulés."),
    ("en", "100% of our sawdust is recycled into pellets."),
])
def test_a_share_of_the_brands_own_things_does_not_fire(lint_shop, lang, text):
    assert "BL301" not in codes(lint_shop(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Will my decking last forever? Nothing lasts forever: oak weathers and screws "
           "rust."),
    ("en", "Nothing stays sharp forever, not even our saw blades."),
    ("fr", "Ma terrasse durera-t-elle éternellement ? Rien ne dure éternellement : le chêne "
           "grisaille."),
])
def test_an_absolute_said_of_nothing_does_not_fire(lint_shop, lang, text):
    assert "BL301" not in codes(lint_shop(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our oak decking lasts forever."),
    ("fr", "Nos planches de chêne ne se fendent jamais."),
])
def test_an_absolute_said_of_the_brands_thing_fires(lint_shop, lang, text):
    assert "BL301" in codes(lint_shop(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Nothing leaves this sawmill with a single flaw."),
])
def test_nothing_said_as_the_claim_itself_still_fires(lint_shop, lang, text):
    assert "BL301" in codes(lint_shop(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Planed spruce, cut to your plans. Satisfaction always guaranteed."),
    ("fr", "Sapin raboté, scié à vos cotes. Satisfaction toujours garantie."),
])
def test_two_absolutes_side_by_side_are_one_claim_reported_once(lint_shop, lang, text):
    assert codes(lint_shop(lang, text)).count("BL301") == 1
