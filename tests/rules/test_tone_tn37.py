"""Round 34 of the tone reading (tn37), FR and EN on the real models, with the Abriel
profiles (an insurer: sms aims at speed, after_sales at reassurance, solution and speed,
social at collaboration and empathy; formal EN, vous FR): a thank-you for a message about
a case is no thanks exchange; a keyword to text back in capitals is no raised voice; the
brand's own disappointment said with an adverb; respect asked for the brand's people as a
reproach; a granted act refused in a bare sentence as a door closed; a call-script turn of
clipped sentences as curt; « nous » before a third-person verb as no brand's act; « urgence
» as an emergency, not pressure; "no worries" as no register slip."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import codes, profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


# -- a thank-you for a message about a case --------------------------------------------------

PARTY = {
    "en": "Youpee! 🎉🥳 What a week at Abriel, parties and cakes and laughter everywhere! "
          "We're so excited and we can't wait to celebrate with you again!!!",
    "fr": "Youpi ! 🎉🥳 Quelle semaine chez Abriel, des fêtes, des gâteaux et des rires "
          "partout ! Nous sommes ravis et nous avons trop hâte de fêter ça avec vous !!!",
}
ABOUT_A_CASE = {
    "en": "Hello Ms Patel, thank you for your message about your claim. ",
    "fr": "Bonjour Madame Patel, merci pour votre message au sujet de votre dossier. ",
}
ABOUT_NOTHING = {
    "en": "Hello Ms Patel, thank you for your lovely message. ",
    "fr": "Bonjour Madame Patel, merci pour votre gentil message. ",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_party_in_reply_to_a_message_about_a_case_is_a_clear_miss(engines, lang):
    found = codes(engines, lang, ABOUT_A_CASE[lang] + PARTY[lang], "after_sales")
    assert ("BL205", "warning") in found


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_party_in_reply_to_a_thank_you_with_no_case_is_a_hint(engines, lang):
    found = codes(engines, lang, ABOUT_NOTHING[lang] + PARTY[lang], "after_sales")
    assert ("BL205", "warning") not in found


# -- a keyword to text back ------------------------------------------------------------------

KEYWORD = {
    "en": "Abriel: your visit is on Tuesday at 10 am. Reply MOVE to pick another slot.",
    "fr": "Abriel : votre rendez-vous est mardi à 10 h. Répondez DEPLACER pour changer.",
}
SHOUTED = {
    "en": "Abriel: your visit is on Tuesday at 10 am. Confirm it NOW or lose your slot.",
    "fr": "Abriel : votre rendez-vous est mardi à 10 h. Confirmez MAINTENANT ou perdez-le.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_keyword_to_text_back_is_no_shouting(engines, lang):
    assert not said(reading(engines, lang, KEYWORD[lang], "sms"), "pressure", "shouting")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_in_capitals_elsewhere_still_shouts(engines, lang):
    assert said(reading(engines, lang, SHOUTED[lang], "sms"), "pressure", "shouting")


# -- the brand's own disappointment, stressed --------------------------------------------------

STRESSED = {
    "en": "We're truly disappointed: only a handful of members came to the safety talk.",
    "fr": "Nous sommes vraiment déçus : une poignée d'adhérents est venue à la réunion.",
}
DENIED = {
    "en": "We're not disappointed at all: a handful of members came, and they loved it.",
    "fr": "Nous sommes pas déçus du tout : une poignée d'adhérents est venue, ravie.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_brands_stressed_disappointment_is_said_in_full(engines, lang):
    tone = reading(engines, lang, STRESSED[lang], "social")
    assert any(e.tone == "disappointment" and e.weight >= 2 for e in tone.evidence)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_disappointment_denied_is_no_stressed_phrase(engines, lang):
    tone = reading(engines, lang, DENIED[lang], "social")
    assert not any(e.tone == "disappointment" and e.weight >= 2 for e in tone.evidence)


# -- respect asked for the brand's people -----------------------------------------------------

RESPECT_OWED = {
    "en": "Our advisers answer hundreds of calls a day. Please show our staff a little more "
          "respect on the phone.",
    "fr": "Nos conseillers répondent à des centaines d'appels par jour. Merci de respecter "
          "le travail de l'équipe au téléphone.",
}
RULES_RESPECTED = {
    "en": "The car park closes at 8 pm. Please respect the speed limit on the ramp.",
    "fr": "Le parking ferme à 20 h. Merci de respecter la limite de vitesse dans la rampe.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_respect_asked_for_the_brands_people_is_a_reproach(engines, lang):
    tone = reading(engines, lang, RESPECT_OWED[lang], "store")
    assert said(tone, "frustration", "reproach")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_rule_to_respect_is_no_reproach(engines, lang):
    tone = reading(engines, lang, RULES_RESPECTED[lang], "store")
    assert not said(tone, "frustration", "reproach")


# -- a granted act refused bare ---------------------------------------------------------------

BARE_REFUSAL = {
    "en": "Abriel: visit cancelled. Reason: missed appointment. No refund. Do not reply.",
    "fr": "Abriel : visite annulée. Motif : absence. Aucun remboursement. Merci de ne pas "
          "répondre.",
}
TERMS_OF_A_REFUND = {
    "en": "Abriel: cancel up to 48 hours before your visit for a full refund; after that, "
          "no refund.",
    "fr": "Abriel : annulez jusqu'à 48 h avant la visite pour être remboursé ; passé ce "
          "délai, pas de remboursement.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_refund_refused_in_a_bare_sentence_is_a_door_closed(engines, lang):
    tone = reading(engines, lang, BARE_REFUSAL[lang], "sms")
    assert said(tone, "coldness", "door_closed")
    assert ("BL207", "warning") in codes(engines, lang, BARE_REFUSAL[lang], "sms")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_refund_terms_in_their_sentence_close_no_door(engines, lang):
    tone = reading(engines, lang, TERMS_OF_A_REFUND[lang], "sms")
    assert not said(tone, "coldness", "door_closed")


# -- a call-script turn of clipped sentences ---------------------------------------------------

CLIPPED_TURN = {
    "en": "Agent: Abriel.\nCaller: Hello, a tree fell on my shed tonight, can someone come?\n"
          "Agent: That can wait. The office is shut. Ring back on Monday.\n"
          "Caller: Oh... right.\nAgent: Goodbye.",
    "fr": "Agent : Abriel.\n[Client : Bonjour, un arbre est tombé sur mon abri ce soir, "
          "quelqu'un peut venir ?]\nAgent : Ça peut attendre. Le bureau est fermé. "
          "Rappelez lundi matin.\n[Client : Ah… d'accord.]\nAgent : Au revoir.",
}
KIND_TURN = {
    "en": "Agent: Abriel, Sarah speaking.\nCaller: Hello, a tree fell on my shed tonight, can "
          "someone come?\nAgent: I'm sorry, that sounds frightening. Is anyone hurt? If not, "
          "the office will call you first thing on Monday.\nCaller: Oh, thank you.\n"
          "Agent: Take care tonight.",
    "fr": "Agent : Abriel, Sarah à l'appareil.\n[Client : Bonjour, un arbre est tombé sur mon "
          "abri ce soir, quelqu'un peut venir ?]\nAgent : Je suis désolée, ça a dû vous faire "
          "peur. Quelqu'un est blessé ? Sinon, le bureau vous rappelle lundi à la première "
          "heure.\n[Client : Ah, merci.]\nAgent : Prenez soin de vous ce soir.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_turn_of_clipped_sentences_is_curt(engines, lang):
    tone = reading(engines, lang, CLIPPED_TURN[lang], "phone_script")
    assert len(said(tone, "coldness", "curt_turn")) >= 3
    assert ("BL207", "warning") in codes(engines, lang, CLIPPED_TURN[lang], "phone_script")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_turn_with_a_question_and_care_is_not_curt(engines, lang):
    found = codes(engines, lang, KIND_TURN[lang], "phone_script")
    assert not any(c == "BL207" for c, _ in found)


# -- « nous » before a verb in the third person ---------------------------------------------

MOVED = {
    "en": "Dear Mr Lenoir,\nYour letter about your father's claim moved us deeply, and "
          "every story like his touches us.",
    "fr": "Monsieur,\nVotre lettre sur le dossier de votre père nous a beaucoup émus, et "
          "chaque histoire comme la sienne nous touche.",
}
KEPT = {
    "en": "Dear Mr Lenoir,\nWe keep your father's file at the desk until Friday.",
    "fr": "Monsieur,\nNous gardons le dossier de votre père au comptoir jusqu'à vendredi.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_brand_as_the_object_of_a_verb_does_no_act(engines, lang):
    tone = reading(engines, lang, MOVED[lang], "after_sales")
    assert not said(tone, "solution", "brand_act")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_brand_as_the_subject_still_acts(engines, lang):
    tone = reading(engines, lang, KEPT[lang], "after_sales")
    assert said(tone, "solution", "brand_act")


# -- an emergency is no pressure ---------------------------------------------------------------

EMERGENCY = {
    "en": "In an emergency at night, call 0800 000 000: an adviser answers every day.",
    "fr": "En cas d'urgence la nuit, appelez le 0800 000 000 : un conseiller répond tous "
          "les jours.",
}
HURRY = {
    "en": "It's urgent: renew your cover before midnight or lose your bonus.",
    "fr": "C'est urgent : renouvelez votre contrat avant minuit ou perdez votre bonus.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_emergency_line_is_no_pressure(engines, lang):
    assert not said(reading(engines, lang, EMERGENCY[lang], "web"), "pressure")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_urgency_put_on_the_reader_is_pressure(engines, lang):
    assert said(reading(engines, lang, HURRY[lang], "web"), "pressure")


# -- "no worries" is said in any register --------------------------------------------------------

NO_WORRIES = {
    "en": "No worries if Tuesday no longer suits: reply and we will offer you another slot.",
    "fr": "Pas d'inquiétude si mardi ne vous convient plus : répondez et nous vous "
          "proposerons un autre créneau.",
}
SLANG = {
    "en": "Hey guys, no worries if Tuesday's no good, gonna find ya another slot.",
    "fr": "Salut, pas de souci si mardi te va plus, on te trouve un autre créneau.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_worry_waved_away_is_no_register_slip(engines, lang):
    assert not any(c == "BL204" for c, _ in codes(engines, lang, NO_WORRIES[lang], "sms"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_slang_beside_it_still_slips(engines, lang):
    assert any(c == "BL204" for c, _ in codes(engines, lang, SLANG[lang], "sms"))


# -- someone else joins us -------------------------------------------------------------------

GUEST_JOINS = {
    "en": "On 3 May, the flood expert Ana Ruiz will join us for one evening at the Lyon office.",
    "fr": "Le 3 mai, notre experte invitée nous rejoindra pour une soirée à l'agence de Lyon.",
}
READER_INVITED = {
    "en": "Join us on Saturday for the open day at the Lyon office.",
    "fr": "Rejoignez-nous samedi pour la journée portes ouvertes de l'agence de Lyon.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_guest_joining_us_is_no_invitation(engines, lang):
    tone = reading(engines, lang, GUEST_JOINS[lang], "social")
    assert not any("joi" in w.lower() for w in said(tone, "collaboration"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_reader_asked_to_join_us_is_invited(engines, lang):
    tone = reading(engines, lang, READER_INVITED[lang], "social")
    assert any("joi" in w.lower() for w in said(tone, "collaboration"))


# -- a weekday that recurs ------------------------------------------------------------------

RECURRING_DAY = {
    "en": "Our advisers hold a drop-in for new members every Saturday at the Lyon office.",
    "fr": "Nos permanences du samedi accueillent les nouveaux adhérents à l'agence de Lyon.",
}
DAY_AHEAD = {
    "en": "Your adviser will see you on Saturday at the Lyon office.",
    "fr": "Votre conseiller vous reçoit samedi à l'agence de Lyon.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_weekday_that_recurs_gives_no_time(engines, lang):
    tone = reading(engines, lang, RECURRING_DAY[lang], "store")
    assert not said(tone, "speed", "time_given")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_day_ahead_is_a_time_given(engines, lang):
    tone = reading(engines, lang, DAY_AHEAD[lang], "store")
    assert said(tone, "speed", "time_given")
