"""Round 23's tone reading, on the real models, FR and EN, a firing case and a near miss
each: a call to take part (the reader's help, input or presence asked) is collaboration; a
delay counted in days is a term of the service, not speed; a curt turn is read only on a
script line that names its speaker; the reader's words rebutted are anger; one act a
sentence (the act's other solution words are its details); a hook question answered by the
news it teased, exclaimed, asks the reader nothing."""

from __future__ import annotations

import pytest


def _said(tone, name: str, text: str) -> bool:
    return any(e.tone == name and text.lower() in e.text.lower() for e in tone.evidence)


def _signals(tone, signal: str) -> list:
    return [e for e in tone.evidence if e.signal == signal]


# -- a call to take part ------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,phrase", [
    ("fr", "Samedi, on replante la haie derrière la boutique et on a besoin de toi : gants "
           "fournis, café offert.", "besoin de toi"),
    ("fr", "Nous serions ravis que vous nous confiiez vos souvenirs de la première boutique.",
     "serions ravis que vous"),
    ("en", "On Saturday we replant the hedge behind the shop. Fancy joining? Gloves provided.",
     "fancy joining"),
    ("en", "Before we choose next year's workshops, we'd love your input on the dates.",
     "your input"),
])
def test_a_call_to_take_part_is_collaboration(analyse, lang, text, phrase):
    assert _said(analyse(text, lang, "email").tone, "collaboration", phrase)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes ravis que vous ayez aimé la visite de samedi, merci !"),
    ("en", "We would love to see you again at Saturday's visit, thank you!"),
])
def test_gladness_at_what_the_reader_did_asks_nothing(analyse, lang, text):
    tone = analyse(text, lang, "email").tone
    assert not any(e.tone == "collaboration" for e in tone.evidence)
    assert tone.dominant == "joy"


# -- a delay in days is a term, not speed ---------------------------------------------------

@pytest.mark.parametrize("lang,text,delay", [
    ("fr", "Votre commande est préparée et vous est livrée sous 24 h.", "sous 24 h"),
    ("en", "Your order is being packed and will reach you within 24 hours.", "within 24 hours"),
])
def test_a_delay_in_hours_is_speed(analyse, lang, text, delay):
    assert _said(analyse(text, lang, "after_sales").tone, "speed", delay)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le remboursement de votre commande est versé sous 10 jours sur votre carte."),
    ("en", "The refund for your order is paid to your card within 10 days."),
])
def test_a_delay_in_days_is_no_speed(analyse, lang, text):
    assert not any(e.tone == "speed" for e in analyse(text, lang, "after_sales").tone.evidence)


# -- a curt turn is a script's turn -----------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "[Client : Mon colis est arrivé ?]\nAgent : Non. Autre chose ?"),
    ("en", "[Customer: Has my parcel arrived?]\nAgent: No. Anything else?"),
])
def test_a_bare_agent_turn_is_curt(analyse, lang, text):
    assert _signals(analyse(text, lang, "phone_script").tone, "curt_turn")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Leroy,\n\nVous nous écrivez que votre colis est « introuvable ». "
           "Nous l'avons retrouvé au dépôt : il vous est livré demain à 8.30 h.\n\n"
           "Bien cordialement,\nJulie"),
    ("en", "Dear Mrs Leroy,\n\nYou wrote that your parcel was \"nowhere to be found\". We "
           "found it at the depot: it will be delivered tomorrow at 8.30 am.\n\n"
           "Kind regards,\nJulie"),
])
def test_a_letters_sign_off_is_no_curt_turn(analyse, lang, text):
    assert not _signals(analyse(text, lang, "after_sales").tone, "curt_turn")


