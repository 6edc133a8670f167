"""Round 32: a time of day the reader acts by is read from the parse, not from a word's
ending.

- « avant midi », "before noon" after an order to the reader (« Appelez-nous avant
  18 h ») or the reader's own act said of « vous » (« si vous commandez avant midi »,
  « vous pouvez nous écrire avant 17 h ») is the reader's cut-off, not a delay the brand
  promises. « chez », « assez », « rendez-vous » end like an order and are none; « vous
  recevrez … avant midi », « vous serez rappelé avant midi » say what the brand does
  for the reader: a same-day delay, held to the commitment.
Firing form and near miss, French (the cut-off is read by the parse only in French;
English keeps its opening order word), on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Fournil Pastel
language: fr
central_idea:
  statement: "Du pain au levain cuit chaque matin pour le quartier."
  lexicon: [pain, levain, four, quartier]
channels:
  web: {tones: [joy]}
  email: {tones: [joy], idea: false}
  sms: {tones: [joy], idea: false}
promises:
  delivery: {within: 48h}
  response: {within: 24h}
  callback: {within: 24h}
  availability: {hours: "7-19", days: "tue-sun"}
""",
    "en": """
brand: Fournil Pastel
language: en
central_idea:
  statement: "Sourdough bread baked every morning for the neighbourhood."
  lexicon: [bread, sourdough, oven, neighbourhood]
channels:
  web: {tones: [joy]}
  email: {tones: [joy], idea: false}
  sms: {tones: [joy], idea: false}
promises:
  delivery: {within: 48h}
  response: {within: 24h}
  callback: {within: 24h}
  availability: {hours: "7-19", days: "tue-sun"}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "fournil", "email")


def codes(diagnostics, prefix="BL3"):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre commande de brioches ? Elle est livrée chez vous avant midi, c'est promis."),
    ("fr", "Un souci avec votre pain ? Vous serez rappelé avant midi, c'est promis."),
    ("en", "Your brioche order? It is delivered to your door before noon, as promised."),
])
def test_the_brands_act_before_a_time_of_day_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Appelez-nous avant 18 h, c'est promis."),
    ("fr", "Passez au fournil avant midi."),
    ("fr", "Si vous nous appelez avant 17 h, on vous rappelle dans la journée."),
    ("fr", "Vous pouvez nous écrire avant midi."),
    ("en", "Call us before 6pm."),
    ("en", "Orders placed before noon are delivered within two days."),
])
def test_the_readers_cut_off_does_not_fire(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text))


# A firm deadline counted out in figures on an act of the brand's own that no declared
# service names (« nous installons votre four sous 10 jours », "we'll send the report
# within five working days"), at a time none of the profile's commitments gives, is a
# service level nobody has confirmed: a warning. Named
# immediacy on such an act (« immédiatement », "right away") stays a hint, as does a
# length (« l'atelier dure 2 heures »), and a declared service is held to its commitment.

def severities(diagnostics, code="BL304"):
    return [d.severity.name for d in diagnostics if d.code == code]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonne nouvelle : nous installons votre four à pain sous 10 jours."),
    ("fr", "Nous préparons votre plateau de mariage sous 72 h, décoration comprise."),
    ("en", "We'll install your bread oven at home within 10 days."),
    ("en", "Our baker will visit next week and we'll send the tasting report within five "
           "working days of the visit."),
])
def test_a_counted_deadline_on_an_undeclared_act_is_a_warning(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous préparons votre plateau immédiatement."),
    ("fr", "L'atelier pain au levain dure 2 heures, dès 8 ans."),
    ("fr", "Nous vous livrons sous 48 h, partout dans le quartier."),
    ("en", "We'll prepare your tray right away."),
    ("en", "Our sourdough workshop lasts 2 hours, ages 8 and up."),
    ("en", "We deliver within 48 hours across the neighbourhood."),
    # a period the work goes on over, not a deadline
    ("fr", "Nous travaillerons sur votre nouveau four au cours des deux prochains mois."),
    ("en", "We'll be working on your new oven over the next couple of months."),
    # at the very time of one of the profile's commitments: that service in other words
    ("fr", "Nous vous proposons une nouvelle date d'atelier sous 48 heures."),
    ("en", "We'll suggest a new workshop date within 48 hours."),
])
def test_immediacy_lengths_and_declared_services_are_no_bl304_warning(lint, lang, text):
    assert "WARNING" not in severities(lint(lang, text))


@pytest.mark.parametrize("lang,text,fires", [
    # a time of day right before or after a named day is that day's hour
    ("fr", "Un souci avec votre pain ? Vous serez rappelé le lendemain avant 18 h.", False),
    ("en", "A problem with your bread? We'll call you back before noon the next day.", False),
    # a named day elsewhere in the text does not take the same day's cut-off away
    ("fr", "Un souci avec votre pain ? Vous serez rappelé avant midi. Votre prochaine "
           "livraison reste prévue demain.", True),
])
def test_a_time_of_day_beside_a_named_day_is_that_days(lint, lang, text, fires):
    assert ("BL302" in codes(lint(lang, text))) is fires
