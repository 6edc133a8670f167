"""Service promises said with the reader's day as the clock (round 10): a moment of the
reader's own day (« avant d'aller vous coucher », "by the time you get home", "the moment
your payment goes through", « à la pause déjeuner », "by school pick-up"), an everyday act
as "minutes" (« le temps d'un café », "the time it takes to drink a coffee"), "within the
day", « aujourd'hui même »; which service such a delay belongs to: the FAQ question right
before the answer (or, for a *when / how long* question, the page's title), the pronoun
the reader receives (« vous l'aurez demain ») standing for the service of the clause
before, money landing on the reader's account (« l'argent », « le virement ») as the
refund, a letterbox as the delivery; a verbless "Refund to your card …" read as an order
to the reader is still the brand's refund; Markdown emphasis (« *Question ?* ») is no
footnote star. Near-misses: the same words at or beyond the commitment, a parcel leaving
the brand (« le colis part sous 48 h ») is a step before delivery, not its delay.
Each fires and stays silent in French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Lavandine
language: fr
central_idea:
  statement: "Un pressing qui prend soin de chaque vêtement."
  lexicon: [soin, vêtement, durer]
channels:
  email: {tones: [reassurance]}
  web: {tones: [reassurance]}
  sms: {tones: [speed], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 3d}
  refund:   {within: 14d}
  response: {within: 48h}
  cleaning: {within: 48h, terms: [nettoyage à sec, retouche express]}
  booking_confirmation: {within: 24h, terms: [confirmation de réservation]}
  deposit_return: {within: 7d, terms: [caution]}
""",
    "en": """
brand: Lavandine
language: en
central_idea:
  statement: "A dry cleaner that takes care of every garment."
  lexicon: [care, garment, last]
channels:
  email: {tones: [reassurance]}
  web: {tones: [reassurance]}
  sms: {tones: [speed], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 3d}
  refund:   {within: 14d}
  response: {within: 48h}
  cleaning: {within: 48h, terms: [dry cleaning, express alterations]}
  booking_confirmation: {within: 24h, terms: [booking confirmation]}
  deposit_return: {within: 7d, terms: [deposit]}
""",
}

PROMISE = {"BL302", "BL304"}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "lavandine", "email")


def firm(diagnostics) -> set[str]:
    return {d.code for d in diagnostics if d.severity >= 2}


def exceeding(diagnostics) -> list:
    return [d for d in diagnostics if d.code == "BL302" and d.severity >= 2]


# -- a moment of the reader's day -----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nDésolés pour cette tache oubliée. Nous reprenons le "
           "manteau gratuitement et vous aurez votre remboursement avant d'aller vous "
           "coucher.\n\nL'équipe Lavandine"),
    ("en", "Dear Mrs Roux,\n\nSorry about the stain we missed. We'll clean the coat again "
           "free of charge, and you'll have your refund by the time you get home from "
           "work.\n\nThe Lavandine team"),
])
def test_a_moment_of_the_readers_day_is_a_deadline(lint_with, lang, text):
    assert exceeding(lint_with(lang, text, "after_sales")), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roux,\n\nDésolés pour cette tache oubliée. Nous reprenons le "
           "manteau gratuitement et vous aurez votre remboursement sous 14 jours.\n\n"
           "L'équipe Lavandine"),
    ("en", "Dear Mrs Roux,\n\nSorry about the stain we missed. We'll clean the coat again "
           "free of charge, and you'll have your refund within 14 days.\n\nThe Lavandine "
           "team"),
])
def test_near_miss_the_same_refund_at_its_commitment(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "after_sales")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une retouche express ? On vous la fait le temps d'un café."),
    ("en", "Express alterations? We do them in the time it takes to drink a coffee."),
])
def test_an_everyday_act_as_minutes(lint_with, lang, text):
    assert exceeding(lint_with(lang, text, "web")), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une retouche express ? Prenez un café en nous attendant, on vous explique tout."),
    ("en", "Express alterations? Have a coffee while we explain the options."),
])
def test_near_miss_a_coffee_that_measures_nothing(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "web")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lavandine : réclamation n° 412 reçue. Remboursement sur votre carte aujourd'hui "
           "même."),
    ("en", "Lavandine: complaint no. 412 received. Refund to your card within the day."),
])
def test_today_itself_and_within_the_day(lint_with, lang, text):
    assert exceeding(lint_with(lang, text, "sms")), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Lavandine : réclamation n° 412 reçue. Remboursement sur votre carte sous 14 jours."),
    ("en", "Lavandine: complaint no. 412 received. Refund to your card within 14 days."),
])
def test_near_miss_the_refund_within_its_commitment(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "sms")) & PROMISE


