"""Round 47's sincerity concepts (se63), each on the real models, FR and EN, with its near
misses:

- the customer's part set against the apology by a marker of fairness (« Il faut dire
  que… », "To be fair, …") naming what they did or filled in: BL401;
- how the customer kept the thing, inferred from how the damage looks ("consistent with",
  "so it sounds like", « compatible avec »), a use participle in the sentence: BL401;
- a doubting question announced as a duty of the brand's ("we have to ask whether it was
  lent…", « nous devons vous demander si… a été… »): BL402;
- a kind taught as to a beginner after a phrase set before it (« Pour mémoire, une robe sur
  mesure, ce n'est pas… »), and the customer's inexperience blamed without « à comprendre »
  (« pas évident quand on n'est pas du métier », "not obvious if you're not in the trade"):
  BL404;
- a price that is the customer's own charge — already in question under a definite
  determiner (« les 12 € par jour prévus au contrat ») or cut by the agent ("I've knocked
  it down to … £40 instead of £75") — is no selling: BL406 stays silent."""

from __future__ import annotations

import pytest

from tests.conftest import codes


def sincerity(lint, text, lang, channel="after_sales"):
    return codes(lint(text, lang, channel), "BL4")


# -- the customer's part set against the apology ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame, nous sommes désolés que la robe soit arrivée trop grande. Il faut "
           "dire que les tailles notées dans votre formulaire correspondaient plutôt à un 44. "
           "Une robe en 40 part demain et vous sera livrée jeudi."),
    ("fr", "Bonjour Monsieur, désolés pour l'arrivée tardive du traiteur. Il faut préciser que "
           "le code du portail manquait sur la fiche que vous avez envoyée. Nous vous "
           "remboursons les frais de déplacement sous 10 jours."),
    ("en", "Hi Sam, sorry the technician was late on Saturday. To be fair, you did change "
           "the time slot the evening before, so the route had to be redone. We'll refund the "
           "call-out fee within 5 days."),
    # in a call, the customer's turn is the complaint answered
    ("fr", "Agent : Bonjour, je vous écoute. [Client : Le livreur n'est pas passé samedi.] "
           "Agent : Je vois le rendez-vous manqué. Il faut dire aussi que vous avez déplacé la "
           "livraison deux fois cette semaine. Je vous propose mardi à 10 h."),
    ("en", "Agent: Hello, how can I help? [Customer: Your driver didn't come on Saturday.] "
           "Agent: I can see the missed slot. In fairness, you also moved the delivery twice "
           "this week. I can offer Tuesday at 10am."),
])
def test_customers_part_set_against_the_apology_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # a third party's part, not the customer's
    ("fr", "Bonjour Madame, nous sommes désolés pour ce retard. Il faut dire que le "
           "transporteur a été bloqué par la neige toute la matinée. Votre colis arrive "
           "demain avant midi."),
    # what the customer is, not what they did
    ("en", "Hi Sam, we're sorry your order arrived late. To be fair, you've been more than "
           "patient with us, so we've refunded the delivery fee today."),
    ("en", "Hi Sam, sorry the technician was late on Saturday. To be fair, the roads were "
           "closed all morning after the storm. We'll refund the call-out fee within 5 "
           "days."),
    # their telling the brand, told in their favour
    ("fr", "Bonjour Madame, nous sommes désolés pour ce dessert. Pour être juste, vous nous "
           "aviez prévenus de l'allergie dès la réservation : un avoir vous est envoyé "
           "aujourd'hui."),
    ("en", "Hi Sam, we're sorry about the dessert. To be fair, you did warn us about the "
           "allergy when you booked; a credit is on its way to you today."),
])
def test_fairness_marker_without_the_customers_act_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- the customer's keeping inferred from the damage's look ------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame, nous sommes désolés pour ces coussins décolorés. Ces marques sont "
           "compatibles avec un tissu laissé en plein soleil. Nous vous envoyons des housses "
           "de rechange sous 5 jours."),
    ("en", "Hi Jo, sorry to hear the leather seats have cracked. That kind of cracking only "
           "happens when they've been left in direct sun, so it sounds like the car stood "
           "outside all summer. We'll send a repair kit within 3 days."),
])
def test_keeping_inferred_from_the_damage_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # a thing on its way, left by the carrier
    ("fr", "Bonjour Madame, nous sommes désolés : on dirait que votre colis a été laissé au "
           "dépôt par le transporteur. Nous le relançons aujourd'hui et il arrive demain."),
    ("en", "Hi Jo, sorry your parcel is late: it looks like it was left at the depot by our "
           "courier. We'll have it with you tomorrow."),
])
def test_keeping_inferred_in_other_hands_does_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- a doubting question announced as a duty ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur, nous sommes désolés pour ces rayures sur le vélo. Avant d'aller "
           "plus loin, nous devons vous demander si le vélo a été prêté à quelqu'un ce "
           "week-end. Nous vous rappelons demain à 10 h."),
    ("en", "Hi Alex, sorry about the scratches on the bike. Before we go further, we have to "
           "ask whether it was ridden off-road over the weekend. We'll call you tomorrow at "
           "10am."),
])
def test_question_announced_as_a_duty_fires(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # a choice offered, not their account questioned
    ("fr", "Bonjour Monsieur, nous sommes désolés pour ces rayures sur le vélo. Nous devons "
           "vous demander si vous préférez une réparation ou un remplacement : répondez à ce "
           "message et nous organisons tout demain."),
    ("en", "Hi Alex, sorry about the scratches on the bike. We have to ask whether you'd "
           "prefer a repair or a replacement: reply here and we'll arrange it tomorrow."),
])
def test_choice_asked_as_a_duty_does_not_fire(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)


