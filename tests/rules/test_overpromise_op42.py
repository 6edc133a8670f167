"""Round 37 (op42): nature as the world, a line's subject cut off by its heading, a
conjunct after a copula, a declared term said as a clause, a delay on the clock, the
contracted « au meilleur », a forbidden term's English plural.

- A thing of nature (« le lac », "the river": claims `nature_kinds`) as a subject is the
  world the brand takes its customers to, even when the central idea names it; « notre
  lac » or "this river" stays the brand's.
- A noun opening a line, hung by the parse on a word of the heading above it, is the
  subject of the line's verb.
- A verb coordinated with a copula clause (« sont d'une fraîcheur parfaite et ne
  connaissent jamais… ») shares its subject: no order to the reader.
- A declared term of a noun and its participle (« caution rendue », "deposits
  returned") said as a clause (« votre caution vous sera rendue ») is that service.
- A deadline on the clock (« en 24 h chrono », "in 20 minutes flat") on an act no
  service names is firm: a warning, not a hint.
- « au meilleur » is « le meilleur » contracted with « à ».
- An English forbidden term in its plural -s ("hippies", "adrenaline junkies").
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Pagaie Verte
language: fr
central_idea:
  statement: "Découvrir le lac et la rivière en douceur, à la pagaie."
  lexicon: [lac, rivière, pagaie, pagayer, douceur, découvrir, découverte]
  related: [kayak, canoë, berge, héron]
channels:
  web: {tones: [storytelling]}
  email: {tones: [joy], idea: false}
promises:
  response: {within: 24h}
  refund: {within: 14d}
  deposit_return: {within: 10d, terms: [caution rendue, cautions rendues]}
terms:
  forbid: [bourrin, tête brûlée]
""",
    "en": """
brand: Green Paddle
language: en
central_idea:
  statement: "Discover the lake and the river gently, by paddle."
  lexicon: [lake, river, paddle, paddling, gentle, gently, discover, discovery]
  related: [kayak, canoe, bank, heron]
channels:
  web: {tones: [storytelling]}
  email: {tones: [joy], idea: false}
promises:
  response: {within: 24h}
  refund: {within: 14d}
  deposit_return: {within: 10d, terms: [deposit returned, deposits returned]}
terms:
  forbid: [speed freak, daredevil]
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pagaie", "email")


def codes(diagnostics, prefix="BL3"):
    return sorted(d.code for d in diagnostics if d.code.startswith(prefix))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le lac n'est jamais pareil d'une saison à l'autre : au printemps, l'eau monte."),
    ("en", "The river is never the same from one week to the next: in spring, the water "
           "rises."),
    ("en", "## Why paddle with us\n\nThe lake is never the same two mornings running."),
])
def test_nature_named_by_the_idea_is_the_world_not_the_offer(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos kayaks ne prennent jamais l'eau, même par gros temps."),
    ("en", "Our kayaks never let in water, even in rough weather."),
])
def test_the_offer_beside_nature_still_claims(lint, lang, text):
    assert codes(lint(lang, text, "web")) == ["BL301"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos kayaks sont d'une stabilité parfaite et ne chavirent jamais."),
])
def test_a_conjunct_after_a_copula_shares_its_subject(lint, lang, text):
    assert "BL301" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ne laissez jamais votre pagaie sur la berge."),
    ("en", "Never leave your paddle on the bank."),
])
def test_an_order_with_never_stays_advice(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour le retour du kayak ! Votre caution vous sera rendue sous 10 jours."),
    ("en", "Thanks for bringing the kayak back! Your deposit will be returned within 10 "
           "days."),
])
def test_a_declared_term_said_as_a_clause_is_held_to_its_own_commitment(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour le retour du kayak ! Votre caution vous sera rendue sous 2 jours."),
    ("en", "Thanks for bringing the kayak back! Your deposit will be returned within 2 "
           "days."),
])
def test_a_declared_term_said_as_a_clause_faster_than_its_commitment_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau : notre équipe passe récupérer vos gilets en 24 h chrono."),
    ("en", "New: our team comes round and collects your life jackets in 24 hours flat."),
])
def test_a_deadline_on_the_clock_is_firm(lint, lang, text):
    found = [d for d in lint(lang, text) if d.code == "BL304"]
    assert found and all(str(d.severity).lower().endswith("warning") for d in found)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau : notre équipe passe récupérer vos gilets en 24 h."),
    ("en", "New: our team comes round and collects your life jackets within 24 hours."),
])
def test_the_same_deadline_off_the_clock_stays_a_hint(lint, lang, text):
    found = [d for d in lint(lang, text) if d.code == "BL304"]
    assert all(str(d.severity).lower().endswith("info") for d in found)


def test_au_meilleur_is_a_superlative(lint):
    assert codes(lint("fr", "Bienvenue au meilleur club de kayak de la région !", "web")) \
        == ["BL303"]


def test_au_meilleur_moment_ranks_no_offer(lint):
    assert codes(lint("fr", "Rendez-vous au meilleur moment de la journée : l'aube.",
                      "web")) == []


@pytest.mark.parametrize("text", [
    "Not one of those speed freaks? Good: we paddle slowly.",
    "No daredevils needed, just curious people.",
])
def test_an_english_forbidden_term_in_its_plural_is_caught(lint, text):
    assert codes(lint("en", text, "web"), "BL501") == ["BL501"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pas besoin d'être sportif : on pagaie doucement."),
    ("en", "No need to be sporty: we paddle slowly."),
])
def test_no_forbidden_term_no_finding(lint, lang, text):
    assert codes(lint(lang, text, "web"), "BL501") == []
