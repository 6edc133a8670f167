"""Causes of sincerity misses and false alarms read as concepts of the shared reply
reading (se39): the customer as the agent of the fault — a duty missed by a deadline, the
customer named in the subject's group, what they gave lacking a part, the lesson for next
stays or "this time", advice stressed; the time someone else takes given as a range is no
step of the brand; the delivery carries the exchange its sentence names. Texts and
profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Pelotine
language: fr
central_idea:
  statement: "Des pelotes qui tiennent chaud longtemps."
  lexicon: [laine, tricot, pelote]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 4d}
  response: {within: 24h}
  refund: {within: 14d}
  exchange: {within: 12d}
""",
    "en": """
brand: Pelotine
language: en
central_idea:
  statement: "Yarn that keeps you warm for years."
  lexicon: [yarn, knitting, wool]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 4d}
  response: {within: 24h}
  refund: {within: 14d}
  exchange: {within: 12d}
  workshop_booking: {within: 7d, terms: [workshop booking, rebook the workshop]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pelotine39", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics if d.code.startswith("BL4")}


FIRES = [
    # blame: a duty missed by a deadline, the customer alone or named in the group
    ("en", "BL401", "Hi Tom, sorry about the knitting workshop. It was called off because "
                    "you didn't return the booking slip on time. We'll refund you within 14 "
                    "days."),
    ("en", "BL401", "Hi Tom, sorry about the knitting workshop. It was called off because "
                    "a few members, including you, didn't return the booking slip on time. "
                    "We'll refund you within 14 days."),
    ("fr", "BL401", "Bonjour Tom, désolés pour l'atelier tricot. Il a été annulé parce que "
                    "vous n'avez pas renvoyé le bulletin d'inscription à temps. Nous vous "
                    "remboursons sous 14 jours."),
    # blame: what they gave lacked a part
    ("en", "BL401", "Hi Tom, sorry for the trouble. The parcel came back because the address "
                    "on your account had no house number. We'll send it again within 4 "
                    "days."),
    ("fr", "BL401", "Bonjour Tom, désolés. Le colis est revenu parce que l'adresse de votre "
                    "compte ne comportait pas de numéro de rue. Nous le renvoyons sous 4 "
                    "jours."),
    # blame: the lesson for the next occasions, or for "this time"
    ("en", "BL401", "Hi Tom, sorry your skein went astray. Unmarked returns are hard to "
                    "match to an account, so we strongly recommend writing your order number "
                    "on the box for future orders."),
    ("fr", "BL401", "Bonjour Tom, désolés pour ce colis revenu. Je vous le renvoie jeudi. "
                    "Pensez à noter le code de la porte sur votre commande cette fois."),
    ("en", "BL401", "Hi Tom, sorry the parcel came back. I'm sending it again on Thursday. "
                    "Please make sure someone is home to sign for it this time."),
    # blame: what the brand's own list asked of them, said not done
    ("en", "BL401", "Hi Tom, sorry your knitting bag went missing at the workshop. The name "
                    "labels asked for in our kit list weren't on it. We'll look for it and "
                    "reply within 24 hours."),
    ("fr", "BL401", "Bonjour Tom, désolés pour ce colis revenu. Le digicode demandé dans le "
                    "formulaire de commande n'était pas renseigné. Nous le renvoyons sous 4 "
                    "jours."),
    # no apology: an activity called off, a mishap put down to a rate
    ("en", "BL403", "Hi Tom, the Saturday knitting circle was called off. Come along next "
                    "week, we'll keep you a seat."),
    ("fr", "BL403", "Bonjour Tom. Bon, ça arrive, sur mille colis il y en a toujours un qui "
                    "se perd. Nous vous en renvoyons un sous 4 jours."),
    ("en", "BL403", "Hi Tom. Well, it happens, out of a thousand parcels one always goes "
                    "astray. We'll send you another within 4 days."),
    # no next step: the courteous imperative and the year's routine move nothing
    ("fr", "BL407", "Bonjour Tom, nous sommes désolés que notre vendeuse vous ait mal reçu. "
                    "Nos vendeuses sont formées chaque printemps à l'accueil. Encore une fois, "
                    "veuillez accepter nos excuses."),
    ("en", "BL407", "Hi Tom, we're sorry our shop assistant was rude to you. Our staff are "
                    "trained every spring in customer care. Once again, please accept our "
                    "apologies."),
    # condescension: the trade's way told as the end of it; the explanation brought down
    ("en", "BL404", "Hi Tom, sorry the wool felted! Hot washes shrink it, that's simply how "
                    "knitting works. We'll send a new skein within 4 days."),
    ("en", "BL404", "Hi Tom, sorry for the mix-up. Allow us to explain in simple terms: each "
                    "skein has a dye lot. We'll send a matching one within 4 days."),
]

DOES_NOT_FIRE = [
    # the cause is another's missed deadline, or an act merely not done
    ("en", "BL401", "Hi Tom, sorry about the knitting workshop. It was called off because "
                    "our tutor didn't arrive on time. We'll refund you within 14 days."),
    ("en", "BL401", "Hi Tom, we've refunded the workshop fee because you didn't use your "
                    "place. The money will be back within 14 days."),
    ("fr", "BL401", "Bonjour Tom, désolés pour l'atelier tricot. Il a été annulé parce que "
                    "notre animatrice n'est pas arrivée à temps. Nous vous remboursons sous "
                    "14 jours."),
    # what they gave was complete
    ("fr", "BL401", "Bonjour Tom, désolés. Le colis est revenu alors que l'adresse de votre "
                    "compte comportait bien le numéro de rue. Nous le renvoyons sous 4 "
                    "jours."),
    ("en", "BL401", "Hi Tom, sorry for the trouble. The parcel came back although the "
                    "address on your account had the house number. We'll send it again "
                    "within 4 days."),
    # "this time" of a notice, future orders in a tutorial with no case to answer
    ("en", "BL401", "Hi Tom, sorry the parcel came back. Please note our warehouse is closed "
                    "at this time of year, so it will leave on Monday."),
    ("fr", "BL401", "Bonjour Tom, désolés : cette fois, l'erreur vient de nous. Nous vous "
                    "renvoyons le colis sous 4 jours."),
    ("en", "BL401", "To compare yarns faster, we strongly recommend saving them to a list "
                    "for future orders."),
    # what the customer asked for in their own order, missing: the brand's fault
    ("en", "BL401", "Hi Tom, sorry. The skeins requested in your order weren't in the box. "
                    "We'll send them within 4 days."),
    ("fr", "BL401", "Bonjour Tom, désolés. Les pelotes demandées dans votre commande "
                    "n'étaient pas dans le colis. Nous les envoyons sous 4 jours."),
    # an event called off as it was asked; a rate with no mishap shrugged
    ("en", "BL403", "Hi Tom, as you asked, your Saturday class was called off and your "
                    "place is refunded within 14 days."),
    ("fr", "BL403", "Bonjour Tom, ça arrive souvent que nos clientes tricotent deux pulls ; "
                    "voici le patron du second."),
    ("en", "BL404", "Hi Tom, sorry the wool felted. Here is how our knitting service "
                    "works: we send a new skein within 4 days."),
    ("en", "BL404", "Hi Tom, sorry for the mix-up. Allow us to send a matching skein within "
                    "4 days."),
    # a step after the year's routine, a readiness to act
    ("fr", "BL407", "Bonjour Tom, désolés que notre vendeuse vous ait mal reçu. Nos vendeuses "
                    "sont formées chaque printemps ; je vous rappelle demain pour en parler."),
    ("en", "BL407", "Hi Tom, we're sorry our shop assistant was rude to you. We'd like to "
                    "send you a voucher today to make up for it."),
]

# the time someone else takes, given as a range, is no step of the brand; the delivery of
# an exchange is held to the exchange
STEPS_FIRE = [
    ("en", "Sorry about the tangled skeins. Our mill takes three to four weeks to send a "
           "new batch, so your exchange will come then."),
    ("fr", "Désolés pour la mauvaise couleur. Je lance la livraison de la bonne pelote, "
           "avec un envoi sous 10 jours."),
]
STEPS_QUIET = [
    ("en", "Sorry about the tangled skeins. Most knitters take three to four weeks to finish "
           "a jumper, so there's no rush: your exchange leaves within 12 days."),
    ("fr", "Désolés pour la mauvaise couleur. La plupart des tricoteuses mettent deux à trois "
           "semaines à finir un pull ; votre échange part sous 12 jours."),
    ("fr", "Désolés pour la mauvaise couleur. Je lance l'échange aujourd'hui, avec une "
           "livraison sous 10 jours."),
    ("en", "Sorry about the wrong colour. I'm starting the exchange today, with delivery "
           "within 10 days."),
]


@pytest.mark.parametrize(("lang", "code", "text"), FIRES)
def test_cause_fires(lint, lang, code, text):
    assert code in codes(lint(lang, text))


@pytest.mark.parametrize(("lang", "code", "text"), DOES_NOT_FIRE)
def test_near_miss_does_not_fire(lint, lang, code, text):
    assert code not in codes(lint(lang, text))


@pytest.mark.parametrize(("lang", "text"), STEPS_FIRE)
def test_slow_step_of_the_brand_fires(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


@pytest.mark.parametrize(("lang", "text"), STEPS_QUIET)
def test_anothers_time_or_carried_exchange_does_not_fire(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))
