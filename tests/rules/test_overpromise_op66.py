"""Round 49's held-out half (heldout53: a neon sign maker, a treetop adventure park), read
after its end figures; first-run errors whose cause is general:

- the reader invited to drop in (« visite libre tous les jours, de 8 h à 20 h », "Drop in
  any day of the week, 9am to 9pm"): someone is there to receive them at those hours;
- an opening participle on a bare noun (« Parcours ouverts jusqu'à 22 h »): what the brand
  keeps open, not someone else's act;
- English "it" never takes up a plural noun of people ("Parents can relax: it's 100% safe");
- handmade things said never to come out alike ("never comes out identical twice", « ne
  sort jamais identique »): the variation owned up to, no guarantee;
- a quote sent in answer to a request (« vous recevrez notre devis sous 48 h ») is the
  brand's answer, timed by `response`, not goods delivered; nouns coordinated as one subject
  ("Your diagnosis and quote will be ready within 48 hours") put the profile's own first;
- (sincerity, met in the check run) an offer's end ("15% off until the end of the month")
  is no next step put off to a monthly batch.

Firing forms and near misses, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Luminaille
language: fr
central_idea:
  statement: "La lumière pliée à la main."
  lexicon: [lumière, main, verre]
channels:
  store: {tones: [joy], idea: false}
  social: {tones: [joy], idea: false}
  email: {tones: [storytelling], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 5d}
  response: {within: 48h}
  availability: {hours: "10-18", days: "tue-sat"}
  diagnosis: {within: 72h, terms: [diagnostic]}
""",
    "en": """
brand: Luminaille
language: en
central_idea:
  statement: "Light bent by hand."
  lexicon: [light, hand, glass]
channels:
  store: {tones: [joy], idea: false}
  social: {tones: [joy], idea: false}
  email: {tones: [storytelling], idea: false}
  phone_script: {tones: [reassurance, solution], service: true}
promises:
  delivery: {within: 10d}
  response: {within: 48h}
  availability: {hours: "10-18", days: "tue-sat"}
  diagnosis: {within: 72h, terms: [diagnosis]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "luminaille", "store")


def codes(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL3")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "L'ATELIER VOUS OUVRE SES PORTES\nVenez voir le verre rougir à la flamme : visite "
           "libre tous les jours, de 8 h à 20 h. Entrée gratuite.", ["BL302"]),
    ("en", "WATCH THE GLASS BEND\nDrop in any day of the week, 9am to 9pm, and watch our "
           "benders shape your letters.", ["BL302"]),
    # at the commitment: nothing to report
    ("fr", "Visite libre du mardi au samedi, de 10 h à 18 h.", []),
    ("en", "Drop in Tuesday to Saturday, 10am to 6pm.", []),
])
def test_the_reader_invited_to_drop_in(lint, lang, text, expected):
    assert codes(lint(lang, text)) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Cet été, la forêt se vit au crépuscule 🌲✨ Parcours ouverts jusqu'à 22 h tous "
           "les soirs de juillet et août !", ["BL302"]),
    ("fr", "Ateliers ouverts jusqu'à 18 h du mardi au samedi.", []),
])
def test_an_opening_participle_on_a_bare_noun(lint, lang, text, expected):
    assert codes(lint(lang, text, "social")) == expected


def test_it_takes_up_no_plural_people(lint):
    text = ("Hi Mrs Dawson,\n\nThe children will climb as high as each of them wants.\n\n"
            "P.S. Parents can relax: it's 100% safe, and nobody has ever fallen.")
    assert codes(lint("en", text, "email")) == ["BL301"]


def test_it_still_takes_up_a_plural_thing(lint):
    # "it" after plural parcels: the brand's packing, a claim as before
    assert codes(lint("en", "Your parcels are packed by hand. It's always done with care.",
                      "email")) == ["BL301"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un tube cintré à la main ne sort jamais identique : c'est ce qui rend votre "
           "enseigne unique."),
    ("en", "Glass bent by hand never comes out identical twice, and that small difference "
           "is what makes your sign yours."),
])
def test_never_alike_is_no_guarantee(lint, lang, text):
    assert codes(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos tubes ne cassent jamais."),
    ("en", "Our tubes never break."),
])
def test_never_on_a_performance_still_fires(lint, lang, text):
    assert codes(lint(lang, text)) == ["BL301"]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Agent : D'accord, je vous envoie un technicien, et vous recevrez notre devis "
           "sous 48 h.", []),
    ("fr", "Agent : Vous recevrez notre devis sous 24 h.", ["BL302"]),
    ("en", "Agent: You'll receive our quote within 48 hours.", []),
    ("en", "Agent: You'll receive our quote within 24 hours.", ["BL302"]),
])
def test_a_quote_is_the_brands_answer(lint, lang, text, expected):
    assert codes(lint(lang, text, "phone_script")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Your diagnosis and quote will be ready within 48 hours, by text.", ["BL302"]),
    ("Your diagnosis and quote will be ready within 4 days, by text.", []),
])
def test_coordinated_services_put_the_profiles_own_first(lint, text, expected):
    assert codes(lint("en", text, "phone_script")) == expected


def test_verbs_joined_are_two_acts(lint):
    # the callback at its commitment, the letter sent today: no callback promised today
    # (norvia-fr-018 in the check run)
    text = ("Agent : Je note l'arrêt et votre numéro. Un responsable vous rappelle sous 48 "
            "heures, et je vous envoie dès aujourd'hui par mail une attestation.")
    assert codes(lint("fr", text.replace("rappelle", "répond"), "phone_script")) == []


def sincerity(diagnostics):
    return [d.code for d in diagnostics if d.code.startswith("BL4")
            and d.severity.name != "INFO"]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Hi Mrs Lind, lovely to hear from you! I'll get a quote to you within 24 hours. And "
           "good timing: offcuts are 15% off until the end of the month.", []),
    ("fr", "Bonjour Madame Lind, je vous envoie le devis sous 24 h. Et bonne nouvelle : les "
           "chutes sont à 15 % de remise jusqu'à la fin du mois.", []),
    ("en", "Hi Mrs Lind, I'll get a quote to you within 24 hours, but replies are only sent at "
           "the end of the month.", ["BL408"]),
])
def test_an_offers_end_is_no_monthly_batch(lint, lang, text, expected):
    assert sincerity(lint(lang, text, "phone_script")) == expected
