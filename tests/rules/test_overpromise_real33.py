"""Overpromise on real copy, round 33 (issue 7: BL3 read by a blind judge; texts are
ours).

- the effort an act asks of whoever does it, with no one named to do it ("a spare
  moment: 10 minutes to install the app and explore the map", « 10 minutes pour
  installer l'application »), is no service time (BL304) — the brand named as the one
  who takes the time, or the act done to the reader ("two days to answer you"), still
  is."""

from __future__ import annotations

import pytest

from tests.rules.test_overpromise_real31a import PROFILES  # the same two profiles


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalune33", "web")


def codes(diagnostics, prefix="BL30"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


# -- the reader's effort is no service time -------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Volunteers: 10 minutes to install the app and explore the map."),
    ("fr", "Bénévoles : 10 minutes pour installer l'application et explorer la carte."),
])
def test_the_readers_effort_is_no_service_time(lint, lang, text):
    assert "BL304" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our promise: two days to repair your cargo bike, whatever the fault."),
    ("fr", "Notre promesse : deux jours pour réparer votre vélo cargo, quelle que soit la panne."),
    ("fr", "Il nous faut deux jours pour réparer les vélos."),
    ("en", "It takes us two days to repair bikes."),
    ("en", "Allow 3 days to repair bikes."),
])
def test_the_act_done_for_the_reader_stays_a_service_time(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


# -- the brand's conduct kept up by what funds it is a statement of values -------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We are funded by donations: this support guarantees that we remain independent "
           "from bike makers."),
    ("en", "Our funding model guarantees we stay accountable to riders, not investors."),
    ("fr", "Notre modèle repose sur les dons : ce soutien garantit que nous restons "
           "indépendants des fabricants de vélos."),
])
def test_the_brands_conduct_kept_by_its_funding_is_no_claim(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "We guarantee that we remain reachable for every breakdown."),
    ("en", "This contract guarantees that your bike stays repaired for free."),
    ("fr", "Nous garantissons que nous restons joignables pour toute panne."),
    ("fr", "Ce contrat garantit que votre vélo reste réparé gratuitement."),
])
def test_the_brands_pledge_or_the_readers_thing_stays_a_claim(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


# -- a system's requirements, on a technical page, are aims, not promises --------------
_SPEC = {
    "en": ("Ride log sync protocol\n\nThe Pedalune app syncs ride logs with the workshop "
           "server over HTTPS using a JSON API on port 8443. Each log is a JSON object with "
           "a UUID, a timestamp and the GPS track; the client signs it with an Ed25519 key "
           "before upload.\n\n{heading}\n\n{lead}\n\n{line} Old clients on API v1 should "
           "keep working.\n\nImplementation\n\nThe server stores logs in PostgreSQL 15 and "
           "checks the signature with libsodium."),
    "fr": ("Protocole de synchronisation des trajets\n\nL'appli Pédalune synchronise les "
           "trajets avec le serveur de l'atelier en HTTPS via une API JSON sur le port 8443. "
           "Chaque trajet est un objet JSON avec un UUID, un horodatage et la trace GPS ; le "
           "client le signe avec une clé Ed25519 avant l'envoi.\n\n{heading}\n\n{lead}\n\n"
           "{line} Les anciens clients de l'API v1 doivent continuer à fonctionner.\n\n"
           "Mise en œuvre\n\nLe serveur stocke les trajets dans PostgreSQL 15 et vérifie la "
           "signature avec libsodium."),
}
_REQUIREMENT = {
    "en": "Sign each log so only the owner can edit it, the rental data is guaranteed to "
          "stay intact and replay can be detected.",
    "fr": "Signer chaque trajet pour que seul son auteur puisse le modifier. Les locations "
          "de vélo cargo sont garanties sans perte de trace.",
}


@pytest.mark.parametrize("lang,heading,lead", [
    ("en", "Requirements", "The design had to meet the following criteria."),
    ("fr", "Exigences", "La conception devait respecter les critères suivants."),
])
def test_a_requirement_of_a_system_is_no_claim(lint, lang, heading, lead):
    text = _SPEC[lang].format(heading=heading, lead=lead, line=_REQUIREMENT[lang])
    assert "BL301" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,heading,lead,line", [
    ("en", "Why riders love it", "Here is what you get.", _REQUIREMENT["en"]),
    ("fr", "Pourquoi nos cyclistes l'adorent", "Voici ce que vous y gagnez.",
     _REQUIREMENT["fr"]),
    ("en", "Requirements", "The design had to meet the following criteria.",
     "We sign each log so your rental data is guaranteed to stay intact."),
])
def test_the_same_words_as_a_benefit_or_a_pledge_stay_claims(lint, lang, heading, lead, line):
    text = _SPEC[lang].format(heading=heading, lead=lead, line=line)
    assert "BL301" in codes(lint(lang, text))


# -- on a technical page, a system's part at work is documentation ---------------------
_ENCRYPTION = {
    "en": ("Ride log encryption\n\nThe Pedalune app syncs ride logs with the workshop "
           "server over HTTPS using a JSON API on port 8443. Each log is a JSON object with "
           "a UUID, a timestamp and the GPS track; the client signs it with an Ed25519 key "
           "before upload.\n\nServer-side encryption\n\nPedalune encrypts logs at rest with "
           "AES-256. It works well with external storage as it ensures {line}\n\nThe server "
           "stores logs in PostgreSQL 15 and checks the signature with libsodium."),
    "fr": ("Chiffrement des trajets\n\nL'appli Pédalune synchronise les trajets avec le "
           "serveur de l'atelier en HTTPS via une API JSON sur le port 8443. Chaque trajet est "
           "un objet JSON avec un UUID, un horodatage et la trace GPS ; le client le signe "
           "avec une clé Ed25519 avant l'envoi.\n\nChiffrement côté serveur\n\nPédalune "
           "chiffre les trajets stockés en AES-256. Avec un stockage externe, {line}\n\nLe "
           "serveur stocke les trajets dans PostgreSQL 15 et vérifie la signature avec "
           "libsodium."),
}


@pytest.mark.parametrize("lang,line", [
    ("en", "the keys never leave the workshop server."),
    ("fr", "les clés ne quittent jamais le serveur de l'atelier."),
])
def test_a_systems_part_at_work_is_documentation(lint, lang, line):
    assert "BL301" not in codes(lint(lang, _ENCRYPTION[lang].format(line=line)))


@pytest.mark.parametrize("lang,line", [
    ("en", "your ride logs never leave the workshop server."),
    ("en", "our servers never lose a ride log."),
    ("fr", "vos trajets ne quittent jamais le serveur de l'atelier."),
    ("fr", "nos serveurs ne perdent jamais un trajet."),
])
def test_the_readers_or_the_brands_own_stay_claims(lint, lang, line):
    assert "BL301" in codes(lint(lang, _ENCRYPTION[lang].format(line=line)))