# -- condescension: a kind taught after an opening phrase; inexperience blamed ----------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, désolés pour ce retard. Pour mémoire, une robe sur mesure, ce n'est "
           "pas un pull qu'on achète en rayon. Elle sera prête vendredi à 11 h."),
    ("fr", "Bonjour Léa, désolée pour ces retouches. Je comprends que ce ne soit pas évident "
           "quand on n'est pas du métier : l'ourlet doit être refait. Nous le reprenons sous "
           "3 jours."),
    ("en", "Hi Lea, sorry about the alterations. I know it's not obvious if you're not in "
           "the trade, but the hem has to be redone. We'll have it ready within 3 days."),
])
def test_condescension_fires(lint, lang, text):
    assert "BL404" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the case judged, not a kind taught
    ("fr", "Bonjour Léa, toutes nos excuses. Franchement, une attente pareille, ce n'est pas "
           "acceptable. Votre robe sera prête vendredi à 11 h."),
    # the customer's difficulty with the brand, not their inexperience
    ("fr", "Bonjour Léa, ce n'est pas facile quand on n'a pas de réponse depuis une semaine, "
           "et nous en sommes désolés. Votre robe sera prête vendredi à 11 h."),
    ("en", "Hi Lea, it's not easy when you're not getting answers, and we're sorry for that. "
           "Your dress will be ready on Friday at 11am."),
])
def test_condescension_near_misses_do_not_fire(lint, lang, text):
    assert "BL404" not in sincerity(lint, text, lang)


# -- a price that is the customer's own charge is no selling -----------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur, nous sommes désolés que ces frais de retard vous contrarient. "
           "Le matériel est revenu avec trois jours de retard : nous ne pouvons pas annuler "
           "les 12 € par jour prévus au contrat. Répondez à ce message si vous souhaitez "
           "payer en deux fois."),
    ("fr", "Bonjour Monsieur, désolés pour l'heure en trop sur votre note. J'ai ramené "
           "cette heure à notre tarif du soir, 40 € au lieu de 75 €, et la différence vous "
           "sera rendue sous 5 jours."),
    ("en", "Hi Tom, I'm sorry about the extra hour on your invoice. I've knocked it down to "
           "our evening rate of £40 instead of £75, and the difference will be back on your "
           "card within 5 days."),
])
def test_customers_own_charge_is_no_selling(lint, lang, text):
    assert "BL406" not in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur, nous sommes désolés pour ce retard de livraison. Pour votre "
           "prochain événement, louez notre option Premium à 12 € par jour !"),
    ("en", "Hi Tom, I'm sorry about the late delivery. By the way, our evening package is "
           "just £40 instead of £75 this month!"),
])
def test_price_offered_in_a_complaint_reply_still_fires(lint, lang, text):
    assert "BL406" in sincerity(lint, text, lang)


# -- what the customer gave, later than the brand asks or than agreed --------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Léa, désolés pour cette attente. Si la veste n'était pas prête vendredi, "
           "c'est parce que vos mesures nous sont parvenues mardi, alors que nous demandons "
           "une semaine pour une retouche. Elle sera prête lundi à 10 h."),
    ("en", "Hello Mr Reed. The delay is due to the photos, which you sent on Friday instead "
           "of Tuesday as agreed. The album will now be delivered on Monday."),
])
def test_input_later_than_asked_fires(lint, lang, text):
    assert "BL401" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the brand's own lateness, owned
    ("fr", "Bonjour Léa, nous vous avons envoyé le devis vendredi au lieu de mardi comme "
           "convenu : toutes nos excuses. La veste sera prête lundi à 10 h."),
    # a condition, not a reason given
    ("fr", "Bonjour Léa, si vos mesures nous sont parvenues après le 10, alors que nous "
           "demandons dix jours, prévenez-nous : nous accélérerons la retouche."),
    ("en", "Hello Mr Reed, we sent the proofs on Friday instead of Tuesday as agreed, and "
           "we're sorry. The album will be delivered on Monday."),
])
def test_input_later_than_asked_near_misses_do_not_fire(lint, lang, text):
    assert "BL401" not in sincerity(lint, text, lang)


# -- the account set against the brand's recording machine or confirming staff -----------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur, désolés pour ce malentendu. Vous contestez la seconde nuit "
           "facturée, mais notre serrure connectée enregistre chaque ouverture et la porte a "
           "été ouverte à 23 h. Nous vous envoyons le relevé demain."),
    ("en", "Hi Dana, you say the installer never came on Monday. However, our installer has "
           "confirmed that he rang at 9:05 and waited ten minutes. We'll rebook you for "
           "Thursday at 9am."),
])
def test_account_against_the_brands_witness_fires(lint, lang, text):
    assert "BL402" in sincerity(lint, text, lang)


@pytest.mark.parametrize("lang,text", [
    # the record read to check, no contrast with their word
    ("fr", "Bonjour Monsieur, vous contestez la seconde nuit facturée : notre serrure "
           "connectée enregistre chaque ouverture, nous vérifions le relevé et revenons vers "
           "vous demain."),
    # the staff's confirmation agrees with them
    ("en", "Hi Dana, you said the installer never came on Monday, and you're right: our "
           "installer has confirmed he was sent to the wrong street. We're sorry, and we'll "
           "come on Thursday at 9am."),
])
def test_account_and_the_brands_witness_near_misses_do_not_fire(lint, lang, text):
    assert "BL402" not in sincerity(lint, text, lang)
