"""Real-text false alarms of the overpromise and idea families (rt45), each a slot of the
analysis read wrong:

- « toujours » set between commas before a means (« , toujours à travers une solution
  unique, ») or after a clause saying what did not change (« l'architecture n'est pas
  différente. On exploite toujours HTTP/TCP ») means *still*: no absolute claim (BL301).
- a dismissal turned down by a negated verb ("your kids never have to stop building",
  "You do not need to stop your sites") or one that reaches a verb of stopping (« inutile
  d'arrêter vos sites ») keeps what it would stop: no idea contradicted (BL103).

Texts written for these tests; profiles of the real-text check (alwaysdata) and LEGO."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROFILES = {"ad-fr": "real-alwaysdata-fr.yaml", "ad-en": "real-alwaysdata-en.yaml",
            "lego-en": "lego-en.yaml"}


@pytest.fixture(scope="module")
def engines():
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    built = {}
    for key, name in PROFILES.items():
        profile = load_profile(ROOT / "profiles" / name)
        built[key] = Engine(profile, Analyser(profile), Selection.build(profile))
    return built


def codes(engines, key, text, channel="blog"):
    from brandlint.sources import Document, SourceMap

    document = Document(path="d.txt", text=text, source_map=SourceMap(text), channel=channel)
    result = next(iter(engines[key].run([document])))
    return [d.code for d in result.diagnostics]


# --- « toujours » = still (BL301) -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nous avons ouvert un second atelier pour vous livrer, toujours à travers une seule "
    "plateforme, des serveurs prêts à l'emploi.",
    "Nous déménageons nos serveurs à Lyon pour vous offrir, toujours au moyen d'une "
    "interface unique, un hébergement plus rapide.",
])
def test_toujours_as_an_aside_before_a_means_does_not_fire(engines, text):
    assert "BL301" not in codes(engines, "ad-fr", text)


@pytest.mark.parametrize("text", [
    "Nos techniciens vous répondent, toujours à l'heure, sur chaque ticket urgent.",
    "Nous vous livrons, toujours en moins de deux heures, une machine prête.",
])
def test_toujours_aside_naming_a_property_or_a_delay_still_fires(engines, text):
    found = codes(engines, "ad-fr", text)
    assert "BL301" in found or "BL304" in found or "BL302" in found


def test_toujours_after_a_clause_of_no_change_does_not_fire(engines):
    text = ("Le tableau de bord n'est pas différent de l'ancien. Nous affichons toujours "
            "vos sites et vos bases, nous ajoutons juste un autre onglet.")
    assert "BL301" not in codes(engines, "ad-fr", text)


def test_toujours_with_a_delay_after_a_clause_of_no_change_still_promises(engines):
    text = "Rien ne change pour vous : nous répondons toujours en 5 minutes aux tickets."
    found = codes(engines, "ad-fr", text)
    assert {"BL301", "BL302", "BL304"} & set(found)


def test_toujours_without_a_clause_of_no_change_still_fires(engines):
    text = "Le tableau de bord est clair. Nous affichons toujours vos sites et vos bases."
    assert "BL301" in codes(engines, "ad-fr", text)


def test_always_after_a_clause_of_no_change_still_fires_in_english(engines):
    # English says *still* with "still": "always" stays an absolute
    text = ("The new dashboard is not different from the old one. We always keep your "
            "sites online.")
    assert "BL301" in codes(engines, "ad-en", text)


# --- a dismissal turned down (BL103) --------------------------------------------------

@pytest.mark.parametrize(("key", "text"), [
    ("lego-en", "New sets arrive every month, so your children never have to stop building."),
    ("ad-en", "You do not need to stop your databases during the move: we handle it."),
    ("ad-en", "No need to stop your websites during the move: we handle it."),
    ("ad-fr", "Inutile d'arrêter vos sites pendant le transfert : nous nous en chargeons."),
])
def test_a_stopping_turned_down_keeps_the_idea_word(engines, key, text):
    assert "BL103" not in codes(engines, key, text, channel="web")


@pytest.mark.parametrize(("key", "text"), [
    ("lego-en", "No need to build anything: every set comes glued and ready."),
    ("ad-en", "Stop using databases: a spreadsheet does the job."),
    ("ad-fr", "Inutile de gérer vos sites : un simple fichier suffit."),
])
def test_a_dismissal_of_the_idea_word_itself_still_fires(engines, key, text):
    assert "BL103" in codes(engines, key, text, channel="web")
