"""What round 26 (sincerity-blind23's misses) taught the reading of a service reply, in
concepts:

- the customer's point conceded ("we acknowledge that the shade is crooked", « nous
  reconnaissons que l'abat-jour est de travers ») names the complaint, and the concession
  itself moves nothing: it is no next step (BL407);
- what is taken note of (« nous prenons note que… », "we take note that…") is recorded as
  said, not acted on;
- what a kind of thing may do in general ("shades of this type can sit slightly
  off-centre", « les abat-jour de ce type peuvent être un peu décentrés ») explains, it is
  no step for this customer — unless it is dated ("…can be replaced on Monday").

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.test_sincerity_round21 import HOME  # the same brand as round 21


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(HOME, "lumio", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL407: a point conceded, nothing next ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, nous reconnaissons que l'abat-jour est légèrement de travers. "
           "Les abat-jour de ce type peuvent être un peu décentrés ; c'est le propre du lin."),
    ("en", "Hello Ms Roux, we acknowledge that the lamp shade sits slightly crooked. Shades of "
           "this type can sit a little off-centre; it is in the nature of linen."),
])
def test_point_conceded_with_nothing_next_fires(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux, nous reconnaissons que l'abat-jour est légèrement de travers. "
           "Nous vous envoyons un abat-jour neuf lundi."),
    ("en", "Hello Ms Roux, we acknowledge that the lamp shade sits slightly crooked. We will "
           "send you a new shade on Monday."),
    ("fr", "Bonjour Madame Roux, l'abat-jour est légèrement de travers, nous en sommes désolés. "
           "Un abat-jour de ce type peut vous être envoyé dès lundi."),
    ("en", "Hello Ms Roux, we're sorry the lamp shade sits slightly crooked. A shade of this "
           "type can be sent to you on Monday."),
])
def test_point_conceded_with_a_step_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


# -- the reading: a concession, a note taken, a kind's possibility are no step ---------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Ms Roux, we acknowledge that the lamp shade sits slightly crooked."),
    ("fr", "Bonjour Madame Roux, nous prenons note que l'abat-jour est arrivé de travers."),
    ("en", "Hello Ms Roux, we take note that the lamp shade arrived crooked."),
    ("en", "Hello Ms Roux, shades of this type can sit a little off-centre."),
    ("fr", "Bonjour Madame Roux, les abat-jour de ce type peuvent être un peu décentrés."),
])
def test_concession_note_or_kind_is_no_step(analyse_profile_texts, lang, text):
    run = analyse_profile_texts(HOME, "lumio")
    assert not run(text, lang, "after_sales").reply.next_steps


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello Ms Roux, we have sent you a new lamp shade."),
    ("fr", "Bonjour Madame Roux, nous vous avons envoyé un nouvel abat-jour."),
    ("en", "Hello Ms Roux, shades of this type can be replaced on Monday."),
])
def test_an_act_for_the_customer_stays_a_step(analyse_profile_texts, lang, text):
    run = analyse_profile_texts(HOME, "lumio")
    assert run(text, lang, "after_sales").reply.next_steps


# -- BL407: "let me look into it", the agent's own act with no date --------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Oh, je suis vraiment désolée pour la lampe. Laissez-moi regarder ça."),
    ("en", "Oh, I'm really sorry about the lamp. Let me look into it."),
])
def test_let_me_look_into_it_is_no_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Oh, je suis vraiment désolée pour la lampe. Laissez-moi vous envoyer une ampoule "
           "neuve aujourd'hui."),
    ("en", "Oh, I'm really sorry about the lamp. Let me send you a new bulb today."),
    ("en", "Oh, I'm really sorry about the lamp. Let me look into it and call you back by 5 pm."),
])
def test_let_me_with_a_concrete_act_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


# -- BL407: a request noted, a step timed by the brand's own readiness -----------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Je suis désolée pour cette lampe en panne. Je note votre demande d'échange."),
    ("fr", "Nous sommes désolés, l'abat-jour manque à votre colis. Notre atelier vous "
           "appellera quand il sera prêt."),
    ("en", "We're sorry the lamp shade was missing from your parcel. Our workshop will call "
           "you when it's ready."),
])
def test_noted_or_when_ready_is_no_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Je suis désolée pour cette lampe en panne. Je note votre demande d'échange : la "
           "lampe neuve part demain."),
    ("fr", "Nous sommes désolés, l'abat-jour manque à votre colis. Notre atelier vous "
           "appellera vendredi, quand il sera prêt."),
    ("en", "We're sorry the lamp shade was missing from your parcel. Our workshop will call "
           "you on Friday, when it's ready."),
])
def test_noted_or_ready_with_a_date_does_not_fire(lint, lang, text):
    assert not found(lint(lang, text), "BL407")
