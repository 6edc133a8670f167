"""Round 45's read half (heldout49: a bell foundry, a snail farm), causes that hold beyond
one draft:

- a reassurance set off by a comma ("Don't worry, an engineer will be with you within
  48 hours", « Ne vous inquiétez pas, un technicien sera chez vous sous 48 heures »): the
  clause after it is a sentence of its own, out of the imperative's negation — unlike "I
  can't promise an engineer will be with you within 48 hours";
- a service's thing named for another service ("our quotation for tuning within 12 days",
  « notre devis pour l'accordage sous 20 jours »): the thing (the quote) is timed, the
  work is its topic;
- a span between two events ("allow a week between your order and the round", « entre
  votre commande et la tournée »): the first event starts the count, it is no service
  the time is held to;
- a thing "with you" ("your jars will be with you within 8 days") arrives: a delivery,
  held to it when the span is counted out and the profile ships at all; a person's "I'll
  be with you in a minute" attends to the reader, and "they'll be with you before 1 pm"
  in a reply is the next step on the case.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Cloches Verlaine
language: fr
central_idea:
  statement: "Des cloches qui sonnent juste pour des siècles."
  lexicon: [cloche, son, siècle]
channels:
  email: {tones: [storytelling]}
  phone_script: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 10d}
  quote: {within: 15d, terms: [devis]}
  tuning: {within: 6w, terms: [accordage, accorder]}
  maintenance_callout: {within: 10d, terms: [intervention, technicien]}
  restaurant_delivery: {within: 7d, terms: [tournée, tournée des restaurants]}
""",
    "en": """
brand: Verlaine Bells
language: en
central_idea:
  statement: "Bells that ring true for centuries."
  lexicon: [bell, sound, century]
channels:
  email: {tones: [storytelling]}
  phone_script: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 10d}
  quote: {within: 10d, terms: [quote, quotation, estimate]}
  tuning: {within: 6w, terms: [tuning, tune, retune]}
  maintenance_callout: {within: 10d, terms: [call-out, callout, engineer visit, engineer]}
  restaurant_delivery: {within: 7d, terms: [restaurant round, restaurant delivery]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "verlaine", "email")


@pytest.fixture(scope="module")
def lint_phone(lint_profile_texts):
    return lint_profile_texts(PROFILES, "verlaine", "phone_script")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Don't worry, with your maintenance plan an engineer will be with you "
           "within 48 hours."),
    ("fr", "Conseiller : Ne vous inquiétez pas, avec votre contrat un technicien sera chez "
           "vous sous 48 heures."),
])
def test_a_promise_after_a_reassurance_fires(lint_phone, lang, text):
    assert "BL302" in codes(lint_phone(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: I can't promise an engineer will be with you within 48 hours."),
    ("fr", "Conseiller : Je ne peux pas vous promettre qu'un technicien sera chez vous "
           "sous 48 heures."),
])
def test_a_promise_declined_does_not_fire(lint_phone, lang, text):
    assert codes(lint_phone(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for welcoming us to the belfry. You will receive our quotation for "
           "tuning within 12 days of the visit."),
    ("fr", "Merci de nous avoir accueillis au clocher. Vous recevrez notre devis pour "
           "l'accordage sous 20 jours après la visite."),
])
def test_a_quote_for_the_work_is_held_to_the_quotes_time(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Thank you for welcoming us to the belfry. You will receive our quotation for "
           "tuning within 5 days of the visit."),
    ("fr", "Merci de nous avoir accueillis au clocher. Vous recevrez notre devis pour "
           "l'accordage sous 5 jours après la visite."),
])
def test_a_quote_for_the_work_faster_than_its_time_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: For restaurant deliveries, allow a week between your order and the "
           "round."),
    ("fr", "Conseillère : Pour les restaurants, comptez une semaine entre votre commande "
           "et la tournée."),
])
def test_the_event_a_span_starts_from_is_not_timed(lint_phone, lang, text):
    assert codes(lint_phone(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: For restaurant deliveries, allow three days between your order and the "
           "round."),
    ("fr", "Conseillère : Pour les restaurants, comptez trois jours entre votre commande "
           "et la tournée."),
])
def test_a_span_faster_than_the_service_fires(lint_phone, lang, text):
    assert "BL302" in codes(lint_phone(lang, text))


def test_a_thing_with_you_arrives(lint):
    assert "BL302" in codes(lint("en", "Thanks for your order! Your handbells will be with "
                                       "you within 4 days."))


@pytest.mark.parametrize("text", [
    "Agent: Thanks for holding, I'll be with you in a minute.",
    "Thanks for your order! Your handbells will be with you within 12 days.",
    # a reply's next step said by the moment, not a delivery's level
    "Sorry for the wait: the van left at 11, so your handbells will be with you before 1 pm.",
])
def test_a_person_attending_or_a_slow_enough_arrival_does_not_fire(lint_phone, text):
    assert codes(lint_phone("en", text)) == []
