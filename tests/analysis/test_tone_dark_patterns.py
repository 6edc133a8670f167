"""The dark patterns of a shop page read as pressure: an activity notice (other buyers
looking at, or holding in their basket, what the reader wants) and scarcity counted as
what is already gone; and a reproach counted (« c'est la troisième fois », "explained
fifty times") read as frustration. FR and EN on the real models, with near misses: other
people named without a race for the thing, a count that is no loss, a repeat the customer
tells or a story tells."""

from __future__ import annotations

import pytest


def _raw(analyse, text, lang, channel="shop"):
    return analyse(text, lang, channel).tone.raw


@pytest.mark.parametrize("lang,text", [
    ("fr", "Coffret de Noël. 14 personnes regardent ce coffret en ce moment."),
    ("fr", "3 autres foyers consultent ce créneau en ce moment."),
    ("fr", "D'autres familles ont ce même atelier dans leur panier."),
    ("en", "Your basket is waiting. 7 other people are looking at it right now."),
    ("en", "Three other families have this workshop in their basket."),
    ("en", "We made 600 calendars this year. 588 are gone."),
    ("en", "June is our busiest month: 92% of slots are already taken."),
    ("fr", "Juin est notre mois le plus chargé : 92 % des créneaux sont déjà réservés."),
    ("fr", "L'atelier affiche presque complet : 4 places sur 30 restent libres."),
])
def test_activity_notice_and_counted_scarcity_are_pressure(analyse, lang, text):
    raw = _raw(analyse, text, lang)
    assert raw.get("pressure", 0.0) >= 1.5, raw
    assert max(raw, key=raw.get) == "pressure", raw


@pytest.mark.parametrize("lang,text", [
    # other people named, no race for the thing
    ("fr", "D'autres familles nous ont écrit pour dire merci à l'équipe."),
    ("fr", "Nos 14 guides accueillent les familles tous les jours."),
    ("en", "Other families have told us how much their children loved it."),
    ("en", "Our 7 guides welcome families every day of the week."),
    # a count that is no loss: a share of happy customers, a figure of the product
    ("en", "92% of our customers say they would recommend us."),
    ("fr", "Une tablette à 72 % de cacao, fermentée six jours."),
])
def test_other_people_and_counts_without_a_race_are_no_pressure(analyse, lang, text):
    assert _raw(analyse, text, lang).get("pressure", 0.0) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("fr", "C'est la troisième fois cette semaine qu'on retrouve des poussettes devant "
           "l'issue de secours."),
    ("fr", "On l'a expliqué cinquante fois : la réponse est dans nos stories."),
    ("fr", "Nous comptons sur vous pour que cela ne se reproduise pas une troisième fois."),
    ("en", "This is the fourth time you have moved your appointment."),
    ("en", "We have explained this fifty times: the answer is pinned on our page."),
    ("en", "We trust this will not happen a third time."),
])
def test_a_reproach_counted_is_frustration(analyse, lang, text):
    raw = _raw(analyse, text, lang, "social")
    assert raw.get("frustration", 0.0) >= 1.2, raw


@pytest.mark.parametrize("lang,text", [
    # a repeat the customer tells, quoted: theirs, not the brand's
    ("fr", "Client : « C'est la troisième fois que j'appelle ! »\nConseiller : Je comprends, "
           "je regarde tout de suite."),
    # a repeat a story tells, or a product's virtue
    ("fr", "Une boîte qui se construit et se reconstruit cent fois."),
    ("en", "You can build it a hundred times, in a hundred ways."),
    # the brand's own promise after an apology
    ("fr", "Toutes nos excuses : nous faisons le nécessaire pour que cela ne se reproduise pas."),
    ("en", "We are sorry, and we will make sure this does not happen again."),
])
def test_a_repeat_told_by_the_customer_or_a_story_is_no_reproach(analyse, lang, text):
    assert _raw(analyse, text, lang, "social").get("frustration", 0.0) == 0.0


# a cost waived on a channel that sells nothing is the reader spared a cost
@pytest.mark.parametrize("lang,text", [
    ("fr", "Si vous préférez changer de date, c'est gratuit : répondez simplement à ce mail."),
    ("en", "If you would rather change the date, it's free: just reply to this email."),
])
def test_a_cost_waived_on_a_service_channel_is_reassurance(analyse, lang, text):
    raw = _raw(analyse, text, lang, "after_sales")
    assert raw.get("reassurance", 0.0) > 0 and raw.get("deal", 0.0) == 0.0, raw


@pytest.mark.parametrize("lang,channel,text", [
    # a free thing put forward stays a deal, and so does any free on a channel that sells
    ("fr", "after_sales", "Bonne nouvelle : deux mois offerts et une navette gratuite !"),
    ("fr", "shop", "Le montage est gratuit."),
    ("en", "shop", "Assembly is free."),
])
def test_a_free_thing_put_forward_stays_a_deal(analyse, lang, channel, text):
    assert _raw(analyse, text, lang, channel).get("deal", 0.0) > 0
