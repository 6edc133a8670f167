"""Round 53 (op53): the reader's thing given back after the work, and the brand's trades.

« une réparation : notre atelier vous les rend en 3 jours », "we'll have them repaired and
back in your hands within 3 days", "our workshop will have them back to you in 3 days"
under "Subject: Your repair": the time the reader has the thing back is when the work
on it ends — the delay of the declared service that works on it (a repair, a service the
brand declares itself), not of a delivery (« have it ») nor of a reply ("back to you").

« Notre poseur passera chez vous sous 4 jours », "our rigger will inspect your mast
within 4 days": the fitter and the rigger are the brand's people (its service), not an
item of its offer; a firm delay on their act is judged as the brand's own. Their visit
is no reply: a commitment of a service that never comes to the reader (response,
callback) at the same hours does not make the delay a mere hint.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Bride & Semelle
language: fr
central_idea:
  statement: "Des sandales réparées à la main, pour les porter plus longtemps."
  lexicon: [sandale, réparer, semelle, cuir, atelier]
  related: [cordonnier, bride, boucle, couture, talon]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [reassurance], service: true}
promises:
  delivery: {within: 72h}
  response: {within: 48h}
  repair: {within: 10d}
""",
    "en": """
brand: Bride & Semelle
language: en
central_idea:
  statement: "Sandals mended by hand, so you can wear them for longer."
  lexicon: [sandal, mend, sole, leather, workshop]
  related: [cobbler, strap, buckle, stitching, heel]
channels:
  web: {tones: [reassurance]}
  after_sales: {tones: [reassurance], service: true}
promises:
  delivery: {within: 72h}
  response: {within: 48h}
  repair: {within: 10d}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "bride", "web")


def codes(diagnostics, family="BL3"):
    return sorted({d.code for d in diagnostics if d.code.startswith(family)
                   and d.severity.name in ("WARNING", "ERROR")})


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une bride cassée ? Déposez vos sandales à la boutique pour une réparation : "
           "notre atelier vous les rend en 3 jours."),
    ("en", "A broken strap? Leave your sandals at the shop and we'll have them repaired "
           "and back in your hands within 3 days."),
    ("en", "Subject: Your repair\n\nDear Ms Hart,\n\nThank you for bringing in your "
           "sandals. Our workshop will have them back to you in 3 days, with a new buckle."),
])
def test_thing_given_back_is_held_to_the_repair_commitment(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL302"]


@pytest.mark.parametrize("lang,text", [
    # the give-back at the repair's own commitment
    ("fr", "Une bride cassée ? Déposez vos sandales à la boutique pour une réparation : "
           "notre atelier vous les rend sous 10 jours."),
    ("en", "A broken strap? Leave your sandals at the shop and we'll have them repaired "
           "and back in your hands within 10 days."),
    # a reply has no thing given back: the response's own commitment holds
    ("en", "Subject: Your repair\n\nDear Ms Hart,\n\nThank you for your photos. Our "
           "workshop will get back to you within 48 hours with a quote."),
    ("fr", "Objet : votre réparation\n\nBonjour Madame Hart,\n\nMerci pour vos photos. "
           "Notre atelier reviendra vers vous sous 48 heures avec un devis."),
])
def test_thing_given_back_at_the_commitment_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roy,\n\nNotre poseur passera chez vous sous 4 jours pour "
           "poser les étagères."),
    ("en", "Dear Mr Roy,\n\nOur rigger will inspect your mast at the marina within 4 days "
           "and send you a written report."),
])
def test_a_firm_delay_on_the_brands_tradesperson_fires(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == ["BL304"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roy,\n\nL'an dernier, notre poseur est passé chez vous en "
           "4 jours pour poser les étagères."),
    ("en", "Dear Mr Roy,\n\nLast year our rigger inspected your mast at the marina in "
           "4 days and sent you a written report."),
])
def test_the_tradespersons_past_visit_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == []


# « passe chez vous sous 48 h » beside `response: 48h`: a visit is no reply, the
# commitment at the same hours does not cover it (promises.may_keep)
@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roy,\n\nNotre poseur passera chez vous sous 48 heures pour "
           "poser les étagères."),
    ("en", "Dear Mr Roy,\n\nOur fitter will come to your home within 48 hours to put up "
           "the shelves."),
])
def test_a_visit_at_the_hours_of_a_reply_fires(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == ["BL304"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Bonjour Monsieur Roy,\n\nNotre poseur fixera les étagères sous 48 heures."),
    ("en", "Dear Mr Roy,\n\nOur fitter will put up the shelves within 48 hours."),
])
def test_another_act_at_the_hours_of_a_commitment_stays_a_hint(lint, lang, text):
    assert codes(lint(lang, text, "after_sales")) == []


# the visit under a visible condition: "full conditions in store", as « conditions en
# magasin », points to terms (hedges.yaml `terms_pointers`)
@pytest.mark.parametrize("lang,text", [
    ("fr", "Avec le contrat Sérénité, notre poseur passe chez vous sous 48 heures pour toute "
           "étagère qui bouge (5 € par mois, conditions en magasin)."),
    ("en", "With the Care Plus plan, our fitter comes to your home within 48 hours for any "
           "loose shelf (€5 a month, full conditions in store)."),
])
def test_a_visit_under_conditions_in_store_does_not_fire(lint, lang, text):
    assert codes(lint(lang, text, "web")) == []
