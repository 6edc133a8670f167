"""Round 49's read half (heldout53: an enamel jewellery workshop, an orchid nursery), first
run errors whose cause is general:

- the subject noun the profile's term qualifies (« Votre pendentif sur mesure est façonné…
  et livré en 15 jours ») is that service's item, though the small model hangs the term on
  the verb;
- the hours on a line that goes on with the sentence of the line above (« L'ATELIER VOUS
  ACCUEILLE » over « du lundi au dimanche, de 9 h à 20 h. ») are said as the reader
  welcomed, a claim like the one-line form;
- a written message the reader sends us "any time" is no hours anyone keeps: the reply is
  timed on its own ("Send us a photo any time and we'll reply within three days");
- what a reply carries ("reply with a diagnosis within 72 hours") leaves the reply timed.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Céramiques Volubile
language: fr
central_idea:
  statement: "La terre qui garde la trace de la main."
  lexicon: [terre, main, trace]
channels:
  web: {tones: [storytelling], idea: false}
  store: {tones: [joy], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 4d}
  response: {within: 48h}
  availability: {hours: "10-19", days: "tue-sat"}
  custom_order: {within: 6w, terms: [sur mesure, sur commande]}
""",
    "en": """
brand: Volubile Ceramics
language: en
central_idea:
  statement: "Clay that keeps the trace of the hand."
  lexicon: [clay, hand, trace]
channels:
  web: {tones: [storytelling], idea: false}
  store: {tones: [joy], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 7d}
  response: {within: 72h}
  availability: {hours: "10-19", days: "tue-sat"}
  custom_order: {within: 8w, terms: [made to order, bespoke, commissioned]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "volubile", "web")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "## Délais\nVotre vase sur mesure est façonné à la main et livré en 15 jours, "
           "emballage compris.", ["BL302"]),
    ("fr", "Votre vase sur mesure est façonné à la main et livré en 8 semaines.", []),
    ("fr", "Votre vase en stock est façonné à la main et livré en 5 jours.", []),
    ("en", "Your bespoke vase is thrown by hand and delivered in 15 days.", ["BL302"]),
    ("en", "Your bespoke vase is thrown by hand and delivered in 10 weeks.", []),
])
def test_the_item_the_term_qualifies(lint, lang, text, expected):
    assert codes(lint(lang, text)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "L'ATELIER VOUS ACCUEILLE\ndu lundi au dimanche, de 9 h à 20 h.\nPoussez la porte.",
     ["BL302"]),
    ("fr", "L'ATELIER\ndu mardi au samedi, de 10 h à 19 h.\nPoussez la porte.", []),
])
def test_hours_on_a_line_continuing_a_welcome(lint, lang, text, expected):
    assert codes(lint(lang, text, "store")) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Agent: Send us a photo any time and we'll reply within three days."),
    ("en", "You can email us any time."),
    ("fr", "Envoyez-nous une photo à tout moment, nous répondons sous 48 heures."),
])
def test_a_message_sent_any_time_is_no_opening_hours(lint, lang, text):
    assert codes(lint(lang, text, "phone_script")) == []


def test_someone_to_call_any_time_still_fires(lint):
    assert codes(lint("en", "You can call us any time.", "phone_script")) == ["BL302"]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Our team will look at the glaze in your pictures and reply with a diagnosis "
           "within 72 hours.", []),
    ("en", "Our team will reply with a diagnosis within 24 hours.", ["BL302"]),
    ("fr", "Notre équipe vous répondra avec un diagnostic sous 48 heures.", []),
    ("fr", "Notre équipe vous répondra avec un diagnostic sous 24 heures.", ["BL302"]),
])
def test_what_a_reply_carries_leaves_the_reply_timed(lint, lang, text, expected):
    assert codes(lint(lang, text, "after_sales")) == expected
