"""What is no next step (BL407), read from the clause (round 28's read half: a babysitting
agency's replies):

- a past clause of the customer, a member of staff or the world whose act is no remedy is
  the problem's story, not a step: "you were charged for two evenings instead of one last
  week", « la baby-sitter a quitté votre domicile à 18 h et non à 20 h » (the contrast
  completing it) — while a remedy done to the case ("your refund was issued this morning",
  « le technicien a remplacé la pièce ce matin ») and the brand's own act still move it;
- what a reassurance formula assures with no act and no when (« Soyez assurée que votre
  demande est importante pour nous », "Rest assured that your request matters to us") is a
  state of care, while the same formula over an act (« Soyez assuré que nous vous
  rappelons demain », "Rest assured we will refund you by Friday") is a step.

Each in French and English on the real models, with its near miss; our own texts."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Berceline
language: fr
central_idea:
  statement: "Des gardes d'enfants sereines, près de chez vous."
  lexicon: [garde, enfant, famille, confiance]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  callback: {within: 24h}
""",
    "en": """
brand: Berceline
language: en
central_idea:
  statement: "Calm childcare, close to home."
  lexicon: [childcare, child, family, trust]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  response: {within: 48h}
  refund: {within: 14d}
  callback: {within: 24h}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "berceline", "after_sales")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL4")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Mr Singh,\n\nYou're absolutely right that you were charged for two evenings "
           "instead of one last week, and I'm sorry about that.\n\nBest,\nNiamh"),
    ("fr", "Bonjour Madame Henry,\n\nNous sommes désolés : la baby-sitter a quitté votre domicile "
           "à 18 h et non à 20 h comme indiqué sur la facture.\n\nCordialement,\nLe service "
           "familles"),
    ("fr", "Bonjour Madame Roux,\n\nJe suis vraiment désolée que votre attestation ne soit "
           "toujours pas corrigée.\n\nSoyez assurée que votre demande est importante pour "
           "nous et qu'elle a toute notre attention.\n\nBien cordialement,\nJulie"),
    ("en", "Hello Mrs Roux,\n\nI'm really sorry your statement still hasn't been corrected."
           "\n\nRest assured that your request is important to us and has our full "
           "attention.\n\nKind regards,\nJulie"),
])
def test_a_story_or_a_state_of_care_is_no_next_step(lint, lang, text):
    assert "BL407" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Hi Mr Singh,\n\nYou're absolutely right that you were charged twice, and I'm "
           "sorry about that. Your refund was issued this morning.\n\nBest,\nNiamh"),
    ("fr", "Bonjour Madame Henry,\n\nNous sommes désolés pour cette erreur de facturation : "
           "le service a rectifié votre facture ce matin.\n\nCordialement,\nLe service "
           "familles"),
    ("fr", "Bonjour Madame Roux,\n\nJe suis vraiment désolée que votre attestation ne soit "
           "toujours pas corrigée.\n\nSoyez assurée que nous vous rappelons demain matin "
           "avec l'attestation corrigée.\n\nBien cordialement,\nJulie"),
    ("en", "Hello Mrs Roux,\n\nI'm really sorry your statement still hasn't been corrected."
           "\n\nRest assured that we will send you the corrected statement tomorrow.\n\n"
           "Kind regards,\nJulie"),
])
def test_a_remedy_or_an_act_after_the_formula_is_a_step(lint, lang, text):
    assert "BL407" not in codes(lint(lang, text))


# A thing owed back to the brand by a time (« la box doit nous être retournée dans les 30
# jours », "the router must be returned to us within 30 days") is the customer's deadline
# told as a rule, not a slow step of the brand's (BL408); the brand's own late step is one.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés pour ce courrier. Lors d'une résiliation, la box "
           "doit nous être retournée dans les 30 jours. Nous vous remboursons les frais sous "
           "14 jours.\n\nCordialement"),
    ("en", "Hello,\n\nWe're sorry about that letter. When you cancel, the box must be "
           "returned to us within 30 days. We will refund the fee within 14 days.\n\n"
           "Kind regards"),
])
def test_a_thing_owed_back_to_the_brand_is_no_slow_step(lint, lang, text):
    assert "BL408" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour,\n\nNous sommes désolés pour ce courrier. Nous vous remboursons les frais "
           "sous 30 jours.\n\nCordialement"),
    ("en", "Hello,\n\nWe're sorry about that letter. We will refund the fee within 30 days."
           "\n\nKind regards"),
])
def test_the_brands_own_late_step_is_slow(lint, lang, text):
    assert "BL408" in codes(lint(lang, text))


# A wrong quality said of what the reader entered or asked for ("The password you entered
# is incorrect", « les identifiants que vous avez saisis sont incorrects », « l'adresse
# demandée est erronée ») is their input to try again, no fault of the brand's (BL403);
# the brand's own thing wrong ("an incorrect rate was applied") still is.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Les identifiants que vous avez saisis sont incorrects, veuillez réessayer."),
    ("fr", "L'adresse demandée est erronée, ou n'est plus disponible."),
    ("en", "The passcode you entered is incorrect, please try again."),
])
def test_the_readers_own_entry_wrong_is_no_admission(lint, lang, text):
    assert "BL403" not in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour, un tarif erroné a été appliqué à votre garde de mars. Nous vous "
           "remboursons la différence aujourd'hui."),
    ("en", "Hello, an incorrect rate was applied to your March booking. We've refunded the "
           "difference today."),
])
def test_the_brands_own_thing_wrong_still_needs_an_apology(lint, lang, text):
    assert "BL403" in codes(lint(lang, text))
