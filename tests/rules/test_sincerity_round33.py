"""What round 33 (the no-apology and no-next-step misses of sincerity-blind12..27) taught the
reading of a service reply, in concepts:

- no apology (BL403): the brand's fault admitted in flat terms — its thing wrong as it
  stands (« un tarif erroné a été appliqué », "an incorrect rate was applied"), the booked
  visit that did not take place (« n'a pas eu lieu », "did not take place"), a machine of the
  brand's that plays up, the fault placed "on our side" after a noun of the brand's own
  procedure ("held for a security check on our side": no verb of looking), and a duty told
  in an impersonal passive ("that should have been flagged in the app": no one owns it);
- no next step (BL407): a wish for the road (« roulez prudemment », "please drive
  carefully") is courtesy, not an instruction; a hand-off with nothing after it (« je
  transmets à l'équipe », "I'll pass it on") answering the problem the customer told in their
  turn (« personne n'est venu », "nobody came") leaves them where they were; the regret
  told with the thing as subject (« ce genre d'incident nous désole toujours ») is no
  promise; what did not happen ("your
  statement didn't include your payments") moves nothing.

Each fires in its true form and stays silent in its near miss, in French and English, on the
real models. The texts are our own."""

from __future__ import annotations

import pytest

CYCLO = {
    "fr": """
brand: Cyclonelle
language: fr
central_idea:
  statement: "Votre vélo en location, entretenu et prêt à rouler."
  lexicon: [vélo, location, atelier, confiance]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 14d}
""",
    "en": """
brand: Cyclonelle
language: en
central_idea:
  statement: "Your rental bike, looked after and ready to ride."
  lexicon: [bike, rental, workshop, trust]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 24h}
  refund: {within: 14d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(CYCLO, "cyclonelle", "after_sales")


def found(diagnostics, code):
    return [d for d in diagnostics if d.code == code]


# -- BL403: the brand's fault admitted in flat terms ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, un tarif erroné a été appliqué à votre location de mars. Nous vous "
           "remboursons la différence aujourd'hui."),
    ("en", "Hi Tom, an incorrect rate was applied to your March rental. We've refunded the "
           "difference today."),
    ("fr", "Bonjour Tom, je vois que la révision de lundi n'a pas eu lieu. Je vous propose un "
           "nouveau créneau jeudi à 10 h."),
    ("en", "Hi Tom, I can see Monday's bike service did not take place. I can offer you a new "
           "slot on Thursday at 10 am."),
    ("en", "Hi Tom, your deposit was held for two days for a security check on our side. The "
           "hold has now been lifted."),
    ("en", "Hi Tom, you're right: the bike's front light was broken and that should have been "
           "flagged in the app. We've refunded the rental today."),
    ("en", "Hi Tom, the lockers at the station have been playing up all week. Your refund "
           "went out this morning."),
])
def test_fault_admitted_in_flat_terms_wants_an_apology(lint, lang, text):
    assert found(lint(lang, text), "BL403")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, un tarif erroné a été appliqué à votre location de mars, nous en "
           "sommes désolés. Nous vous remboursons la différence aujourd'hui."),
    ("en", "Hi Tom, an incorrect rate was applied to your March rental, and we're sorry. "
           "We've refunded the difference today."),
    ("fr", "Bonjour Tom, si le tarif affiché vous semble incorrect, répondez à ce message."),
    ("en", "Hi Tom, if the rate shown looks incorrect to you, reply to this message."),
    ("fr", "Bonjour Tom, toutes nos excuses : la révision de lundi n'a pas eu lieu. Je vous "
           "propose un nouveau créneau jeudi à 10 h."),
    ("en", "Hi Tom, please send us the photos so that we can check on our side. We reply "
           "within 24 hours."),
    ("en", "Hi Tom, you're right: the bike's front light was broken and we should have "
           "flagged it in the app. We've refunded the rental today."),
])
def test_fault_apologised_for_or_not_admitted_is_no_finding(lint, lang, text):
    assert not found(lint(lang, text), "BL403")


# -- BL407: what is no next step -----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, nous sommes désolés que la chaîne ait cassé pendant votre balade. "
           "Roulez prudemment."),
    ("en", "Hi Tom, we're so sorry the chain snapped during your ride. Please drive "
           "carefully."),
    ("fr", "Bonjour Tom, nous sommes navrés que votre vélo soit arrivé avec un pneu crevé. Ce "
           "genre d'incident nous désole toujours. Nous restons à votre disposition."),
    ("en", "Hi Tom, you're right, and I apologise. The balance on your March invoice didn't "
           "include the deposit already paid in January."),
])
def test_wish_regret_or_what_did_not_happen_is_no_next_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Tom, nous sommes désolés que la chaîne ait cassé pendant votre balade. "
           "Roulez prudemment jusqu'à l'atelier de la gare : nous changeons la chaîne "
           "gratuitement."),
    ("en", "Hi Tom, we're so sorry the chain snapped during your ride. Please ride carefully "
           "to the station workshop: we'll fit a new chain free of charge."),
    ("fr", "Bonjour Tom, nous sommes navrés que votre vélo soit arrivé avec un pneu crevé. Ce "
           "genre d'incident nous désole toujours. Un vélo de remplacement vous est livré "
           "demain matin."),
    ("en", "Hi Tom, you're right, and I apologise. The balance on your March invoice didn't "
           "include the deposit already paid in January. A corrected invoice goes out "
           "tomorrow."),
])
def test_wish_or_regret_beside_a_step_is_no_finding(lint, lang, text):
    assert not found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Cyclonelle, bonjour.\n[Client : Personne n'est venu récupérer le vélo "
           "samedi.]\nConseiller : Ah, d'accord. Je transmets à l'atelier."),
    ("en", "Agent: Cyclonelle, hello.\nCaller: Nobody came to collect the bike on Saturday.\n"
           "Agent: Right. I'll pass it on to the workshop."),
])
def test_hand_off_answering_the_customers_problem_is_no_next_step(lint, lang, text):
    assert found(lint(lang, text), "BL407")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Conseiller : Cyclonelle, bonjour.\n[Client : Personne n'est venu récupérer le vélo "
           "samedi.]\nConseiller : Désolé. Un coursier passe le chercher demain à 9 h."),
    ("en", "Agent: Cyclonelle, hello.\nCaller: Nobody came to collect the bike on Saturday.\n"
           "Agent: Sorry about that. A courier will collect it tomorrow at 9 am."),
    ("fr", "Conseiller : Cyclonelle, bonjour.\n[Client : Je voudrais changer de modèle.]\n"
           "Conseiller : Je transmets à l'atelier."),
    ("en", "Agent: Cyclonelle, hello.\nCaller: I'd like to switch to another model.\n"
           "Agent: I'll pass it on to the workshop."),
])
def test_hand_off_with_no_problem_told_or_a_real_step_is_no_finding(lint, lang, text):
    assert not found(lint(lang, text), "BL407")
