"""Problem words in another use (issue 8, real-copy judge of round 30): a service reply
admits a problem only when the word names one that happened — not

- a comparative of time: "your watch-later list" is afterwards, not late (a lateness
  against a time, "later than we promised", still admits);
- an option of the reader's: "you are able to delay its expiry", « vous pouvez retarder
  son expiration » (the brand's "we delayed your refund" still admits);
- a rule of what follows from any case: "Any change will result in the cancellation…",
  « Toute modification entraîne l'annulation… » (the change that did cancel a booking
  still admits);
- a breakdown of money figures: "the breakdown of your earnings" (a van's breakdown on
  the way still admits).

The texts are our own; the categories come from real app strings and mails judged in
/work/runs/judge30 (Démarches simplifiées, Tournesol, Liberapay)."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Voltavie
language: fr
central_idea:
  statement: "Des vélos électriques réparés vite et près de chez vous."
  lexicon: [vélo, atelier, réparation, batterie]
channels:
  web: {tones: [joy]}
  app: {tones: [solution], service: true}
  after_sales: {tones: [speed, reassurance], service: true}
promises:
  refund: {within: 7d}
""",
    "en": """
brand: Voltavie
language: en
central_idea:
  statement: "E-bikes repaired fast and close to you."
  lexicon: [bike, workshop, repair, battery]
channels:
  web: {tones: [joy]}
  app: {tones: [solution], service: true}
  after_sales: {tones: [speed, reassurance], service: true}
promises:
  refund: {within: 7d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "voltavie30", "after_sales")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


@pytest.mark.parametrize("lang,text,channel", [
    ("en", "The bike has been added to your test-ride later list.", "app"),
    ("en", "Your draft expires soon. You are able to delay its expiry with the button below.",
     "app"),
    ("fr", "Votre brouillon expire bientôt. Vous pouvez retarder son expiration avec le bouton "
           "ci-dessous.", "app"),
    ("en", "Any change will result in the cancellation of your booking. Confirm the change?",
     "app"),
    ("fr", "Toute modification entraîne l'annulation de la réservation. Confirmer la "
           "modification ?", "app"),
    ("en", "Here is the breakdown of your earnings this month: repairs 12, rentals 3.", "app"),
])
def test_a_problem_word_in_another_use_admits_nothing(lint, lang, text, channel):
    assert "BL403" not in codes(lint(lang, text, channel))


@pytest.mark.parametrize("lang,text", [
    ("en", "Your delivery came later than we promised. It arrives on Tuesday."),
    ("en", "We delayed your refund. It will reach you on Monday."),
    ("fr", "Nous avons retardé votre remboursement. Il arrivera lundi."),
    ("en", "The change resulted in the cancellation of your booking. We can rebook you for "
           "Friday at 10."),
    ("fr", "La modification a entraîné l'annulation de votre réservation. Nous pouvons vous "
           "proposer vendredi à 10 h."),
    ("en", "There was a breakdown of our van on the way. Your bike comes back tomorrow at 10."),
])
def test_the_problem_that_happened_still_owes_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


# -- a charge for a time the service did not serve (blind 29) ----------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Ms Hale,\n\nWe acknowledge that Tom was charged for four rentals (3–6 May) while "
           "he was off sick. Your account will be credited £20 within 7 days.\n\nKind regards,\n"
           "Voltavie"),
    ("fr", "Bonjour Madame Hébert,\n\nNous confirmons que Lou a été facturée pour quatre "
           "locations (3–6 mai) alors qu'elle était malade. Votre compte sera recrédité de 20 € "
           "sous 7 jours.\n\nCordialement,\nVoltavie"),
])
def test_a_charge_for_a_time_not_served_is_admitted(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    # the house rule in the present, and its exception as a condition (« sauf », "unless")
    ("en", "Hi Ms Hale,\n\nRentals are charged for the days booked, even when a rider is away, "
           "unless cancelled 24 hours ahead. You can cancel in the app.\n\nKind regards,\n"
           "Voltavie"),
    ("fr", "Bonjour Madame Hébert,\n\nLes locations sont facturées pour les jours réservés, "
           "même quand le cycliste est absent, sauf annulation 24 h avant. Vous pouvez annuler "
           "dans l'application.\n\nCordialement,\nVoltavie"),
])
def test_the_house_rule_and_its_condition_admit_nothing(lint, lang, text):
    assert "BL403" not in codes(lint(lang, text))


# -- the customer's act named as their saying (blind 29) ---------------------------------
def test_the_act_they_say_they_did_is_doubted(lint):
    text = ("Dear Mr Reilly,\n\nWe have no record of the call you say you made on 2 May asking "
            "us to collect the bike. If you send us the number you called from, we will check "
            "and reply within 48 hours.\n\nVoltavie")
    assert "BL402" in codes(lint("en", text))


def test_what_they_say_they_need_is_no_doubt(lint):
    text = ("Dear Mr Reilly,\n\nThe part you say you need is in stock: we will fit it on "
            "Friday at 10.\n\nVoltavie")
    assert "BL402" not in codes(lint("en", text))


# -- the explanation said again "simply", the reading made a trifle (blind 29) -------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Je vois. Le planning est indicatif, c'est écrit en bas de la page : il faut "
           "juste lire jusqu'au bout. Je le redis simplement : l'atelier ferme à 18 h."),
    ("en", "Agent: I see. The schedule is indicative, it's at the bottom of the page: you just "
           "need to read it to the end. Let me say it again slowly: the workshop closes at 6."),
])
def test_the_point_said_again_simply_talks_down(lint, lang, text):
    assert "BL404" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Je vois. Pour confirmer le créneau, il suffit de cliquer sur le lien du SMS. "
           "Je vous redis l'heure : 10 h demain."),
    ("en", "Agent: I see. To confirm the slot, you just need to click the link in the text. "
           "Let me repeat the time: 10 am tomorrow."),
])
def test_an_instruction_and_a_time_repeated_talk_down_to_nobody(lint, lang, text):
    assert "BL404" not in codes(lint(lang, text, "after_sales"))


# -- the account put down to what people of their kind misremember (blind 29) -------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roy,\n\nD'après nos registres, le vélo a été rendu le 3 mai. Il est "
           "fréquent que les clients confondent les dates de retour. Nous vérifions et vous "
           "répondons sous 48 h.\n\nVoltavie"),
    ("fr", "Bonjour Madame Roy,\n\nÀ cet âge, il est fréquent que les enfants racontent avoir "
           "attendu longtemps alors qu'ils ont simplement joué dehors. Nous vérifions et vous "
           "répondons sous 48 h.\n\nVoltavie"),
    ("en", "Dear Mrs Roy,\n\nOur records show the bike was returned on 3 May. In our "
           "experience customers sometimes remember these dates differently. We will check and "
           "reply within 48 hours.\n\nVoltavie"),
])
def test_their_account_put_down_to_their_kind_is_doubt(lint, lang, text):
    assert "BL402" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roy,\n\nIl est fréquent que les clients nous disent qu'ils adorent "
           "le nouveau parcours : merci pour votre message ! Votre vélo est prêt samedi.\n\n"
           "Voltavie"),
    ("en", "Dear Mrs Roy,\n\nCustomers often remember our mechanics by name, and Sam was glad "
           "to hear from you. Your bike is ready on Saturday.\n\nVoltavie"),
])
def test_what_people_of_their_kind_often_say_kindly_is_no_doubt(lint, lang, text):
    assert "BL402" not in codes(lint(lang, text))


# -- a finding and a dependency are no next step (round 30) ---------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Tom, we're sorry: it looks like your rating was swapped with another rider's. "
           "We understand how unfair that feels after a year of good rides."),
    ("fr", "Bonjour Tom, nous sommes désolés : il semble que votre note ait été inversée avec "
           "celle d'un autre cycliste. Nous comprenons que ce soit injuste."),
    ("fr", "Bonjour Tom, nous sommes désolés pour ce retard de remboursement. Les remboursements "
           "dépendent de notre prestataire de paiement."),
])
def test_what_the_brand_finds_or_hangs_on_moves_nothing(lint, lang, text):
    assert "BL407" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Tom, we're sorry: it looks like your rating was swapped with another rider's. "
           "We will remove it from your profile by Friday."),
    ("fr", "Bonjour Tom, nous sommes désolés pour ce retard de remboursement. Les remboursements "
           "dépendent de notre prestataire : nous le relançons et le virement part vendredi."),
])
def test_the_step_after_the_finding_is_a_step(lint, lang, text):
    assert "BL407" not in codes(lint(lang, text))
