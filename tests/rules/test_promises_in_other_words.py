"""Service promises as copy really says them (round 8): the brand phoning the reader is a
callback; hours set apart by a comma from the words that say the brand is reached; the
reader calling "us" at any hour; a deadline on the item a declared service is about; the
profile's own service before a built-in its verb names; today said of what will happen;
a unit counted from now. And their near-misses: a delay before "24h", a time set for an
event, a place opened with the reader's badge, a feeling, one Sunday morning, a working
day's share of the weekend, a hedge on another noun. Each fires and stays silent in French
and English, on the real models (LEGO profiles: delivery 3 days, refund 14 days, response
48 h, availability Mon-Sat 9-19, brick replacement 10 days, no callback declared)."""

from __future__ import annotations

import pytest


def codes(diagnostics, at_least=2):
    """Codes reported at warning level or above."""
    return {d.code for d in diagnostics if d.severity >= at_least}


PROMISE = {"BL302", "BL304"}


# -- the brand phoning the reader is a callback ----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Théo, notre conseiller, vous appelle dans l'heure pour en parler."),
    ("fr", "Nous vous appellerons dans l'heure."),
    ("en", "Ben, our events adviser, will give you a ring within the hour."),
    ("en", "Our shop manager will phone you within the hour to arrange a time."),
])
def test_the_brand_phoning_the_reader_within_a_delay_is_a_callback_promise(lint, lang, text):
    assert codes(lint(text, lang, "email")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    # the reader calls us: not the brand's callback
    ("fr", "Vous nous appelez dans l'heure qui suit votre commande."),
    ("en", "Call us within the hour if the parcel has not arrived."),
])
def test_near_miss_the_reader_calling_is_no_callback(lint, lang, text):
    assert not codes(lint(text, lang, "email")) & PROMISE


def test_a_call_verb_with_the_reader_as_object_names_the_callback_service(analyse):
    a = analyse("Théo vous appelle dans l'heure.", "fr")
    assert "callback" in a.service_index[0].values()
    b = analyse("Vous nous appelez dans l'heure.", "fr")
    assert "callback" not in b.service_index[0].values()


# -- hours said apart from the words that say the brand is reached ---------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour une urgence, il y a toujours un conseiller qui décroche, jour et nuit."),
    ("fr", "Agent : Vous nous appelez, à n'importe quelle heure, et on s'en occupe."),
    ("en", "One of our own advisers is on the line day and night, whenever you need us."),
    ("en", "Someone picks up whenever you call, evenings and Sundays included."),
])
def test_hours_apart_from_the_words_of_contact_are_availability(lint, lang, text):
    channel = "phone_script" if text.startswith("Agent") else "email"
    assert "BL302" in codes(lint(text, lang, channel))


@pytest.mark.parametrize("lang,text", [
    # a place opened with the reader's own badge or fob: nobody to reach
    ("fr", "Le ponton est accessible 24 h/24 avec votre badge."),
    ("en", "The pontoon gate works round the clock with your fob."),
    # a café's timetable, every day with its hours
    ("fr", "Le café est ouvert tous les jours de 13 h à 18 h."),
    # one Sunday morning is an occasion, not every week
    ("en", "Order by 1pm Saturday to collect on Sunday morning from the store."),
    # tram lines are no phone line
    ("fr", "Les lignes de tram circulent 7 jours sur 7, de 5 h à 0 h 30."),
    # "within 24h" is a delay, not round the clock
    ("en", "Your login details will arrive by email within 3 days, not 24h later."),
])
def test_near_miss_hours_that_are_no_availability_claim(lint, lang, text):
    assert "BL302" not in codes(lint(text, lang, "email"))


def test_n_importe_quelle_heure_is_not_a_negation(analyse):
    a = analyse("Vous pouvez nous joindre à n'importe quelle heure.", "fr")
    heure = next(t for t in a.doc if t.text == "heure")
    assert not a.is_negated(heure)
    b = analyse("Vous ne pouvez pas nous joindre la nuit.", "fr")
    nuit = next(t for t in b.doc if t.text == "nuit")
    assert b.is_negated(nuit)


def test_within_24h_is_a_delay_and_not_round_the_clock(analyse):
    (mention,) = analyse("Vos identifiants arrivent par e-mail sous 24h.", "fr").delay_mentions
    assert mention.kind == "delay" and mention.hours == 24
    (always,) = analyse("Nos conseillers répondent 24h/24.", "fr").delay_mentions
    assert always.kind == "availability" and always.always_hours


