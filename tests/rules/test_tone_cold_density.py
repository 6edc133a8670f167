"""Coldness the draft speaks in, not a few passives of a long page (real check 37: Open
Collective's help articles, 300–650 words to "you", read as cold notices for "it is required
by US law", "invitations expire if they are not accepted", a glossary of statuses). BL207
says the draft reads as a cold, administrative notice: its coldness must weigh something per
hundred words of it, as an off-target tone must. Near misses: the same passives in a short
notice, and a long page cold from end to end, stay cold. Texts our own; FR and EN on the real
models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """\
brand: Cagnotine
language: fr
address: vous
central_idea:
  statement: "Collecter et dépenser ensemble, en toute transparence."
  lexicon: [collecte, cagnotte, transparence, ensemble]
channels:
  help: {tones: [solution, reassurance]}
  email: {tones: [reassurance, solution]}
""",
    "en": """\
brand: Cagnotine
language: en
address: formal
central_idea:
  statement: "Raise and spend money together, in the open."
  lexicon: [fund, funds, together, open]
channels:
  help: {tones: [solution, reassurance]}
  email: {tones: [reassurance, solution]}
""",
}

LONG_EN = (
    'Following an expense from start to payment\n'
    'This guide explains the words you will see on an expense, so you always know where '
    'it stands and who acts next.\n'
    'Each expense goes through a few stages:\n'
    'Draft: you have prepared the expense, or someone invited you to complete it. Nothing '
    'is sent until you submit it. A draft that is not submitted within 30 days expires.\n'
    'Pending: the expense has been submitted to your group. An admin of the group reviews '
    'it and can ask you a question about it.\n'
    'Approved: an admin has approved the expense. It now waits for the treasurer, who '
    'pays approved expenses twice a month.\n'
    'Rejected: the expense has been rejected by an admin. The reason is shown on the '
    'expense, and you can edit it and submit it again.\n'
    'Paid: the money has been sent to the account you gave. Depending on your bank, it '
    'can take two to five working days to show on your statement.\n'
    'About tax forms\n'
    'If you are paid more than 600 dollars in a year, a tax form is required by US law. '
    'You will be asked for it when you submit an expense above that amount, and the '
    'expense is held until the form is received. Keep a copy of the form for your own '
    'records.\n'
    'Where to find your expenses\n'
    'Open your profile, choose Expenses, and use the filters at the top of the list to '
    'show only the stages you care about. You can download the list as a spreadsheet for '
    'your accounts.')
LONG_FR = (
    "Suivre une dépense jusqu'au paiement\n"
    'Ce guide explique les mots que vous voyez sur une dépense, pour savoir où elle en '
    'est et qui agit ensuite.\n'
    'Chaque dépense passe par quelques statuts :\n'
    "Brouillon : vous avez préparé la dépense, ou quelqu'un vous a invité à la compléter. "
    "Rien n'est envoyé tant que vous ne l'avez pas déposée. Un brouillon qui n'est pas "
    'déposé sous 30 jours expire.\n'
    'Déposée : la dépense a été déposée auprès de votre groupe. Un administrateur du '
    "groupe l'examine et peut vous poser une question à son sujet.\n"
    'Approuvée : un administrateur a approuvé la dépense. Elle attend maintenant le '
    'trésorier, qui paie les dépenses approuvées deux fois par mois.\n'
    'Refusée : la dépense a été refusée par un administrateur. Le motif est indiqué sur '
    'la dépense, et vous pouvez la modifier puis la déposer à nouveau.\n'
    "Payée : l'argent a été versé sur le compte que vous avez indiqué. Selon votre "
    'banque, il peut apparaître sur votre relevé en deux à cinq jours ouvrés.\n'
    'À propos des justificatifs fiscaux\n'
    "Au-delà de 1 500 euros perçus dans l'année, une attestation est exigée par la loi. "
    'Elle vous est demandée quand vous déposez une dépense au-dessus de ce montant, et la '
    "dépense est suspendue jusqu'à sa réception. Gardez une copie de l'attestation pour "
    'vos propres dossiers.\n'
    'Où retrouver vos dépenses\n'
    'Ouvrez votre profil, choisissez Dépenses, et utilisez les filtres en haut de la '
    "liste pour n'afficher que les étapes qui vous intéressent. Vous pouvez télécharger "
    'la liste sous forme de tableur pour votre comptabilité.')
RULES_EN = (
    'Expense submission rules\n'
    'Members are reminded that every expense must be submitted within 30 days of the date '
    'of purchase. Expenses submitted after this period will not be processed.\n'
    'Each expense must be accompanied by an original receipt. Illegible or incomplete '
    'receipts will be rejected without further notice. No reminders will be sent by the '
    'treasurer.\n'
    'Meals, travel and accommodation are subject to the prior approval of the board. '
    'Failing this, no reimbursement will be made.\n'
    'The amount reimbursed shall not exceed the amount shown on the receipt. Requests for '
    'changes after validation are inadmissible.\n'
    'Members are required to keep the originals for a period of five years. The board '
    'reserves the right to request them at any time.')
RULES_FR = (
    'Règles de dépôt des dépenses\n'
    'Il est rappelé aux membres que toute dépense doit être déposée dans un délai de 30 '
    "jours à compter de la date d'achat. Les dépenses déposées hors délai ne seront pas "
    'traitées.\n'
    "Chaque dépense doit être accompagnée d'un justificatif original. Les justificatifs "
    'illisibles ou incomplets seront rejetés sans autre notification. Aucune relance ne '
    'sera effectuée par le trésorier.\n'
    "Les frais de bouche, de transport et d'hébergement sont soumis à l'accord préalable "
    'du bureau. À défaut, ils ne pourront donner lieu à aucun remboursement.\n'
    'Le montant remboursé ne saurait excéder le montant figurant sur le justificatif. '
    'Toute demande de modification après validation est irrecevable.\n'
    'Les membres sont tenus de conserver les originaux pendant une durée de cinq ans. Le '
    'bureau se réserve le droit de demander leur production à tout moment.')
NOTICE_EN = (
    "We inform you that the invitation sent on 3 March has expired, as it was not accepted "
    "within the required period. The expense has been closed.")
NOTICE_FR = (
    "Nous vous informons que l'invitation envoyée le 3 mars a expiré, faute d'avoir été "
    "acceptée dans le délai requis. La dépense a été clôturée.")


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "cagnotine", "help")


@pytest.fixture(scope="module")
def lint_email(lint_profile_texts):
    return lint_profile_texts(PROFILES, "cagnotine", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.severity >= 2}


@pytest.mark.parametrize("lang,text", [("fr", LONG_FR), ("en", LONG_EN)])
def test_a_long_help_page_to_the_reader_with_a_few_passive_rules_is_not_cold(lint, lang, text):
    assert "BL207" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [("fr", NOTICE_FR), ("en", NOTICE_EN)])
def test_near_miss_the_same_rule_in_a_short_notice_is_cold(lint_email, lang, text):
    assert "BL207" in codes(lint_email(lang, text))


@pytest.mark.parametrize("lang,text", [("fr", RULES_FR), ("en", RULES_EN)])
def test_near_miss_a_page_cold_from_end_to_end_stays_cold(lint, lang, text):
    assert "BL207" in codes(lint(lang, text))
