"""Service promises said in a brand's everyday words (round 9): a service the profile
declares under its own name, said with a word of its terms (« remplacer le cylindre » for
`lock_change: {terms: [remplacement du cylindre]}`), is held to its commitment and never
reported as undeclared; a carrier's or maker's delay the brand reports is theirs; how long
an explanation lasts is no delay; a hedge on what comes with the act does not soften its
delay; hours after a comma qualify the clause before them; "N hours later" is a delay;
a same-day moment on an act of making is freshness; rating stars are no footnote.
Each fires and stays silent in French and English, on the real models (a locksmith's
profile of its own that declares no delivery: a pickup is its pre-order service)."""

from __future__ import annotations

import pytest

PROFILES = {
    "fr": """
brand: Clavel
language: fr
central_idea:
  statement: "Un serrurier qui explique avant d'agir."
  lexicon: [expliquer, clair, transparent]
channels:
  email: {tones: [reassurance]}
  web: {tones: [reassurance]}
  shop: {tones: [deal]}
promises:
  response: {within: 48h}
  availability: {hours: "9-19", days: "mon-sat"}
  lock_change: {within: 48h, terms: [changement de serrure, remplacement du cylindre]}
  safe_opening: {within: 120h, terms: [ouverture de coffre, coffre-fort]}
  quote: {within: 24h, terms: [devis]}
  preorder: {within: 24h, terms: [précommande, retrait en boutique]}
""",
    "en": """
brand: Clavel
language: en
central_idea:
  statement: "A locksmith who explains before acting."
  lexicon: [explain, clear, transparent]
channels:
  email: {tones: [reassurance]}
  web: {tones: [reassurance]}
  shop: {tones: [deal]}
promises:
  response: {within: 48h}
  availability: {hours: "9-19", days: "mon-sat"}
  lock_change: {within: 48h, terms: [lock change, replacement of the cylinder]}
  safe_opening: {within: 120h, terms: [safe opening, safe engineer]}
  quote: {within: 24h, terms: [quote]}
  preorder: {within: 24h, terms: [pre-order, click and collect]}
""",
}

PROMISE = {"BL302", "BL304"}


@pytest.fixture(scope="module")
def lint_with(lint_profile_texts):
    return lint_profile_texts(PROFILES, "clavel", "email")


def firm(diagnostics) -> set[str]:
    """Codes reported at warning level or above."""
    return {d.code for d in diagnostics if d.severity >= 2}


def soft(diagnostics) -> set[str]:
    return {d.code for d in diagnostics if d.severity < 2}


# -- a declared service said with a word of its own terms ------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre serrurier Yann passera cet après-midi remplacer le cylindre abîmé."),
    ("en", "Yann, our locksmith, will come by this afternoon to swap the damaged cylinder."),
])
def test_a_declared_service_in_its_own_words_is_held_to_its_commitment(lint_with, lang,
                                                                         text):
    found = [d for d in lint_with(lang, text) if d.code == "BL302"]
    assert found and found[0].severity >= 2, text
    assert "lock change" in found[0].message or "lock_change" in found[0].message


@pytest.mark.parametrize("lang,text", [
    ("fr", "Notre serrurier Yann passera d'ici trois jours remplacer le cylindre abîmé."),
    ("en", "Yann, our locksmith, will swap the damaged cylinder within three days."),
])
def test_near_miss_the_same_service_within_its_commitment(lint_with, lang, text):
    assert not firm(lint_with(lang, text)) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Passez commande au plus tard la veille à 18 h, pour un retrait le lendemain à "
           "partir de 18 h."),
    ("en", "Order by 6pm, collect from 6pm the next day at the shop of your choice."),
])
def test_a_declared_service_is_never_reported_as_undeclared(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "shop")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Choisissez la taille et le parfum, et récupérez-le 2 heures plus tard dans la "
           "boutique de votre choix !"),
    ("en", "Pick the size and fillings, then collect it three hours later from the shop "
           "of your choice!"),
])
def test_hours_later_is_a_delay_judged_against_the_service(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text, "shop"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Choisissez la taille et le parfum, et récupérez-le 2 jours plus tard dans la "
           "boutique de votre choix !"),
    ("en", "Pick the size and fillings, then collect it two days later from the shop of "
           "your choice!"),
])
def test_near_miss_days_later_keeps_the_commitment(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "shop")) & PROMISE


