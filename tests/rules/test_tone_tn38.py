"""Round 35 of the tone reading (tn38), FR and EN on the real models, with the Abriel
profiles (an insurer: store aims at reassurance and empathy, email at reassurance and
storytelling with 200 words at most, after_sales at reassurance, solution and speed):
the brand's exasperation said in more ways (the reader's asking told futile, an
explanation given many times, « Pas d'excuses. »), its disappointment too
(the turnout hoped for not reached, its heart gone out of it, the reader's act it did not
expect of them); a bare line that closes on a refusal as a ban; a script's agent sending
the caller to the website in a few bare words as a curt turn; a character's act in a tale
as no solution of the brand's; words counted as a word processor counts them."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import analysed, codes, profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


# -- the brand's exasperation ------------------------------------------------------------------

FUTILE_ASKING = {
    "en": "Phoning the office every hour won't make the assessor come any sooner.",
    "fr": "Appeler l'agence toutes les heures, ça ne le fera pas venir plus vite.",
}
FASTER_WAY = {
    "en": "Booking your visit online will make it a little faster for you.",
    "fr": "Réserver la visite en ligne, ça ira plus vite pour vous.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_asking_told_futile_is_frustration(engines, lang):
    assert said(reading(engines, lang, FUTILE_ASKING[lang], "store"), "frustration")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_faster_way_offered_is_no_frustration(engines, lang):
    assert not said(reading(engines, lang, FASTER_WAY[lang], "store"), "frustration")


EXPLAINED_OFTEN = {
    "en": "We've explained this many times: the garage report comes first.",
    "fr": "Nous l'avons expliqué bien des fois : le rapport du garage passe en premier.",
}
EXPLAINED_ONCE = {
    "en": "We've explained this in the guide: the garage report comes first.",
    "fr": "Nous l'avons expliqué dans le guide : le rapport du garage passe en premier.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_explanation_given_many_times_is_frustration(engines, lang):
    assert said(reading(engines, lang, EXPLAINED_OFTEN[lang], "store"), "frustration")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_explanation_pointed_to_is_no_frustration(engines, lang):
    assert not said(reading(engines, lang, EXPLAINED_ONCE[lang], "store"), "frustration")


NOT_AGAIN = {
    "en": "We've told you this many times already: close the gate behind you.",
    "fr": "Je vous l'ai déjà dit ce matin, je ne vais pas vous le répéter une troisième fois.",
}
SAID_IN_PASSING = {
    "en": "We've won this award many times, and the gate now closes by itself behind you.",
    "fr": "Je vous le répète avec plaisir : le portail se ferme tout seul derrière vous.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sigh_at_saying_it_again_is_frustration(engines, lang):
    assert said(reading(engines, lang, NOT_AGAIN[lang], "store"), "frustration")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_said_again_gladly_or_won_often_is_no_frustration(engines, lang):
    assert not said(reading(engines, lang, SAID_IN_PASSING[lang], "store"), "frustration")


FED_UP_SIGN = {
    "en": "We are sick of finding cigarette ends by the entrance. No excuses.",
    "fr": "Nous en avons assez de trouver des mégots devant l'entrée. Pas d'excuses.",
}
NO_EXCUSE_NEEDED = {
    "en": "Missed your visit? No excuses needed, just pick another slot.",
    "fr": "Rendez-vous manqué ? Pas d'excuses à nous faire, choisissez un autre créneau.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sign_fed_up_and_refusing_excuses_is_negative(engines, lang):
    assert ("BL206", "warning") in codes(engines, lang, FED_UP_SIGN[lang], "store")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_excuse_needed_is_no_anger(engines, lang):
    assert not said(reading(engines, lang, NO_EXCUSE_NEEDED[lang], "store"), "anger")


# -- the brand's disappointment ------------------------------------------------------------

LET_DOWN = {
    "en": "Our open day didn't draw the crowd we hoped for, and honestly our hearts aren't "
          "in it any more.",
    "fr": "Notre journée portes ouvertes n'a pas attiré le public espéré, et le cœur n'y "
          "est plus vraiment.",
}
CROWD_CAME = {
    "en": "Our open day drew the crowd we hoped for, and our hearts were in every stand.",
    "fr": "Notre journée portes ouvertes a attiré le public espéré, et nous y avons mis "
          "tout notre cœur.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_turnout_short_of_hope_and_heart_gone_are_disappointment(engines, lang):
    assert len(said(reading(engines, lang, LET_DOWN[lang], "store"), "disappointment")) >= 2


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_turnout_reached_is_no_disappointment(engines, lang):
    assert not said(reading(engines, lang, CROWD_CAME[lang], "store"), "disappointment")


NOT_EXPECTED_OF_YOU = {
    "en": "We're disappointed. We didn't expect that from you after ten years with us.",
    "fr": "Nous sommes déçus. On ne s'attendait pas à ça de votre part après dix ans.",
}
NOT_EXPECTED_SO_MANY = {
    "en": "We didn't expect so many of you at the safety talk: thank you for coming!",
    "fr": "On ne s'attendait pas à autant de monde à la réunion : merci d'être venus !",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_readers_act_not_expected_of_them_is_disappointment(engines, lang):
    text = NOT_EXPECTED_OF_YOU[lang]
    assert len(said(reading(engines, lang, text, "store"), "disappointment")) >= 2
    assert ("BL206", "warning") in codes(engines, lang, text, "store")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_turnout_not_expected_is_no_disappointment(engines, lang):
    assert not said(reading(engines, lang, NOT_EXPECTED_SO_MANY[lang], "store"),
                    "disappointment")


# -- a bare line closing on its refusal -----------------------------------------------------

REFUSALS_LISTED = {
    "en": "Claims desk\nPets not allowed.\nMuddy boots refused.\nNo card payments.",
    "fr": "Accueil sinistres\nChiens non admis.\nBottes boueuses refusées.\nAucun paiement "
          "par carte.",
}
WELCOMES_LISTED = {
    "en": "Claims desk\nPets allowed.\nMuddy boots welcome.\nNo card payments.",
    "fr": "Accueil sinistres\nChiens admis.\nBottes boueuses acceptées.\nAucun paiement par "
          "carte.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lines_closing_on_a_refusal_are_bans(engines, lang):
    tone = reading(engines, lang, REFUSALS_LISTED[lang], "store")
    assert len(said(tone, "coldness", "bans_listed")) == 3


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lines_that_allow_are_no_bans(engines, lang):
    tone = reading(engines, lang, WELCOMES_LISTED[lang], "store")
    assert len(said(tone, "coldness", "bans_listed")) < 2


# -- the caller sent to the website ---------------------------------------------------------

SENT_AWAY = {
    "en": "Agent: Abriel.\nCaller: Hi, has my claim for the flood been approved yet?\n"
          "Agent: Check the website.\nCaller: I did, it says nothing.\nAgent: Anything else?",
    "fr": "Agent : Abriel.\n[Client : Bonjour, mon dossier pour le dégât des eaux est-il "
          "validé ?]\nAgent : Regardez le site.\n[Client : Je l'ai fait, rien n'y est.]\n"
          "Agent : Autre chose ?",
}
SITE_OFFERED = {
    "en": "Agent: Abriel, Sarah speaking.\nCaller: Hi, has my claim for the flood been "
          "approved yet?\nAgent: Let me look. Yes, it was approved this morning, and you can "
          "also follow it on the website; I'll text you the link now.",
    "fr": "Agent : Abriel, Sarah à l'appareil.\n[Client : Bonjour, mon dossier pour le dégât "
          "des eaux est-il validé ?]\nAgent : Je regarde. Oui, il a été validé ce matin, et "
          "vous pouvez aussi le suivre sur le site ; je vous envoie le lien par SMS.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_caller_sent_to_the_website_is_a_curt_turn(engines, lang):
    tone = reading(engines, lang, SENT_AWAY[lang], "phone_script")
    turns = said(tone, "coldness", "curt_turn")
    assert any("site" in t for t in turns)
    assert ("BL207", "warning") in codes(engines, lang, SENT_AWAY[lang], "phone_script")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_website_offered_beside_an_answer_is_no_curt_turn(engines, lang):
    tone = reading(engines, lang, SITE_OFFERED[lang], "phone_script")
    assert not any("site" in t for t in said(tone, "coldness", "curt_turn"))


# -- a character's act in a tale ------------------------------------------------------------

TALE = {
    "en": "Hello Mr Lee,\n\nThanks for asking about your claim. You know, when Marc opened our "
          "first office in 1998, it was a room above a bakery, and he repaired every broken "
          "window for his neighbours himself, with tools from his father.",
    "fr": "Bonjour Monsieur Lee,\n\nMerci de votre question sur votre dossier. Vous savez, "
          "quand Marc a ouvert notre premier bureau en 1998, c'était une pièce au-dessus "
          "d'une boulangerie, et il a réparé lui-même chaque vitre cassée de ses voisins.",
}
OUR_FIX = {
    "en": "Hello Mr Lee,\n\nThanks for asking about your claim. Our glazier repaired your "
          "broken window this morning, and the invoice is settled.",
    "fr": "Bonjour Monsieur Lee,\n\nMerci de votre question sur votre dossier. Notre vitrier "
          "a réparé votre vitre cassée ce matin, et la facture est réglée.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_characters_act_in_a_tale_is_no_solution(engines, lang):
    tone = reading(engines, lang, TALE[lang], "after_sales")
    assert not said(tone, "solution")
    assert said(tone, "storytelling")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_fix_on_the_readers_case_is_solution(engines, lang):
    assert said(reading(engines, lang, OUR_FIX[lang], "after_sales"), "solution")


# -- words counted as a word processor counts them -------------------------------------------

ELIDED = {
    # 190 words as typed; the parser cuts « l'eau », « n'est », "it's", "we'll" in two
    "en": "It's fine, we'll check it's dry and we'll call you. " * 19,
    "fr": "L'eau n'est qu'à l'entrée, c'est sec et l'expert l'a vu. " * 19,
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_words_are_counted_as_typed(engines, lang):
    analysis = analysed(engines, lang, ELIDED[lang], "email")
    assert analysis.typed_word_count == 190
    assert analysis.word_count > 200
    assert ("BL202", "warning") not in codes(engines, lang, ELIDED[lang], "email")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_draft_over_the_limit_as_typed_is_too_long(engines, lang):
    text = ELIDED[lang] + ELIDED[lang][:120]
    assert analysed(engines, lang, text, "email").typed_word_count > 200
    assert ("BL202", "warning") in codes(engines, lang, text, "email")


# -- a question with its "you" left out -----------------------------------------------------

ELLIPTIC_QUESTION = {
    "en": "Our safety talk is on Thursday at 6 pm in the Abriel office. And got a topic in "
          "mind for the evening? Bring it along, our advisers will be there.",
    "fr": "Notre réunion prévention a lieu jeudi à 18 h à l'agence Abriel. Et une idée "
          "de thème pour la soirée ? Apportez-la, nos conseillers seront là.",
}
STATED = {
    "en": "Our safety talk is on Thursday at 6 pm in the Abriel office. Got questions "
          "answered, cover checked and forms signed: that is the evening's plan.",
    "fr": "Notre réunion prévention a lieu jeudi à 18 h à l'agence Abriel. Une question "
          "posée, un contrat relu, un formulaire signé : voilà le programme de la soirée.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_question_with_you_left_out_is_put_to_the_reader(engines, lang):
    tone = reading(engines, lang, ELLIPTIC_QUESTION[lang], "email")
    assert said(tone, "collaboration", "question_to_reader")


NEED_OFFERED = {
    "en": "Please bring the drill back by Saturday at 7 pm. Need more time? Got a question? "
          "Reply to this text.",
    "fr": "Merci de rapporter la perceuse avant samedi 19 h. Besoin de plus de temps ? "
          "Répondez à ce SMS.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_need_named_as_a_question_is_an_offer_of_help(engines, lang):
    tone = reading(engines, lang, NEED_OFFERED[lang], "sms")
    assert not said(tone, "collaboration", "question_to_reader")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_words_stated_ask_nothing(engines, lang):
    tone = reading(engines, lang, STATED[lang], "email")
    assert not said(tone, "collaboration", "question_to_reader")


ASKED_BETWEEN_STEPS = {
    "en": "Turn off the water at the meter. Know where your meter is? Take a photo of the "
          "damage.",
    "fr": "Fermez le robinet d'arrivée d'eau. Savez-vous où il se trouve ? Photographiez les "
          "dégâts. Envoyez-nous les photos.",
}
STEPS = {
    "en": "Turn off the water at the meter. Find your policy number. Take a photo of the "
          "damage.",
    # (the small French model reads few imperatives: the steps are numbered)
    "fr": "1. Coupez l'eau au compteur.\n2. Cherchez votre numéro de contrat.\n3. Prenez le "
          "dégât en photo.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_question_is_no_step_of_a_how_to(engines, lang):
    tone = reading(engines, lang, ASKED_BETWEEN_STEPS[lang], "web")
    asked = ASKED_BETWEEN_STEPS[lang].split(". ")[1].split()[0]
    assert asked not in said(tone, "solution", "instruction")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_imperatives_in_a_row_are_steps(engines, lang):
    tone = reading(engines, lang, STEPS[lang], "web")
    steps = said(tone, "solution", "instruction") + said(tone, "solution", "numbered_step")
    assert len(steps) >= 3


# -- the reader invited to put forward their own idea ----------------------------------------

READER_PROPOSES = {
    "en": "Our next safety talk is on 3 May. Got a topic in mind? You can suggest one by "
          "replying to this email.",
    "fr": "Notre prochaine réunion prévention a lieu le 3 mai. Vous pouvez proposer un thème "
          "en répondant à cet e-mail.",
}
BRAND_PROPOSES = {
    "en": "Our next safety talk is on 3 May. Our adviser will check your cover and propose "
          "a new quote by email.",
    "fr": "Notre prochaine réunion prévention a lieu le 3 mai. Notre conseiller vérifiera "
          "votre contrat et vous proposera un nouveau devis.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_reader_invited_to_propose_is_collaboration(engines, lang):
    tone = reading(engines, lang, READER_PROPOSES[lang], "email")
    assert any(w.lower().endswith(("suggest", "proposer")) for w in said(tone, "collaboration"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_brand_proposing_is_no_collaboration(engines, lang):
    tone = reading(engines, lang, BRAND_PROPOSES[lang], "email")
    assert not said(tone, "collaboration")
