"""What round 32 (sincerity-blind27, read half, and the older rounds' misses) taught the
reading of a service reply, in concepts:

- blame (BL401): the customer's own choice given as the reason of what they complain of —
  the thing they chose, named by a relative clause, then a consequence link, after a cleft
  ("That's the plan you picked, so…") or a limit of the chosen thing (« la formule que vous
  avez choisie ne comprend pas…, donc… »); advice for next time in a conditional of need
  ("You'd need to book the full service next time");
- doubt (BL402): the damage guessed to have been there before the brand's service (« très
  probablement antérieures à votre révision »), and the customer's failure to hear or be there
  offered as the likelier explanation after another's account (« le livreur indique… Il est
  possible que vous n'ayez pas entendu l'interphone »);
- no apology (BL403): what the brand admits happened although it should not have (« un
  prélèvement a malgré tout eu lieu », "a payment was still taken");
- condescension (BL404): the trouble put on how confusing such things are ("card statements
  can be a bit confusing!") — not the brand's own thing — and the basics named (« c'est de la
  physique de base »);
- marketing (BL406): an offer told as news with its price in the next sentence;
- no next step (BL407): a customer's message under a label that names it (« [Message du
  client : …] ») is their words, not a step of the reply;
- slow next step (BL408): a participle that tells how a thing comes (« une nouvelle pièce,
  expédiée sous 4 jours ») is the step of the service that thing names.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

VELO = {
    "fr": """
brand: Velorane
language: fr
central_idea:
  statement: "Votre vélo entretenu près de chez vous, sans mauvaise surprise."
  lexicon: [vélo, atelier, entretien, confiance]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  social: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 14d}
  delivery: {within: 5d}
  part_replacement: {within: 48h, terms: [pièce de rechange, nouvelle pièce]}
""",
    "en": """
brand: Velorane
language: en
central_idea:
  statement: "Your bike looked after near home, with no bad surprise."
  lexicon: [bike, workshop, service, trust]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
  social: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 14d}
  delivery: {within: 5d}
  part_replacement: {within: 48h, terms: [replacement part, new part]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(VELO, "velorane", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL401: the customer's choice held against them ----------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Marc, nous avons vérifié votre compte. C'est l'option que vous avez "
           "sélectionnée à la commande, donc le vélo est resté cinq jours en point relais."),
    ("fr", "Bonjour Marc, la formule que vous avez choisie ne comprend pas le réglage des "
           "freins, donc un léger frottement est normal."),
    ("en", "Hi Marc, I've checked your account. That's the plan you picked in March, so the "
           "system billed you as usual."),
    ("en", "Hi Marc, the service you chose doesn't include a wheel check, so a slight wobble "
           "is normal."),
])
def test_choice_given_as_the_reason_is_blame(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Marc, la formule que vous avez choisie comprend le réglage des freins, "
           "donc un technicien le refait jeudi à 10 h."),
    ("fr", "Bonjour Marc, c'est l'option que vous avez choisie, donc nous vous l'expédions "
           "aujourd'hui."),
    ("en", "Hi Marc, the plan you picked includes free returns, so you can send it back at no "
           "cost."),
    ("en", "Hi Marc, the plan you chose doesn't include roaming, so we've added it free for "
           "this month."),
])
def test_choice_told_with_the_brands_act_or_a_benefit_is_no_blame(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Marc, le frottement vient du réglage d'origine. Il faudrait choisir la "
           "révision complète la prochaine fois."),
    ("en", "Hi Marc, the rub comes from the factory setting. You'd need to book the full "
           "service next time."),
])
def test_need_for_next_time_is_advice_that_blames(lint, lang, text):
    assert found(lint(lang, text), "BL401")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Marc, il faudrait passer à l'atelier : nous changeons la pièce aujourd'hui "
           "même, à nos frais."),
    ("en", "Hi Marc, you'd need to bring the bike in: we'll change the part today, at our "
           "cost."),
])
def test_need_without_next_time_is_no_lesson(lint, lang, text):
    assert not found(lint(lang, text), "BL401")


# -- BL402: a likelier explanation in the customer's disfavour -----------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nos pieds d'atelier sont contrôlés chaque matin. Les rayures que vous "
           "décrivez sont donc très probablement antérieures à votre révision. Nous examinons "
           "vos photos sous 24 h."),
    ("en", "Hello, our workshop stands are checked every morning, so the scratch was most "
           "likely already there before your service. We'll look at your photos within 24 "
           "hours."),
    ("fr", "Bonjour, le livreur indique être passé à 11 h sans obtenir de réponse. Il est "
           "possible que vous n'ayez pas entendu l'interphone. Le vélo sera représenté demain "
           "entre 9 h et 12 h."),
    ("en", "Hello, the courier says he rang at 11 am and got no answer. It's possible you "
           "didn't hear the buzzer. We'll redeliver tomorrow between 9 and 12."),
])
def test_likelier_explanation_against_the_customer_is_doubt(lint, lang, text):
    assert found(lint(lang, text), "BL402")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés : ces rayures sont très probablement dues à notre pied "
           "d'atelier. Nous reprenons la peinture à nos frais sous 24 h."),
    ("en", "Hello, we're sorry: the scratch was most likely caused by our workshop stand. We'll "
           "repaint it at our cost within 24 hours."),
    ("fr", "Bonjour, il est possible que vous n'ayez pas reçu notre e-mail : nous vous le "
           "renvoyons aujourd'hui."),
    ("en", "Hello, the courier says he rang at 11 am. It's possible he went to the wrong "
           "building, so we're checking with him today."),
])
def test_explanation_owned_or_no_account_set_aside_is_no_doubt(lint, lang, text):
    assert not found(lint(lang, text), "BL402")


