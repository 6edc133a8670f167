"""Tone read from the structure of the copy, on the real models, FR and EN: a question
the brand answers itself is a hook, not collaboration; numbered steps are a procedure
(solution); a claim closed on the reader and a clause number held up to them are cold.
Each concept fires, and a near miss does not."""

from __future__ import annotations

import pytest


def _signals(tone):
    return [e.signal for e in tone.evidence if e.signal]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre enfant a 15 ans ? Il peut commencer la conduite accompagnée. Les leçons "
           "ont lieu en agence."),
    ("en", "Nervous before your test? That is completely normal. Your instructor picks you "
           "up early for a warm-up drive."),
])
def test_a_question_the_brand_answers_itself_is_a_hook_not_collaboration(analyse, lang, text):
    tone = analyse(text, lang, "web").tone
    assert "question_to_reader" not in _signals(tone)
    assert tone.raw.get("collaboration", 0) == 0


@pytest.mark.parametrize("lang,text", [
    # the question closes the post
    ("fr", "Le mur de bloc est ouvert. Vingt-deux voies t'attendent. À ton tour ?"),
    # the next sentence asks something of the reader
    ("fr", "Tu peux venir aider samedi ? Inscris-toi sur le tableau à l'accueil."),
    ("en", "What will you build this weekend? Show us your creation in the comments."),
    # mid-paragraph, after the brand's statement
    ("en", "The bouldering corner is open. Which problem will you try first? The pink one "
           "is a classic."),
])
def test_a_question_put_back_to_the_reader_is_collaboration(analyse, lang, text):
    tone = analyse(text, lang, "social").tone
    assert "question_to_reader" in _signals(tone)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Voici la marche à suivre.\n\n1. Rapportez le matériel en magasin.\n2. Le matériel "
           "doit être sec.\n3. Les crampons sont rendus avec leurs protections.\n4. Le dépôt "
           "est rendu sous 5 jours."),
    ("en", "Please note the return procedure.\n\n1. Return items to the store.\n2. Items "
           "must be dry.\n3. Crampons are returned with their protectors.\n4. The deposit is "
           "released within 5 days."),
])
def test_numbered_steps_weigh_as_a_procedure(analyse, lang, text):
    tone = analyse(text, lang, "email").tone
    assert _signals(tone).count("numbered_step") == 4
    assert tone.raw.get("solution", 0) >= 2.0


@pytest.mark.parametrize("lang,text", [
    ("fr", "1 seule boutique à Grenoble, 22 voies et 3 moniteurs."),
    ("en", "1 shop in Grenoble, 22 problems on the wall and 3 instructors."),
])
def test_a_figure_opening_a_line_alone_is_no_procedure(analyse, lang, text):
    assert "numbered_step" not in _signals(analyse(text, lang, "email").tone)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre réclamation a été examinée. Le dommage relève de l'usure normale et n'est "
           "pas couvert (article 8.2 des CGV). Votre réclamation est close."),
    ("en", "Your claim has been reviewed. The damage is normal wear and tear and is not "
           "covered under the terms of sale (section 8.2). The claim is closed."),
])
def test_a_claim_closed_on_the_reader_with_its_clause_is_cold(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    words = tone.words("coldness", 10)
    assert any("8.2" in w for w in words)
    assert any(w.endswith(("close", "closed")) for w in words)
    assert tone.dominant == "coldness"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonne nouvelle : nous avons réparé la fermeture, votre veste part demain. "
           "L'article 3 de votre commande, le bonnet, suit jeudi."),
    ("en", "Good news: we've fixed the zip and your jacket ships tomorrow. Your request is "
           "with our workshop, and we'll call you on Friday."),
])
def test_a_case_moving_on_is_not_cold(analyse, lang, text):
    tone = analyse(text, lang, "after_sales").tone
    assert tone.raw.get("coldness", 0) < 1.0
    assert tone.dominant != "coldness"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, votre colis est bien arrivé en magasin."),
    ("en", "Hi Tom, your order is here: pick it up at the desk."),
])
def test_a_thing_of_the_reader_s_arrived_is_speed(analyse, lang, text):
    assert analyse(text, lang, "sms").tone.raw.get("speed", 0) > 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "On vous l'avait promis en septembre, c'est arrivé : une belle histoire."),
    ("en", "Spring is here, and the first peonies smell wonderful."),
])
def test_an_event_or_a_season_arriving_is_no_speed(analyse, lang, text):
    assert analyse(text, lang, "store").tone.raw.get("speed", 0) == 0


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tu fais partie des premiers à savoir : quelque chose de nouveau t'attend."),
    ("en", "You're among the first to know: there's something new behind the door."),
])
def test_the_reader_let_in_first_on_news_is_surprise(analyse, lang, text):
    assert analyse(text, lang, "email").tone.dominant == "surprise"
