"""An app's own messages on a channel marked `service` (issue 8, round 28): the sincerity
rules must tell an incident the brand owes an apology for from

- a slip the screen owns in its own way: an interjection (« Oups », "Oops") with the way on
  after it — a retry, a contact, or the thing delivered on the spot;
- "if you think this is a mistake, contact us": a recourse offered, not the reader doubted;
- text that answers no problem: a figure's caption (a breakdown by category, a margin of
  error), a heading that invites (« pour retrouver vos recettes à l'avenir… »), a design
  choice explained (« nous ne voulons pas qu'elle soit prise pour… »), a removal among the
  states a thing may be in (« n'existe pas ou a été supprimée »), a term glossed after
  "so-called".

Real copy (Nos Gestes Climat, judged in docs/realtext/realsrc28-judging.md) showed the
categories; the texts below are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Mijotin
language: fr
central_idea:
  statement: "Des recettes simples pour cuisiner chaque jour."
  lexicon: [recette, cuisine, courses, minuteur]
channels:
  web: {tones: [joy]}
  app: {tones: [solution], service: true}
  email: {tones: [joy], service: true}
""",
    "en": """
brand: Mijotin
language: en
central_idea:
  statement: "Simple recipes to cook every day."
  lexicon: [recipe, cooking, shopping, timer]
channels:
  web: {tones: [joy]}
  app: {tones: [solution], service: true}
  email: {tones: [joy], service: true}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "mijotin28", "app")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


# -- the slip owned in the interface's way ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Oups ! Une erreur est survenue pendant l'enregistrement de la recette. Veuillez "
           "réessayer dans un instant."),
    ("en", "Oops! An error occurred while saving the recipe. Please try again in a moment."),
    ("en", "Oops, sharing the recipe failed, here it is:"),
])
def test_interjection_with_the_way_on_owns_the_slip(lint, lang, text):
    assert not {"BL403", "BL407"} & codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    # the bare impersonal error: nothing owns it
    ("fr", "Une erreur est survenue pendant l'enregistrement de la recette. Veuillez réessayer "
           "dans un instant."),
    ("en", "An error occurred while saving the recipe. Please try again in a moment."),
])
def test_bare_error_with_a_retry_still_owes_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Oups, une erreur est survenue pendant l'envoi de votre minuteur..."),
    ("en", "Oops, there was an error sending your timer..."),
])
def test_interjection_without_a_way_on_owes_a_next_step(lint, lang, text):
    assert "BL407" in codes(lint(lang, text))


# -- a recourse offered, not the reader doubted --------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Oups ! Cette recette est réservée aux membres. Si vous pensez que c'est une erreur, "
           "vous pouvez nous écrire."),
    ("fr", "Si vous pensez qu'il s'agit d'une erreur, contactez-nous depuis votre profil."),
    ("en", "Oops! This recipe is for members only. If you think this is a mistake, you can "
           "contact us."),
])
def test_belief_of_a_mistake_with_contact_is_recourse(lint, lang, text):
    assert "BL402" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Si vous pensez vraiment que c'est une erreur, vous pouvez nous écrire."),
    ("fr", "Si vous pensez que votre colis est perdu, il faudra le prouver."),
    ("en", "If you really believe this is a mistake, send us proof of purchase."),
])
def test_belief_stressed_or_account_doubted_is_still_doubt(lint, lang, text):
    assert "BL402" in codes(lint(lang, text))


# -- text that answers no problem -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Chart of my cooking week, with a breakdown of the costs by meal: breakfast, lunch "
           "and dinner."),
    ("fr", "Ce temps de cuisson est donné avec une marge d'erreur de cinq minutes."),
    ("en", "Cooking times are given with a margin of error of five minutes."),
])
def test_problem_word_in_another_sense_admits_nothing(lint, lang, text):
    assert not {"BL403", "BL407"} & codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your oven had a breakdown during the delivery of the recipe box."),
    ("fr", "Une erreur s'est glissée dans ce temps de cuisson."),
])
def test_problem_word_in_its_own_sense_is_admitted(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour garder vos recettes et les retrouver à l'avenir, créez votre espace."),
    ("en", "To keep your recipes and find them again in the future, create your space"),
])
def test_invitation_heading_is_no_lesson(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre panier est arrivé en retard. À l'avenir, commandez avant midi."),
    ("en", "Your basket arrived late. Next time, please order before noon."),
])
def test_advice_for_next_time_after_a_problem_is_a_lesson(lint, lang, text):
    assert "BL401" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous n'affichons pas la note moyenne en début de semaine. En effet, nous ne "
           "voulons pas qu'elle soit prise pour un classement."),
    ("en", "We don't show the average rating at the start of the week. Indeed, we don't want "
           "it to be taken for a ranking."),
])
def test_design_choice_explained_admits_nothing(lint, lang, text):
    assert "BL403" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre note n'a effectivement pas été enregistrée."),
])
def test_act_confirmed_undone_is_admitted(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cette liste de courses n'existe pas ou a été supprimée."),
])
def test_removal_among_alternatives_owes_a_step_not_an_apology(lint, lang, text):
    found = codes(lint(lang, text))
    assert "BL403" not in found and "BL407" in found


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre liste de courses a été supprimée par erreur ou désactivée."),
    ("en", "Your shopping list was deleted."),
])
def test_removal_by_mistake_or_of_yours_is_admitted(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "The score adds a model of so-called shared meals (school canteens and works "
           "restaurants) to the recipes you cook."),
    ("fr", "Le score ajoute un modèle des repas soi-disant partagés (cantines et restaurants "
           "d'entreprise) aux recettes que vous cuisinez."),
])
def test_term_glossed_after_so_called_doubts_nothing(lint, lang, text):
    assert "BL402" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your so-called missing basket was signed for on Monday."),
    ("fr", "Votre panier soi-disant perdu a été signé lundi."),
])
def test_so_called_on_the_customers_account_is_doubt(lint, lang, text):
    assert "BL402" in codes(lint(lang, text))
