"""BL301 on real copy (issue 7, rt40a): absolutes that claim nothing once the frame knows
what the clause does. FR and EN on the real models with the Abriel profiles (an insurer);
texts are our own.

- the reader's own control or consent as the absolute's condition (« toujours sous le
  contrôle du client », "always under the control of the customer"): a data policy;
- a result tied to the reader's option or to a requirement on what they set ("you may
  charge the fees to the payee, which guarantees…", "They must match the hours set in your
  account, so… never…"): conditional on the reader's act, reported one level lower;
- « toujours » before a membership (« nous sommes toujours adhérents de… »): still;
- the brand's own practice after « C'est la raison pour laquelle » with a verb the small
  French model tags a noun: the consequence opener's « c' » is no subject of it.
"""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import codes, profile_engines, warned


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


def claim_codes(engines, lang, text, channel="web"):
    return warned(engines, lang, text, channel, "BL3")


def all_claims(engines, lang, text, channel="web"):
    return codes(engines, lang, text, channel, "BL3")


# -- the reader's control or consent -----------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos pièces justificatives sont hébergées à Nantes. Ce lieu pourra changer, "
           "toujours sous le contrôle exprès du client lui-même."),
    ("fr", "Nous transférons vos relevés à votre courtier, toujours avec votre accord."),
    ("en", "Your claim documents are stored in Nantes. That place may change, always under "
           "the control of the customer."),
    ("en", "We pass your statements on to your broker, always with your consent."),
])
def test_the_readers_control_as_condition_is_a_policy(engines, lang, text):
    assert "BL301" not in claim_codes(engines, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos pièces justificatives sont hébergées à Nantes. Ce lieu pourra changer, "
           "toujours sous le contrôle de nos experts."),
    ("fr", "Nous transférons vos relevés à votre courtier, toujours sans erreur."),
    ("en", "Your claim documents are stored in Nantes. That place may change, always under "
           "the control of our experts."),
    ("en", "We pass your statements on to your broker, always without a single error."),
])
def test_near_miss_the_brands_own_control_still_claims(engines, lang, text):
    assert "BL301" in claim_codes(engines, lang, text)


# -- a result of the reader's option or requirement -------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "À la clôture d'un contrat, vous pouvez faire payer les frais bancaires au "
           "bénéficiaire, ce qui garantit que 100 % du solde lui sera versé."),
    ("en", "When closing a policy, you have the option of charging the bank fees to the "
           "beneficiary, which will guarantee that 100% of the balance is paid out."),
    ("en", "They must match the opening hours set in your garage account, so repairs are "
           "never booked outside them."),
])
def test_a_result_of_the_readers_option_is_lowered(engines, lang, text):
    found = all_claims(engines, lang, text)
    assert ("BL301", "warning") not in found
    assert ("BL301", "info") in found


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre équipe relit chaque dossier deux fois, ce qui garantit que 100 % des "
           "sinistres sont réglés sans erreur."),
    ("en", "Our experts must check every file twice, so claims are never settled late."),
    ("en", "Our team reviews each file, which will guarantee that 100% of the balance is "
           "paid out."),
])
def test_near_miss_a_result_of_the_brands_own_work_still_claims(engines, lang, text):
    assert "BL301" in claim_codes(engines, lang, text)


# -- « toujours » before a membership: still --------------------------------------------

def test_a_membership_kept_reads_still(engines):
    text = ("Dans le même esprit, nous sommes toujours adhérents de la fédération des "
            "mutuelles, ce qui nous donne accès à ses outils.")
    assert "BL301" not in claim_codes(engines, "fr", text)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos experts sont toujours joignables et toujours ponctuels."),
    ("en", "Our experts are always on time and always friendly."),
])
def test_near_miss_a_property_said_always_fires(engines, lang, text):
    assert "BL301" in claim_codes(engines, lang, text)


def test_still_a_member_in_english_claims_nothing(engines):
    assert "BL301" not in claim_codes(
        engines, "en", "In the same spirit, we are still members of the federation of "
                       "mutual insurers.")


# -- the brand's practice after a consequence opener ------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "C'est la raison pour laquelle nous n'effectuons jamais de virement sans pièce "
           "signée."),
    ("fr", "C'est pour cela que nous ne stockons jamais les numéros de carte."),
    ("en", "This is the reason why we never run a transfer without a signed form."),
])
def test_the_brands_practice_after_a_consequence_opener_is_a_policy(engines, lang, text):
    assert "BL301" not in claim_codes(engines, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fr", "C'est la raison pour laquelle nos remboursements n'arrivent jamais en retard."),
    ("en", "That's why our refunds never arrive late."),
])
def test_near_miss_an_outcome_after_a_consequence_opener_fires(engines, lang, text):
    assert "BL301" in claim_codes(engines, lang, text)


# -- the team's inventiveness and way of working, said of itself -------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos gestes pour le climat :\n- Télétravail à 100% : notre équipe travaille depuis "
           "plusieurs années à distance, ce qui limite les émissions liées aux trajets ;\n- "
           "Matériel reconditionné : nos postes de travail sont achetés d'occasion."),
    ("fr", "Quatre ans plus tard, nous voilà plus libres. Et comme nous ne sommes jamais à "
           "court d'idées, nous avons quelques projets sur le feu pour vous permettre d'aller "
           "encore plus loin."),
    ("en", "Our climate measures:\n- 100% remote: our team has been working from home for "
           "several years, which limits the emissions of commuting;\n- Refurbished hardware: "
           "our laptops are bought second-hand."),
    ("en", "Four years on, we are freer. And as we are never short of ideas, we have a few "
           "projects on the stove to let you go even further."),
])
def test_the_teams_own_portrait_claims_nothing(engines, lang, text):
    assert "BL301" not in claim_codes(engines, lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Quatre ans plus tard, nous voilà plus libres. Et comme nous ne sommes jamais à "
           "court de pièces, nous avons toujours de quoi réparer votre chaudière."),
    ("fr", "Nos gestes pour vous :\n- Chauffage fiable à 100% : nos techniciens passent "
           "chaque année."),
    ("en", "Our promise:\n- 100% reliable heating: our technicians visit every year."),
])
def test_near_miss_a_stock_or_a_service_said_absolutely_fires(engines, lang, text):
    assert "BL301" in claim_codes(engines, lang, text)
