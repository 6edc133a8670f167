"""An app's strings on a channel its user marked `service` (issue 8): the sincerity rules
judge them as replies, and must tell an incident the brand owes an apology for from

- a feature described: problems handled as a class (« le suivi des erreurs », "to fix
  bugs"), examples of events listed in brackets, a task's impersonal status label;
- an error whose origin is outside the brand (the network, the customer's own device), or
  that the brand says may be no fault at all: no apology owed, a next step still is;
- a permission the customer withheld, told with how to change it: a setting, not blame;
- a thank-you for joining: what is asked next was never given, so nothing is asked again.

Real copy (Open Food Facts app strings and welcome e-mail, judged in
docs/realtext/realsrc27-judging.md) showed the categories; the texts below are our own."""

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
    return lint_profile_texts(PROFILES, "mijotin", "app")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


# -- a feature described, not an incident ------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Si l'option est active, les journaux de plantage partent vers notre outil de suivi "
           "des erreurs."),
    ("en", "When this is on, crash logs are sent to us automatically to help fix bugs faster."),
    ("fr", "Un son à chaque événement de l'application (recette ajoutée, minuteur annulé…)."),
    ("en", "A sound on some events (for example a recipe added or a timer cancelled)."),
    ("fr", "sauvegarde retardée pendant la mise à jour des listes"),
    ("en", "backup delayed during the update of the lists"),
])
def test_feature_described_admits_no_problem(lint, lang, text):
    assert not codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous avons trouvé des erreurs dans votre liste de courses."),
    ("en", "We found errors in your shopping list."),
    ("fr", "Votre sauvegarde a été retardée pendant la mise à jour des listes."),
    ("en", "Your backup was delayed during the update of the lists."),
])
def test_incident_told_still_owes_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


# -- the origin outside the brand: a next step owed, no apology --------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Impossible d'afficher la recette à cause d'une erreur de connexion."),
    ("en", "Unable to show the recipe because of a connection error."),
])
def test_network_error_owes_a_step_not_an_apology(lint, lang, text):
    found = codes(lint(lang, text))
    assert "BL403" not in found and "BL407" in found


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une erreur est survenue pendant l'ouverture de votre caméra. Vérifiez qu'aucune "
           "autre application ne s'en sert."),
    ("en", "An error occurred while opening your camera. Check that no other app is using it."),
    ("fr", "La durée de cuisson de ce plat ne peut pas être calculée, faute de poids indiqué. "
           "Si cela vous semble être une erreur, signalez-la depuis la fiche du plat."),
    ("en", "The cooking time of this dish can't be calculated due to a missing weight. If this "
           "looks like an error, report it from the dish page."),
])
def test_cause_outside_and_fix_given_is_a_complete_message(lint, lang, text):
    assert not codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Impossible d'afficher la recette à cause d'une erreur de notre serveur."),
    ("en", "Unable to show the recipe because of an error on our server."),
    ("fr", "Une erreur est survenue pendant l'enregistrement de votre liste. Réessayez plus "
           "tard."),
    ("en", "An error occurred while saving your list. Please try again later."),
])
def test_own_error_still_owes_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


# -- a permission withheld is a setting, not blame ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "L'application ne peut pas trouver les magasins proches, car vous avez refusé "
           "l'accès à votre position. Vous pouvez l'activer dans les réglages."),
    ("en", "The app can't find nearby shops, because you refused the location permission. You "
           "can turn it on in Settings."),
])
def test_permission_withheld_is_no_blame(lint, lang, text):
    assert "BL401" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre panier n'a pas été livré, car vous avez refusé le colis à la porte."),
    ("en", "Your basket was not delivered, because you refused the parcel at the door."),
])
def test_act_refused_as_cause_is_still_blame(lint, lang, text):
    assert "BL401" in codes(lint(lang, text, "email"))


# -- thanks for joining: nothing given to ask again --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci d'avoir rejoint notre club de cuisine !\nPour rencontrer d'autres cuisiniers, "
           "rejoignez le forum du club."),
    ("en", "Thank you for joining our cooking club!\nTo meet other cooks, join the club's "
           "forum.\nHow can a shared meal change a week?"),
])
def test_thanks_for_joining_asks_nothing_again(lint, lang, text):
    assert "BL405" not in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci pour la photo de votre ticket de caisse.\nPouvez-vous nous envoyer la photo "
           "de votre ticket de caisse ?"),
    ("en", "Thank you for including the photo of your receipt.\nCould you send us the photo of "
           "your receipt?"),
])
def test_thanks_for_what_was_given_then_asked_again(lint, lang, text):
    assert "BL405" in codes(lint(lang, text, "email"))
