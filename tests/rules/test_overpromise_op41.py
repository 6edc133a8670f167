"""Round 40 (op41): a frequency, a refusal still in force, a window
given to the customer, nouns coordinated across a clause break, plurals of performance
words.

- A frequency (« trois fois par jour », "three times a day") of a declared service is
  held to its commitment as a delay of the time between two; of no declared service it
  is only how often.
- « toujours » before a refusal or a closure (« chèques toujours refusés ») means still:
  a restriction in force, no performance vouched for; « jamais refusés » promises.
- A delay hung on an act that admits the customer's own (« retours acceptés sous 30
  jours dans leur boîte d'origine ») is the window the customer is given, whatever noun
  follows it.
- A noun coordinated with a noun of the clause before (« pour des câlins et des
  balades ») reads with that clause: a welcome "any time" stays a courtesy.
- « 100 % » before a plural performance word (« enclos 100 % sécurisés ») vouches for a
  performance as the singular does; « 100 % coton » stays a composition.
Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Chatterie Moustache
language: fr
central_idea:
  statement: "Chaque chat passe ses vacances comme chez lui, entouré de tendresse."
  lexicon: [tendresse, chez lui, câlin, câlins, jeu, jeux, douceur]
  related: [chat, chats, panier, griffoir]
channels:
  sms: {tones: [speed], idea: false}
  email: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  availability: {hours: "9-19", days: "mar-sam"}
  photo_update: {within: 24h, terms: [photo, photos, nouvelles en photo]}
""",
    "en": """
brand: Moustache Cattery
language: en
central_idea:
  statement: "Every cat spends its holiday as at home, surrounded by tenderness."
  lexicon: [tenderness, home, cuddle, cuddles, play, gentle]
  related: [cat, cats, basket, scratching post]
channels:
  sms: {tones: [speed], idea: false}
  email: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  availability: {hours: "9-19", days: "tue-sat"}
  photo_update: {within: 24h, terms: [photo update, photo updates, photos]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "moustache", "sms")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau : le paiement par carte est enfin possible ! Chèques toujours refusés, "
           "désolés."),
    ("en", "New: card payment is finally here! Cheques still refused, sorry."),
])
def test_a_refusal_still_in_force_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nouveau : le paiement par carte est enfin possible ! Vos demandes ne sont "
           "jamais refusées."),
    ("en", "New: card payment is finally here! Your requests are never refused."),
])
def test_a_refusal_denied_for_ever_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Retours acceptés sous 30 jours dans leur emballage d'origine, jouets non ouverts."),
    ("en", "Returns accepted within 30 days in their original gift wrapping, toys unopened."),
])
def test_a_window_given_before_a_noun_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "email")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre emballage cadeau réalisé en 10 minutes à l'accueil."),
    ("en", "Your gift wrapping done in 10 minutes at reception."),
])
def test_a_brands_act_timed_before_a_noun_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Merci Léa pour ce gentil mot ! Minette, tu es la bienvenue pour des câlins et "
           "des siestes au soleil à tout moment."),
    ("en", "Thanks Leah for the kind words! Minette, you're welcome back for cuddles and "
           "sunny naps any time."),
])
def test_a_welcome_with_coordinated_nouns_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "email")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre équipe répond aux appels et aux messages à toute heure."),
    ("en", "Our team answers calls and emails any time."),
])
def test_availability_said_with_coordinated_nouns_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ici, tout est pensé pour lui. Nos enclos sont 100 % sécurisés."),
    ("en", "Everything here is thought out for them. Our pens are 100% secured."),
])
def test_a_plural_performance_vouched_for_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Ici, tout est pensé pour lui. Nos coussins sont 100 % coton."),
    ("en", "Everything here is thought out for them. Our cushions are 100% cotton."),
])
def test_a_composition_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chatterie Moustache : arrivées et départs 7j/7, dimanche compris."),
    ("en", "Moustache Cattery: arrivals and departures round the clock."),
])
def test_guests_received_beyond_the_commitment_fire(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Chatterie Moustache : arrivées et départs du mardi au samedi, 9 h-19 h."),
    ("en", "Moustache Cattery: arrivals and departures Tuesday to Saturday, 9am-7pm."),
    # a lodging's house rules: the window its guests arrive in, no hours of the service
    ("fr", "Règlement de la chatterie\n\nArrivées de 16 h à 20 h, départs avant 11 h."),
    ("en", "House rules\n\nCheck-in 4pm–8pm, check-out by 11am."),
])
def test_guests_received_within_the_commitment_do_not_fire(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pendant son séjour, vous recevrez trois fois par jour des nouvelles en photo."),
    ("en", "During the stay you'll get photo updates three times a day."),
])
def test_a_frequency_beyond_a_declared_service_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pendant son séjour, vous recevrez une fois par jour des nouvelles en photo."),
    ("en", "During the stay you'll get photo updates once a day."),
    ("fr", "Nous publions trois fois par semaine les portraits de nos pensionnaires."),
    ("en", "We post portraits of our guests three times a week."),
])
def test_a_frequency_within_or_of_no_declared_service_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "email")) == []
