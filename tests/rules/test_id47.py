"""Round 43 (id47): the central idea carried in other words, and a kind of thing denied
the idea in the world's way, not the brand's.

- A kind picked out by an indefinite noun and its relative clause (« un vêtement qui ne
  durera pas », "a garment that won't last", « une veste qui bouloche ne dure pas »):
  the denied idea word tells how such things are, most often to argue for the brand's
  way; the brand denying it of its own things (« nos vestes ne durent pas ») still
  rejects the idea (BL103).
- A whole phrase of a value the idea stands on, said in the brand's voice (« vous
  dormez sur vos deux oreilles », "sleep soundly tonight" for peace of mind), says the
  idea where the channel does not require it in its own words (BL101); denied, it does
  not.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

KINDS = {
    "fr": """
brand: Ourlette
language: fr
central_idea:
  statement: "Des vêtements soignés pour qu'ils durent."
  lexicon: [durer, durable, soin, soigner, réparer, retouche]
  related: [veste, manteau, couture, tissu]
channels:
  web: {tones: [reassurance]}
""",
    "en": """
brand: Ourlette
language: en
central_idea:
  statement: "Clothes cared for so that they last."
  lexicon: [last, lasting, durable, care, mend, repair]
  related: [jacket, coat, seam, fabric]
channels:
  web: {tones: [reassurance]}
""",
}

CALM = {
    "fr": """
brand: Verrouline
language: fr
central_idea:
  statement: "Rendre à chacun la tranquillité d'esprit chez soi."
  lexicon: [tranquillité, tranquille, sérénité, serein, sécurité, protéger, confiance]
  related: [porte, serrure, clé, maison]
channels:
  social: {tones: [reassurance]}
rules:
  BL101: warning
""",
    "en": """
brand: Verrouline
language: en
central_idea:
  statement: "Give everyone back their peace of mind at home."
  lexicon: [peace of mind, safe, safety, secure, security, protect, trust, calm]
  related: [door, lock, key, house]
channels:
  social: {tones: [reassurance]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint_kinds(lint_profile_texts):
    return lint_profile_texts(KINDS, "ourlette", "web")


@pytest.fixture(scope="module")
def lint_calm(lint_profile_texts):
    return lint_profile_texts(CALM, "verrouline", "social")


def codes(diagnostics, code):
    return [d.code for d in diagnostics if d.code == code]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos retouches\n\nMieux vaut une reprise discrète qu'une veste abîmée qui ne "
           "durera pas. Nous reprenons chaque couture à la main, avec soin."),
    ("fr", "Nos retouches\n\nUne veste qui bouloche ne dure pas : nous la brossons et la "
           "reprenons à la main, avec soin."),
    ("en", "Our mending\n\nBetter a discreet darn than a coat that won't last. We take "
           "every seam in by hand, with care."),
])
def test_a_kind_picked_out_by_a_relative_clause_is_no_rejection(lint_kinds, lang, text):
    assert codes(lint_kinds(lang, text), "BL103") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pourquoi réparer ? Nos vestes ne durent pas : une saison, puis on passe à "
           "autre chose."),
    ("en", "Our coats\n\nOur coats won't last, and that's fine: one season, then on to the "
           "next thing."),
])
def test_the_brand_denying_the_idea_of_its_own_things_still_rejects_it(lint_kinds, lang,
                                                                       text):
    assert codes(lint_kinds(lang, text), "BL103") == ["BL103"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce soir, Jeanne dort sur ses deux oreilles 🌙 Sa nouvelle porte est posée et "
           "le verrou tourne sans forcer. #Lyon"),
    ("en", "Sleep soundly tonight 🌙 A new front door, a deadbolt that turns smoothly, and "
           "no more checking it before bed. #Leeds"),
])
def test_peace_of_mind_told_as_a_sound_sleep_carries_the_idea(lint_calm, lang, text):
    assert codes(lint_calm(lang, text), "BL101") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouvelle vitrine posée ce matin rue des Lilas, avec un store trois points. #Lyon"),
    ("fr", "Avec un vieux verrou, on ne dort pas sur ses deux oreilles. Nouvelle vitrine "
           "posée ce matin rue des Lilas. #Lyon"),
    ("en", "New shop window fitted this morning on Lilac Street, with a three-point "
           "shutter. #Leeds"),
    ("en", "You won't sleep soundly with an old latch. New shop window fitted this morning "
           "on Lilac Street. #Leeds"),
])
def test_a_window_fitted_or_a_sound_sleep_denied_does_not(lint_calm, lang, text):
    assert codes(lint_calm(lang, text), "BL101") == ["BL101"]


