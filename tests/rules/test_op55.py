"""op55 (overpromise over heldout48).

1. An online tool the reader books or orders on alone (« notre agenda en ligne est
   ouvert 24h/24 », "our online shop is open round the clock", an online form) is the
   system at work, not the team's availability — read in the mention's clause or in the
   clause of the word of hours it hangs on when its own names neither a tool nor a
   means of contact. Its own words (« en ligne ») are no phone line; a means of contact
   keeps the claim.
2. A shop sheet's line that lists an act done while the reader waits (« Dévoilage et
   graissage sur place en 10 minutes chrono », "Chain cleaning and wheel truing while
   you wait: ten minutes at the counter") times a service the profile does not declare:
   BL304. The same act said as a plain length, or a cap on the
   reader's own stay ("parking: 10 minutes maximum"), still does not fire.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Rayonbleu
language: fr
central_idea:
  statement: "Un atelier de vélos de quartier qui remet chaque vélo en selle."
  lexicon: [vélo, atelier, quartier, selle]
channels:
  shop: {tones: [reassurance]}
promises:
  availability: {hours: "9-18", days: "mon-fri"}
  response: {within: 48h}
  repair: {within: 5d, terms: [réparation, réparé, réparée]}
""",
    "en": """
brand: Rayonbleu
language: en
central_idea:
  statement: "A neighbourhood bike workshop that gets every bike back on the road."
  lexicon: [bike, workshop, neighbourhood, road]
channels:
  shop: {tones: [reassurance]}
promises:
  availability: {hours: "9-18", days: "mon-fri"}
  response: {within: 48h}
  repair: {within: 5d, terms: [repair, repaired, fixed]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "rayonbleu", "shop")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Réservez votre prochaine révision quand vous voulez : notre agenda en ligne est "
           "ouvert 24h/24."),
    ("en", "Book your next service whenever you like, our online calendar is open 24/7."),
    ("en", "Order spare parts any time: our online shop is open round the clock."),
])
def test_an_online_tool_open_round_the_clock_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Réservez votre prochaine révision quand vous voulez : notre équipe est "
           "joignable 24h/24."),
    ("fr", "Notre agenda en ligne est ouvert 24h/24 et nos conseillers vous répondent au "
           "téléphone 7j/7."),
    ("en", "Book your next service whenever you like, our team is available 24/7."),
    ("en", "Our online shop is open 24/7 and our advisers answer the phone 7 days a week."),
])
def test_the_team_at_those_hours_still_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chambre à air 700c\n12 € pièce.\nDévoilage et graissage sur place en 10 minutes "
           "chrono."),
    ("en", "Inner tube, 700c\n£12 each.\nChain cleaning and wheel truing while you wait: ten "
           "minutes at the counter."),
    ("en", "Inner tube, 700c\n£12 each.\nCleaned and greased while you wait: back on the road "
           "in ten minutes."),
])
def test_an_act_listed_as_done_while_you_wait_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chambre à air 700c\n12 € pièce.\nDévoilage et graissage en 10 minutes."),
    ("en", "Inner tube, 700c\n£12 each.\nChain cleaning and wheel truing: ten minutes at the "
           "counter."),
    # a cap on the reader's own stay, not a service done while they wait
    ("fr", "Atelier Rayonbleu, 4 rue des Tanneurs\nOuvert du lundi au vendredi.\n"
           "Stationnement devant l'atelier : 10 minutes maximum."),
    ("en", "Rayonbleu workshop, 4 Tanners Row\nOpen Monday to Friday.\nKerbside parking for "
           "drop-offs: 10 minutes maximum."),
])
def test_the_same_act_said_as_a_length_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []
