"""Round 44 of the dominant tone (tn50), FR and EN on the real models, with the Loupiotes
profiles (a children's bookshop: store aims at joy and storytelling, web at storytelling
and surprise, email at storytelling and joy): a tale's day opening its sentence and a
season's rite told are a story's anchors, a statistic and a weekly schedule are not; a
worry waved away over the reader's doubt about coming to an outing (the weather, a child
too young, a character that looks frightening) welcomes them, a mishap keeps its
reassurance. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("loupiotes")


# -- a tale's day, a season's rite ----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "## Gaspard et l'horloge\n\nGaspard est un hibou qui vit dans la grande horloge de "
           "la place. Un matin de brouillard, il s'envole trop tôt et se perd au-dessus des "
           "toits. Il atterrit dans une boulangerie qui sent le sucre."),
    ("en", "## Gaspard and the clock\n\nGaspard is an owl who lives inside the big clock on "
           "the square. One foggy morning, he flies out too early and gets lost above the "
           "roofs. He lands in a bakery that smells of sugar."),
])
def test_a_tales_day_opening_its_sentence_is_a_story(engines, lang, text):
    tone = reading(engines, lang, text, "web")
    assert said(tone, "storytelling", signal="story_beat")
    assert tone.dominant == "storytelling"


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Lectures du samedi\n\nUn samedi par mois, une autrice lit ses albums au fond "
           "de la boutique. Entrée libre, dès 4 ans."),
    ("en", "## Saturday readings\n\nOne Saturday a month, an author reads her picture books "
           "at the back of the shop. Free entry, ages 4 and up."),
])
def test_a_day_of_a_schedule_opens_no_tale(engines, lang, text):
    assert not said(reading(engines, lang, text, "web"), "storytelling", signal="story_beat")


@pytest.mark.parametrize("lang,text", [
    ("fr", "## La vente des vieux albums\n\nChaque automne, nous descendons les cartons du "
           "grenier. Les albums abîmés sont recousus à la main, un par un. Les plus beaux "
           "partent à la bibliothèque de l'école voisine."),
    ("en", "## The old picture books sale\n\nEvery autumn, we bring the boxes down from the "
           "attic. The worn books are sewn back by hand, one by one. The finest go to the "
           "library of the school next door."),
])
def test_a_seasons_rite_told_is_a_story(engines, lang, text):
    tone = reading(engines, lang, text, "web")
    assert said(tone, "storytelling", signal="story_beat")
    assert tone.dominant == "storytelling"


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Le pain du matin\n\nChaque matin, Odile allume le vieux four de la cour. Elle y "
           "cuit douze miches pour les lecteurs du club, qui les partagent à la pause."),
    ("en", "## The morning bread\n\nEvery morning, Odile lights the old oven in the yard. She "
           "bakes twelve loaves in it for the book club, who share them at the break."),
])
def test_a_days_rite_told_is_a_story(engines, lang, text):
    assert said(reading(engines, lang, text, "web"), "storytelling", signal="story_beat")


@pytest.mark.parametrize("lang,text", [
    ("fr", "## L'atelier du matin\n\nChaque matin, trois heures de dessin en petits groupes, "
           "avec une illustratrice."),
    ("en", "## The morning workshop\n\nEvery morning, three hours of drawing in small groups, "
           "with an illustrator."),
])
def test_a_days_programme_opens_no_tale(engines, lang, text):
    assert not said(reading(engines, lang, text, "web"), "storytelling", signal="story_beat")


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Lire avant six ans\n\nChaque année, des milliers d'enfants entrent au CP sans "
           "avoir jamais ouvert un album. Nos paniers de lecture sont faits pour eux."),
    ("en", "## Reading before six\n\nEvery year, thousands of children start school without "
           "ever having opened a picture book. Our reading baskets are made for them."),
])
def test_a_statistic_of_each_year_opens_no_tale(engines, lang, text):
    assert not said(reading(engines, lang, text, "web"), "storytelling", signal="story_beat")


# -- a doubt about coming to an outing, waved away ------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Il pleut ? Pas d'inquiétude ! La lecture du conte se fait sous le grand auvent, "
           "avec des coussins pour tout le monde."),
    ("en", "Story hour is back on Sunday! No worries if it rains: the reading moves under the "
           "big awning, with cushions for everyone."),
    ("fr", "Pas d'inquiétude si l'ogre te fait un peu peur : il adore les biscuits !"),
    ("en", "No worries if the ogre looks a bit scary: he just loves biscuits!"),
])
def test_a_doubt_about_the_outing_waved_away_welcomes_the_reader(engines, lang, text):
    tone = reading(engines, lang, text, "store")
    assert said(tone, "joy", signal="newcomer_welcome")
    assert tone.dominant == "joy"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ta commande est en retard ? Pas d'inquiétude : elle part demain matin."),
    ("en", "Your order is running late? No worries: it leaves tomorrow morning."),
    ("fr", "Pas d'inquiétude : la lecture de jeudi est reportée à samedi à cause de la pluie."),
    ("en", "No worries: Thursday's reading is moved to Saturday because of the rain."),
])
def test_a_mishap_waved_away_keeps_its_reassurance(engines, lang, text):
    tone = reading(engines, lang, text, "store")
    assert not said(tone, "joy", signal="newcomer_welcome")
    assert said(tone, "reassurance")