WISHES = {
    "fr": """
brand: Verrouline
language: fr
central_idea:
  statement: "Rendre à chacun la tranquillité d'esprit chez soi."
  lexicon: [tranquillité, tranquille, sérénité, serein, sécurité, protéger, confiance]
  related: [porte, serrure, clé, maison]
channels:
  social: {tones: [reassurance]}
  web: {tones: [reassurance], idea: required}
rules:
  BL101: warning
""",
    "en": """
brand: Verrouline
language: en
central_idea:
  statement: "Give everyone back their peace of mind at home."
  lexicon: [peace of mind, safe, safety, secure, security, protect, trust, calm]
  related: [door, lock, key, house]
channels:
  social: {tones: [reassurance]}
  web: {tones: [reassurance], idea: required}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint_wishes(lint_profile_texts):
    return lint_profile_texts(WISHES, "verrouline-wishes", "social")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Meilleurs vœux de toute l'équipe ! 🎉 L'atelier est fermé jusqu'au 3 janvier, "
           "réouverture le lundi à 9 h. #Lyon"),
    ("fr", "Bonne chance à tous nos apprentis qui passent leur CAP cette semaine ! 🍀 On "
           "croise les doigts pour vous. #Lyon"),
    ("en", "Season's greetings from all of us 🎄 The workshop is closed until 3 January and "
           "reopens on Monday at 9am. #Leeds"),
    ("en", "Best of luck to all our apprentices sitting their exams this week! 🍀 We're "
           "keeping our fingers crossed. #Leeds"),
])
def test_the_teams_wishes_to_its_readers_are_not_asked_for_the_idea(lint_wishes, lang, text):
    assert codes(lint_wishes(lang, text), "BL101") == []


@pytest.mark.parametrize("lang,text,channel", [
    ("fr", "L'atelier est fermé jusqu'au 3 janvier, réouverture le lundi à 9 h. Meilleurs "
           "vœux ! #Lyon", "social"),
    ("fr", "Meilleurs vœux de toute l'équipe ! L'atelier est fermé jusqu'au 3 janvier, "
           "réouverture le lundi à 9 h.", "web"),
    ("en", "The workshop is closed until 3 January and reopens on Monday at 9am. Best "
           "wishes! #Leeds", "social"),
    ("en", "Season's greetings from all of us! The workshop is closed until 3 January and "
           "reopens on Monday at 9am.", "web"),
])
def test_wishes_closing_a_notice_or_on_a_channel_requiring_the_idea_do_not_excuse_it(
        lint_wishes, lang, text, channel):
    assert codes(lint_wishes(lang, text, channel), "BL101") == ["BL101"]


FLOORS = {
    "fr": """
brand: Tommetiers
language: fr
central_idea:
  statement: "Poser des sols qui durent, avec le soin d'un artisan."
  lexicon: [durer, durable, solide, soin, artisan, finition]
  related: [carreau, sol, pose, chantier]
channels:
  email: {tones: [reassurance]}
rules:
  BL101: warning
""",
    "en": """
brand: Tommetiers
language: en
central_idea:
  statement: "Lay floors that last, with a craftsman's care."
  lexicon: [last, lasting, durable, solid, care, craftsman, finish]
  related: [tile, floor, laying, site]
channels:
  email: {tones: [reassurance]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint_floors(lint_profile_texts):
    return lint_profile_texts(FLOORS, "tommetiers", "email")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chère Madame Lenoir,\n\nNous voyons déjà vos arrière-petits-enfants jouer aux "
           "billes sur cette terre cuite, comme vos grands-parents le faisaient dans la "
           "ferme de Saint-Ours.\n\nÀ jeudi pour le choix de la cire,\nPaul"),
    ("en", "Dear Mrs Lenoir,\n\nWe can already see your grandchildren playing marbles on "
           "this terracotta, just as your grandparents did at the farm in Saint-Ours.\n\n"
           "See you on Thursday to choose the wax,\nPaul"),
])
def test_a_familys_generations_show_an_idea_of_lasting(lint_floors, lang, text):
    assert codes(lint_floors(lang, text), "BL101") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chère Madame Lenoir,\n\nNous voyons déjà vos enfants jouer aux billes sur cette "
           "terre cuite, dans la cuisine de Saint-Ours.\n\nÀ jeudi pour le choix de la cire,"
           "\nPaul"),
    ("en", "Dear Mrs Lenoir,\n\nWe can already see your children playing marbles on this "
           "terracotta, in the kitchen at Saint-Ours.\n\nSee you on Thursday to choose the "
           "wax,\nPaul"),
])
def test_one_generation_alone_shows_nothing_of_it(lint_floors, lang, text):
    assert codes(lint_floors(lang, text), "BL101") == ["BL101"]