# -- BL403: admitted despite ----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, votre abonnement d'entretien a bien été résilié le 2 mai et un prélèvement "
           "a malgré tout eu lieu le 5 mai. Ce montant vous sera remboursé sous 10 jours."),
    ("en", "Hello, your maintenance plan ended on 2 May and a payment was still taken on 5 "
           "May. It will be refunded within 10 days."),
])
def test_what_happened_despite_needs_an_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, votre abonnement d'entretien a bien été résilié le 2 mai et un prélèvement "
           "a malgré tout eu lieu le 5 mai : toutes nos excuses. Ce montant vous sera remboursé "
           "sous 10 jours."),
    ("en", "Hello, your maintenance plan ended on 2 May and a payment was still taken on 5 "
           "May: we're sorry. It will be refunded within 10 days."),
])
def test_what_happened_despite_with_an_apology_is_fine(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL404: confusion presumed, basics named -----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, le second montant est une pré-autorisation : elle disparaît seule en "
           "quelques jours. Les relevés bancaires peuvent être un peu déroutants !"),
    ("fr", "Bonjour Paul, désolés pour ce souci. Un pneu neuf ne se dégonfle pas seul en une "
           "nuit : c'est de la physique de base. Nous l'examinons sous 24 h."),
    ("en", "Hi Paul, the second amount is a pre-authorisation: it drops off on its own in a few "
           "days. Card statements can be a bit confusing!"),
    ("en", "Hi Paul, sorry for the trouble. A new tyre doesn't go flat overnight on its own: "
           "it's basic physics. We'll look at it within 24 hours."),
])
def test_confusion_presumed_or_basics_named_talk_down(lint, lang, text):
    assert found(lint(lang, text), "BL404")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Paul, désolés : notre nouvelle appli peut être un peu déroutante, nous la "
           "simplifions cette semaine. Le second montant sera annulé sous 24 h."),
    ("en", "Hi Paul, sorry: our new app can be a bit confusing, we're simplifying it this "
           "week. The second amount will be cancelled within 24 hours."),
])
def test_brands_own_confusing_thing_is_no_condescension(lint, lang, text):
    assert not found(lint(lang, text), "BL404")


# -- BL406: an offer told as news, priced in the next sentence ------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour l'attente à l'atelier ce matin ! Saviez-vous que notre nouvel "
           "abonnement Express évite la file ? Premier mois à 1 € seulement."),
    ("en", "Sorry about the queue at the workshop this morning! Did you know our new Express "
           "membership skips it? First month just £1."),
])
def test_offer_told_as_news_with_its_price_is_marketing(lint, lang, text):
    assert found(lint(lang, text, "social"), "BL406")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Désolés pour l'attente à l'atelier ce matin ! Saviez-vous que l'atelier ouvre "
           "aussi le dimanche ? Vous pouvez réserver un créneau dans l'appli."),
    ("en", "Sorry about the queue at the workshop this morning! Did you know the workshop also "
           "opens on Sundays? You can book a slot in the app."),
])
def test_news_without_a_price_is_no_marketing(lint, lang, text):
    assert not found(lint(lang, text, "social"), "BL406")


# -- BL407: the customer's labelled message is theirs --------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "[Message du client : Toujours rien depuis une semaine. Vous allez me répondre ?]\n\n"
           "Bonjour, nous comprenons votre agacement et nous excusons pour ce silence. Votre "
           "dossier est bien en cours de traitement. Merci de votre patience."),
    ("en", "[Earlier message from the customer: Still nothing after a week. Will you answer "
           "me?]\n\nHi, we understand your frustration and apologise for the silence. Your "
           "file is in progress. Thanks for your patience."),
])
def test_customers_labelled_question_is_no_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "[Message du client : Toujours rien depuis une semaine. Vous allez me répondre ?]\n\n"
           "Bonjour, nous comprenons votre agacement et nous excusons pour ce silence. Vous "
           "aurez notre réponse demain avant 12 h."),
    ("en", "[Earlier message from the customer: Still nothing after a week. Will you answer "
           "me?]\n\nHi, we understand your frustration and apologise for the silence. You'll "
           "have our answer tomorrow before 12 pm."),
])
def test_reply_with_a_dated_step_after_the_labelled_message_is_fine(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


# -- BL408: the participle's delay is the thing's service ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés : la pièce reçue était cassée. Nous vous envoyons une "
           "nouvelle pièce, expédiée sous 4 jours."),
    ("en", "Hello, we're sorry the part arrived broken. We're sending you a replacement part, "
           "shipped within 4 days."),
])
def test_replacement_shipped_slower_than_its_commitment(lint, lang, text):
    assert found(lint(lang, text), "BL408")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, nous sommes désolés : la pièce reçue était cassée. Nous vous envoyons une "
           "nouvelle pièce, expédiée sous 48 h."),
    ("en", "Hello, we're sorry the part arrived broken. We're sending you a replacement part, "
           "shipped within 2 days."),
])
def test_replacement_shipped_within_its_commitment(lint, lang, text):
    assert not found(lint(lang, text), "BL408")
