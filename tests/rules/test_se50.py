"""Causes of sincerity misses read as concepts of the shared reply reading (se50, on
sincerity-blind42 and the older sets). Doubt — puzzlement said « un peu de mal à comprendre
comment », the customer's past act in a condition with a word of reality (« si vous l'avez
vraiment envoyée »), their figure corrected by the record ("not the hour you mention"), their
act denied by a guess tagged "as you say". Blame — the avoidable harm with the customer's act
as the means, in a gerund (« en consultant…, vous auriez évité »). No apology — a charge
taken after their cancellation admitted. Marketing — "While you're here:" before a pitch,
« pensez à nos nouveaux… ». Talking down — "honestly very easy", "so it's clear for next
time", "we do announce…", "lots of people forget that". A firing case and a near miss for
each, FR and EN. Texts and profiles are our own."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Passerelle
language: fr
central_idea:
  statement: "Des navettes fluviales ponctuelles, pour traverser la ville sans voiture."
  lexicon: [navette, ponton, traversée, abonnement]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 14d}
  response: {within: 24h}
""",
    "en": """
brand: Passerelle
language: en
central_idea:
  statement: "Punctual river shuttles, to cross the city without a car."
  lexicon: [shuttle, pier, crossing, pass]
channels:
  web: {tones: [storytelling]}
  email: {tones: [empathy, solution], service: true}
  chat: {tones: [empathy, solution], service: true}
promises:
  refund: {within: 14d}
  response: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "passerelle50", "email")


def codes(diagnostics):
    return {d.code for d in diagnostics}


FIRES = [
    # doubt: puzzlement after a quantifier (« un peu de mal »)
    ("fr", "BL402", "Désolés pour ce souci. Chaque carte est testée avant l'envoi. On a donc un "
                    "peu de mal à comprendre comment la vôtre aurait pu arriver vide. Nous vous "
                    "en envoyons une autre sous 24 h."),
    ("en", "BL402", "Sorry about this. Every card is tested before it is posted, so we're "
                    "struggling to see how yours could have arrived blank. We'll send another "
                    "within 24 hours."),
    # doubt: their past act in a condition with a word of reality
    ("fr", "BL402", "Nous ne trouvons aucune demande de résiliation. Si vous l'avez vraiment "
                    "envoyée, transmettez-nous la capture d'écran de l'e-mail de confirmation."),
    ("en", "BL402", "We can't find any cancellation request. If you really did send it, forward "
                    "us the confirmation email and we'll take a look."),
    # doubt: their figure corrected by the record
    ("fr", "BL402", "Désolés pour cet arrêt. Nos relevés indiquent toutefois une attente de "
                    "12 minutes, et non de 40 comme vous le dites. Le billet vous sera "
                    "remboursé sous 14 jours."),
    ("en", "BL402", "Sorry about the stop. Our records show the shuttle waited 12 minutes, not "
                    "the forty you mention. Your ticket will be refunded within 14 days."),
    # doubt: their act denied by the brand's guess, tagged as their saying
    ("fr", "BL402", "Nos bornes n'ont rien enregistré ce jour-là : vous n'avez peut-être pas "
                    "validé votre carte au ponton comme vous le dites."),
    ("en", "BL402", "Our readers logged nothing that day, so you may not have tapped your card "
                    "at the pier as you say."),
    # blame: the customer's act as the means of the avoidable harm
    ("fr", "BL401", "Désolés pour ce trajet inutile. L'annulation était affichée sur l'appli : "
                    "en la consultant avant de partir, vous auriez évité le déplacement."),
    ("en", "BL401", "Sorry about the wasted trip. The cancellation was on the app: by checking "
                    "it before leaving, you would have avoided the journey."),
    # no apology: a charge taken after the customer had cancelled
    ("fr", "BL403", "Effectivement, un prélèvement de 30 € a été fait le 5 mai alors que votre "
                    "abonnement était résilié depuis le 1er mai. Le remboursement part "
                    "aujourd'hui."),
    ("en", "BL403", "Yes, you were charged £30 on 5 May after you had cancelled on 1 May. The "
                    "refund goes out today."),
    # marketing pushed after the answer to a complaint
    ("fr", "BL406", "Toutes nos excuses pour ce retard de navette. Votre billet vous sera "
                    "remboursé sous 14 jours. Et pensez à nos nouvelles croisières du soir !"),
    ("en", "BL406", "We're very sorry the shuttle was late. Your ticket will be refunded within "
                    "14 days. While you're here: our evening cruises are back this week!"),
    # talking down
    ("fr", "BL404", "Activer la carte, c'est franchement très simple : posez-la sur la borne. "
                    "Désolés pour le souci, nous la réactivons sous 24 h."),
    ("en", "BL404", "Activating the pass is honestly very easy: tap it on the reader. Sorry for "
                    "the trouble, we'll reactivate it within 24 hours."),
    ("fr", "BL404", "Désolés pour la confusion. Je reprends, pour que ce soit bien clair pour "
                    "vous : suspendre et résilier, ce sont deux boutons différents."),
    ("en", "BL404", "Sorry for the mix-up! Just so it's clear for next time: pausing and "
                    "cancelling are two different buttons."),
    ("fr", "BL404", "Désolés pour la perte de votre sac. Nous le rappelons pourtant à chaque "
                    "ponton : vérifiez vos affaires avant de descendre. Nos équipes vous "
                    "répondent sous 24 h."),
    ("en", "BL404", "Sorry you lost your bag. We do announce at every pier that passengers "
                    "should check their belongings. Our team will reply within 24 hours."),
    ("en", "BL404", "Sorry it caused trouble. Lots of people forget that little step! We'll "
                    "reactivate the pass within 24 hours."),
]

NEAR_MISSES = [
    ("fr", "BL402", "Désolés ! On a un peu de mal à joindre le transporteur aujourd'hui : nous "
                    "vous répondons sous 24 h."),
    ("en", "BL402", "Sorry! We're having some trouble reaching the courier today; we'll reply "
                    "within 24 hours."),
    ("fr", "BL402", "Si vous avez bien reçu l'e-mail, cliquez sur le lien pour activer votre "
                    "abonnement."),
    ("en", "BL402", "If you've already sent the form, thank you: we'll process it today."),
    ("fr", "BL402", "Toutes nos excuses : nos relevés confirment l'attente de 40 minutes, comme "
                    "vous le dites. Le billet vous sera remboursé sous 14 jours."),
    ("en", "BL402", "We're sorry: our records confirm the forty-minute wait you mention. Your "
                    "ticket will be refunded within 14 days."),
    ("fr", "BL402", "Comme vous le dites, la borne n'a pas validé votre carte : toutes nos "
                    "excuses, nous la réactivons sous 24 h."),
    ("en", "BL402", "As you say, the reader didn't accept your card: we're sorry, we'll "
                    "reactivate it within 24 hours."),
    ("fr", "BL401", "En vous prévenant plus tôt, nous aurions évité ce trajet : toutes nos "
                    "excuses, nous vous remboursons le billet sous 14 jours."),
    ("en", "BL401", "By warning you earlier, we would have saved you the trip: our apologies, "
                    "we're refunding your ticket within 14 days."),
    ("fr", "BL403", "Toutes nos excuses : un prélèvement de 30 € a été fait le 5 mai alors que "
                    "votre abonnement était résilié depuis le 1er mai. Le remboursement part "
                    "aujourd'hui."),
    ("en", "BL403", "We're sorry: you were charged £30 on 5 May after you had cancelled on 1 "
                    "May. The refund goes out today."),
    ("fr", "BL406", "Merci pour votre réservation ! Et pensez à nos nouvelles croisières du "
                    "soir."),
    ("en", "BL406", "We're very sorry the shuttle was late. While you're here, could you "
                    "confirm your pass number? We'll refund the ticket within 14 days."),
    ("fr", "BL404", "Activer la carte prend une minute : posez-la sur la borne. Désolés pour le "
                    "souci, nous la réactivons sous 24 h."),
    ("en", "BL404", "Activating the pass takes a minute: tap it on the reader. Sorry for the "
                    "trouble, we'll reactivate it within 24 hours."),
    ("fr", "BL404", "Pour que ce soit clair, votre remboursement part lundi, toutes nos "
                    "excuses pour l'attente."),
    ("en", "BL404", "To be clear, we'll refund you in full within 14 days; sorry again for the "
                    "wait."),
    ("fr", "BL404", "Désolés pour l'attente. Nous vous rappelons demain avant midi."),
    ("en", "BL404", "We did say we'd call you back and we didn't, our apologies: we'll call you "
                    "today."),
    ("en", "BL404", "Sorry for the delay! Lots of people love that crossing at sunset; we'll "
                    "refund your ticket within 14 days."),
]


@pytest.mark.parametrize("lang,code,text", FIRES)
def test_se50_concept_fires(lint, lang, code, text):
    assert code in codes(lint(lang, text))


@pytest.mark.parametrize("lang,code,text", NEAR_MISSES)
def test_se50_near_miss_stays_clean(lint, lang, code, text):
    assert code not in codes(lint(lang, text))
