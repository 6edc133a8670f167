"""What the real copy judged in round 23 taught the overpromise and idea analysis, as
concepts of what a claim is about (analysis/claim_scope.py): a reply opening on an
ellipsis continues a message the draft does not hold; a press headline about the brand
credited to its publication on the next line; *only* among an established class by who
backs or owns it (a checkable status); an allowance written into the name of the plan
that sells it; a paragraph that opens by defining a kind of thing explains how it
works; an alarm word closing a deadline whose day the draft names; a recommendation for
a group told by a relative clause, then whom it does not suit. Each concept stays
silent in its true form and fires in its near miss, in French and English, on the real
models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Ternel
language: fr
central_idea:
  statement: "Un réseau indépendant, ouvert et entre les mains de ses membres."
  lexicon: [indépendant, ouvert, membres]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [reassurance], service: true}
""",
    "en": """
brand: Ternel
language: en
central_idea:
  statement: "An independent, open network in the hands of its members."
  lexicon: [independent, open, members]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [reassurance], service: true}
""",
}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "ternel23", "web")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


# -- a reply that continues a message the draft does not hold -------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "…garantis. Votre siège a été changé pour des raisons opérationnelles. 3/3"),
    ("en", "...guaranteed. Your seat was changed for operational reasons. 3/3"),
])
def test_an_absolute_ending_an_unseen_clause_is_no_claim(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre siège est garanti. Il a été changé pour des raisons opérationnelles."),
    ("en", "Your seat is guaranteed. It was changed for operational reasons."),
])
def test_an_absolute_with_its_own_subject_still_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text, "after_sales"))


# -- an allowance the plan is named for ------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Écoutez sans publicité : vos passages sont illimités avec le Pass Illimité."),
    ("en", "Listen ad-free with unlimited skips with Tune Unlimited."),
])
def test_an_allowance_in_the_plans_name_is_its_term(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Écoutez sans publicité : vos passages sont illimités avec le Pass Musique."),
    ("en", "Listen ad-free with unlimited skips with Tune Premium."),
])
def test_an_allowance_of_another_name_still_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- a press headline credited to its publication -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Dans la presse\n\nLe pari de Ternel : le seul réseau qui n'appartient pas à des "
           "milliardaires\n\nLe Courrier Picard\n\nPourquoi un petit réseau grandit encore\n\n"
           "La Gazette"),
    ("en", "In the news\n\nTernel's new pitch: the only network not owned by billionaires\n\n"
           "Daily Courier\n\nWhy a small network keeps growing\n\nThe Weekly Post"),
])
def test_a_headline_in_a_list_of_press_credits_is_not_the_brands_claim(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dans la presse\n\nLe pari de Ternel : le seul réseau qui n'appartient pas à des "
           "milliardaires\n\nRejoignez nos membres dès aujourd'hui.\n\nTernel ouvre trois "
           "nouvelles antennes."),
    ("en", "In the news\n\nTernel's new pitch: the only network not owned by billionaires\n\n"
           "Join our members today.\n\nTernel opens three new sites."),
    # one short line of names under it is not yet a list of credits
    ("fr", "Le pari de Ternel : le seul réseau qui n'appartient pas à des milliardaires\n\n"
           "Lille Roubaix\n\nTernel ouvre trois nouvelles antennes."),
    ("en", "Ternel's new pitch: the only network not owned by billionaires\n\nLeeds York\n\n"
           "Ternel opens three new sites."),
])
def test_the_same_line_without_a_list_of_credits_still_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


# -- only among an established class, by who backs it ---------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Ternel est aussi le seul grand réseau détenu par ses membres."),
    ("en", "Ternel is also the only major network owned by its members."),
])
def test_a_status_among_named_players_is_no_superlative(lint_with, lang, text):
    assert "BL303" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ternel est aussi le seul réseau détenu par ses membres."),  # an open set
    ("fr", "Ternel est aussi le seul réseau majeur aussi rapide la nuit que le jour."),
    ("en", "Ternel is also the only network owned by its members."),
    ("en", "Ternel is also the only major network that never slows down."),
])
def test_an_open_set_or_a_performance_still_fires(lint_with, lang, text):
    assert "BL303" in codes(lint_with(lang, text))