STAYS = {
    "fr": """
brand: Closerie
language: fr
central_idea:
  statement: "Des vêtements soignés pour qu'ils durent, dans le calme de la campagne."
  lexicon: [durer, long, calme, tranquille, soin]
  related: [veste, linge]
channels:
  social: {tones: [reassurance]}
rules:
  BL101: warning
""",
    "en": """
brand: Closerie
language: en
central_idea:
  statement: "Clothes cared for so that they last, in the quiet of the countryside."
  lexicon: [last, long, longer, quiet, calm, care]
  related: [jacket, linen]
channels:
  social: {tones: [reassurance]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint_stays(lint_profile_texts):
    return lint_profile_texts(STAYS, "closerie", "social")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Boutique fermée lundi férié, retour aux horaires habituels mardi. Bon long "
           "week-end ! ☀️"),
    ("en", "Our shop is closed on the bank holiday Monday, back to normal hours on Tuesday. "
           "Enjoy the long weekend! ☀️"),
    ("en", "House rules: check-in from 4pm, check-out by 11am, quiet hours after 10.30pm."),
])
def test_a_long_weekend_or_quiet_hours_say_nothing_of_the_idea(lint_stays, lang, text):
    assert codes(lint_stays(lang, text), "BL101") == ["BL101"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une veste bien entretenue dure longtemps : on la brosse, on la repose, on la "
           "garde au calme. ☀️"),
    ("en", "A jacket looked after lasts a long time: brush it, rest it, keep it somewhere "
           "quiet. ☀️"),
])
def test_long_and_quiet_in_their_own_sense_still_say_it(lint_stays, lang, text):
    assert codes(lint_stays(lang, text), "BL101") == []


CIDER = {
    "fr": """
brand: Pommeraie
language: fr
central_idea:
  statement: "Faire goûter le verger tel qu'il est, de l'arbre à la bouteille."
  lexicon: [verger, pomme, pommier, récolte, goût, bouteille, bouteilles]
  related: [cidre, poiré]
channels:
  shop: {tones: [deal]}
rules:
  BL101: warning
""",
    "en": """
brand: Pommeraie
language: en
central_idea:
  statement: "Let people taste the orchard as it is, from tree to bottle."
  lexicon: [orchard, apple, apples, harvest, taste, bottle, bottles]
  related: [cider, perry]
channels:
  shop: {tones: [deal]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint_cider(lint_profile_texts):
    return lint_profile_texts(CIDER, "pommeraie", "shop")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Coffret apéro — 24,90 €\n3 bouteilles + 1 planche gravée.\nLivraison offerte "
           "jusqu'au 31 décembre."),
    ("fr", "Frais de port :\n– 1 à 3 bouteilles : 6,90 € ;\n– 4 à 12 bouteilles : 9,90 €."),
    ("en", "Party pack — £24.90\n3 bottles + 1 engraved board.\nFree delivery until 31 "
           "December."),
])
def test_an_idea_word_counted_in_a_price_list_is_an_item(lint_cider, lang, text):
    assert codes(lint_cider(lang, text), "BL101") == ["BL101"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ce matin, 3 bouteilles tirées des pommiers du haut, encore fraîches de la "
           "cave. Venez les goûter samedi."),
    ("en", "This morning, 3 bottles drawn from the top apple trees, still cool from the "
           "cellar. Come and taste them on Saturday."),
])
def test_a_count_without_a_price_still_names_the_idea(lint_cider, lang, text):
    assert codes(lint_cider(lang, text), "BL101") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "« La plus belle vitrine de la rue, posée en une matinée ! » 🥹 Merci Odile, on "
           "transmet à Karim qui l'a installée. #Lyon"),
    ("fr", "Le message de Paul ce matin : « Jamais vu un atelier aussi soigneux ! » Merci à "
           "Paul et à sa fille pour ce mot. #Lyon"),
    ("en", "\"Best shop window on the street, fitted in a morning!\" 🥹 Thanks Odile, we'll "
           "pass it on to Karim who put it in. #Leeds"),
    ("en", "Paul's message this morning: \"Never seen such a careful workshop!\" Thank you "
           "Paul for the kind words. #Leeds"),
])
def test_a_review_shared_with_its_author_thanked_is_not_asked_for_the_idea(lint_calm, lang,
                                                                          text):
    assert codes(lint_calm(lang, text), "BL101") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouvelle vitrine posée rue des Lilas, notre modèle « Atelier » en chêne clair, "
           "avec son store trois points et ses deux néons. Merci pour votre visite samedi ! "
           "#Lyon"),
    ("en", "New shop window fitted on Lilac Street, our “Atelier” model in pale oak, with "
           "its three-point shutter and two neon signs. Thank you for visiting on "
           "Saturday! #Leeds"),
])
def test_a_name_in_quotes_and_a_thanks_to_no_one_do_not_excuse_it(lint_calm, lang, text):
    assert codes(lint_calm(lang, text), "BL101") == ["BL101"]


