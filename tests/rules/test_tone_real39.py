"""Causes of wrong BL207 findings on real copy (check 39), FR and EN on the real models, with
the Abriel profiles (an insurer: web aims at reassurance and solution): a duty the law puts
on others, reported, and a clause of condition are not the brand's coldness to its reader.
Texts are our own."""

from __future__ import annotations

import pytest

from tests.rules.tone_profiles import code_names as codes
from tests.rules.tone_profiles import profile_engines, reading, said


@pytest.fixture(scope="module")
def engines():
    return profile_engines("abriel")


# -- a duty the law puts on others, reported ----------------------------------------------

LAW_SUMMARY = {
    "fr": "La minimisation des données\nLes entreprises ne peuvent collecter des données "
          "personnelles que pour des finalités précises. Elles doivent être "
          "clairement définies, et l'usage futur des données doit être documenté.",
    "en": "Data minimisation\nCompanies may only collect personal data for specific "
          "purposes. They must be clearly outlined, and the future use of the data must be "
          "documented.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_duty_the_law_puts_on_companies_is_no_coldness(engines, lang):
    tone = reading(engines, lang, LAW_SUMMARY[lang], "web")
    assert not {"doivent être", "doit être", "must be", "documenté", "documented"} & set(
        said(tone, "coldness", lower=True))
    assert "BL207" not in codes(engines, lang, LAW_SUMMARY[lang], "web")


OWN_RULES = {
    "fr": "Les assurés doivent déclarer tout sinistre sous cinq jours ouvrés. Aucune "
          "déclaration tardive ne sera acceptée. Les pièces justificatives doivent être "
          "transmises par courrier recommandé.",
    "en": "Policyholders must report any claim within five working days. No late claim "
          "will be accepted. Supporting documents must be sent by recorded delivery.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_duties_the_brand_puts_on_its_own_customers_stay_cold(engines, lang):
    tone = reading(engines, lang, OWN_RULES[lang], "web")
    assert {"doivent être", "must be"} & set(said(tone, "coldness", lower=True))


# -- a clause of condition ----------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Si aucun plafond n'est indiqué pour la garantie, le montant de votre contrat "
           "s'applique."),
    ("en", "If no ceiling is specified for the cover, the amount of your policy applies."),
])
def test_a_negative_in_a_condition_closes_no_door(engines, lang, text):
    assert not said(reading(engines, lang, text, "web"), "coldness", "door_closed")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Aucun plafond ne sera accordé au-delà du montant de votre contrat."),
    ("en", "No extension will be granted beyond the amount of your policy."),
])
def test_a_refusal_outside_a_condition_still_closes_the_door(engines, lang, text):
    assert said(reading(engines, lang, text, "web"), "coldness", "door_closed")


# -- capitals that name a field or a protocol ---------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Avec ce réglage, le champ RETURN PATH et le REPLY TO ne correspondent plus : "
           "la validation DKIM reste possible, mais pas celle de notre filtre."),
    ("en", "With this setting, the RETURN PATH and REPLY TO no longer match: DKIM "
           "validation still works, but our filter's does not."),
])
def test_capitals_that_name_a_field_are_no_shouting(engines, lang, text):
    assert not said(reading(engines, lang, text, "web"), "pressure", "shouting")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre dossier n'est PAS complet : envoyez les pièces MAINTENANT."),
    ("en", "Your file is NOT complete: send the documents NOW."),
])
def test_words_in_capitals_that_raise_the_voice_still_shout(engines, lang, text):
    assert said(reading(engines, lang, text, "web"), "pressure", "shouting")


# -- working on the case together, in a reply that asks for its facts -----------------------

DIAGNOSIS = {
    "fr": "On regarde ça ensemble. Depuis quand le problème se produit-il ? Quel modèle de "
          "téléphone avez-vous ?",
    "en": "Let's team up on this. How long has this been happening? Which phone do you have?",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_working_together_on_the_case_is_the_service_solving(engines, lang):
    tone = reading(engines, lang, DIAGNOSIS[lang], "after_sales")
    assert not said(tone, "collaboration")
    assert "BL205" not in codes(engines, lang, DIAGNOSIS[lang], "after_sales")


@pytest.mark.parametrize("lang,text", [
    ("fr", "On s'y met ensemble ? Quelle fonction aimeriez-vous voir dans notre prochaine "
           "version ?"),
    ("en", "Let's team up! What would you love to see in our next version?"),
])
def test_an_invitation_to_co_create_in_a_reply_stays_collaboration(engines, lang, text):
    assert said(reading(engines, lang, text, "after_sales"), "collaboration")


# -- « il est obligatoire » with nothing it announces: a pronoun for a thing ---------------

@pytest.mark.parametrize("lang,text", [
    ("fr", "Lorsque le bris de glace est en option, vous choisissez de le prendre ou non. "
           "Lorsqu'il est obligatoire, il est ajouté automatiquement à votre contrat."),
    ("en", "When glass cover is optional, you choose whether to take it. When it is "
           "required, it is added to your policy automatically."),
])
def test_a_pronoun_for_a_thing_is_no_impersonal_formula(engines, lang, text):
    words = said(reading(engines, lang, text, "web"), "coldness", lower=True)
    assert not any(w.startswith(("il est", "it is")) for w in words)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Il est obligatoire de déclarer le sinistre sous cinq jours."),
    ("en", "It is required that the claim is reported within five days."),
])
def test_the_impersonal_formula_that_announces_a_duty_stays_cold(engines, lang, text):
    words = said(reading(engines, lang, text, "web"), "coldness", lower=True)
    assert any(w.startswith(("il est", "it is")) for w in words)
