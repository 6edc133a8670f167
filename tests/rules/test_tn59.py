"""Round 47 of the tone reading (tn59), FR and EN on the real models, with the Abrilo
profiles: the brand's own negative tone and a story that earlier rounds left unread.

- An ultimatum by haste itself: the reader told to hurry, then « ou / sinon » / "or" and
  the reader (or theirs) left behind (« Dépêchez-vous ou vous resterez dehors », "Hurry
  or you'll be left outside"). Haste with a choice and no loss (« Passez vite ou prenez
  votre temps ») is no ultimatum.
- The brand unsure it will ever do it again ("Not sure we'll bother next spring", « pas
  sûr qu'on remette ça »): its heart going out of the event, disappointment. Being unsure
  of a delivery date or of the reader's choice is not.
- The reader's question shrugged off in a tautology (« On publiera quand on publiera »,
  "We'll post when we post"): frustration. A time given by what it waits for ("We'll post
  the dates when we know them") is not.
- A story opened by a time long gone without its comma ("Twenty years ago Marta threw…",
  « Il y a vingt ans Marta tournait… »): an anchor, so its sentences are the story's beats.
  The same time in passing, inside a sentence, anchors nothing.
- The grandparents as a family calls them (grandpa, grandad, « papy », « mamie ») are a
  story's characters, as grandfather and « grand-père » were: their past acts are the
  tale's. A grandparent invited along tells nothing. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abrilo")


# -- an ultimatum by haste itself ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The glaze room closes in ten minutes. Hurry or you'll be left outside!"),
    ("en", "Last kids' wheel class of the summer. Book NOW or your child will be left out."),
    ("fr", "La salle d'émaillage ferme dans dix minutes. Dépêchez-vous ou vous resterez "
           "dehors !"),
    ("fr", "Dernier atelier tour des enfants de l'été. Réservez MAINTENANT, sinon votre "
           "enfant restera à la maison."),
])
def test_haste_with_the_reader_left_behind_is_an_ultimatum(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert said(tone, "pressure", signal="ultimatum")
    assert "BL206" in warned(engines, lang, text, "sms", "BL2")


@pytest.mark.parametrize("lang,text", [
    ("en", "Your mugs are out of the kiln. Come quickly or take your time: they will stay on "
           "the shelf until Saturday."),
    ("en", "If you prefer, you will stay in the studio during the firing."),
    ("fr", "Vos tasses sont sorties du four. Passez vite ou prenez votre temps : elles "
           "resteront sur l'étagère jusqu'à samedi."),
    ("fr", "Si vous préférez, vous resterez à l'atelier pendant la cuisson."),
])
def test_haste_with_no_loss_is_no_ultimatum(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert not said(tone, "pressure", signal="ultimatum")
    assert "BL206" not in warned(engines, lang, text, "sms", "BL2")


# -- the brand unsure it will ever do it again -----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Four people came to Thursday's raku night, after we fired the kiln all day. "
           "Not sure we'll bother next spring."),
    ("en", "We set up twelve wheels for the open day and three of you turned up. We're not "
           "sure we'll do it again."),
    ("fr", "Quatre personnes à la soirée raku jeudi, après une journée entière à chauffer "
           "le four. Pas sûr qu'on remette ça au printemps."),
    ("fr", "Douze tours installés pour la journée portes ouvertes, et trois visiteurs. On "
           "n'est pas sûrs de recommencer."),
])
def test_the_brand_unsure_it_will_do_it_again_is_disappointed(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert any("sure" in w or "sûr" in w for w in said(tone, "disappointment", lower=True))


@pytest.mark.parametrize("lang,text", [
    ("en", "We're not sure we'll have the blue glaze by Friday: we'll text you as soon as "
           "it's in."),
    ("en", "Not sure which glaze to pick? We'll help you choose at the studio."),
    ("fr", "Nous ne sommes pas sûrs de recevoir l'émail bleu avant vendredi : on vous "
           "prévient dès qu'il arrive."),
    ("fr", "Pas sûr de la couleur ? On vous aide à choisir à l'atelier."),
])
def test_unsure_of_a_date_or_a_choice_is_no_disappointment(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert not any("sure" in w or "sûr" in w for w in said(tone, "disappointment", lower=True))
    assert "BL206" not in warned(engines, lang, text, "social", "BL2")


def test_a_turnout_sulked_at_with_no_next_time_fires(engines):
    text = ("Honestly, we're let down. Four people came to Thursday's raku night after "
            "we fired the kiln all day. Not sure we'll bother next spring.")
    assert "BL206" in warned(engines, "en", text, "social", "BL2")


# -- the reader's question shrugged off in a tautology ---------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Third message today about the new kiln. It'll be ready when it's ready. We'll "
           "post when we post."),
    ("fr", "Troisième message aujourd'hui sur le nouveau four. Il sera prêt quand il sera "
           "prêt. On publiera quand on publiera."),
])
def test_a_tautology_shrugs_the_question_off(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert any("when we post" in w or "quand on publiera" in w
               for w in said(tone, "frustration", lower=True))
    assert "BL206" in warned(engines, lang, text, "social", "BL2")


@pytest.mark.parametrize("lang,text", [
    ("en", "The new kiln arrives in May. We'll post the dates when we know them."),
    ("fr", "Le nouveau four arrive en mai. On publiera les dates quand on les connaîtra."),
])
def test_a_time_given_by_what_it_waits_for_is_no_tautology(engines, lang, text):
    tone = reading(engines, lang, text, "social")
    assert not said(tone, "frustration")
    assert "BL206" not in warned(engines, lang, text, "social", "BL2")


# -- a story opened by a time long gone, without its comma -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Twenty years ago Marta threw her first bowl on a borrowed wheel in a garage. "
           "That bowl still sits on our counter."),
    ("fr", "Il y a vingt ans Marta tournait son premier bol sur un tour prêté, dans un "
           "garage. Ce bol trône toujours sur notre comptoir."),
])
def test_a_time_long_gone_opening_the_sentence_anchors_a_story(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert said(tone, "storytelling", signal="story_beat")
    assert "BL205" in warned(engines, lang, text, "sms", "BL2")


@pytest.mark.parametrize("lang,text", [
    ("en", "Marta opened the studio twenty years ago. Your wheel slot: tomorrow at 10am."),
    ("fr", "Marta a ouvert l'atelier il y a vingt ans. Votre créneau de tour : demain à "
           "10 h."),
])
def test_a_time_long_gone_in_passing_anchors_nothing(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert not said(tone, "storytelling", signal="story_beat")
    assert "BL205" not in warned(engines, lang, text, "sms", "BL2")


# -- the grandparents as a family calls them, characters of a story --------------------------

@pytest.mark.parametrize("lang,text,verb", [
    ("en", "Thirty years ago, my grandpa walked this beach every morning with his nets. "
           "Your mug was glazed with sand from it.", "walked"),
    ("fr", "Il y a quarante ans, mon papy arpentait ces rochers à l'aube avec une fourche. "
           "Votre tasse est émaillée avec leur sable.", "arpentait"),
])
def test_a_grandparent_acting_in_the_past_is_a_character(engines, lang, text, verb):
    tone = reading(engines, lang, text, "sms")
    assert verb in said(tone, "storytelling", signal="past_narrative")


@pytest.mark.parametrize("lang,text", [
    ("en", "Kids' wheel class on Saturday at 10am: bring your grandpa along!"),
    ("fr", "Atelier tour des enfants samedi à 10 h : viens avec ton papy !"),
])
def test_a_grandparent_invited_tells_no_story(engines, lang, text):
    tone = reading(engines, lang, text, "sms")
    assert not said(tone, "storytelling", signal="past_narrative")
