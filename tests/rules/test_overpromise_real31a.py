"""Overpromise on real copy, round 31 (issue 7: BL301 read by a blind judge; texts are
ours). What the brand wishes, tries or tells the reader is no absolute claim:

- a wish of the brand ("we would always like to hear from you", « nous serons toujours
  ravis de vous lire ») is a courtesy, like "we'd love to";
- effort is no result, also when a copula introduces it ("This is why we always try to…",
  « c'est pourquoi nous essayons toujours de… »);
- the notices the brand sends the reader ("we will always send you an email before…",
  « vous recevrez toujours une notification ») are its communications policy."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Pédalune
language: fr
central_idea:
  statement: "Des vélos cargo loués simplement, réparés près de chez vous."
  lexicon: [vélo, cargo, location, atelier]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance], service: true}
""",
    "en": """
brand: Pedalune
language: en
central_idea:
  statement: "Cargo bikes rented simply, repaired close to you."
  lexicon: [bike, cargo, rental, workshop]
channels:
  web: {tones: [joy]}
  after_sales: {tones: [speed, reassurance], service: true}
""",
}


@pytest.fixture(scope="module")
def lint(lint_profile_texts):
    return lint_profile_texts(PROFILES, "pedalune31a", "web")


def severities(diagnostics, code="BL301"):
    return [d.severity.name for d in diagnostics if d.code == code]


# -- a wish of the brand is no claim ---------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We would always like to hear your ideas for new cargo routes."),
    ("fr", "Nous serons toujours ravis de lire vos idées de nouveaux trajets."),
])
def test_a_wish_of_the_brand_is_no_claim(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Our cargo bikes will always be spotless."),
    ("fr", "Nos vélos cargo seront toujours impeccables."),
])
def test_the_bike_always_ready_stays_a_claim(lint, lang, text):
    assert severities(lint(lang, text)) == ["WARNING"]


# -- effort is no result, under a copula too -------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "This is why we always try to fit the lightest frame for your route."),
    ("fr", "C'est pourquoi nous essayons toujours de monter le cadre le plus léger."),
])
def test_effort_under_a_copula_is_lowered(lint, lang, text):
    assert "WARNING" not in severities(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "This is why our frames never crack, even on cobbles."),
    ("fr", "C'est pourquoi nos cadres ne cassent jamais, même sur les pavés."),
])
def test_a_result_under_a_copula_stays_a_claim(lint, lang, text):
    assert severities(lint(lang, text)) == ["WARNING"]


# -- the notices sent to the reader are the brand's communications policy ---------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We will always send you an email about changes to your rental terms."),
    ("fr", "Vous recevrez toujours un courriel avant chaque changement de vos conditions."),
])
def test_a_notice_sent_to_the_reader_is_policy(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "We will always send you a replacement bike that never breaks down."),
    ("fr", "Nous vous enverrons toujours un vélo de remplacement en parfait état."),
])
def test_a_thing_sent_to_the_reader_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


# -- an absolute inside a condition or a time clause is not asserted -------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "We only unlock a rental account when we are sure the damage will never happen "
           "again."),
    ("fr", "Quand un vélo ne revient jamais, écrivez à l'atelier."),
])
def test_an_absolute_inside_a_condition_is_no_claim(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "When you call the workshop, we always answer."),
    ("fr", "Nous répondons toujours quand vous appelez l'atelier."),
])
def test_the_clause_a_condition_governs_stays_a_claim(lint, lang, text):
    assert severities(lint(lang, text)) == ["WARNING"]


# -- "an immediate effect of X is that…": a direct consequence, no delay ---------------
@pytest.mark.parametrize("lang,text", [
    ("en", "An instant effect of shared repair logs is that every workshop learns faster."),
    ("fr", "Un effet immédiat de la location partagée est que chaque vélo roule davantage."),
])
def test_a_direct_consequence_is_no_delay(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Instant relief on every hill with our electric assist."),
    ("fr", "Ressentez l'effet immédiat de notre assistance électrique dans chaque côte."),
])
def test_an_effect_promised_at_once_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


# -- a French line in the infinitive is a goal, not a result asserted ------------------
@pytest.mark.parametrize("text", [
    "Nos chantiers pour l'an prochain\nRendre chaque vélo rapide à réparer sans risque "
    "d'abîmer le cadre.",
])
def test_a_goal_in_the_infinitive_is_lowered(lint, text):
    assert "WARNING" not in severities(lint("fr", text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos vélos se réparent vite, sans risque d'abîmer le cadre."),
    ("fr", "Passer à nos vélos cargo, c'est simple et sans risque."),
    ("en", "Make every repair quick: our bikes are fixed without the slightest risk to the "
           "frame."),
])
def test_a_result_asserted_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


