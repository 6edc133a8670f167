"""Round 40 of the tone reading (tn44), FR and EN on the real models, with the Tisonnel
profiles (a chimney sweep: phone_script aims at reassurance, empathy and solution,
after_sales at solution and speed): the brand weary of doing the same thing again and
again, the repeats counted or endless, is frustration — not a cost the reader is spared a
second time; a script's agent turn that says no to an act of the brand's own, or sends the
caller to someone else or to another day, is a curt turn — not the same refusal said with
warmth, nor a cost waived. Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import profile_engines, reading, said, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("tisonnel")


# -- the brand weary of doing it again and again ----------------------------------------------

WEARY = {
    "fr": "Madame Roche,\n\nLe conduit a été ramoné selon le devis signé. Nous ne pouvons "
          "pas rouvrir ce dossier à chaque appel de votre part.\n\nTisonnel",
    "en": "Dear Ms Roche,\n\nThe flue was swept as quoted. We will not be sending an "
          "engineer out a third time to look at the same soot mark.\n\nTisonnel",
}

SPARED_AGAIN = {
    "fr": "Madame Roche,\n\nLe deuxième passage est compris dans le contrat : nous ne "
          "facturons pas le déplacement une deuxième fois.\n\nTisonnel",
    "en": "Dear Ms Roche,\n\nThe second visit is part of your contract: we won't charge "
          "you a second time for the call-out.\n\nTisonnel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_act_refused_again_and_again_is_frustration(engines, lang):
    tone = reading(engines, lang, WEARY[lang], "after_sales")
    assert said(tone, "frustration")
    assert tone.dominant == "frustration"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cost_not_charged_a_second_time_is_no_weariness(engines, lang):
    tone = reading(engines, lang, SPARED_AGAIN[lang], "after_sales")
    assert not said(tone, "frustration")
    assert not warned(engines, lang, SPARED_AGAIN[lang], "after_sales", "BL206")


def test_the_reader_kept_on_hold_in_english_can_keep_going(engines):
    # "keep" with no repeat counted: the agent's own patience, no weariness
    text = ("Caller: Sorry, it's taking me a while to find the invoice.\n"
            "Agent: No rush at all, I can keep looking with you while you search.")
    assert not said(reading(engines, "en", text, "phone_script"), "frustration")


# -- the curt refusal and the caller sent away ------------------------------------------------

REFUSED = {
    "fr": "[Client : Bonjour, mon poêle à granulés fume depuis ce matin.]\n"
          "Agent : Nous ne réparons pas les poêles.\n"
          "[Client : Ah… et je fais comment ?]\n"
          "Agent : Voyez avec votre fabricant. Au revoir.",
    "en": "Caller: Hello, my pellet stove has been smoking since this morning.\n"
          "Agent: We don't repair stoves.\n"
          "Caller: Oh… so what do I do?\n"
          "Agent: Contact your manufacturer. Goodbye.",
}

REFUSED_WARMLY = {
    "fr": "[Client : Bonjour, mon poêle à granulés fume depuis ce matin.]\n"
          "Agent : Je suis désolée, nous ne réparons pas les poêles, mais je peux vous "
          "donner le numéro d'un réparateur de confiance tout de suite.",
    "en": "Caller: Hello, my pellet stove has been smoking since this morning.\n"
          "Agent: I'm sorry, we don't repair stoves, but I can give you the number of a "
          "repairer we trust right away.",
}

COST_WAIVED = {
    "fr": "[Client : Bonjour, vous facturez le déplacement pour un devis ?]\n"
          "Agent : Non, on ne facture pas le déplacement.",
    "en": "Caller: Hello, do you charge for coming out to quote?\n"
          "Agent: No, we don't charge for the call-out.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bare_refusal_and_the_caller_sent_away_read_cold(engines, lang):
    tone = reading(engines, lang, REFUSED[lang], "phone_script")
    curt = said(tone, "coldness", signal="curt_turn")
    assert len(curt) >= 2  # the refusal and the sending away
    assert "BL207" in warned(engines, lang, REFUSED[lang], "phone_script", "BL207")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_refusal_said_with_warmth_is_no_curt_turn(engines, lang):
    tone = reading(engines, lang, REFUSED_WARMLY[lang], "phone_script")
    assert not said(tone, "coldness", signal="curt_turn")
    assert not warned(engines, lang, REFUSED_WARMLY[lang], "phone_script", "BL207")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cost_the_brand_does_not_charge_is_no_refusal(engines, lang):
    tone = reading(engines, lang, COST_WAIVED[lang], "phone_script")
    assert not [t for t in said(tone, "coldness", signal="curt_turn")
                if "factur" in t or "charge" in t]


# -- the shrug at what comes next -------------------------------------------------------------

SHRUG = {
    "fr": "Bonjour à tous,\n\nLa journée portes ouvertes de dimanche est annulée, trop peu "
          "d'inscrits. Peut-être qu'on la refera au printemps, on verra.\n\nTisonnel",
    "en": "Hello all,\n\nSunday's open day is cancelled, too few sign-ups. Maybe we'll "
          "hold it in the spring, we'll see.\n\nTisonnel",
}

PLAN = {
    "fr": "Bonjour Madame Roche,\n\nNotre ramoneur passe jeudi à 9 h ; on verra ensemble "
          "sur place s'il faut aussi nettoyer le tubage.\n\nTisonnel",
    "en": "Dear Ms Roche,\n\nOur sweep comes on Thursday at 9 am; we'll see you then and "
          "check the liner together.\n\nTisonnel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_shrug_at_the_next_time_is_disappointment(engines, lang):
    tone = reading(engines, lang, SHRUG[lang], "email")
    assert any("verra" in w or "we'll see" in w for w in said(tone, "disappointment", lower=True))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_seeing_the_reader_or_the_case_together_is_no_shrug(engines, lang):
    assert not said(reading(engines, lang, PLAN[lang], "email"), "disappointment")


# -- a short message that reads as nothing but another tone ------------------------------------

SHORT_STORY = {
    "fr": "Il y a quarante ans, Jean Tison grimpait sur son premier toit de Brest. Son "
          "petit-fils porte encore sa casquette. Tisonnel",
    "en": "Forty years ago, Jean Tison climbed his first roof in Brest. His grandson still "
          "wears his cap. Tisonnel",
}

LONGER_STORY = {
    "fr": SHORT_STORY["fr"].removesuffix(" Tisonnel") + " Le conduit de votre maison de la "
          "rue de Siam fait partie des cheminées que la famille entretient, avec celles de "
          "la rue Kéréon et du quartier de Recouvrance. Tisonnel",
    "en": SHORT_STORY["en"].removesuffix(" Tisonnel") + " The flue of your house on rue de "
          "Siam is one of the chimneys the family looks after, along with those on rue "
          "Kéréon and in the Recouvrance quarter. Tisonnel",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_message_all_story_is_clearly_off_target(engines, lang):
    tone = reading(engines, lang, SHORT_STORY[lang], "sms")
    assert tone.positive_strength < 3.0  # below clear_strength: the short message's own bar
    assert "BL205" in warned(engines, lang, SHORT_STORY[lang], "sms", "BL205")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_weak_story_in_a_longer_draft_only_leans_away(engines, lang):
    tone = reading(engines, lang, LONGER_STORY[lang], "email")
    assert tone.positive_strength < 3.0
    assert not warned(engines, lang, LONGER_STORY[lang], "email", "BL205")