# -- another party's delay, reported -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre colis est confié à Colissimo, qui annonce une livraison sous 24 h."),
    ("fr", "Le fabricant Vachette nous annonce désormais trois semaines de fabrication."),
    ("en", "Your parcel is with DPD, who expect to deliver it within 24 hours."),
    ("en", "The manufacturer now quotes us three weeks to make the key."),
])
def test_a_delay_another_party_announces_is_not_the_brands_promise(lint_with, lang, text):
    assert not firm(lint_with(lang, text)) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous vous annonçons une livraison sous 24 h."),
    ("en", "We expect to deliver it within 24 hours."),
])
def test_near_miss_the_brand_announcing_its_own_delay_promises(lint_with, lang, text):
    assert firm(lint_with(lang, text)) & PROMISE


# -- how long an act lasts --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Demandez un devis au comptoir, nous vous expliquons l'installation en 5 minutes."),
    ("en", "Ask for a quote at the counter: we'll explain the installation in five minutes."),
])
def test_how_long_an_explanation_lasts_is_no_delay(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "shop")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre devis est prêt en 5 minutes au comptoir."),
    ("en", "You'll get your quote in five minutes at the counter."),
])
def test_near_miss_a_quote_in_minutes_is_a_delay(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text, "shop"))


# -- a hedge on what comes with the act --------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos spécialistes du coffre-fort interviennent dès le lendemain, sans abîmer le "
           "coffre dans la plupart des cas."),
    ("en", "Our safe engineers come out the very next day, usually without damaging the "
           "safe."),
])
def test_a_hedge_on_the_manner_after_the_delay_leaves_it_firm(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos spécialistes du coffre-fort interviennent généralement dès le lendemain, "
           "sans abîmer le coffre."),
    ("en", "Our safe engineers usually come out the next day, without damaging the safe."),
])
def test_near_miss_a_hedge_on_the_delay_itself_lowers_it(lint_with, lang, text):
    diagnostics = lint_with(lang, text)
    assert "BL302" in soft(diagnostics) and "BL302" not in firm(diagnostics)


# -- hours after a comma, access hours, freshness, rating stars -------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Nos conseillers vous répondent en direct sur le chat, même le week-end."),
    ("en", "Our advisers answer live on chat, weekends included."),
])
def test_hours_after_a_comma_qualify_the_service_before_them(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text))


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'accès au site est ouvert de 6 h à 22 h tous les jours."),
    ("en", "Access to the site is open every day from 6am to 10pm."),
])
def test_near_miss_access_hours_of_a_site_are_no_service_hours(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "web")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Depuis 1998, on cuisine le matin même ce qu'on sert le soir."),
    ("en", "Since 1998, we have cooked every dish that same morning."),
])
def test_a_same_day_moment_on_an_act_of_making_is_freshness(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "web")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Votre devis vous est envoyé le matin même."),
    ("en", "Your quote is sent the same morning."),
])
def test_near_miss_a_same_day_moment_on_a_service_is_within_a_one_day_commitment(
        lint_with, lang, text):
    # a same-day deadline is within one day (round 23): not faster than `quote: 24h`
    assert "BL302" not in firm(lint_with(lang, text, "web"))


def test_rating_stars_are_no_footnote_but_a_footnote_star_is(analyse):
    graded = analyse("Nous remplaçons votre cylindre par un modèle A2P** dès demain.")
    word = next(t for t in graded.doc if t.lower_ == "demain")
    assert not graded.is_conditional(word)
    called = analyse("Livré dès demain** partout en France.\n** Sous conditions.")
    word = next(t for t in called.doc if t.lower_.startswith("demain"))
    assert called.is_conditional(word)


# -- an overnight interval, a denied promise --------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Commandez votre bûche avant 22h, elle vous attend dès 7h demain matin en "
           "boutique."),
    ("en", "Order your cake by 9pm tonight and collect it from 7am tomorrow."),
])
def test_tonight_to_tomorrow_morning_is_hours_not_a_day(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text, "shop"))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Passez commande au plus tard la veille à 18 h, pour un retrait le lendemain à "
           "partir de 18 h."),
    ("en", "Order by 6pm, then collect it from 6pm the next day."),
])
def test_near_miss_a_cut_off_to_the_same_hour_next_day_is_a_full_day(lint_with, lang, text):
    assert not firm(lint_with(lang, text, "shop")) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour une ouverture de coffre, nous commandons la pièce : comptez 5 jours, je ne "
           "peux pas vous promettre demain."),
    ("en", "For a safe opening we order the part: allow 5 days, I can't promise it for "
           "tomorrow."),
])
def test_a_denied_promise_is_no_promise(lint_with, lang, text):
    assert not firm(lint_with(lang, text)) & PROMISE


@pytest.mark.parametrize("lang,text", [
    ("fr", "Pour une ouverture de coffre, je peux vous promettre demain."),
    ("en", "For a safe opening, I can promise it for tomorrow."),
])
def test_near_miss_the_same_promise_affirmed_fires(lint_with, lang, text):
    assert "BL302" in firm(lint_with(lang, text))
