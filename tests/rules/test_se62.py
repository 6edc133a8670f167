"""Three readings of a service reply (se62), on the real models, FR and EN, each firing and
near miss:

- what the customer said was missing, found after all as a rule of experience (« les caisses
  que les clients déclarent perdues finissent par refaire surface », "crates reported lost
  usually turn up in a back room") likens their account to claims that hide a truth: doubt
  (BL402); the thing that did not arrive ("crates that didn't turn up") is the problem told;
- an order softened by a hedge and bound to the next time (« peut-être pourriez-vous
  vérifier … la prochaine fois », "next time, maybe check the photo") is advice for next
  time: blame (BL401); the brand's own hedged plan for next time is not;
- the customer measured against what any competent person knows (« comme tout cycliste
  expérimenté le sait », "as any experienced cyclist would tell you") talks down (BL404);
  the brand's own staff named as the witnesses (« comme tout notre atelier… », "as any of
  our mechanics…") does not;
- the customer's own people named as the cause (« c'est que vos serveurs rangent les
  tabliers avec les couteaux », "because your kitchen staff stack them with the knives",
  or with the problem's origin in the next sentence) is blame (BL401); what those people
  told us is not.
"""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


# --- what was said missing, found after all: doubt ------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nDésolés pour les caisses manquantes. D'expérience, les caisses que les "
           "clients déclarent perdues finissent par refaire surface dans une réserve. Nous "
           "vérifions notre registre et revenons vers vous sous 2 jours.\n\nCordialement"),
    ("en", "Hi Joe,\n\nSorry about the missing crates. In our experience, crates that customers "
           "report lost usually turn up in a back room a week later. We'll check our van log "
           "and come back to you within 2 days.\n\nBest"),
    ("en", "Hi Joe,\n\nSorry about that. We see this quite a lot, crates reported missing that "
           "turn up later with the porter. We'll check our van log and come back to you within "
           "2 days.\n\nBest"),
    ("en", "Hi Joe,\n\nSorry about that. In our experience, crates that clients are sure they "
           "sent back tend to turn up in the cellar. We'll check our van log and come back to "
           "you within 2 days.\n\nBest"),
])
def test_missing_things_said_to_turn_up_doubt_the_account(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nBeaucoup de clients nous signalent des caisses manquantes cette "
           "semaine : notre camion est tombé en panne lundi. Les vôtres repartent demain "
           "matin.\n\nCordialement"),
    ("en", "Hi Joe,\n\nWe get a lot of calls about crates that didn't turn up this week: our "
           "van broke down on Monday. Yours go out again tomorrow morning.\n\nBest"),
])
def test_things_that_did_not_arrive_doubt_nothing(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# --- a hedged order for next time: blame ----------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour ce souci ! La couleur de votre commande était bien marine, comme "
           "envoyé. Peut-être pourriez-vous vérifier la photo la prochaine fois avant de "
           "commander. Passez en boutique, on vous l'échange aujourd'hui."),
    ("en", "Sorry for the trouble, Ben! The colour on your order was navy, which is what we "
           "sent — next time, maybe check the photo before you order. Pop in and we'll swap "
           "it today."),
])
def test_hedged_order_for_next_time_blames(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés, nous n'avions plus de marine ! La prochaine fois, peut-être pourrions-"
           "nous vous mettre un article de côté. Passez en boutique, on vous l'échange "
           "aujourd'hui."),
    ("en", "Sorry we ran out of navy, Ben! Next time, maybe we can put one aside for you. Pop "
           "in and we'll swap it today."),
])
def test_brands_hedged_plan_for_next_time_blames_no_one(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# --- the customer measured against anyone competent: condescension ---------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour la crevaison. Comme tout cycliste expérimenté le sait, le verre sur "
           "la route coupe les pneus. Nous changeons la chambre à air aujourd'hui."),
    ("fr", "Désolés pour la crevaison. Il suffit de regonfler le pneu chaque semaine, comme le "
           "ferait n'importe quel cycliste prudent. Nous changeons la chambre à air "
           "aujourd'hui."),
    ("en", "Sorry about the puncture. As any experienced cyclist would tell you, glass on the "
           "road will cut a tyre. We'll fit a new inner tube today."),
])
def test_customer_measured_against_any_competent_person_talks_down(lint, lang, text):
    assert "BL404" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour la crevaison. Comme tout notre atelier vous le dira, ce pneu tient "
           "des années : nous le changeons gratuitement aujourd'hui."),
    ("en", "Sorry about the puncture. As any of our mechanics will tell you, this tyre should "
           "have lasted years: we'll replace it free of charge today."),
])
def test_brands_own_staff_as_witnesses_talks_down_to_no_one(lint, lang, text):
    assert "BL404" not in sincerity(lint, text, lang)


# --- the customer's own people named as the cause: blame ------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés pour les tabliers abîmés. Si les tabliers "
           "reviennent déchirés, c'est que vos serveurs rangent les tabliers avec les couteaux. "
           "Nous "
           "les reprenons et vous les rendons réparés sous 3 jours.\n\nCordialement"),
    ("fr", "Bonjour,\n\nNous sommes désolés pour les tabliers manquants. Vos cuisiniers "
           "emportent souvent nos tabliers chez eux. Le problème vient sans doute de là. "
           "Nous vous en livrons dix de plus sous 3 jours.\n\nCordialement"),
    ("en", "Hi Sara,\n\nSorry about the torn aprons. They tear like that because your "
           "kitchen staff stack them with the knives. We'll take them back and return them "
           "mended within 3 days.\n\nBest"),
])
def test_customers_own_people_named_as_the_cause_blames(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés pour les tabliers manquants : nous le savons "
           "parce que vos serveurs l'ont signalé à notre chauffeur lundi. Nous vous en "
           "livrons dix de plus sous 3 jours.\n\nCordialement"),
    ("en", "Hi Sara,\n\nSorry about the missing aprons: we know because your kitchen staff "
           "told our driver on Monday. Ten more will reach you within 3 days.\n\nBest"),
])
def test_what_their_people_told_us_blames_no_one(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)
