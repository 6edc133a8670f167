"""Round 46 of the dominant tone (tn58), FR and EN on the real models, with the Halagère
profiles (barge holidays: web aims at storytelling and surprise, email at storytelling and
reassurance): a day told in its moments — sentences that open on an hour, a weekday or a
part of the day and tell what happens then — is a story, and its hours are the tale's, not
a time the reader gains; heard only when the dominant tone is named (the rules read `raw`,
where the hours stay speed). A programme for the reader (its moments in the future or as
orders), a timetable of bare hours and a single moment tell no tale. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("halagere")


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Une journée d'éclusier\n7 h : Marcel ouvre la maison éclusière et allume la "
           "radio. À 9 h 30, la première péniche arrive, et il tourne la manivelle pendant que "
           "les enfants regardent l'eau monter. 18 h : la dernière bâche est tirée et le canal "
           "redevient silencieux."),
    ("en", "## A lock-keeper's day\n7:00: Marcel opens the lock house and switches on the "
           "radio. At 9:30, the first barge arrives and he turns the crank while the children "
           "watch the water rise. At 18:00, he pulls the last cover over the gate and the "
           "canal goes quiet."),
])
def test_a_day_told_hour_by_hour_is_a_story(engines, lang, text):
    tone = reading(engines, lang, text, "web")
    assert tone.moment_beats > 0 and tone.moment_time > 0
    assert tone.dominant == "storytelling"
    # the rules still read the hours as they did: `raw` keeps them as speed
    assert said(tone, "speed", signal="time_given")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Objet : Une semaine sur l'eau\n\nBonjour Madame Roux,\n\nLundi, les Perrin ont "
           "appris à tenir la barre en une matinée. Mercredi, ils ont passé onze écluses "
           "sans une égratignure. Vendredi, la petite Léa a donné son nom au héron du bief."
           "\n\nBien à vous,\nAnne"),
    ("en", "Subject: A week on the water\n\nDear Mrs Roux,\n\nOn Monday the Perrins learnt to "
           "steer in a single morning. On Wednesday they went through eleven locks without a "
           "scratch. On Friday little Lea named the heron of the reach.\n\nBest wishes,\nAnne"),
])
def test_a_logbook_of_weekdays_is_a_story_not_speed(engines, lang, text):
    tone = reading(engines, lang, text, "email")
    assert tone.moment_beats > 0
    assert tone.dominant == "storytelling"


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Votre premier jour\n9 h : vous serez accueillis sur le quai par Jacques. "
           "10 h : prenez la barre pour le premier bief. 18 h : amarrage à Baye pour la nuit."),
    ("en", "## Your first day\n9:00: you will be welcomed on the quay by Jacques. 10:00: "
           "take the helm for the first stretch. 18:00: moor at Baye for the night."),
])
def test_a_programme_for_the_reader_tells_no_tale(engines, lang, text):
    tone = reading(engines, lang, text, "web")
    assert tone.moment_beats == 0 and tone.moment_time == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Horaires du port\nLundi : fermé. Mardi : 9 h – 18 h. Mercredi : 9 h – 12 h."),
    ("en", "## Harbour office hours\nMonday: closed. Tuesday: 9am – 6pm. Wednesday: 9am – "
           "noon."),
    ("fr", "## Le départ\nÀ 9 h, Jacques vous attend au ponton pour la prise en main. La "
           "péniche est prête, les vélos sont sur le pont."),
    ("en", "## Setting off\nAt 9:00, Jacques meets you on the pontoon for the handover. The "
           "barge is ready, and the bikes are on deck."),
])
def test_a_timetable_or_a_single_moment_tells_no_day(engines, lang, text):
    tone = reading(engines, lang, text, "web")
    assert tone.moment_beats == 0 and tone.moment_time == 0


# -- an outing told as it goes -------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "## Le canal à l'aube\nAu ponton de Baye, la brume traîne encore sur l'eau. On "
           "détache la péniche, on glisse devant le moulin, on salue le pêcheur du bief."),
    ("en", "## The canal at dawn\nAt the Baye pontoon, the mist still hangs over the water. "
           "We untie the barge, we drift past the mill and we wave to the angler on the "
           "reach."),
])
def test_an_outing_told_as_it_goes_is_a_story(engines, lang, text):
    tone = reading(engines, lang, text, "web")
    assert tone.moment_beats > 0
    assert tone.dominant == "storytelling"


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Fête du port\nSamedi, on ouvre le ponton à 10 h, on installe les stands et on "
           "lance la tombola."),
    ("en", "## Harbour party\nOn Saturday we open the pontoon at 10am, we set up the stalls "
           "and we start the raffle."),
    ("fr", "## En cas de panne\nOn vous rappelle dans l'heure, on vous envoie un "
           "mécanicien."),
    ("en", "## If the engine fails\nWe call you back within the hour and we send you a "
           "mechanic."),
    ("fr", "## Nos révisions\nMoteur, coque, gréement.\n\n## Comment ça marche\nOn passe "
           "voir la péniche au port, on mesure la coque et on envoie un devis écrit."),
    ("en", "## Our servicing\nEngine, hull, rigging.\n\n## How it works\nWe come and see "
           "the barge in the harbour, we measure the hull and we send a written quote."),
])
def test_a_plan_or_acts_for_the_reader_tell_no_outing(engines, lang, text):
    assert reading(engines, lang, text, "web").moment_beats == 0


# -- a tale in a text message: a moment counted back from now, then the next one -------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Halagère : il y a dix ans, Paul et Léa passaient leur toute première écluse chez "
           "nous. Samedi, ils reviennent avec leurs deux enfants… La suite au prochain bief !"),
    ("en", "Halagère: ten years ago, Paul and Lea went through their very first lock with us. "
           "On Saturday they come back with their two children… More at the next reach!"),
])
def test_a_tale_after_a_sender_tag_tells_its_moments(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert tone.moment_beats > 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Halagère : il y a deux jours, vous avez réservé la péniche « Héron ». Samedi, "
           "vous la récupérez au port de Baye à 10 h."),
    ("en", "Halagère: two days ago, you booked the barge Heron. On Saturday you collect it at "
           "Baye harbour at 10am."),
])
def test_the_readers_own_booking_counted_back_is_no_tale(engines, lang, text):
    assert reading(engines, lang, text, "sms").moment_beats == 0


# -- a making told with its time ---------------------------------------------------------------
# (the Grisou profiles: a brewery whose email aims at storytelling and collaboration)

@pytest.fixture(scope="module")
def brewery():
    return profile_engines("grisou")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Salut Léo,\n\nNotre bière de mars est là. Le moût a fermenté trois semaines dans "
           "la vieille cuve en cuivre, avec du miel des ruches de Pierre.\n\nL'équipe"),
    ("en", "Hi Leo,\n\nOur March beer is here. The wort fermented for three weeks in the old "
           "copper tank, with honey from Pierre's hives.\n\nThe team"),
])
def test_a_making_told_with_its_time_is_a_story(brewery, lang, text):
    tone = reading(brewery, lang, text, "email")
    assert tone.moment_beats > 0
    assert tone.dominant == "storytelling"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Salut Léo,\n\nTa commande est brassée en 48 heures et part le jour même.\n\nL'équipe"),
    ("en", "Hi Leo,\n\nYour order is brewed within 48 hours and ships the same day.\n\nThe team"),
    ("fr", "Salut Léo,\n\nPour ton kit, laisse fermenter trois semaines à 20 degrés.\n\nL'équipe"),
    ("en", "Hi Leo,\n\nFor your kit, let it ferment for three weeks at 20 degrees.\n\nThe team"),
])
def test_a_lead_time_or_advice_is_no_making_told(brewery, lang, text):
    assert reading(brewery, lang, text, "email").moment_beats == 0