# -- the reader's words rebutted ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous ne laisserons pas dire que notre pain est surgelé : vos propos sont injustes "
           "pour nos boulangers."),
    ("en", "We will not let anyone say our bread is frozen: your comments are unfair to our "
           "bakers."),
])
def test_the_readers_words_rebutted_are_anger(analyse, lang, text):
    assert any(e.tone == "anger" for e in analyse(text, lang, "after_sales").tone.evidence)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vous avez raison de nous dire que le pain était trop cuit : vos remarques sont "
           "précieuses pour nos boulangers."),
    ("en", "You were right to tell us the bread was overbaked: your comments are precious to "
           "our bakers."),
])
def test_the_readers_words_welcomed_are_no_anger(analyse, lang, text):
    assert not any(e.tone == "anger" for e in analyse(text, lang, "after_sales").tone.evidence)


# -- one act a sentence -------------------------------------------------------------------------

def _solution_words(tone) -> float:
    return sum(e.weight for e in tone.evidence if e.tone == "solution" and e.signal is None)


@pytest.mark.parametrize("lang,one,two", [
    ("fr", "Notre technicien remplace la pièce, et l'intervention se fait sur place.",
     "Notre technicien remplace la pièce. L'intervention se fait sur place."),
    ("en", "Your technician replaces the faulty part, and the repair is done on site.",
     "Your technician replaces the faulty part. The repair is done on site."),
])
def test_one_sentence_tells_one_act(analyse, lang, one, two):
    # the same solution words weigh less said in one sentence than in two
    once = _solution_words(analyse(one, lang, "after_sales").tone)
    twice = _solution_words(analyse(two, lang, "after_sales").tone)
    assert 0 < once < twice


# -- a hook answered by the news it teased --------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Tu l'attendais ? Le nouveau vélo cargo est enfin arrivé ! Viens l'essayer samedi."),
    ("en", "Been waiting for it? The new cargo bike has finally arrived! Come and try it on "
           "Saturday."),
])
def test_a_hook_answered_by_news_asks_nothing(analyse, lang, text):
    assert not _signals(analyse(text, lang, "social").tone, "question_to_reader")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tu viens samedi ? Réponds-nous en commentaire !"),
    ("en", "Are you coming on Saturday? Tell us in the comments!"),
])
def test_a_question_followed_by_a_call_asks_the_reader(analyse, lang, text):
    assert _signals(analyse(text, lang, "social").tone, "question_to_reader")


def _speed_of(tone, phrase: str) -> float:
    return sum(e.weight for e in tone.evidence
               if e.tone == "speed" and e.signal is None and phrase in e.text.lower())


@pytest.mark.parametrize("lang,act,alone,phrase", [
    ("fr", "Nous vous renverrons la pièce réparée dès demain.",
     "La piscine est de nouveau ouverte dès demain.", "dès demain"),
    ("en", "We will send you the repaired part by tomorrow.",
     "The pool is open again by tomorrow.", "by tomorrow"),
])
def test_a_speed_word_in_an_acts_sentence_is_its_timing(analyse, lang, act, alone, phrase):
    timed = _speed_of(analyse(act, lang, "after_sales").tone, phrase)
    said = _speed_of(analyse(alone, lang, "after_sales").tone, phrase)
    assert 0 < timed < said


@pytest.mark.parametrize("lang,text,phrase", [
    ("fr", "Renvoyez le casque avec l'étiquette : l'échange est fait sous 30 jours, et le plus "
           "souvent bien avant.", "le plus souvent bien avant"),
    ("en", "Send the helmet back with the label: the exchange is done within 30 days, usually "
           "much sooner.", "usually much sooner"),
])
def test_a_term_beaten_as_a_habit_is_speed(analyse, lang, text, phrase):
    assert _said(analyse(text, lang, "after_sales").tone, "speed", phrase)


@pytest.mark.parametrize("lang,text", [
    ("fr", "La boutique a ouvert bien avant la gare, en 1962."),
    ("en", "The shop opened well before the station, in 1962."),
])
def test_before_a_thing_named_is_no_speed(analyse, lang, text):
    assert not any(e.tone == "speed" for e in analyse(text, lang, "email").tone.evidence)
