"""op54 (overpromise false alarms over the older heldout sets).

Opening hours said of a service another party runs — its owner or provider named
(« l'assistance de notre assureur », "our insurer's helpline", « assurée par notre
partenaire », "provided by our partner"), or a public service (« ce service national ») —
are that party's hours, not the brand's availability. The brand's own line at the same
hours still fires. Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Vélocoop
language: fr
central_idea:
  statement: "Des vélos cargo partagés entre voisins, pour rouler sans voiture."
  lexicon: [vélo, cargo, voisin, partager]
channels:
  app: {tones: [reassurance]}
promises:
  availability: {hours: "9-18", days: "mon-fri"}
  response: {within: 48h}
""",
    "en": """
brand: Velocoop
language: en
central_idea:
  statement: "Cargo bikes shared between neighbours, to get around without a car."
  lexicon: [bike, cargo, neighbour, share]
channels:
  app: {tones: [reassurance]}
promises:
  availability: {hours: "9-18", days: "mon-fri"}
  response: {within: 48h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "velocoop", "app")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Crevaison en route ? Joignez l'assistance de notre assureur au 01 98 76 54 32, "
           "disponible 24h/24 et 7j/7. Laissez le vélo attaché."),
    ("fr", "Assistance dépannage 24h/24 et 7j/7, assurée par notre partenaire Roulassist : "
           "01 98 76 54 32."),
    ("fr", "En cas de vol, la nuit ou le week-end, appelez le 17 : ce service national "
           "répond 24h/24."),
    ("en", "Flat tyre on the road? Ring our insurer's helpline on 0161 496 0000, open 24/7. "
           "Keep the bike locked."),
    ("en", "Roadside help 24/7 is provided by our partner, CycleAssist: 0161 496 0000."),
])
def test_hours_of_a_service_another_party_runs_do_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Crevaison en route ? Joignez notre assistance au 01 98 76 54 32, disponible "
           "24h/24 et 7j/7."),
    ("fr", "Assistance dépannage 24h/24 et 7j/7, assurée par nos mécaniciens : "
           "01 98 76 54 32."),
    ("fr", "En cas de vol, la nuit ou le week-end, appelez-nous : notre service répond "
           "24h/24."),
    ("en", "Flat tyre on the road? Ring our helpline on 0161 496 0000, open 24/7."),
    ("en", "Roadside help 24/7 is provided by our own mechanics: 0161 496 0000."),
])
def test_the_brands_own_line_at_those_hours_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))
