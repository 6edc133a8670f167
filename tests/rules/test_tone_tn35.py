"""Round 33 of the tone reading (tn35), FR and EN on the real models, with the Abriel
profiles (an insurer: sms aims at speed, after_sales at reassurance, solution and speed,
social at collaboration and empathy, store at reassurance and empathy): the brand's anger
closed by « Point. » / "Period." and a sanction promised if the reader's behaviour goes on;
a wait shrugged off in a tautology and an answer refused as coldness; a sentence opening
on "N years ago," as a story's anchor; a toast and a birthday as joy; the customer's state
said back without "that"; the trouble an apology names as no frustration; a poster's
title in capitals with a date as no raised voice; a hyphenated adjective read before its
noun."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import codes, profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


# -- the brand's anger: « Point. », a sanction if it goes on --------------------------------

ANGER = {
    "fr": "Ça suffit. Encore des gobelets vides laissés sur les chaises de l'agence ce "
          "matin. Si ça continue, on ferme la salle d'attente. Point.",
    "en": "Enough. More empty cups left on the agency chairs this morning. If this "
          "continues, we'll close the waiting room. Period.",
}
NOT_ANGER = {
    "fr": "Point sur votre contrat : la garantie bris de glace couvre aussi le toit ouvrant. "
          "Si ça continue à vous convenir, il se renouvelle tout seul.",
    "en": "Over the trial period, glass cover includes the sunroof. If this continues to "
          "suit you, the contract renews on its own.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_full_stop_sentence_and_sanction_if_it_goes_on_are_anger(engines, lang):
    tone = reading(engines, lang, ANGER[lang], "social")
    assert len(said(tone, "anger")) >= 3
    assert ("BL206", "warning") in codes(engines, lang, ANGER[lang], "social")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_point_and_continue_in_plain_sentences_are_no_anger(engines, lang):
    tone = reading(engines, lang, NOT_ANGER[lang], "social")
    assert not said(tone, "anger")
    assert not any(c == "BL206" for c, _ in codes(engines, lang, NOT_ANGER[lang], "social"))


# -- coldness: a wait shrugged off, an answer refused --------------------------------------

COLD = {
    "fr": "Objet : votre sinistre\n\nBien reçu. Ça prendra le temps que ça prendra. Inutile "
          "de relancer avant trois semaines, nous ne répondrons pas.\n\nAbriel",
    "en": "Subject: your claim\n\nReceived. It'll take as long as it takes. Don't chase us "
          "before three weeks are up, we won't reply.\n\nAbriel",
}
WARM = {
    "fr": "Objet : votre sinistre\n\nBien reçu ! Nous prenons le temps qu'il faut pour bien "
          "étudier votre dossier, et nous ne répondrons pas à votre place : votre conseiller "
          "vous appelle jeudi.\n\nAbriel",
    "en": "Subject: your claim\n\nReceived! We take the time it needs to look at it "
          "properly, and we won't reply by letter this time: your adviser will call you on "
          "Thursday.\n\nAbriel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_wait_shrugged_off_and_no_reply_are_cold(engines, lang):
    tone = reading(engines, lang, COLD[lang], "email")
    assert tone.raw.get("coldness", 0) >= 2.0
    assert ("BL207", "warning") in codes(engines, lang, COLD[lang], "email")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_time_taken_and_reply_in_passing_are_not_cold(engines, lang):
    tone = reading(engines, lang, WARM[lang], "email")
    assert not any(w in e.lower() for e in said(tone, "coldness")
                   for w in ("temps", "répond", "long", "reply"))
    assert not any(c == "BL207" for c, _ in codes(engines, lang, WARM[lang], "email"))


# -- a story opened by "N years ago," ------------------------------------------------------

STORY_SMS = {
    "fr": "Il y a vingt ans, deux voisins ouvraient une petite agence rue Gambetta. Ce soir, "
          "l'équipe lève son verre à ce premier contrat signé.",
    "en": "Twenty years ago, two neighbours opened a tiny agency on Gambetta Street. Tonight "
          "the team is raising a glass to that first policy signed.",
}
DATE_IN_PASSING = {
    "fr": "Votre agence a ouvert il y a vingt ans. Elle vous attend ce soir jusqu'à 19 h.",
    "en": "Your agency opened twenty years ago. It is open tonight until 7pm.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_years_ago_opening_a_sentence_tells_a_story(engines, lang):
    tone = reading(engines, lang, STORY_SMS[lang], "sms")
    assert any(e.signal == "story_beat" for e in tone.evidence)
    assert said(tone, "joy")  # the toast
    assert not said(tone, "speed")  # « ce soir », "tonight": the tale's now
    assert ("BL205", "warning") in codes(engines, lang, STORY_SMS[lang], "sms")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_years_ago_in_passing_opens_no_story(engines, lang):
    tone = reading(engines, lang, DATE_IN_PASSING[lang], "sms")
    assert not any(e.signal == "story_beat" for e in tone.evidence)
    assert said(tone, "speed")


# -- the customer's state said back, the trouble an apology names ---------------------------

ACKNOWLEDGED = {
    "fr": "Bonjour Mme Ferrand,\n\nVous avez écrit que vous étiez « à bout » avec "
          "l'attestation qui ne se téléchargeait pas, et c'est vrai que c'est agaçant. C'est "
          "réglé : elle est dans votre espace client. Désolés pour ce contretemps !\n\nLéa",
    "en": "Hello Ms Ferrand,\n\nYou said you're 'at the end of your tether' with the "
          "certificate that wouldn't download, and fair enough, that's really annoying. It's "
          "fixed: it's in your account now. Sorry about the hassle!\n\nLéa",
}
BRANDS_OWN = {
    "fr": "Bonjour,\n\nC'est agaçant, franchement : encore une attestation demandée pour "
          "rien. Quel contretemps pénible pour nous.\n\nLéa",
    "en": "Hello,\n\nHonestly, that's really annoying: another certificate requested for "
          "nothing. What a hassle for us.\n\nLéa",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_customers_state_said_back_and_apologised_for_is_no_frustration(engines, lang):
    tone = reading(engines, lang, ACKNOWLEDGED[lang], "after_sales")
    assert not said(tone, "frustration")
    assert not any(c == "BL206" for c, _ in codes(engines, lang, ACKNOWLEDGED[lang],
                                                    "after_sales"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_brands_own_annoyance_stays_frustration(engines, lang):
    tone = reading(engines, lang, BRANDS_OWN[lang], "after_sales")
    assert len(said(tone, "frustration")) >= 2


# -- a poster's title in capitals, a hyphenated adjective -----------------------------------

POSTER = {
    "fr": "AGENCE DU CENTRE — FERMÉE DU LUNDI 4 AU MERCREDI 6\nNous refaisons l'accueil.\n"
          "Rendez-vous jeudi : un espace tout neuf vous attend.",
    "en": "CITY CENTRE AGENCY CLOSED MONDAY 4 TO WEDNESDAY 6 MARCH\nWe are redoing the "
          "front desk.\nSee you on Thursday: a brand-new space will be waiting.",
}
SHOUTED = {
    "fr": "Nous refaisons l'accueil.\nL'agence est FERMÉE lundi, ce n'est PAS la peine de "
          "venir.",
    "en": "We are redoing the front desk.\nThe agency is CLOSED on Monday, do NOT come.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_capitals_title_with_a_date_is_no_shouting(engines, lang):
    tone = reading(engines, lang, POSTER[lang], "store")
    assert not any(e.signal == "shouting" for e in tone.evidence)
    assert said(tone, "surprise")  # « tout neuf », "brand-new space"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_capitals_in_a_sentence_still_shout(engines, lang):
    tone = reading(engines, lang, SHOUTED[lang], "store")
    assert any(e.signal == "shouting" for e in tone.evidence)


def test_spaced_phrase_running_into_a_noun_is_still_dropped(engines):
    """« par la présente » is the formula; « par la présente charte » names the charter
    (a hyphenated word is one word, a spaced phrase is not)."""
    tone = reading(engines, "fr", "Par la présente charte, l'agence s'engage à vous "
                                  "rappeler.", "store")
    assert "Par la présente" not in said(tone, "coldness")


# -- the customer's feeling the brand says it knows; a thing of the case stuck ---------------

KNOWN_FEELING = {
    "fr": "Bonjour M. Garnier,\n\nOn sait à quel point c'est décevant quand une attestation "
          "n'arrive pas à temps. Elle est dans votre espace client depuis ce matin.\n\nLéa",
    "en": "Hello Mr Garnier,\n\nWe know how disappointing it is when a certificate doesn't "
          "arrive in time. It has been in your account since this morning.\n\nLéa",
}
OWN_FEELING = {
    "fr": "Bonjour M. Garnier,\n\nC'est décevant pour toute l'équipe : l'attestation n'est "
          "toujours pas prête.\n\nLéa",
    "en": "Hello Mr Garnier,\n\nIt is disappointing for the whole team: the certificate is "
          "still not ready.\n\nLéa",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_feeling_the_brand_says_it_knows_is_the_customers(engines, lang):
    tone = reading(engines, lang, KNOWN_FEELING[lang], "after_sales")
    assert not said(tone, "disappointment")
    assert any(e.signal == "customer_feeling_named" for e in tone.evidence)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_feeling_of_the_brand_stays_its_own(engines, lang):
    tone = reading(engines, lang, OWN_FEELING[lang], "after_sales")
    assert said(tone, "disappointment")


THING_STUCK = {
    "fr": "Bonjour,\n\nVotre dossier est bloqué chez l'expert depuis lundi : nous l'avons "
          "relancé ce matin et il vous appelle demain.\n\nLéa",
    "en": "Hello,\n\nYour claim file is stuck at the assessor's office: we chased them this "
          "morning and they will call you tomorrow.\n\nLéa",
}
BRAND_STUCK = {
    "fr": "Bonjour,\n\nNous sommes bloqués, nous ne pouvons rien faire de plus.\n\nLéa",
    "en": "Hello,\n\nWe are stuck, there is nothing more we can do.\n\nLéa",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_thing_of_the_case_stuck_is_no_frustration(engines, lang):
    tone = reading(engines, lang, THING_STUCK[lang], "after_sales")
    assert not any(w.lower() in ("bloqué", "stuck") for w in said(tone, "frustration"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_brand_stuck_is_frustration(engines, lang):
    tone = reading(engines, lang, BRAND_STUCK[lang], "after_sales")
    assert any(w.lower() in ("bloqués", "stuck") for w in said(tone, "frustration"))


# -- the people of a tale named by a common noun ---------------------------------------------

CHARACTER = {
    "fr": "Son fondateur a ouvert la première agence dans un garage de Tours.",
    "en": "Its founder opened the first agency in a garage in Tours.",
}
THING = {
    "fr": "L'agence a ouvert dans un ancien garage de Tours.",
    "en": "The agency opened in an old garage in Tours.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_past_of_a_tales_character_is_narrative(engines, lang):
    tone = reading(engines, lang, CHARACTER[lang], "email")
    assert any(e.signal == "past_narrative" for e in tone.evidence)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_past_of_a_thing_is_no_narrative(engines, lang):
    tone = reading(engines, lang, THING[lang], "email")
    assert not any(e.signal == "past_narrative" for e in tone.evidence)


# -- a time that sets when a fallback applies ----------------------------------------------

FALLBACK = {
    "fr": "Bonjour,\n\nL'attestation vous a été envoyée. Si vous ne l'avez pas reçue en "
          "quelques minutes, rappelez-nous.\n\nLéa",
    "en": "Hello,\n\nThe certificate has been sent. If it has not arrived in ten minutes, "
          "call us back.\n\nLéa",
}
PROMISED = {
    "fr": "Bonjour,\n\nL'attestation vous a été envoyée : vous la recevrez en quelques "
          "minutes.\n\nLéa",
    "en": "Hello,\n\nThe certificate has been sent: it will arrive in ten minutes.\n\nLéa",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_time_of_a_fallback_condition_is_no_speed(engines, lang):
    tone = reading(engines, lang, FALLBACK[lang], "after_sales")
    assert not any("minutes" in w for w in said(tone, "speed"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_time_promised_is_speed(engines, lang):
    tone = reading(engines, lang, PROMISED[lang], "after_sales")
    assert any("minutes" in w for w in said(tone, "speed"))


# -- help offered for a mishap that may come -------------------------------------------------

OFFER = {
    "fr": "Bonjour,\n\nVotre badge part ce soir. Si quelque chose cloche à l'arrivée, "
          "répondez ici, on s'en occupe.\n\nLéa",
    "en": "Hello,\n\nYour badge goes out tonight. If anything's wrong when it arrives, "
          "you're covered: just reply here.\n\nLéa",
}
ANSWER = {
    "fr": "Bonjour,\n\nVotre badge ne fonctionne pas : on s'en occupe, il part ce soir.\n\nLéa",
    "en": "Hello,\n\nYour badge doesn't work, but you're covered: a new one goes out "
          "tonight.\n\nLéa",
}


def _weight(tone, name):
    return sum(e.weight for e in tone.evidence if e.tone == name and e.signal is None)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_for_a_mishap_that_may_come_weighs_less(engines, lang):
    offered = _weight(reading(engines, lang, OFFER[lang], "after_sales"), "reassurance")
    answered = _weight(reading(engines, lang, ANSWER[lang], "after_sales"), "reassurance")
    assert 0 < offered < answered
