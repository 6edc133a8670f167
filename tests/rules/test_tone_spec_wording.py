"""A system's specification in its usual wording (real-text source 38, alwaysdata's help
centre: technical help read as cold administration). On a technical page — documentation of
how a system works, told in its terms, its files and its menu paths — a requirement in the
impersonal or the passive (« doit être déclarée », « il faut indiquer », "it is required",
"spaces are not accepted") is the spec, not an office's coldness (BL207). Near misses: the same
page withholding an act of service from the reader stays cold, and so does the same wording
on a page about a shop's returns. Texts our own; FR and EN on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Nuagerie
language: fr
address: vous
central_idea:
  statement: "Héberger vos applications sans vous soucier des serveurs."
  lexicon: [héberger, hébergement, application, serveur]
channels:
  help: {tones: [solution, reassurance]}
  after_sales: {tones: [solution, reassurance], service: true}
""",
    "en": """\
brand: Nuagerie
language: en
address: formal
central_idea:
  statement: "Host your applications without worrying about servers."
  lexicon: [host, hosting, application, server]
channels:
  help: {tones: [solution, reassurance]}
  after_sales: {tones: [solution, reassurance], service: true}
""",
}

TECH_FR = (
    'Tâches planifiées\nÀ configurer dans le menu Avancé > Tâches planifiées. Chaque '
    'tâche doit être déclarée avec sa fréquence au format cron. Il faut indiquer le '
    'chemin complet du script, par exemple /home/[compte]/scripts/backup.sh. Les '
    'espaces ne sont pas acceptés dans le nom du répertoire. Le log de chaque exécution '
    'est écrit dans le fichier /home/[compte]/admin/logs/jobs.log. Si le processus '
    "dépasse la durée maximale, il doit être relancé depuis l'interface.")
TECH_EN = (
    'Scheduled tasks\nTo configure in Advanced > Scheduled tasks. Each task must be '
    'declared with its frequency in cron syntax. It is required to give the full path '
    'of the script, for example /home/[account]/scripts/backup.sh. Spaces are not '
    'accepted in the directory name. The log of each run is written to the file '
    '/home/[account]/admin/logs/jobs.log. If the process exceeds the maximum duration, '
    'it must be restarted from the interface.')
REFUSAL_FR = (
    'Tâches planifiées\nÀ configurer dans le menu Avancé > Tâches planifiées. Chaque '
    'tâche doit être déclarée avec sa fréquence au format cron, dans le fichier '
    '/home/[compte]/admin/jobs.cron. Aucune assistance ne pourra être apportée sur les '
    "scripts des clients. Aucun remboursement n'est effectué si une tâche échoue. Le "
    'log est écrit dans /home/[compte]/admin/logs/jobs.log. Il convient de vérifier le '
    "processus depuis l'interface.")
SHOP_FR = (
    'Retours et échanges\nChaque retour doit être déclaré dans les 14 jours suivant la '
    "livraison. Il faut joindre la facture d'origine au colis. Les articles soldés ne "
    "sont pas acceptés en retour. Il convient de renvoyer l'article dans son emballage "
    "d'origine, sans quoi il ne sera pas remboursé. Les frais de retour sont à la "
    'charge du client.')
SHOP_EN = (
    'Returns and exchanges\nEach return must be declared within 14 days of delivery. It '
    'is required to enclose the original invoice with the parcel. Sale items are not '
    'accepted for return. The item must be sent back in its original packaging, '
    'otherwise it will not be refunded. Return costs are borne by the customer.')


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "nuagerie", "help")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("lang,text", [("fr", TECH_FR), ("en", TECH_EN)])
def test_a_technical_pages_requirements_are_its_spec_not_coldness(lint, lang, text):
    assert "BL207" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [("fr", REFUSAL_FR), ("fr", SHOP_FR), ("en", SHOP_EN)])
def test_near_miss_a_service_withheld_or_a_shops_rules_stay_cold(lint, lang, text):
    assert "BL207" in codes(lint(lang, text))
