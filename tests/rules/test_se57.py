"""The coming of the brand's tradesperson is the repair service's step: "our engineer will
be out within six weeks", « notre technicien passera d'ici six semaines » is held to the
profile's repair commitment (BL408), though no word of the repair service is said. And
the first slot the brand can give ("The first visit I can offer is in six weeks", « le
premier créneau que je peux vous proposer, c'est dans six semaines ») is when its next
step comes, whatever the clause's subject. A step within the commitment, or a team at
large with no trade, does not fire. On the real models (the test profile: repair within
3 weeks), FR and EN."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Petit,\n\nToutes nos excuses pour le lave-linge qui fuit "
           "encore. Le joint est commandé et notre technicien passera le poser d'ici six "
           "semaines environ.\n\nBien à vous"),
    ("en", "Hi Mrs Grant,\n\nSo sorry the dishwasher is leaking again. The pump is on order "
           "and our engineer will be out to fit it within the next six weeks or so.\n\n"
           "Best wishes"),
])
def test_a_tradesperson_coming_later_than_the_repair_commitment_fires(lint, lang, text):
    assert "BL408" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Petit,\n\nToutes nos excuses pour le lave-linge qui fuit "
           "encore. Le joint est commandé et notre technicien passera le poser d'ici deux "
           "semaines environ.\n\nBien à vous"),
    ("en", "Hi Mrs Grant,\n\nSo sorry the dishwasher is leaking again. The pump is on order "
           "and our engineer will be out to fit it within the next two weeks or so.\n\n"
           "Best wishes"),
])
def test_near_miss_a_tradesperson_within_the_repair_commitment_does_not_fire(lint, lang,
                                                                             text):
    assert "BL408" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Comptoir, Julie bonjour.\n[Client : Mon four ne chauffe plus "
           "depuis hier.]\nConseillère : Je suis vraiment désolée. Je vous réserve un "
           "technicien pour vérifier le four. Le premier créneau que je peux vous proposer, "
           "c'est dans six semaines environ."),
    ("en", "Agent: Comptoir, Julie speaking.\n[Customer: My oven stopped heating yesterday.]"
           "\nAgent: I'm really sorry. I'm booking an engineer to check the oven. The first "
           "visit I can offer is in about six weeks."),
])
def test_the_first_slot_offered_later_than_the_commitment_fires(lint, lang, text):
    assert "BL408" in sincerity(lint, text, lang, "phone_script")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseillère : Comptoir, Julie bonjour.\n[Client : Mon four ne chauffe plus "
           "depuis hier.]\nConseillère : Je suis vraiment désolée. Je vous réserve un "
           "technicien pour vérifier le four. Le premier créneau que je peux vous proposer, "
           "c'est dans dix jours."),
    ("en", "Agent: Comptoir, Julie speaking.\n[Customer: My oven stopped heating yesterday.]"
           "\nAgent: I'm really sorry. I'm booking an engineer to check the oven. The first "
           "visit I can offer is in ten days."),
])
def test_near_miss_the_first_slot_within_the_commitment_does_not_fire(lint, lang, text):
    assert "BL408" not in sincerity(lint, text, lang, "phone_script")


@pytest.mark.parametrize("lang,text", [
    # a team at large names no trade: no repair commitment to hold the step to
    ("fr", "Bonjour Monsieur Petit,\n\nMerci pour votre message. Notre équipe passera "
           "d'ici six semaines environ.\n\nBien à vous"),
    ("en", "Hi Mrs Grant,\n\nThanks for your message. Our team will be out within the next "
           "six weeks or so.\n\nBest wishes"),
])
def test_near_miss_a_team_with_no_trade_is_no_repair_step(lint, lang, text):
    assert "BL408" not in sincerity(lint, text, lang)


# The case header a reply opens with ("Ref: … — model, collected on a date") is the brand's
# own record of the customer's case: asking for its model or date again is a repeat (BL405).
@pytest.mark.parametrize("lang,text", [
    ("fr", "Dossier : RX-5521 — Lenovo T14, remplacement d'écran, retiré le 2 juin\n\n"
           "Bonjour Madame Roux,\n\nMerci pour votre message et désolés pour ce souci.\n\n"
           "Pour avancer, pourriez-vous nous indiquer le modèle de votre ordinateur et la "
           "date à laquelle vous l'avez retiré ?\n\nLe service client"),
    ("en", "Ref: RX-5521 — Lenovo T14, screen replacement, collected 2 June\n\nDear Ms Roux,"
           "\n\nThank you for your message, and sorry for the trouble.\n\nSo we can look into "
           "this, please reply with the model of your laptop and the date you collected it."
           "\n\nCustomer Care"),
])
def test_asking_again_for_what_the_case_header_shows_fires(lint, lang, text):
    assert "BL405" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the same first line with no case label: a title, not the record of their case
    ("fr", "Remplacement d'écran — Lenovo T14, retiré le 2 juin\n\n"
           "Bonjour Madame Roux,\n\nMerci pour votre message et désolés pour ce souci.\n\n"
           "Pour avancer, pourriez-vous nous indiquer le modèle de votre ordinateur et la "
           "date à laquelle vous l'avez retiré ?\n\nLe service client"),
    ("en", "Screen replacement — Lenovo T14, collected 2 June\n\nDear Ms Roux,"
           "\n\nThank you for your message, and sorry for the trouble.\n\nSo we can look into "
           "this, please reply with the model of your laptop and the date you collected it."
           "\n\nCustomer Care"),
])
def test_near_miss_a_first_line_with_no_case_label_is_no_record(lint, lang, text):
    assert "BL405" not in sincerity(lint, text, lang)
