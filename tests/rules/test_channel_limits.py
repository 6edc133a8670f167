"""BL2xx channel limits: characters, words, readability — each from the profile."""

from __future__ import annotations

from tests.conftest import codes


def test_sms_over_160_characters_fires_with_the_count(lint):
    text = "Votre atelier créatif vous attend samedi à 10 h au magasin LEGO des Halles. " * 3
    (d,) = [d for d in lint(text, channel="sms") if d.code == "BL201"]
    assert str(len(text.strip())) in d.message and "160" in d.message


def test_sms_within_limit_does_not_fire(lint):
    assert "BL201" not in codes(lint("Votre atelier créatif vous attend samedi à 10 h !",
                                     channel="sms"))


def test_channel_without_limit_never_fires(lint):
    assert "BL201" not in codes(lint("Imaginez. " * 100, channel="web"))


def test_email_over_max_words_warns(lint):
    text = "Imaginez, construisez et partagez vos créations avec toute la famille. " * 20
    assert "BL202" in codes(lint(text, channel="email"))
    assert "BL202" not in codes(lint(text, channel="web"))


def test_hard_email_is_below_readability_target(lint):
    hard = ("Conformément aux dispositions contractuelles précédemment communiquées, "
            "l'acheminement des commandes s'effectue prioritairement selon la disponibilité "
            "logistique constatée, indépendamment des considérations organisationnelles.")
    (d,) = [d for d in lint(hard, channel="email") if d.code == "BL203"]
    assert "facilité de lecture" in d.message  # a French profile reports in French


def test_plain_email_meets_readability_target(lint):
    easy = "Votre colis part demain. Vous pourrez construire ce week-end ! Belle création."
    assert "BL203" not in codes(lint(easy, channel="email"))
