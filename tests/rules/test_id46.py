"""id46 (idea, read half of heldout45): what a practical notice says is not the idea.

- a word of the idea in the sense of a notice's practical detail is a fixed phrase of
  another sense (`senses.idioms` in values.yaml): seats counted in a class ("8 places",
  « 8 places »), an order placed, the season of a job ("3 seasonal workers", « 3
  saisonniers », « week-ends en saison »);
FR and EN on the real models, a firing case and a near miss each."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Cidrerie Kerlouan
language: fr
central_idea:
  statement: "Faire goûter notre verger dans votre verre, à la saison où il est le meilleur,
    chaque pomme à sa place."
  lexicon: [verger, goût, goûter, saison, saisonnier, récolte, place, terroir, fermière]
  related: [cidre, pomme, pommes, fermier, bouteille]
channels:
  web: {tones: [storytelling]}
  email: {tones: [storytelling]}
  social: {tones: [joy]}
rules:
  BL101: warning
""",
    "en": """
brand: Kerlouan Cider
language: en
central_idea:
  statement: "Bring the taste of our orchard to your glass, in the season it is at its best,
    every apple in its place."
  lexicon: [orchard, taste, season, seasonal, harvest, place, farmed, terroir]
  related: [cider, apple, apples, farm, bottle]
channels:
  web: {tones: [storytelling]}
  email: {tones: [storytelling]}
  social: {tones: [joy]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def run(analyse_profile_texts):
    return analyse_profile_texts(PROFILES, "kerlouan-id46")


def idea_words(analysis):
    return [t.lower_ for t in analysis.idea.idea_tokens]


def missing(analysis):
    from brandlint.rules.idea.idea_missing import check

    return list(check(analysis))


@pytest.mark.parametrize("lang,channel,text", [
    ("en", "social", "We're recruiting 3 seasonal workers for September, 39 hours a week, "
                     "driving licence needed. Send your CV by email."),
    ("fr", "social", "Nous recrutons 3 saisonniers pour septembre, 39 h par semaine, permis "
                     "exigé. Envoyez votre CV par e-mail."),
    ("fr", "social", "On cherche un vendeur pour le comptoir, les week-ends en saison. CV par "
                     "e-mail."),
    ("en", "social", "Pressing workshop on Saturday 5 May, 10am to noon: 8 places, €20. Book "
                     "by phone."),
    ("fr", "social", "Atelier pressage le samedi 5 mai, de 10 h à 12 h : 8 places, 20 €. "
                     "Réservation par téléphone."),
    ("en", "email", "Hello,\n\nOrders placed on the website after 20 December will be "
                    "shipped from 6 January.\n\nKind regards,\nThe team"),
])
def test_a_practical_detail_does_not_say_the_idea(run, lang, channel, text):
    analysis = run(text, lang, channel)
    assert not {"seasonal", "saisonniers", "saison", "places", "placed"} & set(
        idea_words(analysis))
    assert missing(analysis)


@pytest.mark.parametrize("lang,channel,text", [
    ("en", "social", "Our seasonal cider is pressed from the September harvest, straight "
                     "from the orchard."),
    ("fr", "social", "Notre cidre de saison est pressé à la récolte de septembre, au verger."),
    ("en", "web", "Each apple finds its place in the press: the taste of our orchard, bottle "
                  "after bottle."),
    ("fr", "web", "Chaque pomme trouve sa place au pressoir : le goût du verger, bouteille "
                  "après bouteille."),
])
def test_near_miss_the_same_words_said_of_the_idea(run, lang, channel, text):
    analysis = run(text, lang, channel)
    assert {"seasonal", "saison", "place"} & set(idea_words(analysis))
    assert not missing(analysis)
