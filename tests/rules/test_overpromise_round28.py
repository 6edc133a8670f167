"""What heldout27's misses taught the promise and claim readings (round 28).

- Round-the-clock hours hung on the brand's own name or on the people it sends
  (« un couvreur chez vous 24h/24 », "Tuilot 24/7") offer the brand, they describe no
  thing.
- « 100 % de nos élèves… », "100% of pupils…": all of the people served, of the time or
  of the troubles dealt with is an absolute about results; a share of the brand's own
  things (« 100 % de nos tuiles… ») stays a composition, and a record with its source
  and year is substantiated.
- « le n°1 » said of the company the reader stays with (« vous restez chez le n°1 »),
  or of a phrase set after the brand's name (« Tuilot, le couvreur n°1 de Vendée »),
  ranks the brand.
- A service said by its act, with no service word: an action noun on the reader's
  thing (« Démoussage de votre toiture en 48 h chrono »), or a participle on a thing
  ("Gutters cleared within 24 hours on request") — the act named is the service the
  profile does not declare. Not the reader's own act (« votre créneau réservé en 2
  minutes »), nor a participle that narrows the subject of another verb ("Slate cut
  within a day splits less").
Firing form and near miss, French and English, on the real models."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Tuilot
language: fr
central_idea:
  statement: "Un toit sain qui protège votre maison, saison après saison."
  lexicon: [toit, toiture, tuile, protéger, maison, saison]
channels:
  web: {tones: [reassurance]}
  email: {tones: [reassurance]}
  sms: {tones: [speed], idea: false}
  store: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  callback: {within: 4h}
  availability: {hours: "8-18", days: "mon-fri"}
  quote: {within: 5d, terms: [devis, estimation]}
""",
    "en": """
brand: Tuilot
language: en
central_idea:
  statement: "A sound roof that protects your home, season after season."
  lexicon: [roof, roofing, tile, protect, home, season]
channels:
  web: {tones: [reassurance]}
  email: {tones: [reassurance]}
  sms: {tones: [speed], idea: false}
  store: {tones: [joy], idea: false}
promises:
  response: {within: 48h}
  callback: {within: 4h}
  availability: {hours: "8-18", days: "mon-fri"}
  quote: {within: 5d, terms: [quote, estimate]}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "tuilot", "web")


def codes(diagnostics, prefix="BL3", min_warning=True):
    return [d.code for d in diagnostics if d.code.startswith(prefix)
            and (not min_warning or d.severity.name != "INFO")]


# -- round-the-clock hours on the brand or its people ------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Fuite sous les tuiles ? Un couvreur chez vous 24h/24 et 7j/7. Appelez le "
           "02 51 00 11 22."),
    ("en", "Tuilot: a roofer at your door 24/7. Call 01632 960 123."),
])
def test_round_the_clock_hours_on_the_brand_or_its_roofer_fire(lint, lang, text):
    assert "BL302" in codes(lint(lang, text, "sms"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le rythme 24h/24 d'un chantier d'autoroute n'a rien à voir avec le nôtre."),
    ("en", "The 24/7 pace of a motorway site has nothing to do with ours."),
])
def test_round_the_clock_hours_describing_a_thing_do_not_fire(lint, lang, text):
    assert "BL302" not in codes(lint(lang, text, "sms"))


# -- 100 % of the people served ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Chez nous, 100 % des clients retrouvent un toit étanche dès le premier passage."),
    ("en", "Here, 100% of customers get a watertight roof on the first visit."),
])
def test_all_of_the_customers_served_fires(lint, lang, text):
    assert "BL301" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "100 % de nos ardoises viennent de carrières françaises."),
    ("en", "100% of our slates come from Welsh quarries."),
    ("en", "100% of customers would recommend us (survey by Ipsos, 2024)."),
])
def test_a_share_of_the_brands_own_things_or_a_sourced_record_does_not_fire(lint, lang, text):
    assert "BL301" not in codes(lint(lang, text))


# -- « le n°1 » of the company the reader stays with ---------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "En renouvelant votre contrat, vous restez chez le n°1 de la toiture en Vendée."),
    ("en", "By renewing your plan, you stay with the No. 1 roofer in Devon."),
    ("fr", "Bonjour,\nTuilot, le couvreur indépendant n°1 en Vendée pour l'entretien : "
           "c'est ce que vous retrouvez à chaque visite."),
])
def test_the_number_one_the_reader_stays_with_or_apposed_to_the_brand_fires(lint, lang, text):
    assert "BL303" in codes(lint(lang, text, "email"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Restez chez vous ce week-end : notre conseil n°1 est de vérifier vos gouttières."),
    ("fr", "Chez Tuilot, vos questions passent avant tout, même les plus petites."),
    ("en", "At Tuilot, your questions come first, even the smallest ones."),
])
def test_a_numbered_tip_or_the_readers_small_questions_do_not_fire(lint, lang, text):
    assert "BL303" not in codes(lint(lang, text, "email"))


# -- a service said by its act -------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Démoussage de votre toiture en 48 h chrono, avant les premières pluies."),
    ("fr", "## Gouttières\nVos gouttières nettoyées en 2 heures, pendant que vous attendez."),
    ("en", "## Gutters\nGutters cleared within 24 hours on request, before the autumn rain."),
    ("en", "Photos of your roof checked by a roofer within 2 hours."),
])
def test_a_firm_delay_on_an_act_named_fires(lint, lang, text):
    assert "BL304" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre créneau réservé en 2 minutes sur l'appli."),
    ("en", "Your slot booked in 2 minutes on the app."),
    ("en", "Slate cut within a day splits less than old stock."),
    ("fr", "Une ardoise taillée en moins d'un jour se fend moins."),
    ("en", "Moss killed in 10 minutes with any garden spray."),
    ("fr", "Un couvreur interviendra sous 48 h ; vous recevrez un SMS la veille."),
])
def test_the_readers_own_act_or_a_kind_narrowed_does_not_fire(lint, lang, text):
    assert "BL304" not in codes(lint(lang, text))


def test_an_act_under_the_title_of_a_declared_service_is_judged_against_it(lint):
    found = codes(lint("fr", "## Estimation gratuite\nVotre toit inspecté sous 3 jours, "
                             "chiffrage compris."))
    assert "BL302" in found and "BL304" not in found


# -- the brand's act under a title naming a declared service -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "## Estimation gratuite\nNous mesurons votre toit sous 2 jours, sans engagement."),
    ("en", "## Free estimate\nWe measure your roof within 2 days, no strings attached."),
])
def test_the_brands_act_faster_than_the_titled_service_fires(lint, lang, text):
    assert "BL302" in codes(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "## Estimation gratuite\nNous mesurons votre toit sous 6 jours, sans engagement."),
    ("en", "## Free estimate\nWe measure your roof within 6 days, no strings attached."),
])
def test_the_brands_act_within_the_titled_service_does_not_fire(lint, lang, text):
    assert not codes(lint(lang, text))


# -- what is given, and how the brand's own product is made, time no act ------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Après la pose, une visite de contrôle est offerte dans les six mois : écrivez-nous "
           "pour la caler."),
    ("en", "After the fitting, a check-up visit is included within six months: write to us to "
           "book it."),
    ("fr", "Nos ardoises, taillées à la main en 3 jours chrono dans notre atelier."),
    ("en", "Our slates, split by hand in 3 days flat in our workshop."),
])
def test_a_benefit_window_or_the_brands_own_making_does_not_fire(lint, lang, text):
    assert "BL304" not in codes(lint(lang, text))