# -- a paragraph that explains how a kind of thing works ------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Un bloqueur de publicité est un logiciel qui fonctionne de deux manières. La "
           "première consiste à bloquer le serveur afin que la publicité ne soit jamais "
           "affichée sur votre page."),
    ("en", "An ad blocker is a piece of software that stops ads. It blocks the ad server, "
           "so your page is always clean."),
])
def test_how_a_kind_of_thing_works_is_no_claim(lint_with, lang, text):
    assert "BL301" not in codes(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre bloqueur de publicité fonctionne de deux manières. La première consiste à "
           "bloquer le serveur afin que la publicité ne soit jamais affichée sur votre page."),
    ("fr", "Un bloqueur de publicité est un logiciel qui fonctionne de deux manières. Le "
           "nôtre bloque le serveur afin que la publicité ne soit jamais affichée sur votre "
           "page."),
    ("en", "Our ad blocker stops ads. It blocks the ad server, so your page is always clean."),
    ("en", "An ad blocker is a piece of software that stops ads. Ternel blocks the ad "
           "server, so your page is always clean."),
])
def test_the_brands_own_blocker_still_fires(lint_with, lang, text):
    assert "BL301" in codes(lint_with(lang, text))


# -- the idea: an alarm word closing a dated deadline ---------------------------------

CALM = {
    "fr": """
brand: Ternel
language: fr
central_idea:
  statement: "La tranquillité d'esprit pour chaque foyer, en toute sécurité."
  lexicon: [tranquillité, sérénité, sécurité, protéger]
channels:
  web: {tones: [reassurance]}
""",
    "en": """
brand: Ternel
language: en
central_idea:
  statement: "Peace of mind for every home, in complete safety."
  lexicon: [peace, calm, safety, protect]
channels:
  web: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint_calm(lint_profile_texts):
    return lint_profile_texts(CALM, "ternel-calme", "web")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre application n'est plus à jour\n\nMettez-la à jour avant qu'il ne soit trop "
           "tard\n\nElle cessera de se connecter à partir du 3 mars. Un certificat expire ce "
           "jour-là."),
    ("en", "Your app is out of date\n\nUpdate before it's too late\n\nIt will stop "
           "connecting on March 3. A certificate expires that day."),
])
def test_a_deadline_whose_day_is_named_is_a_notice(lint_calm, lang, text):
    assert "BL103" not in codes(lint_calm(lang, text), "BL1")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre application n'est plus à jour\n\nMettez-la à jour avant qu'il ne soit trop "
           "tard\n\nLes pirates n'attendent pas. Un certificat expire bientôt."),
    ("en", "Your app is out of date\n\nUpdate before it's too late\n\nHackers don't wait. "
           "A certificate expires soon."),
])
def test_a_deadline_without_its_day_still_fires(lint_calm, lang, text):
    assert "BL103" in codes(lint_calm(lang, text), "BL1")


# -- the idea: a recommendation for a group told by a relative clause -----------------

INCLUSIVE = {
    "fr": """
brand: Ternel
language: fr
central_idea:
  statement: "Un réseau rapide pour tous, où que l'on vive."
  lexicon: [tous, ensemble, ouvert, chacun]
channels:
  web: {tones: [reassurance]}
""",
    "en": """
brand: Ternel
language: en
central_idea:
  statement: "A fast network for everybody, wherever they live."
  lexicon: [everybody, everyone, together, open]
channels:
  web: {tones: [reassurance]}
""",
}


@pytest.fixture(scope="module")
def lint_inclusive(lint_profile_texts):
    return lint_profile_texts(INCLUSIVE, "ternel23-tous", "web")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous conseillons la formule nuit aux équipes qui surveillent elles-mêmes leurs "
           "serveurs. Cette formule n'est pas pour tout le monde."),
    ("en", "We recommend the night plan to small teams who watch their own servers. This "
           "plan is not for everyone."),
])
def test_whom_an_option_recommended_to_a_group_does_not_suit_is_advice(
        lint_inclusive, lang, text):
    assert "BL103" not in codes(lint_inclusive(lang, text), "BL1")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vendons la formule nuit aux équipes qui surveillent elles-mêmes leurs "
           "serveurs. Cette formule n'est pas pour tout le monde."),
    ("en", "We sell the night plan to small teams who watch their own servers. This plan "
           "is not for everyone."),
])
def test_exclusivity_after_a_sale_still_fires(lint_inclusive, lang, text):
    assert "BL103" in codes(lint_inclusive(lang, text), "BL1")
