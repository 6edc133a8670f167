"""Problems written without the textbook words (round 10: sincerity-blind9 with the misses
the older blind sets still had): the notice held against the customer — where they were
told, while they bear the outcome. Firing and near-miss cases, FR and EN, on the real
models (LEGO profiles: refund 14 days, response 48 h, missing pieces 10 days)."""

from __future__ import annotations

import pytest


def findings(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- blame: the notice held against the customer -----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Your return reached us on day 41. The 30-day limit is printed on the returns "
           "leaflet in every box and on page 2 of our terms, so the refund cannot be "
           "considered."),
    ("en", "Your collection slot was confirmed by email on the 3rd and again by text on the "
           "day. As the parcel wasn't collected, the locker applied its standard storage fee, "
           "which we have passed on."),
    ("fr", "Comme rappelé sur votre bon de commande et à l'article 9 de nos conditions "
           "générales, les retours sont acceptés sous 30 jours. Votre coffret étant arrivé le "
           "41e jour, il n'est ni échangeable ni remboursable."),
    ("fr", "La référence du coffret est pourtant inscrite sur la boîte de votre ancien set. "
           "Le retour reste possible, contre 6,90 € de frais de retour."),
])
def test_where_the_customer_was_told_held_with_the_outcome_they_bear_is_blame(
        lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL401")


@pytest.mark.parametrize("lang,text", [
    # a citation that informs: nothing is held against the customer
    ("en", "As set out in your confirmation email, your set leaves our warehouse on Monday "
           "and will be with you by Wednesday."),
    ("fr", "Comme indiqué dans votre e-mail de confirmation, votre coffret part lundi ; vous "
           "le recevrez mercredi."),
    # the same rule and outcome, but the brand owns the fault
    ("en", "As set out in our terms, the storage fee normally stands, but the locker code we "
           "sent was wrong — our mistake, so we've cancelled it."),
    ("fr", "Comme précisé à l'article 9 de nos conditions, les frais restent normalement dus, "
           "mais c'est une erreur de notre part : nous les annulons."),
])
def test_near_miss_a_citation_that_informs_or_an_owned_fault_is_not_blame(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL401")


# -- no apology: the brand's act on the wrong thing --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "I've checked and the set we sent was the 2023 edition rather than the 2024 one. The "
           "right one has now been ordered and leaves on Monday."),
    ("en", "The tracking shows it was delivered to number 18 instead of 81. A new set goes out "
           "tomorrow."),
    ("fr", "Je viens de vérifier : nous avons expédié le coffret 2023 au lieu du coffret 2024. "
           "Le bon part lundi."),
])
def test_the_brands_act_on_the_wrong_thing_wants_an_apology(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL403")


@pytest.mark.parametrize("lang,text", [
    # owned, or what the customer asked for
    ("en", "We sent the 2023 edition rather than the 2024 one — our mistake. The right one "
           "leaves on Monday."),
    ("en", "We sent the 2023 edition rather than the 2024 one, as you asked, so it matches "
           "your collection."),
    ("fr", "C'est nous qui avons expédié le coffret 2023 au lieu du 2024 : le bon part lundi."),
])
def test_near_miss_an_owned_or_requested_swap_needs_no_apology(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL403")


# -- no next step: the case watched, not moved -------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés de ce retard. Soyez assuré que votre dossier reste suivi avec "
           "attention par nos équipes."),
    ("en", "We're sorry your refund is taking longer than expected. Please be assured that we "
           "are monitoring your case closely and that it remains a priority."),
])
def test_a_case_watched_with_no_act_or_date_is_no_next_step(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés de ce retard. Votre dossier est suivi avec attention : "
           "vous serez remboursé jeudi."),
    ("en", "We're sorry your refund is taking longer than expected. We're monitoring your case "
           "closely and will call you on Thursday with the date."),
])
def test_near_miss_a_watched_case_with_a_dated_step_moves(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL407")


# -- what is not the brand's: a stamped chat turn, another party's delay, a code, advice -------
@pytest.mark.parametrize("lang,text", [
    ("en", "Customer (11:45): I think I ordered the wrong size, sorry!\nLEGO agent (11:48): No "
           "worries at all! We'll swap it for free: the right one goes out tonight."),
    ("fr", "Client (15:02) : J'ai commandé la mauvaise taille, désolé…\nAgent LEGO (15:05) : "
           "Aucun souci : nous l'échangeons gratuitement, le bon part ce soir."),
])
def test_a_timestamped_customer_turn_is_the_customers(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL403")


@pytest.mark.parametrize("lang,text", [
    # the same words in the brand's turn are its admission
    ("en", "LEGO agent (11:48): Sorry, I can see we sent the wrong item. The right one goes out "
           "tonight."),
])
def test_near_miss_the_stamped_brand_turn_stays_the_brands(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL403")
    assert findings(lint(text.replace("Sorry, ", ""), lang, "after_sales"), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés de ce retard. Le remboursement est versé par votre banque ; elle "
           "nous indique actuellement un délai de trois à quatre semaines. Je vous rappelle "
           "vendredi pour faire le point."),
])
def test_another_partys_delay_told_to_the_brand_is_not_its_step(lint, lang, text):
    assert not findings(lint(text, lang, "after_sales"), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous sommes désolés de ce retard. Votre remboursement vous sera versé dans un délai "
           "de trois à quatre semaines."),
])
def test_near_miss_the_brands_own_ranged_delay_is_slow(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry the funded hours aren't on your invoice yet: the council confirms each "
           "child's eligibility code before we can apply it. I'll email you on Friday."),
    ("en", "Hi! Yes, we repair that model. A yearly check is a good idea on a set that age. "
           "Want me to book one?"),
])
def test_near_miss_an_eligibility_code_or_a_word_of_advice_is_neither_selling_nor_a_lesson(
        lint, lang, text):
    found = lint(text, lang, "after_sales")
    assert not findings(found, "BL406") and not findings(found, "BL404")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sorry your set arrived late! Use code SORRYNOT20 on our new collection."),
])
def test_a_promo_code_in_capitals_is_still_marketing(lint, lang, text):
    assert findings(lint(text, lang, "after_sales"), "BL406")
