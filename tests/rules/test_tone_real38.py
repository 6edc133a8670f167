"""Real check 37: Open Collective's event reminder ("⏰ Reminder … We look forward to you joining
us tomorrow.") read as pressure (BL206) — "look" taken for a call to act before a near date
because the sentence names the reader. A sentence whose main verb has its own subject other
than the reader ("We look forward…", « Nous vous attendons demain ») is the brand telling, not
a countdown's call. Near misses: a call with no subject, or with the reader as subject, by a
near date in a draft that counts down stays pressure. Texts our own; FR and EN on the real
models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Argilo
language: fr
address: vous
central_idea:
  statement: "Des ateliers de poterie pour se retrouver autour de la terre."
  lexicon: [poterie, atelier, terre, argile]
channels:
  email: {tones: [joy, collaboration]}
""",
    "en": """\
brand: Argilo
language: en
address: informal
central_idea:
  statement: "Pottery workshops that bring people together around clay."
  lexicon: [pottery, workshop, clay]
channels:
  email: {tones: [joy, collaboration]}
""",
}

TOLD = {
    "en": "⏰ Reminder: pottery night is tomorrow at 7 pm!\n⏰\nWe look forward to you joining "
          "us tomorrow.\nYou have 2 seats booked.\nSee you soon,\nThe Argilo team",
    "fr": "⏰ Rappel : l'atelier poterie, c'est demain à 19 h !\n⏰\nNous vous attendons "
          "demain avec impatience.\nVous avez 2 places réservées.\nÀ très vite,\nL'équipe Argilo",
}
CALL = {
    "en": "⏰ Last chance! Only 2 seats left for pottery night.\n⏰ Book your seat before "
          "tomorrow.\nSee you soon,\nThe Argilo team",
    "fr": "⏰ Dernière chance ! Plus que 2 places pour l'atelier poterie.\n⏰ Réservez votre "
          "place avant demain.\nÀ très vite,\nL'équipe Argilo",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "argilo", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_brand_telling_of_tomorrow_is_no_call_to_hurry(lint, lang):
    assert "BL206" not in codes(lint(lang, TOLD[lang]))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_a_call_to_book_before_tomorrow_in_a_countdown_is_pressure(lint, lang):
    assert "BL206" in codes(lint(lang, CALL[lang]))


# Real check 38: alwaysdata's blog « Git push. Point. » / "Git push. Period." read as anger
# (BL206). A full stop said as a sentence of its own closes a matter — a refusal, a rule, a
# sanction said just before it; after a sentence that refuses nothing it is a slogan's
# emphasis. Near miss: after a refusal it stays the brand's anger.
SLOGAN = {
    "fr": "Un tour, un bol. Point.\nVoici notre idée : vous tournez, on cuit, et votre bol "
          "est prêt la semaine suivante.",
    "en": "One wheel, one bowl. Period.\nHere is our idea: you throw, we fire, and your bowl "
          "is ready the following week.",
}
REFUSAL = {
    "fr": "Pas de remboursement pour les ateliers entamés. Point.",
    "en": "No refunds on workshops already started. Period.",
}


@pytest.fixture(scope="module")
def tone_of(run_analysed_profile_texts):
    run = run_analysed_profile_texts(PROFILES, "argilo-tone", "email")
    return lambda text, lang: run(text, lang)[1].tone


def anger_words(tone):
    return [e.text.lower() for e in tone.evidence if e.tone == "anger" and e.weight > 0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_full_stop_after_a_slogan_is_no_anger(tone_of, lang):
    assert not anger_words(tone_of(SLOGAN[lang], lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_a_full_stop_after_a_refusal_is_anger(tone_of, lang):
    assert {"point", "period"} & set(anger_words(tone_of(REFUSAL[lang], lang)))


# Real checks 31–38: British Airways' "Unfortunately we're unable to help you with BA Holidays
# bookings. We're sorry to disappoint you." judged right as a dead end eight times (BL206);
# tn40's "feeling done to the reader" read "disappoint you" as the customer's feeling named.
# Done by the brand itself, it is the brand's regret at its refusal; done by a thing ("the
# forms left you frustrated") it stays the reader's.
DEAD_END = {
    "fr": "Malheureusement, nous ne pouvons pas vous aider pour les ateliers privés. Nous "
          "sommes désolés de vous avoir déçu.",
    "en": "Unfortunately we're unable to help you with private workshops. We're sorry to "
          "disappoint you.",
}
DONE_BY_A_THING = {
    "fr": "Ce formulaire vous a agacé, nous le comprenons : nous l'avons raccourci.",
    "en": "The booking form left you frustrated, we understand: we have shortened it.",
}


def named_feelings(tone):
    return [e.text.lower() for e in tone.evidence if e.signal == "customer_feeling_named"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_disappointment_the_brand_causes_is_its_own_regret(tone_of, lang):
    tone = tone_of(DEAD_END[lang], lang)
    assert not named_feelings(tone)
    assert [e for e in tone.evidence if e.tone == "disappointment" and e.weight > 0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_near_miss_a_feeling_a_thing_caused_is_the_readers(tone_of, lang):
    assert named_feelings(tone_of(DONE_BY_A_THING[lang], lang))