# -- which service: the FAQ question, the page's title ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "## Réserver un créneau\n\n*Faut-il un compte ?* Non.\n*Quand reçoit-on la "
           "confirmation de réservation ?* Elle arrive à la minute où vous payez en ligne.\n"
           "*Et si je suis en retard ?* Prévenez-nous."),
    ("en", "## Booking a slot\n\n*Do I need an account?* No.\n*When do I get my booking "
           "confirmation?* The moment your payment goes through, it's in your inbox.\n"
           "*What if I'm late?* Just let us know."),
])
def test_the_answer_is_about_the_service_its_question_names(lint_with, lang, text):
    found = exceeding(lint_with(lang, text, "web"))
    assert found and any("24" in d.message for d in found), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Réserver un créneau\n\n*Faut-il un compte ?* Non.\n*Quand a lieu la première "
           "séance ?* Elle commence à la minute où vous arrivez.\n"),
    ("en", "## Booking a slot\n\n*Do I need an account?* No.\n*When does the first session "
           "start?* The moment you walk in, we get going.\n"),
])
def test_near_miss_a_question_that_names_no_service(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "web")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Nettoyage à sec : comment ça marche ?\n\n**Faut-il réserver ?**\nNon, "
           "passez quand vous voulez.\n\n**Combien de temps gardez-vous mon costume ?**\n"
           "Déposez-le en allant au travail : il vous attend repassé pour la sortie des "
           "écoles."),
    ("en", "## Dry cleaning: how it works\n\n**Do I need to book?**\nNo, drop in whenever "
           "you like.\n\n**How long will you keep my suit?**\nDrop it off on your way to "
           "work: it'll be pressed and ready by school pick-up."),
])
def test_a_when_question_takes_the_service_of_the_page_title(lint_with, lang, text):
    assert exceeding(lint_with(lang, text, "web")), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Nettoyage à sec : comment ça marche ?\n\n**Faut-il réserver ?**\nNon, "
           "passez quand vous voulez.\n\n**Combien de temps gardez-vous mon costume ?**\n"
           "Comptez deux jours : il vous attend repassé le surlendemain."),
    ("en", "## Dry cleaning: how it works\n\n**Do I need to book?**\nNo, drop in whenever "
           "you like.\n\n**How long will you keep my suit?**\nAllow two days: it'll be "
           "pressed and ready the day after tomorrow."),
])
def test_near_miss_the_page_service_at_its_commitment(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "web")) & PROMISE


# -- which service: what the reader receives, money, a letterbox ---------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce bouton perdu. Nous vous remboursons la "
           "retouche ; le virement part ce soir, vous l'aurez sur votre compte demain.\n\n"
           "Bien à vous"),
    ("en", "Hello,\n\nSo sorry about the missing button. We're sending a new shirt out "
           "today and it'll be through your letterbox tomorrow morning.\n\nKind regards"),
])
def test_the_money_or_the_parcel_received_is_the_service(lint_with, lang, text):
    assert exceeding(lint_with(lang, text, "after_sales")), text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nToutes nos excuses pour ce bouton perdu. Nous vous remboursons la "
           "retouche ; vous l'aurez sur votre compte sous 14 jours.\n\nBien à vous"),
    ("en", "Hello,\n\nSo sorry about the missing button. We're sending a new shirt out "
           "and it'll be through your letterbox within 3 days.\n\nKind regards"),
])
def test_near_miss_received_within_the_commitment(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "after_sales")) & PROMISE


# -- a parcel leaving the brand is a step before delivery -----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "## Et maintenant ?\n\n1. Nous préparons votre colis.\n2. Le colis part sous 24 "
           "à 48 h.\n3. La Poste le livre en général deux jours après."),
    ("en", "## What happens next?\n\n1. We pack your parcel.\n2. It leaves us within one "
           "to two working days.\n3. Royal Mail usually delivers it two days later."),
])
def test_a_parcel_leaving_us_is_not_the_delivery_delay(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "web")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Et maintenant ?\n\n1. Nous préparons votre colis.\n2. Le colis est livré "
           "sous 24 à 48 h."),
    ("en", "## What happens next?\n\n1. We pack your parcel.\n2. It is delivered within "
           "one to two working days."),
])
def test_near_miss_the_delivery_itself_within_two_days(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text, "web"))


# -- Markdown emphasis is no footnote ------------------------------------------------------
def test_emphasis_stars_are_not_a_condition(engines):
    from brandlint.analysis.document import _EMPHASIS

    assert _EMPHASIS.search("*When do I get it?* Now.")
    assert _EMPHASIS.search("**Combien de temps ?**")
    assert not _EMPHASIS.search("Livré en 24 h* ; *voir conditions")
    assert not _EMPHASIS.search("**2. Hand over your bag.** We collect it.")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Besoin d'une retouche express ? Nos couturières reprennent un ourlet pendant que "
           "vous attendez. Pour une doublure, comptez 5 jours."),
    ("en", "Need a quick fix? Our tailors can take up a hem while you wait. For a lining, "
           "allow 5 days."),
])
def test_near_miss_a_teaser_question_is_no_faq(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "web")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nVotre caution est restituée par virement sous 7 jours après la "
           "remise des clés.\n\nBien à vous"),
    ("en", "Hello,\n\nYour deposit is returned by bank transfer within 7 days of handing "
           "back the keys.\n\nKind regards"),
])
def test_near_miss_the_means_of_a_service_is_no_second_service(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "after_sales")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nVotre caution est restituée par virement sous 2 jours après la "
           "remise des clés.\n\nBien à vous"),
    ("en", "Hello,\n\nYour deposit is returned by bank transfer within 2 days of handing "
           "back the keys.\n\nKind regards"),
])
def test_the_service_with_its_means_still_judged(lint_with, lang, text):
    assert exceeding(lint_with(lang, text, "after_sales")), text