SKY = {
    "fr": """
brand: Nacelline
language: fr
central_idea:
  statement: "Faire redécouvrir ses paysages d'en haut."
  lexicon: [d'en haut, altitude, ciel, survoler, horizon, paysage]
  related: [montgolfière, nacelle, pilote, vol]
channels:
  email: {tones: [surprise]}
rules:
  BL101: warning
""",
    "en": """
brand: Nacelline
language: en
central_idea:
  statement: "Help everyone see their own landscape anew from above."
  lexicon: [from above, altitude, sky, horizon, landscape, float]
  related: [balloon, basket, pilot, flight]
channels:
  email: {tones: [surprise]}
rules:
  BL101: warning
""",
}


@pytest.fixture(scope="module")
def lint_sky(lint_profile_texts):
    return lint_profile_texts(SKY, "nacelline", "email")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Amélie,\n\nEt si vous regardiez votre quartier comme les cigognes ? Vue à "
           "400 mètres, la rue du marché devient un ruban, les cours des écoles de petits "
           "carrés verts.\n\nBelle journée,\nL'équipe Nacelline"),
    ("en", "Hi Amelia,\n\nEver looked at your street the way the storks do? From 400 metres "
           "up, the market road turns into a ribbon and the school yards into little green "
           "squares.\n\nHave a lovely day,\nThe Nacelline team"),
])
def test_a_birds_view_from_a_height_shows_the_idea_from_above(lint_sky, lang, text):
    assert codes(lint_sky(lang, text), "BL101") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Amélie,\n\nLes cigognes sont revenues sur le clocher de l'école. La rue "
           "du marché est fermée samedi pour la brocante.\n\nBelle journée,\nL'équipe "
           "Nacelline"),
    ("en", "Hi Amelia,\n\nThe storks are back on the school chimney. The market road is "
           "closed on Saturday for the car boot sale.\n\nHave a lovely day,\nThe Nacelline "
           "team"),
])
def test_a_bird_alone_with_no_height_does_not(lint_sky, lang, text):
    assert codes(lint_sky(lang, text), "BL101") == ["BL101"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le soir de Jeanne\n\nIl y a trois mois, Jeanne se relevait chaque nuit pour "
           "vérifier le verrou. Mardi, nous avons changé la vitrine de sa boutique. Hier, "
           "Jeanne nous a envoyé une photo de son chat endormi sur le comptoir."),
    ("en", "Jeanne's evenings\n\nThree months ago, Jeanne got up every night to check the "
           "latch. On Tuesday we replaced her shop window. Yesterday Jeanne sent us a photo "
           "of her cat asleep on the counter."),
])
def test_a_persons_story_told_over_time_shows_the_idea(lint_calm, lang, text):
    assert codes(lint_calm(lang, text), "BL101") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le soir de Jeanne\n\nMardi, nous avons changé la vitrine de la boutique de "
           "Jeanne. Elle ouvre à nouveau samedi à 9 h, rue des Lilas."),
    ("en", "Jeanne's evenings\n\nOn Tuesday we replaced the window of Jeanne's shop. It "
           "opens again on Saturday at 9am, Lilac Street."),
])
def test_a_name_with_no_time_before_the_change_is_no_story(lint_calm, lang, text):
    assert codes(lint_calm(lang, text), "BL101") == ["BL101"]
