"""How far a promise, a condition and a negation reach (BL301/BL302), on the real models:
an hour after a named day is a time of day, a pointer to the terms conditions its whole
paragraph, a delay in a sign-off line belongs to no service of the body, a thing that is
still somewhere is not "always" there, and a commitment denied reaches what it would
commit to — each with its firing counterpart, in French and English."""

from __future__ import annotations

import pytest


def errors(lint, text, lang, channel="email"):
    return [d.code for d in lint(text, lang, channel)
            if d.code.startswith("BL3") and d.severity.name.lower() in ("warning", "error")]


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Votre commande vous sera livrée en 8 h.", True),
    ("fr", "Notre équipe de livraison arrive samedi 8h : place de stationnement réservée.", False),
    ("en", "Your order will be delivered in 8 h.", True),
    ("en", "Our delivery team arrives Saturday 8h: a parking space is booked.", False),
])
def test_an_hour_after_a_named_day_is_a_time_not_a_delay(lint, lang, text, fires):
    assert ("BL302" in errors(lint, text, lang)) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Vous changez d'avis ? Remboursement intégral sous 7 jours.", True),
    ("fr", "Vous changez d'avis ? Remboursement intégral sous 7 jours. Voir conditions en "
           "boutique.", False),
    ("en", "Changed your mind? Full refund within 7 days.", True),
    ("en", "Changed your mind? Full refund within 7 days. See terms for the cooling-off "
           "conditions.", False),
])
def test_a_pointer_to_the_terms_conditions_its_paragraph(lint, lang, text, fires):
    assert ("BL302" in errors(lint, text, lang, "shop")) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Nous vous enverrons votre colis ce soir.", True),
    ("fr", "Nous vous enverrons votre colis sous trois jours.\n\nÀ ce soir pour l'atelier,\n"
           "Julie", False),
    ("en", "We'll send your parcel tonight.", True),
    ("en", "We'll send your parcel within three days.\n\nSee you tonight at the workshop,\n"
           "Julie", False),
])
def test_a_delay_in_a_sign_off_line_belongs_to_no_service_of_the_body(lint, lang, text, fires):
    assert ("BL302" in errors(lint, text, lang)) is fires


@pytest.mark.parametrize("text,fires", [
    ("Vos colis arrivent toujours à l'heure.", True),
    ("Votre vélo est toujours chez nous : on attend la pièce, je vous rappelle demain.", False),
])
def test_a_thing_still_somewhere_is_not_always_there(lint, text, fires):
    assert ("BL301" in errors(lint, text, "fr")) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Bonjour,\n\nNous garantissons que votre colis arrivera toujours à l'heure.", True),
    ("fr", "Bonjour,\n\nNous ne pouvons pas garantir que votre colis arrivera toujours à "
           "l'heure.", False),
    ("en", "Hello,\n\nWe promise that your parcel will always arrive on time.", True),
    ("en", "Hello,\n\nWe can't promise that your parcel will always arrive on time.", False),
])
def test_a_commitment_denied_reaches_what_it_would_commit_to(lint, lang, text, fires):
    assert ("BL301" in errors(lint, text, lang)) is fires


@pytest.mark.parametrize("text,fires", [
    ("Satisfait ou remboursé, résultats garantis.", True),
    ("Satisfait ou remboursé, résultats non garantis.", False),
])
def test_non_before_the_word_denies_it(lint, text, fires):
    assert ("BL301" in errors(lint, text, "fr", "web")) is fires


@pytest.mark.parametrize("lang,text,fires", [
    ("fr", "Notre service client vous répond en 1h30.", True),
    ("fr", "Notre service client vous attend en boutique à 10h30.", False),
    ("fr", "Votre commande est livrée le jour ouvré suivant.", True),
    ("fr", "Notre service client vous répond dans les prochaines 72 heures.", False),
    ("en", "Our customer service replies within the next 2 hours.", True),
    ("en", "Our customer service replies within the next 3 days.", False),
    ("en", "Your order is delivered the next working day.", True),
    ("en", "Our customer service replies in a couple of hours.", True),
    ("en", "Our customer service replies in a couple of days.", False),
])
def test_delays_in_the_forms_people_write(lint, lang, text, fires):
    assert ("BL302" in errors(lint, text, lang)) is fires
