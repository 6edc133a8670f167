"""Round 47's read half (heldout51: a picture framer), first-run errors whose cause older
sets share (pellerin, baguettine, iridane, amidonne, linette, frangeline, ouira):

- the work said done before the delay (« La restauration du cadre est terminée. Il vous
  sera livré sous 5 jours »): what is left is the delivery, held to the delivery's time,
  not the work's; "ready to be made" is not done;
- French says a kind in general with the definite singular (« Le soleil finit toujours par
  jaunir un papier non protégé »): how the world goes, as the English bare noun ("Sunlight
  always yellows paper") already was — not a noun the brand's offer is made of;
- « bloque 100 % des UV », "removes 100% of smells": the whole of what the offer stops,
  an efficacy claim, not a share (« 100 % des bénéfices reversés ») — unless a named
  standard measures it (« conformément à la norme EN ISO 12312-1 »).

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Encadrements Baguier
language: fr
central_idea:
  statement: "Protéger ce que vous aimez regarder."
  lexicon: [protéger, regarder, œuvre]
channels:
  web: {tones: [storytelling], idea: false}
  social: {tones: [joy], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  restoration: {within: 6w, terms: [restauration, restaurer, dorure]}
""",
    "en": """
brand: Baguier Framing
language: en
central_idea:
  statement: "Protecting what you love to look at."
  lexicon: [protect, look, artwork]
channels:
  web: {tones: [storytelling], idea: false}
  social: {tones: [joy], idea: false}
  after_sales: {tones: [empathy, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  restoration: {within: 6w, terms: [restoration, restore, regilding]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "baguier", "web")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche,\n\nLa restauration du cadre doré de votre aïeule est "
           "terminée. Il vous sera livré sous 5 jours ; notre livreur vous appellera la "
           "veille."),
    ("en", "Dear Mrs Roche,\n\nThe restoration of your gilt frame is finished. It will be "
           "delivered within 5 days; our driver will call the day before."),
])
def test_the_work_said_done_leaves_the_delivery(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Madame Roche,\n\nLa restauration du cadre doré de votre aïeule est "
           "prête à commencer. Il vous sera livré sous 5 jours."),
    ("fr", "Bonjour Madame Roche,\n\nLa restauration du cadre doré de votre aïeule est "
           "confirmée. Il vous sera livré sous 5 jours."),
    ("en", "Dear Mrs Roche,\n\nThe restoration of your gilt frame is ready to start. It "
           "will be delivered within 5 days."),
    # « sera prête »: the work still to come, timed by the delay itself (amidonne-fr-021)
    ("fr", "Bonjour Madame Roche,\n\nLa restauration de votre cadre est bien enregistrée. "
           "Elle sera prête sous 5 jours, nous vous prévenons par SMS."),
])
def test_the_work_not_done_keeps_its_own_time(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "after_sales"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le soleil finit toujours par jaunir un papier non protégé ☀️ C'est pour ça "
           "qu'on encadre vos dessins avec un verre anti-UV."),
    ("fr", "L'humidité finit toujours par gondoler un papier mal encadré."),
    ("en", "Sunlight always yellows unprotected paper in the end. That's why we frame your "
           "drawings behind UV-filtering glass."),
])
def test_a_kind_in_general_is_how_the_world_goes(lint, lang, text):
    assert codes(lint(lang, text, "social")) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le verre musée protège toujours vos œuvres."),
    ("fr", "Notre encadrement est toujours parfait, sans exception."),
    ("en", "Our museum glass always protects your artwork."),
])
def test_the_brands_own_thing_still_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text, "social"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous posons un verre musée antireflet qui bloque 100 % des UV. Vos dessins ne "
           "jauniront plus."),
    ("fr", "Nos détacheurs éliminent 100 % des taches, même le vin rouge."),
    ("en", "Our museum glass blocks 100% of UV light. Your artwork will never fade."),
])
def test_the_whole_of_what_the_offer_stops_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous reversons 100 % des bénéfices de décembre à l'association du quartier."),
    ("fr", "Nos verres filtrent 100 % des UVA et UVB, conformément à la norme EN ISO "
           "12312-1."),
    ("en", "Our sun lenses block 100% of UVA and UVB rays, in line with the EN ISO 12312-1 "
           "standard."),
])
def test_a_share_or_a_standards_measure_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


# Real text (draw 52: Nos Gestes Climat FR and EN, Open Food Facts): a verb coordinated with
# no subject of its own is said of the first verb's subject — when that is the reader's
# data, "… and is never shared with third parties" is the brand's data policy.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos données sont stockées sur des serveurs sécurisés et ne sont jamais partagées "
           "avec des tiers."),
    ("en", "Your data is stored on secure servers and is never shared with third parties."),
    ("en", "Your personal data, such as your order history, remains private on your phone "
           "and is never sent anywhere else."),
])
def test_the_data_policy_in_a_coordinated_verb_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Vos œuvres sont emballées avec soin et n'arrivent jamais abîmées."),
    ("en", "Your frames are packed with care and are never damaged in transit."),
])
def test_the_products_fate_in_a_coordinated_verb_still_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))
