"""Round 33: a day said as the deadline in the answer to a follow-up question.

- In a call script or a FAQ, a question that asks *when* (or whether it takes long) of
  a thing it names only by a pronoun (« Et ce sera long ? », « Quand sera-t-il
  prêt ? », "Will it take long?") goes on with the service the exchange right before
  it names (« c'est une réparation simple », « Le devis est-il gratuit ? »): the day the
  answer gives (« il sera prêt demain », "ready on Friday") is that service's delay,
  measured from the message and held to its commitment.
- "ready on Friday" reads as "ready Friday": a weekday deadline (a week at most).
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Rayon Vert
language: fr
central_idea:
  statement: "Un atelier de quartier qui remet les vélos en selle."
  lexicon: [vélo, atelier, quartier, roue]
channels:
  web: {tones: [joy]}
  phone_script: {tones: [joy], idea: false}
promises:
  repair: {within: 10d}
  quote: {within: 3d, terms: [devis]}
  lost_property: {within: 5d, terms: [objet oublié, objets oubliés]}
  delivery: {within: 5d}
  response: {within: 48h}
  callback: {within: 24h}
""",
    "en": """
brand: Rayon Vert
language: en
central_idea:
  statement: "A neighbourhood workshop that gets bikes back on the road."
  lexicon: [bike, workshop, neighbourhood, wheel]
channels:
  web: {tones: [joy]}
  phone_script: {tones: [joy], idea: false}
promises:
  repair: {within: 10d}
  quote: {within: 3d, terms: [quote]}
  lost_property: {within: 5d, terms: [forgotten item, forgotten items]}
  delivery: {within: 5d}
  response: {within: 48h}
  callback: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "rayonvert", "phone_script")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


CALL_FR = ("Agent : Atelier Rayon Vert, bonjour.\n"
           "Client : Ma roue arrière est voilée, vous pouvez vous en occuper ?\n"
           "Agent : Oui, c'est une réparation simple. Déposez le vélo à l'atelier.\n"
           "Client : Et ce sera long ?\n"
           "Agent : Rassurez-vous, il sera prêt {when}.")
CALL_EN = ("Agent: Rayon Vert workshop, good morning.\n"
           "Caller: My back wheel is buckled, can you sort it out?\n"
           "Agent: Yes, that's a simple repair. Drop the bike at the workshop.\n"
           "Caller: Will it take long?\n"
           "Agent: Don't worry, it'll be ready {when}.")


@pytest.mark.parametrize("lang,text", [
    ("fr", CALL_FR.format(when="demain")),
    ("fr", CALL_FR.format(when="jeudi")),
    ("en", CALL_EN.format(when="tomorrow")),
    ("en", CALL_EN.format(when="on Thursday")),
])
def test_a_day_answering_a_follow_up_on_the_repair_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", CALL_FR.format(when="dans dix jours")),
    ("fr", CALL_FR.format(when="la semaine prochaine")),
    ("en", CALL_EN.format(when="in ten days")),
    ("en", CALL_EN.format(when="next week")),
])
def test_a_day_within_the_repairs_commitment_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Atelier Rayon Vert, bonjour.\n"
           "Client : J'ai une question sur mon vélo.\n"
           "Agent : Je vous écoute.\n"
           "Client : Et ce sera long ?\n"
           "Agent : Rassurez-vous, il sera prêt jeudi."),
    ("en", "Agent: Rayon Vert workshop, good morning.\n"
           "Caller: I have a question about my bike.\n"
           "Agent: Go ahead.\n"
           "Caller: Will it take long?\n"
           "Agent: Don't worry, it'll be ready on Thursday."),
])
def test_a_follow_up_with_no_service_before_it_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


FAQ_FR = ("Devis : vos questions\n\n"
          "Le devis est-il payant ?\nNon, il est gratuit.\n\n"
          "Quand sera-t-il prêt ?\n{answer}")
FAQ_EN = ("Quotes: your questions\n\n"
          "Do I pay for the quote?\nNo, it is free.\n\n"
          "When will it be ready?\n{answer}")


@pytest.mark.parametrize("lang,text", [
    ("fr", FAQ_FR.format(answer="Le lendemain, par e-mail, avec le détail de chaque pièce.")),
    ("en", FAQ_EN.format(answer="The next morning, by email, with every part itemised.")),
])
def test_a_day_answering_when_of_the_quote_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", FAQ_FR.format(answer="Sous cinq jours, avec le détail de chaque pièce.")),
    ("en", FAQ_EN.format(answer="Within five days, with every part itemised.")),
    # the reader's own act on the day: no delay of the brand's
    ("fr", "Devis : vos questions\n\nLe devis est-il payant ?\nNon, il est gratuit.\n\n"
           "Quand puis-je le demander ?\nAppelez-nous dès demain."),
    ("en", "Quotes: your questions\n\nDo I pay for the quote?\nNo, it is free.\n\n"
           "When can I ask for it?\nCall us tomorrow."),
])
def test_a_deadline_kept_or_the_readers_act_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []


# A declared service said by its verb: « raccordée » for `raccordement`, "connected" for
# `connection` — the day given is that service's delay.
LINE_PROFILES = {
    "fr": """
