"""What heldout25 taught the promise reading (round 25).

- A verbless clause is a notice of a booked event by its own words only: "your fitting
  is booked, heat-shaped grips ready in 20 minutes" — the small model may hang the first
  clause's "booked" on the second clause's noun, which is still a speed promise.
- A list of the brand's acts shares the subject said before its first verb ("we check,
  clear out and regrease your hubs"), also when the tagger reads a middle item as an
  adjective: the last verb is the brand's act, not an order to the reader.
- A *when* clause that books the profile's own service (« quand vous réservez un
  montage », "when you book a home fitting") tells whose visit a place at the reader's
  (« à votre porte », "at your door") times: that service's commitment, not delivery's.
- A refund said by a verb of giving back (« vous est rendu ») is one only where money is
  named on its line: « il vous sera rendu sous 7 jours » of a repaired part gives back
  the item — the repair done, where the profile declares one.
- A badge or member card that opens the doors of the brand's place (« votre badge vous
  ouvre les portes 24 h/24 ») opens the place itself: its hours are the profile's
  availability; a facility reached with it (a bike shed, a pontoon) stays self-access.
- In a call script, a service phrase in the second person in the customer's turn (« c'est
  toujours comme ça chez vous ! »: *your* shop) carries no delay the agent's own line
  gives; the customer's question naming what they want back still does.
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Rayon
language: fr
central_idea:
  statement: "Remettre chaque vélo en selle, vite et bien."
  lexicon: [vélo, selle, atelier, réparer]
channels:
  web: {tones: [joy]}
  sms: {tones: [speed], idea: false}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  repair: {within: 48h}
  response: {within: 24h}
  fitting: {within: 1d, terms: [étude posturale, selles thermoformées]}
  delivery: {within: 48h}
  refund: {within: 30d}
  availability: {hours: "8-19", days: "mon-sat"}
  home_fit: {within: 4h, terms: [montage à domicile, montage]}
""",
    "en": """
brand: Rayon
language: en
central_idea:
  statement: "Get every bike back on the road, fast and right."
  lexicon: [bike, road, workshop, repair]
channels:
  web: {tones: [joy]}
  sms: {tones: [speed], idea: false}
  phone_script: {tones: [empathy, solution], service: true}
promises:
  repair: {within: 48h}
  response: {within: 24h}
  fitting: {within: 1d, terms: [bike fitting, custom insoles, shaped grips]}
  delivery: {within: 48h}
  refund: {within: 30d}
  availability: {hours: "8-19", days: "mon-sat"}
  home_fit: {within: 4h, terms: [home fitting, home fit]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "rayon", "sms")


@pytest.fixture(scope="module")
def lint_no_delivery(lint_profile_texts):
    texts = {lang: text.replace("  delivery: {within: 48h}\n", "")
             for lang, text in PROFILES.items()}
    return lint_profile_texts(texts, "rayon-nodelivery", "phone_script")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)]


# -- a booked notice stays in its own clause ---------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Rayon: your bike fitting is booked, heat-shaped grips ready in 20 minutes. Come "
           "in any time today!"),
    ("fr", "Rayon : votre étude posturale est réservée, selles thermoformées prêtes en 20 "
           "minutes."),
])
def test_a_speed_promise_after_a_booked_clause_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Rayon: your bike fitting is booked for Tuesday at 10 am. Come in any time!"),
    ("fr", "Rayon : votre étude posturale est réservée mardi à 10 h."),
])
def test_the_booked_event_itself_is_a_notice(lint, lang, text):
    assert codes(lint(lang, text)) == []


# -- a list of the brand's acts ---------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Rayon: we check, clear out and regrease your hubs in 30 minutes flat."),
    ("fr", "Nos mécaniciens vérifient, nettoient et regraissent vos moyeux en 30 minutes "
           "chrono."),
])
def test_the_last_act_of_the_brands_list_is_its_promise(lint, lang, text):
    assert "BL304" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("en", "With our kit, you check, clear out and regrease your hubs in 30 minutes flat."),
    ("fr", "Avec notre kit, vous vérifiez, nettoyez et regraissez vos moyeux en 30 minutes "
           "chrono."),
])
def test_the_readers_own_list_of_acts_is_no_promise(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []


# -- the visit of the service booked in a *when* clause ----------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Quand vous réservez un montage à domicile, un mécanicien sonne à votre porte en "
           "4 heures."),
    ("en", "When you book a home fitting, a mechanic will be at your door within four hours."),
])
def test_the_door_visit_of_a_booked_own_service_keeps_its_commitment(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Quand vous réservez un montage à domicile, un mécanicien sonne à votre porte en "
           "1 heure."),
    ("en", "When you book a home fitting, a mechanic will be at your door within one hour."),
    ("en", "When you book a home fitting, your new bike is delivered within four hours."),
])
def test_faster_than_the_booked_service_or_a_named_delivery_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "web"))


# -- giving back money or the item -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Commande annulée : votre argent vous est rendu sous 5 jours."),
    ("en", "Order cancelled: your money is back on your card within 5 days."),
])
def test_money_given_back_faster_than_the_refund_commitment_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le dérailleur doit partir en atelier ; il vous sera rendu sous 5 jours, réglé."),
    ("en", "The derailleur goes to the workshop; it is handed back to you within 5 days."),
])
def test_an_item_given_back_is_no_refund(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "web"))


def test_an_item_given_back_faster_than_the_repair_commitment_fires(lint):
    text = "Le dérailleur part en atelier ; votre vélo vous est rendu en 2 heures, réglé."
    assert "BL302" in codes(lint("fr", text, "web"))


# -- a badge that opens the brand's own doors ------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre carte de membre vous ouvre nos portes 24 h/24, dimanche compris."),
    ("en", "Your membership card opens the workshop doors 24/7, Sundays included."),
])
def test_a_badge_opening_the_brands_doors_round_the_clock_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "web"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre badge vous ouvre le local à vélos 24 h/24."),
    ("en", "Your fob opens the bike shed 24/7."),
])
def test_a_facility_reached_with_a_badge_is_self_access(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "web"))


# -- the customer's turn in a call script ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Rayon, bonjour.\n[Client : On m'avait promis le vélo pour hier, c'est "
           "toujours pareil chez vous !]\nAgent : Je suis navrée. La pièce est partie chez "
           "le fabricant lundi ; elle revient à l'atelier au plus tard jeudi prochain."),
    ("en", "Agent: Rayon, good morning.\n[Customer: You said yesterday, it's always the same "
           "with your delivery!]\nAgent: I'm sorry. The part went to the maker on Monday; "
           "it comes back to the workshop by next Thursday at the latest."),
])
def test_a_service_word_of_the_customers_turn_carries_no_delay(lint_no_delivery, lang,
                                                                text):
    assert codes(lint_no_delivery(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Rayon, bonjour.\n[Client : Et mon vélo ?]\nAgent : Je suis navrée. "
           "Il vous est livré chez vous en 2 heures."),
    ("en", "Agent: Rayon, good morning.\n[Customer: And my bike?]\nAgent: I'm sorry. "
           "It will be delivered to your door within 2 hours."),
])
def test_the_agents_own_service_word_still_carries_it(lint_no_delivery, lang, text):
    assert "BL304" in codes(lint_no_delivery(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Agent : Rayon, bonjour.\n[Client : J'ai oublié mon casque dans la navette. Je "
           "peux le récupérer quand ?]\nAgent : Il vous est livré demain, promis."),
    ("en", "Agent: Rayon, good morning.\n[Customer: I left my helmet on the shuttle. When "
           "can I get it back?]\nAgent: It'll be with you by tomorrow, I promise."),
])
def test_the_customers_question_still_names_the_service(lint_no_delivery, lang, text):
    assert "BL304" in codes(lint_no_delivery(lang, text))