# -- the result of an order, in the same line, holds once the reader does it -----------
@pytest.mark.parametrize("lang,text", [
    ("en", "Label each battery with your name, that way it will never get lost in the "
           "workshop."),
    ("fr", "Notez votre nom sur chaque batterie, ainsi elle ne se perdra jamais à "
           "l'atelier."),
])
def test_the_result_of_an_order_is_lowered(lint, lang, text):
    assert "WARNING" not in severities(lint(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("en", "Our team labels each battery, that way it will never get lost in the workshop."),
    ("fr", "Notre équipe étiquette chaque batterie : elle ne se perd jamais à l'atelier."),
])
def test_the_result_of_the_brands_own_act_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


# -- the written rules the brand applies are its policy ---------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "For group rentals we will always default to the city's cycling rules."),
    ("fr", "Pour les locations de groupe, nous appliquons toujours le règlement de la "
           "ville."),
])
def test_the_rules_the_brand_applies_are_policy(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "For group rentals we will always deliver the bikes to your door."),
    ("fr", "Pour les locations de groupe, nous livrons toujours les vélos à votre porte."),
])
def test_a_delivery_stays_a_claim(lint, lang, text):
    assert severities(lint(lang, text)) == ["WARNING"]


# -- what the reader may change at will is their freedom over a setting ----------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Your pick-up slot can always be changed in the app."),
    ("fr", "Le créneau de retrait peut être modifié à volonté dans l'application."),
])
def test_a_setting_changeable_at_will_is_no_claim(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Your pick-up slot can always be changed by our team within the hour."),
    ("fr", "Café à volonté pour tous nos abonnés à l'atelier."),
])
def test_the_brands_own_change_or_an_offer_at_will_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


# -- the other term of a comparison between two other services is a third party --------
@pytest.mark.parametrize("lang,text", [
    ("en", "Payments through Stripe can stay private, whereas Paymo always shows the "
           "renter's name to the workshop."),
    ("fr", "Les paiements via Stripe peuvent rester privés, tandis que Paymo affiche toujours "
           "le nom du client à l'atelier."),
])
def test_the_other_service_compared_is_a_third_party(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Other rental shops charge a deposit, whereas Pedalune always delivers the bike "
           "within the hour."),
    ("fr", "Les autres loueurs font payer les pannes, tandis que nos vélos Pédalune ne "
           "tombent jamais en panne."),
])
def test_the_brand_in_the_comparison_stays_judged(lint, lang, text):
    assert "WARNING" in {d.severity.name for d in lint(lang, text) if d.code.startswith("BL3")}


# -- where a feature is reached in the interface is its layout --------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "The booking calendar is always available from the main navigation bar."),
    ("fr", "Le calendrier de réservation est toujours accessible depuis la barre de "
           "navigation."),
])
def test_where_a_feature_is_reached_is_layout(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Our mechanics are always available by phone, day and night."),
    ("fr", "Notre calendrier de réservation ne tombe jamais en panne."),
])
def test_availability_of_the_staff_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


# -- what a label, a certification or a licence secures is its scheme's terms -----------
@pytest.mark.parametrize("lang,text", [
    ("en", "We favour parts makers that hold a label or a certification that guarantees "
           "fair working conditions."),
    ("fr", "Nous privilégions les fabricants qui ont un label qui garantit des conditions "
           "de travail équitables."),
])
def test_a_schemes_guarantee_is_no_claim(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Our label guarantees that every cargo bike is checked by hand."),
    ("fr", "Notre atelier garantit des vélos parfaits à chaque location."),
])
def test_the_brands_own_guarantee_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


# -- an option left open ("always possible", « toujours possible ») ---------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "It's always possible to swap your cargo bike for a smaller one at the workshop."),
    ("fr", "Il est toujours possible d'échanger votre vélo cargo contre un plus petit."),
])
def test_an_option_left_open_is_no_claim(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Swapping your cargo bike always takes less than five minutes, guaranteed."),
    ("fr", "L'échange de votre vélo cargo est garanti sans la moindre attente."),
])
def test_a_swap_promised_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))


# -- a setting whose value follows another's is a rule of configuration -----------------
@pytest.mark.parametrize("lang,text", [
    ("en", "The currency of your rental will always be the same currency as your account."),
    ("fr", "La langue de vos reçus est toujours celle de votre compte."),
])
def test_a_setting_tied_to_another_is_configuration(lint, lang, text):
    assert severities(lint(lang, text)) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Your currency is always converted at the best rate on the market."),
    ("fr", "Vos reçus sont toujours envoyés sans la moindre erreur."),
])
def test_what_is_done_to_a_setting_stays_a_claim(lint, lang, text):
    assert "WARNING" in severities(lint(lang, text))