brand: Fibrelle
language: fr
central_idea:
  statement: "La fibre du village, posée par des gens du coin."
  lexicon: [fibre, village, ligne, coin]
channels:
  sms: {tones: [joy], idea: false}
promises:
  installation: {within: 15d, terms: [raccordement]}
  response: {within: 48h}
  callback: {within: 24h}
""",
    "en": """
brand: Fibrelle
language: en
central_idea:
  statement: "Village fibre, laid by local people."
  lexicon: [fibre, village, line, local]
channels:
  sms: {tones: [joy], idea: false}
promises:
  installation: {within: 15d, terms: [connection]}
  response: {within: 48h}
  callback: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint_line(lint_profile_texts):
    return lint_profile_texts(LINE_PROFILES, "fibrelle", "sms")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Fibrelle : signez aujourd'hui, votre ligne sera raccordée d'ici le week-end."),
    ("en", "Fibrelle: sign today and you'll be connected by the weekend."),
])
def test_a_service_said_by_its_verb_fires(lint_line, lang, text):
    assert "BL302" in codes(lint_line(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Fibrelle : signez aujourd'hui, votre ligne sera raccordée sous trois semaines."),
    ("en", "Fibrelle: sign today and you'll be connected within three weeks."),
    ("fr", "Fibrelle : branchez votre box dès demain."),
    ("en", "Fibrelle: connect your router tomorrow."),
])
def test_a_service_said_by_its_verb_within_commitment_or_the_readers_act_does_not_fire(
        lint_line, lang, text):
    assert codes(lint_line(lang, text)) == []


# A pronoun answering the caller's turn stands for the item of the declared service that
# turn names by its own words (« oublié » of `objet oublié`).
LOST_FR = ("Client : Et mon casque{what} ?\n"
           "Agent : Nous l'avons retrouvé. Il vous sera renvoyé {when}.")
LOST_EN = ("Caller: And my helmet{what}?\n"
           "Agent: We found it. It will be brought to you {when}.")


@pytest.mark.parametrize("lang,text", [
    ("fr", LOST_FR.format(what=", oublié à l'atelier hier", when="demain")),
    ("en", LOST_EN.format(what=", forgotten at the workshop yesterday", when="tomorrow")),
])
def test_the_item_of_the_callers_turn_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", LOST_FR.format(what=", oublié à l'atelier hier", when="la semaine prochaine")),
    ("en", LOST_EN.format(what=", forgotten at the workshop yesterday", when="next week")),
    ("fr", LOST_FR.format(what="", when="demain")),
    ("en", LOST_EN.format(what="", when="tomorrow")),
])
def test_the_callers_item_kept_or_unnamed_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


