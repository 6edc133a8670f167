"""Round 36 of the tone reading (tn39), FR and EN on the real models, with the Revers Doré
profiles (a tennis club: web aims at joy and storytelling, social at joy and
collaboration, after_sales at empathy and solution, phone_script at reassurance and
solution): the readers praised, laughter, a welcome, a friendly event (joy); a find
unpacked and the unexpected (surprise); the credit given to the readers, a partner or a
buddy to find, the reader's idea asked for (collaboration); the cheapest around and a
reward doubled (deal); the offender told off and sent away (anger), the eye-roll
(frustration); the rest taken care of (reassurance); words read in
their other sense (« à nouveau », « Écoute, », "followed by", opening hours, "grab it
online"); a script's agent sending the caller to the website; and a tone's spread
counted over the body of a letter, not its greeting and signature."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import analysed, codes, profile_engines
from tests.rules.tone_profiles import said as _said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("reversdore")


def reading(engines, lang, text, channel="web"):
    return analysed(engines, lang, text, channel).tone


def said(tone, name, signal=None):
    return _said(tone, name, signal, lower=True)


# -- joy ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Quarante inscrits au tournoi des familles : merci, vous êtes incroyables !",
     "vous êtes incroyables"),
    ("en", "Forty pairs at the family doubles: thank you, you're amazing!", "you're amazing"),
])
def test_readers_praised_is_joy(engines, lang, text, word):
    assert word in said(reading(engines, lang, text), "joy")


@pytest.mark.parametrize("lang, text", [
    ("fr", "La vue depuis le court central est incroyable au lever du soleil."),
    ("en", "The view from the centre court is amazing at sunrise."),
])
def test_wonder_at_a_thing_is_no_praise(engines, lang, text):
    tone = reading(engines, lang, text)
    assert not any("incroyable" in w and "êtes" in w or "you're" in w for w in said(tone, "joy"))


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Bienvenue au club-house : les raquettes sont prêtées à l'accueil.", "bienvenue au"),
    ("en", "Welcome to the club-house: rackets are lent at the front desk.", "welcome to"),
    ("en", "Two evenings of doubles, plenty of laughter and a friendly final.", "laughter"),
    ("en", "Two evenings of doubles and a friendly final on the terrace.", "friendly"),
])
def test_welcome_laughter_and_a_friendly_event_are_joy(engines, lang, text, word):
    assert word in said(reading(engines, lang, text), "joy")


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Vous êtes les bienvenus si vous souhaitez venir accompagné.", "bienvenue"),
    ("en", "You're welcome to bring a friend to the open day.", "welcome to"),
    ("en", "The booking page is user-friendly and works on any phone.", "friendly"),
    ("en", "A friendly reminder to those who leave the gate open.", "friendly"),
])
def test_welcome_as_permission_and_user_friendly_are_no_joy(engines, lang, text, word):
    assert word not in said(reading(engines, lang, text), "joy")


# -- surprise ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Dans le carton de lundi, une pépite : la raquette qu'on n'attendait pas avant mai.",
     "pépite"),
    ("fr", "Dans le carton de lundi, la raquette qu'on n'attendait pas avant mai.",
     "qu'on n'attendait pas"),
    ("en", "Monday's box held a hidden gem: a racket we weren't expecting before May.",
     "hidden gem"),
    ("en", "Monday's box held a racket we weren't expecting before May.", "we weren't expecting"),
])
def test_a_find_and_the_unexpected_are_surprise(engines, lang, text, word):
    assert word in said(reading(engines, lang, text), "surprise")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Nous serions heureux de vous compter à nouveau parmi nos adhérents."),
    ("fr", "Le court 3 est de nouveau ouvert aux réservations."),
])
def test_again_is_nothing_new(engines, lang, text):
    assert not any("nouveau" in w for w in said(reading(engines, lang, text), "surprise"))


@pytest.mark.parametrize("lang, text", [
    ("en", "We weren't expecting this from you after so many seasons together."),
])
def test_unexpected_from_the_reader_is_no_surprise(engines, lang, text):
    assert not any("expecting" in w for w in said(reading(engines, lang, text), "surprise"))


# -- collaboration -----------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Grâce à vous, l'école de tennis a ouvert deux nouveaux groupes cette année.",
     "grâce à vous"),
    ("fr", "Vous cherchez un partenaire pour le tournoi ? Répondez à ce message.", "partenaire"),
    ("fr", "Propose-nous le stage dont tu rêves : on en retient trois.", "propose-nous"),
    ("en", "Thanks to you, the tennis school opened two new groups this year.", "thanks to you"),
    ("en", "Grab a buddy and sign up for the autumn ladder.", "buddy"),
    ("en", "Reply to this email and we will pair you with someone of your level.",
     "pair you"),
])
def test_credit_partners_and_ideas_asked_are_collaboration(engines, lang, text, word):
    assert word in said(reading(engines, lang, text), "collaboration")


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Grâce à nos entraîneurs, l'école de tennis a ouvert deux groupes.", "grâce à"),
    ("en", "Thanks to our coaches, the tennis school opened two groups.", "thanks to"),
])
def test_credit_to_the_staff_is_no_collaboration(engines, lang, text, word):
    assert not any(word in w for w in said(reading(engines, lang, text), "collaboration"))


# -- deal --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Pourquoi payer plus ailleurs ? Avec la carte, chaque cours compte double.",
     "pourquoi payer plus"),
    ("fr", "Avec la carte, chaque cours compte double.", "compte double"),
    ("en", "Lowest fees on the lake, best-value court hire. Why pay more?", "lowest fees"),
    ("en", "Members earn double points on every lesson.", "double points"),
])
def test_the_cheapest_and_a_reward_doubled_are_deal(engines, lang, text, word):
    assert word in said(reading(engines, lang, text), "deal")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le compte adhérent se crée à l'accueil en deux minutes."),
    ("en", "Court fees are listed at the front desk."),
])
def test_fees_and_accounts_named_are_no_deal(engines, lang, text):
    assert said(reading(engines, lang, text), "deal") == []


def test_lowest_fees_page_is_off_target_on_web(engines):
    text = ("## Lowest fees on the lake\nSave 20% on your membership today. Best-value court "
            "hire, family bundles, a free can of balls. Why pay more? Compare and save.")
    assert ("BL205", "warning") in codes(engines, "en", text, "web")


# -- anger and frustration ---------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("fr", "À celui qui a laissé le portillon ouvert : pas cool. Pas la peine de revenir."),
    ("en", "To whoever left the gate open: not cool. Don't bother coming back."),
])
def test_the_offender_told_off_is_anger(engines, lang, text):
    assert said(reading(engines, lang, text, "social"), "anger")
    assert ("BL206", "warning") in codes(engines, lang, text, "social")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le filet est arraché et plus personne ne peut jouer. Débrouillez-vous."),
    ("en", "The net is wrecked and nobody can play. Sort yourselves out."),
])
def test_the_offenders_told_to_sort_it_out_is_anger(engines, lang, text):
    assert said(reading(engines, lang, text, "social"), "anger")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Ce n'est pas la peine de vous déplacer : le court est libre jusqu'à 18 h."),
    ("en", "Don't be upset about the rain: your lesson moves to Thursday."),
])
def test_a_trip_spared_or_a_feeling_soothed_is_no_anger(engines, lang, text):
    assert said(reading(engines, lang, text, "social"), "anger") == []


@pytest.mark.parametrize("lang, text", [
    ("fr", "On ne réserve pas les courts par commentaire. 🙄"),
    ("en", "We don't book courts through comments. 🙄"),
])
def test_the_eye_roll_is_frustration(engines, lang, text):
    assert "🙄" in said(reading(engines, lang, text, "social"), "frustration")


# -- reassurance -------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Vous choisissez votre créneau, nous nous occupons du reste.",
     "nous nous occupons du reste"),
    ("en", "Pick your slot and we take care of the rest.", "we take care of the rest"),
])
def test_the_rest_taken_care_of_is_reassurance(engines, lang, text, word):
    assert word in said(reading(engines, lang, text), "reassurance")


# -- other senses ------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, tone, word", [
    ("fr", "Agent : Écoute, le plus simple c'est de réserver en ligne.", "empathy", "écoute"),
    ("en", "Agent: Listen, the simplest way is to book online.", "empathy", "listen"),
    ("en", "Matches run all Saturday, followed by the prize-giving on the terrace.",
     "reassurance", "followed"),
    ("fr", "Soirée des finales : le bar reste ouvert jusqu'à minuit.", "pressure",
     "jusqu'à minuit"),
    ("en", "New grips in the shop this week: grab it online or at the front desk.",
     "pressure", "grab it"),
])
def test_words_in_their_other_sense_carry_no_tone(engines, lang, text, tone, word):
    channel = "phone_script" if text.startswith("Agent") else "web"
    assert not any(word in w for w in said(reading(engines, lang, text, channel), tone))


@pytest.mark.parametrize("lang, text, tone, word", [
    ("fr", "Nous sommes à votre écoute pour toute question sur le stage.", "empathy",
     "à votre écoute"),
    ("fr", "Offre valable jusqu'à minuit seulement, dépêchez-vous !", "pressure",
     "jusqu'à minuit"),
    ("en", "Only three rackets left: grab it now before it's gone!", "pressure", "grab it"),
])
def test_the_same_words_keep_their_tone_elsewhere(engines, lang, text, tone, word):
    assert any(word in w for w in said(reading(engines, lang, text), tone))


# -- a script's agent sending the caller away --------------------------------------------

SCRIPT = ("Agent: Revers Doré.\nCaller: Hi, my booking shows 'confirmed' but I got no "
          "email, can you check?\nAgent: {reply}")


def test_the_caller_sent_to_the_website_is_a_curt_turn(engines):
    tone = reading(engines, "en", SCRIPT.format(reply="Bookings are on the website."),
                   "phone_script")
    assert said(tone, "coldness", "curt_turn")


def test_a_full_answer_naming_the_website_is_no_curt_turn(engines):
    reply = ("Of course, I can see it here: your booking is on the website and I'll resend "
             "the email to you right now.")
    tone = reading(engines, "en", SCRIPT.format(reply=reply), "phone_script")
    assert said(tone, "coldness", "curt_turn") == []


# -- a tone's spread over the body of a letter -------------------------------------------

LETTER = {
    "fr": ("Bonjour Madame Roy,\n\nVotre cours de jeudi est annulé. Profitez de notre offre : "
           "-30 % sur le stage d'été, -20 % sur les cordages et un tube offert !\nLes places "
           "partent vite, réservez dès aujourd'hui.\nMerci pour votre fidélité.\n\n"
           "L'équipe Revers Doré"),
    "en": ("Hello Mrs Roy,\n\nYour Thursday lesson is cancelled. Enjoy our offer: 30% off the "
           "summer camp, 20% off restringing and a free can of balls!\nPlaces go fast, book "
           "today.\nThank you for being a member.\n\nThe Revers Doré team"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_greeting_and_signature_are_not_sentences_of_the_body(engines, lang):
    a = analysed(engines, lang, LETTER[lang], "after_sales")
    lines = [a.text[lo:hi].strip() for lo, hi in a.tone.sentences]
    assert not any(line.startswith(("Bonjour", "Hello")) and len(line) < 25 for line in lines)
    assert not any("Revers" in line and len(line) < 25 for line in lines)
    assert any("annulé" in line or "cancelled" in line for line in lines)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le stage d'été commence le 7 juillet.\nInscriptions à l'accueil.\nRéservez vite"),
    ("en", "The summer camp starts on 7 July.\nEntries at the front desk.\nBook now"),
])
def test_a_last_line_that_calls_to_act_stays_a_sentence(engines, lang, text):
    a = analysed(engines, lang, text, "web")
    lines = [a.text[lo:hi].strip() for lo, hi in a.tone.sentences]
    assert any(line.startswith(("Réservez", "Book")) for line in lines)