# -- the item a declared service is about ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos briques remplacées en 2 jours chrono !"),
    ("en", "Same-day bricks at every LEGO store!"),
])
def test_a_delay_on_the_item_of_a_declared_service_is_held_to_its_commitment(lint, lang,
                                                                              text):
    assert "BL302" in codes(lint(text, lang, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos briques remplacées en 12 jours."),
    ("en", "Replacement bricks reach you within 14 days."),
])
def test_near_miss_the_item_of_a_declared_service_within_its_commitment(lint, lang, text):
    assert not codes(lint(text, lang, "web")) & PROMISE


# -- deadlines in other words -----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre remboursement vous arrive dans les minutes qui suivent."),
    ("fr", "Commandez maintenant, votre coffret sonne chez elle dans 2 h."),
    ("en", "Your tickets are refunded and the money will be back with you today."),
    ("en", "Order in the next hour and she'll have the set on her doorstep by teatime."),
    ("en", "Your refund will land in about an hour."),
    # a delay after a participle of scheduling is still a delay
    ("fr", "Votre réparation est programmée sous 48 h après votre appel."),
])
def test_deadlines_in_other_words_fire(lint, lang, text):
    assert "BL302" in codes(lint(text, lang, "email"))


@pytest.mark.parametrize("lang,text", [
    # today said of a past act, or of the reader's order
    ("en", "I've refunded the delivery fee today; it shows on your card within 14 days."),
    ("en", "Order today and we'll deliver within 3 days."),
    # ten working days are two calendar weeks: the 14-day refund commitment holds
    ("en", "Your refund will show on your card within 10 working days."),
    ("fr", "Votre remboursement apparaîtra sous 10 jours ouvrés."),
    # a time set for an event, not a delay
    ("fr", "L'équipe a du scotch. Arrivée prévue 8h."),
    # an approximation close to the commitment stays a hedge
    ("en", "Most refunds are paid in around ten days once we have the item back."),
    # how soon the reader feels at home is no service
    ("fr", "On emballe, on remonte : pour vous sentir chez vous tout de suite."),
])
def test_near_miss_moments_that_promise_nothing_faster(lint, lang, text):
    assert not codes(lint(text, lang, "email")) & PROMISE


def test_a_working_day_counts_its_share_of_the_weekend(analyse):
    (mention,) = analyse("Remboursé sous 10 jours ouvrés.", "fr").delay_mentions
    assert mention.hours == pytest.approx(336)
    (calendar,) = analyse("Remboursé sous 10 jours.", "fr").delay_mentions
    assert calendar.hours == pytest.approx(240)


def test_a_part_of_the_day_after_a_named_day_is_that_days_moment(analyse):
    (mention,) = analyse("Votre coffret est livré demain dans la journée.", "fr").delay_mentions
    assert mention.hours == 24
    (same_day,) = analyse("Votre coffret est livré dans la journée.", "fr").delay_mentions
    assert same_day.hours == 24 and same_day.same_day  # within one day (round 23)


# -- the profile's own service, and hedges on another noun ------------------------------
@pytest.mark.parametrize("lang,text,hedged", [
    ("fr", "Vos pièces manquantes vous arrivent dans la journée, avec le poids estimé du "
           "colis.", False),
    ("fr", "Vos pièces manquantes vous arrivent dans la journée, délai estimé.", True),
    ("en", "Your refund will be paid in about an hour.", False),
    ("en", "Your refund will be paid in about 10 days.", True),
])
def test_a_hedge_softens_only_the_promise_it_bears_on(analyse, lang, text, hedged):
    (promise,) = [p for p in analyse(text, lang).promises
                  if p.service in ("refund", "brick_replacement")]
    assert promise.hedged is hedged


def test_the_profiles_own_service_before_the_builtin_its_verb_names(analyse):
    a = analyse("Vos pièces manquantes vous arrivent dans la journée.", "fr")
    assert {p.service for p in a.promises} == {"brick_replacement"}


@pytest.mark.parametrize("lang,text,slow", [
    # three working days may be three calendar days: not slower than a 3-day delivery
    ("fr", "Je suis désolé pour ce retard. Votre colis arrivera d'ici trois jours ouvrés.",
     False),
    ("en", "I'm sorry for the delay. Your parcel will be with you within three working days.",
     False),
    # five working days are at least five calendar days: slower than three
    ("fr", "Je suis désolé pour ce retard. Votre colis arrivera d'ici cinq jours ouvrés.",
     True),
    ("en", "I'm sorry for the delay. Your parcel will be with you within five working days.",
     True),
])
def test_working_days_are_slow_only_if_even_read_without_a_weekend(lint, lang, text, slow):
    assert ("BL408" in {d.code for d in lint(text, lang, "after_sales")}) is slow