# The next breakfast as the deadline: "by breakfast", « d'ici le petit-déjeuner » (the
# next morning at the latest), with its own bound only. "this Friday" is left unread: it
# announces events ("Repair night this Thursday!") as often as it sets a deadline.
BED_PROFILES = {
    "fr": """
brand: Literie Douce
language: fr
central_idea:
  statement: "Des matelas cousus main pour des nuits calmes."
  lexicon: [matelas, nuit, sommeil, couture]
channels:
  after_sales: {tones: [reassurance], idea: false}
promises:
  delivery: {within: 10d}
  exchange: {within: 21d}
  response: {within: 48h}
  callback: {within: 24h}
""",
    "en": """
brand: Literie Douce
language: en
central_idea:
  statement: "Hand-stitched mattresses for calm nights."
  lexicon: [mattress, night, sleep, stitching]
channels:
  after_sales: {tones: [reassurance], idea: false}
promises:
  delivery: {within: 10d}
  exchange: {within: 21d}
  response: {within: 48h}
  callback: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint_bed(lint_profile_texts):
    return lint_profile_texts(BED_PROFILES, "literie", "after_sales")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Commandez avant 22 h : votre oreiller est livré d'ici le petit-déjeuner."),
    ("en", "Order by 10pm and your pillow is delivered by breakfast."),
])
def test_a_day_said_as_the_deadline_fires(lint_bed, lang, text):
    assert "BL302" in codes(lint_bed(lang, text))


@pytest.mark.parametrize("lang,text", [
    # a booked event with its hours, an invitation, the reader's own meal
    ("fr", "Votre livraison est prévue ce vendredi entre 8 h et 12 h."),
    ("en", "Your delivery is booked for this Friday between 8 and 12."),
    ("fr", "Retrouvez-nous ce vendredi pour notre soirée portes ouvertes."),
    ("en", "Join us this Friday for our open evening in the showroom."),
    ("en", "Air your new mattress for an hour before breakfast."),
    ("en", "Grab a pillow from the counter before breakfast."),
    ("fr", "Passez prendre un oreiller au comptoir avant le petit-déjeuner."),
    # a past day, an event announced for a day
    ("fr", "Votre commande est partie ce lundi."),
    ("en", "Your order left this Monday."),
    ("en", "Mattress clinic at our store this Thursday! Bring your questions."),
    # the reader's event said to be on that day: the day it is set for
    ("fr", "Désolés pour ce contretemps. Votre livraison est ce vendredi, avec Julien."),
    ("en", "Sorry for the mix-up. Your delivery is this Friday, with Julien."),
])
def test_a_day_in_a_notice_an_invitation_or_the_readers_act_does_not_fire(
        lint_bed, lang, text):
    assert codes(lint_bed(lang, text)) == []


# The profile's own kind of a built-in service, named earlier on the line (« envoi
# postal » of `mail_in`, whose term « réparation par courrier » is a repair), is the
# service the built-in's verb (« réparé ») times — unless that kind had its own delay.
KIND_PROFILES = {
    "fr": """
brand: Vissadoc
language: fr
central_idea:
  statement: "Des téléphones réparés près de chez vous."
  lexicon: [téléphone, réparation, atelier, quartier]
channels:
  sms: {tones: [joy], idea: false}
promises:
  repair: {within: 4h}
  mail_in: {within: 5d, terms: [réparation par courrier, envoi postal]}
  delivery: {within: 3d}
  response: {within: 24h}
  callback: {within: 24h}
""",
    "en": """
brand: Vissadoc
language: en
central_idea:
  statement: "Phones repaired close to home."
  lexicon: [phone, repair, workshop, neighbourhood]
channels:
  sms: {tones: [joy], idea: false}
promises:
  repair: {within: 4h}
  mail_in: {within: 5d, terms: [mail-in repair, postal parcel]}
  delivery: {within: 3d}
  response: {within: 24h}
  callback: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint_kind(lint_profile_texts):
    return lint_profile_texts(KIND_PROFILES, "vissadoc", "sms")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vissadoc : votre envoi postal est bien arrivé à l'atelier. "
           "Votre téléphone sera réparé demain."),
    ("en", "Vissadoc: your postal parcel has reached the workshop. "
           "Your phone will be repaired tomorrow."),
])
def test_the_own_kind_named_on_the_line_fires(lint_kind, lang, text):
    assert "BL302" in codes(lint_kind(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vissadoc : votre envoi postal est bien arrivé à l'atelier. "
           "Votre téléphone sera réparé sous 5 jours."),
    ("en", "Vissadoc: your postal parcel has reached the workshop. "
           "Your phone will be repaired within 5 days."),
    ("fr", "Vissadoc : réparation par courrier sous 5 jours. "
           "En boutique, votre téléphone est réparé dans la journée."),
    ("en", "Vissadoc: mail-in repair within 5 days. "
           "In the shop, your phone is repaired the same day."),
])
def test_the_own_kind_kept_or_timed_apart_does_not_fire(lint_kind, lang, text):
    assert codes(lint_kind(lang, text)) == []
