"""Round 33 tone (issue 9; BL205 judged wrong on real copy in docs/realtext/realcheck30..33;
the texts below are our own): a page is judged on its job, not on the channel's campaign
tone —

- an appeal to take part in the brand's own work or to fund it (contribute, help translate,
  « faites un don ») invites people in: collaboration fits it; joining a club is no appeal;
- a plan's item, its work and the people given to it ("2 volunteers for 4 months"), states
  goals (easy, quick, without risk) the work is to achieve;
- a criterion's definition (what it measures, what scores high) is a reference text;
- an amount or a share said of a gift or of tax is information, not a bargain; the same
  figures in a sale still sell."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Bricolab
language: fr
address: vous
central_idea:
  statement: "Des outils libres pour réparer soi-même."
  lexicon: [réparer, réparation, outil, atelier]
channels:
  web: {tones: [solution, reassurance]}
  blog: {tones: [collaboration, storytelling]}
""",
    "en": """
brand: Bricolab
language: en
address: formal
central_idea:
  statement: "Free tools to repair things yourself."
  lexicon: [repair, fix, tool, workshop]
channels:
  web: {tones: [solution, reassurance]}
  blog: {tones: [collaboration, storytelling]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "bricolab33", "blog")


@pytest.fixture(scope="module")
def analyse(analyse_profile_texts):
    return analyse_profile_texts(PROFILES, "bricolab33a")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL2")}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aidez-nous à traduire le site ! Vous voulez nous rejoindre ? Partagez vos idées et "
           "votez pour le prochain thème ! Rejoignez la communauté et dites-nous ce qui vous "
           "manque !"),
    ("en", "Help us translate the site! Want to join us? Share your ideas and vote for the next "
           "theme! Join the community and tell us what you miss!"),
])
def test_an_appeal_to_contribute_invites_people_in(lint, lang, text):
    assert "BL205" not in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Venez à nos soirées du samedi ! Vous voulez nous rejoindre ? Partagez vos idées et "
           "votez pour le prochain thème ! Rejoignez la communauté et dites-nous ce qui vous "
           "manque !"),
    ("en", "Come to our Saturday meetups! Want to join us? Share your ideas and vote for the "
           "next theme! Join the community and tell us what you miss!"),
])
def test_a_club_to_join_is_no_appeal(lint, lang, text):
    assert "BL205" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre atelier\n\nVenez à nos soirées du samedi ! Aidez-nous à traduire le site, "
           "partagez vos idées et votez pour le prochain thème ! Rejoignez la communauté et "
           "dites-nous ce qui vous manque !"),
    ("en", "Our workshop\n\nCome to our Saturday meetups! Help us translate the site, share "
           "your ideas and vote for the next theme! Join the community and tell us what you "
           "miss!"),
])
def test_a_call_for_help_further_down_a_page_is_not_its_job(lint, lang, text):
    assert "BL205" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "2.4 Refaire le catalogue des pièces\nMoyens : 2 bénévoles pendant 4 mois\nRendre le "
           "catalogue facile et rapide à mettre à jour, simple à chercher, en toute sécurité, "
           "sans aucun risque de perdre une fiche."),
    ("en", "2.4 Rebuild the parts catalogue\nResources: 2 volunteers for 4 months\nMake the "
           "catalogue easy and quick to update and simple to search, safely, without any risk "
           "of losing an entry."),
])
def test_a_plans_item_states_the_goals_of_its_work(lint, lang, text):
    assert "BL205" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Refaire le catalogue des pièces\nRendre le catalogue facile et rapide à mettre à "
           "jour, simple à chercher, en toute sécurité, sans aucun risque de perdre une fiche."),
    ("en", "Rebuild the parts catalogue\nMake the catalogue easy and quick to update and simple "
           "to search, safely, without any risk of losing an entry."),
])
def test_the_same_goals_with_no_plan_are_still_read(lint, lang, text):
    assert "BL205" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Durabilité\nCe critère mesure à quel point un objet réparé tient dans le temps. Nous "
           "comprenons ce que vit la personne qui l'utilise chaque jour. Un objet qui obtient "
           "un score élevé doit accompagner son propriétaire des années, nous savons à quel "
           "point cela compte pour vous."),
    ("en", "Durability\nThis criterion measures how well a repaired object lasts. We understand "
           "what the person who uses it every day goes through. An object with a high score "
           "should stay with its owner for years; we know how much that matters to you."),
])
def test_a_criterions_definition_is_a_reference(lint, lang, text):
    assert "BL205" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Durabilité\nNous comprenons à quel point un objet réparé doit tenir dans le temps. "
           "Nous comprenons ce que vit la personne qui l'utilise chaque jour. Un objet doit "
           "accompagner son propriétaire des années, nous savons à quel point cela compte pour "
           "vous."),
    ("en", "Durability\nWe understand how well a repaired object has to last. We understand what "
           "the person who uses it every day goes through. An object should stay with its "
           "owner for years; we know how much that matters to you."),
])
def test_the_same_empathy_with_no_criterion_is_still_read(lint, lang, text):
    assert "BL205" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos ateliers vivent de la générosité de chacun. Un don de 50 € ne vous coûte que "
           "17 € après réduction d'impôt, et 80 % de notre budget vient des dons."),
    ("en", "Our workshops live on everyone's generosity. A donation of $50 is tax-deductible "
           "and costs you only $17, and 80% of our budget comes from donations."),
])
def test_figures_of_a_gift_or_of_tax_are_no_deal(analyse, lang, text):
    assert analyse(text, lang, "blog").tone.raw.get("deal", 0.0) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos kits sont à prix doux. Un kit de 50 € ne vous coûte que 17 € avec le code "
           "REPARE, et 80 % du catalogue est en promo."),
    ("en", "Our kits are on sale. A $50 kit costs you only $17 with the code FIXIT, and 80% of "
           "the catalogue is discounted."),
])
def test_the_same_figures_in_a_sale_still_sell(analyse, lang, text):
    assert analyse(text, lang, "blog").tone.raw.get("deal", 0.0) >= 2.0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Soldes à l'atelier\n\nTous nos kits sont à -30 %. Près de 80 % du catalogue est en "
           "promo. Un kit de 50 € ne vous coûte que 35 € avec le code REPARE."),
    ("en", "Workshop sale\n\nAll our kits are 30% off. Nearly 80% of the catalogue is on sale. "
           "A $50 kit costs you only $35 with the code FIXIT."),
])
def test_a_sale_on_a_storytelling_channel_is_still_off_target(lint, lang, text):
    assert "BL205" in codes(lint(lang, text))
