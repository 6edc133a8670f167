"""BL206 reads « sans suite » as frustration when a request went unanswered (« mes appels
sont restés sans suite »), not in the name of an administrative decision (« classé sans
suite », « classer sans suite »: a file closed with no further action, reported with its
reason), the procedure's word, not a dead end in the brand's voice. French only: English
names that decision "no further action", which the lexicon reads as coldness (BL207),
untouched here. Real model, the profile of the real-text check (Démarches simplifiées)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def procedure_fr():
    from brandlint.analysis.pipeline import Analyser
    from brandlint.engine import Engine
    from brandlint.profile import load_profile
    from brandlint.selection import Selection

    profile = load_profile(ROOT / "profiles" / "real-demarches-simplifiees-fr.yaml")
    return Engine(profile, Analyser(profile), Selection.build(profile))


def negative(engine, text, channel):
    from brandlint.sources import Document, SourceMap

    document = Document(path="d.txt", text=text, source_map=SourceMap(text), channel=channel)
    return [d.severity.name.lower() for d in next(iter(engine.run([document]))).diagnostics
            if d.code == "BL206"]


def test_a_request_left_unanswered_is_still_frustration(procedure_fr):
    text = ("Bonjour,\nVotre demande est restée sans suite, vos relances aussi sont restées "
            "sans suite, et malheureusement nous ne pouvons pas la rouvrir.\nCordialement")
    assert negative(procedure_fr, text, "email") == ["warning"]


@pytest.mark.parametrize("channel,text", [
    ("email", "Bonjour,\nVotre demande de subvention a été classée sans suite le 2 avril, puis "
              "votre seconde demande a été classée sans suite le 9 avril. Le motif est le "
              "suivant : l'attestation d'assurance est absente.\nCordialement"),
    ("help", "L'onglet « traités » regroupe les demandes acceptées, refusées ou classées sans "
             "suite. Pour classer sans suite une demande, ouvrez-la et choisissez le motif."),
])
def test_the_name_of_a_decision_closing_a_file_is_not_frustration(procedure_fr, channel, text):
    assert negative(procedure_fr, text, channel) == []


def test_a_help_page_naming_statuses_and_a_retention_period_is_not_negative(procedure_fr):
    # the statuses (« refusées », « classées sans suite »), a retention period that expires
    # and the date it runs from are the procedure's facts, not the brand stuck or pushing
    text = ("Que contient l'onglet « corbeille » ?\nL'onglet « expirant » contient les "
            "demandes dont le délai de conservation va bientôt expirer. Les demandes refusées "
            "ou classées sans suite y passent aussi, et il est possible de refuser une demande "
            "déjà acceptée.\nÀ partir de la date de mise à la corbeille, vous disposez de 14 "
            "jours pour les restaurer. Passé ce délai, elles seront supprimées.")
    assert negative(procedure_fr, text, "help") == []


@pytest.mark.parametrize("text,deal", [
    ("Nos formules\nL'abonnement est à partir de 9 € par mois, sans engagement.", True),
    ("Nos formules\nL'abonnement court à partir de la date de votre inscription.", False),
])
def test_a_partir_de_is_a_price_only_before_an_amount(procedure_fr, text, deal):
    from brandlint.sources import Document, SourceMap

    document = procedure_fr.resolve_channel(
        Document(path="d.txt", text=text, source_map=SourceMap(text), channel="help"))
    (doc_, doc), = list(procedure_fr.analyser.pipe([document]))
    words = procedure_fr.analyse(doc_, doc).tone.words("deal")
    assert bool(words) is deal
